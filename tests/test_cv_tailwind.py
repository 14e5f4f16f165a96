"""resume-biography-3 as blox-tailwind v0.6.0 and later draw it (two columns, headed parts,
education cards, interest chips), on tests/sites/cv-tailwind: the theme's academic-cv
starter's block settings in the indigo colour theme.

The figures are the real build's: HugoBlox/hugo-blox-builder tag modules/blox-tailwind/
v0.10.0, its templates/academic-cv starter (`appearance.color: indigo`, the block's
`design.avatar.size: medium`), built with Hugo 0.168 and the Tailwind CLI from npm as
tests/test_realtail_look.py says; Chromium at 1280x900 and 390x900, light and dark,
getComputedStyle and getBoundingClientRect of `.resume-biography` and its parts. Box sizes
whose height follows the text (cards, chips) are left out: the starter's texts differ.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export

SITE = Path(__file__).resolve().parent / "sites" / "cv-tailwind"

#: (x, width) of the profile and main columns, the avatar's box, the block's padding-top
REAL_BOXES = {
    1280: {"side": [16, 395], "main": [443, 821], "avatar": [200, 200], "padding": "128px",
           "badge": [48, 48], "icon": [48, 48], "card": [258, "24px"], "button": [212, 60]},
    390: {"side": [16, 358], "main": [16, 358], "avatar": [200, 200], "padding": "32px",
          "badge": [48, 48], "icon": [48, 48], "card": [358, "24px"], "button": [212, 60]},
}
#: font size and weight: name, About heading, Education heading, Interests heading, role,
#: card course, card institution, biography
REAL_FONTS = {
    1280: [["60px", "900"], ["30px", "700"], ["30px", "700"], ["20px", "700"], ["24px", "600"],
           ["20px", "700"], ["16px", "500"], ["18px", "400"]],
    390: [["48px", "900"], ["20px", "700"], ["20px", "700"], ["20px", "700"], ["24px", "600"],
          ["20px", "700"], ["16px", "500"], ["16px", "400"]],
}
#: name, role, card course, card institution, chip background, chip text, badge, icon button
#: background and its border
REAL_COLOURS = {
    "light": ["rgb(17, 24, 39)", "rgb(79, 70, 229)", "rgb(17, 24, 39)", "rgb(75, 85, 99)",
              "rgb(238, 242, 255)", "rgb(55, 48, 163)", "rgb(224, 231, 255)",
              "rgb(255, 255, 255)", "rgb(229, 231, 235)"],
    "dark": ["rgb(255, 255, 255)", "rgb(129, 140, 248)", "rgb(255, 255, 255)",
             "rgb(156, 163, 175)", "rgb(31, 41, 55)", "rgb(199, 210, 254)",
             "color(srgb 0.192157 0.180392 0.505882 / 0.5)",  # primary-900/50
             "rgb(31, 41, 55)", "rgb(55, 65, 81)"],
}
MEASURE = """() => {
    const q = s => document.querySelector(s), st = s => getComputedStyle(q(s));
    const box = s => { const b = q(s).getBoundingClientRect(); return [Math.round(b.width),
                                                                       Math.round(b.height)]; };
    const at = s => { const b = q(s).getBoundingClientRect(); return [Math.round(b.x),
                                                                      Math.round(b.width)]; };
    const font = s => [st(s).fontSize, st(s).fontWeight];
    const colour = s => st(s).color, fill = s => st(s).backgroundColor;
    return {
      boxes: {side: at('.lk-cv-side'), main: at('.lk-cv-main'), avatar: box('.lk-cv-photo'),
              padding: st('.lk-cv').paddingTop, badge: box('.lk-cv-badge'),
              icon: box('.lk-cv-icons a'), card: [box('.lk-cv-card')[0], st('.lk-cv-card').padding],
              button: box('.lk-cv-button')},
      fonts: ['.lk-cv-name', '.lk-cv-heading h2', '.lk-cv-part:nth-child(3) h3',
              '.lk-cv-small h3', '.lk-cv-role', '.lk-cv-course', '.lk-cv-school',
              '.lk-cv-bio'].map(font),
      colours: [colour('.lk-cv-name'), colour('.lk-cv-role'), colour('.lk-cv-course'),
                colour('.lk-cv-school'), fill('.lk-cv-chips span'), colour('.lk-cv-chips span'),
                fill('.lk-cv-badge'), fill('.lk-cv-icons a'),
                st('.lk-cv-icons a').borderTopColor],
      headings: [...document.querySelectorAll('.lk-cv-heading')].map(h => h.textContent.trim()),
      chips: [...document.querySelectorAll('.lk-cv-chips span')].map(s => s.textContent.trim()),
      cards: [...document.querySelectorAll('.lk-cv-card')]
        .map(c => [...c.querySelectorAll('p')].map(p => p.textContent)),
    }; }"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cv") / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_biography_is_drawn_as_the_real_v0_10_build(page, built, viewport, scheme):
    log = open_page(page, built, viewport, scheme)
    found = page.evaluate(MEASURE)
    assert found["boxes"] == REAL_BOXES[viewport["width"]]
    assert found["fonts"] == REAL_FONTS[viewport["width"]]
    assert found["colours"] == REAL_COLOURS[scheme]
    assert found["headings"] == ["Professional Summary", "Education", "Interests"]
    assert found["chips"] == ["Salt Marshes", "Sediment Transport", "Tidal Flats"]
    assert found["cards"] == [["PhD Marine Science", "Harbour University"],
                              ["MS Oceanography", "Bay Institute"], ["BS Biology", "Cove College"]]
    assert log.network_requests == []


def test_a_site_before_v0_6_keeps_the_older_layout(tmp_path):
    site = tmp_path / "cv"
    shutil.copytree(SITE, site)
    go = site / "go.mod"
    go.write_text(go.read_text("utf-8").replace("v0.10.0", "v0.5.2"), "utf-8")
    html = lk.load(site / "content" / "_index.md").to_html()
    assert '<div class="lk-bio3">' in html
    assert "<div class=\"lk-cv\">" not in html
    newer = lk.load(SITE / "content" / "_index.md").to_html()
    assert '<div class="lk-cv">' in newer and '<div class="lk-bio3">' not in newer
