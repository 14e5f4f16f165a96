"""`focus-areas` (and `research-areas`) as the 2026 kit's modules/blox/blox/focus-areas/
block.html draws it, compared as text: the heading, the cards (image or icon band, status,
linked name, description, topics, metrics, call to action), the other layouts, the links
and images as the template finds them, and `check` knowing the block."""

from __future__ import annotations

import re

import pytest
from kitblocks_site import KIT, copy_site, section, tags

import landingkit as lk
from landingkit import check

ICON = ('<svg class="lk-icon" aria-hidden="true" focusable="false"><use href="#lk-icon-{}"/>'
        "</svg>")


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path)


def test_the_fixtures_cards_as_the_template_draws_them(site):
    html, problems = section(site, "areas")
    assert problems == []
    assert html.split('<div class="lk-fa-cards">')[0] == (
        '<section id="areas" class="lk-section lk-block-focus-areas">\n<div class="lk-fa">\n'
        '<div class="lk-fa-inner">\n<div class="lk-fa-head">\n'
        '<h2 class="lk-fa-title">Research <em>areas</em></h2><p class="lk-fa-subtitle">What '
        'we work on</p><p class="lk-fa-text">Three questions about the <strong>coast</strong>.'
        "</p></div>\n")
    first, second, third = html.split('<div class="lk-fa-item">')[1:]
    assert first == (
        '\n<div class="lk-fa-card">\n<a class="lk-fa-band" href="https://example.org/dunes/">'
        '<img class="lk-fa-image" src="IMG" alt="Dune dynamics"></a>\n'
        '<div class="lk-fa-status"><span class="lk-fa-active">Active</span></div>'
        '<div class="lk-fa-body">\n<div class="lk-fa-main">\n'
        '<h3 class="lk-fa-name">Dune dynamics</h3>\n'
        '<p class="lk-fa-description">How dunes move with wind and <strong>storms</strong>.'
        '</p>\n<div class="lk-fa-topics">\n<span class="lk-fa-topic">Wind</span>\n'
        '<span class="lk-fa-topic">Sand</span>\n<span class="lk-fa-topic">Storms</span>\n'
        '<span class="lk-fa-more">+1 more</span></div>\n</div>\n<div class="lk-fa-foot">\n'
        '<div class="lk-fa-metrics">\n<div class="lk-fa-metric"><span class="lk-fa-metric-icon">'
        f'{ICON.format("hero-user-group")}</span><span class="lk-fa-value">6</span>'
        '<span class="lk-fa-label">people</span></div>\n<div class="lk-fa-metric">'
        '<span class="lk-fa-value">14</span><span class="lk-fa-label">papers</span></div>\n'
        '</div>\n<a class="lk-fa-cta" href="https://example.org/dunes/">Read more '
        f'<span class="lk-fa-cta-icon">{ICON.format("hero-arrow-right")}</span></a></div>\n'
        "</div>\n</div>\n</div>\n")
    # an icon over the gradient, an external link with its arrow, the comma-separated topics
    # and the metrics made from team_size and publications (" researchers", " papers" cut)
    assert ('<div class="lk-fa-band"><div class="lk-fa-icon">'
            f'{ICON.format("hero-chart-bar")}</div></div>') in second
    assert tags(second, "h3") == [
        '<h3 class="lk-fa-name"><a href="https://example.org/tides" target="_blank" '
        'rel="noopener">Tide gauges <span class="lk-fa-out">'
        f'{ICON.format("hero-arrow-top-right-on-square")}</span></a></h3>']
    assert re.findall(r'<span class="lk-fa-(value|label|topic)">([^<]*)</span>', second) == [
        ("topic", "Sensors"), ("topic", "Open data"), ("value", "3"), ("label", "team"),
        ("value", "5"), ("label", "papers")]
    # no image, icon, topics or metrics: the gradient band and an empty foot
    assert third.startswith('\n<div class="lk-fa-card">\n<div class="lk-fa-band"></div>\n'
                            '<div class="lk-fa-status"><span class="lk-fa-planning">Planning'
                            "</span></div>")
    assert '<div class="lk-fa-foot">\n</div>' in third
    assert html.endswith(
        '<div class="lk-fa-actions"><a class="lk-fa-button" href="https://example.org/projects/">'
        f'All projects <span class="lk-fa-button-icon">{ICON.format("hero-arrow-right")}'
        "</span></a></div>\n</div>\n</div>\n</section>")


def test_what_the_template_reads_and_what_it_leaves_out(site):
    items = [
        {"name": "Only a name", "status": "paused", "topics": "Tides",
         "metrics": [{"value": 1, "label": "a"}, {"value": 2}, {"label": "c"}, {"value": 4},
                     {"icon": "hero/user-group"}],
         "cta": {"url": "javascript:alert(1)", "text": "Bad"}},
        {"description": "No name"}, {"icon": "hero/beaker"}, "a string", None,
        {"name": "Money", "funding": "$2M", "cta": {"url": "#contact"}, "image": "none.png",
         "url": "#top"}]
    html, problems = section(site, "areas", content={
        "title": "  A :smile: title ", "subtitle": None, "text": "",
        "items": items, "cta": {"url": "/x/"}})
    assert tags(html, "h2") == ['<h2 class="lk-fa-title">A 😄 title</h2>']
    assert "lk-fa-subtitle" not in html and "lk-fa-text" not in html
    assert "lk-fa-actions" not in html  # a call to action needs its text
    assert tags(html, "h3") == [
        '<h3 class="lk-fa-name">Only a name</h3>', '<h3 class="lk-fa-name"></h3>',
        '<h3 class="lk-fa-name"><a href="#top">Money <span class="lk-fa-out">'
        f'{ICON.format("hero-arrow-top-right-on-square")}</span></a></h3>']
    first = html.split('<div class="lk-fa-item">')[1]
    assert '<div class="lk-fa-status"><span>Paused</span></div>' in first  # no colour
    assert '<span class="lk-fa-topic">Tides</span>' in first
    assert [m.count("lk-fa-metric\"") for m in [first]] == [3]  # the first three
    assert "javascript" not in html and "Bad" not in html
    # a cta without text links the band but draws no button; a missing image leaves the band
    last = html.split('<div class="lk-fa-item">')[3]
    assert '<div class="lk-fa-band"></div>' in last
    assert ('<span class="lk-fa-value">$2M</span><span class="lk-fa-label">funding</span>'
            in last)
    assert "lk-fa-cta" not in last
    assert problems == [
        f"{site / 'content' / '_index.md'}:5: warning: sections[0].content.items[5].image: "
        "'none.png' is not in the page's folder, assets/media/ or static/media/; it is not "
        "shown"]


def test_images_from_the_bundle_static_and_the_web(site):
    (site / "static" / "media").mkdir(parents=True)
    (site / "static" / "media" / "dunes.png").write_bytes(
        (site / "assets" / "media" / "areas" / "dunes.png").read_bytes())
    html, problems = section(site, "areas", content={"items": [
        {"name": "A", "image": "/media/dunes.png"},
        {"name": "B", "image": "https://example.org/b.png"},
        {"name": "C", "image": "../../secret.png"}]})
    assert re.findall(r'<img class="lk-fa-image" src="([^"]*)" alt="([^"]*)">', html) == [
        ("IMG", "A"), ("https://example.org/b.png", "B")]
    assert problems == []  # the path out of the site is no image, as Hugo finds none


def test_hexagon_and_timeline_layouts(site):
    long = "A description of the area that runs well past sixty characters of text."
    html, _ = section(site, "areas", design={"layout": " Hexagon "}, content={"items": [
        {"name": "Dunes", "description": long, "icon": "hero/beaker"}], "cta": None})
    assert '<div class="lk-fa-hexagons">' in html
    # Hugo's `truncate 60`: the whole words before the 60th character, then " …"
    assert tags(html, "p")[-1] == ('<p class="lk-fa-hexagon-text">A description of the area '
                                   "that runs well past sixty …</p>")
    assert '<span class="lk-fa-hexagon-icon">' in html
    html, _ = section(site, "areas", design={"layout": "timeline"}, content={"items": [
        {"name": "One", "description": "**First**"}, {"name": "Two", "description": "x"}]})
    assert html.count('<div class="lk-fa-event">') == 2
    assert '<p class="lk-fa-description"><strong>First</strong></p>' in html
    html, _ = section(site, "areas", design={"layout": "spiral"})
    assert '<div class="lk-fa-cards">' in html  # any other layout is cards


def test_one_mapping_is_one_item_and_research_areas_is_the_same_block(site):
    html, _ = section(site, "areas", content={"items": {"name": "Alone"}})
    assert tags(html, "h3") == ['<h3 class="lk-fa-name">Alone</h3>']
    text = site / "content" / "_index.md"
    text.write_text(text.read_text(encoding="utf-8").replace("block: focus-areas",
                                                            "block: research-areas"),
                    encoding="utf-8")
    renamed, _ = section(site, "areas", content={"items": {"name": "Alone"}})
    assert renamed == html


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    problems = [str(p) for p in check.check_page(site, KIT / "content" / "_index.md")]
    assert problems == []  # "does not render yet" no longer
    assert site.page("_index.md").sections[0].type == "focus-areas"
