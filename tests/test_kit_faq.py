"""`faq` as the 2026 kit's Preact component (modules/blox/blox/faq/component.jsx) draws it
once it has run, every answer closed, compared as text: the heading, the text's paragraphs,
each question and answer as a `<details>` that opens without script, the component's
renderInline (bold, italic, code, links) and renderRich, and the button."""

from __future__ import annotations

import re

import pytest
from kitblocks_site import KIT, copy_site, section

import landingkit as lk
from landingkit import check

PLUS = ('<span class="lk-faq-plus"><span class="lk-faq-plus-icon"><svg '
        'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor" '
        'aria-hidden="true"><path fill-rule="evenodd" d="M10 3a.75.75 0 01.75.75v5.5h5.5a.75.75'
        ' 0 010 1.5h-5.5v5.5a.75.75 0 01-1.5 0v-5.5h-5.5a.75.75 0 010-1.5h5.5v-5.5A.75.75 0 '
        '0110 3z" clip-rule="evenodd"/></svg></span></span>')


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path)


def entry(question: str, answer: str) -> str:
    return (f'<details class="lk-faq-item">\n<summary class="lk-faq-question"><span '
            f'class="lk-faq-words">{question}</span>{PLUS}</summary>\n'
            f'<div class="lk-faq-answer">{answer}</div>\n</details>\n')


def test_the_fixtures_questions_as_the_component_draws_them(site):
    html, problems = section(site, "faq")
    assert problems == []
    assert html == (
        '<section id="faq" class="lk-section lk-block-faq">\n<div class="lk-faq">\n'
        '<div class="lk-faq-inner">\n<div class="lk-faq-head">\n<p class="lk-faq-subtitle">'
        'Questions</p><h2 class="lk-faq-title">Frequently <em>asked</em></h2></div>\n'
        '<div class="lk-faq-text"><p>What students ask us.</p><p class="lk-kit-more">Write to '
        'us for <strong>more</strong>.</p></div><div class="lk-faq-list">\n'
        + entry("Can I join the lab?", '<p>Yes. We take two <strong>students</strong> a year; '
                'see <a class="lk-kit-link" href="https://example.org/jobs/">jobs</a>.</p>')
        + entry("Is the data open?", '<p>All of it, under <code class="lk-kit-code">CC-BY'
                '</code>.</p><p class="lk-kit-more">Every flight is archived.</p>')
        + entry("Do you teach?", "<p>One course a year.</p>")  # title and text stand in
        + '</div>\n<div class="lk-faq-actions"><a class="lk-faq-button" '
        'href="https://example.org/contact" target="_blank" rel="noopener noreferrer">Contact us'
        "</a></div>\n</div>\n</div>\n</section>")


def test_the_components_text_rules_not_markdown(site):
    html, _ = section(site, "faq", content={
        "subtitle": "**not bold**", "title": "_not italic_ <b>tag</b>", "text": None,
        "items": [{"question": "A [link](javascript:alert(1)) and [site](#faq)",
                   "answer": "  \n\nOne\n  \n\n two  \n\n", "title": "unused"},
                  {"question": "", "title": "an empty question is kept"}, "x"],
        "button": {"text": "Go", "url": "/contact/", "icon": "hero/arrow-right"}})
    assert re.findall(r'<(?:p|h2) class="lk-faq-(?:subtitle|title)">.*?</(?:p|h2)>', html) == [
        '<p class="lk-faq-subtitle">**not bold**</p>',
        '<h2 class="lk-faq-title">_not italic_ <b>tag</b></h2>']  # raw HTML is HTML, sanitised
    assert "lk-faq-text" not in html
    assert re.findall(r'<span class="lk-faq-words">(.*?)</span>', html) == [
        # the component's [^)]+ stops at the first ")"; a javascript: link is no link here
        'A link) and <a class="lk-kit-link" href="#faq">site</a>', ""]
    assert re.findall(r'<div class="lk-faq-answer">(.*?)</div>', html) == [
        '<p>One</p><p class="lk-kit-more">two</p>', ""]
    assert ('<a class="lk-faq-button" href="https://example.org/contact/">Go<span '
            'class="lk-faq-button-icon"><svg class="lk-icon" aria-hidden="true" '
            'focusable="false"><use href="#lk-icon-hero-arrow-right"/></svg></span></a>') in html


def test_no_items_no_panel_and_a_button_needs_a_url(site):
    html, _ = section(site, "faq", content={"items": {"question": "a map"},
                                            "button": {"text": "Go"}})
    assert "lk-faq-list" not in html and "lk-faq-actions" not in html
    html, _ = section(site, "faq", content={"button": {"text": "Go", "url": "javascript:x()"}})
    assert '<a class="lk-faq-button">Go</a>' in html  # the element stays, with no link


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    assert [str(p) for p in check.check_page(site, KIT / "content" / "_index.md")
            if "sections[2]" in p.message] == []


# ------------------------------------------------------------------ blox-tailwind v0.10.0

CHEVRON = ('<svg class="lk-tf-chevron" fill="none" stroke="currentColor" viewBox="0 0 24 24" '
           'aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" '
           'stroke-width="2" d="M19 9l-7 7-7-7"/></svg>')


def test_on_a_blox_tailwind_site_its_go_template_draws_the_questions(tmp_path):
    """blox-tailwind v0.10.0 blox/faq/block.html: `markdownify | emojify` of the title, the
    subtitle under it, the questions and answers; each item closed, as Alpine starts it."""
    site = copy_site(tmp_path, "kitblocks-tailwind")
    html, problems = section(site, "faq")
    assert problems == []
    assert html == (
        '<section id="faq" class="lk-section lk-block-faq lk-tf">\n<div class="lk-tf-inner">\n'
        '<div class="lk-tf-head">\n<h2 class="lk-tf-title">Questions 👋</h2>\n'
        '<p class="lk-tf-subtitle">What visitors <em>ask</em></p></div>\n'
        '<div class="lk-tf-list">\n<details class="lk-tf-item">\n<summary class="lk-tf-question">'
        f'<span class="lk-tf-words">Can I <strong>visit</strong>?</span>{CHEVRON}</summary>\n'
        '<div class="lk-tf-answer"><div class="lk-prose lk-tf-prose"><p>Yes, on Fridays.</p>\n'
        '<p>Write first.</p></div></div>\n</details>\n<details class="lk-tf-item">\n'
        '<summary class="lk-tf-question"><span class="lk-tf-words">Is the data open?</span>'
        f'{CHEVRON}</summary>\n<div class="lk-tf-answer"><div class="lk-prose lk-tf-prose">All '
        'of it.</div></div>\n</details>\n</div>\n<div class="lk-tf-actions"><a '
        'class="lk-tf-button" href="https://example.org/contact/">Ask us</a></div>\n</div>\n'
        "</section>")
    html, _ = section(site, "faq", content={"title": None, "subtitle": "Only under a title",
                                            "items": [], "button": None})
    assert "lk-tf-head" not in html and "lk-tf-list" not in html and "lk-tf-actions" not in html


def test_raw_html_in_a_text_goes_through_the_sanitiser(site):
    """The component writes its texts with dangerouslySetInnerHTML: raw HTML is HTML there,
    and here what the sanitiser leaves of it."""
    html, _ = section(site, "faq", content={
        "title": 'Q <img src="x" onerror="alert(1)"><script>alert(2)</script>&amp; A',
        "items": [{"question": "Why?", "answer": "<em>Because</em><iframe src=//x></iframe>"}]})
    assert re.findall(r'<h2 class="lk-faq-title">.*?</h2>', html) == [
        '<h2 class="lk-faq-title">Q <img>&amp; A</h2>']
    assert "<p><em>Because</em></p>" in html
