"""Markdown <-> achievements: exact text, numbering by position, untouched parts kept."""

import difflib

from landingkit.achievements import Achievement, parse

TEXT = """Intro paragraph.

### Representative Achievement 1: First
![One](one.png)
Body one.

### Representative Achievement 2: Second

Body two, no image.
```
### not a heading: inside a fence
```

### Representative Achievement 3: Third

![Three](/x/three.png)

Body three.
Relevant papers:
- <a href="https://example.org/p" target="_blank">Paper</a>
"""


def diff(a: str, b: str) -> str:
    lines = difflib.unified_diff(a.splitlines(True), b.splitlines(True), n=0)
    return "".join(line for line in lines if not line.startswith(("---", "+++")))


def test_parse_fields_and_round_trip():
    items = parse(TEXT)
    assert items.intro == "Intro paragraph.\n"
    assert [(a.title, a.image_alt, a.image_src) for a in items] == [
        ("First", "One", "one.png"), ("Second", "", ""), ("Third", "Three", "/x/three.png")]
    assert items[1].body == "Body two, no image.\n```\n### not a heading: inside a fence\n```"
    assert items[2].body.endswith('target="_blank">Paper</a>')
    assert items.to_text() == TEXT


def test_edit_title_changes_one_line():
    items = parse(TEXT)
    items[1].title = "Renamed"
    assert diff(TEXT, items.to_text()) == (
        "@@ -7 +7 @@\n-### Representative Achievement 2: Second\n"
        "+### Representative Achievement 2: Renamed\n")


def test_move_renumbers_by_position():
    items = parse(TEXT)
    items.move(2, 0)
    out = parse(items.to_text())
    assert [a.title for a in out] == ["Third", "First", "Second"]
    assert [a.body for a in out] == [items[0].body, items[1].body, items[2].body]
    headings = [line for line in items.to_text().splitlines() if line.startswith("### R")]
    assert headings == ["### Representative Achievement 1: Third",
                        "### Representative Achievement 2: First",
                        "### Representative Achievement 3: Second"]


def test_append_and_remove():
    items = parse(TEXT)
    items.append(Achievement("Fourth", "Four", "four.png", "Body four."))
    assert diff(TEXT, items.to_text()) == (
        "@@ -20,0 +21,6 @@\n+\n+### Representative Achievement 4: Fourth\n+\n"
        "+![Four](four.png)\n+\n+Body four.\n")
    items = parse(TEXT)
    items.remove(items[0])
    assert [a.title for a in parse(items.to_text())] == ["Second", "Third"]
    assert items.to_text().startswith("Intro paragraph.\n\n### Representative Achievement 1: "
                                      "Second\n")


def test_changing_image_keeps_body_and_heading():
    items = parse(TEXT)
    items[0].image_src, items[0].image_alt = "new.png", "New"
    assert diff(TEXT, items.to_text()) == "@@ -4 +4 @@\n-![One](one.png)\n+![New](new.png)\n"


def test_chinese_label_and_full_width_colon():
    text = "### 代表性成果 1：书生\n\n正文。\n\n### 代表性成果 2：视频\n"
    items = parse(text)
    assert (items.label, items.separator) == ("代表性成果", "：")
    items.move(1, 0)
    assert items.to_text() == "### 代表性成果 1：视频\n\n### 代表性成果 2：书生\n\n正文。\n"


def test_text_without_labelled_headings_has_no_achievements():
    text = "## Multimodal Large Model Research Group\n"
    items = parse(text)
    assert (len(items), items.intro, items.to_text()) == (0, text, text)
