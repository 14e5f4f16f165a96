"""The collection views of blox-bootstrap v5.9.7 / Wowchemy v5.5.0 (`layouts/partials/views/`:
compact, list, masonry, showcase, card, citation) and the bootstrap look around them, on the
fixture site tests/sites/views-bs-bootstrap/ (images: its draw_art.py).

The figures of the browser tests were measured in Chromium on a real build of that site with the
theme, made offline as ../shared/spec/real-theme-builds.md says:

    git archive modules/blox-bootstrap/v5.9.7 (and blox-core v0.3.1, blox-seo v0.2.2) to /tmp/mods
    HUGO_MODULE_REPLACEMENTS="$P/blox-bootstrap/v5->/tmp/mods/blox-bootstrap,..." GOPROXY=off \
        hugo build --source SITE --destination /tmp/public          (Hugo 0.168.0)

with three shims Hugo 0.168 needs for v5.9.7: `getCSV` (removed) in shortcodes/table.html,
`site.GoogleAnalytics` (removed) in blox-seo's google_analytics.html and components/feedback.html,
and `security.funcs.getenv: [^HUGO_, ^WC_]` in the site's configuration. Page served on
127.0.0.1 with Montserrat and Roboto from the font packages (the theme loads them from Google).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import render
from landingkit.blocks.collection import NAMING, items
from landingkit.blocks.layout import row

SITE = Path(__file__).parent / "sites" / "views-bs-bootstrap"
A = "https://lab.example.org"


def body() -> str:
    html = render.render_page(lk.Site(SITE).page("_index.md"), render.Embed())[1]
    return re.sub(r'src="data:image/[a-z]+;base64,[A-Za-z0-9+/=]+"', 'src="IMG"', html)


def section(html: str, id_: str) -> str:
    start = html.index(f'<section id="{id_}"')
    return html[start:html.index("</section>", start) + len("</section>")]


def wrap(id_: str, title: str, inner: str, narrow: bool = True, side: bool = False) -> str:
    return (f'<section id="{id_}" class="lk-section home-section wg-collection lk-block-collection '
            f'lk-view-{id_}" aria-labelledby="{id_}-title">\n<div class="lk-container">\n'
            f'<div class="lk-columns{" lk-columns-side" if side else ""}">\n'
            f'<div class="lk-section-heading section-heading">\n'
            f'<h2 class="lk-block-title" id="{id_}-title">{title}</h2>\n</div>\n'
            f'<div class="lk-column{" lk-column-8" if narrow else ""}">\n{inner}\n</div>\n'
            '</div>\n</div>\n</section>')


ADA = f'<span><a href="{A}/authors/ada-lovelace/">Ada Lovelace</a></span>'
BEN = f'<span class="lk-author-highlighted"><a href="{A}/authors/ben-okafor/">Ben Okafor</a></span>'
CARLA = f'<span><a href="{A}/authors/carla-mendes/">Carla Mendes</a></span>'
FILE_ICON = ('<svg class="lk-icon" aria-hidden="true" focusable="false">'
             '<use href="#lk-icon-far-file-lines"/></svg>')
GRAPH_BUTTONS = ('<a class="lk-btn" href="https://example.org/graph.pdf" target="_blank" '
                 'rel="noopener">PDF</a><a class="lk-btn" href="https://example.org/graph-code" '
                 'target="_blank" rel="noopener">Code</a><a class="lk-btn" '
                 'href="https://doi.org/10.1000/graph.2025" target="_blank" rel="noopener">DOI</a>')
#: the bundle's survey.pdf and cite.bib, `url_dataset` a file of the bundle, then `links`: a
#: web link (new tab), a mail link with its icon, a site path (relURL)
SURVEY_BUTTONS = (
    f'<a class="lk-btn" href="{A}/publication/survey/survey.pdf" target="_blank" '
    'rel="noopener">PDF</a><a class="lk-btn" href="#">Cite</a><a class="lk-btn" '
    f'href="{A}/publication/survey/notes.txt" target="_blank" rel="noopener">Dataset</a>'
    '<a class="lk-btn" href="https://example.org/slides" target="_blank" rel="noopener">Slides'
    '</a><a class="lk-btn" href="mailto:lab@example.org"><svg class="lk-icon" aria-hidden="true"'
    ' focusable="false"><use href="#lk-icon-fas-envelope"/></svg>Write to us</a><a '
    f'class="lk-btn" href="{A}/uploads/poster.pdf">Poster</a>')
POST_META = ('<span class="lk-bs-date">{date}</span>\n<span class="lk-middot"></span>'
             '<span class="lk-bs-reading">1 min read</span>\n')


def test_compact_with_an_image_authors_and_categories_then_without():
    """views/compact.html: a post's page_metadata (authors, date, reading time, categories);
    the summary's Markdown; the image resized to 150 px wide (1200x800 -> 150x100); the post
    without `summary` shows Hugo's .Summary, its paragraphs as HTML, and its `lastmod`."""
    first = (
        '<div class="lk-compact stream-item view-compact">\n<div class="lk-compact-body">\n<div '
        'class="lk-bs-title section-subheading article-title"><a '
        f'href="{A}/post/first-light/">First Light on the New Telescope</a></div>\n<a '
        f'class="lk-summary-link" href="{A}/post/first-light/"><div class="lk-bs-summary '
        'article-style">The '
        "lab’s telescope saw its <strong>first light</strong> on a clear night.</div></a>\n"
        '<div class="lk-bs-stream-meta lk-bs-meta">\n<div class="lk-bs-meta">\n'
        f"<div>{ADA}</div>\n" + POST_META.format(date="Mar 14, 2025")
        + '<span class="lk-middot"></span><span class="lk-bs-categories"><svg class="lk-icon" '
        'aria-hidden="true" focusable="false"><use href="#lk-icon-fas-folder"/></svg><a '
        f'href="{A}/categories/news/">News</a></span>\n</div></div>\n</div>\n<div '
        f'class="lk-compact-media"><a href="{A}/post/first-light/"><img src="IMG" width="150" '
        'height="100" alt="First Light on the New Telescope" loading="lazy"></a></div>\n</div>\n')
    second = (
        '<div class="lk-compact stream-item view-compact">\n<div class="lk-compact-body">\n<div '
        'class="lk-bs-title section-subheading article-title"><a '
        f'href="{A}/post/quiet-week/">A Quiet Week in the Workshop</a></div>\n<a '
        f'class="lk-summary-link" href="{A}/post/quiet-week/"><div class="lk-bs-summary '
        'article-style"><p>The '
        "workshop was quiet this week while the team wrote up the winter results.</p>\n<p>Nothing "
        "else happened, and the coffee machine was repaired.</p></div></a>\n"
        '<div class="lk-bs-stream-meta lk-bs-meta">\n<div class="lk-bs-meta">\n'
        + POST_META.format(date="Last updated on Feb 3, 2025")
        + '</div></div>\n</div>\n<div class="lk-compact-media"></div>\n</div>\n')
    assert section(body(), "compact") == wrap("compact", "Compact", first + second)


def test_list_shows_a_publications_authors_and_link_buttons():
    """views/list.html via `view: list`: the icon, the title, the authors (highlight_name
    bold, a term without a page named as written), page_links.html's buttons in its order."""
    inner = (
        f'<div class="lk-list-item">\n{FILE_ICON}<a href="{A}/publication/graph-paper/">Sparse '
        f'Graphs for Long Videos</a>\n<div class="lk-bs-meta">{ADA}, {BEN}, {CARLA}</div>\n'
        f'<div class="lk-btn-links btn-links">{GRAPH_BUTTONS}</div>\n</div>\n'
        f'<div class="lk-list-item">\n{FILE_ICON}<a href="{A}/publication/survey/">A Survey of '
        f'Patient Robots</a>\n<div class="lk-bs-meta">{BEN}</div>\n<div class="lk-btn-links '
        'btn-links">'
        f"{SURVEY_BUTTONS}</div>\n</div>\n")
    assert section(body(), "list") == wrap("list", "List", inner)


def test_showcase_alternates_its_images_and_links_without_a_new_tab():
    """views/showcase.html: images resized to 540 px (900x900, 1600x900 in assets/media via
    `image.filename`), every second row flipped; the theme passes no target, so even the
    external link opens in the same tab."""
    def row(flip, href, title, text, height):
        return (f'<div class="view-showcase lk-showcase{" lk-showcase-flip" if flip else ""}">\n'
                '<div class="lk-showcase-text">\n<div class="lk-bs-title section-subheading '
                f'article-title"><a href="{href}">'
                f'{title}</a></div>\n<div class="lk-bs-summary article-style">{text}</div>\n</div>'
                '\n<div '
                f'class="lk-showcase-media"><a href="{href}"><img src="IMG" width="540" '
                f'height="{height}" alt="{title}" loading="lazy"></a></div>\n</div>\n')
    inner = (row(False, f"{A}/project/robots/", "Patient Robots",
                 "Machines that wait for the right moment.", 540)
             + row(True, "https://example.org/sky-maps", "Sky Maps",
                   "A map of the night sky, drawn every night.", 304))
    assert section(body(), "showcase") == wrap("showcase", "Showcase", inner)


def test_showcase_keeps_its_rows_when_flip_alt_rows_is_false(tmp_path):
    """Checked on the real build: `flip_alt_rows: false` leaves every image on the left."""
    site = copy_site(tmp_path, {"      view: showcase\n":
                                "      view: showcase\n      flip_alt_rows: false\n"})
    assert "lk-showcase-flip" not in section(page_html(site), "showcase")


def test_citation_is_apa_with_the_buttons_in_a_paragraph():
    inner = (
        f'<div class="lk-pub-item">\n{FILE_ICON}\n<span class="lk-cite-author">{ADA}, {BEN}, '
        f'{CARLA}</span> (2025). <a href="{A}/publication/graph-paper/">Sparse Graphs for Long '
        f"Videos</a>. In <em>VidConf 2025</em>.<p>{GRAPH_BUTTONS}</p>\n</div>\n"
        f'<div class="lk-pub-item">\n{FILE_ICON}\n<span class="lk-cite-author">{BEN}</span> '
        f'(2024). <a href="{A}/publication/survey/">A Survey of Patient Robots</a>. Journal of '
        f"Slow Machines.<p>{SURVEY_BUTTONS}</p>\n</div>\n")
    assert section(body(), "citation") == wrap("citation", "Citation", inner)


def test_an_event_shows_its_times_and_place_then_its_authors():
    """get_event_dates.html with the module's `locale` defaults ("Jan 2, 2006", "3:04 PM"):
    the end's time only, on the same day; compact then shows the authors only (no date)."""
    html = body()
    dates = ('<span>Apr 2, 2025 7:00 PM — 10:30 PM</span><span class="lk-middot"></span>'
             "<span>The Dome</span>")
    assert (f'<div class="lk-bs-stream-meta lk-bs-meta">\n<div>{dates}</div>\n<div '
            f'class="lk-bs-meta">{ADA}</div></div>') in section(html, "events")
    assert f'<div class="lk-bs-meta"><div>{ADA}</div>{dates}</div>' in section(html,
                                                                              "event-cards")


@pytest.mark.parametrize("front, anchor", [("", "smart"), ("image:\n  focal_point: Top\n", "top"),
                                            ("image:\n  focal_point: sideways\n", "smart")])
def test_the_cards_image_is_the_themes_fill_at_the_pages_focal_point(tmp_path, front, anchor):
    """card.html: `.Fill (printf "808x455 %s" ($item.Params.image.focal_point | default
    "Smart"))`; an anchor Hugo does not know is the site's `imaging.anchor`, Smart."""
    from landingkit import images

    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    post = site / "content" / "post" / "first-light"
    text = (post / "index.md").read_text(encoding="utf-8")
    (post / "index.md").write_text(text.replace("---\n", "---\n" + front, 1) if front else text,
                                   encoding="utf-8")
    html = section(render.render_page(lk.Site(site).page("_index.md"), render.Embed())[1], "card")
    done = images.process(post / "featured.png", images.fill_kind(808, 455, anchor))
    assert re.findall(r'<img class="lk-article-banner article-banner" src="([^"]+)"', html) == [
        done.data_uri()]
    assert (done.width, done.height) == (808, 455)


def test_masonry_and_card_images_and_summaries():
    """masonry: 550 px wide (900x900 -> 550x550; the external link in a new tab), across the
    row (`columns: "1"`); card: the 808x455 fill, the title beside (`columns: "2"`), and the
    summary inside <p> even when it is paragraphs already (as the theme writes it)."""
    html = body()
    masonry, card = section(html, "masonry"), section(html, "card")
    assert re.findall(r'<img src="IMG" width="(\d+)" height="(\d+)" alt="([^"]+)"', masonry) == [
        ("550", "550", "Patient Robots"), ("550", "309", "Sky Maps")]
    assert ('<h4><a href="https://example.org/sky-maps" target="_blank" rel="noopener">Sky Maps'
            '</a></h4>') in masonry
    assert '<div class="lk-columns">' in masonry and '<div class="lk-column">' in masonry
    assert ('<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
            'section-heading">\n'
            '<h2 class="lk-block-title" id="card-title">Card</h2>\n</div>\n'
            '<div class="lk-column lk-column-8">') in card
    assert re.findall(r'<img class="lk-article-banner article-banner" src="IMG" width="(\d+)" '
                      r'height="(\d+)"',
                      card) == [("808", "455")]
    assert ('<div class="lk-bs-summary article-style"><p><p>The workshop was quiet this week '
            'while the team '
            "wrote up the winter results.</p>\n<p>Nothing else happened, and the coffee machine "
            "was repaired.</p></p></div>") in card
    assert "lk-note" not in html


@pytest.mark.parametrize(("raw", "name"), [
    (None, "compact"), ("", "compact"), (1, "list"), (2, "compact"), (3, "card"),
    (4, "citation"), (5, "showcase"), (9, "compact"), ("Card", "card"), (True, "compact"),
    ("article-grid", "compact"), ("people-grid", "compact"), (1.0, "compact")])
def test_render_view_names_the_view_as_blox_bootstrap_does(raw, name):
    assert NAMING["bootstrap"].name(raw, set()) == name


def test_a_view_of_the_sites_own_layouts_keeps_its_name():
    assert NAMING["bootstrap"].name("people-grid", {"people-grid"}) == "people-grid"


@pytest.mark.parametrize(("columns", "titled", "layout"), [
    (None, True, {"side": False, "wide": True}),
    ("1", True, {"side": False, "wide": False}),
    ("2", True, {"side": True, "wide": True}),
    ("2", False, {"side": False, "wide": True}),
    (2, True, {"side": True, "wide": False})])
def test_the_title_and_item_columns_follow_the_strings_the_theme_compares(columns, titled,
                                                                           layout):
    block = lk.Site(SITE).page("_index.md").sections[0]
    block.columns = columns
    assert row(block, titled, "2") == layout  # collection.html's items: columns "2" by default


def test_truncate_cuts_after_a_word_and_closes_tags_as_hugo():
    text = ("We draw sparse graphs over the frames of long videos and show that a small number "
            "of edges carries most of what a model needs to answer questions about the whole "
            "video.")
    cut = ("We draw sparse graphs over the frames of long videos and show that a small number "
           "of edges carries most of what a model needs to answer …")
    assert items.truncate(text, 135) == cut  # the real build's compact entry shows this
    assert items.truncate(f"<em>{text}</em>", 135) == f"<em>{cut}</em>"
    assert items.truncate("Robots that wait.", 135) == "Robots that wait."


def test_an_abstract_is_cut_in_compact(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    index = site / "content" / "_index.md"
    index.write_text(index.read_text().replace("view: list", "view: compact"))
    html = render.render_page(lk.Site(site).page("_index.md"), render.Embed())[1]
    assert ('<div class="lk-bs-summary article-style">We draw sparse graphs over the frames of '
            'long videos and '
            "show that a small number of edges carries most of what a model needs to answer …"
            "</div>") in section(html, "list")


def test_check_says_what_hugo_makes_of_a_yaml_number(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    index = site / "content" / "_index.md"
    index.write_text(index.read_text().replace("view: list", "view: 1"))
    from landingkit.check import check_page

    found = [p.message for p in check_page(lk.Site(site), "_index.md")
             if "design.view" in p.message]
    assert found == [
        "sections[1].design.view: Hugo 0.152 and later read the YAML number 1 as unsigned, "
        "which the theme's render_view does not take for a numbered view: it shows 'compact' "
        "(landingkit, as the theme meant, 'list'); write view: list"]


def copy_site(tmp_path, replace: dict[str, str] = {}, config: dict[str, str] = {}) -> Path:  # noqa: B006
    """The fixture site in `tmp_path`, its landing page and hugo.yaml edited (old -> new)."""
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    for path, edits in ((site / "content" / "_index.md", replace), (site / "hugo.yaml", config)):
        text = path.read_text(encoding="utf-8")
        for old, new in edits.items():
            assert old in text
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return site


def page_html(site: Path) -> str:
    html = render.render_page(lk.Site(site).page("_index.md"), render.Embed())[1]
    return re.sub(r'src="data:image/[a-z]+;base64,[A-Za-z0-9+/=]+"', 'src="IMG"', html)


def test_wowchemy_takes_only_the_bundles_featured_image(tmp_path):
    """Wowchemy v5.5.0's views look only for the bundle's `*featured*` (checked on a v5.5.0
    build of this site as widget files): Sky Maps' `image.filename` in assets/media shows in
    blox-bootstrap v5.9.7, not in Wowchemy."""
    site = copy_site(tmp_path, config={
        "github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5":
            "github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5"})
    showcase = section(page_html(site), "showcase")
    assert re.findall(r'alt="([^"]+)"', showcase) == ["Patient Robots"]
    assert re.findall(r'alt="([^"]+)"', section(body(), "showcase")) == ["Patient Robots",
                                                                         "Sky Maps"]


def test_mla_and_the_pages_language(tmp_path):
    """`publications.citation_style: mla`; the buttons and dates in the page's language
    (i18n/zh.yaml)."""
    site = copy_site(tmp_path, config={
        "defaultContentLanguage: en": "defaultContentLanguage: zh",
        "params:\n": "params:\n  publications:\n    citation_style: mla\n"})
    html = page_html(site)
    cites = re.findall(r'<div class="lk-pub-item">\n.*?</div>\n', section(html, "citation"),
                       re.S)
    assert cites[1] == (
        f'<div class="lk-pub-item">\n{FILE_ICON}\n<span class="lk-cite-author">{BEN}.</span> '
        f'<a href="{A}/publication/survey/">A Survey of Patient Robots</a>. Journal of Slow '
        'Machines, 2024.\n<div class="lk-btn-links btn-links"><a class="lk-btn" '
        f'href="{A}/publication/survey/survey.pdf" target="_blank" rel="noopener">PDF</a>'
        '<a class="lk-btn" href="#">引用</a><a class="lk-btn" '
        f'href="{A}/publication/survey/notes.txt" target="_blank" rel="noopener">数据集</a>'
        '<a class="lk-btn" href="https://example.org/slides" target="_blank" rel="noopener">'
        'Slides</a><a class="lk-btn" href="mailto:lab@example.org"><svg class="lk-icon" '
        'aria-hidden="true" focusable="false"><use href="#lk-icon-fas-envelope"/></svg>Write to '
        f'us</a><a class="lk-btn" href="{A}/uploads/poster.pdf">Poster</a></div>\n')
    assert '<span class="lk-bs-reading">1 分钟阅读时长</span>' in section(html, "compact")
    assert "最近更新于 " in section(html, "compact")


def test_a_widget_files_title_sits_beside_by_default():
    """parse_block_v1.html and Wowchemy's widget_page.html default `columns` to "2"."""
    block = lk.Site(SITE).page("_index.md").sections[0]
    block.columns, block.widget = None, True
    assert row(block, True, "2") == {"side": True, "wide": True}


def test_the_tailwind_look_has_no_compact_view(tmp_path):
    """The views are the look's: blox-tailwind has no `compact`, and says so."""
    site = copy_site(tmp_path, config={
        "modules/blox-bootstrap/v5": "modules/blox-tailwind"})
    html = page_html(site)
    assert ('<p class="lk-note">Shown as a plain list: landingkit does not render the '
            "“compact” view yet.</p>") in section(html, "compact")
    assert '<div class="lk-cards">' in section(html, "card")  # blox-tailwind's own card


# ------------------------------------------------------------------ in Chromium

#: measured on the real build (module docstring), 1280x900, light: (selector, x, width, height)
#: of the real page's element that ours stands for; heights of text boxes differ by the
#: fallback fonts' metrics less than 1.5 px
REAL_1280 = {
    ".lk-container": (0, 1280),  # .container: 1290 px from 1200, so the whole 1280
    "#compact .lk-column": (213.3, 853.3),  # col-lg-8, centred
    "#card .lk-section-heading": (0, 426.7),  # section-heading col-lg-4 beside the cards
    "#card .lk-card-simple": (441.7, 823.3),
}
REAL_IMAGES_1280 = {  # the images' rendered sizes (w, h)
    "#compact .lk-compact img": (150, 100),  # .Resize "150x"
    "#masonry img": (550, 550),  # .Resize "550x"
    "#showcase img": (381.7, 381.7),  # 540 px, max-width:100% of its col-md-6
    "#card .lk-article-banner": (781.3, 310),  # .article-banner: 310 px high from lg
}
REAL_IMAGES_390 = {
    "#compact .lk-compact img": (80, 53.3),  # .media.stream-item img{max-width:80px}
    "#masonry img": (358, 358),
    "#showcase img": (330, 330),
    "#card .lk-article-banner": (318, 260),
}
STYLE_1280 = {  # getComputedStyle on the real build
    "#compact .lk-block-title": ("47.25px", "400", "rgb(49, 49, 49)"),  # .section-heading h1
    "#compact .lk-bs-title": ("25.2px", "700", "rgba(0, 0, 0, 0.8)"),  # .section-subheading
    "#compact .lk-bs-summary": ("16.8px", "400", "rgba(0, 0, 0, 0.8)"),  # .article-style
    "#compact .lk-bs-stream-meta": ("14px", "400", "rgba(0, 0, 0, 0.54)"),  # .article-metadata
    "#list .lk-btn": ("14px", "400", "rgb(21, 101, 192)"),  # .btn-outline-primary.btn-sm
    "#masonry h4": ("21px", "700", "rgb(49, 49, 49)"),
    "#citation .lk-author-highlighted": ("21px", "700", "rgba(0, 0, 0, 0.8)"),
}

DARK_1280 = (  # getComputedStyle on the real build with body.dark
    ("#compact .lk-bs-title a", "color", "rgb(255, 255, 255)"),  # .dark .article-title a
    ("#compact .lk-block-title", "color", "rgb(255, 255, 255)"),
    ("#compact .lk-bs-summary", "color", "rgb(248, 248, 242)"),
    ("#compact .lk-bs-stream-meta", "color", "rgba(255, 255, 255, 0.54)"),
    ("#list", "backgroundColor", "rgb(35, 37, 47)"),  # .home-section:nth-of-type(even)
    ("#list .lk-btn", "color", "rgb(187, 222, 251)"),
    ("#list .lk-btn", "borderTopColor", "rgb(21, 101, 192)"),
    ("#card .lk-card-simple", "backgroundColor", "rgb(40, 42, 54)"),
    ("#masonry .lk-masonry", "backgroundColor", "rgb(52, 58, 64)"),
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from landingkit import export

    out = tmp_path_factory.mktemp("views-bs") / "views.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


def _boxes(page, selector):
    return page.eval_on_selector_all(selector, "els => els.map(e => { const r = "
                                     "e.getBoundingClientRect(); return [r.x, r.width, r.height,"
                                     " r.y]; })")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_views_at_1280_are_laid_out_as_the_real_build(page, exported, scheme):
    from browser import DESKTOP, open_page

    log = open_page(page, exported, viewport=DESKTOP, scheme=scheme)
    page.evaluate("document.fonts.ready")
    assert page.locator(".lk-note").count() == 0
    for selector, (x, width) in REAL_1280.items():
        box = _boxes(page, selector)[0]
        assert (box[0], box[1]) == pytest.approx((x, width), abs=1.5), selector
    for selector, size in REAL_IMAGES_1280.items():
        box = _boxes(page, selector)[0]
        assert (box[1], box[2]) == pytest.approx(size, abs=1.5), selector
    # showcase: the image beside its text, the second row's on the right
    images, texts = _boxes(page, "#showcase img"), _boxes(page, "#showcase .lk-showcase-text")
    assert images[0][0] < texts[0][0] and texts[1][0] < images[1][0]
    assert texts[0][1] == pytest.approx(411.7, abs=1.5)  # col-md-6
    # compact: the image right of the text, top-aligned
    body, image = _boxes(page, "#compact .lk-compact-body")[0], _boxes(
        page, "#compact .lk-compact img")[0]
    assert image[0] == pytest.approx(body[0] + body[1] + 21, abs=1.5)  # .ml-3: 1rem
    assert image[3] == pytest.approx(body[3], abs=0.5)
    if scheme == "light":
        for selector, (size, weight, colour) in STYLE_1280.items():
            style = page.eval_on_selector(selector, "e => { const c = getComputedStyle(e); "
                                                    "return [c.fontSize, c.fontWeight, c.color]; }")
            assert style == [size, weight, colour], selector
        assert page.eval_on_selector("#compact", "e => getComputedStyle(e).padding") == (
            "50px 0px 110px")  # .home-section:first-of-type
        assert page.eval_on_selector("#list", "e => getComputedStyle(e).padding") == "110px 0px"
    else:  # the theme's .dark rules
        for selector, prop, value in DARK_1280:
            assert page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}") == (
                value), selector
    assert log.failed_requests == [] and log.page_errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_views_stack_on_a_phone(page, exported, scheme):
    from browser import PHONE, open_page

    open_page(page, exported, viewport=PHONE, scheme=scheme)
    assert page.locator(".lk-note").count() == 0
    for selector, size in REAL_IMAGES_390.items():
        box = _boxes(page, selector)[0]
        assert (box[1], box[2]) == pytest.approx(size, abs=1.5), selector
    images, texts = _boxes(page, "#showcase img"), _boxes(page, "#showcase .lk-showcase-text")
    for image, text in zip(images, texts):
        assert image[3] + image[2] <= text[3] + 0.5  # the image above its text, flip or not
    heading, items_ = (_boxes(page, "#card .lk-section-heading")[0],
                       _boxes(page, "#card .lk-column")[0])
    assert heading[3] + heading[2] <= items_[3] + 0.5 and items_[1] == pytest.approx(390)
    assert page.eval_on_selector("#list", "e => getComputedStyle(e).padding") == "60px 0px"
