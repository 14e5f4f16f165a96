"""The sample's home page in headless Chromium: the news (date-title-summary), the research
groups (article-grid) and the hero, as the exported files show them, with no request out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import PHONE, open_page
from test_browser_frame import BOX, bootstrap_site, visible_texts

import landingkit as lk
from landingkit import export, images

REPO = Path(__file__).resolve().parents[1]
NATURAL = "sel => { const i = document.querySelector(sel); return [i.complete, i.naturalWidth]; }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("home")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    export.export_site(lk.Site(REPO / "content"), root / "site", progress=False)
    boot = lk.Site(bootstrap_site(root / "bootstrap"))
    shutil.copytree(REPO / "assets", root / "bootstrap" / "assets")  # the hero's image
    export.export_page(boot.page("_index.md"), root / "bootstrap.html")
    export.export_page(boot.page("_index.md"), root / "assets" / "index.html", assets=True)
    yield root
    mp.undo()


def test_the_home_page_is_laid_out_as_a_real_build_lays_it_out(page, built):
    """Boxes measured in Chromium on the sample built by Hugo 0.168 with blox-tailwind v0.3.1
    (real-theme-builds.md, the shims it names), at 1280 px: sections 6rem above and below
    (.hbb-section), the hero's max-w-2xl column, its text of two paragraphs split by the
    browser out of the theme's <p> (the first holds the <br>, 18 px; the second 16 px black),
    the news list (max-w-3xl, 80 px below the title), the research grid (max-w-screen-lg,
    xl:px-5, two 16:9 images)."""
    open_page(page, built / "site" / "index.html")
    boxes = {sel: page.evaluate(BOX, sel) for sel in (
        "#section-hero", ".lk-hero-title", ".lk-hero-copy > p:nth-of-type(2)", "#news article",
        "#groups img")}
    assert boxes == {
        "#section-hero": [0, 72, 1280, 920], ".lk-hero-title": [304, 448, 672, 120],
        ".lk-hero-copy > p:nth-of-type(2)": [304, 624, 672, 48],
        "#news article": [256, 1228, 768, 113], "#groups img": [148, 1937, 472, 266]}
    text = page.evaluate("""sel => { const c = getComputedStyle(document.querySelector(sel));
        return [c.fontSize, c.color]; }""", ".lk-hero-copy > p:nth-of-type(2)")
    assert text == ["16px", "rgb(0, 0, 0)"]


def test_news_dates_and_titles_then_the_research_grid_side_by_side(page, built):
    log = open_page(page, built / "site" / "index.html")
    assert visible_texts(page, "#news .lk-dts-date") == [
        "Oct 12, 2026", "Sep 1, 2026", "Jun 20, 2026"]
    assert visible_texts(page, "#news .lk-dts-title") == [
        "Best Paper Award for Open-Vocabulary Scene Graphs",
        "The Centre Opens a New Robotics Lab", "Summer School on Video Understanding"]
    # from md up the date is the first of four columns, left of the title, on its baseline
    date, title = (page.evaluate(BOX, f"#news .lk-dts-item:first-child {s}")
                   for s in (".lk-dts-date", ".lk-dts-title"))
    assert date[0] + date[2] <= title[0]
    left, right = (page.evaluate(BOX, f"#groups .lk-article:nth-child({n})") for n in (1, 2))
    assert visible_texts(page, "#groups .lk-article-title") == [
        "Computer Vision Research Group", "Multimodal Large Model Research Group"]
    assert left[1] == right[1] and left[2] == right[2]  # one row, equal columns
    assert left[0] + left[2] + 40 == right[0]  # gap-10
    assert left[2] + right[2] + 40 + 2 * 20 == 1024  # max-w-screen-lg, xl:px-5 at 1280
    # each card's featured.png (960x540), loaded (lazily: once near the viewport), in a 16:9 box
    page.locator("#groups").scroll_into_view_if_needed()
    # (a promise, not wait_for_function: its polling evaluates a string, which the CSP refuses)
    page.evaluate("Promise.all([...document.querySelectorAll('#groups img')].map(i => i.decode()))")
    for n in (1, 2):
        card = f"#groups .lk-article:nth-child({n})"
        assert page.evaluate(NATURAL, f"{card} img") == [True, 960]
        box = page.evaluate(BOX, f"{card} .lk-article-image a")
        assert box[2] == left[2] and abs(box[3] - box[2] * 9 / 16) < 1
    # a grid link goes to the page's exported file
    page.click("#groups .lk-article:nth-child(1) .lk-article-title a")
    assert page.url == (built / "site" / "research" / "vision" / "index.html").as_uri()
    assert log.network_requests == [] and log.console_errors == [] and log.page_errors == []


def test_on_a_phone_the_grid_is_one_column_and_the_date_above_the_title(page, built):
    open_page(page, built / "site" / "index.html", viewport=PHONE)
    left, right = (page.evaluate(BOX, f"#groups .lk-article:nth-child({n})") for n in (1, 2))
    assert left[0] == right[0] and left[1] + left[3] + 40 == right[1]
    date, title = (page.evaluate(BOX, f"#news .lk-dts-item:first-child {s}")
                   for s in (".lk-dts-date", ".lk-dts-title"))
    assert date[1] + date[3] <= title[1]


@pytest.mark.parametrize("name", ["bootstrap.html", "assets/index.html"])
def test_the_hero_image_is_loaded_beside_the_title(page, built, name):
    """blox-bootstrap's hero draws `image.filename` (blox-tailwind's draws none)."""
    log = open_page(page, built / name)
    assert page.inner_text("#section-hero .lk-hero-title") == "Example Research Centre"
    shown = images.process(REPO / "assets" / "media" / "welcome.png", "content")
    assert page.evaluate(NATURAL, "#section-hero .lk-hero-image") == [True, shown.width]
    text, media = (page.evaluate(BOX, f"#section-hero {s}")
                   for s in (".lk-hero-copy", ".lk-hero-media"))
    assert text[0] + text[2] <= media[0]  # side by side from md
    assert log.network_requests == [] and log.failed_requests == []
    assert log.console_errors == [] and log.page_errors == []
