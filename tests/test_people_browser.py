"""The team pages (`people`, `team-showcase`) exported and opened in headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import PHONE, axe_violations, describe_violations, open_page
from conftest import as_bootstrap_site

import landingkit as lk
from landingkit import export

REPO = Path(__file__).resolve().parents[1]
KIT = Path(__file__).resolve().parent / "kit_site"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("team")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    bootstrap = root / "bootstrap"  # the sample as a blox-bootstrap site: a `people` block
    for folder in ("content", "config", "layouts", "assets"):
        shutil.copytree(REPO / folder, bootstrap / folder)
    export.export_page(lk.load(as_bootstrap_site(bootstrap / "content") / "people"),
                       root / "people.html")
    export.export_page(lk.load(REPO / "content" / "people"), root / "showcase.html")
    export.export_page(lk.load(KIT / "content" / "team"), root / "team.html")
    yield root
    mp.undo()


SHOWN = """[...document.querySelectorAll('.lk-group-title, .lk-card .lk-name')]
    .filter(e => e.getBoundingClientRect().height > 0)
    .map(e => (e.classList.contains('lk-group-title') ? '# ' : '') + e.textContent.trim())"""


def test_the_people_page_shows_each_group_and_its_cards(page, built):
    log = open_page(page, built / "people.html")
    assert page.evaluate(SHOWN) == [
        "# Principal Investigators", "Kofi Mensah", "Anlan Zhou",
        "# Researchers", "Jiahe He", "Nadia Haddad", "Lukas Meier",
        "# Students", "Hana Kobayashi", "Sofia Lindqvist", "Daniel Okafor", "Tomás Reyes",
        "# Alumni", "Sofia Lindqvist", "Lukas Meier", "Tomás Varga"]
    # 12 cards, one without a photo (Tomás Reyes): 11 images, all loaded
    assert page.evaluate("""[...document.images].filter(i => i.complete && i.naturalWidth > 0)
        .length""") == 11
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []
    width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") == 390 and width == 1280


GEOMETRY = """(() => {
    const box = e => { const r = e.getBoundingClientRect();
                       return [Math.round(r.x), Math.round(r.y), Math.round(r.width),
                               Math.round(r.height)]; };
    const px = (e, p) => getComputedStyle(e)[p];
    const title = document.querySelectorAll('.lk-group-title')[1];
    const cards = [...document.querySelectorAll('.lk-team-grid')[1].children];
    const jiahe = cards[0];
    return {cards: cards.map(c => box(c)), title: box(title),
            title_font: [px(title, 'fontSize'), px(title, 'fontWeight')],
            photo: box(jiahe.querySelector('.lk-photo')),
            name: [px(jiahe.querySelector('.lk-name'), 'fontSize'),
                   px(jiahe.querySelector('.lk-name'), 'fontWeight')],
            role: [px(jiahe.querySelector('.lk-role'), 'fontSize'),
                   px(jiahe.querySelector('.lk-role'), 'fontWeight')],
            bio: box(jiahe.querySelector('.lk-bio'))[3],
            icon: box(jiahe.querySelector('.lk-profiles .lk-icon')).slice(2)};
})()"""


def test_the_sample_team_page_is_drawn_as_blox_tailwind_v0_10_0_draws_it(page, built):
    """The figures of the sample's people page built by Hugo with blox-tailwind v0.10.0 and
    measured in Chromium (the build: tests/test_people_blocks.py, test_the_sample_team_page_
    is_blox_tailwinds_team_showcase): at 1280 px four 280 px columns 32 px apart in a 1216 px
    row from x=32; a 256 px photo band across the card; the name 20 px bold, the role 16 px
    medium, the bio two lines of 20 px, icons 20 px; a group title 24 px bold, its cards
    56 px under it, each as tall as its content; at 390 px one 358 px column from x=16.
    (The theme's font is the system stack, the look's Inter: text widths differ.)"""
    log = open_page(page, built / "showcase.html")
    assert page.evaluate(SHOWN) == [
        "# Principal Investigators", "Kofi Mensah", "Anlan Zhou",
        "# Researchers", "Jiahe He", "Nadia Haddad", "Lukas Meier",
        "# Students", "Hana Kobayashi", "Sofia Lindqvist", "Daniel Okafor", "Tomás Reyes",
        "# Alumni", "Sofia Lindqvist", "Lukas Meier", "Tomás Varga"]
    seen = page.evaluate(GEOMETRY)
    title, cards = seen["title"], seen["cards"]
    assert [(x, w) for x, _, w, _ in cards] == [(32, 280), (344, 280), (656, 280)]
    assert len({y for _, y, _, _ in cards}) == 1 and cards[0][1] - (title[1] + title[3]) == 56
    assert cards[2][3] < cards[0][3]  # as tall as its content (Lukas Meier has no bio)
    assert (seen["title_font"], seen["name"], seen["role"]) == (
        ["24px", "700"], ["20px", "700"], ["16px", "500"])
    assert seen["photo"] == [32, cards[0][1], 280, 256]
    assert (seen["bio"], seen["icon"]) == (40, [20, 20])
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []
    page.set_viewport_size(PHONE)
    seen = page.evaluate(GEOMETRY)
    assert [(x, w) for x, _, w, _ in seen["cards"]] == [(16, 358)] * 3
    assert seen["photo"][2:] == [358, 256]
    assert page.evaluate("document.documentElement.scrollWidth") == 390


def test_the_team_showcase_page_shows_its_groups(page, built):
    log = open_page(page, built / "team.html")
    assert page.evaluate(SHOWN) == [
        "# Principal Investigators", "Ada Okoye", "# Researchers", "Chen Wei", "Bruno Salas",
        "# Students", "Dara M. Quinn", "Eli Park", "# Alumni", "Bruno Salas", "Fatima Zahra"]
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["people.html", "showcase.html", "team.html"])
def test_no_serious_accessibility_violation(page, built, name, scheme):
    open_page(page, built / name, scheme=scheme)
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
