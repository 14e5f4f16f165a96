r"""The features, cta-card, cta-button-list, cta-image-paragraph, stats and testimonials
blocks exported and opened in headless Chromium, in both looks, at 1280 and 390 px, light and
dark.

The blox-tailwind figures below (BOXES, FONTS, COLOURS) were measured in the same Chromium on
a real build of the same fixture with the theme, not on landingkit's page: Hugo 0.168 with
blox-tailwind v0.3.1 and blox-analytics v0.1.3 extracted from the theme's repository (the
shims of /work/shared/spec/real-theme-builds.md), the images drawn by
tests/landing_blocks_art.py:

    cp -r tests/sites/blocks-a-tailwind /tmp/site && python tests/landing_blocks_art.py /tmp/site
    # + /tmp/site/go.mod: require .../modules/blox-tailwind v0.3.1
    P=github.com/HugoBlox/hugo-blox-builder/modules
    R="$P/blox-tailwind->/tmp/mods/blox-tailwind,$P/blox-analytics->/tmp/mods/blox-analytics"
    HUGO_MODULE_REPLACEMENTS="$R" GOPROXY=off GOFLAGS=-mod=mod \
        hugo build --source /tmp/site --destination /tmp/public

served from 127.0.0.1 and measured with getBoundingClientRect and getComputedStyle, dark mode
by the theme's own `dark` class. The theme's selector each figure was read from is the one its
template gives the element our selector names (features: `h2`, `.md:grid > div`,
`.rounded-full`, `h3`, ...). Boxes are (x, width, height) in CSS pixels; a text's width may
differ by a pixel (the theme serves its own Inter file, landingkit a subset of the same font).

The blox-bootstrap features block was measured the same way on a build with blox-bootstrap
v5.9.7, blox-core v0.3.1 and blox-seo v0.2.2 (tests/sites/blocks-a-bootstrap, its module path
`.../modules/blox-bootstrap/v5`; shims for Hugo 0.168: `security.funcs.getenv` allowing
`^WC_`, an empty `layouts/_partials/analytics/main.html` and no `shortcodes/table.html`, which
use what Hugo since removed). That build draws its default dark theme, so BOOTSTRAP_DARK holds
its dark figures; the light colours are the SCSS's (widgets/_featurette.scss, _base.scss). Its
heights and type sizes do not depend on the fonts (every line height is set); the columns'
width follows the look's container, so the test checks three equal columns filling the row.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from landing_blocks_art import draw

import landingkit as lk
from landingkit import export

SITES = Path(__file__).resolve().parent / "sites"
SLACK = 1.5  # px: text widths (see above)

BOXES = {
    1280: {
        '.lk-features-title': [(256, 768, 40)],
        '.lk-features-text': [(256, 768, 30)],
        '.lk-feature': [(24, 378.7, 126), (450.7, 378.7, 126), (877.3, 378.7, 126)],
        '.lk-feature-icon': [(24, 48, 48), (450.7, 48, 48), (877.3, 48, 48)],
        '.lk-feature-icon svg': [(36, 24, 24), (462.7, 24, 24), (889.3, 24, 24)],
        '.lk-feature-name': [(24, 378.7, 30), (450.7, 378.7, 30), (877.3, 378.7, 30)],
        '.lk-feature-description': [(24, 378.7, 24), (450.7, 378.7, 24), (877.3, 378.7, 24)],
        '.lk-cta-card': [(128, 1024, 339)],
        '.lk-cta-card-title': [(484.2, 311.7, 60)],
        '.lk-cta-card-text': [(440.3, 399.4, 35)],
        '.lk-cta-card-button': [(561.3, 157.5, 48)],
        '.lk-button-list-item': [(256, 768, 48), (256, 768, 48)],
        '.lk-button-list-icon svg': [(260, 40, 40), (260, 40, 40)],
        '.lk-button-list-text': [(260, 760, 40), (260, 760, 40)],
        '.lk-cip-image': [(672, 584, 389.1), (24, 584, 389.1)],
        '.lk-cip-title': [(24, 584, 40), (672, 584, 40)],
        '.lk-cip-text': [(24, 584, 27), (672, 584, 27)],
        '.lk-cip-features li': [(24, 584, 24), (24, 584, 24), (672, 584, 24)],
        '.lk-cip-features svg': [(48, 28, 16), (48, 28, 16), (696, 28, 16)],
        '.lk-cip-button': [(24, 124, 41)],
        '.lk-stats-title': [(256, 768, 40)],
        '.lk-stat': [(32, 405.3, 84), (437.3, 405.3, 84), (842.7, 405.3, 84)],
        '.lk-stat-figure': [(32, 404.3, 60), (437.3, 404.3, 60), (842.7, 405.3, 60)],
        '.lk-stat-description': [(32, 404.3, 24), (437.3, 404.3, 24), (842.7, 405.3, 24)],
        '.lk-testimonials-title': [(256, 768, 40)],
        '.lk-testimonial': [(256, 768, 180), (256, 768, 180)],
        '.lk-testimonial-mark svg': [(608, 64, 64), (608, 64, 64)],
        '.lk-testimonial-quote p': [(256, 768, 32), (256, 768, 32)],
        '.lk-testimonial-image': [(557.9, 48, 48), (561.3, 48, 48)],
        '.lk-testimonial-name': [(617.9, 104.3, 24), (621.3, 97.3, 24)],
        '.lk-testimonial-role': [(623.5, 93, 21), (637.1, 65.7, 21)],
        '#section-features': [(0, 1280, 596)],
        '#section-cta-card': [(0, 1280, 531)],
        '#section-cta-button-list': [(0, 1280, 348)],
        '#section-cta-image-paragraph': [(0, 1280, 1226.2)],
        '#section-stats': [(0, 1280, 714)],
        '#section-testimonials': [(0, 1280, 976)],
    },
    390: {
        '.lk-features-title': [(16, 358, 40)],
        '.lk-features-text': [(16, 358, 24)],
        '.lk-feature': [(16, 358, 118), (16, 358, 118), (16, 358, 118)],
        '.lk-feature-icon': [(16, 40, 40), (16, 40, 40), (16, 40, 40)],
        '.lk-feature-icon svg': [(26, 20, 20), (26, 20, 20), (26, 20, 20)],
        '.lk-feature-name': [(16, 358, 30), (16, 358, 30), (16, 358, 30)],
        '.lk-feature-description': [(16, 358, 24), (16, 358, 24), (16, 358, 24)],
        '.lk-cta-card': [(0, 390, 251)],
        '.lk-cta-card-title': [(101.5, 187, 40)],
        '.lk-cta-card-text': [(32, 326, 63)],
        '.lk-cta-card-button': [(116.3, 157.5, 48)],
        '.lk-button-list-item': [(32, 326, 48), (32, 326, 48)],
        '.lk-button-list-icon svg': [(36, 40, 40), (36, 40, 40)],
        '.lk-button-list-text': [(36, 318, 40), (36, 318, 40)],
        '.lk-cip-image': [(16, 358, 238.5), (16, 358, 238.5)],
        '.lk-cip-title': [(16, 358, 40), (16, 358, 40)],
        '.lk-cip-text': [(16, 358, 24), (16, 358, 24)],
        '.lk-cip-features li': [(16, 358, 24), (16, 358, 24), (16, 358, 24)],
        '.lk-cip-features svg': [(40, 28, 16), (40, 28, 16), (40, 28, 16)],
        '.lk-cip-button': [(16, 124, 41)],
        '.lk-stats-title': [(32, 326, 40)],
        '.lk-stat': [(16, 119.3, 61), (135.3, 119.3, 61), (254.7, 119.3, 61)],
        '.lk-stat-figure': [(16, 119.3, 40), (135.3, 119.3, 40), (254.7, 119.3, 40)],
        '.lk-stat-description': [(16, 119.3, 21), (135.3, 119.3, 21), (254.7, 119.3, 21)],
        '.lk-testimonials-title': [(32, 326, 40)],
        '.lk-testimonial': [(16, 358, 212), (16, 358, 212)],
        '.lk-testimonial-mark svg': [(163, 64, 64), (163, 64, 64)],
        '.lk-testimonial-quote p': [(16, 358, 64), (16, 358, 64)],
        '.lk-testimonial-image': [(112.9, 48, 48), (116.3, 48, 48)],
        '.lk-testimonial-name': [(172.9, 104.3, 24), (176.3, 97.3, 24)],
        '.lk-testimonial-role': [(178.5, 93, 21), (192.1, 65.7, 21)],
        '#section-features': [(0, 390, 786)],
        '#section-cta-card': [(0, 390, 443)],
        '#section-cta-button-list': [(0, 390, 348)],
        '#section-cta-image-paragraph': [(0, 390, 1210)],
        '#section-stats': [(0, 390, 557)],
        '#section-testimonials': [(0, 390, 880)],
    },
}
FONTS = {
    1280: {
        '.lk-features-title': '36px/40px/800',
        '.lk-features-text': '20px/30px/400',
        '.lk-feature': '16px/24px/400',
        '.lk-feature-icon': '16px/24px/400',
        '.lk-feature-icon svg': '16px/24px/400',
        '.lk-feature-name': '20px/30px/700',
        '.lk-feature-description': '16px/24px/400',
        '.lk-cta-card': '16px/24px/400',
        '.lk-cta-card-title': '60px/60px/400',
        '.lk-cta-card-text': '20px/35px/400',
        '.lk-cta-card-button': '16px/24px/400',
        '.lk-button-list-item': '16px/24px/400',
        '.lk-button-list-icon svg': '16px/24px/400',
        '.lk-button-list-text': '16px/24px/600',
        '.lk-cip-image': '16px/24px/400',
        '.lk-cip-title': '36px/40px/800',
        '.lk-cip-text': '18px/27px/300',
        '.lk-cip-features li': '16px/24px/400',
        '.lk-cip-features svg': '16px/24px/400',
        '.lk-cip-button': '14px/21px/500',
        '.lk-stats-title': '36px/40px/800',
        '.lk-stat': '16px/24px/400',
        '.lk-stat-figure': '60px/60px/700',
        '.lk-stat-description': '16px/24px/500',
        '.lk-testimonials-title': '36px/40px/800',
        '.lk-testimonial': '16px/24px/400',
        '.lk-testimonial-mark svg': '16px/24px/400',
        '.lk-testimonial-quote p': '24px/32px/500',
        '.lk-testimonial-image': '16px/24px/400',
        '.lk-testimonial-name': '16px/24px/500',
        '.lk-testimonial-role': '14px/21px/300',
    },
    390: {
        '.lk-features-title': '36px/40px/800',
        '.lk-features-text': '16px/24px/400',
        '.lk-feature': '16px/24px/400',
        '.lk-feature-icon': '16px/24px/400',
        '.lk-feature-icon svg': '16px/24px/400',
        '.lk-feature-name': '20px/30px/700',
        '.lk-feature-description': '16px/24px/400',
        '.lk-cta-card': '16px/24px/400',
        '.lk-cta-card-title': '36px/40px/400',
        '.lk-cta-card-text': '18px/31.5px/400',
        '.lk-cta-card-button': '16px/24px/400',
        '.lk-button-list-item': '16px/24px/400',
        '.lk-button-list-icon svg': '16px/24px/400',
        '.lk-button-list-text': '16px/24px/600',
        '.lk-cip-image': '16px/24px/400',
        '.lk-cip-title': '36px/40px/800',
        '.lk-cip-text': '16px/24px/300',
        '.lk-cip-features li': '16px/24px/400',
        '.lk-cip-features svg': '16px/24px/400',
        '.lk-cip-button': '14px/21px/500',
        '.lk-stats-title': '36px/40px/800',
        '.lk-stat': '16px/24px/400',
        '.lk-stat-figure': '36px/40px/700',
        '.lk-stat-description': '14px/21px/500',
        '.lk-testimonials-title': '36px/40px/800',
        '.lk-testimonial': '16px/24px/400',
        '.lk-testimonial-mark svg': '16px/24px/400',
        '.lk-testimonial-quote p': '24px/32px/500',
        '.lk-testimonial-image': '16px/24px/400',
        '.lk-testimonial-name': '16px/24px/500',
        '.lk-testimonial-role': '14px/21px/300',
    },
}
COLOURS = {
    'light': {
        '.lk-features-title': ('17 24 39', 'none'),
        '.lk-features-text': ('107 114 128', 'none'),
        '.lk-feature': ('0 0 0', 'none'),
        '.lk-feature-icon': ('37 99 235', '219 234 254'),
        '.lk-feature-icon svg': ('37 99 235', 'none'),
        '.lk-feature-name': ('0 0 0', 'none'),
        '.lk-feature-description': ('107 114 128', 'none'),
        '.lk-cta-card': ('0 0 0', '0 0 0'),
        '.lk-cta-card-title': ('255 255 255', 'none'),
        '.lk-cta-card-text': ('243 244 246', 'none'),
        '.lk-cta-card-button': ('0 0 0', '255 255 255'),
        '.lk-button-list-item': ('0 0 0', '243 244 246'),
        '.lk-button-list-icon svg': ('55 65 81', 'none'),
        '.lk-button-list-text': ('55 65 81', 'none'),
        '.lk-cip-image': ('0 0 0', 'none'),
        '.lk-cip-title': ('17 24 39', 'none'),
        '.lk-cip-text': ('107 114 128', 'none'),
        '.lk-cip-features li': ('0 0 0', 'none'),
        '.lk-cip-features svg': ('0 0 0', 'none'),
        '.lk-cip-button': ('255 255 255', '29 78 216'),
        '.lk-stats-title': ('17 24 39', 'none'),
        '.lk-stat': ('0 0 0', 'none'),
        '.lk-stat-figure': ('0 0 0', 'none'),
        '.lk-stat-description': ('31 41 55', 'none'),
        '.lk-testimonials-title': ('17 24 39', 'none'),
        '.lk-testimonial': ('0 0 0', 'none'),
        '.lk-testimonial-mark svg': ('156 163 175', 'none'),
        '.lk-testimonial-quote p': ('17 24 39', 'none'),
        '.lk-testimonial-image': ('0 0 0', 'none'),
        '.lk-testimonial-name': ('17 24 39', 'none'),
        '.lk-testimonial-role': ('107 114 128', 'none'),
    },
    'dark': {
        '.lk-features-title': ('255 255 255', 'none'),
        '.lk-features-text': ('156 163 175', 'none'),
        '.lk-feature': ('255 255 255', 'none'),
        '.lk-feature-icon': ('147 197 253', '30 58 138'),
        '.lk-feature-icon svg': ('147 197 253', 'none'),
        '.lk-feature-name': ('255 255 255', 'none'),
        '.lk-feature-description': ('156 163 175', 'none'),
        '.lk-cta-card': ('255 255 255', '0 0 0'),
        '.lk-cta-card-title': ('255 255 255', 'none'),
        '.lk-cta-card-text': ('243 244 246', 'none'),
        '.lk-cta-card-button': ('0 0 0', '255 255 255'),
        '.lk-button-list-item': ('255 255 255', '243 244 246'),
        '.lk-button-list-icon svg': ('55 65 81', 'none'),
        '.lk-button-list-text': ('55 65 81', 'none'),
        '.lk-cip-image': ('255 255 255', 'none'),
        '.lk-cip-title': ('255 255 255', 'none'),
        '.lk-cip-text': ('156 163 175', 'none'),
        '.lk-cip-features li': ('255 255 255', 'none'),
        '.lk-cip-features svg': ('255 255 255', 'none'),
        '.lk-cip-button': ('255 255 255', '29 78 216'),
        '.lk-stats-title': ('255 255 255', 'none'),
        '.lk-stat': ('255 255 255', 'none'),
        '.lk-stat-figure': ('255 255 255', 'none'),
        '.lk-stat-description': ('209 213 219', 'none'),
        '.lk-testimonials-title': ('255 255 255', 'none'),
        '.lk-testimonial': ('255 255 255', 'none'),
        '.lk-testimonial-mark svg': ('107 114 128', 'none'),
        '.lk-testimonial-quote p': ('255 255 255', 'none'),
        '.lk-testimonial-image': ('255 255 255', 'none'),
        '.lk-testimonial-name': ('255 255 255', 'none'),
        '.lk-testimonial-role': ('156 163 175', 'none'),
    },
}


MEASURE = """sels => Object.fromEntries(sels.map(s => [s, [...document.querySelectorAll(s)]
    .map(e => { const r = e.getBoundingClientRect(), c = getComputedStyle(e);
      return [Math.round(r.x * 10) / 10, Math.round(r.width * 10) / 10,
              Math.round(r.height * 10) / 10, c.fontSize + '/' + c.lineHeight + '/' + c.fontWeight,
              c.color, c.backgroundColor, c.borderRightWidth] })]))"""


def rgb(text: str) -> str:
    return "rgba(0, 0, 0, 0)" if text == "none" else f"rgb({text.replace(' ', ', ')})"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("landing-blocks")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    for look in ("tailwind", "bootstrap"):
        site = root / look
        shutil.copytree(SITES / f"blocks-a-{look}", site)
        if look == "tailwind":
            draw(site)
        export.export_page(lk.load(site / "content" / "_index.md"), root / f"{look}.html")
    yield root
    mp.undo()


def opened(page, path: Path, viewport: dict, scheme: str) -> dict:
    log = open_page(page, path, viewport, scheme)
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []
    assert page.locator(".lk-unknown").count() == 0  # no block is left as a notice
    assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    assert page.evaluate("document.documentElement.scrollWidth") == viewport["width"]
    return page.evaluate(MEASURE, sorted({*BOXES[1280], *FONTS[1280], *COLOURS["light"]}))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_tailwind_blocks_measure_as_the_theme_draws_them(page, built, viewport, scheme):
    found = opened(page, built / "tailwind.html", viewport, scheme)
    width = viewport["width"]
    for selector, boxes in BOXES[width].items():
        got = [tuple(box[:3]) for box in found[selector]]
        assert len(got) == len(boxes), selector
        for want, have in zip(boxes, got):
            assert all(abs(a - b) <= SLACK for a, b in zip(want, have)), (selector, want, have)
    for selector, font in FONTS[width].items():
        assert found[selector][0][3] == font, selector
    for selector, (colour, background) in COLOURS[scheme].items():
        assert found[selector][0][4:6] == [rgb(colour), rgb(background)], selector
    # stats: a gray-200 rule right of every figure but the last, from md only
    assert [box[6] for box in found[".lk-stat"]] == (
        ["1px", "1px", "0px"] if width == 1280 else ["0px", "0px", "0px"])


#: blox-bootstrap v5.9.7's featurette in dark mode (the build above): (height, font, colour)
BOOTSTRAP_DARK = {
    1280: {".lk-featurette-heading": (103.7, "16.8px/25.2px/400", "rgb(255, 255, 255)"),
           ".lk-featurette-heading h1": (59.1, "47.25px/59.0625px/400", "rgb(255, 255, 255)"),
           ".lk-featurette-heading p": (34.6, "23.1px/34.65px/400", "rgb(158, 158, 158)"),
           ".lk-featurette-text": (25.2, "16.8px/25.2px/400", "rgb(255, 255, 255)"),
           ".lk-featurette-item": (164.1, "16.8px/25.2px/400", "rgb(255, 255, 255)"),
           ".lk-featurette-icon": (94.5, "63px/94.5px/400", "rgb(187, 222, 251)"),
           ".lk-featurette-name": (39.4, "26.25px/39.375px/400", "rgb(255, 255, 255)"),
           ".lk-featurette-item p": (25.2, "16.8px/25.2px/400", "rgb(255, 255, 255)")},
    390: {".lk-featurette-heading": (82.1, "12.936px/19.404px/400", "rgb(255, 255, 255)"),
          ".lk-featurette-heading h1": (45.5, "36.3825px/45.4781px/400", "rgb(255, 255, 255)"),
          ".lk-featurette-heading p": (26.7, "17.787px/26.6805px/400", "rgb(158, 158, 158)"),
          ".lk-featurette-text": (19.4, "12.936px/19.404px/400", "rgb(255, 255, 255)"),
          ".lk-featurette-item": (127.5, "12.936px/19.404px/400", "rgb(255, 255, 255)"),
          ".lk-featurette-icon": (72.8, "48.51px/72.765px/400", "rgb(187, 222, 251)"),
          ".lk-featurette-name": (30.3, "20.2125px/30.3188px/400", "rgb(255, 255, 255)"),
          ".lk-featurette-item p": (19.4, "12.936px/19.404px/400", "rgb(255, 255, 255)")},
}
#: the same in light mode, from the SCSS: #555 text, #313131 h1, rgba(0,0,0,.54) subtitle,
#: #333 names, the primary (#1565c0) icons
BOOTSTRAP_LIGHT = {".lk-featurette-heading": "rgb(85, 85, 85)",
                   ".lk-featurette-heading h1": "rgb(49, 49, 49)",
                   ".lk-featurette-heading p": "rgba(0, 0, 0, 0.54)",
                   ".lk-featurette-text": "rgb(85, 85, 85)",
                   ".lk-featurette-item": "rgb(85, 85, 85)",
                   ".lk-featurette-icon": "rgb(21, 101, 192)",
                   ".lk-featurette-name": "rgb(51, 51, 51)",
                   ".lk-featurette-item p": "rgb(85, 85, 85)"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_bootstrap_features_measure_as_the_theme_draws_them(page, built, viewport, scheme):
    log = open_page(page, built / "bootstrap.html", viewport, scheme)
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []
    assert page.locator(".lk-unknown").count() == 0
    width = viewport["width"]
    found = page.evaluate(MEASURE, [*BOOTSTRAP_DARK[width], ".lk-featurette",
                                    ".lk-featurette-icon svg"])
    for selector, (height, font, colour) in BOOTSTRAP_DARK[width].items():
        for box in found[selector]:
            want = colour if scheme == "dark" else BOOTSTRAP_LIGHT[selector]
            assert (box[2], box[3], box[4]) == (height, font, want), selector
    icon = 63 if width == 1280 else 48.5  # 3rem of the 21 px (16.17 px below 58em) rem
    assert [box[1:3] for box in found[".lk-featurette-icon svg"]] == [[icon, icon]] * 3
    row = found[".lk-featurette"][0]
    items = found[".lk-featurette-item"]
    if width == 1280:  # col-sm-4: three equal columns side by side, filling the row
        third = round(row[1] / 3, 1)
        assert [box[:2] for box in items] == [
            [round(row[0] + n * row[1] / 3, 1), third] for n in range(3)]
    else:  # col-12: stacked, each the whole row
        assert [box[:2] for box in items] == [row[:2]] * 3
        tops = page.evaluate("""[...document.querySelectorAll('.lk-featurette-item')]
            .map(e => e.getBoundingClientRect().top)""")
        assert tops == sorted(tops) and len(set(tops)) == 3
