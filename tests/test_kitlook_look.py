"""A kit site's page as the 2026 kit draws it: tests/sites/kitlook-look (hero, markdown,
collections in the `card`, `date-title-summary`, `article-grid` and `citation` views,
team-showcase, the frame) exported by landingkit
and measured in Chromium against the figures of the same page built with the real kit.

The real build (HugoBlox/kit f107371d, Hugo 0.168, Node 22 and @tailwindcss/cli 4.3.5,
@tailwindcss/typography 0.5 and preact 10 from npm, all in /tmp):
    K=kit.git; M=/tmp/mods   # modules/blox and modules/analytics extracted file by file
    # (git ls-tree -r, git cat-file blob; plotly.min.js and data/icons/{brands,devicon}.json,
    # which the snapshot lacks, written as {})
    cp -r tests/sites/kitlook-look/. S/; cd S
    npm install node@22 @tailwindcss/cli@4 tailwindcss@4 @tailwindcss/typography@0 preact@10
    # S/config/_default/hugo.yaml, as a kit starter's: `build: {buildStats: {enable: true}}`
    # and `security.exec.allow` with ^tailwindcss$ besides Hugo's defaults
    PATH=S/node_modules/.bin:$PATH GOPROXY=off GOFLAGS=-mod=mod \\
      HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/kit/modules/blox->$M/blox,\\
    github.com/HugoBlox/kit/modules/analytics->$M/analytics" \\
      hugo build --source S --destination OUT   # twice: Tailwind reads hugo_stats.json
    python -m http.server --directory OUT; Chromium at 1280x900 and 390x900, light and dark,
    each page scrolled through once (lazy images), getBoundingClientRect / getComputedStyle.
The hero is a Preact island there (drawn by its script); landingkit draws it without one.
The credit words of three base URLs (example.org, lab.example.edu, tidewater.example.net)
were read from three such builds.
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export
from landingkit.frame import kit_credit

SITE = Path(__file__).resolve().parent / "sites" / "kitlook-look"

#: the real build's figures: (x, y, width, height) of each section at 1280 and 390 px
REAL_SECTIONS = {
    1280: {"header": (0, 0, 1280, 74), "hero": (0, 74, 1280, 772),
           "news": (0, 1302, 1280, 2105), "recent": (0, 3406, 1280, 727),
           "grid": (0, 4133, 1280, 1358), "cites": (0, 5491, 1280, 457),
           "team": (0, 5948, 1280, 835), "footer": (0, 6879, 1280, 54)},
    390: {"header": (0, 0, 390, 54), "hero": (0, 54, 390, 636), "news": (0, 1102, 390, 1615),
          "recent": (0, 2717, 390, 824), "grid": (0, 3541, 390, 1590),
          "cites": (0, 5130, 390, 441), "team": (0, 5571, 390, 1996),
          "footer": (0, 7663, 390, 54)},
}
SECTIONS = {"header": ".lk-header", "hero": "#section-hero", "news": "#news",
            "recent": "#section-content-collection", "grid": "#grid", "cites": "#cites",
            "team": "#team", "footer": ".lk-footer"}
#: the article-grid's cards and the citations: (x, width, height)
REAL_GRID = {1280: [(148, 472, 514), (660, 472, 514), (148, 472, 488)],
             390: [(56, 278, 415), (56, 278, 389), (56, 278, 414)]}
#: the team grid's row at 1280 px (four columns), Mara Lind's card at 390 px (one column)
REAL_TEAM_ROW = {1280: 547, 390: 605}
REAL_CITES = {1280: [(256, 768, 26)] * 3, 390: [(24, 342, 26)] * 3}
#: the real build's cards of the News block: (x, y, width, height), and at 1280 px the
#: image band and the title, summary, date and "Read more" from the card's top
REAL_CARDS = {1280: (315, 650, 588), 390: (24, 342, 425)}
REAL_CARD_PARTS = {"img": (0, 650, 366), "h3": (397, 586, 25), ".lk-kit-card-summary":
                   (438, 586, 26), "time": (493, 72, 16), ".lk-kit-card-more a": (533, 96, 20)}

GEOMETRY = """(selectors) => Object.fromEntries(Object.entries(selectors).map(([k, s]) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return [k, [r.x, r.y + scrollY, r.width, r.height].map(Math.round)]; }))"""
STYLE = """([selector, names]) => { const c = getComputedStyle(document.querySelector(selector));
    return names.map(n => c.getPropertyValue(n)); }"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("kitlook")
    out = root / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


def test_the_kit_card_and_footer_as_text(built):
    html = re.sub(r'src="data:[^"]*"', 'src=""', built.read_text(encoding="utf-8"))
    card = html[html.index('<article class="lk-kit-card">'):]
    assert card[:card.index("</article>")] == (
        '<article class="lk-kit-card">\n<div class="lk-kit-card-media"><a href="https://'
        'example.org/posts/dune-survey/"><img alt="Spring dune survey featured '
        'image" src="" loading="lazy" decoding="async"></a></div>\n<div class="lk-kit-card-body">'
        '\n<h3 class="lk-kit-card-title"><a href="https://example.org/posts/dune-survey/">Spring '
        'dune survey</a></h3>\n<p class="lk-kit-card-summary">Twelve transects across the '
        'northern dunes, flown twice.</p>\n<div class="lk-kit-card-meta">\n<div class="lk-kit-'
        'card-facts"><time class="lk-kit-wide" datetime="2026-04-12">Apr 12, 2026</time><span '
        'class="lk-kit-dot lk-kit-wide">•</span><span class="lk-kit-wide">1 min read</span></div>'
        '\n<div class="lk-kit-card-more"><a href="https://'
        'example.org/posts/dune-survey/"><span>Read more</span><svg class="lk-icon" fill="none" '
        'stroke="currentColor" viewBox="0 0 24 24" aria-hidden="true"><path stroke-linecap="round"'
        ' stroke-linejoin="round" stroke-width="2" d="M17 8l4 4m0 0l-4 4m4-4H3"/></svg></a></div>'
        '\n</div>\n</div>\n')
    footer = html[html.index('<footer class="lk-footer">'):]
    assert footer[:footer.index("</footer>")] == (
        '<footer class="lk-footer">\n<p>© 2026 Tidewater Lab</p>\n<p class="lk-kit-credit">'
        'Made with <a href="https://hugoblox.com/" target="_blank" rel="noopener">Hugo Blox Kit'
        '</a>. <a class="lk-kit-cta" href="https://hugo.chat/" target="_blank" rel="noopener">'
        'Create your site →</a></p>\n')
    assert re.findall(r'<time class="lk-dts-date" datetime="[^"]*">([^<]*)', html) == [
        "April 12, 2026", "February 3, 2026", "November 20, 2025"]  # the kit's :date_long
    assert re.search(r'<a class="lk-brand"[^>]*><span>Tidewater Lab</span></a>', html)


def test_the_kits_credit_words_follow_the_base_url():
    assert [kit_credit(url) for url in ("https://example.org/", "https://lab.example.edu/",
                                        "https://tidewater.example.net/")] == [
        ("Hugo Blox Kit", "Create your site →"), ("Hugo Blox — Open Source", "Build your site →"),
        ("Hugo Blox Kit", "Start free →")]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_page_is_laid_out_as_the_kit_lays_it_out(page, built, viewport):
    width = viewport["width"]
    log = open_page(page, built, {"width": width, "height": 900})
    for y in range(0, 6000, 500):  # the lazy images, as on the real page
        page.evaluate(f"scrollTo(0, {y})")
    page.evaluate("scrollTo(0, 0)")
    found = page.evaluate(GEOMETRY, SECTIONS)
    for name, (x, y, w, h) in REAL_SECTIONS[width].items():
        fx, fy, fw, fh = found[name]
        assert (fx, fw) == (x, w), name
        # the real figures are rounded positions: 1 px either way
        assert abs(fy - y) <= 1 and abs(fh - h) <= 1, (name, found[name], (x, y, w, h))
    cards = page.evaluate("""[...document.querySelectorAll('#news .lk-kit-card')].map(e => {
        const r = e.getBoundingClientRect(); return [r.x, r.width, r.height].map(Math.round) })""")
    assert cards == [list(REAL_CARDS[width])] * 3
    team = page.evaluate("""[...document.querySelectorAll('#team .lk-card')].map(e =>
        Math.round(e.getBoundingClientRect().height))""")
    assert max(team) == REAL_TEAM_ROW[width]  # the grid's row: its tallest card, Mara Lind's
    boxes = """(s) => [...document.querySelectorAll(s)].map(e => {
        const r = e.getBoundingClientRect(); return [r.x, r.width, r.height].map(Math.round) })"""
    assert page.evaluate(boxes, "#grid .lk-kit-card") == [list(c) for c in REAL_GRID[width]]
    assert page.evaluate(boxes, "#cites .lk-citation") == [list(c) for c in REAL_CITES[width]]
    tops = page.evaluate("[...document.querySelectorAll('#cites .lk-citation')].map(e => "
                         "e.getBoundingClientRect().y)")
    assert [round(b - a) for a, b in itertools.pairwise(tops)] == [42, 42]  # 5727, 5769, 5811
    if width == 1280:
        parts = page.evaluate("""(names) => { const card = document.querySelector(
            '#news .lk-kit-card'), top = card.getBoundingClientRect().y;
            return Object.fromEntries(names.map(n => { const r = card.querySelector(n)
              .getBoundingClientRect(); return [n, [r.y - top, r.width, r.height]
              .map(Math.round)] })) }""", list(REAL_CARD_PARTS))
        # the real figures are differences of rounded positions: 1 px either way
        assert {k: [abs(a - b) <= 1 for a, b in zip(parts[k], v)] for k, v in
                REAL_CARD_PARTS.items()} == {k: [True] * 3 for k in REAL_CARD_PARTS}, parts
        h1 = page.evaluate(GEOMETRY, {"h1": "#section-hero h1", "a": ".lk-kit-action-gradient"})
        assert h1 == {"h1": [304, 330, 672, 120], "a": [525, 546, 136, 44]}
        menu = page.evaluate("[...document.querySelectorAll('.lk-nav-link')].map(e => "
                             "Math.round(e.getBoundingClientRect().x))")
        assert [abs(x - real) <= 1 for x, real in zip(menu, (564, 657, 749))] == [True] * 3
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])
    assert [u for u in log.requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", {"page": ["rgb(255, 255, 255)", "rgb(17, 24, 39)"],
               "header": ["rgb(241, 245, 249)", "none"],
               "brand": ["20px", "600", "rgb(15, 23, 42)"],
               "button": ["9999px", "linear-gradient(to right, rgb(79, 70, 229), "
                                    "rgb(13, 148, 136))"],
               "more": ["rgb(79, 70, 229)"]}),
    ("dark", {"page": ["rgb(15, 23, 42)", "rgb(248, 250, 252)"],
              "header": ["rgb(15, 23, 42)", "none"],
              "brand": ["20px", "600", "rgb(248, 250, 252)"],
              "button": ["9999px", "linear-gradient(to right, rgb(37, 99, 235), "
                                   "rgb(13, 148, 136))"],
              "more": ["rgb(96, 165, 250)"]}),
])
def test_the_kits_colours_light_and_dark(page, built, scheme, expected):
    """The real build's computed colours (Tailwind's oklch written as sRGB: indigo-600
    #4f46e5, blue-600 #2563eb, blue-400 #60a5fa, teal-600 #0d9488, slate-900 #0f172a)."""
    open_page(page, built, scheme=scheme)
    found = {
        "page": page.evaluate(STYLE, [".lk-page", ["background-color", "color"]]),
        "header": page.evaluate(STYLE, [".lk-header", ["background-color", "box-shadow"]]),
        "brand": page.evaluate(STYLE, [".lk-brand", ["font-size", "font-weight", "color"]]),
        "button": page.evaluate(STYLE, [".lk-kit-action-gradient", ["border-radius",
                                                            "background-image"]]),
        "more": page.evaluate(STYLE, [".lk-kit-card-more a", ["color"]]),
    }
    assert found == expected


def test_the_kit_cards_switches(tmp_path):
    """content-collection's `coerce_bool` of `design.show_date`, `show_read_time`,
    `show_read_more` and `fill_image` (views/card.html): "no" and `off` are false."""
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    home = site / "content" / "_index.md"
    text = home.read_text(encoding="utf-8")
    switches = "      show_read_time: 'no'\n      show_read_more: off\n      fill_image: false\n"
    home.write_text(text.replace("      view: card\n", "      view: card\n" + switches, 1),
                    encoding="utf-8")
    html = re.sub(r'src="data:[^"]*"', 'src=""', export.export_page(lk.load(home), tmp_path /
                                                                    "home.html").read_text())
    card = html[html.index('<article class="lk-kit-card">'):]
    card = card[:card.index("</article>")]
    assert '<img class="lk-kit-fit" alt="Spring dune survey featured image"' in card
    assert card[card.index('<div class="lk-kit-card-meta">'):] == (
        '<div class="lk-kit-card-meta">\n<div class="lk-kit-card-facts">'
        '<time class="lk-kit-wide" datetime="2026-04-12">Apr 12, 2026</time></div>\n</div>\n'
        '</div>\n')
