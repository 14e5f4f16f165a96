"""Sections whose `design` sets a background, fullscreen and light text, exported and opened
in headless Chromium at 1280 and 390 px, in both looks, with nothing fetched.

The blox-bootstrap figures are the real theme's, measured in the same Chromium on a build of
the same fixture site (tests/sites/sections-bootstrap) made as real-theme-builds.md says:
modules blox-bootstrap v5.9.7, blox-core v0.3.1, blox-seo v0.2.2 extracted from the theme's
repository, `HUGO_MODULE_REPLACEMENTS=... GOPROXY=off hugo build -b http://127.0.0.1:PORT/`
with Hugo 0.168 (blox-seo's analytics partial emptied, `security.funcs.getenv` allowing
`^WC_`), served from 127.0.0.1 with every other request blocked. At 1280 x 800 / 390 x 844:
- #welcome (image, brightness 0.6, fullscreen, text_color_light): 730 / 794 px high (the
  window less the 70 / 50 px navbar); its background child the section's size, the image
  `cover` at `50% 50%` through `brightness(0.6)`, attached `fixed` at 1280 and `scroll` at
  390; title and link rgb(255, 255, 255), the link underlined;
- #gradient: `linear-gradient(rgb(21, 101, 192), rgb(75, 180, 227))` (180deg), white title;
- #plain (colour, text_color_light false, css_style): min-height 300 px, the colour
  rgb(255, 244, 214) inside the 4 px top border, the title rgb(0, 0, 0) where the plain
  #contact's is rgb(49, 49, 49).
Wowchemy v5.5.0 (its module with three shims for Hugo 0.168), tests/sites/wowchemy-pages with
the widget file PHOTO below: #photo 730 / 794 px high, its background child 726 / 790 px
(inside the 4 px bottom border of `advanced.css_style`), `cover` at `50% 50%` through
`brightness(0.6)`, attached `scroll` (`image_parallax: false`), white title and link.
blox-tailwind has no `fullscreen` rule and its `dark` class switches on the `dark:` colours
inside the section: the dark section's title there is the colour of a title on a dark page.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, chromium_context, open_page
from two_looks import export_both_looks

import landingkit as lk
from landingkit import export, render

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The fixture page exported in each look (the tailwind site: the same content with
    blox-tailwind imported)."""
    yield from export_both_looks("sections-bootstrap", tmp_path_factory.mktemp("sections"))


PHOTO = """---
widget: blank
headless: true
weight: 1
title: Night on the quay
design:
  columns: '1'
  background:
    image: quay-night.jpg
    image_darken: 0.6
    image_size: cover
    image_position: center
    image_parallax: false
    text_color_light: true
advanced:
  css_class: fullscreen
  css_style: 'border-bottom: 4px solid #1565c0'
---

Lights on the [harbour wall](/wall/).
"""


@pytest.fixture(scope="module")
def wowchemy(tmp_path_factory):
    """tests/sites/wowchemy-pages with the widget file PHOTO, its home page exported."""
    root = tmp_path_factory.mktemp("sections-wowchemy")
    site = root / "site"
    shutil.copytree(SITES / "wowchemy-pages", site)
    (site / "assets" / "media").mkdir(parents=True)
    shutil.copy(SITES / "sections-bootstrap" / "assets" / "media" / "quay-night.jpg",
                site / "assets" / "media")
    (site / "content" / "home" / "photo.md").write_text(PHOTO, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    yield export.export_page(lk.load(site / "content" / "home"), root / "home.html")
    mp.undo()


@pytest.fixture(scope="module")
def browser():
    with chromium_context() as context:
        yield context


STYLE = """(sel) => { const e = document.querySelector(sel), r = e.getBoundingClientRect(),
    s = getComputedStyle(e);
    return {y: r.y + scrollY, h: r.height, w: r.width, color: s.color, bg: s.backgroundColor,
            image: s.backgroundImage.slice(0, 29), size: s.backgroundSize,
            position: s.backgroundPosition, attachment: s.backgroundAttachment,
            filter: s.filter, underline: s.textDecorationLine, min: s.minHeight}; }"""


def style(page, selector: str) -> dict:
    return page.evaluate(STYLE, selector)


def pixel(page, x: int, y: int) -> tuple[int, int, int]:
    """The colour drawn at (x, y) of the page (scrolled there first)."""
    from PIL import Image

    page.evaluate(f"window.scrollTo(0, {max(0, y - 100)})")
    top = page.evaluate("scrollY")
    shot = page.screenshot(clip={"x": x, "y": y - top, "width": 1, "height": 1})
    return Image.open(io.BytesIO(shot)).convert("RGB").getpixel((0, 0))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_bootstrap_sections_as_the_real_build_draws_them(pages, browser, viewport):
    page = browser.new_page()
    log = open_page(page, pages["bootstrap"], viewport)
    wide = viewport is DESKTOP
    welcome, bg = style(page, "#welcome"), style(page, "#welcome > .lk-section-bg")
    assert round(welcome["h"]) == (730 if wide else 794)
    assert (bg["y"], bg["h"], bg["w"]) == (welcome["y"], welcome["h"], welcome["w"])
    assert (bg["image"], bg["size"], bg["position"], bg["filter"], bg["attachment"]) == (
        'url("data:image/jpeg;base64,/', "cover", "50% 50%", "brightness(0.6)",
        "fixed" if wide else "scroll")
    title, link = style(page, "#welcome .lk-block-title"), style(page, "#welcome .lk-prose a")
    assert (title["color"], link["color"], link["underline"]) == (
        "rgb(255, 255, 255)", "rgb(255, 255, 255)", "underline")
    # the photo is drawn, darkened, behind the text: the page's corner there is night
    assert max(pixel(page, 5, round(welcome["y"] + welcome["h"]) - 5)) < 60
    gradient = style(page, "#gradient > .lk-section-bg")
    assert page.evaluate("getComputedStyle(document.querySelector('#gradient > "
                         ".lk-section-bg')).backgroundImage") == (
        "linear-gradient(rgb(21, 101, 192), rgb(75, 180, 227))")
    assert style(page, "#gradient .lk-block-title")["color"] == "rgb(255, 255, 255)"
    top = pixel(page, 5, round(gradient["y"]) + 1)
    assert all(abs(a - b) <= 3 for a, b in zip(top, (21, 101, 192))), top
    plain, plain_bg = style(page, "#plain"), style(page, "#plain > .lk-section-bg")
    assert (plain["min"], plain_bg["bg"], plain_bg["y"] - plain["y"]) == (
        "300px", "rgb(255, 244, 214)", 4)
    assert pixel(page, 5, round(plain_bg["y"]) + 5) == (255, 244, 214)
    assert style(page, "#plain .lk-block-title")["color"] == "rgb(0, 0, 0)"
    assert style(page, "#contact .lk-block-title")["color"] == "rgb(49, 49, 49)"
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_tailwind_dark_section_takes_the_dark_colours(pages, browser, viewport):
    page = browser.new_page()
    open_page(page, pages["tailwind"], viewport, scheme="dark")
    on_dark = style(page, "#contact .lk-block-title")["color"]
    log = open_page(page, pages["tailwind"], viewport)
    assert style(page, "#welcome .lk-block-title")["color"] == on_dark
    assert style(page, "#contact .lk-block-title")["color"] != on_dark
    welcome, bg = style(page, "#welcome"), style(page, "#welcome > .lk-section-bg")
    assert welcome["min"] == "0px"  # no `fullscreen` rule in blox-tailwind
    assert (bg["h"], bg["image"], bg["filter"], bg["attachment"]) == (
        welcome["h"], 'url("data:image/jpeg;base64,/', "brightness(0.6)", "fixed")
    assert max(pixel(page, 5, round(welcome["y"] + welcome["h"]) - 5)) < 60
    assert pixel(page, 5, round(style(page, "#plain > .lk-section-bg")["y"]) + 5) == (
        255, 244, 214)
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_a_wowchemy_widget_files_section_as_the_real_build_draws_it(wowchemy, browser,
                                                                    viewport):
    page = browser.new_page()
    log = open_page(page, wowchemy, viewport)
    wide = viewport is DESKTOP
    photo, bg = style(page, "#photo"), style(page, "#photo > .lk-section-bg")
    assert (round(photo["h"]), round(bg["h"])) == ((730, 726) if wide else (794, 790))
    assert (bg["image"], bg["size"], bg["position"], bg["filter"], bg["attachment"]) == (
        'url("data:image/jpeg;base64,/', "cover", "50% 50%", "brightness(0.6)", "scroll")
    title, link = style(page, "#photo .lk-block-title"), style(page, "#photo a")
    assert (title["color"], link["color"], link["underline"]) == (
        "rgb(255, 255, 255)", "rgb(255, 255, 255)", "underline")
    assert max(pixel(page, 5, round(bg["y"] + bg["h"]) - 5)) < 60
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])
    page.close()


HOSTILE = """---
title: Quay Lab
type: landing
sections:
  - block: markdown
    id: one
    content:
      title: One
      text: Hello.
    design:
      background:
        color: 'red;background-image:url(http://evil.example/color.png)'
        gradient_start: '#000'
        gradient_end: 'url(http://evil.example/gradient.png)'
        image:
          filename: quay-night.jpg
          position: 'center;background:url(http://evil.example/position.png)'
          size: 'cover}*{background:url(http://evil.example/size.png)'
      css_class: 'x" style="background:url(http://evil.example/class.png)'
      css_style: 'color: red; background: url(http://evil.example/style.png)'
  - block: markdown
    id: two
    content:
      title: Two
    design:
      css_style: 'position: fixed; inset: 0; z-index: 9999; background-color: red'
---
"""


def test_hostile_design_values_fetch_nothing_and_cover_nothing(pages, browser, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITES / "sections-bootstrap", site)
    (site / "content" / "_index.md").write_text(HOSTILE, encoding="utf-8")
    loaded = lk.load(site / "content")
    said = [str(p).split(": warning: ")[1].split(":")[0] for p in render.render_problems(loaded)]
    assert said == ["design.css_class", "design.css_style", "design.background.color",
                    "design.background.gradient_end", "design.background.image.size",
                    "design.background.image.position", "design.css_style"]
    html = export.export_page(loaded, tmp_path / "hostile.html")
    assert "evil.example" not in html.read_text(encoding="utf-8")
    page = browser.new_page()
    log = open_page(page, html, DESKTOP)
    two = style(page, "#two")
    assert page.evaluate("getComputedStyle(document.querySelector('#two')).position") != "fixed"
    assert two["bg"] == "rgb(255, 0, 0)"  # what the sanitiser keeps: the colour
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])
    page.close()
