"""blox-tailwind v0.10.0's collection views and blocks as landingkit draws them, on
tests/sites/tailv10-tailwind (indigo colour theme, an authors taxonomy), compared with the same
site built with the real theme.

The real build (HugoBlox/hugo-blox-builder tag modules/blox-tailwind/v0.10.0 with
blox-analytics v0.2.0, extracted as real-theme-builds.md says; Hugo 0.168, @tailwindcss/cli 4
from npm in the site's node_modules, built twice so that Tailwind reads hugo_stats.json):
    cp -r tests/sites/tailv10-tailwind S   # hugo.yaml given `build: {writeStats: true}`,
    # `markup: {_merge: deep}` and security.exec.allow with ^tailwindcss$ besides Hugo's own
    HUGO_MODULE_REPLACEMENTS=... GOPROXY=off GOFLAGS=-mod=mod hugo build --source S \\
      -b http://127.0.0.1:8391/
    python -m http.server; Chromium at 1280x900 and 390x900, requests off the machine
    aborted, getBoundingClientRect and getComputedStyle of the home page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export

SITE = Path(__file__).resolve().parent / "sites" / "tailv10-tailwind"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tailv10") / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


def copy_site(tmp_path: Path, version: str | None = None) -> Path:
    """A copy of the fixture site, its go.mod naming blox-tailwind `version`."""
    folder = tmp_path / "site"
    shutil.copytree(SITE, folder)
    if version is not None:
        gomod = folder / "go.mod"
        gomod.write_text(gomod.read_text().replace("v0.10.0", version))
    return folder


#: the cards of the real build: (x, width, height) of each, and the first one's top below
#: its section's top; the `article-grid` section's height
REAL_GRID = {1280: {"cards": [[148, 301, 519], [489, 301, 519], [831, 301, 519]],
                    "top": 188, "section": 835},
             390: {"cards": [[56, 278, 503], [56, 278, 462], [56, 278, 453]],
                   "top": 176, "section": 1791}}
#: the `card` view (count 2): one column 65ch wide; the section ends in the "See all" link
#: (three posts; a `post` folder's words, more_pages), its height measured on a later real
#: v0.10.0 build of the same site (test_seeall_tailwind.py measures the link itself)
REAL_CARDS = {1280: {"cards": [[351, 578, 621], [351, 578, 606]], "top": 176, "section": 1654},
              390: {"cards": [[24, 342, 514], [24, 342, 473]], "top": 176, "section": 1402}}
CARDS = """(id) => {
    const s = document.getElementById(id), top = s.getBoundingClientRect().top;
    const cards = [...s.querySelectorAll('article')].map(c => c.getBoundingClientRect());
    return {cards: cards.map(b => [Math.round(b.x), Math.round(b.width), Math.round(b.height)]),
            top: Math.round(cards[0].top - top),
            section: Math.round(s.getBoundingClientRect().height)}; }"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_article_grid_and_card_views_are_as_big_as_the_real_builds(page, built, viewport):
    log = open_page(page, built, viewport)
    width = viewport["width"]
    assert page.evaluate(CARDS, "grid") == REAL_GRID[width]
    assert page.evaluate(CARDS, "cards") == REAL_CARDS[width]
    assert log.network_requests == []


#: the real build at 1280 px: the first tag's pill (text, background, colour), the "Read more"
#: link's colour, the title's size, line height and colour, the authors' names (size, colour)
REAL_TONE = {
    "light": {"tag": ["Field Work", "rgb(224, 231, 255)", "rgb(55, 48, 163)"],
              "more": "rgb(79, 70, 229)", "title": ["20px", "25px", "rgb(24, 24, 27)"]},
    "dark": {"tag": ["Field Work", None, "rgb(165, 180, 252)"],
             "more": "rgb(129, 140, 248)", "title": ["20px", "25px", "rgb(244, 244, 245)"]},
}
TONE = """() => {
    const g = document.getElementById('grid'), cs = e => getComputedStyle(e);
    const tag = g.querySelector('.lk-kit-tag');
    const more = g.querySelector('.lk-kit-card-more a'), title = g.querySelector('h3');
    const names = [...g.querySelectorAll('.lk-kit-card-author > span:last-child')];
    return {tag: [tag.textContent, cs(tag).backgroundColor, cs(tag).color],
            more: cs(more).color,
            title: [cs(title).fontSize, cs(title).lineHeight, cs(title).color],
            names: names.map(n => [n.textContent, cs(n).fontSize, cs(n).color])}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_cards_colours_are_the_real_builds(page, built, scheme):
    open_page(page, built, DESKTOP, scheme)
    found = page.evaluate(TONE)
    real = REAL_TONE[scheme]
    if scheme == "dark":  # primary-900/40: Tailwind 4 writes it in oklab, the same colour
        assert found["tag"][1] != "rgb(224, 231, 255)"
        found["tag"][1] = None
    assert found["names"] == [["Rosa Ortiz", "14px", "rgb(113, 113, 122)"],
                              ["Lena Vogt", "14px", "rgb(113, 113, 122)"]]
    del found["names"]
    assert found == real


def card_facts(html: str, section: str) -> list[tuple]:
    """(title, author, has an avatar, date, reading time) of each card in `section`."""
    part = html.split(f'id="{section}"', 1)[1].split("</section>", 1)[0]
    out = []
    for card in re.findall(r'<article class="lk-kit-card">.*?</article>', part, re.S):
        title = re.search(r'<h3 class="lk-kit-card-title"><a [^>]*>([^<]*)', card).group(1)
        author = re.search(r'lk-kit-card-author">.*?<span>([^<]*)</span></div>', card)
        date = re.search(r'<time class="lk-kit-wide" datetime="[^"]*">([^<]*)</time>', card)
        minutes = re.search(r'<span class="lk-kit-wide">([^<]*)</span>', card)
        out.append((title, author and author.group(1), 'alt="avatar"' in card,
                    date and date.group(1), minutes and minutes.group(1)))
    return out


def test_each_card_says_what_the_real_build_says():
    html = lk.load(SITE / "content" / "_index.md").to_html()
    assert card_facts(html, "grid") == [
        ("A census of the kelp beds", "Rosa Ortiz", True, "Mar 14, 2026", "1 min read"),
        ("Twelve buoys, one network", "Lena Vogt", False, "Feb 2, 2026", "1 min read"),
        ("Sediment cores from the inner basin", None, False, "Nov 20, 2025", "1 min read")]
    assert card_facts(html, "cards") == card_facts(html, "grid")[:2]


def test_the_cards_switches_cannot_be_turned_off_in_v0_10(tmp_path):
    """The block passes them through `| default true`, which makes a false true."""
    folder = copy_site(tmp_path)
    index = folder / "content" / "_index.md"
    index.write_text(index.read_text().replace(
        "      view: card\n", "      view: card\n      show_date: false\n"
        "      show_read_more: false\n      fill_image: false\n"))
    html = lk.load(index).to_html()
    assert card_facts(html, "cards") == card_facts(html, "grid")[:2]
    part = html.split('id="cards"', 1)[1].split("</section>", 1)[0]
    assert part.count('<div class="lk-kit-card-more">') == 2
    assert "lk-kit-fit" not in part


def test_without_an_authors_taxonomy_the_card_names_the_author_as_written(tmp_path):
    folder = copy_site(tmp_path)
    config = folder / "hugo.yaml"
    config.write_text(config.read_text().replace("  author: authors\n", ""))
    html = lk.load(folder / "content" / "_index.md").to_html()
    assert [fact[1:3] for fact in card_facts(html, "grid")] == [
        ("rosa-ortiz", False), ("Lena Vogt", False), (None, False)]
    assert html.count('<span class="lk-kit-card-person lk-kit-card-group">') == 4


@pytest.mark.parametrize("version", ["v0.5.2", None])
def test_before_v0_6_the_views_are_v0_3_1s(tmp_path, version):
    folder = copy_site(tmp_path, version)
    if version is None:
        (folder / "go.mod").unlink()
    html = lk.load(folder / "content" / "_index.md").to_html()
    assert "lk-kit-card" not in html
    assert html.count('<div class="lk-article">') == 3
    assert html.count('<a class="lk-card-link"') == 2


#: the real v0.9.0 build of the same site (blox-tailwind v0.9.0 extracted as v0.10.0 is
#: above, the same Hugo, Node and npm packages, go.mod naming v0.9.0): v0.6-v0.9's card,
#: v0.10's but for the facts row. Each card's box (x, top below the section's top, width,
#: height), the row under the rule, the facts in it, each fact shown (text and box; the
#: date and reading time are hidden below 640 px) and the "Read more" link's box: at the
#: row's end beside the facts from 640 px, under them at its start on a phone; the grid's
#: section height (the `card` section's real one ends in a "See all" link landingkit
#: leaves out)
REAL_V9 = {
    1280: {"cards": {"cards": [
        {"card": [351, 176, 578, 576], "row": [383, 683, 514, 37], "facts": [383, 696, 282, 24],
         "parts": [["Rosa Ortiz", 383, 696, 98, 24], ["•", 493, 700, 4, 16],
                   ["Mar 14, 2026", 509, 700, 71, 16], ["•", 592, 700, 4, 16],
                   ["1 min read", 608, 700, 57, 16]], "more": [804, 698, 93, 20]},
        {"card": [351, 776, 578, 561], "row": [383, 1269, 514, 37],
         "facts": [383, 1282, 272, 24],
         "parts": [["Lena Vogt", 383, 1282, 95, 24], ["•", 490, 1286, 4, 16],
                   ["Feb 2, 2026", 506, 1286, 64, 16], ["•", 582, 1286, 4, 16],
                   ["1 min read", 598, 1286, 57, 16]], "more": [804, 1284, 93, 20]}]},
           "grid": {"section": 790, "cards": [
        {"card": [148, 188, 301, 474], "row": [180, 565, 237, 65], "facts": [180, 578, 172, 52],
         "parts": [["Rosa Ortiz", 180, 578, 98, 24], ["•", 290, 582, 4, 16],
                   ["Mar 14, 2026", 180, 614, 71, 16], ["•", 263, 614, 4, 16],
                   ["1 min read", 279, 614, 57, 16]], "more": [360, 584, 57, 40]},
        {"card": [489, 188, 301, 474], "row": [521, 549, 237, 65], "facts": [521, 562, 171, 52],
         "parts": [["Lena Vogt", 521, 562, 95, 24], ["•", 628, 566, 4, 16],
                   ["Feb 2, 2026", 521, 598, 64, 16], ["•", 597, 598, 4, 16],
                   ["1 min read", 614, 598, 57, 16]], "more": [700, 568, 59, 40]},
        {"card": [831, 188, 301, 474], "row": [863, 565, 237, 57], "facts": [863, 578, 144, 44],
         "parts": [["Nov 20, 2025", 863, 578, 71, 16], ["•", 946, 578, 4, 16],
                   ["1 min read", 863, 606, 57, 16]], "more": [1014, 580, 86, 40]}]}},
    390: {"cards": {"cards": [
        {"card": [24, 176, 342, 497], "row": [56, 576, 278, 65], "facts": [56, 589, 278, 24],
         "parts": [["Rosa Ortiz", 56, 589, 98, 24], ["•", 166, 593, 4, 16]],
         "more": [56, 621, 93, 20]},
        {"card": [24, 697, 342, 456], "row": [56, 1057, 278, 65], "facts": [56, 1070, 278, 24],
         "parts": [["Lena Vogt", 56, 1070, 95, 24], ["•", 163, 1074, 4, 16]],
         "more": [56, 1102, 93, 20]}]},
          "grid": {"section": 1740, "cards": [
        {"card": [56, 176, 278, 486], "row": [88, 565, 214, 65], "facts": [88, 578, 214, 24],
         "parts": [["Rosa Ortiz", 88, 578, 98, 24], ["•", 198, 582, 4, 16]],
         "more": [88, 610, 93, 20]},
        {"card": [56, 702, 278, 445], "row": [88, 1051, 214, 65], "facts": [88, 1064, 214, 24],
         "parts": [["Lena Vogt", 88, 1064, 95, 24], ["•", 195, 1068, 4, 16]],
         "more": [88, 1096, 93, 20]},
        {"card": [56, 1188, 278, 436], "row": [88, 1551, 214, 41], "facts": [88, 1564, 214, 0],
         "parts": [], "more": [88, 1572, 93, 20]}]}},
}
#: the same build's "Read more" (colour, opacity: blue-600 at 70 %, dark blue-400) and rule
#: (border-zinc-100, dark zinc-800), the same at both widths
REAL_V9_TONE = {"light": ["rgb(37, 99, 235)", "0.7", "rgb(244, 244, 245)"],
                "dark": ["rgb(96, 165, 250)", "0.7", "rgb(39, 39, 42)"]}
ROWS = """(id) => {
    const s = document.getElementById(id), top = s.getBoundingClientRect().top;
    const box = e => { const b = e.getBoundingClientRect();
                       return [b.x, b.y - top, b.width, b.height].map(Math.round); };
    const cards = [...s.querySelectorAll('article')].map(c => {
        const row = c.querySelector('.lk-kit-card-meta'), facts = row.firstElementChild;
        const more = row.querySelector(':scope > a');
        return {card: box(c), row: box(row), facts: box(facts), more: box(more),
                parts: [...facts.children].filter(e => getComputedStyle(e).display != 'none')
                    .map(e => [e.textContent.trim(), ...box(e)]),
                tone: [getComputedStyle(more).color, getComputedStyle(more).opacity,
                       getComputedStyle(row).borderTopColor]}; });
    return {section: Math.round(s.getBoundingClientRect().height), cards}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_v0_6_to_v0_9s_cards_have_the_facts_and_read_more_in_one_row(page, tmp_path,
                                                                       viewport, scheme):
    out = tmp_path / "home.html"
    export.export_page(lk.load(copy_site(tmp_path, "v0.9.0") / "content" / "_index.md"), out)
    log = open_page(page, out, viewport, scheme)
    shown = {id: page.evaluate(ROWS, id) for id in ("cards", "grid")}
    del shown["cards"]["section"]
    tones = [card.pop("tone") for part in shown.values() for card in part["cards"]]
    assert shown == REAL_V9[viewport["width"]]
    assert tones == [REAL_V9_TONE[scheme]] * 5
    assert log.network_requests == []


#: the same v0.9.0 build of the site without its authors taxonomy, at 1280 px: the author's
#: place empty (`with` of no term), its dot 12 px after it
REAL_V9_NO_TERMS = [
    {"card": [351, 176, 578, 572], "row": [383, 683, 514, 33], "facts": [383, 698, 184, 16],
     "parts": [["", 383, 706, 0, 0], ["•", 395, 698, 4, 16], ["Mar 14, 2026", 411, 698, 71, 16],
               ["•", 494, 698, 4, 16], ["1 min read", 510, 698, 57, 16]],
     "more": [804, 696, 93, 20]},
    {"card": [351, 772, 578, 557], "row": [383, 1265, 514, 33], "facts": [383, 1280, 177, 16],
     "parts": [["", 383, 1288, 0, 0], ["•", 395, 1280, 4, 16], ["Feb 2, 2026", 411, 1280, 64, 16],
               ["•", 487, 1280, 4, 16], ["1 min read", 503, 1280, 57, 16]],
     "more": [804, 1278, 93, 20]}]


def test_v0_6_to_v0_9s_cards_leave_the_author_out_without_the_taxonomy(page, tmp_path):
    folder = copy_site(tmp_path, "v0.9.0")
    config = folder / "hugo.yaml"
    config.write_text(config.read_text().replace("  author: authors\n", ""))
    out = tmp_path / "home.html"
    export.export_page(lk.load(folder / "content" / "_index.md"), out)
    open_page(page, out, DESKTOP)
    cards = page.evaluate(ROWS, "cards")["cards"]
    for card in cards:
        del card["tone"]
    assert cards == REAL_V9_NO_TERMS


def test_v0_6_to_v0_9s_cards_say_what_the_real_build_says(tmp_path):
    """The v0.9.0 build's words: the first authors term's title, an avatar or an empty
    24 px box (no icon), nothing for a page without authors; no group icon, no second rule."""
    html = lk.load(copy_site(tmp_path, "v0.6.0") / "content" / "_index.md").to_html()
    assert card_facts(html, "grid") == [
        ("A census of the kelp beds", "Rosa Ortiz", True, "Mar 14, 2026", "1 min read"),
        ("Twelve buoys, one network", "Lena Vogt", False, "Feb 2, 2026", "1 min read"),
        ("Sediment cores from the inner basin", None, False, "Nov 20, 2025", "1 min read")]
    assert card_facts(html, "cards") == card_facts(html, "grid")[:2]
    assert re.findall(r'<span class="lk-kit-card-person[^>]*>[^<]*</span>', html) == [
        '<span class="lk-kit-card-person lk-kit-card-bare"></span>'] * 2
    assert '<div class="lk-kit-card-more">' not in html
    assert html.count('<div class="lk-kit-card-meta lk-kit-card-row">') == 5


#: the citation view's items (x, top below the section's top, width, height) and link
#: buttons (word, x, top, width, height) in the real build; the buttons 12 px capitals in
#: primary-600 (dark primary-400), 12 px icons
REAL_CITATIONS = {
    1280: {"section": 456, "items": [[256, 236, 768, 46], [256, 298, 768, 46]],
           "buttons": [["Cite", 256, 260, 44, 16], ["DOI", 316, 260, 38, 16],
                       ["Code", 370, 260, 52, 16], ["PDF", 438, 260, 41, 16],
                       ["Dataset", 256, 322, 73, 16], ["Blog post", 345, 322, 89, 16]]},
    390: {"section": 488, "items": [[24, 220, 342, 70], [24, 306, 342, 70]],
          "buttons": [["Cite", 24, 268, 44, 16], ["DOI", 84, 268, 38, 16],
                      ["Code", 138, 268, 52, 16], ["PDF", 206, 268, 41, 16],
                      ["Dataset", 24, 354, 73, 16], ["Blog post", 113, 354, 89, 16]]}}
CITATIONS = """() => {
    const s = document.getElementById('papers'), top = s.getBoundingClientRect().top;
    const at = b => [Math.round(b.x), Math.round(b.top - top), Math.round(b.width),
                     Math.round(b.height)];
    const links = [...s.querySelectorAll('.lk-cite-link')];
    const cs = getComputedStyle(links[0]), icon = links[0].querySelector('svg');
    return [{section: Math.round(s.getBoundingClientRect().height),
             items: [...s.querySelectorAll('.lk-citation')].map(i => at(i.getBoundingClientRect())),
             buttons: links.map(a => [a.textContent.trim(), ...at(a.getBoundingClientRect())])},
            [cs.fontSize, cs.fontWeight, cs.letterSpacing, cs.textTransform, cs.color,
             Math.round(icon.getBoundingClientRect().width)]]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_citations_buttons_sit_as_the_real_builds(page, built, viewport, scheme):
    open_page(page, built, viewport, scheme)
    geometry, tone = page.evaluate(CITATIONS)
    assert geometry == REAL_CITATIONS[viewport["width"]]
    colour = "rgb(79, 70, 229)" if scheme == "light" else "rgb(129, 140, 248)"
    assert tone == ["12px", "600", "0.3px", "uppercase", colour, 12]


def buttons(html: str) -> list[list[tuple]]:
    """Each citation's buttons: (tag, word, href or None, target, rel)."""
    part = html.split('id="papers"', 1)[1].split("</section>", 1)[0]
    out = []
    for item in re.findall(r'<div class="lk-citation">.*?</div></div>|<div class="lk-citation">'
                           r'(?:(?!<div).)*?</div>', part, re.S):
        found = re.findall(r'<(a|button) class="lk-cite-link"([^>]*)>.*?</svg> '
                           r'(?:<span>)?([^<]*)', item, re.S)
        out.append([(tag, word, _attr(attrs, "href"), _attr(attrs, "target"),
                     _attr(attrs, "rel")) for tag, attrs, word in found])
    return out


def _attr(attrs: str, name: str) -> str | None:
    found = re.search(rf' {name}="([^"]*)"', attrs)
    return found and found.group(1)


def test_the_citations_buttons_are_build_links_in_its_order():
    """The bundle's cite.bib, then the deprecated doi and url_* (in Go's map order: code before
    pdf); a page's own `links` first, a relative URL opened in the same tab."""
    html = lk.load(SITE / "content" / "_index.md").to_html()
    assert buttons(html) == [
        [("button", "Cite", None, None, None),
         ("a", "DOI", "https://doi.org/10.1000/estuary.2025", "_blank", "noopener"),
         ("a", "Code", "https://example.org/code/estuary", "_blank", "noopener"),
         ("a", "PDF", "https://example.org/estuary-model.pdf", "_blank", "noopener")],
        [("a", "Dataset", "https://example.org/data/salt-wedge", "_blank", "noopener"),
         ("a", "Blog post", "https://example.org/post/kelp-census/", None, None)]]


def test_identifiers_and_a_page_only_link_as_build_links_reads_them(tmp_path):
    folder = copy_site(tmp_path)
    paper = folder / "content" / "publication" / "salt-wedge" / "index.md"
    paper.write_text(paper.read_text().replace("links:\n", (
        "hugoblox:\n  ids:\n    zenodo: 42\n    arxiv: 2401.00001\n"
        "links:\n  - type: slides\n    url: https://example.org/slides\n"
        "    contexts: [page]\n  - type: doi\n    id: 10.1/x\n")))
    html = lk.load(folder / "content" / "_index.md").to_html()
    assert [b[1:3] for b in buttons(html)[1]] == [
        ("DOI", "https://doi.org/10.1/x"), ("Dataset", "https://example.org/data/salt-wedge"),
        ("Blog post", "https://example.org/post/kelp-census/"),
        ("Preprint", "https://arxiv.org/abs/2401.00001"),
        ("Zenodo", "https://zenodo.org/records/42")]


def test_before_v0_10_a_citation_has_no_buttons(tmp_path):
    html = lk.load(copy_site(tmp_path, "v0.9.0") / "content" / "_index.md").to_html()
    assert html.count('<div class="lk-citation">') == 2
    assert "lk-cite-link" not in html


#: the gradient mesh's layers in the real build (x, top below the section's top, width,
#: height, filter, the animation's delay and duration): the wash, then two orbs (top-0
#: left-1/4 and bottom-0 right-1/4, w-96 h-96, blur-3xl, animate-pulse, the second 2 s later)
REAL_MESH = {1280: [[0, 0, 1280, 300, "none", "0s", "0s"],
                    [320, 0, 384, 384, "blur(64px)", "0s", "2s"],
                    [576, -84, 384, 384, "blur(64px)", "2s", "2s"]],
             390: [[0, 0, 390, 320, "none", "0s", "0s"],
                   [98, 0, 384, 384, "blur(64px)", "0s", "2s"],
                   [-91, -64, 384, 384, "blur(64px)", "2s", "2s"]]}
MESH = """() => {
    const s = document.getElementById('mesh'), top = s.getBoundingClientRect().top;
    const layer = s.querySelector('.lk-kit-mesh'), cs = getComputedStyle(layer);
    return [[...layer.children].map(c => {
               const b = c.getBoundingClientRect(), x = getComputedStyle(c);
               return [Math.round(b.x), Math.round(b.top - top), Math.round(b.width),
                       Math.round(b.height), x.filter, x.animationDelay, x.animationDuration]; }),
            [...layer.children].map(c => getComputedStyle(c).backgroundColor),
            getComputedStyle(layer.children[0]).backgroundImage,
            [getComputedStyle(s).overflow, cs.position, cs.zIndex]]; }"""
#: the real build's indigo-500 and indigo-600 at 20 % (Tailwind 4 writes them in oklab:
#: oklab(0.585387 0.0253055 -0.202469 / 0.2), oklab(0.510554 0.0279175 -0.228344 / 0.2))
INDIGO_500, INDIGO_600 = ("color(srgb 0.388235 0.4 0.945098 / 0.2)",
                          "color(srgb 0.309804 0.27451 0.898039 / 0.2)")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_gradient_mesh_is_the_real_builds(page, built, viewport):
    open_page(page, built, viewport)
    shapes, colours, wash, section = page.evaluate(MESH)
    assert shapes == REAL_MESH[viewport["width"]]
    assert colours == ["rgba(0, 0, 0, 0)", INDIGO_500, INDIGO_600]
    assert wash == (f"linear-gradient(to right bottom, {INDIGO_500}, rgba(0, 0, 0, 0), "
                    f"{INDIGO_600})")
    assert section == ["hidden", "absolute", "-10"]


def test_a_mesh_names_any_tailwind_colour_and_style(tmp_path):
    folder = copy_site(tmp_path)
    index = folder / "content" / "_index.md"
    index.write_text(index.read_text().replace("          enable: true\n", (
        "          enable: true\n          style: waves\n          wave_count: 2\n"
        "          colors: [gray-100, secondary-500/40]\n")))
    html = lk.load(index).to_html()
    layers = re.findall(r'<div class="lk-kit-mesh-(\w+)" style="([^"]*)"', html)
    assert [kind for kind, _ in layers] == ["wash", "wave", "wave"]
    assert "linear-gradient(to bottom right,#f3f4f6,transparent," \
           "color-mix(in srgb,var(--lk-secondary-500) 40%,transparent))" in layers[0][1]
    assert layers[1][1].startswith("top:0%;transform:skewY(-2deg);background-color:#f3f4f6;")
    assert layers[2][1].startswith("top:33%;")


def test_before_v0_10_a_section_has_no_mesh(tmp_path):
    html = lk.load(copy_site(tmp_path, "v0.9.0") / "content" / "_index.md").to_html()
    assert "lk-kit-mesh" not in html and "lk-mesh-section" not in html


#: the pronouns under the name in the real build (font size, line height, weight, colour in
#: the light and the dark, the gap from the name above, the height, the gap to the role
#: below): resume-biography-3 on the home page, resume-biography on /bio/
REAL_PRONOUNS = {"about": ["18px", "28px", "400", ("rgb(75, 85, 99)", "rgb(156, 163, 175)"),
                           12, 28, 12],
                 "bio": ["18px", "28px", "400", ("rgb(75, 85, 99)", "rgb(156, 163, 175)"),
                         4, 28, 8]}
PRONOUNS = """(id) => {
    const s = document.getElementById(id);
    const p = s.querySelector('.lk-bio-pronouns, .lk-cv-pronouns');
    const name = s.querySelector('.lk-bio-name, .lk-cv-name').getBoundingClientRect();
    const role = s.querySelector('.lk-bio-role, .lk-cv-role').getBoundingClientRect();
    const c = getComputedStyle(p), b = p.getBoundingClientRect();
    return [p.textContent, c.fontSize, c.lineHeight, c.fontWeight, c.color,
            Math.round(b.top - name.bottom), Math.round(b.height), Math.round(role.top - b.bottom),
            Math.round(b.x + b.width / 2 - (name.x + name.width / 2))]; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("block", ["about", "bio"])
def test_the_pronouns_sit_under_the_name_as_in_the_real_build(page, tmp_path, viewport,
                                                              scheme, block):
    out = tmp_path / "page.html"
    source = SITE / "content" / ("_index.md" if block == "about" else "bio/index.md")
    export.export_page(lk.load(source), out)
    open_page(page, out, viewport, scheme)
    size, line, weight, colours, above, height, below = REAL_PRONOUNS[block]
    assert page.evaluate(PRONOUNS, block) == [
        "(she/her)", size, line, weight, colours[scheme == "dark"], above, height, below, 0]


def test_pronouns_are_shown_from_v0_6(tmp_path):
    for version, shown in (("v0.5.2", False), ("v0.6.0", True), ("v0.10.0", True)):
        folder = copy_site(tmp_path / version, version)
        three = lk.load(folder / "content" / "_index.md").to_html()
        plain = lk.load(folder / "content" / "bio" / "index.md").to_html()
        assert ('<p class="lk-cv-pronouns">(she/her)</p>' in three) is shown, version
        assert ('<div class="lk-bio-pronouns">(she/her)</div>' in plain) is shown, version
