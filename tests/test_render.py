"""The renderer: Markdown as Hugo shows it, the sanitiser, images, icons and the page's HTML."""

from __future__ import annotations

import base64
import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

import landingkit as lk
from landingkit import icons, images, markdown, render
from landingkit.errors import Problem

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "content" / "research" / "multimodal"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Processed images go to a cache folder of the test's own."""
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "cache"))


def body_of(page) -> str:
    return render.render_page(page, render.Embed())[1]


def card_names(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>|\(.*?\)", "", name).strip()
            for name in re.findall(r'<h3 class="lk-name">(.*?)</h3>', html)]


# ------------------------------------------------------------------ Markdown


@pytest.mark.parametrize(("text", "slug"), [
    ("Representative Achievement 2: Video Fundamental Representation Model - VideoMAE Series",
     "representative-achievement-2-video-fundamental-representation-model---videomae-series"),
    ("代表性成果 1：书生多模态大模型系列 - InternVL",
     "代表性成果-1书生多模态大模型系列---internvl"),
    ("Émile's *C++* notes (2024)", "émiles-c-notes-2024"),
    ("snake_case and  two spaces", "snake_case-and--two-spaces"),
    ("!!!", ""),
])
def test_heading_slugs_are_hugos_github_ids(text, slug):
    assert markdown.heading_slug(text) == slug


def test_heading_ids_are_unique_across_a_page_and_fall_back_to_heading():
    state = markdown.RenderState(ids={"members"})
    first = markdown.render("## Members\n\n## Members\n\n## !!!\n", state)
    second = markdown.render("## Members\n", state)
    assert first == ('<h2 id="members-1">Members</h2>\n<h2 id="members-2">Members</h2>\n'
                     '<h2 id="heading">!!!</h2>\n')
    assert second == '<h2 id="members-3">Members</h2>\n'


def test_typographer_does_what_goldmark_does_and_no_more():
    html = markdown.render('"Quoted" it\'s... a -- b --- c << d >> (c) +-\n')
    assert html == "“Quoted” it’s… a – b — c « d » (c) +-"  # one paragraph: no <p>


def test_raw_links_pass_and_get_noopener():
    html = markdown.render('See <a href="https://example.org/p.pdf" target="_blank">paper</a>.\n')
    assert html == ('See <a href="https://example.org/p.pdf" target="_blank" rel="noopener">'
                    "paper</a>.")


@pytest.mark.parametrize(("raw", "clean"), [
    ("<script>alert(1)</script>ok", "ok"),
    ('<img src="a.png" onerror="alert(1)" alt="A">', '<img src="URL:a.png" alt="A">'),
    ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener">x</a>'),
    ('<a href="jav&#x09;ascript:alert(1)">x</a>', '<a rel="noopener">x</a>'),
    ('<a href="/x" target="_top">x</a>', '<a href="/x" rel="noopener">x</a>'),
    ('<iframe src="https://example.org"></iframe>ok', "ok"),
    ("<svg><script>alert(1)</script><circle/></svg>ok", "ok"),
    ('<div style="position:fixed" class="lk-page" onclick="x()">ok</div>',
     '<div style="">ok</div>'),
    ('<div style="max-width: 500px; position: fixed; z-index: 9" class="flex lk-page jp-Cell">'
     'ok</div>', '<div style="max-width:500px" class="flex">ok</div>'),
    ('<p style="background-image: url(https://example.org/t.png)">t</p>', "<p>t</p>"),
    ('<p style="color: red; width: u\\72l(https://example.org/)">t</p>', "<p>t</p>"),
    ('<span id="lk-page-en">x</span><span id="own">y</span>',
     '<span>x</span><span id="own">y</span>'),
    ('<input type="text" value="x"><input type="checkbox" checked disabled>',
     '<input><input type="checkbox" checked="" disabled="">'),
    ('<figure><img src="a.png" alt="A"><figcaption>Cap</figcaption></figure>',
     '<figure><img src="URL:a.png" alt="A"><figcaption>Cap</figcaption></figure>'),
    ('<form action="/"><input name="q"><button>Go</button></form>ok', "ok"),
    ('<a href="data:text/html,<script>x()</script>">d</a>', '<a rel="noopener">d</a>'),
    ('<img src="data:image/png;base64,AAAA" alt="">',
     '<img src="URL:data:image/png;base64,AAAA" alt="">'),
])
def test_sanitiser_policy(raw, clean):
    state = markdown.RenderState(image=lambda src: f"URL:{src}")
    assert markdown.sanitize(raw, state) == clean


def test_policy_lists_no_dangerous_tag_or_attribute():
    assert not markdown.ALLOWED_TAGS & {"script", "style", "iframe", "svg", "object", "form"}
    attributes = set().union(*markdown.ALLOWED_ATTRIBUTES.values())
    assert not {a for a in attributes if a.startswith("on")} | (attributes & {"srcset"})
    # a style may set no property that fetches (url()) or lifts content out of its place
    assert not markdown.STYLE_PROPERTIES & {
        "position", "z-index", "inset", "top", "left", "right", "bottom", "transform",
        "background", "background-image", "list-style", "list-style-image", "cursor",
        "border-image", "mask", "mask-image", "filter", "content", "clip-path", "translate"}
    assert sorted(markdown.ALLOWED_URL_SCHEMES) == ["http", "https", "mailto", "tel"]


# ------------------------------------------------------------------ icons


def test_icons_come_from_heroicons_and_font_awesome():
    at = icons.svg("at-symbol")
    github = icons.svg("brands/github")
    assert at.startswith('<svg fill="none" viewBox="0 0 24 24" stroke-width="1.5" '
                         'stroke="currentColor" class="lk-icon" aria-hidden="true"')
    assert github.startswith('<svg viewBox="0 0 496 512" class="lk-icon" aria-hidden="true" '
                             'focusable="false" fill="currentColor"><path d="M165.9 397.4')
    assert icons.svg("fab/github") == github
    assert icons.svg("academicons/google-scholar") == icons.svg("brands/google-scholar")
    assert icons.svg("brands/x") == icons.svg("brands/x-twitter")


def test_heroicons_are_read_from_the_cache_folder_once_taken_from_the_zip(tmp_path):
    at = icons._heroicon("at-symbol")
    kept = list((tmp_path / "cache" / "icons").glob("heroicons-*/at-symbol.svg"))
    assert [path.read_text(encoding="utf-8") for path in kept] == [at]
    kept[0].write_text('<svg class="lk-icon"></svg>', encoding="utf-8")
    assert icons._heroicon("at-symbol") == '<svg class="lk-icon"></svg>'
    assert icons._heroicon("github") is None  # not a Heroicon: remembered as an empty file
    assert (kept[0].parent / "github.svg").read_bytes() == b""
    assert icons._heroicon("github") is None


@pytest.mark.parametrize("name", ["academicons/arxiv", "no-such-icon", "brands/../../passwd",
                                  "custom/thing", ""])
def test_unknown_icons_give_none(name):
    assert icons.svg(name) is None
    assert icons.symbol(name) is None


def test_an_unknown_icon_shows_its_label_as_the_link_text(tmp_site):
    (tmp_site / "authors" / "daniel-okafor" / "index.md").write_text(
        "---\ntitle: Daniel Okafor\ntags: [mm_prof]\nprofiles:\n"
        "  - icon: academicons/arxiv\n    url: https://arxiv.org/a/okafor_d_1\n"
        "    label: arXiv\n---\n", encoding="utf-8")
    html = body_of(lk.load(tmp_site / "research" / "multimodal"))
    assert ('<li><a href="https://arxiv.org/a/okafor_d_1" target="_blank" rel="noopener" '
            'title="arXiv"><span class="lk-icon-label">arXiv</span></a></li>') in html


# ------------------------------------------------------------------ where images are


def places_of(site_dir: Path, page_dir: str = "research/multimodal", lang="en"):
    content = site_dir / "content"
    return images.Places.of(content / page_dir / "index.md", content, lang, "en")


def test_image_sources_resolve_as_hugo_looks_them_up(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    (tmp_path / "assets" / "media").mkdir(parents=True)
    (tmp_path / "static" / "img").mkdir(parents=True)
    shutil.copy(SAMPLE / "videomae.png", tmp_path / "assets" / "media" / "lib.png")
    shutil.copy(SAMPLE / "videomae.png", tmp_path / "static" / "img" / "static.png")
    places = places_of(tmp_path)
    root = tmp_path.resolve()
    bundle = root / "content" / "research" / "multimodal"
    assert images.locate("videomae.png", places).path == bundle / "videomae.png"
    assert images.locate("/research/multimodal/videomae.png", places).path == (
        bundle / "videomae.png")
    assert images.locate("../vision/depth.png", places).path == (
        root / "content" / "research" / "vision" / "depth.png")
    assert images.locate("lib.png", places).path == root / "assets" / "media" / "lib.png"
    assert images.locate("/img/static.png", places).path == root / "static" / "img" / "static.png"
    assert images.locate("videomae.png?v=2#top", places).path == bundle / "videomae.png"
    zh = places_of(tmp_path, lang="zh")
    assert images.locate("/zh/research/multimodal/videomae.png", zh).path == (
        bundle / "videomae.png")
    assert images.locate("https://example.org/a.png", places) == images.Located(
        url="https://example.org/a.png")


def test_links_to_folders_are_followed_inside_the_site_and_refused_out_of_it(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "content", site / "content")
    (site / "static" / "img").mkdir(parents=True)
    shutil.copy(SAMPLE / "videomae.png", site / "static" / "img" / "kept.png")
    (tmp_path / "away").mkdir()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(tmp_path / "away" / "kept.png")
    bundle = site / "content" / "research" / "multimodal"
    (bundle / "inside").symlink_to(site / "static" / "img")
    (bundle / "outside").symlink_to(tmp_path / "away")
    places = places_of(site)
    assert images.locate("inside/kept.png", places).path == (
        site.resolve() / "static" / "img" / "kept.png")
    assert images.locate("outside/kept.png", places) == images.Located(
        problem="image 'outside/kept.png': it is a link to a file outside the site folder; "
                "it was not read")
    assert images.locate("inside/none.png", places).path is None


def test_a_folder_turned_into_a_link_is_seen_by_the_next_rendering(tmp_path):
    """What one rendering learns about folders is not kept for the next one."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "content", site / "content")
    bundle = site / "content" / "research" / "multimodal"
    (bundle / "figs").mkdir()
    shutil.move(bundle / "videomae.png", bundle / "figs" / "videomae.png")
    index = bundle / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(
        "/research/multimodal/videomae.png", "figs/videomae.png"), encoding="utf-8")
    secret = tmp_path / "away" / "videomae.png"
    secret.parent.mkdir()
    Image.new("RGB", (8, 8), (9, 8, 7)).save(secret)
    shown = base64.b64encode((bundle / "figs" / "videomae.png").read_bytes()).decode()
    hidden = base64.b64encode(secret.read_bytes()).decode()
    before = lk.load(bundle).to_html()
    shutil.rmtree(bundle / "figs")
    (bundle / "figs").symlink_to(secret.parent)
    page = lk.load(bundle)
    after = page.to_html()
    assert shown[:60] in before and shown[:60] not in after
    assert hidden[:40] not in after
    assert [p.message for p in page.site.problems if "figs/" in p.message] == [
        "image 'figs/videomae.png': it is a link to a file outside the site folder; it was "
        "not read; a placeholder is shown"]


def test_a_page_url_must_lead_to_a_bundle_file(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    (tmp_path / "content" / "loose").mkdir()
    shutil.copy(SAMPLE / "videomae.png", tmp_path / "content" / "loose" / "x.png")
    found = images.locate("/loose/x.png", places_of(tmp_path))
    assert found.path is None
    assert found.problem == ("cannot find image '/loose/x.png' (looked in the page's folder, "
                             "assets/media/, static/ and the page bundle at that URL)")


def test_paths_out_of_the_site_folder_are_refused_and_never_read(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPO / "content", site / "content")
    secret = tmp_path / "secret.png"
    Image.new("RGB", (8, 8), (1, 2, 3)).save(secret)
    bundle = site / "content" / "research" / "multimodal"
    (bundle / "leak.png").symlink_to(secret)
    places = places_of(site)
    escape = "../" * 12 + "secret.png"
    assert images.locate(escape, places) == images.Located(
        problem=f"image {escape!r}: the path leads outside the site folder; it was not read")
    assert images.locate("leak.png", places) == images.Located(
        problem="image 'leak.png': it is a link to a file outside the site folder; "
                "it was not read")
    assert images.locate(str(secret), places).path is None  # read as a site URL, not a file
    assert images.locate("file://" + str(secret), places) == images.Located(
        problem="file: image sources are not allowed")
    assert images.locate("data:image/svg+xml,<svg/>", places) == images.Located(
        problem="only PNG, JPEG, GIF and WebP data: images are allowed")


# ------------------------------------------------------------------ processing


def test_avatars_are_cropped_around_the_centre_to_300_px(tmp_path):
    source = tmp_path / "wide.png"
    im = Image.new("RGB", (600, 300), (255, 0, 0))
    im.paste((0, 0, 255), (150, 0, 450, 300))  # the centre square is blue
    im.save(source)
    done = images.process(source, "avatar")
    assert (done.width, done.height, done.ext, done.mime) == (300, 300, "png", "image/png")
    out = Image.open(io.BytesIO(done.data))
    assert out.size == (300, 300)
    assert out.convert("RGB").getpixel((5, 150)) == (0, 0, 255)
    assert out.convert("RGB").getpixel((294, 150)) == (0, 0, 255)


def test_content_images_are_at_most_1200_px_wide_and_small_ones_are_kept_as_they_are(tmp_path):
    big, small = tmp_path / "big.jpg", tmp_path / "small.png"
    Image.new("RGB", (2400, 900), (10, 20, 30)).save(big, quality=90)
    Image.new("RGB", (640, 480), (10, 20, 30)).save(small)
    done = images.process(big, "content")
    assert (done.width, done.height, done.ext) == (1200, 450, "jpg")
    assert Image.open(io.BytesIO(done.data)).size == (1200, 450)
    kept = images.process(small, "content")
    assert kept.data == small.read_bytes()


def test_a_file_that_is_not_an_image_is_a_problem(tmp_path):
    fake = tmp_path / "fake.png"
    fake.write_text("root:x:0:0:root:/root:/bin/bash\n")
    with pytest.raises(images.ImageProblem, match=r"^fake.png is not an image Pillow can read$"):
        images.process(fake, "content")


def test_processed_images_are_cached_by_content_hash(tmp_path):
    source = tmp_path / "a.png"
    Image.new("RGB", (400, 400), (200, 10, 10)).save(source)
    first = images.process(source, "avatar")
    cached = (images.cache_dir() / images.CACHE_VERSION / first.digest[:2]
              / f"{first.digest}-avatar.png")
    assert cached.read_bytes() == first.data
    # Another file with the same bytes is the same entry: the cache is read, not Pillow.
    marker = Image.new("RGB", (300, 300), (0, 255, 0))
    marker.save(cached)
    twin = tmp_path / "twin.png"
    shutil.copy(source, twin)
    assert images.process(twin, "avatar").data == cached.read_bytes()


# ------------------------------------------------------------------ the page


def test_the_sample_page_renders_its_sections_in_order():
    page = lk.load(SAMPLE)
    html = body_of(page)
    assert re.findall(r'<section id="([^"]+)"', html) == [
        "section-markdown", "members", "section-markdown-2"]
    assert card_names(html) == ["Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu",
                                "Shuqing Wang", "Yutong Chen"]
    assert '<ul class="lk-grid lk-cols-4">' in html
    assert re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html)[:3] == [
        "Multimodal Large Model Research Group", "Team Members", "Anlan Zhou"]


def test_people_grid_card(tmp_site):
    page = lk.load(tmp_site / "research" / "multimodal")
    html = body_of(page)
    lu = html[html.index('alt="Mingyuan Lu"'):]
    lu = lu[:lu.index("</li>\n<li class=\"lk-card\">")]
    assert ('<h3 class="lk-name"><ruby>Mingyuan Lu<rp> (</rp><rt>Lù Míngyuǎn</rt><rp>)</rp>'
            "</ruby></h3>") in lu
    assert ('<h3 class="lk-name"><a href="https://shuqing.example.org/" target="_blank" '
            'rel="noopener">Shuqing Wang</a></h3>') in html
    assert ('<p class="lk-role">Associate Professor, <a href="https://example.edu/" '
            'rel="noopener">Example University</a></p>') in html
    assert ('<li><a href="mailto:daniel.okafor@example.edu" title="E-mail" aria-label="E-mail">'
            '<svg class="lk-icon" aria-hidden="true" focusable="false">'
            '<use href="#lk-icon-at-symbol"/></svg></a></li>') in html
    assert re.findall(r'<symbol id="([^"]+)"', html) == [
        "lk-icon-at-symbol", "lk-icon-brands-github", "lk-icon-academicons-google-scholar",
        "lk-icon-brands-x", "lk-icon-envelope",  # the frame's follow: navbar, then footer
        "lk-icon-hero-bars-3", "lk-icon-hero-x-mark", "lk-icon-hero-chevron-down",
        "lk-icon-hero-moon", "lk-icon-hero-sun", "lk-icon-hero-language",
        "lk-icon-hero-globe-alt"]
    avatar = re.search(r'<img class="lk-avatar" src="data:image/jpeg;base64,([^"]+)" '
                       r'alt="Anlan Zhou" width="150" height="150">', html)
    decoded = Image.open(io.BytesIO(base64.b64decode(avatar[1])))
    assert decoded.size == (300, 300)


def test_the_grid_never_has_more_columns_than_people(tmp_site):
    page = lk.load(tmp_site / "research" / "multimodal")
    page.section("members").filters.tag = "student"
    html = body_of(page)
    assert card_names(html) == ["Sofia Lindqvist", "Daniel Okafor", "Hana Kobayashi"]
    assert '<ul class="lk-grid lk-cols-3">' in html


def test_a_missing_avatar_is_a_placeholder_and_a_warning(tmp_site):
    (tmp_site / "authors" / "daniel-okafor" / "avatar.jpg").unlink()
    page = lk.load(tmp_site / "research" / "multimodal")
    html = body_of(page)
    assert ('<span class="lk-avatar lk-avatar-missing" role="img" '
            'aria-label="Daniel Okafor (no photo)">DO</span>') in html
    assert page.site.problems == [Problem(
        tmp_site.resolve() / "authors" / "daniel-okafor" / "index.md", None, "warning",
        "no avatar image in this person's folder (a file named avatar.png or avatar.jpg); "
        "a placeholder is shown, and Hugo stops the build")]


def test_a_missing_image_names_the_file_and_line_of_the_markdown(tmp_site):
    (tmp_site / "research" / "multimodal" / "videochat.png").unlink()
    page = lk.load(tmp_site / "research" / "multimodal")
    html = body_of(page)
    index = tmp_site.resolve() / "research" / "multimodal" / "index.md"
    missing = [p for p in page.site.problems if "videochat" in p.message]
    assert missing == [Problem(index, 41, "warning",
                               "cannot find image '/research/multimodal/videochat.png' (looked "
                               "in the page's folder, assets/media/, static/ and the page bundle "
                               "at that URL); a placeholder is shown")]
    assert index.read_text().splitlines()[40].strip() == (
        "![VideoChat](/research/multimodal/videochat.png)")
    placeholder = images.placeholder_uri("videochat.png")
    assert f'<img src="{placeholder}" alt="VideoChat">' in html  # the theme's figure
    assert "%3EMissing%20image:%20videochat.png%3C/text%3E" in placeholder


def test_blocks_not_rendered_yet_show_their_type():
    page = lk.load(SAMPLE)
    page.sections.append(lk.model.block_from_data({"block": "reading-list", "content": {}}, None,
                                                  "en"))
    html = body_of(page)
    assert ('<section id="section-reading-list" class="lk-section lk-block-unknown">\n'
            '<div class="lk-container lk-narrow">\n<p class="lk-unknown">A <strong>reading-list'
            '</strong> '
            "block is here. landingkit does not show this block type yet; it is kept "
            "unchanged.</p>") in html


def test_other_collection_views_fall_back_to_a_list(tmp_site):
    page = lk.load(tmp_site / "research" / "multimodal")
    page.section("members").view = "compact"
    html = body_of(page)
    assert ("<p class=\"lk-note\">Shown as a plain list: landingkit does not render the “compact” "
            "view yet.</p>") in html
    assert re.findall(r"<li><strong>(.*?)</strong>", html) == [
        "Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu", "Shuqing Wang", "Yutong Chen"]


def test_spacing_becomes_section_padding_and_bad_css_is_refused(tmp_site):
    page = lk.load(tmp_site / "research" / "multimodal")
    custom = render.site_look(page.site)[1]  # the site's custom.css comes last, as in Hugo
    assert custom.startswith("@scope (") and ".people-grid {" in custom
    css, _ = render.render_page(page)
    assert css.endswith("#lk-research-multimodal-en .lk-section{padding:1rem 0 1rem 0}\n" + custom)
    page.spacing = "1rem}body{display:none"
    page.section("members").data["design"]["spacing"] = {"padding": ["20px", "0", "3rem", "0"]}
    css, _ = render.render_page(page)
    assert css.endswith("#lk-research-multimodal-en #members{padding:20px 0 3rem 0}\n" + custom)
    assert "body{display:none" not in css
    assert page.site.problems[-1] == Problem(
        page.path, 9, "warning",
        "design.spacing: '1rem}body{display:none' is not a CSS length; ignored")


@pytest.mark.parametrize("look", ["tailwind", "bootstrap"])
def test_every_css_rule_is_scoped_to_the_page(look):
    css = render.base_css(look)
    selectors = re.findall(r"(?:^|})\s*([^{}@]+)\{", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    unscoped = [s for sel in selectors for s in re.split(r",(?![^()]*\))", sel)
                if not s.strip().startswith((render.SCOPE, ".lk-body"))
                and not re.fullmatch(r"\s*(?:from|to|\d+%)\s*", s)]
    assert unscoped == []


def test_preview_is_the_export_body_with_its_css():
    page = lk.load(SAMPLE)
    css, body = render.render_page(page)
    assert page._repr_html_() == f"<style>{css}</style>\n{body}"
    assert f"<style>{css}</style>\n<body class=\"lk-body\">\n{body}\n</body>" in (
        page.to_html().replace("</style>\n</head>\n", "</style>\n"))


def test_cards_are_rendered_once_per_person_and_mode(tmp_site):
    (tmp_site / "authors" / "daniel-okafor" / "avatar.jpg").unlink()  # a card with a warning
    site = lk.Site(tmp_site)
    sample = tmp_site / "research" / "multimodal"
    first = body_of(site.page(sample))
    cards = dict(site.cache.cards)
    assert sorted(key[0][0].split("/")[-2] for key in cards) == [
        "anlan-zhou", "daniel-okafor", "jiahe-he", "mingyuan-lu", "shuqing-wang", "yutong-chen"]
    again = site.page(sample)
    assert body_of(again) == first
    assert site.cache.cards == cards  # the same six entries: nothing rendered again
    assert [str(p.path).split("/")[-2] for p in again.site.problems] == ["daniel-okafor"]
    site.cache.clear()
    assert len(site.cache) == 0
    assert body_of(site.page(sample)) == first and site.cache.cards.keys() == cards.keys()
