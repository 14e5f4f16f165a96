"""contact, tag_cloud, portfolio and slider exported and opened in headless Chromium, in both
looks, at 1280 and 390 px, light and dark, with nothing fetched.

The blox-bootstrap figures are the real theme's, measured in the same Chromium on a build of
the same fixture site (tests/sites/blocks-c-bootstrap) made as real-theme-builds.md says:
modules blox-bootstrap v5.9.7, blox-core v0.3.1, blox-seo v0.2.2 extracted from the theme's
repository, `HUGO_MODULE_REPLACEMENTS=... GOPROXY=off hugo build -b http://127.0.0.1:PORT/`
with Hugo 0.168 (two shims: the `table` shortcode's `getCSV` and blox-seo's analytics
partial emptied, `security.funcs.getenv` allowing `^WC_`), served from 127.0.0.1 with every
other request blocked. At 1280 px (21 px rem) and at 390 px (16.17 px rem):
- contact: heading column 1/3 of the row beside the content at 1280, above it at 390; title
  47.25 / 36.38 px, rgb(49, 49, 49) (white in dark); inputs 49 / 38 px high, 21 px apart at
  1280; the message 175 / 135 px; the button the column's width, 38 / 30 px, #1565c0; each
  detail 51 / 40 px high (one line), its text 66 / 51 px right of the column's edge, its icon
  42 / 32 px; in dark the inputs rgb(68, 71, 90) with rgb(248, 248, 242) text;
- tag_cloud: the terms 16.8 px (0.8rem), Sensing 34.65 px, Survey 45.09 px at 1280;
- portfolio: the three buttons in one row, 36 / 32 px high, the active one rgb(16, 77, 146);
- slider: the title 56.7 / 43.66 px white, 126 / 97 px from the left (6rem), the lead
  28.35 px at most 768 px wide. The theme's carousel shows one slide (it collapses to 0 px
  without `slide_height`); here both follow one another, each its own height.
The blox-tailwind look draws the same blocks with its own styles (the theme has none of them):
only the geometry (beside / stacked, one row of buttons, stacked slides) is checked there.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, axe_violations, describe_violations, open_page
from two_looks import export_both_looks

import landingkit as lk
from landingkit import export

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The fixture page exported in each look (the tailwind site: the same content with
    blox-tailwind imported)."""
    yield from export_both_looks("blocks-c-bootstrap", tmp_path_factory.mktemp("blocks-c"))


BOX = """(sel) => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
    .map(e => { const r = e.getBoundingClientRect(), s = getComputedStyle(e);
      return {x: r.x, y: r.y + scrollY, w: r.width, h: r.height, size: parseFloat(s.fontSize),
              color: s.color, bg: s.backgroundColor}; })"""


def boxes(page, selector: str) -> list[dict]:
    return page.evaluate(BOX, selector)


def near(value: float, expected: float, within: float = 1.0) -> bool:
    return abs(value - expected) <= within


def check_geometry(page, width: int) -> None:
    """What both looks share: beside at 1280, stacked at 390; buttons in a row; slides stacked."""
    heading, = boxes(page, "#contact .lk-section-heading")
    column, = boxes(page, "#contact .lk-column")
    if width == 1280:
        assert heading["x"] + heading["w"] <= column["x"] + 1 and near(heading["y"], column["y"])
        assert near(column["w"], 2 * heading["w"], 2)
    else:
        assert heading["y"] + heading["h"] <= column["y"] and near(column["w"], heading["w"])
    send, = boxes(page, "#contact .lk-contact-send")
    inputs = boxes(page, "#contact .lk-contact-input")
    assert [near(box["x"], send["x"]) and near(box["w"], send["w"]) for box in inputs] == \
        [True, True, True]
    filters = boxes(page, "#projects .lk-portfolio-filter")
    assert len(filters) == 3 and len({round(box["y"]) for box in filters}) == 1
    first, second = boxes(page, "#slides .lk-slide")
    assert first["h"] > 100 and second["h"] > 100 and near(second["y"], first["y"] + first["h"])
    assert page.evaluate("document.documentElement.scrollWidth") == width


BOOTSTRAP = {  # (1280 px, 390 px) as measured on the real build
    "title": (47.25, 36.38), "input": (49, 38), "message": (175, 135), "send": (38, 30),
    "detail": (51, 40), "indent": (66, 51), "icon": (42, 32), "filter": (36, 32),
    "slide_title": (56.7, 43.66), "slide_left": (126, 97),
}


def check_bootstrap(page, width: int, scheme: str) -> None:
    at = 0 if width == 1280 else 1
    title, = boxes(page, "#contact .lk-block-title")
    assert near(title["size"], BOOTSTRAP["title"][at], .05)
    assert title["color"] == ("rgb(49, 49, 49)" if scheme == "light" else "rgb(255, 255, 255)")
    name, email, message = boxes(page, "#contact .lk-contact-input")
    assert [round(name["h"]), round(email["h"]), round(message["h"])] == [
        BOOTSTRAP["input"][at], BOOTSTRAP["input"][at], BOOTSTRAP["message"][at]]
    if width == 1280:
        assert near(email["y"] - name["y"] - name["h"], 21)
    if scheme == "dark":
        assert (name["bg"], name["color"]) == ("rgb(68, 71, 90)", "rgb(248, 248, 242)")
    send, = boxes(page, "#contact .lk-contact-send")
    assert round(send["h"]) == BOOTSTRAP["send"][at] and send["bg"] == "rgb(21, 101, 192)"
    column, = boxes(page, "#contact .lk-contact-form")
    details = boxes(page, "#contact .lk-contact-list li")
    one_line = [d for i, d in enumerate(details) if i != 4]  # the office hours take two
    assert {round(d["h"]) for d in one_line} == {BOOTSTRAP["detail"][at]}
    assert {round(d["x"] - column["x"]) for d in details} == {BOOTSTRAP["indent"][at]}
    icons = boxes(page, "#contact .lk-contact-icon svg")
    assert len(icons) == 8 and {round(i["w"]) for i in icons} == {BOOTSTRAP["icon"][at]}
    sizes = [round(box["size"], 2) for box in boxes(page, "#tags .lk-tag-cloud a")]
    rem = 21 if width == 1280 else 16.17
    assert sizes == [round(rem * s, 2) for s in (0.8, 0.8, 0.8, 1.65, 2.1472181256129828)]
    filters = boxes(page, "#projects .lk-portfolio-filter")
    assert {round(box["h"]) for box in filters} == {BOOTSTRAP["filter"][at]}
    assert [box["bg"] for box in filters] == ["rgb(16, 77, 146)", "rgb(21, 101, 192)",
                                              "rgb(21, 101, 192)"]
    titles = boxes(page, "#slides .lk-slide-title")
    assert [near(t["size"], BOOTSTRAP["slide_title"][at], .05) for t in titles] == [True, True]
    assert {round(t["x"]) for t in titles} == {BOOTSTRAP["slide_left"][at]}
    assert {t["color"] for t in titles} == {"rgb(255, 255, 255)"}
    if width == 1280:
        leads = boxes(page, "#slides .lk-slide-lead")
        assert [(round(lead["w"]), lead["size"]) for lead in leads] == [(768, 28.35)] * 2


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("look", ["bootstrap", "tailwind"])
def test_the_blocks_in_each_look_width_and_scheme(page, pages, look, viewport, scheme):
    log = open_page(page, pages[look], viewport, scheme)
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []
    assert page.evaluate("document.querySelectorAll('.lk-block-unknown').length") == 0
    # the slide's background image (a data: URL) is drawn
    assert page.evaluate("getComputedStyle(document.querySelector('.lk-slide'))"
                         ".backgroundImage.startsWith('url(\"data:image/png')")
    check_geometry(page, viewport["width"])
    if look == "bootstrap":
        check_bootstrap(page, viewport["width"], scheme)
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


def test_the_form_sends_nothing(page, pages):
    log = open_page(page, pages["bootstrap"])
    url = page.url
    page.fill("#contact-name", "Ana")
    page.fill("#contact-email", "ana@example.org")
    page.fill("#contact-message", "Hello")
    page.click("#contact .lk-contact-send")
    page.press("#contact-email", "Enter")
    page.wait_for_timeout(200)
    assert page.url == url and log.requests == [url]
    assert page.input_value("#contact-name") == "Ana"


@pytest.fixture(scope="module")
def kit_pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("blocks-c-kit")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    content = SITES / "blocks-c-tailwind" / "content"
    yield {name: export.export_page(lk.load(content / name), root / f"{name}.html")
           for name in ("contact", "reach", "work")}
    mp.undo()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_kits_contact_info_cards(page, kit_pages, viewport, scheme):
    """The kit's grid: the two cards side by side from lg (1024 px), one under the other
    below; a card alone is at most 48rem, centred, its e-mail beside its links from md."""
    wide = viewport["width"] == 1280
    log = open_page(page, kit_pages["contact"], viewport, scheme)
    visit, connect = boxes(page, ".lk-ci-cards > .lk-ci-card")
    if wide:
        assert near(visit["y"], connect["y"]) and near(visit["w"], connect["w"])
        assert near(connect["x"] - visit["x"] - visit["w"], 48)
    else:
        assert near(connect["y"], visit["y"] + visit["h"] + 32) and near(visit["w"], connect["w"])
    badge, = boxes(page, ".lk-ci-card-head .lk-ci-badge")[:1]
    assert (round(badge["w"]), round(badge["h"])) == (48, 48)
    assert log.network_requests == [] and log.console_errors == []
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
    open_page(page, kit_pages["reach"], viewport, scheme)
    card, = boxes(page, ".lk-ci-card")
    reach, follow = boxes(page, ".lk-ci-split > div")
    assert near(card["w"], 768 if wide else 390 - 32)
    assert near(reach["y"], follow["y"]) if wide else follow["y"] >= reach["y"] + reach["h"]
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_kits_portfolio_grid(page, kit_pages, viewport, scheme):
    """The kit's grid-cols-1 md:2 lg:3 with gap-6; each card's image h-48 (192 px)."""
    log = open_page(page, kit_pages["work"], viewport, scheme)
    cards = boxes(page, ".lk-kp-card")
    media = boxes(page, ".lk-kp-media")
    assert len(cards) == 3 and {round(m["h"]) for m in media} == {192}
    if viewport["width"] == 1280:
        assert len({round(c["y"]) for c in cards}) == 1
        assert near(cards[1]["x"] - cards[0]["x"] - cards[0]["w"], 24)
    else:
        assert [near(b["y"], a["y"] + a["h"] + 24) for a, b in pairwise(cards)] == [
            True, True]
    filters = boxes(page, ".lk-portfolio-filter")
    assert len(filters) == 2 and near(filters[0]["y"], filters[1]["y"])
    assert log.network_requests == [] and log.console_errors == []
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
