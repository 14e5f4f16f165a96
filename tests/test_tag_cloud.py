"""The `tag_cloud` block as blox-bootstrap v5.9.7 (`blocks/tag_cloud.html`) draws it, on the
fixture site tests/sites/blocks-c-bootstrap.

The terms, their titles, links, order and sizes are those of the real theme's build of the
same site (real-theme-builds.md; blox-bootstrap v5.9.7, blox-core v0.3.1, blox-seo v0.2.2,
Hugo 0.168): `Deep Sea` 0.8rem, `Maps` 0.8rem, `Outreach` 0.8rem, `Sensing` 1.65rem, `Survey`
2.1472181256129828rem; "survey" and "Survey" are one term, titled as Hugo titles it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import check, render

SITES = Path(__file__).resolve().parent / "sites"
TERM = re.compile(r'<a href="https://harbour\.example\.org/([^"]+)" style="--lk-size:([^"]+)">'
                  r"([^<]*)</a>")


@pytest.fixture
def site(tmp_path) -> Path:
    shutil.copytree(SITES / "blocks-c-bootstrap", tmp_path / "site")
    return tmp_path / "site"


def cloud(site: Path, content=None, design=None) -> str:
    page = lk.Site(site / "content").page("_index.md")
    block = page.sections[1]
    for name, value in (content or {}).items():
        if name in ("taxonomy", "count"):
            setattr(block, name, value)  # the block's own fields
        else:
            block.data["content"][name] = value
    block.data["design"].update(design or {})
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index('<section id="tags"')
    return html[start:html.index("</section>", start) + len("</section>")]


def test_the_cloud_is_the_themes(site):
    assert cloud(site) == (
        '<section id="tags" class="lk-section home-section wg-tag-cloud lk-block-tag-cloud" '
        'aria-labelledby="tags-title">'
        '\n<div class="lk-container">\n<div class="lk-columns lk-columns-side">\n'
        '<div class="lk-section-heading section-heading">\n<h2 class="lk-block-title" '
        'id="tags-title">Topics'
        '</h2>\n</div>\n<div class="lk-column lk-column-8">\n<div class="lk-tag-cloud">\n'
        '<a href="https://harbour.example.org/tags/deep-sea/" style="--lk-size:0.8">Deep Sea'
        '</a>\n<a href="https://harbour.example.org/tags/maps/" style="--lk-size:0.8">Maps</a>\n'
        '<a href="https://harbour.example.org/tags/outreach/" style="--lk-size:0.8">Outreach'
        '</a>\n<a href="https://harbour.example.org/tags/sensing/" style="--lk-size:1.65">'
        'Sensing</a>\n<a href="https://harbour.example.org/tags/survey/" '
        'style="--lk-size:2.1472181256129828">Survey</a>\n</div>\n</div>\n</div>\n</div>\n'
        "</section>")


def test_count_keeps_the_most_used_terms_ties_by_name(site):
    """The real build with `count: 2` gives Survey 1.7944362512259655rem: Go's math.Log,
    where C's log would give ...966."""
    assert TERM.findall(cloud(site, {"count": 2})) == [
        ("tags/sensing/", "0.8", "Sensing"), ("tags/survey/", "1.7944362512259655", "Survey")]
    assert [t[2] for t in TERM.findall(cloud(site, {"count": 3}))] == [
        "Deep Sea", "Sensing", "Survey"]
    assert len(TERM.findall(cloud(site, {"count": 0}))) == 5


def test_sizes_between_the_designs_min_and_max(site):
    """As the real build prints them for `font_size_min: 1`, `font_size_max: 3`."""
    assert [t[1] for t in TERM.findall(cloud(site, design={"font_size_min": 1,
                                                           "font_size_max": 3}))] == [
        "1", "1", "1", "2", "2.584962500721156"]


def test_drafts_future_and_expired_pages_are_not_counted(site):
    for name, extra in (("harbour-map", "draft: true"), ("tide-gauge", "date: 2999-01-01"),
                        ("reef-survey", "expiryDate: 2001-01-01")):
        path = site / "content" / "project" / name / "index.md"
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^date: .*$", "", text, flags=re.M) if extra.startswith("date") else text
        path.write_text(text.replace("---\n", f"---\n{extra}\n", 1), encoding="utf-8")
    assert TERM.findall(cloud(site)) == [("tags/outreach/", "0.8", "Outreach"),
                                         ("tags/survey/", "0.8", "Survey")]


def test_another_taxonomy_and_a_term_pages_own_title(site):
    (site / "content" / "categories" / "news").mkdir(parents=True)
    (site / "content" / "categories" / "news" / "_index.md").write_text(
        "---\ntitle: Harbour news\n---\n", encoding="utf-8")
    assert TERM.findall(cloud(site, {"taxonomy": "categories", "text": "All *topics*"})) == [
        ("categories/news/", "0.8", "Harbour news")]
    html = cloud(site, {"taxonomy": "categories", "text": "All *topics*"}, {"columns": "1"})
    assert '<div class="lk-column lk-column-centre">\nAll <em>topics</em>\n' in html


def test_capitalize_list_titles_false_keeps_the_first_spelling(site):
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "capitalizeListTitles: false\n",
                      encoding="utf-8")
    assert [t[2] for t in TERM.findall(cloud(site))] == [
        "deep sea", "Maps", "outreach", "Sensing", "Survey"]


def test_check_knows_the_block_and_a_taxonomy_the_site_lacks(site):
    text = site / "content" / "_index.md"
    assert not [p for p in check.check_page(lk.Site(site / "content"), text)
                if "sections[1]" in p.message]
    text.write_text(text.read_text(encoding="utf-8").replace(
        "      title: Topics\n", "      title: Topics\n      taxonomy: keywords\n"),
        encoding="utf-8")
    assert [str(p).replace(str(text), "_index.md")
            for p in check.check_page(lk.Site(site / "content"), text)
            if "sections[1]" in p.message] == [
        "_index.md:44: warning: sections[1].content.taxonomy: 'keywords' is not a taxonomy "
        "of the site (authors, categories, tags); the cloud is empty"]


def test_integer_columns_compare_as_hugo_compares_them(site):
    """The real build with `columns: 2` (a number): the heading beside (it is not "1"), the
    cloud centred in the full width (it is not "2" either); `columns: 1` the same."""
    for number in (2, 1):
        html = cloud(site, design={"columns": number})
        assert '<div class="lk-columns lk-columns-side">' in html
        assert '<div class="lk-column lk-column-centre">' in html
