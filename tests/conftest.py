from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import chromium_context, keep_offline

REPO = Path(__file__).resolve().parents[1]
BROWSER_FIXTURES = {"browser_context", "page"}


def pytest_collection_modifyitems(items):
    # While Playwright's sync driver runs, asyncio.run() fails in this thread ("cannot be called
    # from a running event loop"), so the browser tests (marked `browser`) run after the rest.
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session", autouse=True)
def own_cache(tmp_path_factory):
    """Processed images, compiled templates and sort keys go to a cache folder of the test
    session (tests that need a fresh one set their own), never to the user's; the year the
    footer shows is fixed, as a reproducible build fixes it."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LANDINGKIT_CACHE", str(tmp_path_factory.mktemp("cache")))
        mp.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01: the footer's {year}
        yield


@pytest.fixture(scope="session")
def browser_context():
    """Debian Chromium (headless, fresh profile) for the whole session."""
    with chromium_context() as context:
        yield context


@pytest.fixture
def page(browser_context):
    """A new 1280x800 page per test; requests off this machine are aborted."""
    page = browser_context.new_page()
    keep_offline(page)
    yield page
    page.close()


@pytest.fixture
def tmp_site(tmp_path) -> Path:
    """A copy of the repo's content/ and config/ under tmp_path; returns the content path."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    for folder in ("config", "layouts", "assets"):  # the sample site beside content/
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path / "content"


def as_bootstrap_site(content: Path) -> Path:
    """Make a copy of the sample a blox-bootstrap site: module.yaml naming blox-bootstrap, and
    its team page the blox-bootstrap `people` block (the keys are the same)."""
    (content.parent / "config" / "_default" / "module.yaml").write_text(
        "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap\n",
        encoding="utf-8")
    team = content / "people" / "index.md"
    text = team.read_text(encoding="utf-8")
    assert "  - block: team-showcase\n" in text
    team.write_text(text.replace("  - block: team-showcase\n", "  - block: people\n", 1),
                    encoding="utf-8")
    return content


@pytest.fixture
def bootstrap_site(tmp_site) -> Path:
    """A copy of the sample made a blox-bootstrap site (as_bootstrap_site); its content path."""
    return as_bootstrap_site(tmp_site)
