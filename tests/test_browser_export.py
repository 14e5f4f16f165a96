"""Exported pages in headless Chromium: layout, images, offline, accessibility, dark mode,
hostile content, and the inline preview inside JupyterLab."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from browser import (
    NOTEBOOK,
    PHONE,
    axe_violations,
    describe_violations,
    jupyterlab_server,
    open_page,
    run_all_cells,
)
from test_export import hostile_site

import landingkit as lk
from landingkit import export

REPO = Path(__file__).resolve().parents[1]

SAMPLE_PEOPLE = ["Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu", "Shuqing Wang",
                 "Yutong Chen"]


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """The sample page self-contained, the whole sample site, and the hostile page."""
    root = tmp_path_factory.mktemp("export")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    site = lk.Site(REPO / "content")
    export.export_page(site.page("research/multimodal"), root / "multimodal.html")
    export.export_site(site, root / "site", progress=False)
    hostile = hostile_site(root / "hostile")
    export.export_page(lk.load(hostile / "content" / "research" / "hostile"),
                       root / "hostile.html")
    no_csp = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "",
                    (root / "hostile.html").read_text(encoding="utf-8"))
    (root / "hostile-no-csp.html").write_text(no_csp, encoding="utf-8")
    yield root
    mp.undo()


PAGES = ["multimodal.html", "site/research/multimodal/index.html",
         "site/research/vision/index.html", "site/zh/research/multimodal/index.html"]


def cards_per_row(page, section: str = "#members") -> list[int]:
    tops = page.evaluate(f"""[...document.querySelectorAll('{section} .lk-card')]
        .map(e => Math.round(e.getBoundingClientRect().top))""")
    rows: list[int] = []
    for previous, top in zip([None, *tops], tops):
        if top == previous:
            rows[-1] += 1
        else:
            rows.append(1)
    return rows


def card_names(page, section: str = "#members") -> list[str]:
    return page.evaluate(f"""[...document.querySelectorAll('{section} .lk-name')]
        .map(e => (e.querySelector('ruby') ? e.querySelector('ruby').firstChild.textContent
                                           : e.textContent).trim())""")


# ------------------------------------------------------------------ layout


def test_members_grid_is_four_per_row_on_desktop_and_one_on_a_phone(page, build):
    open_page(page, build / "multimodal.html")
    assert card_names(page) == SAMPLE_PEOPLE
    assert cards_per_row(page) == [4, 2]
    page.set_viewport_size(PHONE)
    assert cards_per_row(page) == [1] * 6
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width == 390  # nothing sticks out sideways on a phone


def test_grid_never_has_more_columns_than_people(page, build):
    open_page(page, build / "site/research/vision/index.html")
    assert card_names(page) == ["Beatriz Almeida", "Émile Durand"]
    assert cards_per_row(page) == [2]  # columns: 3, two people
    page.set_viewport_size(PHONE)
    assert cards_per_row(page) == [1, 1]


def test_avatars_are_round_150_px(page, build):
    open_page(page, build / "multimodal.html")
    boxes = page.evaluate("""[...document.querySelectorAll('#members .lk-avatar')].map(e => {
        const s = getComputedStyle(e), r = e.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height), s.borderTopLeftRadius]; })""")
    assert boxes == [[150, 150, "50%"]] * 6


# ------------------------------------------------------------------ loading


@pytest.mark.parametrize("name", PAGES)
def test_every_image_loads_with_no_error_and_no_request_off_the_file(page, build, name):
    log = open_page(page, build / name)
    # the theme's figures load lazily: brought into view, as a visitor scrolls to them
    page.evaluate("""Promise.all([...document.images].map(i => (i.scrollIntoView(), i.decode()
        .catch(() => null))))""")
    broken = page.evaluate("""[...document.images].filter(i => !(i.complete && i.naturalWidth > 0))
        .map(i => i.alt)""")
    assert broken == []
    # vision: 2 avatars and 3 diagrams; multimodal: 6 avatars (in Chinese, 5) and 3 diagrams
    expected = 5 if "vision" in name else 8 if "/zh/" in name else 9
    assert page.evaluate("document.images.length") == expected
    assert log.console_errors == [] and log.page_errors == [] and log.failed_requests == []
    assert log.network_requests == []
    if name == "multimodal.html":
        assert log.requests == [(build / name).as_uri()]  # one file, nothing else
    else:
        site = (build / "site").as_uri()
        assert [r for r in log.requests if not r.startswith(site + "/")] == []


# ------------------------------------------------------------------ accessibility and dark mode


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES[:1] + PAGES[2:])
def test_no_serious_accessibility_violation(page, build, name, scheme):
    open_page(page, build / name, scheme=scheme)
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
    page.set_viewport_size(PHONE)
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)


def contrast(fg: list[float], bg: list[float]) -> float:
    def luminance(rgb):
        def channel(c):
            c = c / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(c) for c in rgb[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


COLORS = """sel => [...document.querySelectorAll(sel)].slice(0, 1).map(e => {
    const rgb = v => v.match(/[\\d.]+/g).map(Number);
    let bg = e, c;
    while (bg && (c = getComputedStyle(bg).backgroundColor) && rgb(c)[3] === 0) {
        bg = bg.parentElement;
    }
    return [rgb(getComputedStyle(e).color), rgb(c)]; })[0]"""


def test_dark_scheme_follows_the_system_and_is_readable(page, build):
    # rgb(23, 24, 28): the body of the sample built by Hugo with blox-tailwind v0.3.1, dark
    open_page(page, build / "multimodal.html", scheme="dark")
    page_bg = page.evaluate("getComputedStyle(document.querySelector('.lk-page'))"
                            ".backgroundColor")
    assert page_bg == "rgb(23, 24, 28)"
    for selector, minimum in [(".lk-prose p", 7), (".lk-role", 4.5), (".lk-orgs a", 4.5),
                              (".lk-block-title", 7), (".lk-profiles a", 4.5)]:
        fg, bg = page.evaluate(COLORS, selector)
        assert bg[:3] == [23, 24, 28], selector
        assert contrast(fg, bg) >= minimum, (selector, fg, bg)
    open_page(page, build / "multimodal.html", scheme="light")
    assert page.evaluate("getComputedStyle(document.querySelector('.lk-page'))"
                         ".backgroundColor") == "rgb(255, 255, 255)"


# ------------------------------------------------------------------ hostile content


VISIBLE = ["HARMLESS-MD-START", "HARMLESS-MD-END", "HARMLESS-BLOCK-TITLE", "HARMLESS-RAW-LINK",
           "HARMLESS-ENTITY-LINK", "HARMLESS-DATA-LINK", "HARMLESS-DETAILS", "HARMLESS-DIV",
           "HARMLESS-HEADING", "HARMLESS-PEOPLE-TITLE", "HARMLESS-NAME", "HARMLESS-RUBY",
           "HARMLESS-ROLE", "HARMLESS-ROLE-LINK", "HARMLESS-ORG", "HARMLESS-PROFILE",
           "HARMLESS-TRENT", "HARMLESS-JS-LINK", "HARMLESS-IMG-JS", "HARMLESS-OVERLAY",
           "HARMLESS-BG-URL", "HARMLESS-ESCAPED-URL", "HARMLESS-LIST-URL", "HARMLESS-TRANSFORM"]


@pytest.mark.parametrize("name", ["hostile.html", "hostile-no-csp.html"])
def test_hostile_content_runs_nothing_and_its_text_stays_visible(page, build, name):
    """With the CSP and without it (the sanitiser alone), no payload sets window.__pwned."""
    log = open_page(page, build / name)
    for text in VISIBLE:
        locator = page.get_by_text(text, exact=False).first
        assert locator.is_visible(), text
    assert "HARMLESS-PAGE-TITLE" in page.title()
    for text in ["HARMLESS-BLOCK-TITLE", "HARMLESS-ORG", "HARMLESS-DIV", "HARMLESS-NAME"]:
        page.get_by_text(text).first.hover()
    for text in ["HARMLESS-RAW-LINK", "HARMLESS-ENTITY-LINK", "HARMLESS-ROLE-LINK",
                 "HARMLESS-DETAILS", "HARMLESS-DIV"]:
        page.get_by_text(text).first.click()
    page.wait_for_timeout(200)
    assert page.url == (build / name).as_uri()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script, iframe, object, embed, form, "
                         "svg:not(.lk-sprite):not(.lk-icon), base, meta[http-equiv=refresh], "
                         "style:not(head style), link').length") == 0
    assert log.page_errors == [] and log.network_requests == []
    assert page.evaluate("getComputedStyle(document.body).display") == "block"
    # CSS tricks: the overlay stays in its place, nothing is moved off the page, and the
    # scripted SVG is shown as a picture (40x40), its script and its fetches never run.
    tricks = page.evaluate("""() => {
        const at = t => [...document.querySelectorAll('.lk-prose div')]
            .find(e => e.textContent === t);
        const o = getComputedStyle(at('HARMLESS-OVERLAY'));
        const svg = [...document.images].filter(i => /^HARMLESS-SVG-(FILE|RAW)$/.test(i.alt));
        return {overlay: [o.position, o.zIndex, at('HARMLESS-OVERLAY').className],
                transform: getComputedStyle(at('HARMLESS-TRANSFORM')).transform,
                svg: svg.map(i => [i.alt, i.naturalWidth, i.naturalHeight])}; }""")
    assert tricks == {"overlay": ["static", "auto", ""], "transform": "none",
                      "svg": [["HARMLESS-SVG-FILE", 40, 40], ["HARMLESS-SVG-RAW", 40, 40]]}


# ------------------------------------------------------------------ the preview in JupyterLab


STYLE = """sel => { const e = document.querySelector(sel), s = getComputedStyle(e);
    return [s.fontSize, s.fontWeight, s.marginTop, s.marginBottom, s.color, s.fontFamily]; }"""


@pytest.mark.jupyter
def test_preview_in_jupyterlab_is_scoped_both_ways(page, tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    for folder in ("config", "layouts", "assets"):  # the sample site beside content/
        shutil.copytree(REPO / folder, tmp_path / folder)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell("## A notebook heading\n\n- a list item"),
                nbformat.v4.new_code_cell("import landingkit\n"
                                          "landingkit.load('content/research/multimodal')")]
    nbformat.write(nb, tmp_path / "preview.ipynb")
    with jupyterlab_server(tmp_path) as lab:
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.goto(lab.lab_url("preview.ipynb"))
        heading = f"{NOTEBOOK} .jp-MarkdownOutput h2"
        item = f"{NOTEBOOK} .jp-MarkdownOutput li"
        page.wait_for_selector(heading)
        before = page.evaluate(STYLE, heading), page.evaluate(STYLE, item)
        run_all_cells(page)
        preview = page.locator(f"{NOTEBOOK} .jp-OutputArea-output .lk-page")
        preview.wait_for()
        after = page.evaluate(STYLE, heading), page.evaluate(STYLE, item)
        assert after == before  # nothing leaks out
        names = page.evaluate("""[...document.querySelectorAll('.lk-page #members .lk-name')]
            .map(e => (e.querySelector('ruby')?.firstChild ?? e).textContent.trim())""")
        assert names == SAMPLE_PEOPLE
        # the preview is framed as the export is: the site's menu, its footer
        menu = page.evaluate("""[...document.querySelectorAll(
            '.lk-page .lk-nav-menu > li > .lk-nav-link')].map(e => e.textContent.trim())""")
        assert menu == ["Home", "Research", "People", "News"]
        assert page.locator(".lk-page .lk-footer").count() == 1
        # Nothing leaks in: the preview's elements look as in the exported page.
        inside = page.evaluate("""() => {
            const q = s => getComputedStyle(document.querySelector('.lk-page ' + s));
            const a = document.querySelector('.lk-page .lk-avatar').getBoundingClientRect();
            return {avatar: [Math.round(a.width), Math.round(a.height),
                             q('.lk-avatar').borderTopLeftRadius],
                    title: [q('.lk-block-title').fontSize, q('.lk-block-title').textAlign],
                    h3: [q('.lk-prose h3').fontSize, q('.lk-prose h3').marginTop],
                    list: [q('.lk-grid').paddingLeft, q('.lk-grid').listStyleType],
                    link: [q('.lk-orgs a').textDecorationLine],
                    image: [q('.lk-prose img').display]}; }""")
        # the tailwind look below 1024 px (the notebook's column): the theme's block title
        # (text-3xl) and prose h3 (20 px), organisations plain, as on a blox-tailwind build
        assert inside == {"avatar": [150, 150, "50%"], "title": ["30px", "center"],
                          "h3": ["20px", "0px"], "list": ["0px", "none"],
                          "link": ["none"], "image": ["block"]}
        width = page.evaluate("document.querySelector('.lk-page').clientWidth")
        expected = 4 if width > 960 else 3 if width > 736 else 2 if width > 544 else 1
        rows = cards_per_row(page, ".lk-page #members")
        assert rows[0] == min(expected, 4), (width, rows)
        page.goto("about:blank")
