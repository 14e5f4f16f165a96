"""The "See all" link under a blox-tailwind collection, on tests/sites/seeall-tailwind (base
URL https://example.org/lab/, English and German), compared with the same site built with
the real theme.

The real builds (HugoBlox/hugo-blox-builder tags modules/blox-tailwind/v0.3.1 with
blox-analytics v0.1.3, and modules/blox-tailwind/v0.10.0 with blox-analytics v0.2.0, each
extracted file by file as real-theme-builds.md says; Hugo 0.168):
    v0.3.1: the shims of real-theme-builds.md (useEmbedded: fallback, views/X--start.html)
    v0.10.0: go.mod naming v0.10.0, the module's hugo.yaml `includeFiles:` written `files:`,
      hugo.yaml given `build: {writeStats: true}` and security.exec.allow with
      ^tailwindcss$, @tailwindcss/cli 4.3.5 from npm in the site's node_modules, built twice
    HUGO_MODULE_REPLACEMENTS=... GOPROXY=off GOFLAGS=-mod=mod hugo build --source S \\
      -b http://127.0.0.1:PORT/lab/
    python -m http.server beside a `lab` link to the output; Chromium at 1280x900 and
    390x900, the `dark` class on <html> for the dark figures, requests off the machine
    aborted, getBoundingClientRect and getComputedStyle of each section's link.
The link is the same in every version from v0.3.1 to v0.10.0 (blox/collection.html, from
v0.6 blox/collection/block.html): `archive.enable | default (gt $count $items_count)` and an
archive page; `archive.link | relLangURL`, else the archive page's RelPermalink; the words
of i18n more_posts for a `blog`, more_talks for an `event`, more_publications for a
`publication`, else more_pages.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page
from two_looks import tailwind_at

import landingkit as lk
from landingkit import export
from landingkit.check import check_site
from landingkit.frame import rel_lang_url

SITE = Path(__file__).resolve().parent / "sites" / "seeall-tailwind"

#: the links of both real builds (v0.3.1 and v0.10.0 write the same), each section's id,
#: href and words in page order, as Hugo writes them: paths from the host. `papers`' link is
#: `/papers/` (relLangURL keeps a path from / on the host, without the base path); the
#: German one is `papers/` (the base path's, the language's prefix before it); `events`
#: (count 0), `quiet` (archive.enable: false) and `nowhere` (no gallery section) have none
REAL_LINKS = {
    "_index.md": [("blog", "/lab/blog/", "See all posts"), ("notes", "/lab/post/", "See all"),
                  ("talks", "/lab/event/", "See all events"),
                  ("papers", "/papers/", "Every paper 📚"),
                  ("kelp", "/lab/tags/kelp/", "See all"), ("cards", "/lab/blog/", "See all posts")],
    "_index.de.md": [("blog", "/lab/de/blog/", "Weitere Blogbeiträge"),
                     ("papers", "/lab/de/papers/", "Weitere Blogbeiträge")],
}
LINK = re.compile(r'<section id="([^"]+)".*?</section>', re.S)


def copy_site(tmp_path: Path, version: str) -> Path:
    """A copy of the fixture site, its go.mod naming blox-tailwind `version`."""
    return tailwind_at(shutil.copytree(SITE, tmp_path / version), version)


def links(html: str) -> list[tuple[str, str, str]]:
    found = []
    for match in LINK.finditer(html):
        for href, text in re.findall(r'<div class="lk-see-all"><a href="([^"]*)"><span>'
                                     r'([^<]*)</span></a></div>', match.group(0)):
            found.append((match.group(1), href, text))
    return found


@pytest.mark.parametrize("version", ["v0.3.1", "v0.10.0"])
@pytest.mark.parametrize("name", list(REAL_LINKS))
def test_the_links_show_point_and_say_as_the_real_builds(tmp_path, version, name):
    """Shown, hidden, their hrefs (the real build's paths on the live site) and words: a
    `post` folder says more_pages, as the theme's words name a `blog`."""
    folder = copy_site(tmp_path, version)
    out = tmp_path / "page.html"
    export.export_page(lk.load(folder / "content" / name), out)
    html = out.read_text(encoding="utf-8")
    assert links(html) == [(sid, "https://example.org" + path, text)
                           for sid, path, text in REAL_LINKS[name]]
    _, path, text = REAL_LINKS[name][0]
    assert (f'<div class="lk-see-all"><a href="https://example.org{path}"><span>{text}'
            '</span></a></div>\n</div>\n</section>') in html


def test_a_japanese_page_says_the_themes_japanese_words(tmp_path):
    """i18n/ja.yaml of v0.3.1 and v0.10.0: more_posts 投稿一覧, more_talks 登壇一覧,
    more_pages すべて表示 (Wowchemy v5.5.0's said "See all", blox-tailwind's never)."""
    folder = copy_site(tmp_path, "v0.3.1")
    config = folder / "hugo.yaml"
    text = config.read_text().replace("defaultContentLanguage: en", "defaultContentLanguage: ja")
    config.write_text(text.replace("  en:\n    languageName: English",
                                   "  ja:\n    languageName: 日本語"))
    out = tmp_path / "page.html"
    export.export_page(lk.load(folder / "content" / "_index.md"), out)
    assert [(sid, text) for sid, _, text in links(out.read_text(encoding="utf-8"))][:3] == [
        ("blog", "投稿一覧"), ("notes", "すべて表示"), ("talks", "登壇一覧")]


def test_check_says_nothing_of_the_archive_keys():
    """blox-tailwind reads content.archive: check says nothing of it (the fixture's one
    problem is the gallery nobody is in)."""
    site = lk.load(SITE / "content" / "_index.md").site
    said = [str(p) for p in check_site(site)]
    assert said and all("archive" not in line for line in said)
    assert all("match nobody" in line for line in said)


#: Hugo 0.168's relLangURL of each input on a site at https://example.org/lab/ whose German
#: pages are under /de/, as a scratch site's home template printed it
REL_LANG_URL = {
    "/papers/": ("/papers/", "/de/papers/"), "papers/": ("/lab/papers/", "/lab/de/papers/"),
    "papers": ("/lab/papers", "/lab/de/papers"), "/lab/papers/": ("/lab/papers/",
                                                                  "/de/lab/papers/"),
    "lab/papers/": ("/lab/lab/papers/", "/lab/de/lab/papers/"),
    "https://example.org/lab/papers/": ("/lab/papers/", "/lab/de/papers/"),
    "https://other.org/x": ("https://other.org/x",) * 2, "//cdn.org/x": ("//cdn.org/x",) * 2,
    "#top": ("/lab/#top", "/lab/de/#top"), "/de/papers/": ("/de/papers/", "/de/papers/"),
    "de/papers/": ("/lab/de/papers/", "/lab/de/papers/"), "": ("/lab/", "/lab/de/"),
    "/": ("/", "/de/"), "mailto:a@b.c": ("mailto:a@b.c",) * 2,
}


#: the same at https://example.org/
REL_LANG_URL_ROOT = {
    "/papers/": ("/papers/", "/de/papers/"), "papers/": ("/papers/", "/de/papers/"),
    "papers": ("/papers", "/de/papers"), "/lab/papers/": ("/lab/papers/", "/de/lab/papers/"),
    "lab/papers/": ("/lab/papers/", "/de/lab/papers/"),
    "https://example.org/lab/papers/": ("/lab/papers/", "/de/lab/papers/"),
    "https://other.org/x": ("https://other.org/x",) * 2, "//cdn.org/x": ("//cdn.org/x",) * 2,
    "#top": ("/#top", "/de/#top"), "/de/papers/": ("/de/papers/", "/de/papers/"),
    "de/papers/": ("/de/papers/", "/de/papers/"), "": ("/", "/de/"), "/": ("/", "/de/"),
    "mailto:a@b.c": ("mailto:a@b.c",) * 2,
}


@pytest.mark.parametrize("base", ["https://example.org/lab/", "https://example.org/"])
def test_rel_lang_url_writes_what_hugo_writes(tmp_path, base):
    shutil.copytree(SITE, tmp_path / "site")
    config = tmp_path / "site" / "hugo.yaml"
    config.write_text(config.read_text().replace("https://example.org/lab/", base))
    site = lk.load(tmp_path / "site" / "content" / "_index.md").site
    table = REL_LANG_URL if base.endswith("/lab/") else REL_LANG_URL_ROOT
    for place, lang in enumerate(("en", "de")):
        assert {url: rel_lang_url(site, lang, url) for url in table} == {
            url: written[place] for url, written in table.items()}


#: the real builds' `blog` link (two of three posts shown): its box (x, y from the section's
#: top, width, height) and its distance from the section's bottom, at 1280 and 390 px; the
#: y and the section's height of v0.3.1 only (v0.10's date-title-summary items are drawn a
#: few px taller here, above the link). Both: 14 px, weight 500, padding 8/12/8/16, a 1 px
#: border rounded 6 px; v0.3.1 21 px high lines (39 px box), v0.10 20 px (38 px)
REAL_BOX = {("v0.3.1", 1280): {"box": [583, 524, 115, 39], "end": 128, "section": 691},
            ("v0.3.1", 390): {"box": [138, 570, 115, 39], "end": 116, "section": 725},
            ("v0.10.0", 1280): {"box": [585, None, 110, 38], "end": 128},
            ("v0.10.0", 390): {"box": [140, None, 110, 38], "end": 116}}
#: colour, background and border colour, light and dark (the same in both versions)
REAL_TONE = {"light": ["rgb(107, 114, 128)", "rgb(255, 255, 255)", "rgb(209, 213, 219)"],
             "dark": ["rgb(209, 213, 219)", "rgb(31, 41, 55)", "rgb(107, 114, 128)"]}
#: the background under the pointer: gray-50, but in v0.3.1's dark dark:bg-gray-800 wins
#: (Tailwind 3 writes the dark variant later, as specific); in v0.10's Tailwind 4 hover wins
REAL_HOVER = {("v0.3.1", "light"): "rgb(249, 250, 251)", ("v0.3.1", "dark"): "rgb(31, 41, 55)",
              ("v0.10.0", "light"): "rgb(249, 250, 251)",
              ("v0.10.0", "dark"): "rgb(249, 250, 251)"}
HOVERED = "() => getComputedStyle(document.querySelector('#blog .lk-see-all a')).backgroundColor"
MEASURE = """() => {
    const s = document.getElementById('blog'), a = s.querySelector('.lk-see-all a');
    const sb = s.getBoundingClientRect(), b = a.getBoundingClientRect(), c = getComputedStyle(a);
    return {box: [b.x, b.y - sb.y, b.width, b.height].map(Math.round),
            end: Math.round(sb.bottom - b.bottom), section: Math.round(sb.height),
            tone: [c.color, c.backgroundColor, c.borderTopColor],
            type: [c.fontSize, c.lineHeight, c.fontWeight, c.borderTopWidth, c.borderTopLeftRadius,
                   c.paddingTop, c.paddingRight, c.paddingBottom, c.paddingLeft]}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("version", ["v0.3.1", "v0.10.0"])
def test_the_link_is_as_big_as_the_real_one_and_coloured_alike(page, tmp_path, version,
                                                               viewport, scheme):
    folder = copy_site(tmp_path, version)
    out = tmp_path / "home.html"
    export.export_page(lk.load(folder / "content" / "_index.md"), out)
    log = open_page(page, out, viewport, scheme)
    found = page.evaluate(MEASURE)
    real = REAL_BOX[(version, viewport["width"])]
    if real["box"][1] is None:
        found["box"][1] = None
    assert {k: found[k] for k in real} == real
    assert found["tone"] == REAL_TONE[scheme]
    line = "21px" if version == "v0.3.1" else "20px"
    assert found["type"] == ["14px", line, "500", "1px", "6px", "8px", "12px", "8px", "16px"]
    page.hover("#blog .lk-see-all a")
    assert page.evaluate(HOVERED) == REAL_HOVER[(version, scheme)]
    assert log.network_requests == []
