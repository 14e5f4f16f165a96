"""The `slider` block of blox-bootstrap v5.9.7 (`blocks/slider.html`) with no script: every
slide, one under the other, each with the theme's background, title, text and button, on the
fixture site tests/sites/blocks-c-bootstrap.

The real theme's build of the same site (real-theme-builds.md; blox-bootstrap v5.9.7,
blox-core v0.3.1, blox-seo v0.2.2, Hugo 0.168) writes the same background declarations
(`background-color: #335577;background-image: url(...); background-repeat: no-repeat;
background-position: center; background-size: cover;`, `backdrop-filter: brightness(0.7)`),
the same titles and texts, and the second slide's button with its graduation-cap icon.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import check, render

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture
def site(tmp_path) -> Path:
    shutil.copytree(SITES / "blocks-c-bootstrap", tmp_path / "site")
    return tmp_path / "site"


def slider(site: Path, slides=None, design=None) -> tuple[str, list]:
    page = lk.Site(site / "content").page("_index.md")
    block = page.sections[3]
    if slides is not None:
        block.slides = slides
    block.data["design"].update(design or {})
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index('<section id="slides"')
    html = html[start:html.index("</section>", start) + len("</section>")]
    return re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,PNG", html), render.render_problems(page)


def test_every_slide_is_drawn_one_under_the_other(site):
    html, problems = slider(site)
    assert problems == []
    assert html == (
        '<section id="slides" class="lk-section home-section wg-slider lk-block-slider">\n'
        '<div class="lk-slide" style="background-color:#335577;background-image:url(&#39;'
        "data:image/png;base64,PNG&#39;);background-repeat:no-repeat;background-position:center;"
        'background-size:cover">\n<div class="lk-slide-shade" style="-webkit-backdrop-filter:'
        'brightness(0.7);backdrop-filter:brightness(0.7)">\n'
        '<div class="lk-slide-copy lk-slide-center">\n'
        '<h2 class="lk-slide-title">Welcome to the <strong>harbour</strong></h2>\n'
        '<p class="lk-slide-lead">Tides, reefs and maps since 1998.</p>\n</div>\n</div>\n</div>\n'
        '<div class="lk-slide" style="background-color:#225522">\n<div class="lk-slide-shade">\n'
        '<div class="lk-slide-copy lk-slide-left">\n<h2 class="lk-slide-title">Open day</h2>\n'
        '<p class="lk-slide-lead">Every first <em>Saturday</em>.</p>\n'
        '<p><a class="lk-slide-button" href="https://harbour.example.org/post/open-day/">'
        '<svg class="lk-icon" aria-hidden="true" focusable="false"><use '
        'href="#lk-icon-fas-graduation-cap"/></svg>Come along</a></p>\n</div>\n</div>\n</div>\n'
        "</section>")


def test_gradients_heights_alignment_and_defaults(site):
    html, _ = slider(site, [
        {"title": "A", "align": "right", "background": {
            "gradient_start": "#111", "gradient_end": "#999", "gradient_angle": 45}},
        {"title": "B", "align": "sideways", "background": {"gradient_start": "#111"}},
        {"content": "Only *text*", "link": {"url": "https://example.org/x", "text": "Go"}}],
        {"slide_height": "400px"})
    assert re.findall(r'<div class="lk-slide" style="([^"]*)">', html) == [
        "height:400px;background-image:linear-gradient(45deg,#111,#999)", "height:400px",
        "height:400px"]
    assert re.findall(r'lk-slide-copy lk-slide-(\w+)', html) == ["right", "left", "left"]
    assert '<h2 class="lk-slide-title"></h2>\n<p class="lk-slide-lead">Only <em>text</em></p>' \
        in html
    assert '<a class="lk-slide-button" href="https://example.org/x">Go</a>' in html


def test_css_that_could_fetch_or_break_out_is_dropped(site):
    html, _ = slider(site, [{"title": "X", "background": {
        "color": "red;background-image:url(https://evil.example/x.png)",
        "gradient_start": "url(//evil.example)", "gradient_end": "#fff",
        "image": {"filename": "slide-tide.png", "position": "top;x:url(a)",
                  "size": "image-set(a)", "filters": {"brightness": "0.5);b:url(c"}}}},
        {"title": "Y", "link": {"url": "javascript:alert(1)", "text": "No"}}],
        {"slide_height": "1px;background:url(x)"})
    assert "evil" not in html and "javascript" not in html.lower()
    assert re.findall(r'<div class="lk-slide" style="([^"]*)">', html) == [
        "background-image:url(&#39;data:image/png;base64,PNG&#39;);background-repeat:no-repeat;"
        "background-position:center;background-size:cover"]
    assert '<div class="lk-slide-shade">\n<div class="lk-slide-copy lk-slide-left">\n' \
        '<h2 class="lk-slide-title">X</h2>' in html
    assert '<a class="lk-slide-button" href="">No</a>' in html


def test_a_missing_background_image_is_said(site):
    html, problems = slider(site, [{"title": "X", "background": {
        "image": {"filename": "nowhere.png"}}}])
    assert "background-image" not in html
    assert [p.message for p in problems] == [
        "slider background image 'nowhere.png' is not in assets/media/; Hugo stops the build "
        "on it, none is shown"]


def test_check_knows_the_block(site):
    text = site / "content" / "_index.md"
    assert [str(p) for p in check.check_page(lk.Site(site / "content"), text)] == []
