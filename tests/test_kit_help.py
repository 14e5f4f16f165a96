"""search-hero, help-categories and help-questions as the 2026 kit's Go templates draw them
(HugoBlox/kit f107371d `modules/blox/blox/<name>/block.html`; blox-tailwind v0.10.0's
search-hero, knowledge-categories and trending-questions are the same markup), compared as
text: tests/golden/kithelp/<id>.html is each block of tests/sites/kithelp-kit's home page.
Then the older names, a blox-tailwind site, the site's trending pages, the section wrapper's
classes and video, and `check`'s words for values the templates leave out."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from kitblocks_site import SITES, copy_site, section

import landingkit as lk
from landingkit import check, render

GOLDEN = Path(__file__).resolve().parent / "golden" / "kithelp"
HELP = SITES / "kithelp-kit"


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path, "kithelp-kit")


def here(site: Path, problems) -> list[str]:
    """The problems' records, paths from the site's folder."""
    return [str(p).replace(f"{site}/", "") for p in problems]


def same(html: str, name: str) -> None:
    expected = (GOLDEN / f"{name}.html").read_text(encoding="utf-8").removesuffix("\n")
    assert html == expected, "\n".join(difflib.unified_diff(
        expected.splitlines(), html.splitlines(), "golden", "drawn", lineterm=""))


@pytest.mark.parametrize("sid", ["search", "plain-search", "topics", "questions"])
def test_each_block_as_the_kits_template_draws_it(sid):
    """search: the badge with its pulse, `==help==` in the gradient, three suggestions and
    stats; plain-search: the default placeholder, one suggestion given as a string, stats as
    one mapping; topics: the cards of the terms with pages (2 and 1 of the fixture's guides,
    linked to their term pages), of a `count` (1 article, 12 articles), none for a title
    with neither, a custom icon colour written as its classes; questions: `content.questions`
    (no page is trending), a badge's theme colours, a text badge in amber, a link of none
    as `#`, one of http(s) in a new tab."""
    html, problems = section(HELP, sid)
    assert problems == []
    same(html, sid)


@pytest.mark.parametrize(("old", "sid"), [("knowledge-categories", "topics"),
                                          ("trending-questions", "questions")])
def test_the_older_names_draw_the_same(site, old, sid):
    page = site / "content" / "_index.md"
    kind = "help-categories" if sid == "topics" else "help-questions"
    page.write_text(page.read_text(encoding="utf-8").replace(f"block: {kind}", f"block: {old}"),
                    encoding="utf-8")
    html, problems = section(site, sid)
    assert problems == []
    same(html, sid)


def test_on_a_blox_tailwind_site_the_same_markup_in_its_blue(site):
    """blox-tailwind v0.10.0's templates (its names: knowledge-categories, trending-questions)
    are the kit's markup; its primary is Tailwind's blue (tailwind.css), where the kit's is
    indigo (kit.css, on kit sites only)."""
    (site / "config" / "_default" / "module.yaml").write_text(
        "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind\n",
        encoding="utf-8")
    page = site / "content" / "_index.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "block: help-categories", "block: knowledge-categories").replace(
        "block: help-questions", "block: trending-questions"), encoding="utf-8")
    problems = [str(p) for p in check.check_page(lk.Site(site / "content"), page)]
    assert [p for p in problems if "block:" in p] == []  # blox-tailwind defines all three
    for sid in ("search", "topics", "questions"):
        html, problems = section(site, sid)
        assert problems == []
        same(html, sid)
    page = lk.Site(site / "content").page("_index.md")
    css = render.render_page(page, render.Embed(), frame=False)[0]
    assert "--lk-sh-600:var(--lk-primary-600)" in css and "--lk-primary-600:#2563eb" in css
    assert "--lk-hc-400-600:light-dark(var(--lk-primary-600),var(--lk-primary-400))" in css
    assert "oklch(.511 .262 276.966)" not in css


def test_the_sites_trending_pages_come_first(site):
    """`where site.RegularPages "Params.trending" true`, by `trending_weight`, the first
    `count`: their question (else title), `answer_preview` (else `answer`) plain and cut at
    150 characters, the badge they give, else Popular (over 50 upvotes), Featured, New (in
    the last week) or Trending; `content.questions` then is not shown."""
    guides = site / "content" / "guides"
    long = "word " * 40
    for name, head in (
            ("tides", "title: Tide tables\nquestion: When is high tide?\ntrending_weight: 2\n"
                      f"answer: '<b>See</b> the {long}'\nupvote_count: 60\nauthor: Ivo Marsh"),
            ("boat", "title: Renting a boat\ntrending_weight: 1\nfeatured: true\n"
                     "answer_preview: Ask the office."),
            ("old", "title: An old question\ndate: 2020-01-01"),
            ("given", "title: Given badge\nbadge: {text: Staff pick, color: bg-teal-100}"),
            ("draft", "title: A draft\ndraft: true")):
        (guides / f"{name}.md").write_text(f"---\n{head}\ntrending: true\n---\n\nText.\n",
                                           encoding="utf-8")
    html, problems = section(site, "questions", content={"count": 3})
    assert problems == []
    cards = re.findall(r'<div class="lk-hq-card">\n(.*?)<h3 class="lk-hq-question"><a href="'
                       r'([^"]*)"[^>]*>(.*?)</a></h3>\n(?:<p class="lk-hq-preview">(.*?)</p>)?',
                       html, flags=re.S)
    assert cards == [
        ('<div class="lk-hq-badge lk-hq-blue">⭐ Featured</div>',
         "https://example.org/guides/boat/", "Renting a boat", "Ask the office."),
        ('<div class="lk-hq-badge lk-hq-red">🔥 Popular</div>',
         "https://example.org/guides/tides/", "When is high tide?",
         "See the " + "word " * 27 + "word …"),  # cut at a word before 150
        # no weight: after those that have one, newest first (an undated page is Go's
        # zero time); older than a week: Trending
        ('<div class="lk-hq-badge lk-hq-amber">🔥 Trending</div>',
         "https://example.org/guides/old/", "An old question", ""),
    ]
    assert "Ivo Marsh" in html and "60 helpful" in html and "How do I book" not in html
    html, _ = section(site, "questions", content={"count": 9})
    assert html.count('<div class="lk-hq-card">') == 4  # not the draft
    assert '<div class="lk-hq-badge bg-teal-100">Staff pick</div><h3 class="lk-hq-question">' \
           '<a href="https://example.org/guides/given/">Given badge</a>' in html


def test_the_blocks_own_section_padding(site):
    """help-categories and help-questions draw their own `<section>` padded by
    `design.spacing.padding`, which the kit's wrapper puts on its own section as well."""
    html, _ = section(site, "topics", design={"spacing": {"padding": ["1rem", "0", "2rem", "0"]}})
    assert html.startswith('<section id="topics" class="lk-section lk-kit-section '
                           'lk-block-help-categories" style="padding:1rem 0 2rem 0;">\n'
                           '<div class="lk-hc" style="padding: 1rem 0 2rem 0;">')
    # help-questions wants four values that are not empty, help-categories at least four
    html, _ = section(site, "questions", design={"spacing": {"padding": ["1rem", "", "2rem"]}})
    assert '<div class="lk-hq" style="padding: 4rem 0 4rem 0;">' in html


def test_the_kit_wrapper_writes_the_sites_classes(site):
    """parse_block_v3.html: `design.css_class` on the section, `background.css_class` on
    its background layer (for the site's custom.css); a class of the page's own refused."""
    html, problems = section(site, "search", design={
        "css_class": "help-band lk-page", "background": {"css_class": "sand  dunes"}})
    assert html.startswith('<section id="search" class="lk-section lk-kit-section help-band '
                           'lk-block-search-hero">\n<div class="lk-kit-bg sand dunes">'
                           '</div>\n<div class="lk-sh">')
    assert here(site, problems) == [
        "content/_index.md:5: warning: design.css_class: 'lk-page' is not a class name the "
        "page may use; ignored"]


def test_the_kit_wrapper_draws_a_background_videos_layer_without_the_video(site):
    """`background.video.filename` from assets/media/: the layer the video fills is drawn,
    the video is not (an export fetches no media), which is said; a missing file draws
    nothing, as resources.Get finds none."""
    (site / "assets" / "media").mkdir(parents=True)
    (site / "assets" / "media" / "waves.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    html, problems = section(site, "topics", design={
        "background": {"video": {"filename": "waves.mp4", "flip": True}}})
    assert '<div class="lk-kit-bg lk-kit-bg-video lk-kit-flip"></div>' in html
    assert "<video" not in html
    assert here(site, problems) == [
        "content/_index.md:30: warning: background video 'waves.mp4': an export plays no "
        "video (it fetches no media); the section shows the rest of its background"]
    html, problems = section(site, "topics", design={
        "background": {"video": {"filename": "gone.mp4"}}})
    assert "lk-kit-bg" not in html
    assert here(site, problems) == [
        "content/_index.md:30: warning: background video 'gone.mp4' is not in assets/media/; "
        "the theme shows none"]


BAD = """---
title: Help
type: landing
sections:
  - block: search-hero
    content:
      title: Help
      search_placeholder: 12
      badge: {text: Open, show_pulse: maybe}
      suggestions: {first: Tides}
      stats: [12, {value: "3", label: Boats}]
  - block: help-categories
    content:
      categories:
        - Tides
        - title: Ghost shelf
        - title: Boats
          count: many
  - block: help-questions
    content:
      count: lots
      questions:
        - answer_preview: An answer to nothing.
        - question: Kept?
---
"""


def test_check_says_what_the_templates_leave_out(site):
    path = site / "content" / "bad.md"
    path.write_text(BAD, encoding="utf-8")
    found = here(site, check.check_page(lk.Site(site / "content"), path))
    assert found == [
        "content/bad.md:9: warning: sections[0].content.badge.show_pulse: expected true or "
        "false (or yes/no, on/off, 1/0), got 'maybe'; the theme reads it as false",
        "content/bad.md:8: warning: sections[0].content.search_placeholder: 12 is not a "
        "string; the theme shows 'Search for answers...'",
        "content/bad.md:10: warning: sections[0].content.suggestions: should be a list or a "
        "string; no suggestion is shown",
        "content/bad.md:11: warning: sections[0].content.stats[0]: should be a mapping of value "
        "and label; it is not shown",
        "content/bad.md:15: warning: sections[1].content.categories[0]: should be a mapping; it "
        "is not shown",
        "content/bad.md:16: warning: sections[1].content.categories[1]: no page has the "
        "category 'Ghost shelf' and no count is given; the theme leaves the card out",
        "content/bad.md:18: warning: sections[1].content.categories[2].count: 'many' is not a "
        "whole number; the theme counts it as 0",
        "content/bad.md:17: warning: sections[1].content.categories[2]: no page has the "
        "category 'Boats' and no count is given; the theme leaves the card out",
        "content/bad.md:21: warning: sections[2].content.count: expected a whole number, got "
        "'lots'; the theme reads it as 4",
        "content/bad.md:23: warning: sections[2].content.questions[0]: has no question; it is "
        "not shown",
    ]


def test_the_fixture_checks_with_only_the_card_it_leaves_out(site):
    found = here(site, check.check_page(lk.Site(site / "content"),
                                        site / "content" / "_index.md"))
    assert found == ["content/_index.md:56: warning: sections[2].content.categories[4]: no page "
                     "has the category 'Empty shelf' and no count is given; the theme leaves "
                     "the card out"]
