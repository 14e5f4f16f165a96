"""`steps` as the 2026 kit's Preact component (modules/blox/blox/steps/component.jsx, its
icons and images resolved by layouts/_partials/blox/preact-wrapper.html) draws it once it
has run, compared as text: the heading, each step (marker, date, badge, title, text, image,
call to action) in the vertical, horizontal and timeline layouts, the markers' numbering,
icons and dots, and the connector."""

from __future__ import annotations

import re

import pytest
from kitblocks_site import KIT, copy_site, section

import landingkit as lk
from landingkit import check
from landingkit.blocks.steps import label


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path)


def test_the_fixtures_steps_as_the_component_draws_them(site):
    html, problems = section(site, "steps")
    assert problems == []
    assert html == (
        '<section id="steps" class="lk-section lk-block-steps">\n<div class="lk-steps">\n'
        '<div class="lk-steps-inner lk-steps-narrow">\n<div class="lk-steps-head">\n'
        '<p class="lk-steps-subtitle">How to join</p><h2 class="lk-steps-title">Three <strong>'
        'steps</strong></h2><p class="lk-steps-text">From first mail to first survey.</p></div>'
        '\n<ol class="lk-steps-list">\n<li class="lk-steps-item">\n<div class="lk-steps-track">'
        '<div class="lk-steps-marker lk-steps-sm lk-steps-number">1</div><div '
        'class="lk-steps-line"></div></div>\n<div class="lk-steps-body">\n<div '
        'class="lk-steps-facts"><span class="lk-steps-badge">Week 1</span></div><h3 '
        'class="lk-steps-name">Write to us</h3><p class="lk-steps-words-text">Tell us what you '
        '<em>study</em>.</p><a class="lk-steps-link" href="https://example.org/contact/">'
        'Contact<span aria-hidden="true">→</span></a></div>\n</li>\n<li class="lk-steps-item">'
        '\n<div class="lk-steps-track"><div class="lk-steps-marker lk-steps-sm '
        'lk-steps-number">2</div><div class="lk-steps-line"></div></div>\n<div '
        'class="lk-steps-body">\n<div class="lk-steps-facts"><span class="lk-steps-date">Spring'
        '</span></div><h3 class="lk-steps-name">Visit</h3><p class="lk-steps-words-text">Spend '
        'a day at the station.</p></div>\n</li>\n<li class="lk-steps-item">\n<div '
        'class="lk-steps-track"><div class="lk-steps-marker lk-steps-sm lk-steps-number">3'
        '</div></div>\n<div class="lk-steps-body lk-steps-last">\n<h3 class="lk-steps-name">'
        'Survey</h3><p class="lk-steps-words-text">Fly your first transect.</p></div>\n</li>\n'
        "</ol>\n</div>\n</div>\n</section>")


def test_the_markers_numbering_icons_and_dots(site):
    assert [label(n, "roman") for n in (0, 3, 8, 13, 48)] == ["I", "IV", "IX", "XIV", "XLIX"]
    assert [label(n, "alpha") for n in (0, 25)] == ["A", "Z"]
    assert [label(n, "padded") for n in (0, 11)] == ["01", "12"]
    assert [label(n, "hex") for n in (0, 11)] == ["1", "12"]
    html, _ = section(site, "steps", content={"items": [
        {"title": "A", "icon": "hero/beaker"}, {"title": "B", "icon": "hero/no-such"}]},
        design={"marker_style": "icon", "numbering": "roman", "connector": "dashed"})
    assert re.findall(r'<div class="lk-steps-marker[^"]*">.*?</div>', html) == [
        '<div class="lk-steps-marker lk-steps-sm lk-steps-icon"><svg class="lk-icon" '
        'aria-hidden="true" focusable="false"><use href="#lk-icon-hero-beaker"/></svg></div>',
        '<div class="lk-steps-marker lk-steps-sm lk-steps-number">II</div>']  # no such icon
    assert '<div class="lk-steps-line lk-steps-dashed"></div>' in html
    html, _ = section(site, "steps", design={"marker_style": "dot", "connector": "none"})
    assert html.count('<div class="lk-steps-marker lk-steps-dot"></div>') == 3
    assert "lk-steps-line" not in html


def test_horizontal_and_timeline(site):
    html, _ = section(site, "steps", design={"layout": "horizontal"})
    assert '<div class="lk-steps-inner lk-steps-wide">' in html
    assert '<div class="lk-steps-head lk-steps-centered">' in html
    # stacked for phones, across from 640 px: each step twice, its call to action "text →"
    assert re.findall(r'<h3 class="lk-steps-name[^"]*">([^<]*)</h3>', html) == [
        "Write to us", "Visit", "Survey"] * 2
    assert re.findall(r'<a class="lk-steps-tiny" href="([^"]*)">([^<]*)</a>', html) == [
        ("https://example.org/contact/", "Contact →")] * 2
    assert html.count('<div class="lk-steps-marker lk-steps-lg lk-steps-number">') == 3
    assert '<div class="lk-steps-rail"></div>' in html
    html, _ = section(site, "steps", design={"layout": "timeline"}, content={"items": [
        {"title": "One", "image": "areas/dunes.png", "cta": {"text": "Go",
                                                             "url": "https://example.org/"}},
        {"title": "Two", "badge": "B", "date": "2026"}]})
    assert '<div class="lk-steps-inner lk-steps-mid">' in html
    assert re.findall(r'<li class="([^"]*)">', html) == [
        "lk-steps-event", "lk-steps-event lk-steps-flip"]
    assert '<img class="lk-steps-image" src="IMG" alt="One">' in html
    assert ('<a class="lk-steps-link" href="https://example.org/" target="_blank" '
            'rel="noopener noreferrer">Go →</a>') in html
    assert ('<div class="lk-steps-facts"><span class="lk-steps-date">2026</span><span '
            'class="lk-steps-badge">B</span></div>') in html


def test_steps_listed_as_steps_have_no_images_and_unsafe_links_go(site):
    html, problems = section(site, "steps", content={"items": None, "steps": [
        {"title": "**Bold** `code` <i>x</i>", "image": "areas/dunes.png",
         "cta": {"text": "Bad", "url": "javascript:alert(1)"}}]}, design={"layout": "up"})
    assert tags_h3(html) == [
        '<strong>Bold</strong> <code class="lk-kit-code">code</code> <i>x</i>']
    assert "<img" not in html  # preact-wrapper resolves images of content.items only
    assert '<a class="lk-steps-link">Bad' in html  # the element stays, with no link
    assert problems == []


def tags_h3(html: str) -> list[str]:
    return re.findall(r'<h3 class="lk-steps-name">(.*?)</h3>', html)


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    assert [str(p) for p in check.check_page(site, KIT / "content" / "_index.md")
            if "sections[4]" in p.message] == []
