"""A block's section `design` as each generation's section wrapper draws it: blox-bootstrap
v5.9.7 and blox-tailwind v0.3.1 `functions/parse_block_v2.html` (design.background: color,
gradient_*, image.filename / size / position / filters.brightness, text_color_light;
design.css_class, design.css_style), Wowchemy v5.5.0 `widget_page.html` for widget files
(background.image as a name, image_size, image_position, image_darken; advanced.css_class
and css_style). The section HTML and its stylesheet rules compared as text."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import render

SITES = Path(__file__).resolve().parent / "sites"
BOOTSTRAP_MODULE = "github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5"
TAILWIND_MODULE = "github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind"
WOWCHEMY_MODULE = "github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy/v5"
KIT_MODULE = "github.com/HugoBlox/kit/modules/blox"


def site_with(tmp_path, design: str, module: str = BOOTSTRAP_MODULE) -> Path:
    """The sections fixture site with one markdown block whose `design:` is `design`
    (YAML indented under it), importing `module`."""
    site = tmp_path / "site"
    shutil.copytree(SITES / "sections-bootstrap", site)
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(BOOTSTRAP_MODULE, module),
                      encoding="utf-8")
    (site / "content" / "_index.md").write_text(
        "---\ntitle: Quay Lab\ntype: landing\nsections:\n  - block: markdown\n    id: one\n"
        "    content:\n      title: One\n      text: Hello.\n    design:\n"
        + "".join(f"      {line}\n" for line in design.strip("\n").splitlines()) + "---\n",
        encoding="utf-8")
    return site


def drawn(site: Path) -> tuple[str, list[str], list[str]]:
    """(the section's opening, with its background child; its stylesheet rules; warnings)."""
    page = lk.load(site / "content")
    css, body, problems = render._render(page, render.Embed())
    start = body.index('<section id="one"')
    head = body[start:body.index('<div class="lk-container', start)]
    rules = [line for line in css.splitlines() if line.startswith(f"#{page_root(body)} #one")]
    rules = [re.sub(r'url\("data:image/(\w+);base64,[A-Za-z0-9+/=]+"\)', r"url(\1)", rule)
             for rule in rules]
    return head, rules, [str(p).replace(str(site), "SITE") for p in problems]


def page_root(body: str) -> str:
    return re.search(r'<div class="lk-page[^"]*" id="([^"]+)"', body).group(1)


PLAIN = ('<section id="one" class="lk-section home-section wg-markdown lk-block-markdown" '
         'aria-labelledby="one-title">'
         "\n")


def test_no_design_keys_no_wrapper(tmp_path):
    assert drawn(site_with(tmp_path, "columns: '1'")) == (PLAIN, [], [])


def test_the_research_group_home_photo_fullscreen_light_text(tmp_path):
    """The official research-group starter's markdown block: an image, fullscreen, light text;
    parallax and the theme's cover/centre when no size or position is given."""
    site = site_with(tmp_path, """
background:
  image:
    filename: quay-night.jpg
    filters:
      brightness: 0.7
  text_color_light: true
css_class: fullscreen
""")
    assert drawn(site) == (
        '<section id="one" class="lk-section home-section wg-markdown lk-has-bg dark fullscreen '
        'lk-block-markdown" '
        'aria-labelledby="one-title">\n'
        '<div class="lk-section-bg lk-bg-image lk-parallax" aria-hidden="true"></div>\n',
        ["#lk-page-en #one>.lk-section-bg{background-image:url(jpeg);filter:brightness(0.7)}"],
        [])


def test_colour_gradient_size_position_and_the_sections_own_style(tmp_path):
    site = site_with(tmp_path, """
background:
  color: 'rgb(10 20 30 / .5)'
  gradient_start: '#1565c0'
  gradient_end: navy
  image:
    filename: quay-night.jpg
    size: actual
    position: left 20% top
    parallax: false
  text_color_light: false
css_class: 'wide band'
css_style: 'min-height: 300px; border-top: 4px solid #1565c0'
""")
    assert drawn(site) == (
        '<section id="one" class="lk-section home-section wg-markdown lk-has-bg light wide band '
        'lk-block-markdown" '
        'aria-labelledby="one-title" style="min-height:300px;border-top:4px solid #1565c0">\n'
        '<div class="lk-section-bg lk-bg-image" aria-hidden="true"></div>\n',
        ["#lk-page-en #one>.lk-section-bg{background-color:rgb(10 20 30 / .5);"
         "background-image:linear-gradient(90deg,#1565c0,navy);background-image:url(jpeg);"
         "background-size:auto;background-position:left 20% top}"],
        [])


def test_a_gradient_needs_both_ends_and_takes_its_angle(tmp_path):
    site = site_with(tmp_path, """
background:
  gradient_start: '#000'
  gradient_angle: 45
""")
    assert drawn(site) == (
        '<section id="one" class="lk-section home-section wg-markdown lk-has-bg lk-block-markdown" '
        'aria-labelledby="one-title">\n<div class="lk-section-bg" aria-hidden="true"></div>\n',
        [], [])
    site = site_with(tmp_path / "b", """
background:
  gradient_start: '#000'
  gradient_end: '#fff'
  gradient_angle: 45
""")
    assert drawn(site)[1] == [
        "#lk-page-en #one>.lk-section-bg{background-image:linear-gradient(45deg,#000,#fff)}"]


def test_a_missing_background_image_is_said_with_its_line(tmp_path):
    site = site_with(tmp_path, """
background:
  image:
    filename: gone.jpg
""")
    assert drawn(site) == (
        '<section id="one" class="lk-section home-section wg-markdown lk-has-bg lk-block-markdown" '
        'aria-labelledby="one-title">\n'
        '<div class="lk-section-bg lk-bg-image lk-parallax" aria-hidden="true"></div>\n',
        [],
        ["SITE/content/_index.md:13: warning: design.background.image.filename: 'gone.jpg' "
         "is not in assets/media/ (Hugo stops the build there); the section has no image"])


@pytest.mark.parametrize("name", ["/quay-night.jpg", "./quay-night.jpg", "x/../quay-night.jpg"])
def test_a_background_image_is_found_as_resources_get_cleans_its_path(tmp_path, name):
    """`resources.Get (printf "media/%s" name)` joins and cleans the path (checked with Hugo
    0.168: "/x/y.jpg" and "x/../x/y.jpg" are found, " x/y.jpg" is not), as a real site's
    `filename: /headers/x.jpg` builds."""
    site = site_with(tmp_path, f"background:\n  image:\n    filename: '{name}'")
    assert drawn(site)[1:] == (
        ["#lk-page-en #one>.lk-section-bg{background-image:url(jpeg)}"], [])


@pytest.mark.parametrize("design, warning", [
    ("css_style: 'color: red; background: url(https://evil.example/x.png)'",
     "SITE/content/_index.md:11: warning: design.css_style: 'color: red; background: "
     "url(https://evil.example/x.png)' sets what a page's style may not (a url(), a position "
     "over the page); it is ignored"),
    ("css_style: 'color: red; position: fixed; inset: 0; z-index: 99'",
     "SITE/content/_index.md:11: warning: design.css_style: 'color: red; position: fixed; "
     "inset: 0; z-index: 99' sets what a page's style may not (a url(), a position over the "
     "page); only 'color:red' is kept"),
    ("background:\n  color: 'red; background-image: url(https://evil.example/x)'",
     "SITE/content/_index.md:12: warning: design.background.color: 'red; background-image: "
     "url(https://evil.example/x)' is not a CSS colour; ignored"),
    ("background:\n  gradient_start: 'red'\n  gradient_end: 'image(url(x))'",
     "SITE/content/_index.md:13: warning: design.background.gradient_end: 'image(url(x))' "
     "is not a CSS colour; ignored"),
    ("background:\n  image:\n    filename: quay-night.jpg\n    position: 'center;}*{x:y'",
     "SITE/content/_index.md:14: warning: design.background.image.position: 'center;}*{x:y' "
     "is not a CSS position; ignored"),
    ("background:\n  image:\n    filename: ../../../etc/passwd",
     "SITE/content/_index.md:13: warning: design.background.image.filename: "
     "'../../../etc/passwd' is not in assets/media/ (Hugo stops the build there); the "
     "section has no image"),
    ("css_class: 'ok lk-page \"><script>'",
     "SITE/content/_index.md:11: warning: design.css_class: 'lk-page \"><script>' is not a "
     "class name the page may use; ignored"),
])
def test_hostile_design_values_are_refused(tmp_path, design, warning):
    head, rules, problems = drawn(site_with(tmp_path, design))
    assert problems == [warning]
    assert not re.search(r"url\((?!jpeg)|script|position:fixed|\}\*", head + "".join(rules))


def test_blox_tailwind_reads_the_same_keys(tmp_path):
    site = site_with(tmp_path, """
background:
  color: '#0f172a'
  text_color_light: true
css_class: fullscreen
""", TAILWIND_MODULE)
    head, rules, problems = drawn(site)
    assert (head, rules, problems) == (
        '<section id="one" class="lk-section lk-has-bg dark fullscreen lk-block-markdown" '
        'aria-labelledby="one-title">\n<div class="lk-section-bg" aria-hidden="true"></div>\n',
        ["#lk-page-en #one>.lk-section-bg{background-color:#0f172a}"], [])


def test_the_kit_draws_its_own_sections(tmp_path):
    site = site_with(tmp_path, "css_class: fullscreen\nbackground:\n  color: red", KIT_MODULE)
    head, rules, problems = drawn(site)
    assert "lk-section-bg" not in head and rules == [] and problems == []


def test_a_wowchemy_widget_files_keys(tmp_path):
    """Wowchemy v5.5.0 widget_page.html: `image` is the file's name, `image_size`,
    `image_position`, `image_darken` beside it, and `advanced.css_class` / `css_style`."""
    site = site_with(tmp_path, "columns: '1'", WOWCHEMY_MODULE)
    (site / "content" / "_index.md").unlink()
    home = site / "content" / "home"
    home.mkdir()
    (home / "index.md").write_text("---\ntype: widget_page\nheadless: true\n---\n",
                                   encoding="utf-8")
    (home / "one.md").write_text(
        "---\nwidget: blank\nheadless: true\nweight: 10\ntitle: One\ndesign:\n"
        "  background:\n    image: quay-night.jpg\n    image_size: contain\n"
        "    image_position: right\n    image_darken: 0.5\n    text_color_light: true\n"
        "    missing_key: 1\nadvanced:\n  css_class: fullscreen\n"
        "  css_style: 'color: red; cursor: url(x.cur)'\n---\n\nHello.\n", encoding="utf-8")
    page = lk.load(site / "content" / "home")
    css, body, problems = render._render(page, render.Embed())
    start = body.index('<section id="one"')
    head = body[start:body.index(">", body.index("lk-section-bg", start)) + 1]
    assert head == ('<section id="one" class="lk-section home-section wg-blank lk-has-bg dark '
                    'fullscreen '
                    'lk-block-blank" aria-labelledby="one-title">\n'
                    '<div class="lk-section-bg lk-bg-image lk-parallax" aria-hidden="true">')
    rule, = (line for line in css.splitlines() if "#one>" in line)
    assert re.sub(r'url\("data:image/jpeg;base64,[A-Za-z0-9+/=]+"\)', "url(jpeg)", rule) == (
        f"#{page_root(body)} #one>.lk-section-bg{{background-image:url(jpeg);"
        "background-size:contain;background-position:right;filter:brightness(0.5)}")
    assert [str(p).replace(str(site), "SITE") for p in problems] == [
        "SITE/content/home/one.md:16: warning: advanced.css_style: 'color: red; cursor: "
        "url(x.cur)' sets what a page's style may not (a url(), a position over the page); "
        "it is ignored"]


def test_check_says_what_the_section_leaves_out(tmp_path):
    from landingkit.check import check_site

    site = site_with(tmp_path, """
background:
  image:
    filename: gone.jpg
css_style: 'background: url(https://evil.example/x.png)'
""")
    assert [str(p).replace(str(site), "SITE") for p in check_site(lk.Site(site / "content"))] == [
        "SITE/content/_index.md:13: warning: design.background.image.filename: 'gone.jpg' is "
        "not in assets/media/ (Hugo stops the build there); the section has no image",
        "SITE/content/_index.md:14: warning: design.css_style: 'background: "
        "url(https://evil.example/x.png)' sets what a page's style may not (a url(), a position "
        "over the page); it is ignored"]


def test_a_clip_path_is_the_sections_and_a_shape_only(tmp_path):
    """parse_block_v2.html's `clip-path: %s;` before `design.css_style`; here a basic shape
    only (no url(), which would fetch a file)."""
    site = site_with(tmp_path, "clip_path: 'polygon(0 0, 100% 0, 100% 85%, 0 100%)'\n"
                               "css_style: 'min-height: 300px'")
    assert drawn(site) == (
        '<section id="one" class="lk-section home-section wg-markdown lk-block-markdown" '
        'aria-labelledby="one-title" '
        'style="clip-path:polygon(0 0, 100% 0, 100% 85%, 0 100%);min-height:300px">\n', [], [])
    head, _, problems = drawn(site_with(tmp_path / "b", "clip_path: 'url(#mask)'"))
    assert (head, problems) == (PLAIN, [
        "SITE/content/_index.md:11: warning: design.clip_path: 'url(#mask)' is not a basic "
        "shape (inset(), circle(), ellipse(), polygon()); ignored"])


def test_a_background_video_is_said_not_played_and_its_background_drawn(tmp_path):
    """The wrapper's `<video autoplay>` of `background.video.filename` (in assets/media/; a
    file that is not there the theme skips, saying nothing): an export plays no media, so
    the section shows its background, and the page says so."""
    design = "background:\n  color: '#263238'\n  video:\n    filename: dusk.mp4\n    flip: true"
    site = site_with(tmp_path, design)
    missing = drawn(site)
    (site / "assets" / "media" / "dusk.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    there = drawn(site)
    head = ('<section id="one" class="lk-section home-section wg-markdown lk-has-bg '
            'lk-block-markdown" '
            'aria-labelledby="one-title">\n<div class="lk-section-bg" aria-hidden="true"></div>\n')
    rules = ["#lk-page-en #one>.lk-section-bg{background-color:#263238}"]
    assert missing == (head, rules, [])
    assert there == (head, rules, [
        "SITE/content/_index.md:14: warning: design.background.video: 'dusk.mp4' is not played "
        "in an export (it loads no media); the section's background is drawn without it"])
