"""The team pages (`people`, `team-showcase`) exported and opened in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import PHONE, axe_violations, describe_violations, open_page

import landingkit as lk
from landingkit import export

REPO = Path(__file__).resolve().parents[1]
KIT = Path(__file__).resolve().parent / "kit_site"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("team")
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    export.export_page(lk.load(REPO / "content" / "people"), root / "people.html")
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


def test_the_team_showcase_page_shows_its_groups(page, built):
    log = open_page(page, built / "team.html")
    assert page.evaluate(SHOWN) == [
        "# Principal Investigators", "Ada Okoye", "# Researchers", "Chen Wei", "Bruno Salas",
        "# Students", "Dara M. Quinn", "Eli Park", "# Alumni", "Bruno Salas", "Fatima Zahra"]
    assert log.console_errors == [] and log.page_errors == [] and log.network_requests == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["people.html", "team.html"])
def test_no_serious_accessibility_violation(page, built, name, scheme):
    open_page(page, built / name, scheme=scheme)
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
