"""Load then save changes nothing; an edit changes only its own lines.

Golden diffs: each edit of EDITS is saved to a copy of its file and the change on disk is
compared, as a unified diff without context, with tests/corpus/roundtrip/edits/<name>.diff.
After a deliberate change of behaviour, regenerate them and read the diff:
    UPDATE_GOLDEN=1 python -m pytest tests/test_roundtrip.py
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landingkit import Achievement, CollectionBlock, MarkdownBlock, Page
from landingkit.source import child, same

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpus" / "roundtrip"
GOLDEN = CORPUS / "edits"
SEED = REPO / "content" / "research" / "multimodal" / "index.md"
SEED_ZH = SEED.with_name("index.zh.md")
VISION = REPO / "content" / "research" / "vision" / "index.md"
TEAM = REPO / "content" / "people" / "index.md"

CONTENT_FILES = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "content").rglob("*.md"))
CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.md"))


def unified(old: str, new: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(keepends=True),
                                        new.splitlines(keepends=True), "before", "after", n=0))


def front_matter(text: str) -> dict:
    """The front matter (YAML, TOML or JSON), read independently of landingkit."""
    text = text.removeprefix("\ufeff").lstrip("\r\n")
    if text.startswith("{"):
        return json.JSONDecoder().raw_decode(text)[0]
    if not text.startswith(("---", "+++")):
        return {}
    fence = text[:3]
    lines = text.replace("\r\n", "\n").split("\n")
    end = next(i for i, line in enumerate(lines) if i and line.rstrip(" \t") == fence)
    matter = "".join(line + "\n" for line in lines[1:end])
    return (tomllib.loads(matter) if fence == "+++" else yaml.safe_load(matter)) or {}


def model(page: Page) -> list:
    """What a reader of the page sees: every block's fields, achievements as tuples."""
    out = []
    for block in page.sections:
        row = [type(block).__name__, block.to_data()]
        if isinstance(block, MarkdownBlock):
            row.append([(a.title, a.image_alt, a.image_src, a.body) for a in block.achievements])
        if isinstance(block, CollectionBlock):
            row.append((block.filters.tag, block.count, block.columns, block.view, block.sort_by))
        out.append(row)
    return [page.title, page.date, page.spacing, out]


def assert_saved(page: Page, path: Path) -> None:
    """What is on disk reads back, with plain PyYAML, as the model's data and as the model."""
    data = front_matter(path.read_bytes().decode("utf-8"))
    assert same(data, page.to_data())
    again = Page.load(path, page.lang)
    assert same(again.to_data(), page.to_data())
    assert model(again) == model(page)


# ---------------------------------------------------------------- nothing changed


@pytest.mark.parametrize("rel", [*CONTENT_FILES,
                                 *(f"tests/corpus/roundtrip/{n}" for n in CORPUS_FILES)])
def test_load_then_save_keeps_every_byte(rel, tmp_path):
    path = tmp_path / Path(rel).name
    shutil.copyfile(REPO / rel, path)
    raw = path.read_bytes()
    page = Page.load(path)
    assert page.to_text().encode("utf-8") == raw
    assert page.diff() == ""
    assert page.save() is False
    title = page.title
    page.title = "Something else"
    page.title = title
    for block in page.sections:  # reading achievements must not change the text either
        if isinstance(block, MarkdownBlock):
            list(block.achievements)
    assert page.save() is False
    assert path.read_bytes() == raw


def test_the_corpus_has_the_shapes_of_real_files():
    texts = {name: (CORPUS / name).read_bytes() for name in CORPUS_FILES}
    every = b"".join(texts.values())
    for shape in (b"\n# ", b"\n  # ", b"#- icon", b": \n", b"   \n", b"'1rem'", b'"6rem"',
                  b"[authors]", b": |\n", b": |-\n", b": |+\n", b": >-\n", b": |2\n",
                  "视觉".encode(), b"\r\n", b"''", b"\\\"", b"\t", b"  # the tag"):
        assert shape in every, shape
    assert sum(b"\r\n" in t and b"\n" not in t.replace(b"\r\n", b"") for t in texts.values()) >= 2


# ---------------------------------------------------------------- one edit, its lines only

Edit = Callable[[Page], None]


def members(page: Page) -> CollectionBlock:
    return next(b for b in page.sections if isinstance(b, CollectionBlock))


def overview(page: Page) -> MarkdownBlock:
    return [b for b in page.sections if isinstance(b, MarkdownBlock)][-1]


def setter(get, name: str, value) -> Edit:
    return lambda page: setattr(get(page), name, value)


def achievement(index: int, **values) -> Edit:
    def edit(page: Page) -> None:
        item = page.achievements[index]
        for name, value in values.items():
            setattr(item, name, value)
    return edit


EDITS: dict[str, tuple[Path, Edit]] = {
    # the seed page: block style
    "seed-tag": (SEED, setter(lambda p: members(p).filters, "tag", "cv_prof")),
    "seed-count": (SEED, setter(members, "count", 6)),
    "seed-columns": (SEED, setter(members, "columns", 3)),
    "seed-view": (SEED, setter(members, "view", "people-list")),
    "seed-add-sort-by": (SEED, setter(members, "sort_by", "weight")),
    "seed-achievement-title": (SEED, achievement(1, title="VideoMAE V2 Series")),
    "seed-achievement-body": (SEED, achievement(2, body="A shorter text.\n\nTwo paragraphs.")),
    "seed-achievement-image": (SEED, achievement(3, image_src="internvideo2.png")),
    "seed-achievement-add": (SEED, lambda p: p.achievements.append(
        Achievement("InternVL 3", "InternVL", "internvl.png", "The third generation."))),
    "seed-achievement-remove": (SEED, lambda p: p.achievements.__delitem__(0)),
    "seed-achievement-move": (SEED, lambda p: p.achievements.move(3, 0)),
    "seed-zh-achievement-move": (SEED_ZH, lambda p: p.achievements.move(0, 1)),
    "seed-remove-a-section": (SEED, lambda p: p.sections.pop(0)),
    "seed-move-a-section": (SEED, lambda p: p.sections.append(p.sections.pop(0))),
    # the sample team page: a `team-showcase` block's groups and sort
    "team-add-group": (TEAM, lambda p: setattr(p.sections[0], "user_groups",
                                               [*p.sections[0].user_groups, "Visitors"])),
    "team-reorder-groups": (TEAM, setter(lambda p: p.sections[0], "user_groups",
                                         ["Students", "Principal Investigators", "Alumni",
                                          "Researchers"])),
    "team-sort-by": (TEAM, setter(lambda p: p.sections[0], "sort_by", "Params.first_name")),
    "team-sort-descending": (TEAM, setter(lambda p: p.sections[0], "sort_ascending", False)),
    # flow style: `filters: {...}` and `design: {...}` on one line
    "vision-tag": (VISION, setter(lambda p: members(p).filters, "tag", "mm_prof")),
    "vision-count": (VISION, setter(members, "count", 0)),
    "vision-columns": (VISION, setter(members, "columns", 4)),
    "vision-view": (VISION, setter(members, "view", "people-list")),
    "vision-sort-by": (VISION, setter(members, "sort_by", "weight")),
    "vision-remove-order": (VISION, setter(members, "order", None)),
    "vision-intro-text": (VISION, setter(lambda p: p.sections[0], "text",
                                         "We study how machines *see*.\nAnd hear.")),
    # hand-edited files: comments, quoting, CRLF, Chinese
    "crlf-tag": (CORPUS / "seed-crlf.md", setter(lambda p: members(p).filters, "tag", "x")),
    "crlf-achievement-move": (CORPUS / "seed-crlf.md", lambda p: p.achievements.move(1, 2)),
    "hand-edited-tag": (CORPUS / "hand-edited.md",
                        setter(lambda p: members(p).filters, "tag", "embodied-ai")),
    "hand-edited-count": (CORPUS / "hand-edited.md", setter(members, "count", 12)),
    "hand-edited-add-sort-by": (CORPUS / "hand-edited.md", setter(members, "sort_by", "title")),
    "hand-edited-title": (CORPUS / "hand-edited.md", setter(lambda p: p, "title", "Robot Lab")),
    "hand-edited-achievement-body": (CORPUS / "hand-edited.md",
                                     achievement(0, body="Robots learn to grasp.")),
    "hand-edited-achievement-move": (CORPUS / "hand-edited.md",
                                     lambda p: p.achievements.move(0, 2)),
    "hand-edited-move-a-section": (CORPUS / "hand-edited.md",
                                   lambda p: p.sections.insert(0, p.sections.pop(3))),
    "zh-landing-tag": (CORPUS / "zh-landing.md",
                       setter(lambda p: members(p).filters, "tag", "视觉 组")),
    "zh-landing-achievement-title": (CORPUS / "zh-landing.md",
                                     achievement(0, title="开放词汇场景图生成")),
    "scalars-folded-title": (CORPUS / "scalars-and-chomping.md",
                             setter(lambda p: p.sections[2], "title", "one line")),
    "scalars-keep-text": (CORPUS / "scalars-and-chomping.md",
                          setter(lambda p: p.sections[0], "text", "Now\ntwo lines\n")),
    "scalars-indicator-text": (CORPUS / "scalars-and-chomping.md",
                               setter(lambda p: p.sections[1], "text", "plain")),
    "scalars-move-a-section": (CORPUS / "scalars-and-chomping.md",
                               lambda p: p.sections.append(p.sections.pop(0))),
    "older-blox-to-block": (CORPUS / "blox-older.md", lambda p: (
        p.sections[0].data.pop("blox"), p.sections[0].data.__setitem__("block", "markdown"))),
    "no-final-newline-remove-all-sections": (CORPUS / "no-final-newline.md",
                                             lambda p: p.sections.clear()),
    # every front matter Hugo reads: TOML, JSON, a byte-order mark, blank lines first, none
    "toml-tag": (CORPUS / "toml-landing.md",
                 setter(lambda p: members(p).filters, "tag", "grasp_prof")),
    "toml-columns": (CORPUS / "toml-landing.md", setter(members, "columns", 4)),
    "toml-add-sort-by": (CORPUS / "toml-landing.md", setter(members, "sort_by", "weight")),
    "toml-achievement-move": (CORPUS / "toml-landing.md", lambda p: p.achievements.move(1, 0)),
    "toml-person-role": (CORPUS / "person-toml.md",
                         lambda p: p.data.__setitem__("role", "Senior Research Fellow")),
    "json-tag": (CORPUS / "json-landing.md",
                 setter(lambda p: members(p).filters, "tag", "audio_prof")),
    "json-add-sort-by": (CORPUS / "json-landing.md", setter(members, "sort_by", "weight")),
    "bom-tag": (CORPUS / "bom-landing.md", setter(lambda p: members(p).filters, "tag", "x")),
    "blank-lines-title": (CORPUS / "blank-lines-before.md", setter(lambda p: p, "title", "Hi")),
    "empty-title": (CORPUS / "empty.md", setter(lambda p: p, "title", "A title at last")),
    "no-front-matter-title": (CORPUS / "no-front-matter.md",
                              setter(lambda p: p, "title", "Just a body")),
}
ONE_LINE = {"seed-tag", "seed-count", "seed-columns", "seed-view", "vision-tag", "vision-count",
            "vision-columns", "vision-view", "vision-sort-by", "crlf-tag", "hand-edited-tag",
            "hand-edited-count", "zh-landing-tag", "seed-achievement-title",
            "seed-achievement-image", "zh-landing-achievement-title", "hand-edited-title",
            "toml-tag", "toml-columns", "toml-person-role", "json-tag", "bom-tag",
            "blank-lines-title", "team-sort-by", "team-sort-descending"}


def test_every_golden_diff_belongs_to_an_edit():
    assert sorted(p.stem for p in GOLDEN.glob("*.diff")) == sorted(EDITS)


@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edit_changes_only_its_lines(name, tmp_path):
    original, edit = EDITS[name]
    path = tmp_path / original.name
    shutil.copyfile(original, path)
    before = path.read_bytes().decode("utf-8")
    page = Page.load(path, "zh" if ".zh." in path.name else "en")
    edit(page)
    assert page.diff() == "".join(difflib.unified_diff(
        before.splitlines(keepends=True), page.to_text().splitlines(keepends=True),
        str(path), str(path)))  # outside the working folder: the absolute path, no a/ b/
    assert page.save() is True
    after = path.read_bytes().decode("utf-8")
    actual = unified(before, after)
    golden = GOLDEN / f"{name}.diff"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(actual.encode("utf-8"))
    expected = golden.read_bytes().decode("utf-8")
    assert actual == expected, "\n" + "".join(difflib.unified_diff(
        expected.splitlines(True), actual.splitlines(True), "expected diff", "actual diff"))
    if name in ONE_LINE:
        assert changed_lines(before, after) == (1, 1)
    if "\r\n" in before:
        assert after.count("\n") == after.count("\r\n")
    assert_saved(page, path)


def changed_lines(old: str, new: str) -> tuple[int, int]:
    removed = added = 0
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(
            None, old.splitlines(), new.splitlines(), autojunk=False).get_opcodes():
        if op != "equal":
            removed, added = removed + a2 - a1, added + b2 - b1
    return removed, added


def test_adding_sort_by_adds_one_line_beside_count(tmp_path):
    path = tmp_path / "index.md"
    shutil.copyfile(SEED, path)
    page = Page.load(path)
    members(page).sort_by = "title"
    page.save()
    old, new = SEED.read_text(encoding="utf-8").split("\n"), path.read_text().split("\n")
    at = old.index("      count: 0") + 1
    assert new == [*old[:at], "      sort_by: title", *old[at:]]


def test_reordering_achievements_changes_only_lines_of_the_text(tmp_path):
    path = tmp_path / "index.md"
    shutil.copyfile(SEED, path)
    page = Page.load(path)
    text_node = child(child(child(page.source.node, "sections").value[2], "content"), "text")
    first, last = page.source.line(text_node), page.source.line(text_node.end_mark) - 1
    old = [(a.title, a.body) for a in page.achievements]
    page.achievements.move(0, 3)
    page.achievements.move(1, 0)
    page.save()
    for op, a1, a2, _, _ in difflib.SequenceMatcher(
            None, SEED.read_text().splitlines(), path.read_text().splitlines(),
            autojunk=False).get_opcodes():
        if op != "equal":
            assert first < a1 + 1 and a2 <= last, (op, a1, a2, first, last)
    assert [(a.title, a.body) for a in Page.load(path).achievements] == [
        old[2], old[1], old[3], old[0]]


# ---------------------------------------------------------------- random edit sequences

PAGES = [SEED, VISION, SEED_ZH, CORPUS / "seed-crlf.md", CORPUS / "hand-edited.md",
         CORPUS / "zh-landing.md"]
WORD = st.text(st.characters(categories=("L", "N"), exclude_characters="\x85\u2028\u2029"),
               min_size=1, max_size=8)
PUNCT = st.sampled_from([*".,;:()'\"&%@/+=?", "—", "…", "：", "。", "“", "”"])
PHRASE = st.lists(st.one_of(WORD, WORD, WORD, PUNCT), min_size=1, max_size=8).map(
    " ".join).map(str.strip).filter(lambda s: s and not s.startswith(("!", "-", "+", "=")))
TITLE = PHRASE
BODY = st.lists(st.lists(PHRASE, min_size=1, max_size=3).map("\n".join),
                min_size=1, max_size=3).map("\n\n".join)
SRC = st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,10}\.(png|jpg)\Z")
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",), max_codepoint=0x1FFFF), min_size=1,
                   max_size=20)
VALUE = st.one_of(ANY_TEXT, PHRASE, st.sampled_from(["yes", "no", "null", "~", "1", "0x1F",
                                                    "2024-01-01", "a: b", "#tag", "- x", "'",
                                                    "\"", "[a]", "{b}", " lead", "trail ",
                                                    "multi\nline", "*x", "&y", "!z", "%"]))
OPS = st.one_of(
    st.tuples(st.just("tag"), VALUE),
    st.tuples(st.just("count"), st.integers(-3, 10**12)),
    st.tuples(st.just("columns"), st.integers(0, 12)),
    st.tuples(st.just("view"), VALUE),
    st.tuples(st.just("sort_by"), st.one_of(st.sampled_from(["title", "weight", "Date"]), VALUE)),
    st.tuples(st.just("title"), st.integers(0, 9), TITLE),
    st.tuples(st.just("body"), st.integers(0, 9), st.one_of(BODY, st.just(""))),
    st.tuples(st.just("image"), st.integers(0, 9), PHRASE, st.one_of(SRC, st.just(""))),
    st.tuples(st.just("add"), st.integers(0, 9), TITLE, st.one_of(BODY, st.just("")),
              PHRASE, st.one_of(SRC, st.just(""))),
    st.tuples(st.just("remove"), st.integers(0, 9)),
    st.tuples(st.just("move"), st.integers(0, 9), st.integers(0, 9)),
)


def span(src, node) -> tuple[int, int]:
    """First and last file line of a node's own text."""
    if isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        last = node.value[-1]
        return src.line(node), span(src, last[1] if isinstance(last, tuple) else last)[1]
    end = node.end_mark  # a block scalar's end mark is at the start of the next line
    last = src.line(end) - (1 if end.column == 0 and end.index > node.start_mark.index else 0)
    return src.line(node), last


def allowed_lines(page: Page, ops: list) -> tuple[set[int], set[int]]:
    """File lines (1-based) the edits may change, and lines after which they may insert."""
    src, lines, after = page.source, set(), set()
    sections = child(src.node, "sections")
    for index, block in enumerate(page.sections):
        node = sections.value[index]
        if isinstance(block, MarkdownBlock) and any(op[0] in ("title", "body", "image", "add",
                                                              "remove", "move") for op in ops):
            first, last = span(src, child(child(node, "content"), "text"))
            lines |= set(range(first, last + 1))
            after |= set(range(first, last + 1))
        if isinstance(block, CollectionBlock):
            for name, parent, key in (("tag", ("content", "filters"), "tag"),
                                      ("count", ("content",), "count"),
                                      ("sort_by", ("content",), "sort_by"),
                                      ("columns", ("design",), "columns"),
                                      ("view", ("design",), "view")):
                if not any(op[0] == name for op in ops):
                    continue
                mapping = node
                for part in parent:
                    mapping = child(mapping, part)
                value = child(mapping, key)
                if value is not None:
                    first, last = span(src, value)
                    lines |= set(range(first, last + 1))
                elif mapping.flow_style:
                    first, last = span(src, mapping)
                    lines |= set(range(first, last + 1))
                else:
                    after.add(span(src, mapping)[1])
    return lines, after


def apply(page: Page, op: tuple, expect: dict) -> None:
    kind = op[0]
    if kind in ("tag", "count", "columns", "view", "sort_by"):
        block = members(page)
        if kind == "tag":
            block.filters.tag = op[1]
        else:
            setattr(block, kind, op[1])
        expect[kind] = op[1]
        return
    items = overview(page).achievements
    want = expect["achievements"]
    if kind == "add":
        _, at, title, body, alt, src = op
        at = at % (len(items) + 1)
        items.insert(at, Achievement(title, alt if src else "", src, body))
        want.insert(at, (title, alt if src else "", src, body))
        return
    if not items:
        return
    i = op[1] % len(items)
    if kind == "title":
        items[i].title = op[2]
        want[i] = (op[2], *want[i][1:])
    elif kind == "body":
        items[i].body = op[2]
        want[i] = (*want[i][:3], op[2])
    elif kind == "image":
        alt = op[2] if op[3] else ""
        items[i].image_alt, items[i].image_src = alt, op[3]
        want[i] = (want[i][0], alt, op[3], want[i][3])
    elif kind == "remove":
        del items[i]
        del want[i]
    elif kind == "move":
        j = op[2] % len(items)
        items.move(i, j)
        want.insert(j, want.pop(i))


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(original=st.sampled_from(PAGES), ops=st.lists(OPS, min_size=1, max_size=8))
def test_random_edits_save_reload_and_leave_other_lines_alone(original, ops):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / original.name
        shutil.copyfile(original, path)
        before = path.read_bytes().decode("utf-8")
        page = Page.load(path, "zh" if ".zh." in path.name else "en")
        lines, after = allowed_lines(page, ops)
        block = members(page)
        expect = {"tag": block.filters.tag, "count": block.count, "columns": block.columns,
                  "view": block.view, "sort_by": block.sort_by,
                  "achievements": [(a.title, a.image_alt, a.image_src, a.body)
                                   for a in overview(page).achievements]}
        for op in ops:
            apply(page, op, expect)
        page.save()
        assert_saved(page, path)
        again = Page.load(path, page.lang)
        block = members(again)
        assert {"tag": block.filters.tag, "count": block.count, "columns": block.columns,
                "view": block.view, "sort_by": block.sort_by,
                "achievements": [(a.title, a.image_alt, a.image_src, a.body)
                                 for a in overview(again).achievements]} == expect
        now = path.read_bytes().decode("utf-8")
        for op, a1, a2, _, _ in difflib.SequenceMatcher(
                None, before.splitlines(), now.splitlines(), autojunk=False).get_opcodes():
            if op == "equal":
                continue
            if a1 == a2:  # an insertion after old line a1
                assert a1 in after | lines, (ops, unified(before, now))
            else:
                assert set(range(a1 + 1, a2 + 1)) <= lines, (ops, unified(before, now))
        if "\r\n" in before:
            assert now.count("\n") == now.count("\r\n")


def test_a_json_key_written_twice_is_read_and_patched_as_its_last(tmp_path):
    """Go's JSON (Hugo) and Python's read the last of a key written twice; an edit after it
    patches the value it belongs to, not the one a place further down (found by
    test_fuzz)."""
    path = tmp_path / "content" / "p.md"
    path.parent.mkdir()
    text = ('{\n  "title": "One",\n  "title": "Two",\n  "type": "landing",\n  "sections": [\n'
            '    {"block": "collection", "content": {"filters": {"tag": "t"}}}\n  ]\n}\n')
    path.write_text(text, encoding="utf-8")
    page = Page.load(path)
    assert page.title == "Two"
    page.sections[0].filters.tag = None
    assert page.to_text() == text.replace('{"filters": {"tag": "t"}}', '{"filters": {}}')
