"""The blox-bootstrap `people` block's cards laid out as the theme lays them out, in Chromium at
1280 and 390 px: a centred Bootstrap row of `col-12 col-sm-auto` cards (30% wide from 576 px,
20% from 992 px), name and role light, the spacing of widgets/_people.scss and _about.scss.

The figures were measured in this Chromium on a real build of the same content (the sample's
content/authors and content/people/index.md with `block: people`, in a site of nothing but a
hugo.yaml with this test's SITE configuration), made as ../shared/spec/real-theme-builds.md
says with blox-bootstrap v5.9.7, blox-core v0.3.1 and blox-seo v0.2.2 and Hugo 0.168.0:

    P=github.com/HugoBlox/hugo-blox-builder/modules
    HUGO_MODULE_REPLACEMENTS="$P/blox-bootstrap/v5->/tmp/mods/blox-bootstrap,\
    $P/blox-core->/tmp/mods/blox-core,$P/blox-seo->/tmp/mods/blox-seo" GOPROXY=off \
    GOFLAGS=-mod=mod hugo build --source SITE --destination PUBLIC

served on 127.0.0.1 with requests off the machine aborted. The real page draws the people of
its first two groups as below: each card's box (x, y from the page's top, width, height) and
the portrait's x and width."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export

REPO = Path(__file__).resolve().parent.parent
SITE = """\
title: Example Research Centre
baseURL: http://127.0.0.1:8612/
defaultContentLanguage: en
taxonomies:
  author: authors
  tag: tags
markup:
  goldmark:
    renderer:
      unsafe: true
module:
  imports:
    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5
"""

#: width -> the first five cards (two principal investigators, three researchers): x, y,
#: width, height of `.people-person`, then the x and width of its `img.avatar`
REAL = {
    1280: [(384, 292, 256, 262, 437, 150), (640, 292, 256, 262, 693, 150),
           (256, 646, 256, 262, 309, 150), (512, 646, 256, 262, 565, 150),
           (768, 646, 256, 262, 821, 150)],
    390: [(0, 222, 390, 246, 120, 150), (0, 468, 390, 246, 120, 150),
          (0, 784, 390, 246, 120, 150), (0, 1030, 390, 246, 120, 150),
          (0, 1276, 390, 246, 120, 150)],
}

CARDS = """() => [...document.querySelectorAll('.lk-block-people .lk-card')].slice(0, 5)
  .map(e => { const r = e.getBoundingClientRect(), a = e.querySelector('.lk-avatar')
                                                        .getBoundingClientRect();
              return [r.x, r.y + scrollY, r.width, r.height, a.x, a.width].map(Math.round) })"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("people")
    (folder / "hugo.yaml").write_text(SITE, encoding="utf-8")
    for part in ("authors", "people"):
        shutil.copytree(REPO / "content" / part, folder / "content" / part)
    team = folder / "content" / "people" / "index.md"
    text = team.read_text(encoding="utf-8")
    assert "  - block: team-showcase\n" in text
    team.write_text(text.replace("  - block: team-showcase\n", "  - block: people\n", 1),
                    encoding="utf-8")
    path = folder / "people.html"
    export.export_page(lk.Site(folder / "content").page(team), path)
    return path


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_cards_are_where_the_real_build_puts_them(page, exported, viewport):
    log = open_page(page, exported, viewport)
    assert [tuple(card) for card in page.evaluate(CARDS)] == REAL[viewport["width"]]
    names = page.evaluate("""[...document.querySelectorAll(
        '.lk-block-people :is(.lk-name, .lk-role)')].slice(0, 2)
        .map(e => getComputedStyle(e).fontWeight)""")
    assert names == ["300", "300"]  # _about.scss: .portrait-title h2, h3
    assert log.network_requests == []
