"""The résumé and profile blocks in Chromium, in both looks, at 1280 and 390 px, light and dark: the
fixture sites tests/sites/blocks-b-tailwind and blocks-b-bootstrap exported to one file each.

The expected figures were measured in this Chromium on real builds of the same fixture sites
(their avatar drawn by `make_site`), made as ../shared/spec/real-theme-builds.md says:

    P=github.com/HugoBlox/hugo-blox-builder/modules
    HUGO_MODULE_REPLACEMENTS="$P/blox-tailwind->/tmp/mods/blox-tailwind,\
    $P/blox-analytics->/tmp/mods/blox-analytics" GOPROXY=off GOFLAGS=-mod=mod \
    hugo build --source SITE --destination PUBLIC

with blox-tailwind v0.3.1 (enableDefault -> useEmbedded: fallback) and, for the bootstrap site,
blox-bootstrap v5.9.7 with blox-core v0.3.1 and blox-seo v0.2.2 (shims: its `table` shortcode
removed, `security.funcs.getenv` allowing ^WC_, the Google Analytics partial emptied), built
with `-b http://127.0.0.1:PORT/bs/` and served on 127.0.0.1. Positions are relative to the
block's section; the real build's fonts (Inter) are the same as the tailwind look's, so text
boxes agree within 2 px (ruby and italic metrics)."""

from __future__ import annotations

import pytest
from browser import DESKTOP, PHONE, open_page
from test_resume import make_site

import landingkit as lk
from landingkit import export

NEAR = 2  # px: the real build's text metrics (ruby, synthesized italics) differ this much

BOX = """(selector) => {
  const e = document.querySelector(selector);
  if (!e) return null;
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  const section = e.closest('section').getBoundingClientRect();
  return {x: r.x, y: r.y - section.y, w: r.width, h: r.height, size: s.fontSize,
          weight: s.fontWeight, color: s.color, bg: s.backgroundColor,
          shown: s.display !== 'none' && r.width > 0};
}"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Both fixture sites' home pages, each exported to one file."""
    out = {}
    for look in ("tailwind", "bootstrap"):
        folder = make_site(tmp_path_factory.mktemp(look), f"blocks-b-{look}")
        path = folder / "home.html"
        export.export_page(lk.Site(folder / "content").page("_index.md"), path)
        out[look] = path
    return out


def box(page, selector: str) -> dict:
    found = page.evaluate(BOX, selector)
    assert found is not None, selector
    return found


def near(found: dict, **expected) -> None:
    for name, value in expected.items():
        assert abs(found[name] - value) <= NEAR, (name, found[name], value)


def clean(log, page) -> None:
    """No notice, no request out, no error; every image loads (the lazy ones once scrolled
    to), then back to the top."""
    assert page.locator(".lk-unknown").count() == 0
    images = page.locator("img")
    for i in range(images.count()):
        images.nth(i).scroll_into_view_if_needed()
        page.wait_for_function("(i) => i.complete && i.naturalWidth > 0",
                               arg=images.nth(i).element_handle())
    page.evaluate("window.scrollTo(0, 0)")
    assert log.network_requests == [] and log.console_errors == [] and log.page_errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_tailwind_resume_at_1280(page, exported, scheme):
    log = open_page(page, exported["tailwind"], DESKTOP, scheme)
    clean(log, page)
    bio = "#section-resume-biography "
    # the real build at 1280: avatar 158x158 at x 565, 104 px down; name 30 px bold at 278;
    # icons 24 px from x 594 at 425; the biography 680 px wide from x 300 at 481, 20 px; the
    # button 149x39 at 577
    near(box(page, bio + ".lk-bio-photo"), x=565, y=104, w=158, h=158)
    near(box(page, bio + ".lk-bio-status"), x=675, y=214, w=40, h=40)
    name = box(page, bio + ".lk-bio-name")
    near(name, x=551, y=278)
    assert (name["size"], name["weight"]) == ("30px", "700")
    near(box(page, bio + ".lk-bio-role"), y=333, h=24)
    near(box(page, bio + ".lk-bio-icons"), x=594, y=425, w=92, h=24)
    near(box(page, bio + ".lk-bio-icons svg"), w=24, h=24)
    words = box(page, bio + ".lk-bio-words")
    near(words, x=300, y=481, w=680)
    assert words["size"] == "20px"
    near(box(page, bio + ".lk-bio-button"), y=577, w=149, h=39)
    dark = scheme == "dark"
    assert name["color"] == ("rgb(255, 255, 255)" if dark else "rgb(0, 0, 0)")
    assert words["color"] == ("rgb(203, 213, 225)" if dark else "rgb(51, 65, 85)")
    assert box(page, bio + ".lk-bio-button")["bg"] == (
        "rgb(31, 41, 55)" if dark else "rgb(255, 255, 255)")
    # biography-3: the profile and the text side by side; interests beside education
    side, main = box(page, "#about .lk-bio3-side"), box(page, "#about .lk-bio3-main")
    assert main["x"] >= side["x"] + side["w"] + 48 - NEAR and main["y"] - side["y"] == 48
    near(main, w=650 + 6)  # 65ch: 650 px in the real build's Inter, 656 here
    lists = page.locator("#about .lk-bio3-lists > div")
    first, second = lists.nth(0).bounding_box(), lists.nth(1).bounding_box()
    assert second["x"] > first["x"] + first["width"] and second["y"] == first["y"]
    # experience: the real build's first item 191 px high, its dot's centre on the inner
    # edge of the 1 px line (-start-3 from the padding box), as there
    exp = "#section-resume-experience "
    near(box(page, exp + "ol > li"), y=124, h=191)
    line = box(page, exp + "ol")
    dot = box(page, exp + ".lk-exp-dot")
    assert dot["x"] + dot["w"] / 2 == line["x"] + 1
    # skills: two groups side by side, centred on each other (items-center: the real build's
    # second 16 px lower); awards 220 px high
    groups = page.locator("#section-resume-skills .lk-skill-group")
    one, two = groups.nth(0).bounding_box(), groups.nth(1).bounding_box()
    assert two["x"] > one["x"] + one["width"] and round(two["y"] - one["y"]) == 16
    near(box(page, "#section-resume-skills .lk-skill-bar"), y=234, h=10)
    near(box(page, "#section-resume-awards .lk-award"), y=136, h=220)
    # languages: 112 px rings in a row, from x 512
    rings = page.locator("#section-resume-languages .lk-language-ring")
    a, b = rings.nth(0).bounding_box(), rings.nth(1).bounding_box()
    assert (a["x"], a["width"], a["height"], b["x"], b["y"]) == (512, 112, 112, 656, a["y"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_tailwind_resume_at_390(page, exported, scheme):
    log = open_page(page, exported["tailwind"], PHONE, scheme)
    clean(log, page)
    bio = "#section-resume-biography "
    # the real build at 390: the avatar at x 120, icons 96 px wide (12 px apart), the
    # biography the full 390 px at 16 px
    near(box(page, bio + ".lk-bio-photo"), x=120, y=104, w=158)
    near(box(page, bio + ".lk-bio-icons"), x=147, w=96)
    words = box(page, bio + ".lk-bio-words")
    near(words, x=0, w=390)
    assert words["size"] == "16px"
    side, main = box(page, "#about .lk-bio3-side"), box(page, "#about .lk-bio3-main")
    assert main["y"] >= side["y"] + side["h"] + 48 - NEAR
    near(main, x=12, w=366)
    groups = page.locator("#section-resume-skills .lk-skill-group")
    one, two = groups.nth(0).bounding_box(), groups.nth(1).bounding_box()
    assert two["y"] >= one["y"] + one["height"] and (one["x"], two["x"]) == (24, 24)
    rings = page.locator("#section-resume-languages .lk-language-ring")
    a, b = rings.nth(0).bounding_box(), rings.nth(1).bounding_box()
    assert a["x"] == b["x"] and b["y"] > a["y"] + a["height"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_bootstrap_blocks_at_1280_and_390(page, exported, scheme):
    log = open_page(page, exported["bootstrap"], DESKTOP, scheme)
    clean(log, page)
    exp = "#section-experience "
    heading, main = box(page, exp + ".lk-section-heading"), box(page, exp + ".lk-column")
    assert heading["y"] == main["y"] and main["x"] > heading["x"] + heading["w"] - NEAR
    # the real build at 1280 (21 px rem): the timeline 76 px, the badge 25x26, the cards 248
    # and 196 px high in rows 301 px apart; the logo 56 px; accomplishments' cards 108 and 213
    near(box(page, exp + ".lk-xp-line"), w=76)
    near(box(page, exp + ".lk-xp-badge"), w=25, h=26)
    cards = page.locator(exp + ".lk-xp-card")
    assert [round(cards.nth(i).bounding_box()["height"]) for i in (0, 1)] == [248, 196]
    rows = page.locator(exp + ".lk-xp")
    assert round(rows.nth(1).bounding_box()["y"] - rows.nth(0).bounding_box()["y"]) == 301
    near(box(page, exp + ".lk-xp-card img"), w=56, h=56)
    acc = page.locator("#section-accomplishments .lk-acc-card")
    assert [round(acc.nth(i).bounding_box()["height"]) for i in (0, 1)] == [108, 213]
    groups = page.locator("#section-skills .lk-skill-group")
    one, two = groups.nth(0).bounding_box(), groups.nth(1).bounding_box()
    assert two["x"] > one["x"] + one["width"] - NEAR and two["y"] == one["y"]
    assert box(page, "#section-skills .lk-skill-bar")["h"] == 10
    card = box(page, exp + ".lk-xp-card")
    assert card["bg"] == ("rgb(52, 58, 64)" if scheme == "dark" else "rgb(255, 255, 255)")
    # about.biography: the profile beside the text; the real build's avatar 270 px, 30 px into
    # its column, the name 290 px under it, the title 21 px into the text's column
    side, main = box(page, "#about .lk-about-side"), box(page, "#about .lk-about-main")
    assert side["y"] == main["y"] and main["x"] >= side["x"] + side["w"] - NEAR
    avatar = box(page, "#about .lk-about-avatar")
    near(avatar, y=side["y"] + 30, w=270, h=270)
    near(box(page, "#about .lk-about-title h2"), y=avatar["y"] + 290)
    near(box(page, "#about .lk-about-main h1"), y=main["y"] + 21)
    # about.avatar: the real build's 150 px avatar at x 565, the emoji 40 px at its corner,
    # the name 170 px under the avatar's top, 32 px icons from x 604
    photo = box(page, "#avatar .lk-about-photo")
    near(photo, x=565, w=150, h=150)
    near(box(page, "#avatar .lk-about-status"), x=675, y=photo["y"] + 110, w=40, h=40)
    near(box(page, "#avatar .lk-about-title h2"), y=photo["y"] + 170)
    near(box(page, "#avatar .lk-about-icons"), x=604, w=72)

    log = open_page(page, exported["bootstrap"], PHONE, scheme)
    clean(log, page)
    heading, main = box(page, exp + ".lk-section-heading"), box(page, exp + ".lk-column")
    assert main["y"] >= heading["y"] + heading["h"]
    assert not box(page, exp + ".lk-xp-line")["shown"]  # d-none d-sm-flex
    side, main = box(page, "#about .lk-about-side"), box(page, "#about .lk-about-main")
    assert main["y"] >= side["y"] + side["h"]
    near(box(page, "#about .lk-about-avatar"), w=270, h=270)  # as the real build's at 390
    near(box(page, exp + ".lk-xp-card"), x=15, w=360)  # the real build's card at 390
    groups = page.locator("#section-skills .lk-skill-group")
    one, two = groups.nth(0).bounding_box(), groups.nth(1).bounding_box()
    assert two["y"] >= one["y"] + one["height"] and one["x"] == two["x"]
