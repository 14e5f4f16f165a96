"""Wowchemy v5.5.0's own widgets on the fixture site tests/sites/wowchemy-pages/ (images: its
draw_art.py): `pages` (the collection widget, `layouts/partials/widgets/pages.html`),
`featured` (`widgets/featured.html`) and `blank` (`widgets/blank.html`; `custom` is its old
name), in the section frame of `widget_page.html`.

Whom each widget shows, in which order, and what it draws around its view were compared with a
real build of this site with the theme, made offline as ../shared/spec/real-theme-builds.md
says (Hugo 0.168.0):

    git archive v5.5.0 wowchemy | tar -x --strip-components=1 -C /tmp/mods/wowchemy
    M=github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5
    HUGO_MODULE_REPLACEMENTS="$M->/tmp/mods/wowchemy" GOPROXY=off \\
        hugo build --source SITE --destination /tmp/public

with three shims Hugo 0.168 needs for v5.5.0: `.File.UniqueID` read as `.UniqueID` in
_default/baseof.html, no `site.GoogleAnalytics` in marketing/google_analytics.html, no
`getCSV` in shortcodes/table.html; and `security.funcs.getenv: [^HUGO_, ^WC_]` in the site's
configuration. A section's id is its file's name (`#posts`), in both.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import render

SITE = Path(__file__).parent / "sites" / "wowchemy-pages"
HOME = SITE / "content" / "home"
A = "https://lab.example.org"
REPO = Path(__file__).resolve().parents[1]


def home_html(site: Path = SITE) -> str:
    page = lk.Site(site).page(site / "content" / "home")
    html = render.render_page(page, render.Embed())[1]
    return re.sub(r'src="data:image/[a-z]+;base64,[A-Za-z0-9+/=]+"', 'src="IMG"', html)


def section(html: str, id_: str) -> str:
    start = html.index(f'<section id="{id_}"')
    return html[start:html.index("</section>", start) + len("</section>")]


def frame(id_: str, kind: str, title: str, inner: str, side: bool = True,
          subtitle: str = "", view: str = "", widget: str = "") -> str:
    """widget_page.html's row: the heading beside (a third) or above, the widget's column;
    the section `wg-<widget>` as Wowchemy names it (a collection's widget is `pages`)."""
    kinds = f" lk-view-{view}" if view else ""
    widget = widget or {"collection": "pages"}.get(kind, kind)
    under = f'<p class="lk-section-subtitle">{subtitle}</p>' if subtitle else ""
    return (f'<section id="{id_}" class="lk-section home-section wg-{widget} lk-block-{kind}'
            f'{kinds}" aria-labelledby="{id_}-title">\n<div class="lk-container">\n'
            f'<div class="lk-columns{" lk-columns-side" if side else ""}">\n'
            f'<div class="lk-section-heading section-heading">\n'
            f'<h2 class="lk-block-title" id="{id_}-title">{title}</h2>\n{under}'
            '</div>\n'
            f'<div class="lk-column{" lk-column-8" if side else ""}">\n{inner}</div>\n'
            '</div>\n</div>\n</section>')


def names(site: Path, section_id: str) -> list[str]:
    page = lk.Site(site).page(site / "content" / "home")
    return [p.name for _, people in page.groups(section_id) for p in people]


def copy_site(tmp_path, edits: dict[str, dict[str, str]]) -> Path:
    """The fixture site in `tmp_path`, its widget files edited ({file: {old: new}})."""
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    for name, changes in edits.items():
        path = site / "content" / "home" / name
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        for old, new in changes.items():
            assert old in text or not old
            text = text.replace(old, new) if old else new
        path.write_text(text, encoding="utf-8")
    return site


ADA = f'<span><a href="{A}/authors/ada-lovelace/">Ada Lovelace</a></span>'
BEN = f'<span><a href="{A}/authors/ben-okafor/">Ben Okafor</a></span>'
FOLDER = ('<svg class="lk-icon" aria-hidden="true" focusable="false">'
          '<use href="#lk-icon-fas-folder"/></svg>')
ANGLE = ('<svg class="lk-icon" aria-hidden="true" focusable="false">'
         '<use href="#lk-icon-fas-angle-right"/></svg>')
FILE = ('<svg class="lk-icon" aria-hidden="true" focusable="false">'
        '<use href="#lk-icon-far-file-lines"/></svg>')
PDF = ('<a class="lk-btn" href="https://example.org/graph.pdf" target="_blank" '
       'rel="noopener">PDF</a>')


def see_all(href: str, text: str) -> str:
    return f'<div class="lk-see-all"><a href="{href}">{text} {ANGLE}</a></div>\n'


def compact_post(slug: str, title: str, summary: str, authors: str, date: str, category: str,
                 height: int) -> str:
    return (
        '<div class="lk-compact stream-item view-compact">\n<div class="lk-compact-body">\n<div '
        'class="lk-bs-title section-subheading article-title"><a '
        f'href="{A}/post/{slug}/">{title}</a></div>\n<a class="lk-summary-link" '
        f'href="{A}/post/{slug}/"><div class="lk-bs-summary article-style">{summary}</div></a>\n'
        '<div class="lk-bs-stream-meta lk-bs-meta">\n<div class="lk-bs-meta">\n'
        f'<div>{authors}</div>\n<span class="lk-bs-date">{date}</span>\n<span class="lk-middot">'
        '</span><span class="lk-bs-reading">1 min read</span>\n<span class="lk-middot"></span>'
        f'<span class="lk-bs-categories">{FOLDER}<a href="{A}/categories/{category.lower()}/">'
        f'{category}</a></span>\n</div></div>\n</div>\n<div class="lk-compact-media"><a '
        f'href="{A}/post/{slug}/"><img src="IMG" width="150" height="{height}" alt="{title}" '
        'loading="lazy"></a></div>\n</div>\n')


ROBOT_ARM = ("robot-arm", "A Robot Arm That Waits",
             "An arm that moves only when the moment is right.", f"{ADA}, {BEN}",
             "May 20, 2025", "Research", 150)
FIRST_LIGHT = ("first-light", "First Light on the New Telescope",
               "The lab’s telescope saw its <strong>first light</strong> on a clear night.",
               ADA, "Mar 14, 2025", "News", 100)


# ------------------------------------------------------------------ pages


@pytest.mark.parametrize(("section_id", "shown"), [
    # page_type post, count 2: the two newest built posts (the draft and the post dated 2099
    # are not built)
    ("posts", ["A Robot Arm That Waits", "First Light on the New Telescope"]),
    # event, author ada-lovelace, exclude_past: the event of 2099 (its publishDate is past)
    ("talks", ["Open Night at the Dome"]),
    # folders [publication], publication_type "1", sort_by Title, order asc; featured_only is
    # not read by v5.5.0, so the paper that is not featured is there too
    ("publications", ["An Early Note on Waiting", "Sparse Graphs for Long Videos"]),
    # folders [post, publication], tag Robots, count 0 (all), offset 1
    ("robots", ["First Light on the New Telescope", "Sparse Graphs for Long Videos"]),
    # page_type post, category News, exclude_featured
    ("news", ["A Quiet Week in the Workshop"]),
    # no keys: every built page, newest first, five of them
    ("defaults", ["Open Night at the Dome", "A Robot Arm That Waits", "A Spring Talk",
                         "First Light on the New Telescope", "A Quiet Week in the Workshop"]),
])
def test_pages_shows_whom_the_real_build_shows_in_its_order(section_id, shown):
    assert names(SITE, section_id) == shown


def test_the_widget_files_are_the_blocks_landingkit_draws():
    from landingkit.blocks.collection import CollectionBlock

    page = lk.Site(SITE).page(HOME)
    assert [(part.path.name, block.type, block.kind) for part, block in
            zip(page.parts, page.sections)] == [
        ("welcome.md", "blank", "blank"), ("posts.md", "pages", "pages"),
        ("talks.md", "pages", "pages"), ("publications.md", "pages", "pages"),
        ("robots.md", "pages", "pages"), ("news.md", "pages", "pages"),
        ("featured.md", "featured", "featured"), ("featured-papers.md", "featured", "featured"),
        ("about.md", "custom", "blank"), ("defaults.md", "pages", "pages"),
        ("untitled.md", "blank", "blank")]
    assert all(isinstance(b, CollectionBlock) for b in page.sections if b.kind == "pages")


def test_pages_compact_with_the_files_content_and_the_archive_link():
    """The file's body (`$st.Content`) before the items; 4 built posts > count 2: "See all
    posts" (i18n more_posts) to the page_type's section; images .Resize "150x"."""
    inner = ('<div class="lk-collection-text"><p>News from the lab.</p>\n</div>\n'
             + compact_post(*ROBOT_ARM) + compact_post(*FIRST_LIGHT) + "\n"
             + see_all(f"{A}/post/", "See all posts"))
    assert section(home_html(), "posts") == frame(
        "posts", "collection", "Recent Posts", inner, view="compact")


def test_pages_citation_sorted_by_title_with_its_own_archive_words():
    """`archive.enable` with `archive.text` (emojified) links to the last filter's page: the
    publication type's term page (`publication_types/1`, not urlized)."""
    inner = (
        f'<div class="lk-pub-item">\n{FILE}\n<span class="lk-cite-author">{ADA}</span> (2023). '
        f'<a href="{A}/publication/early-note/">An Early Note on Waiting</a>. Notes of the Lab.'
        '<p></p>\n</div>\n'
        f'<div class="lk-pub-item">\n{FILE}\n<span class="lk-cite-author">{ADA}, {BEN}</span> '
        f'(2025). <a href="{A}/publication/graph-paper/">Sparse Graphs for Long Videos</a>. In '
        f'<em>VidConf 2025</em>.<p>{PDF}</p>\n</div>\n\n'
        + see_all(f"{A}/publication_types/1/", "Every paper 📚"))
    assert section(home_html(), "publications") == frame(
        "publications", "collection", "Papers", inner, view="citation")


def test_pages_list_across_the_row_after_its_offset():
    """`columns: "1"`: the heading above, centred, the items across the row; count 0 shows
    all, so there is no archive link."""
    inner = (
        f'<div class="lk-list-item">\n<svg class="lk-icon" aria-hidden="true" focusable="false">'
        f'<use href="#lk-icon-far-newspaper"/></svg><a href="{A}/post/first-light/">First Light '
        'on the New Telescope</a>\n</div>\n'
        f'<div class="lk-list-item">\n{FILE}<a href="{A}/publication/graph-paper/">Sparse Graphs '
        f'for Long Videos</a>\n<div class="lk-bs-meta">{ADA}, {BEN}</div>\n<div '
        f'class="lk-btn-links btn-links">{PDF}</div>\n</div>\n\n')
    assert section(home_html(), "robots") == frame(
        "robots", "collection", "Robots", inner, side=False,
        subtitle="Everything tagged <em>Robots</em>", view="list")


def test_pages_showcase_links_archive_link_with_the_terms_words():
    """`archive.link: post/` (relLangURL), its words those of the category's term page
    (more_pages: "See all"); Hugo's `.Summary` of a one-paragraph page keeps its <p>."""
    inner = (
        '<div class="view-showcase lk-showcase">\n<div class="lk-showcase-text">\n<div '
        'class="lk-bs-title section-subheading article-title"><a '
        f'href="{A}/post/quiet-week/">A Quiet Week in the Workshop</a></div>\n<div '
        'class="lk-bs-summary article-style"><p>The workshop was quiet this week while the team '
        'wrote up the '
        'winter results.</p></div>\n</div>\n<div class="lk-showcase-media"></div>\n</div>\n\n'
        + see_all(f"{A}/post/", "See all"))
    assert section(home_html(), "news") == frame(
        "news", "collection", "News", inner, view="showcase")


def test_pages_card_of_an_upcoming_event():
    inner = (
        '<div class="lk-card-simple card-simple view-card">\n<div class="lk-bs-meta"><div>'
        f'{ADA}</div><span>Apr 2, '
        '2099 7:00 PM — 10:30 PM</span><span class="lk-middot"></span><span>The Dome</span>'
        f'</div><a href="{A}/event/open-night/"><div class="lk-img-hover-zoom"><img '
        'class="lk-article-banner article-banner" src="IMG" width="808" height="455" alt="Open '
        'Night at the '
        'Dome" loading="lazy"></div></a>\n<div class="lk-bs-title lk-card-simple-title '
        'section-subheading article-title"><a '
        f'href="{A}/event/open-night/">Open Night at the Dome</a></div>\n<a '
        f'class="lk-summary-link" href="{A}/event/open-night/"><div class="lk-bs-summary '
        'article-style"><p>'
        'Visitors look through the new telescope.</p></div></a>\n</div>\n\n')
    assert section(home_html(), "talks") == frame(
        "talks", "collection", "Upcoming Talks", inner, view="card")


def test_pages_defaults_compact_five_and_no_archive_page_no_link():
    """No keys: compact, five of the ten built pages; more than five, but with no page_type
    nor filter there is no archive page, so no link (the real build has none)."""
    html = section(home_html(), "defaults")
    assert html.count('<div class="lk-compact stream-item view-compact">') == 5
    assert "lk-see-all" not in html


@pytest.mark.parametrize(("edit", "shown", "link"), [
    # offset 1 after count 2: the archive link still compares the 4 posts with count 2
    ({"  count: 2\n": "  count: 2\n  offset: 1\n"},
     ["First Light on the New Telescope", "A Quiet Week in the Workshop"], "See all posts"),
    # `order` other than "asc" is descending; `sort_ascending` comes first
    ({"  count: 2\n": "  count: 2\n  order: Asc\n"},
     ["A Robot Arm That Waits", "First Light on the New Telescope"], "See all posts"),
    ({"  count: 2\n": "  count: 2\n  sort_ascending: true\n  order: desc\n"},
     ["Winter Notes", "A Quiet Week in the Workshop"], "See all posts"),
    # sort_by as written: a page field
    ({"  count: 2\n": "  count: 5\n  sort_by: Title\n"},
     ["Winter Notes", "First Light on the New Telescope", "A Robot Arm That Waits",
      "A Quiet Week in the Workshop"], None),
    # archive.enable false: Hugo's `default` keeps a boolean, so no link for all the posts
    ({"  count: 2\n": "  count: 2\n  archive:\n    enable: false\n"},
     ["A Robot Arm That Waits", "First Light on the New Telescope"], None),
    # folders first, then the tag's term page (more_pages)
    ({"  page_type: post\n": "  filters:\n    folders: [post]\n    tag: Robots\n",
      "  count: 2\n": "  count: 1\n"}, ["A Robot Arm That Waits"], "See all"),
])
def test_pages_offset_order_sort_and_archive(tmp_path, edit, shown, link):
    """Each case built with the theme too (as a widget file beside posts.md): the same pages
    in the same order, the same link."""
    site = copy_site(tmp_path, {"posts.md": edit})
    assert names(site, "posts") == shown
    html = section(home_html(site), "posts")
    found = re.findall(r'<div class="lk-see-all"><a href="([^"]+)">([^<]+) <', html)
    if link is None:
        assert found == []
    else:
        href = f"{A}/tags/robots/" if link == "See all" else f"{A}/post/"
        assert found == [(href, link)]


def test_check_says_what_wowchemy_makes_of_a_pages_widget(tmp_path):
    """A lower-case sort_by stops Hugo ("title isn't a field of struct type page.Page", seen
    on the real build); featured_only is not read by v5.5.0 (the real build shows both)."""
    site = copy_site(tmp_path, {"robots.md": {"  offset: 1\n": "  offset: 1\n  sort_by: title\n"}})
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", "."], cwd=site,
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (1, (
        "content/home/publications.md:11: warning: content.filters.featured_only: Wowchemy's "
        "pages widget does not read it, and shows the pages the other filters keep (the "
        "featured widget shows featured pages)\n"
        "content/home/robots.md:13: error: content.sort_by: Wowchemy's pages widget sorts by a "
        "field of the page, and 'title' is none: Hugo stops the build (\"title isn't a field "
        "of struct type page.Page\"); write 'Title' or 'Params.title'\n"))
    assert done.stderr == "1 error, 1 warning\n"


def test_the_pages_widget_in_the_editor(tmp_path):
    """The editor edits a pages widget file as a collection: the preview is the widget as the
    page draws it, and a save patches the key changed only; Last name (no field of a page) is
    not offered."""
    site = copy_site(tmp_path, {})
    path = site / "content" / "home" / "posts.md"
    before = path.read_text(encoding="utf-8")
    editor = lk.edit(lk.Site(site).page(path))
    assert [type(s).__name__ for s in editor._sections] == ["MembersSection"]
    assert "Members: Recent Posts" in editor._sections[0].heading.value
    assert ("Last name", "last_name") not in editor.control("Sort by").options
    assert '<p class="lk-note">' not in editor.preview.value
    assert '<div class="lk-collection-text"><p>News from the lab.</p>' in editor.preview.value
    editor.control("Count").value = 3
    titles = re.findall(r'<div class="lk-bs-title section-subheading article-title"><a '
                        r'href="[^"]+">([^<]+)</a>',
                        editor.preview.value)
    assert titles == ["A Robot Arm That Waits", "First Light on the New Telescope",
                      "A Quiet Week in the Workshop"]
    assert editor.page.save() is True
    assert path.read_text(encoding="utf-8") == before.replace("count: 2", "count: 3")


# ------------------------------------------------------------------ featured


def masonry(slug: str, title: str, height: int, summary: str) -> str:
    href = f"{A}/post/{slug}/"
    return (f'<div class="lk-masonry">\n<a class="lk-masonry-image" href="{href}"><img src="IMG" '
            f'width="550" height="{height}" alt="{title}" loading="lazy"></a>\n<div '
            f'class="lk-masonry-text">\n<h4><a href="{href}">{title}</a></h4>\n<div '
            f'class="lk-bs-summary"><p>{summary}</p></div>\n</div>\n</div>\n')


def test_featured_shows_the_built_featured_posts_newest_first_by_default():
    """No content keys: page_type post, every featured post Hugo builds (not the draft nor
    the post of 2099), by date, descending; no archive link (count defaults to all);
    masonry's 550 px images (900x900, 1200x800)."""
    assert names(SITE, "featured") == ["A Robot Arm That Waits",
                                               "First Light on the New Telescope"]
    inner = (masonry("robot-arm", ROBOT_ARM[1], 550, ROBOT_ARM[2])
             + masonry("first-light", FIRST_LIGHT[1], 367, FIRST_LIGHT[2]) + "\n")
    assert section(home_html(), "featured") == frame(
        "featured", "collection", "Featured", inner, view="masonry", widget="featured")


def test_featured_publications_oldest_first_with_the_sections_archive_link():
    """page_type publication, order asc, count 1 of 2: the type's section and its words."""
    assert names(SITE, "featured-papers") == ["A Survey of Patient Robots"]
    inner = (
        '<div class="lk-card-simple card-simple view-card">\n<div class="lk-bs-meta">\n<div>'
        f'{BEN}</div>\n<span '
        'class="lk-bs-date">June, 2024</span>\n<span class="lk-middot"></span><span '
        'class="lk-bs-pub">Journal of Slow Machines</span>\n</div><div class="lk-bs-title '
        'lk-card-simple-title section-subheading article-title"><a '
        f'href="{A}/publication/survey/">A Survey of Patient Robots</a>'
        f'</div>\n<a class="lk-summary-link" href="{A}/publication/survey/"><div '
        'class="lk-bs-summary article-style"><p>A survey of robots that wait.</p></div></a>'
        '\n</div>\n\n'
        + see_all(f"{A}/publication/", "See all publications"))
    assert section(home_html(), "featured-papers") == frame(
        "featured-papers", "collection", "Featured Papers", inner, view="card",
        widget="featured")


@pytest.mark.parametrize(("content", "shown", "link"), [
    # an author filter takes the archive link to the author's page, in the type's words
    ("  count: 1\n  filters:\n    author: ada-lovelace\n    tag: Robots\n",
     ["A Robot Arm That Waits"], ("/authors/ada-lovelace/", "See all posts")),
    # a category (a variable of its own in featured.html) leaves it at the section
    ("  count: 0\n  filters:\n    category: News\n  archive:\n    enable: true\n",
     ["First Light on the New Telescope"], ("/post/", "See all posts")),
    # sort's order is descending for "desc" exactly
    ("  order: DESC\n", ["First Light on the New Telescope", "A Robot Arm That Waits"], None),
    ("  filters:\n    author: ben-okafor\n", ["A Robot Arm That Waits"], None),
])
def test_featured_filters_order_and_archive_as_the_real_build(tmp_path, content, shown, link):
    """Each case built with the theme too: the same pages and the same link."""
    site = copy_site(tmp_path, {"featured.md": {"design:\n": f"content:\n{content}design:\n"}})
    assert names(site, "featured") == shown
    html = section(home_html(site), "featured")
    found = re.findall(r'<div class="lk-see-all"><a href="([^"]+)">([^<]+) <', html)
    assert found == ([(A + link[0], link[1])] if link else [])


def test_the_featured_widget_in_the_editor(tmp_path):
    """A featured widget file opens in the editor (it has no members to edit: its pages are
    chosen by their own `featured`), its preview the widget as the page draws it."""
    site = copy_site(tmp_path, {})
    editor = lk.edit(lk.Site(site).page(site / "content" / "home" / "featured.md"))
    assert editor._sections == []
    assert '<p class="lk-note">' not in editor.preview.value
    assert re.findall(r"<h4><a [^>]+>([^<]+)</a></h4>", editor.preview.value) == [
        "A Robot Arm That Waits", "First Light on the New Telescope"]


# ------------------------------------------------------------------ blank (custom)


WELCOME = ('<div class="lk-blank-text"><p>We build robots that wait for the right moment 🚀</p>\n'
           "<ul>\n<li>telescopes</li>\n<li>robot arms</li>\n</ul>\n</div>\n")


def test_blank_draws_the_files_markdown_beside_its_heading():
    """The file's `$st.Content` (every paragraph in its <p>, `:rocket:` an emoji: the site
    sets enableEmoji) in two thirds of the row, the title and subtitle (Markdown) beside."""
    assert section(home_html(), "welcome") == frame(
        "welcome", "blank", "Welcome", WELCOME,
        subtitle="A lab of <em>patient</em> machines")


def test_custom_is_blank_and_columns_1_puts_the_heading_above():
    inner = ('<div class="lk-blank-text"><p>The lab sits on a hill above the town. Visitors are '
             'welcome on open nights.</p>\n<p>Write to us at <a href="mailto:lab@example.org" '
             'rel="noopener">lab@example.org</a>.</p>\n</div>\n')
    assert section(home_html(), "about") == frame(
        "about", "blank", "About the Lab", inner, side=False)


def test_blank_without_a_title_is_centred_in_two_thirds():
    """No title: the row is `justify-content-center`; blank.html's column is col-lg-8 for
    any `columns` but "1" (3 here)."""
    assert section(home_html(), "untitled") == (
        '<section id="untitled" class="lk-section home-section wg-blank lk-block-blank">\n<div '
        'class="lk-container">\n<div class="lk-columns">\n<div class="lk-column lk-column-8">\n'
        '<div class="lk-blank-text"><p>No title here.</p>\n</div>\n</div>\n</div>\n</div>\n'
        "</section>")


def test_a_pages_content_is_emojified_only_where_the_site_says(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    config = site / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("enableEmoji: true\n", ""),
                      encoding="utf-8")
    html = section(home_html(site), "welcome")
    assert "<p>We build robots that wait for the right moment :rocket:</p>" in html


def test_check_has_nothing_to_say_but_what_the_theme_ignores():
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", str(SITE)],
                          cwd=REPO, capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, (
        f"{SITE.relative_to(REPO)}/content/home/publications.md:11: warning: "
        "content.filters.featured_only: Wowchemy's pages widget does not read it, and shows the "
        "pages the other filters keep (the featured widget shows featured pages)\n"),
        "0 errors, 1 warning\n")


def test_a_widget_files_problem_names_that_file_and_the_keys_line(tmp_path):
    """An accomplishments widget file's item whose date_start is no date (Hugo stops on
    `time`): the message names the widget file and the key's line, not the index file."""
    site = copy_site(tmp_path, {"accomplishments.md": {"": (
        "---\nwidget: accomplishments\nheadless: true\nweight: 50\ntitle: Accomplishments\n"
        "item:\n  - organization: Coursera\n    title: Neural Networks\n"
        "    date_start: 'not a date'\n---\n")}})
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", "content/home"],
                          cwd=site, capture_output=True, text=True)
    assert (done.returncode, done.stdout.splitlines()) == (1, [
        "content/home/publications.md:11: warning: content.filters.featured_only: Wowchemy's "
        "pages widget does not read it, and shows the pages the other filters keep (the "
        "featured widget shows featured pages)",
        "content/home/accomplishments.md:9: error: accomplishment 'Neural Networks': "
        "date_start is not a date; Hugo stops the build (time)"])


@pytest.mark.parametrize("name", ["welcome.md", "about.md", "untitled.md"])
def test_a_blank_widget_in_the_editor(tmp_path, name):
    """A blank widget file opens in the editor (its text is the file's body: nothing to pick
    from), its preview the widget as the page draws it."""
    site = copy_site(tmp_path, {})
    editor = lk.edit(lk.Site(site).page(site / "content" / "home" / name))
    assert editor._sections == []
    assert '<p class="lk-note">' not in editor.preview.value
    assert '<div class="lk-blank-text"><p>' in editor.preview.value


# ------------------------------------------------------------------ in Chromium

#: measured in Chromium on the real build (module docstring), served on 127.0.0.1 with no
#: request out (its Google fonts blocked: text boxes are the font's line-height, 1.65 rem, either
#: way): (selector of ours, x, width) for the element of the real page it stands for
REAL_1280 = {
    "#welcome .lk-section-heading": (0, 426.7),  # .section-heading.col-lg-4
    "#welcome .lk-column": (426.7, 853.3),  # blank.html's col-lg-8
    "#welcome li": (481.7, 783.3),  # the list 40 px in
    "#about .lk-section-heading": (0, 1280),  # columns "1": col-12 text-center
    "#about .lk-column": (0, 1280),
    "#untitled .lk-column": (213.3, 853.3),  # no title: centred col-lg-8
    "#posts .lk-collection-text p": (441.7, 823.3),  # `$st.Content` in the col-lg-8
    "#posts .lk-see-all": (441.7, 823.3),
}
REAL_390 = {
    "#welcome .lk-section-heading": (0, 390),
    "#welcome .lk-column": (0, 390),
    "#welcome li": (55, 320),
    "#untitled .lk-column": (0, 390),
    "#posts .lk-see-all": (15, 360),
}
#: heights on the real build: the welcome section (50 px above, 110 below at 1280; 40 and 60
#: at 390), the About column (two paragraphs, the last with no margin), the untitled one
HEIGHTS = {1280: {"#welcome": 305.9, "#about .lk-column": 90.3,
                  "#untitled .lk-column": 34.6},
           390: {"#welcome": 307.3, "#about .lk-column": 96.2,
                 "#untitled .lk-column": 26.7}}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from landingkit import export

    out = tmp_path_factory.mktemp("wowchemy-pages") / "home.html"
    export.export_page(lk.Site(SITE).page(HOME), out)
    return out


def _box(page, selector):
    return page.eval_on_selector(selector, "e => { const r = e.getBoundingClientRect(); "
                                           "return [r.x, r.width, r.height, r.y + scrollY]; }")


def _style(page, selector, *props):
    return page.eval_on_selector(selector, "(e, props) => props.map(p => "
                                           "getComputedStyle(e)[p])", list(props))


@pytest.mark.parametrize("width", [1280, 390])
def test_the_widgets_are_laid_out_as_the_real_build(page, exported, width):
    from browser import DESKTOP, PHONE, open_page

    log = open_page(page, exported, viewport=DESKTOP if width == 1280 else PHONE)
    page.evaluate("document.fonts.ready")
    assert page.locator(".lk-note").count() == 0
    for selector, (x, w) in (REAL_1280 if width == 1280 else REAL_390).items():
        assert _box(page, selector)[:2] == pytest.approx([x, w], abs=1.5), selector
    for selector, height in HEIGHTS[width].items():
        assert _box(page, selector)[2] == pytest.approx(height, abs=1.5), selector
    rem = "21px" if width == 1280 else "16.17px"  # font_size L; its phone size
    # widgets/_base.scss .see-all: 2rem above, upper case; Font Awesome's angle, .5em wide
    assert _style(page, "#posts .lk-see-all", "marginTop", "textTransform") == [
        "42px" if width == 1280 else "32.34px", "uppercase"]
    assert _style(page, "#posts .lk-see-all a", "color") == ["rgb(21, 101, 192)"]
    assert _box(page, "#posts .lk-see-all svg")[1] == pytest.approx(
        10.5 if width == 1280 else 8.1, abs=0.1)
    # the text before the view: 1rem, then the first item (the real build: 55.7 px apart)
    text, item = (_box(page, "#posts .lk-collection-text p"),
                  _box(page, "#posts .lk-compact"))
    assert item[3] - text[3] == pytest.approx(text[2] + float(rem[:-2]), abs=1)
    # a blank widget's link: the accent, not underlined (the real build's)
    assert _style(page, "#about p a", "color", "textDecorationLine") == [
        "rgb(21, 101, 192)", "none"]
    heading, column = (_box(page, "#welcome .lk-section-heading"),
                       _box(page, "#welcome .lk-column"))
    if width == 1280:
        assert heading[3] == pytest.approx(column[3])  # side by side
    else:
        assert heading[3] + heading[2] <= column[3] + 0.5  # stacked
    masonry = _box(page, "#featured .lk-masonry img")
    assert masonry[1:3] == pytest.approx([550, 550] if width == 1280 else [358, 358], abs=1.5)
    assert log.failed_requests == [] and log.page_errors == []


def test_the_archive_links_words_are_the_pages_language(tmp_path):
    """i18n/zh.yaml of v5.5.0: more_posts, more_publications, more_pages."""
    site = copy_site(tmp_path, {})
    config = site / "config" / "_default" / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "defaultContentLanguage: en", "defaultContentLanguage: zh"), encoding="utf-8")
    html = home_html(site)
    words = [re.findall(r'<div class="lk-see-all"><a href="[^"]+">([^<]+) <',
                        section(html, id_)) for id_ in
             ("posts", "news", "featured-papers")]
    assert words == [["查看全部文章"], ["查看全部"], ["查看全部出版物"]]


def test_blox_bootstraps_collection_draws_its_text_and_archive_link_too(tmp_path):
    """blox-bootstrap v5.9.7's collection.html: `content.text` through RenderString (one
    paragraph, no <p>) before the view, the same "See all" after it; checked on a real build
    of tests/sites/views-bs-bootstrap with these two keys added (module docstring there)."""
    site = tmp_path / "site"
    shutil.copytree(Path(__file__).parent / "sites" / "views-bs-bootstrap", site)
    index = site / "content" / "_index.md"
    text = index.read_text(encoding="utf-8")
    old = "      title: Compact\n      page_type: post\n"
    assert old in text
    index.write_text(text.replace(old, "      title: Compact\n      text: Our *news*.\n"
                                       "      page_type: post\n      count: 1\n"),
                     encoding="utf-8")
    html = render.render_page(lk.Site(site).page("_index.md"), render.Embed())[1]
    compact = section(html, "compact")
    assert compact.count('<div class="lk-compact stream-item view-compact">') == 1
    assert ('<div class="lk-column lk-column-8">\n<div class="lk-collection-text">Our '
            '<em>news</em>.</div>\n<div class="lk-compact stream-item view-compact">') in compact
    assert compact.endswith("</div>\n\n" + see_all(f"{A}/post/", "See all posts")
                            + "</div>\n</div>\n</div>\n</section>")
