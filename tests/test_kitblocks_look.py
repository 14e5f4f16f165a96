"""The 2026 kit's focus-areas, logos, faq, tech-stack and steps on a page: tests/sites/
kitblocks-kit exported by landingkit and measured in Chromium against the figures of the same
page built with the real kit; and research-areas on a blox-tailwind site in its look.

The real build (HugoBlox/kit f107371d, Hugo 0.168, Node 22 and @tailwindcss/cli 4,
@tailwindcss/typography 0.5 and preact 10 from npm, all in /tmp), as tests/test_kitlook_look.py
says: modules/blox and modules/analytics extracted to M, then
    cp -r tests/sites/kitblocks-kit/. S/   # plus security.exec.allow ^tailwindcss$ and
    # build.buildStats.enable in S/config/_default/hugo.yaml, node_modules copied into S
    PATH=S/node_modules/.bin:$PATH GOPROXY=off GOFLAGS=-mod=mod \\
      HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/kit/modules/blox->$M/blox,\\
    github.com/HugoBlox/kit/modules/analytics->$M/analytics" \\
      hugo build --source S --destination OUT   # twice: Tailwind reads hugo_stats.json
    python -m http.server --directory OUT; Chromium at 1280x900 and 390x900, light and dark,
    scrolled through once, getBoundingClientRect / getComputedStyle.
logos, faq and steps are Preact islands there, drawn by their scripts; landingkit draws them
without one. The kit's logos and steps components stop on a block without `design` (they
read `design.layout` of null), so the fixture gives both a `design`. The snapshot's
data/icons/brands.json is empty, so the real page's GitHub logo is its name: its slot is left
out of the comparison (here it is the icon, as on a kit with its icon data).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from kitblocks_site import KIT, SITES

import landingkit as lk
from landingkit import export
from landingkit.cli import main

#: the real build's sections: (x, y, width, height) at 1280 and 390 px
REAL_SECTIONS = {
    1280: {"areas": (0, 54, 1280, 1167), "funders": (0, 1221, 1280, 508),
           "faq": (0, 1728, 1280, 919), "tools": (0, 2648, 1280, 846),
           "steps": (0, 3493, 1280, 847)},
    390: {"areas": (0, 54, 390, 1940), "funders": (0, 1994, 390, 520),
          "faq": (0, 2513, 390, 827), "tools": (0, 3340, 390, 842),
          "steps": (0, 4182, 390, 795)},
}
#: the real build's parts: selectors here -> (x, y, width, height) of each match, in order
REAL_PARTS = {
    1280: {
        "#areas h2": [(256, 246, 768, 48)],
        "#areas .lk-fa-item": [(32, 442, 379, 490), (451, 442, 379, 490), (869, 442, 379, 490)],
        "#areas .lk-fa-band": [(32, 442, 379, 192), (451, 442, 379, 192), (869, 442, 379, 192)],
        "#areas .lk-fa-status span": [(334, 460, 61, 23), (734, 460, 79, 23),
                                      (1158, 460, 74, 23)],
        "#areas .lk-fa-cta": [(56, 871, 331, 36)], "#areas .lk-fa-button": [(559, 979, 162, 50)],
        "#funders .lk-logos-title": [(32, 1381, 1216, 16)],
        "#funders .lk-logos-item:first-child": [(448, 1455, 128, 64)],
        "#funders .lk-logos-item:last-child": [(704, 1465, 128, 44)],
        "#funders img": [(492, 1467, 40, 40)], "#funders .lk-logos-cta a": [(571, 1546, 139, 20)],
        "#faq h2": [(256, 1948, 768, 48)], "#faq .lk-faq-list": [(256, 2156, 768, 212)],
        "#faq summary": [(256, 2156, 768, 70), (256, 2227, 768, 70), (256, 2298, 768, 70)],
        "#faq .lk-faq-plus": [(972, 2178, 28, 28), (972, 2249, 28, 28), (972, 2320, 28, 28)],
        "#faq .lk-faq-button": [(574, 2408, 132, 48)],
        "#tools h2": [(96, 2808, 1088, 40)],
        "#tools .lk-ts-item": [(492, 2980, 140, 152), (648, 2980, 140, 152),
                               (492, 3219, 140, 114), (648, 3219, 140, 114)],
        "#tools .lk-ts-bar": [(509, 3085, 106, 4), (665, 3085, 106, 4)],
        "#steps h2": [(304, 3685, 672, 40)],
        "#steps li": [(304, 3821, 672, 167), (304, 3988, 672, 128), (304, 4116, 672, 64)],
        "#steps .lk-steps-marker": [(304, 3821, 40, 40), (304, 3988, 40, 40),
                                    (304, 4116, 40, 40)],
        "#steps .lk-steps-line": [(323, 3869, 2, 111), (323, 4036, 2, 72)],
    },
    390: {
        "#areas h2": [(16, 214, 358, 36)],
        "#areas .lk-fa-item": [(16, 382, 358, 490), (16, 903, 358, 454), (16, 1389, 358, 347)],
        "#areas .lk-fa-button": [(114, 1784, 162, 50)],
        "#funders .lk-logos-item:first-child": [(67, 2212, 128, 64)],
        "#funders .lk-logos-item:last-child": [(131, 2276, 128, 44)],  # wrapped to a row
        "#funders img": [(111, 2224, 40, 40)],
        "#faq h2": [(16, 2701, 358, 36)], "#faq .lk-faq-list": [(16, 2880, 358, 212)],
        "#faq summary": [(16, 2880, 358, 70), (16, 2951, 358, 70), (16, 3022, 358, 70)],
        "#faq .lk-faq-button": [(129, 3132, 132, 48)],
        "#tools h2": [(16, 3500, 358, 36)],
        "#tools .lk-ts-item": [(16, 3668, 171, 152), (203, 3668, 171, 152),
                               (16, 3908, 171, 114), (203, 3908, 171, 114)],
        "#steps h2": [(16, 4358, 358, 36)],
        "#steps li": [(16, 4474, 358, 167), (16, 4641, 358, 128), (16, 4769, 358, 64)],
    },
}
#: the same at tests/sites/kitblocks-kit/content/layouts/ (the other layouts), measured so
LAYOUT_SECTIONS = {
    1280: {"hexagon": (0, 54, 1280, 756), "timeline": (0, 810, 1280, 783),
           "across": (0, 1593, 1280, 579), "events": (0, 2172, 1280, 686),
           "grid": (0, 2857, 1280, 364), "pills": (0, 3221, 1280, 446),
           "prices": (0, 3667, 1280, 998), "compare": (0, 4665, 1280, 1036)},
    390: {"hexagon": (0, 54, 390, 856), "timeline": (0, 910, 390, 742),
          "across": (0, 1652, 390, 564), "events": (0, 2216, 390, 626),
          "grid": (0, 2841, 390, 400), "pills": (0, 3241, 390, 442),
          "prices": (0, 3683, 390, 1580), "compare": (0, 5263, 390, 1169)},
}
LAYOUT_PARTS = {
    1280: {
        "#hexagon .lk-fa-hexagon-box": [(402, 388, 200, 200), (678, 388, 200, 200)],
        "#timeline .lk-fa-event-box": [(32, 1114, 507, 126), (32, 1287, 507, 114)],
        "#timeline .lk-fa-dot": [(624, 1160, 32, 32), (624, 1328, 32, 32)],
        "#across .lk-steps-across .lk-steps-marker": [(271, 1849, 56, 56), (612, 1849, 56, 56),
                                                      (953, 1849, 56, 56)],
        "#across .lk-steps-rail": [(156, 1877, 968, 2)],
        "#across .lk-steps-column": [(128, 1929, 341, 83), (469, 1929, 341, 83),
                                     (811, 1929, 341, 83)],
        # the kit's cards are half of what the marker leaves (md:max-w-[calc(50%-2rem)]
        # has no rule in the build)
        "#events .lk-steps-card": [(192, 2428, 412, 125), (676, 2600, 412, 97)],
        "#events .lk-steps-marker": [(636, 2428, 40, 40), (604, 2600, 40, 40)],
        "#grid .lk-logos-item:nth-child(-n+4)": [(32, 3017, 128, 44), (239, 3017, 128, 44),
                                                 (445, 3017, 128, 44), (652, 3017, 128, 44)],
        "#pills .lk-ts-pill": [(544, 3469, 109, 38), (666, 3469, 70, 38)],
        "#prices .lk-pr-tier": [(32, 4099, 384, 374), (448, 4099, 384, 374),
                                (864, 4099, 384, 374)],
        "#prices .lk-pr-switch": [(581, 4007, 48, 28)],
        "#prices .lk-pr-cta": [(64, 4269, 320, 44), (482, 4278, 316, 44)],
        "#prices .lk-pr-badge": [(602, 4083, 77, 24)],
        "#compare table": [(64, 5053, 1152, 456)],
        "#compare th": [(64, 5053, 384, 98), (448, 5053, 256, 98), (704, 5053, 256, 98),
                        (960, 5053, 256, 98)],
        "#compare tbody tr:nth-child(-n+4)": [(64, 5151, 1152, 69), (64, 5220, 1152, 71),
                                              (64, 5291, 1152, 77), (64, 5368, 1152, 53)],
        "#compare .lk-ct-ring": [(444, 5033, 264, 476)],
        "#compare .lk-ct-tab span": [(548, 5022, 55, 24)],
        "#compare td a": [(491, 5445, 169, 40)],
    },
    390: {
        "#hexagon .lk-fa-hexagon-box": [(120, 328, 150, 150), (120, 570, 150, 150)],
        "#timeline .lk-fa-event-box": [(16, 1154, 149, 151), (16, 1353, 149, 139)],
        "#across .lk-steps-stack li": [(16, 1872, 358, 45), (16, 1949, 358, 45),
                                       (16, 2026, 358, 45)],
        "#events .lk-steps-card": [(16, 2436, 302, 125), (16, 2600, 302, 97)],
        "#events .lk-steps-marker": [(334, 2436, 40, 40), (334, 2600, 40, 40)],
        # three 128 px slots in three columns of 119 px: the kit's overflow, as it is
        "#grid .lk-logos-item:nth-child(-n+4)": [(16, 2985, 128, 44), (143, 2985, 128, 44),
                                                 (271, 2985, 128, 44), (16, 3053, 128, 44)],
        "#prices .lk-pr-tier": [(16, 4055, 358, 363), (16, 4450, 358, 374),
                                (16, 4856, 358, 247)],
        "#prices .lk-pr-cta": [(48, 4225, 294, 44), (50, 4629, 290, 44)],
        "#compare .lk-ct-mobile": [(16, 5571, 358, 274), (16, 5861, 358, 210),
                                   (16, 6086, 358, 186)],
    },
}
BOXES = """(selectors) => Object.fromEntries(selectors.map(s => [s,
    [...document.querySelectorAll(s)].map(e => { const r = e.getBoundingClientRect();
      return [r.x, r.y + scrollY, r.width, r.height].map(Math.round); })]))"""
STYLE = """(pairs) => pairs.map(([s, p]) =>
    getComputedStyle(document.querySelector(s)).getPropertyValue(p))"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kitblocks") / "home.html"
    export.export_page(lk.load(KIT / "content" / "_index.md"), out)
    return out


def near(found, real) -> bool:
    """The width as measured; x, y and height within 1 px (the real figures are rounded
    positions: a fraction of a text's width moves the next box, the rounding of one
    section's height the next section, by one)."""
    return found[2] == real[2] and all(
        abs(a - b) <= 1 for a, b in ((found[0], real[0]), (found[1], real[1]),
                                     (found[3], real[3])))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_blocks_are_laid_out_as_the_kit_lays_them_out(page, built, viewport):
    width = viewport["width"]
    log = open_page(page, built, {"width": width, "height": 900})
    found = page.evaluate(BOXES, [f"#{name}" for name in REAL_SECTIONS[width]])
    assert {name: near(found[f"#{name}"][0], real)
            for name, real in REAL_SECTIONS[width].items()} == dict.fromkeys(
        REAL_SECTIONS[width], True), found
    parts = page.evaluate(BOXES, list(REAL_PARTS[width]))
    assert {s: len(parts[s]) == len(real) and all(map(near, parts[s], real))
            for s, real in REAL_PARTS[width].items()} == dict.fromkeys(
        REAL_PARTS[width], True), parts
    assert page.locator(".lk-block-unknown, .lk-note").count() == 0  # no notice
    # the closed answers take no room; a question opens its answer without script
    answer = "#faq details:first-child .lk-faq-answer"
    assert page.locator(answer).is_visible() is False
    page.locator("#faq summary").first.click()
    assert page.locator(answer).is_visible() is True
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])
    assert [u for u in log.requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_other_layouts_are_laid_out_as_the_kit_lays_them_out(page, tmp_path, viewport):
    """hexagon and timeline focus-areas, horizontal and timeline steps, a logos grid,
    tech-stack pills, pricing and a comparison table (content/layouts/ of the fixture, built
    with the kit as above); the billing switch shows the yearly prices without script."""
    width = viewport["width"]
    out = tmp_path / "layouts.html"
    export.export_page(lk.load(KIT / "content" / "layouts" / "index.md"), out)
    log = open_page(page, out, {"width": width, "height": 900})
    found = page.evaluate(BOXES, [f"#{name}" for name in LAYOUT_SECTIONS[width]])
    assert {name: near(found[f"#{name}"][0], real)
            for name, real in LAYOUT_SECTIONS[width].items()} == dict.fromkeys(
        LAYOUT_SECTIONS[width], True), found
    parts = page.evaluate(BOXES, list(LAYOUT_PARTS[width]))
    assert {s: len(parts[s]) == len(real) and all(map(near, parts[s], real))
            for s, real in LAYOUT_PARTS[width].items()} == dict.fromkeys(
        LAYOUT_PARTS[width], True), parts
    figures = "[...document.querySelectorAll('#prices .lk-pr-figure')].filter(e => " \
              "e.offsetParent).map(e => e.textContent)"
    assert page.evaluate(figures) == ["10"]
    page.locator("#prices .lk-pr-switch").click()
    assert page.evaluate(figures) == ["96"]
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", ["rgb(79, 70, 229)", "rgb(255, 255, 255)", "rgb(243, 244, 246)",
               "rgb(255, 255, 255)", "rgb(249, 250, 251)", "rgb(79, 70, 229)",
               "rgb(67, 56, 202)", "rgb(156, 163, 175)"]),
    ("dark", ["rgb(96, 165, 250)", "rgb(31, 41, 55)", "rgb(55, 65, 81)", "rgb(31, 41, 55)",
              "rgba(255, 255, 255, 0.03)", "rgb(59, 130, 246)", "rgb(147, 197, 253)",
              "rgb(107, 114, 128)"]),
])
def test_the_kits_colours_light_and_dark(page, built, scheme, expected):
    """The real build's computed colours, Tailwind's oklch written as sRGB: the primary is
    indigo in the light (600 #4f46e5, 700 #4338ca) and blue in the dark (400 #60a5fa, 500
    #3b82f6, 300 #93c5fd), cards gray-800 #1f2937 in the dark, tiles white at 3 %."""
    open_page(page, built, scheme=scheme)
    assert page.evaluate(STYLE, [
        ["#areas .lk-fa-subtitle", "color"], ["#areas .lk-fa-card", "background-color"],
        ["#areas .lk-fa-topic", "background-color"], ["#faq .lk-faq-list", "background-color"],
        ["#tools .lk-ts-item", "background-color"],
        ["#steps .lk-steps-marker", "background-color"], ["#steps .lk-steps-badge", "color"],
        ["#funders .lk-logos-title", "color"]]) == expected


def test_the_blocks_in_the_tailwind_look(page, tmp_path):
    """research-areas, logos and faq on a blox-tailwind site, from v0.10.0's classes: three
    columns of areas from 1024 px (lg:grid-cols-3), one below 768 px; logos 64 px high from
    1024 px (lg:h-16), 48 px below 640 px (h-12); questions 768 px wide (max-w-3xl)."""
    out = tmp_path / "home.html"
    export.export_page(lk.load(SITES / "kitblocks-tailwind" / "content" / "_index.md"), out)
    for viewport, columns, logo, questions in ((DESKTOP, 3, 64, 768), (PHONE, 1, 48, 342)):
        log = open_page(page, out, viewport)
        found = page.evaluate(BOXES, ["#areas .lk-fa-item", "#areas .lk-fa-band",
                                      "#funders img", "#faq details"])
        boxes = found["#areas .lk-fa-item"]
        assert len({y for _, y, _, _ in boxes[:columns]}) == 1  # side by side, then stacked
        assert len({x for x, _, _, _ in boxes}) == columns
        assert [h for *_, h in found["#areas .lk-fa-band"]] == [192, 192, 192]
        assert [h for *_, h in found["#funders img"]] == [logo]
        assert [w for _, _, w, _ in found["#faq details"]] == [questions] * 2
        assert page.locator(".lk-block-unknown").count() == 0
        assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])


@pytest.mark.parametrize("name", ["kitblocks-kit", "kitblocks-tailwind"])
def test_check_no_longer_says_they_do_not_render(capsys, monkeypatch, name):
    monkeypatch.chdir(SITES / name)
    assert main(["check", "."]) == 0
    out, err = capsys.readouterr()
    assert "does not render yet" not in out + err
    assert (out + err).strip().splitlines()[-1] == "0 errors, 0 warnings"
