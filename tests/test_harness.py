"""Tests of the test harness itself: Chromium, page logs, axe, tmp_site and JupyterLab."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import (
    NOTEBOOK,
    axe_violations,
    describe_violations,
    jupyterlab_server,
    lingering_processes,
    run_all_cells,
    watch,
    write_notebook,
)

REPO = Path(__file__).resolve().parents[1]

GRID = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Grid</title>
<style>
  body { margin: 0 }
  .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; padding: 16px }
  .grid > div { height: 100px; background: #ddd }
  @media (max-width: 640px) { .grid { grid-template-columns: 1fr 1fr } }
</style></head>
<body><main><h1>Grid</h1><div class="grid">
  <div>1</div><div>2</div><div>3</div><div>4</div><div>5</div><div>6</div>
</div></main></body></html>
"""

ROW_TOPS = "[...document.querySelectorAll('.grid > div')].map(e => e.getBoundingClientRect().top)"


def write(tmp_path: Path, name: str, html: str) -> str:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


def test_chromium_is_debian_build_with_our_viewport(page):
    page.goto("chrome://version")
    about = page.inner_text("body")
    assert "/usr/lib/chromium/chromium" in about  # the binary behind /usr/bin/chromium
    assert "--disable-quic" in about and "Debian" in about
    page.goto("about:blank")
    assert page.evaluate("[innerWidth, innerHeight]") == [1280, 800]


def test_grid_layout_is_computed(page, tmp_path):
    page.goto(write(tmp_path, "grid.html", GRID))
    tops = page.evaluate(ROW_TOPS)
    assert len(set(tops[:4])) == 1, tops  # four items share the first row...
    assert tops[4] > tops[0]  # ...and the fifth wraps
    assert page.evaluate("getComputedStyle(document.querySelector('.grid')).gridTemplateColumns")
    page.set_viewport_size({"width": 600, "height": 800})
    tops = page.evaluate(ROW_TOPS)
    assert tops[0] == tops[1] < tops[2], tops  # two columns below 640px


def test_console_errors_and_requests_are_recorded(page, tmp_path):
    log = watch(page)
    page.goto(write(tmp_path, "log.html", "<script>console.error('boom', 42)</script><p>x</p>"))
    assert log.console_errors == ["boom 42"]
    assert log.page_errors == []
    assert log.network_requests == []
    assert log.requests == [(tmp_path / "log.html").as_uri()]


def test_uncaught_errors_and_outgoing_requests_are_caught(page, tmp_path):
    (tmp_path / "style.css").write_text("p { color: red }")
    log = watch(page)
    html = """<!doctype html><link rel="stylesheet" href="style.css">
<img src="https://example.com/pixel.png" alt="">
<script>throw new Error("kaput")</script>"""
    page.goto(write(tmp_path, "out.html", html), wait_until="load")
    assert log.network_requests == ["https://example.com/pixel.png"]
    assert log.failed_requests == ["https://example.com/pixel.png"]  # aborted by keep_offline
    assert (tmp_path / "style.css").as_uri() in log.requests
    assert any("kaput" in error for error in log.page_errors), log.page_errors


def test_axe_reports_missing_alt_as_critical(page, tmp_path):
    html = """<!doctype html><html lang="en"><head><title>Axe</title></head><body><main>
<h1>Axe</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>"""
    page.goto(write(tmp_path, "noalt.html", html))
    violations = axe_violations(page)
    assert [(v["id"], v["impact"]) for v in violations] == [("image-alt", "critical")], (
        describe_violations(violations)
    )


def test_axe_clean_page_has_no_violations_and_stays_offline(page, tmp_path):
    log = watch(page)
    page.goto(write(tmp_path, "grid.html", GRID))
    violations = axe_violations(page, impacts=("minor", "moderate", "serious", "critical"))
    assert violations == [], describe_violations(violations)
    assert log.console_errors == []
    assert log.network_requests == []


def test_tmp_site_is_a_copy(tmp_site):
    assert tmp_site.name == "content" and tmp_site != REPO / "content"
    originals = sorted(p.relative_to(REPO / "content") for p in (REPO / "content").rglob("*"))
    assert originals, "the repo has no sample content"
    assert sorted(p.relative_to(tmp_site) for p in tmp_site.rglob("*")) == originals
    configs = sorted(p.relative_to(REPO) for p in (REPO / "config").rglob("*"))
    assert sorted(p.relative_to(tmp_site.parent) for p in (tmp_site.parent / "config").rglob("*")) \
        == configs
    for name in configs:
        if (REPO / name).is_file():
            assert (tmp_site.parent / name).read_bytes() == (REPO / name).read_bytes()


@pytest.mark.jupyter
def test_jupyterlab_runs_a_notebook(page, tmp_path):
    write_notebook(tmp_path / "smoke.ipynb", "print(6*7)")
    with jupyterlab_server(tmp_path) as lab:
        assert lab.api("status")["kernels"] == 0
        page.goto(lab.lab_url("smoke.ipynb"))
        run_all_cells(page)
        output = page.locator(f"{NOTEBOOK} .jp-OutputArea-output")
        assert output.inner_text().strip() == "42"
        assert lab.api("status")["kernels"] == 1
        page.goto("about:blank")
    assert lingering_processes(lab) == []
    with pytest.raises(OSError):
        lab.api("status")
