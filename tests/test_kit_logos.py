"""`logos` as the 2026 kit's Preact component (modules/blox/blox/logos/component.jsx, its
icons and images resolved by layouts/_partials/blox/preact-wrapper.html) draws it once it has
run, compared as text: the heading, each logo (icon, else image, else name) in its slot and
link, the layouts, sizes and styles, and the call to action."""

from __future__ import annotations

import re

import pytest
from kitblocks_site import KIT, copy_site, section

import landingkit as lk
from landingkit import check

GITHUB = ('<svg class="lk-icon" aria-hidden="true" focusable="false">'
          '<use href="#lk-icon-brands-github"/></svg>')


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path)


def test_the_fixtures_logos_as_the_component_draws_them(site):
    html, problems = section(site, "funders")
    assert problems == []
    assert html == (
        '<section id="funders" class="lk-section lk-block-logos">\n<div class="lk-logos">\n'
        '<div class="lk-logos-inner">\n<div class="lk-logos-head">\n'
        '<p class="lk-logos-title">Funded by</p><p class="lk-logos-subtitle">Our <strong>'
        'partners</strong></p></div>\n<div class="lk-logos-row">\n'
        '<a class="lk-logos-item" href="https://example.org/sea" aria-label="Sea Fund" '
        'target="_blank" rel="noopener noreferrer" style="width:128px"><img class="lk-logo-image'
        ' lk-logo-grayscale" src="IMG" alt="Sea Fund" style="height:2.5rem;max-width:5rem;'
        'width:auto"></a><div class="lk-logos-item" role="img" aria-label="GitHub" '
        'style="width:128px"><span class="lk-logo-icon lk-logo-grayscale" title="GitHub" '
        f'style="height:2.5rem;max-width:5rem">{GITHUB}</span></div><div class="lk-logos-item" '
        'role="img" aria-label="Harbour Trust" style="width:128px"><span class="lk-logo-name">'
        "Harbour Trust</span></div></div>\n"
        '<div class="lk-logos-cta"><a href="https://example.org/contact/">Become a partner'
        '<span aria-hidden="true">→</span></a></div>\n</div>\n</div>\n</section>')


def items_of(html: str) -> list[str]:
    return re.findall(r'<(?:a|div) class="lk-logos-item".*?</(?:a|div)>', html)


def test_sizes_styles_scale_and_what_is_left_out(site):
    html, problems = section(site, "funders", content={"title": None, "subtitle": None,
                                                       "cta": {"text": "No url"}, "items": [
        {"name": "Big", "icon": "brands/github", "style": "color", "scale": 1.3,
         "url": "javascript:alert(1)"},
        {"icon": "brands/no-such-icon"}, {}, "text",
        {"name": "Pic", "image": "logos/sea-fund.png", "style": "neon", "url": "#top"}]},
        design={"logo_size": "lg", "logo_style": "white"})
    assert "lk-logos-head" not in html and "lk-logos-cta" not in html
    assert items_of(html) == [
        '<div class="lk-logos-item" role="img" aria-label="Big" style="width:160px">'
        '<span class="lk-logo-icon lk-logo-color" title="Big" style="height:3.5rem;'
        f'max-width:7rem;transform:scale(1.3)">{GITHUB}</span></div>',
        '<a class="lk-logos-item" href="#top" aria-label="Pic" style="width:160px">'
        '<img class="lk-logo-image lk-logo-grayscale" src="IMG" alt="Pic" style="height:3.5rem;'
        'max-width:7rem;width:auto"></a>']
    assert problems == []


def test_logos_listed_as_logos_show_their_names(site):
    # preact-wrapper resolves icons and images of content.items only
    html, _ = section(site, "funders", content={"items": None, "logos": [
        {"name": "Sea Fund", "image": "logos/sea-fund.png"}, {"icon": "brands/github"}]})
    assert items_of(html) == [
        '<div class="lk-logos-item" role="img" aria-label="Sea Fund" style="width:128px">'
        '<span class="lk-logo-name">Sea Fund</span></div>']


def test_grid_and_marquee(site):
    many = [{"name": f"L{n}"} for n in range(7)]
    for count, columns in ((2, "3"), (4, "2-4"), (5, "3-6"), (7, "many")):
        html, _ = section(site, "funders", content={"items": many[:count]},
                          design={"display_mode": "grid"})
        assert f'<div class="lk-logos-grid lk-logos-cols-{columns}">' in html
    html, _ = section(site, "funders", content={"items": many[:2]},
                      design={"layout": "marquee", "marquee_speed": 12})
    assert '<div class="lk-logos-track" style="--lk-marquee:12s">' in html
    assert re.findall(r'aria-label="(L\d)"', html) == ["L0", "L1", "L0", "L1"]
    html, _ = section(site, "funders", design={"layout": "wall"})
    assert '<div class="lk-logos-row">' in html


def test_a_missing_logo_image_is_said(site):
    html, problems = section(site, "funders", content={"items": [
        {"name": "Gone", "image": "logos/gone.svg"}]})
    assert items_of(html) == [
        '<div class="lk-logos-item" role="img" aria-label="Gone" style="width:128px">'
        '<span class="lk-logo-name">Gone</span></div>']
    assert problems == [
        f"{site / 'content' / '_index.md'}:41: warning: sections[1].content.items[0].image: "
        "'logos/gone.svg' is not in the page's folder, assets/media/ or static/media/; it is "
        "not shown"]


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    assert [str(p) for p in check.check_page(site, KIT / "content" / "_index.md")
            if "sections[1]" in p.message] == []


# ------------------------------------------------------------------ blox-tailwind v0.10.0


def test_on_a_blox_tailwind_site_its_go_template_draws_the_logos(tmp_path):
    """blox-tailwind v0.10.0 blox/logos/block.html: `content.logos`' images from assets/media/
    (a missing one leaves its box empty, as `if $img` does), linked to `url` (else "#") in
    the tab `external` says, the description as a tooltip, the `cta` button."""
    site = copy_site(tmp_path, "kitblocks-tailwind")
    html, problems = section(site, "funders")
    assert problems == []
    assert html == (
        '<section id="funders" class="lk-section lk-block-logos lk-tl">\n'
        '<div class="lk-tl-inner">\n<div class="lk-tl-head">\n<h2 class="lk-tl-title">Funded '
        'by</h2></div>\n<div class="lk-tl-grid">\n<div class="lk-tl-logo">\n'
        '<a class="lk-tl-box" href="https://example.org/sea" target="_blank" rel="noopener" '
        'title="Sea Fund"><div class="lk-tl-figure"><img class="lk-tl-image" src="IMG" '
        'alt="Sea Fund" loading="lazy"><div class="lk-tl-tip">Our main funder<div '
        'class="lk-tl-arrow"></div></div></div>\n</a></div>\n<div class="lk-tl-logo">\n'
        '<a class="lk-tl-box" href="#" target="_self" rel="" title="Missing"><div '
        'class="lk-tl-figure"></div>\n</a></div>\n</div>\n<div class="lk-tl-actions"><a '
        'class="lk-tl-button" href="https://example.org/contact/">Partner with us</a></div>\n'
        "</div>\n</section>")
    html, _ = section(site, "funders", content={"logos": None, "logo_folder": "logos"},
                      design={"display_mode": "carousel"})
    assert html.count('<div class="lk-tl-slot"><img class="lk-tl-image" src="IMG" '
                      'alt="Partner logo" loading="lazy"></div>') == 2  # twice, for the loop
