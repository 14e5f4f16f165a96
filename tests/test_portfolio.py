"""The `portfolio` block as blox-bootstrap v5.9.7 (`blocks/portfolio.html`) draws it, on the
fixture site tests/sites/blocks-c-bootstrap: the pages it selects and their order, the filter
buttons, the view it hands the pages to.

Compared with the real theme's build of the same site (real-theme-builds.md; blox-bootstrap
v5.9.7, blox-core v0.3.1, blox-seo v0.2.2, Hugo 0.168): the fixture's block shows Tide gauge,
Harbour map, Reef survey under All (active), Sensing, Maps; with `filters.folders: [project]`
and `exclude_tags: [outreach, Maps]` it shows /post/open-day/, /project/tide-gauge/,
/project/reef-survey/ (Hugo's `symdiff` brings in the post that carries an excluded tag).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import check, render
from landingkit.blocks.portfolio import select

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture
def site(tmp_path) -> Path:
    shutil.copytree(SITES / "blocks-c-bootstrap", tmp_path / "site")
    return tmp_path / "site"


def portfolio(site: Path, content=None, design=None):
    s = lk.Site(site / "content")
    page = s.page("_index.md")
    block = page.sections[2]
    for name, value in (content or {}).items():
        if name in ("page_type", "sort_by", "order"):
            setattr(block, name, value)
        else:
            block.data["content"][name] = value
    for name, value in (design or {}).items():
        if name == "view":
            block.view = value
        else:
            block.data["design"][name] = value
    return s, page, block


def shown(site: Path, content=None, design=None) -> list[str]:
    s, page, block = portfolio(site, content, design)
    return [p.name for p in select(s, block, page.lang)]


def html_of(site: Path, content=None, design=None) -> str:
    _, page, _ = portfolio(site, content, design)
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index('<section id="projects"')
    return html[start:html.index("</section>", start) + len("</section>")]


def test_the_pages_of_the_folders_newest_first(site):
    assert shown(site) == ["Tide gauge", "Harbour map", "Reef survey"]


def test_exclude_tags_is_hugos_symmetric_difference(site):
    assert shown(site, {"filters": {"folders": ["project"],
                                    "exclude_tags": ["outreach", "Maps"]}}) == [
        "Open day", "Tide gauge", "Reef survey"]


def test_tags_page_type_kinds_and_order(site):
    assert shown(site, {"filters": {"tags": ["Sensing"]}}) == ["Tide gauge", "Reef survey"]
    assert shown(site, {"filters": {"tags": ["sensing"]}}) == []  # compared as written
    assert shown(site, {"filters": {}, "page_type": "post"}) == ["Open day"]
    assert shown(site, {"sort_by": "Title", "order": "asc"}) == [
        "Harbour map", "Reef survey", "Tide gauge"]
    assert shown(site, {"sort_ascending": True}) == ["Reef survey", "Harbour map",
                                                     "Tide gauge"]
    assert shown(site, {"filters": {"kinds": ["home"]}}) == ["Harbour Lab"]


def test_a_draft_is_not_shown(site):
    path = site / "content" / "project" / "tide-gauge" / "index.md"
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\ndraft: true\n", 1),
                    encoding="utf-8")
    assert shown(site) == ["Harbour map", "Reef survey"]


def test_the_filter_buttons_are_drawn_the_default_one_active(site):
    html = html_of(site, {"default_button_index": 1})
    assert ('<div class="lk-portfolio-filters lk-portfolio-filters-centre">\n'
            '<span class="lk-portfolio-filter">All</span>\n'
            '<span class="lk-portfolio-filter lk-active">Sensing</span>\n'
            '<span class="lk-portfolio-filter">Maps</span>\n</div>') in html
    html = html_of(site, {"buttons": [{"name": "All", "tag": "*"}]}, {"columns": "2"})
    assert "lk-portfolio-filter" not in html  # one button: no toolbar
    assert '<div class="lk-columns lk-columns-side">' in html


def test_every_page_is_handed_to_the_view(site):
    html = html_of(site, design={"view": 1})
    assert '<div class="lk-portfolio-items lk-view-list">' in html
    places = [html.index(name) for name in ("Tide gauge", "Harbour map", "Reef survey")]
    assert places == sorted(places)  # whatever the view's markup, all of them, in order


def test_check_knows_the_block(site):
    text = site / "content" / "_index.md"
    assert [str(p) for p in check.check_page(lk.Site(site / "content"), text)
            if "sections[2]" in p.message] == []


# ------------------------------------------------------------------ the 2026 kit's portfolio

KIT = SITES / "blocks-c-tailwind"


@pytest.fixture
def kit_site(tmp_path) -> Path:
    shutil.copytree(KIT, tmp_path / "kit")
    return tmp_path / "kit"


def kit_html(site: Path, **content) -> str:
    page = lk.Site(site / "content").page("work/index.md")
    page.sections[0].data["content"].update(content)
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index('<section id="work"')
    return html[start:html.index("</section>", start) + len("</section>")]


def titles(html: str) -> list[str]:
    import re

    return re.findall(r'<h3 class="lk-kp-title"><a href="[^"]*">([^<]*)</a>', html)


def test_the_kits_cards_are_the_pages_some_button_shows(kit_site):
    html = kit_html(kit_site)  # count 2: All shows the two newest, Sensing two of its own
    assert titles(html) == ["Tide gauge", "Harbour map", "Reef survey"]
    assert ('<p class="lk-kp-all"><a href="https://harbour.example.org/projects/">View All '
            "Projects") in html
    assert titles(kit_html(kit_site, count=1, buttons=[{"name": "All", "tag": "*"}])) == [
        "Tide gauge"]
    html = kit_html(kit_site, count=0, sort_ascending=True)
    assert titles(html) == ["Reef survey", "Harbour map", "Tide gauge"]
    assert "lk-kp-all" not in html  # All shows every page: no archive link


def test_a_kit_card_has_the_status_tech_stack_and_links(kit_site):
    import re

    html = kit_html(kit_site)
    first = html[html.index("<article"):html.index("</article>")]
    assert '<span class="lk-kp-status lk-kp-status-wip">WIP</span>' in first
    assert re.findall(r"<span(?: class=\"lk-kp-more\")?>([^<]*)</span>", first) == [
        "Python", "Rust", "Arduino", "LoRa", "+1", "Code", "Report"]
    assert ('<a href="https://harbour.example.org/uploads/tide.pdf" target="_blank" '
            'rel="noopener noreferrer">') in first  # a PDF opens in a new tab
    assert '<p class="lk-kp-summary">Measuring the <em>tide</em> every minute.</p>' in first
    assert '<div class="lk-kp-placeholder">' in html  # the pages without a featured image
    assert '<span class="lk-kp-status lk-kp-status-done">Done</span>' in html


def test_check_knows_the_kits_portfolio(kit_site):
    text = kit_site / "content" / "work" / "index.md"
    assert [str(p) for p in check.check_page(lk.Site(kit_site / "content"), text)] == []
