"""The "See all" link under a collection of the 2026 kit, on tests/sites/seeall-kit (base URL
https://example.org/lab/, English and German), compared with the same site built with the
real kit.

The real build (HugoBlox/kit f107371d, modules/blox and modules/analytics extracted file by
file, plotly.min.js and data/icons/{brands,devicon}.json, which the snapshot lacks, written
empty and as {}; Hugo 0.168, Node 22 and @tailwindcss/cli 4.3.5 from npm in the site's
node_modules; config/_default/hugo.yaml given `build: {buildStats: {enable: true}}` and
security.exec.allow with ^tailwindcss$; built twice, `-b http://127.0.0.1:PORT/lab/`),
served beside a `lab` link to the output; Chromium at 1280x900 and 390x900, the `dark` class
on <html> for the dark figures, requests off the machine aborted.
The kit's content-collection draws blox-tailwind's link (test_seeall_tailwind.py) but reads
`archive.enable` with coerce_bool ("yes", "off"), `archive.link` and `archive.text` as
trimmed strings, keeps a `#` link as written, sends the archive page's RelPermalink through
relLangURL too (a German page under a base path: /de/lab/de/blog/), and names its types
`blog`, `events` and `publications`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from test_seeall_tailwind import HOVERED, MEASURE, REAL_TONE, links

import landingkit as lk
from landingkit import export

SITE = Path(__file__).resolve().parent / "sites" / "seeall-kit"

#: the real build's links: section id, href as Hugo writes it, words; `quiet`
#: (enable: "off") has none
REAL_LINKS = {
    "_index.md": [("blog", "/lab/blog/", "See all posts"),
                  ("events", "/lab/events/", "See all events"),
                  ("papers", "/lab/publications/", "Every paper 📚"),
                  ("notes", "#blog", "See all"), ("host", "/papers/", "See all posts")],
    "_index.de.md": [("blog", "/de/lab/de/blog/", "Weitere Blogbeiträge")],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("seeall-kit")
    out = {}
    for name in REAL_LINKS:
        path = folder / f"{name}.html"
        export.export_page(lk.load(SITE / "content" / name), path)
        out[name] = path
    return out


@pytest.mark.parametrize("name", list(REAL_LINKS))
def test_the_links_show_point_and_say_as_the_real_build(built, name):
    html = built[name].read_text(encoding="utf-8")
    assert links(html) == [(sid, path if path.startswith("#") else "https://example.org" + path,
                            text) for sid, path, text in REAL_LINKS[name]]


#: the real build's `blog` link: its box (x, y from the section's top, width, height), its
#: distance from the section's bottom and the section's height; 14/20 px, weight 500, padding
#: 8/12/8/16, a 1 px border rounded 6 px; gray-50 under the pointer, dark too
REAL_BOX = {1280: {"box": [583, 518, 115, 38], "end": 128, "section": 684},
            390: {"box": [138, 564, 115, 38], "end": 116, "section": 718}}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_link_is_as_big_as_the_real_one_and_coloured_alike(page, built, viewport, scheme):
    log = open_page(page, built["_index.md"], viewport, scheme)
    found = page.evaluate(MEASURE)
    assert {k: found[k] for k in REAL_BOX[viewport["width"]]} == REAL_BOX[viewport["width"]]
    assert found["tone"] == REAL_TONE[scheme]
    assert found["type"] == ["14px", "20px", "500", "1px", "6px", "8px", "12px", "8px", "16px"]
    page.hover("#blog .lk-see-all a")
    assert page.evaluate(HOVERED) == "rgb(249, 250, 251)"
    assert log.network_requests == []
