"""Images in Markdown as the site resolves them, and the layout raw HTML gives them.

The site here is the project's own: a base URL with a path (`https://x.edu/lm/`, so content
writes `/lm/images/github.svg` for `static/images/github.svg`), SVG icons drawn here, raster
images drawn with Pillow.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import watch
from PIL import Image

import landingkit as lk
from landingkit import export, images

ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
        '<circle cx="12" cy="12" r="10" fill="#{}"/></svg>\n')

TEXT = """\
<div class="flex">
<img src="/lm/images/github.svg" style="height:1.5em" alt="GitHub">
<img src="/lm/images/arxiv.svg" style="height: 1.5em" alt="arXiv">
</div>

<figure style="max-width: 500px">
<img src="wide.png" alt="Capped">
<figcaption>A figure capped at 500 px</figcaption>
</figure>

<div class="flex">
<figure style="max-width: 300px"><img src="/lm/research/icons/left.png" alt="Left"></figure>
<figure style="max-width: 300px"><img src="lib.png" alt="Right"></figure>
</div>
"""


@pytest.fixture
def lm_site(tmp_path, monkeypatch) -> Path:
    """A site at https://x.edu/lm/ with images in static/, assets/media/ and a page bundle."""
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "cache"))
    site = tmp_path / "site"
    (site / "static" / "images").mkdir(parents=True)
    (site / "assets" / "media").mkdir(parents=True)
    bundle = site / "content" / "research" / "icons"
    bundle.mkdir(parents=True)
    (site / "hugo.yaml").write_text("baseURL: https://x.edu/lm/\ntitle: Lab\n", encoding="utf-8")
    (site / "static" / "images" / "github.svg").write_text(ICON.format("222"), encoding="utf-8")
    (site / "static" / "images" / "arxiv.svg").write_text(ICON.format("b31b1b"), encoding="utf-8")
    Image.new("RGB", (900, 300), (30, 90, 160)).save(bundle / "wide.png")
    Image.new("RGB", (400, 200), (200, 60, 40)).save(bundle / "left.png")
    Image.new("RGB", (400, 200), (40, 160, 60)).save(site / "assets" / "media" / "lib.png")
    text = "\n".join("        " + line if line else "" for line in TEXT.splitlines())
    (bundle / "index.md").write_text(
        "---\ntitle: Icons\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
        f"      text: |\n{text}\n---\n", encoding="utf-8")
    return site


def test_site_urls_carry_the_base_path_and_resolve_through_static_media_and_bundle(lm_site):
    root = lm_site.resolve()
    content = root / "content"
    places = images.Places.of(content / "research" / "icons" / "index.md", content, "en", "en",
                              root, "/lm/")
    assert images.locate("/lm/images/github.svg", places).path == (
        root / "static" / "images" / "github.svg")
    assert images.locate("/lm/research/icons/left.png", places).path == (
        content / "research" / "icons" / "left.png")
    assert images.locate("/lm/lib.png", places).path == root / "assets" / "media" / "lib.png"
    assert images.locate("wide.png", places).path == content / "research" / "icons" / "wide.png"
    # the base path is a whole folder name: /lmx/ is not /lm/ plus x
    assert images.locate("/lmx/images/github.svg", places).problem is not None


def test_icon_rows_render_as_svg_images_keeping_their_style_and_class(lm_site):
    site = lk.Site(lm_site / "content")
    assert site.base_path == "/lm/"
    page = site.page("research/icons")
    html = page.to_html()
    assert site.problems == []
    rows = re.findall(r'<img src="data:image/svg\+xml;base64,[^"]+" (style="[^"]*") alt="(\w+)">',
                      html)
    assert rows == [('style="height:1.5em"', "GitHub"), ('style="height:1.5em"', "arXiv")]
    assert html.count('<div class="flex">') == 2
    assert '<figure style="max-width:500px">' in html


def test_layout_of_raw_html_survives_in_the_browser_under_the_csp(lm_site, page, tmp_path):
    out = export.export_page(lk.Site(lm_site / "content").page("research/icons"),
                             tmp_path / "icons.html")
    page.set_viewport_size({"width": 1280, "height": 800})
    log = watch(page)
    page.goto(out.as_uri(), wait_until="load")
    boxes = page.evaluate("""() => Object.fromEntries([...document.images].map(i => {
        const r = i.getBoundingClientRect(), f = i.closest('figure')?.getBoundingClientRect();
        return [i.alt, {w: Math.round(r.width), h: Math.round(r.height), top: Math.round(r.top),
                        left: Math.round(r.left), natural: i.naturalWidth,
                        em: parseFloat(getComputedStyle(i).fontSize),
                        figure: f ? Math.round(f.width) : null}]; }))""")
    # icons: 1.5em high (the SVG's own 24 px would be larger or smaller), side by side
    for alt in ("GitHub", "arXiv"):
        assert boxes[alt]["natural"] == 24
        assert boxes[alt]["h"] == round(1.5 * boxes[alt]["em"])
    assert boxes["GitHub"]["top"] == boxes["arXiv"]["top"]
    assert boxes["arXiv"]["left"] > boxes["GitHub"]["left"]
    # the figure is capped at 500 px; the two in a flex row stand side by side
    assert boxes["Capped"]["figure"] <= 500 and boxes["Capped"]["w"] <= 500
    assert boxes["Left"]["top"] == boxes["Right"]["top"]
    assert boxes["Right"]["left"] >= boxes["Left"]["left"] + boxes["Left"]["w"]
    # no request out, and no CSP refusal (a refused style attribute is a console error)
    assert log.page_errors == [] and log.network_requests == [] and log.console_errors == []


@pytest.mark.parametrize(("module", "classes"), [
    ("github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind",
     ("flex justify-center", "w-100")),
    ("github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5",
     ("d-flex justify-content-center", "w-100")),
    (None, None)])
def test_a_markdown_image_is_drawn_by_the_themes_image_hook(tmp_path, module, classes):
    """blox-tailwind v0.3.1's `_markup/render-image.html` (blox-bootstrap's alike): a figure,
    the title as its caption and id. The hook writes it inside the paragraph, which ends
    there, as a browser (and Hugo's build, opened in one) ends it: the text after the image
    is the figure's sibling, and the paragraph's end an empty one."""
    imports = f"module:\n  imports:\n    - path: {module}\n" if module else ""
    (tmp_path / "hugo.yaml").write_text("baseURL: https://x.edu/\n" + imports)
    page = tmp_path / "content" / "p" / "index.md"
    page.parent.mkdir(parents=True)
    Image.new("RGB", (8, 4), "red").save(page.parent / "a.png")
    page.write_text("---\ntitle: P\nsections:\n  - block: markdown\n    content:\n      text: |\n"
                    "        ![Alt](a.png \"The *plot*\")\n        Text after.\n\n"
                    "        Next.\n---\n")
    html = lk.load(page).to_html()
    html = re.sub(r'src="data:image/[^"]+"', 'src="IMG"', html)
    if classes is None:
        assert ('<p><img src="IMG" alt="Alt" title="The *plot*">\nText after.</p>\n'
                '<p>Next.</p>') in html
    else:
        assert (f'<p></p><figure id="figure-the-plot"><div class="{classes[0]}"><div '
                f'class="{classes[1]}"><img src="IMG" alt="Alt"></div></div>'
                '<figcaption>The <em>plot</em></figcaption></figure>\nText after.<p></p>\n'
                '<p>Next.</p>') in html
