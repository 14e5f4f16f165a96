"""A deterministic scale site for the benchmark (issue 5): people and landing pages.

    python benchmarks/generate.py OUT [--people 1000] [--tagged 250] [--pages 200]

writes OUT/hugo.yaml (the sample site's configuration), OUT/layouts/partials/views/ (the
sample's own `people-grid` view, which its pages name) and OUT/content/ with

- `authors/person-NNNN/index.md` + `avatar.jpg` (400x400 JPEG): `--people` people in groups of
  `--tagged`, each group with its own tag (`mm_prof` first, then `cv_prof`, `nlp_prof`, ...),
  with the fields a card shows (role with inline Markdown or raw HTML, organisations, profiles,
  sometimes a homepage or a name pronunciation) and a weight or a date for some;
- `research/group-NNN/index.md`: `--pages` landing pages shaped like the sample page: a
  Markdown block, a `people-grid` collection of one group (tag filter; default order, or by
  title, or by last name), and a "Research Overview" of `--achievements` achievements, each
  with an image of the page's bundle, written `/research/group-NNN/x.png` like the seed or
  `x.png` like the real site. Images are 1200x600 PNG like the sample's, except the first
  `--wide` of a page, 1600x800, which both tools scale down to 1200 px.

The same arguments give the same bytes. Every image is different (no tool can share work
between pages by content): a pool of `--images` drawn diagrams (drawing is the slow part),
each copy stamped with its page and number.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import yaml  # noqa: E402
from sample_art import draw_avatar, draw_diagram  # noqa: E402  (tests/ holds the drawing)

from landingkit.config import read_config  # noqa: E402

GROUP_TAGS = ["mm_prof", "cv_prof", "nlp_prof", "ro_prof"]
FIRST = ["Anlan", "Yutong", "Mingyuan", "Shuqing", "Jiahe", "Elena", "Kofi", "Beatriz", "Ingrid",
         "Emile", "Hana", "Sofia", "Daniel", "Amara", "Lucas", "Mei", "Omar", "Priya", "Jonas",
         "Chiara", "Tomasz", "Aiko", "Rafael", "Nadia", "Wei", "Leila", "Mateo", "Freya",
         "Kenji", "Zanele", "Arjun", "Ines"]
LAST = ["Zhou", "Chen", "Lu", "Wang", "He", "Marchetti", "Mensah", "Almeida", "Solberg",
        "Durand", "Kobayashi", "Lindqvist", "Okafor", "Novak", "Haddad", "Ivanova", "Kowalski",
        "Nakamura", "Osei", "Petrov", "Quispe", "Rossi", "Sato", "Tanaka", "Umar", "Varga",
        "Weber", "Xu", "Yilmaz", "Zhang", "Moreau", "Berg"]
ROLES = ["Professor", "Associate Professor", "Assistant Professor", "Research Scientist",
         "Postdoctoral Researcher", "PhD Student", "Research Engineer", "Visiting Scholar"]
ORGS = [("Example University", "https://example.edu/"), ("Example AI Laboratory", ""),
        ("Centre for Multimodal Intelligence", "https://cmi.example.org/"),
        ("Example Institute of Technology", "https://eit.example.org/")]
TOPICS = ["video understanding", "vision-language models", "self-supervised learning",
          "3D perception", "embodied agents", "speech and audio", "efficient training",
          "multilingual models", "robot learning", "scene graphs", "long-context reasoning"]
WORDS = [
    "model", "data", "video", "image", "language", "learning", "training", "benchmark",
    "method", "dataset", "representation", "transformer", "attention", "encoder", "decoder",
    "evaluation", "open", "source", "code", "paper", "result", "task", "scale", "robust",
    "efficient", "temporal", "spatial", "multimodal",
]


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def person_text(i: int, group: str, rng: random.Random) -> str:
    first, last = FIRST[i % len(FIRST)], LAST[(i * 7 + i // len(FIRST)) % len(LAST)]
    slug = f"person-{i:04d}"
    role = rng.choice(ROLES)
    kind = i % 4
    if kind == 1:
        role = f"{role}, *{rng.choice(TOPICS)}*"
    elif kind == 2:
        role = f"{role} at <a href='https://example.edu/'>Example University</a>"
    lines = ["---", "# Display name", f"title: {first} {last} {i:04d}", "",
             f"first_name: {first}", f"last_name: {last} {i:04d}", "",
             "# Role/position/tagline", f"role: {role!r}" if "'" not in role
             else f'role: "{role}"', ""]
    if i % 9 == 0:
        lines.append(f"homepage: https://{slug}.example.org/")
    if i % 13 == 0:
        lines.append(f"name_pronunciation: {first.lower()} {last.lower()}")
    lines.append("organizations:")
    for name, url in rng.sample(ORGS, 1 + i % 2):
        lines.append(f"  - name: {name}")
        if url:
            lines.append(f"    url: {url}")
    lines += ["", f"bio: Works on {rng.choice(TOPICS)} and {rng.choice(TOPICS)}.", "",
              "profiles:", "  - icon: at-symbol", f"    url: 'mailto:{slug}@example.edu'",
              "    label: E-mail"]
    if i % 2 == 0:
        lines += ["  - icon: brands/github", f"    url: https://github.com/example-{slug}",
                  "    label: GitHub"]
    if i % 3 == 0:
        lines += ["  - icon: academicons/google-scholar",
                  f"    url: https://scholar.google.com/citations?user=EX{i:06d}",
                  "    label: Google Scholar"]
    if i % 5 == 0:
        lines += ["  - icon: brands/x", f"    url: https://x.com/example_{i}",
                  "    label: X (Twitter)"]
    lines += ["", "interests:", *(f"  - {t}" for t in rng.sample(TOPICS, 3)), ""]
    if i % 10 == 0:
        lines.append(f"weight: {1 + i % 3}")
    if i % 6 == 0:
        lines.append(f"date: 20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}")
    tags = [group] + (["student"] if role == "PhD Student" else [])
    lines += ["tags:", *(f"  - {t}" for t in tags), "", "user_groups:",
              f"  - {'Students' if role == 'PhD Student' else 'Researchers'}", "---", "",
              "## About me", "", sentence(rng, 30), ""]
    return "\n".join(lines)


def page_text(n: int, group: str, images: list[str], rng: random.Random) -> str:
    slug = f"group-{n:03d}"
    sort = ["", "      sort_by: Title\n      order: asc\n",
            "      sort_by: last_name\n      order: asc\n"][n % 3]
    overview = []
    for k, name in enumerate(images, 1):
        src = f"/research/{slug}/{name}" if k % 2 else name
        papers = "\n".join(
            f'        - <a href="https://example.org/papers/{slug}-{k}-{j}.pdf" '
            f'target="_blank">{sentence(rng, 6)[:-1]}</a> (20{18 + j})' for j in range(2))
        overview.append(
            f"        ### Representative Achievement {k}: {sentence(rng, 5)[:-1]}\n"
            f"        ![Figure {k}]({src})\n"
            f"        {sentence(rng, 40)} It was cited \"over {100 * k} times\"...\n"
            f"        {sentence(rng, 25)} See [the project page](https://example.org/{slug}/{k}).\n"
            f"\n        Relevant papers:\n{papers}\n")
    return (
        "---\n"
        f"title: Research Group {n:03d}\n"
        f"date: 20{10 + n % 15:02d}-01-01 # to control the display order\n"
        "# author: test\n"
        "type: landing\n\n"
        "design:\n  # Section spacing\n  spacing: '1rem'\n\n"
        "sections:\n"
        "  - block: markdown\n    content:\n      title: \n      text: |\n"
        f"        ## Research Group {n:03d}\n\n"
        f"        {sentence(rng, 30)} We work on **{rng.choice(TOPICS)}** and "
        f"_{rng.choice(TOPICS)}_.\n"
        "  - block: collection\n    id: members\n    content:\n      title: Team Members\n"
        f"      filters:\n        folders:\n          - authors\n        tag: {group}\n"
        f"      count: 0\n{sort}"
        "    design:\n      view: people-grid\n      columns: 4\n"
        "  - block: markdown\n    content:\n      title: Research Overview\n      text: |\n"
        + "\n".join(overview) + "---\n")


def _load(path: Path):
    from PIL import Image

    with Image.open(path) as im:
        im.load()
        return im.copy()


def _stamped(image, label: str, path: Path) -> None:
    """`image` (a palette PNG) with `label` in its corner, saved to `path`."""
    from PIL import ImageDraw

    copy = image.copy()
    ImageDraw.Draw(copy).text((8, 6), label, fill=0)
    copy.save(path, "PNG")


def generate(out: str | Path, people: int = 1000, tagged: int = 250, pages: int = 200,
             achievements: int = 10, pool: int = 20, wide: int = 1, quiet: bool = False) -> Path:
    """Write the scale site into `out` (emptied first); return `out/content`."""
    out = Path(out)
    start = time.perf_counter()
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    (content / "authors").mkdir(parents=True)
    # the sample's configuration (config/_default/*) merged into one file, so that Hugo's
    # peer layout can be merged over it with --config
    (out / "hugo.yaml").write_text(yaml.safe_dump(read_config(REPO).data, allow_unicode=True),
                                   encoding="utf-8")
    # the site's own view the pages use (`check` refuses a view the site does not define);
    # Hugo draws with the peer layout (--layoutDir), not these
    shutil.copytree(REPO / "layouts" / "partials" / "views", out / "layouts" / "partials" / "views")
    groups = max(1, -(-people // max(1, tagged)))
    tags = [GROUP_TAGS[g] if g < len(GROUP_TAGS) else f"group{g}_prof" for g in range(groups)]
    for i in range(people):
        rng = random.Random(i)
        folder = content / "authors" / f"person-{i:04d}"
        folder.mkdir()
        (folder / "index.md").write_text(person_text(i, tags[i // tagged], rng),
                                         encoding="utf-8")
        draw_avatar(folder / "avatar.jpg", f"{FIRST[i % len(FIRST)][0]}{i % 100:02d}", seed=i)
    art = out / ".pool"
    art.mkdir()
    drawn = {size: [_load(draw_diagram(art / f"d{size[0]}-{k:03d}.png", f"Achievement figure {k}",
                                       size=size, seed=k)) for k in range(max(1, pool))]
             for size in ((1200, 600), (1600, 800))}
    for n in range(pages):
        rng = random.Random(10_000 + n)
        folder = content / "research" / f"group-{n:03d}"
        folder.mkdir(parents=True)
        names = []
        for k in range(achievements):
            name = f"figure-{k + 1:02d}.png"
            base = drawn[(1600, 800) if k < wide else (1200, 600)]
            _stamped(base[(n * achievements + k) % len(base)], f"page {n:03d} figure {k + 1}",
                     folder / name)
            names.append(name)
        (folder / "index.md").write_text(page_text(n, tags[n % groups], names, rng),
                                         encoding="utf-8")
    shutil.rmtree(art)
    if not quiet:
        print(f"generated {people} people, {pages} pages in {out} "
              f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    return content


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the site into (emptied first)")
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--tagged", type=int, default=250, help="people per group tag")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--achievements", type=int, default=10)
    parser.add_argument("--images", type=int, default=20, help="diagrams drawn per size")
    parser.add_argument("--wide", type=int, default=1, help="1600 px images per page")
    args = parser.parse_args(argv)
    print(generate(args.out, args.people, args.tagged, args.pages, args.achievements,
                   args.images, args.wide))


if __name__ == "__main__":
    main()
