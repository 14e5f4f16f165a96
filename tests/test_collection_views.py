"""The collection views of blox-tailwind v0.3.1 (layouts/partials/views/*.html), drawn from the
sample's home page: which fields each view shows, in which element, in which order."""

from __future__ import annotations

import base64
import io
import re

from PIL import Image

import landingkit as lk
from landingkit import render
from landingkit.blocks.collection import items

READ_MORE = ('<div aria-hidden="true" class="lk-dts-more">Read more<svg class="lk-dts-arrow" '
             'fill="none" viewBox="0 0 16 16"><path d="M6.75 5.75 9.25 8l-2.5 2.25" '
             'stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5"></path></svg>'
             '</div>')


def body_of(page) -> str:
    return render.render_page(page, render.Embed())[1]


def section(html: str, id_: str) -> str:
    """The section `id_` of a rendered page, from its opening tag to its end."""
    start = html.index(f'<section id="{id_}"')
    return html[start:html.index("</section>", start) + len("</section>")]


def test_news_is_date_title_summary_newest_first(tmp_site):
    html = body_of(lk.Site(tmp_site).page("_index.md"))
    # dates in the theme module's params.locale.date_format, 'Jan 2, 2006' (hugo.yaml of every
    # generation; a real blox-tailwind v0.3.1 build of the sample shows "Oct 12, 2026")
    posts = [("2026-10-12", "Oct 12, 2026", "2026-10-nips-award",
              "Best Paper Award for Open-Vocabulary Scene Graphs",
              "The vision group’s work on open-vocabulary scene graphs received a best paper "
              "award."),
             ("2026-09-01", "Sep 1, 2026", "2026-09-new-lab",
              "The Centre Opens a New Robotics Lab",
              "A new lab for embodied perception opens on the second floor."),
             ("2026-06-20", "Jun 20, 2026", "2026-06-summer-school",
              "Summer School on Video Understanding",
              "Forty students joined a week of lectures and labs on video foundation models.")]
    articles = "".join(
        f'<article class="lk-dts-item">\n<time class="lk-dts-date" datetime="{iso}">{day}'
        f'</time>\n<div class="lk-dts-main">\n<h2 class="lk-dts-title"><a href="https://'
        f'example.edu/post/{slug}/"><span>{title}</span></a></h2>\n<p class="lk-dts-summary">'
        f"{summary}</p>{READ_MORE}\n</div>\n</article>\n"
        for iso, day, slug, title, summary in posts)
    assert section(html, "news") == (
        '<section id="news" class="lk-section lk-block-collection lk-view-date-title-summary" '
        'aria-labelledby="news-title">\n<div class="lk-container">\n<h2 class="lk-block-title" '
        'id="news-title">Latest News</h2>\n<div class="lk-dts">\n' + articles
        + "</div>\n</div>\n</section>")


def test_research_groups_are_an_article_grid_of_two_columns(tmp_site):
    """Each with its bundle's featured.png (16:9, drawn by tests/sample_art.py)."""
    html = body_of(lk.Site(tmp_site).page("_index.md"))
    html = re.sub(r'src="data:image/png;base64,[A-Za-z0-9+/=]+"', 'src="PNG"', html)
    cards = "".join(
        f'<div class="lk-article">\n<div class="lk-article-image"><a href="https://example.edu/'
        f'research/{slug}/"><img alt="{title}" src="PNG" loading="lazy" decoding="async"></a>'
        f'</div>\n<h2 class="lk-article-title"><a href="https://example.edu/'
        f'research/{slug}/"><span>{title}</span></a></h2>\n<div class="lk-article-meta"><time '
        f'datetime="{iso}">{day}</time></div>\n</div>\n'
        for slug, title, iso, day in [
            ("vision", "Computer Vision Research Group", "2024-03-15", "Mar 15, 2024"),
            ("multimodal", "Multimodal Large Model Research Group", "1020-01-01",
             "Jan 1, 1020")])
    assert section(html, "groups") == (
        '<section id="groups" class="lk-section lk-block-collection lk-view-article-grid" '
        'aria-labelledby="groups-title">\n<div class="lk-container">\n<h2 class="lk-block-title" '
        'id="groups-title">Research Groups</h2>\n<div class="lk-articles">\n'
        '<div class="lk-article-grid lk-cols-2">\n' + cards + "</div>\n</div>\n</div>\n</section>")


def test_publications_are_apa_citations_with_the_authors_names(tmp_site):
    html = body_of(lk.Site(tmp_site).page("_index.md"))
    found = re.findall(r'<div class="lk-citation">(.*?)</div>', section(html, "section-collection"))
    people = "https://example.edu/authors"
    assert found == [
        f'<span class="lk-cite-authors"><span class="lk-strong"><a href="{people}/anlan-zhou/">'
        f'Anlan Zhou</a></span>, <span><a href="{people}/yutong-chen/">Yutong Chen</a></span>'
        '</span> (2026). <a class="lk-cite-title" href="https://example.edu/publication/'
        'video-foundation-survey/">Video Foundation Models: A Survey</a>. <em>Example Journal '
        "of Machine Perception</em>.",
        f'<span class="lk-cite-authors"><span><a href="{people}/beatriz-almeida/">Beatriz '
        f'Almeida</a></span>, <span><a href="{people}/kofi-mensah/">Kofi Mensah</a></span>'
        '</span> (2025). <a class="lk-cite-title" href="https://example.edu/publication/'
        'scene-graph-benchmark/">An Open-Vocabulary Scene Graph Benchmark</a>. In <em>'
        "Proceedings of the Example Conference on Vision</em>."]


def test_mla_citations_put_the_year_last(tmp_site):
    params = tmp_site.parent / "config" / "_default" / "params.yaml"
    params.write_text(params.read_text(encoding="utf-8")
                      + "publications:\n  citation_style: mla\n", encoding="utf-8")
    html = body_of(lk.Site(tmp_site).page("_index.md"))
    found = re.findall(r'<div class="lk-citation">(.*?)</div>', section(html, "section-collection"))
    assert re.sub(r"<[^>]+>", "", found[1]) == (
        "Beatriz Almeida, Kofi Mensah. An Open-Vocabulary Scene Graph Benchmark. In Proceedings "
        "of the Example Conference on Vision, 2025.")


def test_a_site_export_links_the_pages_it_wrote_and_the_rest_to_the_live_site(tmp_path):
    site = lk.Site("content")
    lk.export.export_site(site, tmp_path, progress=False)
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    grid = section(html, "groups")
    assert re.findall(r'<h2 class="lk-article-title"><a href="([^"]+)"', grid) == [
        "research/vision/index.html", "research/multimodal/index.html"]
    assert re.findall(r'<h2 class="lk-dts-title"><a href="([^"]+)"', section(html, "news")) == [
        "https://example.edu/post/2026-10-nips-award/", "https://example.edu/post/2026-09-new-lab/",
        "https://example.edu/post/2026-06-summer-school/"]


def test_card_shows_the_featured_image_the_automatic_summary_and_the_date(tmp_site):
    """A `featured.*` image of the bundle, else `image.filename` in assets/media/, processed
    like any content image; no `summary`:
    the body's text, plainified; `locale.date_format` as a Go layout."""
    vision, multimodal = (40, 90, 160), (200, 60, 30)
    Image.new("RGB", (1200, 675), vision).save(tmp_site / "research" / "vision" / "featured.png")
    (tmp_site / "research" / "multimodal" / "featured.png").unlink()  # image.filename instead
    Image.new("RGB", (960, 540), multimodal).save(tmp_site.parent / "assets" / "media" / "mm.png")
    index = tmp_site / "research" / "multimodal" / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(
        "type: landing\n", "type: landing\nimage:\n  filename: mm.png\n", 1), encoding="utf-8")
    post = tmp_site / "post" / "2026-09-new-lab" / "index.md"
    post.write_text(post.read_text(encoding="utf-8").replace(
        "summary: A new lab for embodied perception opens on the second floor.\n", ""),
        encoding="utf-8")
    params = tmp_site.parent / "config" / "_default" / "params.yaml"
    params.write_text(params.read_text(encoding="utf-8")
                      + "locale:\n  date_format: 'Jan 2, 2006'\n", encoding="utf-8")
    page = lk.Site(tmp_site).page("_index.md")
    page.section("groups").view = "card"
    page.section("groups").filters.folders = ["research", "post"]
    html = section(body_of(page), "groups")
    rows = re.findall(r'<a class="lk-card-link" href="([^"]+)">\n<div class="lk-card-row">\n'
                      r'<div class="lk-card-media">(.*?)</div>\n<div class="lk-card-body">\n'
                      r'<div class="lk-card-title">(.*?)</div>\n<p class="lk-card-summary">(.*?)'
                      r'</p>\n<p class="lk-card-date">(.*?)</p>', html)
    assert [(href, title, summary, day) for href, _, title, summary, day in rows] == [
        ("https://example.edu/post/2026-10-nips-award/",
         "Best Paper Award for Open-Vocabulary Scene Graphs",
         "The vision group’s work on open-vocabulary scene graphs received a best paper award.",
         "Oct 12, 2026"),
        ("https://example.edu/post/2026-09-new-lab/", "The Centre Opens a New Robotics Lab",
         "The lab hosts two mobile robots and a motion-capture stage.", "Sep 1, 2026"),
        ("https://example.edu/post/2026-06-summer-school/", "Summer School on Video Understanding",
         "Forty students joined a week of lectures and labs on video foundation models.",
         "Jun 20, 2026"),
        ("https://example.edu/research/vision/", "Computer Vision Research Group", "",
         "Mar 15, 2024"),
        ("https://example.edu/research/multimodal/", "Multimodal Large Model Research Group", "",
         "Jan 1, 1020")]
    images = [media for _, media, *_ in rows]
    assert images[:3] == ["", "", ""]  # the posts have none
    for media, (title, drawn) in zip(images[3:], [("Computer Vision Research Group", vision),
                                                  ("Multimodal Large Model Research Group",
                                                   multimodal)]):
        match = re.fullmatch(rf'<img alt="{title}" src="data:image/png;base64,([A-Za-z0-9+/=]+)"'
                             r' loading="lazy" decoding="async">', media)
        assert match is not None, media
        assert Image.open(io.BytesIO(base64.b64decode(match[1]))).getpixel((5, 5)) == drawn


def test_an_automatic_summary_ends_with_the_block_that_reaches_seventy_words(tmp_path):
    first = " ".join(f"w{n}" for n in range(60))
    second = " ".join(f"x{n}" for n in range(20))
    page = tmp_path / "index.md"
    page.write_text(f"---\ntitle: T\n---\n\n{first}\n\n*{second}*\n\nnever shown\n",
                    encoding="utf-8")
    assert items.auto_summary(page) == f"{first}\n{second}"
    page.write_text(f"---\ntitle: T\n---\nshort &amp; **bold**\n<!--more-->\n{first}\n",
                    encoding="utf-8")
    assert items.auto_summary(page) == "short & bold"


def test_dates_follow_the_language(tmp_site):
    import datetime as dt

    day = dt.date(2026, 9, 1)
    assert items.format_date(day, ":date_long", "en") == "September 1, 2026"
    assert items.format_date(day, ":date_long", "zh") == "2026年9月1日"
    assert items.format_date(day, ":date_medium", "en") == "Sep 1, 2026"
    assert items.format_date(day, "2006-01-02", "en") == "2026-09-01"
    assert items.format_date(day, "Monday, 2 January 2006", "en") == "Tuesday, 1 September 2026"

