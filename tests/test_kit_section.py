"""The kit's section wrapper (functions/parse_block_v3.html, blocks/kitsection.py) around every
block, not only the hero: its design.background, padding and section break, drawn behind the
block's own section; a block with no design is drawn as before."""

from __future__ import annotations

import pytest
from browser import DESKTOP, PHONE, open_page
from kitblocks_site import copy_site, section

import landingkit as lk

DESIGN = {"background": {"color": {"light": "#fef3c7", "dark": "#1e293b"},
                         "text_color_light": True},
          "spacing": {"padding": ["40px", "0", "40px", "0"]},
          "section_break": {"fade_bottom": "#ffffff", "size": "4rem"}}


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path)


def test_a_block_with_a_design_is_drawn_inside_the_kits_wrapper(site):
    html, problems = section(site, "faq", design=DESIGN)
    assert problems == []
    head = html[:html.index('<div class="lk-faq')]
    assert head == (
        '<section id="faq" class="lk-section lk-kit-section lk-kit-on-dark lk-block-faq" '
        'style="padding:40px 0 40px 0;">\n'
        '<div class="lk-kit-bg" style="background-color:light-dark(#fef3c7,#1e293b)"></div>\n'
        '<div class="lk-kit-fade lk-kit-fade-bottom" style="height:4rem;background:'
        'linear-gradient(to bottom,transparent,#ffffff)" aria-hidden="true"></div>\n')


def test_a_block_without_a_design_is_drawn_as_its_template_draws_it(site):
    html, _ = section(site, "faq")
    assert html.startswith('<section id="faq" class="lk-section lk-block-faq">\n')


def test_a_hostile_background_value_is_not_drawn(site):
    html, _ = section(site, "faq", design={"background": {
        "color": "red;background:url(https://evil.example/x)"}})
    assert html.startswith('<section id="faq" class="lk-section lk-block-faq">\n')


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE])
def test_the_wrapper_paints_behind_the_block_in_chromium(site, tmp_path, page, viewport):
    lk_page = lk.Site(site / "content").page("_index.md")
    block = next(b for b in lk_page.sections if b.data.get("id") == "faq")
    block.data["design"] = DESIGN
    out = lk.export_page(lk_page, tmp_path / "page.html")
    log = open_page(page, out, viewport)
    got = page.evaluate("""() => {
        const s = document.getElementById('faq'), bg = s.querySelector(':scope > .lk-kit-bg');
        const box = s.getBoundingClientRect(), b = bg.getBoundingClientRect();
        return [getComputedStyle(bg).backgroundColor, getComputedStyle(s).colorScheme,
                getComputedStyle(s).paddingTop, [b.width, b.height].map(Math.round),
                [box.width, box.height].map(Math.round)]}""")
    # text_color_light: the section is dark, so its colour is the pair's dark one
    assert got[:3] == ["rgb(30, 41, 59)", "dark", "40px"]
    assert got[3] == got[4]  # the layer covers the whole section
    assert log.network_requests == []
