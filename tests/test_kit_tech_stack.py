"""`tech-stack` as the 2026 kit's modules/blox/blox/tech-stack/block.html draws it, compared
as text: the heading, each category's name between its rules over its tiles (icon, name,
level bar with `show_levels`), the `list` style, and what the template leaves out."""

from __future__ import annotations

import re

import pytest
from kitblocks_site import KIT, copy_site, section

import landingkit as lk
from landingkit import check


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path)


def icon(name: str) -> str:
    return (f'<svg class="lk-icon" aria-hidden="true" focusable="false"><use href="#lk-icon-'
            f'{name}"/></svg>')


def tile(name: str, svg: str, level: str = "", invert: bool = False) -> str:
    box = f'<div class="lk-ts-icon{" lk-ts-invert" if invert else ""}">{svg}</div>'
    return (f'<div class="lk-ts-item">\n<div class="lk-ts-tile">\n{box}<span class="lk-ts-name">'
            f"{name}</span>\n{level}</div>\n</div>\n")


def bar(colour: str, width: str, level: str) -> str:
    return (f'<div class="lk-ts-level-box"><div class="lk-ts-bar"><div class="lk-ts-fill '
            f'lk-ts-{colour}" style="width: {width}"></div></div><span class="lk-ts-level">'
            f"{level}</span></div>")


def category(name: str) -> str:
    return (f'<div class="lk-ts-category">\n<h3 class="lk-ts-category-name"><span '
            f'class="lk-ts-rule"></span><span>{name}</span><span class="lk-ts-rule '
            'lk-ts-rule-end"></span></h3><div class="lk-ts-items">\n')


def test_the_fixtures_tiles_as_the_template_draws_them(site):
    html, problems = section(site, "tools")
    assert problems == []
    assert html == (
        '<section id="tools" class="lk-section lk-block-tech-stack">\n<div class="lk-ts">\n'
        '<div class="lk-ts-head">\n<h2 class="lk-ts-title">Our <em>tools</em></h2><p '
        'class="lk-ts-subtitle">What we build with</p></div>\n<div class="lk-ts-categories">\n'
        + category("Languages")
        + tile("Python", icon("brands-python"), bar("expert", "100%", "expert"))
        + tile("R", icon("brands-r-project"), bar("intermediate", "50%", "intermediate"))
        + "</div>\n</div>\n" + category("Field kit")
        + tile("Drones", icon("hero-paper-airplane"))
        + tile("GitHub", icon("brands-github"), invert=True)  # the kit inverts it in the dark
        + "</div>\n</div>\n</div>\n</div>\n</section>")


def test_levels_names_and_what_is_left_out(site):
    html, _ = section(site, "tools", content={"title": None, "subtitle": "", "categories": {
        "items": [{"name": " Rust ", "level": " Advanced "}, {"name": "C", "level": "Beginner"},
                  {"name": "Go", "level": "guru", "icon": "brands/no-such"}, {"level": "x"},
                  "y"]}}, design={"show_levels": "yes"})
    assert html.split('<div class="lk-ts-categories">\n')[0].endswith(
        '<div class="lk-ts-head">\n</div>\n')
    assert "lk-ts-category-name" not in html  # a category without a name has no heading
    assert re.findall(r'<span class="lk-ts-name">([^<]*)</span>', html) == ["Rust", "C", "Go"]
    assert re.findall(r'lk-ts-fill lk-ts-(\w+)" style="width: ([^"]*)"', html) == [
        ("advanced", "75%"), ("beginner", "25%"), ("none", "0%")]
    assert '<div class="lk-ts-icon"></div>' in html  # an icon we do not have: its empty box
    html, _ = section(site, "tools", design={"show_levels": "off"})
    assert "lk-ts-level" not in html
    html, _ = section(site, "tools", content={"categories": [{"name": "Empty", "items": []}]})
    assert "Empty" not in html


def test_the_list_style_is_one_row_of_pills(site):
    html, _ = section(site, "tools", design={"style": " LIST "})
    assert re.findall(r'<div class="lk-ts-pill">(.*?)</div>', html) == [
        f'<span class="lk-ts-pill-icon">{icon("brands-python")}</span><span class="lk-ts-name">'
        "Python</span>",
        f'<span class="lk-ts-pill-icon">{icon("brands-r-project")}</span><span '
        'class="lk-ts-name">R</span>',
        f'<span class="lk-ts-pill-icon">{icon("hero-paper-airplane")}</span><span '
        'class="lk-ts-name">Drones</span>',
        f'<span class="lk-ts-pill-icon">{icon("brands-github")}</span><span class="lk-ts-name">'
        "GitHub</span>"]
    assert "lk-ts-category" not in html


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    assert [str(p) for p in check.check_page(site, KIT / "content" / "_index.md")
            if "sections[3]" in p.message] == []
