"""Broken input: every file of tests/corpus/bad gives exactly the problems listed in
tests/corpus/bad/expected.txt, each naming the file and the line; nothing crashes and
nothing on disk changes.

A `page-*.md` file is checked as a landing page (content/research/<name>/index.md, in a site
that has one good person); a `person-*.md` file as a person (content/authors/<name>/index.md,
with an avatar, in a site whose page selects it). In expected.txt the file's corpus name stands
for its path in that site. The command line must print exactly those lines, exit 1 when one
is an error (0 when all are warnings: `check` fails on errors only), and write nothing.

Regenerate the table after a deliberate change of wording (then read the diff):
    python tests/test_bad_input.py --update
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from landingkit import LandingkitError, Site, source
from landingkit.cli import main

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "bad"
EXPECTED = CORPUS / "expected.txt"
AVATAR = HERE.parent / "content" / "authors" / "shuqing-wang" / "avatar.png"


def env() -> dict[str, str]:
    """The environment of a landingkit subprocess, read when it starts (it has the test
    session's cache folder then), with this checkout first on the path."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}


TEAM_PAGE = """\
---
title: Team
type: landing
sections:
  - block: collection
    id: members
    content:
      title: Members
      filters: {folders: [authors], tag: t}
      count: 0
    design: {view: people-grid, columns: 2}
---
"""
GOOD_PERSON = """\
---
title: Grace Lin
role: Professor
tags: [t]
---
"""
NO_PROBLEMS = " no problems"  # `name: no problems`: the file is fine as it is
SUMMARY_HEAD = "# `landingkit check` output for each file here; see tests/test_bad_input.py\n"


def cases() -> list[str]:
    return sorted(p.name for p in CORPUS.glob("*.md"))


def read_table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, rest = line.partition(":")
            table.setdefault(name, [])
            if rest != NO_PROBLEMS:
                table[name].append(line)
    return table


def diff(expected: list[str], actual: list[str]) -> str:
    return "\n".join(difflib.unified_diff(expected, actual, "expected", "actual", lineterm=""))


def make_site(root: Path, name: str) -> tuple[Path, str]:
    """A small site holding the corpus file `name`; returns its path and what `check` gets."""
    content = root / "content"
    shutil.copytree(HERE.parent / "layouts", root / "layouts")  # the sample's own views
    slug = name.removesuffix(".md")
    if name.startswith("person-"):
        file = content / "authors" / slug / "index.md"
        team = content / "research" / "team" / "index.md"
        team.parent.mkdir(parents=True)
        team.write_text(TEAM_PAGE, encoding="utf-8")
        target = "content/authors"
    else:
        file = content / "research" / slug / "index.md"
        good = content / "authors" / "grace-lin" / "index.md"
        good.parent.mkdir(parents=True)
        good.write_text(GOOD_PERSON, encoding="utf-8")
        shutil.copy(AVATAR, good.parent / "avatar.png")
        target = f"content/research/{slug}/index.md"
    file.parent.mkdir(parents=True)
    shutil.copyfile(CORPUS / name, file)
    if name.startswith("person-"):
        shutil.copy(AVATAR, file.parent / "avatar.png")
    return file, target


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def run_check(root: Path, target: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", target])
    finally:
        os.chdir(cwd)
    return code, out.getvalue(), err.getvalue()


def as_corpus(text: str, file: Path, root: Path, name: str) -> list[str]:
    return text.replace(file.relative_to(root).as_posix(), name).splitlines()


def error_line(exc: LandingkitError, file: Path, name: str) -> str:
    assert exc.path == file, f"{exc} names {exc.path}, not {file}"
    return f"{name}:{exc.line}: error: {exc.message}"


# ---------------------------------------------------------------- the table


def test_corpus_is_large_and_the_table_lists_every_file():
    table = read_table()
    assert len(cases()) >= 40
    assert sorted(table) == cases(), diff(cases(), sorted(table))
    assert sum(n.startswith("person-") for n in cases()) >= 10


@pytest.mark.parametrize("name", cases())
def test_check_prints_the_exact_problems_and_changes_nothing(name, tmp_path):
    file, target = make_site(tmp_path, name)
    before = snapshot(tmp_path)
    code, out, err = run_check(tmp_path, target)
    actual = as_corpus(out, file, tmp_path, name)
    expected = read_table()[name]
    assert actual == expected, diff(expected, actual)
    errors = sum(": error: " in line for line in expected)
    warnings = len(expected) - errors
    assert code == (1 if errors else 0)
    assert err.splitlines()[-1] == (f"{errors} error{'s' * (errors != 1)}, "
                                    f"{warnings} warning{'s' * (warnings != 1)}")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", [n for n in cases() if n.startswith("page-")])
def test_a_broken_page_raises_the_listed_error_or_loads_and_saves_nothing(name, tmp_path):
    file, _ = make_site(tmp_path, name)
    raw = file.read_bytes()
    try:
        page = Site(tmp_path / "content").page(file)
    except LandingkitError as exc:
        assert error_line(exc, file, name) in read_table()[name]
    else:
        assert page.to_text() == page.source.text
        page.to_data()
        assert page.save() is False
    assert file.read_bytes() == raw


@pytest.mark.parametrize("name", [n for n in cases() if n.startswith("person-")])
def test_a_broken_person_is_left_out_with_the_listed_error(name, tmp_path):
    """The fast read of people agrees with the careful one; a page selecting them still works."""
    file, _ = make_site(tmp_path, name)
    raw = file.read_bytes()
    try:
        careful = source.read(file).data
    except LandingkitError as exc:
        expected = error_line(exc, file, name)
        assert expected in read_table()[name]
        with pytest.raises(LandingkitError) as fast:
            source.read_data(file)
        assert error_line(fast.value, file, name) == expected
    else:
        assert source.same(source.read_data(file), careful)
        expected = None
    site = Site(tmp_path / "content")
    people = site.page("research/team").people()
    shown = [p.path for p in people]
    if expected is None:  # readable: shown unless its tags are unusable (check says why)
        assert shown in ([file], [])
        assert site.problems == []
    else:
        assert shown == []
        assert [(p.path, f"{name}:{p.line}: {p.level}: {p.message}") for p in site.problems] \
            == [(file, expected)]
    assert file.read_bytes() == raw


def test_show_lists_the_good_people_when_one_person_is_broken(tmp_path):
    make_site(tmp_path, "person-alias.md")
    good = tmp_path / "content" / "authors" / "grace-lin" / "index.md"
    good.parent.mkdir(parents=True)
    good.write_text(GOOD_PERSON, encoding="utf-8")
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(out):
            code = main(["show", "content/research/team"])
    finally:
        os.chdir(cwd)
    assert code == 0
    assert out.getvalue().splitlines() == [
        "content/research/team/index.md [en]: Team",
        "  #members (collection) Members",
        "    - Grace Lin: Professor",
    ]


def test_the_command_line_prints_no_traceback(tmp_path):
    """The real entry point, for a few cases: message on stdout, summary on stderr, exit 1."""
    for name in ("page-tab-indent.md", "page-python-object-tag.md", "person-tab-indent.md"):
        root = tmp_path / name
        file, target = make_site(root, name)
        before = snapshot(root)
        done = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", target],
                              cwd=root, capture_output=True, text=True, timeout=120, env=env())
        assert "Traceback" not in done.stderr
        assert as_corpus(done.stdout, file, root, name) == read_table()[name]
        assert done.returncode == 1
        assert snapshot(root) == before


# ---------------------------------------------------------------- made at test time

LIMITED = """\
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GiB of address space
from landingkit.cli import main
sys.exit(main(["check", sys.argv[1]]))
"""


def billion_laughs(levels: int = 10) -> str:
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*lol{i - 1}"] * 9)
        lines.append(f"lol{i}: &lol{i} [{refs}]")
    return "\n".join(lines) + "\n"


GENERATED = {
    # name: (front matter or whole file, line and message)
    "page-10-mib.md": (
        b"---\ntitle: Vision Group\n---\n" + b"We study how machines see.\n" * 388362,
        "1: error: file is 10240 KiB; front matter files over 4 MiB are refused"),
    "page-3-mib-front-matter.md": (
        b"---\ntitle: Vision Group\nnotes: |\n" + (b"  " + b"x" * 1021 + b"\n") * 3072
        + b"---\n",
        "2: error: front matter is 3072 KiB; front matter over 1 MiB is refused"),
    "page-billion-laughs.md": (
        ("---\ntitle: Vision Group\n" + billion_laughs() + "---\n").encode(),
        "4: error: YAML aliases (*name) are not supported in front matter"),
    "person-billion-laughs.md": (
        ("---\ntitle: Ada\ntags: [t]\n" + billion_laughs() + "role: *lol9\n---\n").encode(),
        "5: error: YAML aliases (*name) are not supported in front matter"),
    "page-nested-100000-flow.md": (
        b"---\ntitle: Vision Group\nx: " + b"[" * 100_000 + b"]" * 100_000 + b"\n---\n",
        "3: error: front matter is nested more than 64 levels deep"),
    "page-nested-100000-maps.md": (
        b"---\ntitle: Vision Group\nx: " + b"{a: " * 100_000 + b"1" + b"}" * 100_000 + b"\n---\n",
        "3: error: front matter is nested more than 64 levels deep"),
    "person-nested-100000-dashes.md": (
        b"---\ntitle: Ada\ntags: [t]\nx:\n" + b"- " * 100_000 + b"1\n---\n",
        "5: error: front matter is nested more than 64 levels deep"),
    "page-nested-500-blocks.md": (
        b"---\ntitle: Vision Group\n" + b"".join(b"  " * i + b"a:\n" for i in range(500))
        + b"---\n", "67: error: front matter is nested more than 64 levels deep"),
}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_huge_deep_and_aliased_input_is_refused_within_1_gib(name, tmp_path):
    """Run with 1 GiB of address space: a refusal, not a crash, a hang or a MemoryError."""
    data, message = GENERATED[name]
    file, target = make_site(tmp_path, "page-empty.md" if name.startswith("page-")
                             else "person-empty.md")
    file.write_bytes(data)
    before = snapshot(tmp_path)
    done = subprocess.run([sys.executable, "-c", LIMITED, target], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, env=env())
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert as_corpus(done.stdout, file, tmp_path, name) == [f"{name}:{message}"]
    assert done.returncode == 1
    assert snapshot(tmp_path) == before


def test_the_largest_accepted_front_matter_loads_within_1_gib(tmp_path):
    """Just under the limit, the costliest YAML there is (a flow list of tiny items)."""
    items = (source.MAX_YAML - 200) // 2
    data = ("---\ntitle: Vision Group\nx: [" + "1," * items + "1]\n---\n").encode()
    file, target = make_site(tmp_path, "page-empty.md")
    file.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", LIMITED, target], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, env=env())
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stdout == ""
    assert done.returncode == 0
    assert file.read_bytes() == data


def test_a_fifo_or_a_folder_named_like_a_page_is_refused(tmp_path):
    fifo = tmp_path / "index.md"
    os.mkfifo(fifo)
    with pytest.raises(LandingkitError) as err:
        source.read(fifo)
    assert str(err.value) == f"{fifo}: not a regular file"
    folder = tmp_path / "other.md"
    folder.mkdir()
    with pytest.raises(LandingkitError) as err:
        source.read(folder)
    assert str(err.value) == f"{folder}: is a folder, not a Markdown file"


# ---------------------------------------------------------------- regenerating the table


def update() -> None:
    lines = [SUMMARY_HEAD]
    for name in cases():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            file, target = make_site(root, name)
            _, out, _ = run_check(root, target)
            found = as_corpus(out, file, root, name)
            lines += [line + "\n" for line in found] or [f"{name}:{NO_PROBLEMS}\n"]
    EXPECTED.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {EXPECTED} ({len(cases())} files)")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_bad_input.py --update")
    update()
