"""`jupyter nbconvert --to landing`: the page a notebook names, as `landingkit export` writes it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import landingkit as lk
from landingkit.errors import LandingkitError
from landingkit.nbexport import LandingExporter, notebook_page

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "content" / "research" / "multimodal"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "cache"))


def notebook(*sources: str, metadata: dict | None = None):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nb.metadata.update(metadata or {})
    return nb


def write(path: Path, nb) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


# ------------------------------------------------------------------ which page a notebook names


def test_metadata_names_the_page_relative_to_the_notebook(tmp_path):
    nb = notebook("1 + 1", metadata={"landingkit": {"page": "../content/research/multimodal",
                                                     "lang": "zh"}})
    assert notebook_page(nb, tmp_path / "notebooks") == (
        tmp_path / "notebooks" / "../content/research/multimodal", "zh")


def test_a_load_call_names_the_page(tmp_path):
    nb = notebook("import landingkit as lk",
                  "page = lk.load('../content/research/vision', lang='en')")
    assert notebook_page(nb, tmp_path) == (tmp_path / "../content/research/vision", "en")


def test_path_expressions_are_followed_without_running_anything(tmp_path):
    nb = notebook(
        "import os\nfrom pathlib import Path\nimport landingkit\n"
        "SITE = Path.cwd().parent\n"
        "if os.environ.get('CI'):\n    SITE = make_a_copy()\n",
        "%matplotlib inline\npage = landingkit.load(SITE / 'content' / 'research' / 'multimodal')",
    )
    assert notebook_page(nb, tmp_path / "nb") == (
        tmp_path / "content" / "research" / "multimodal", None)


def test_site_page_calls_name_the_page(tmp_path):
    nb = notebook("from landingkit import Site\n"
                  "page = Site('../content').page('research/multimodal', 'zh')")
    assert notebook_page(nb, tmp_path / "nb") == (
        tmp_path / "nb" / "../content" / "research/multimodal", "zh")


def test_the_first_naming_cell_wins_and_unknown_values_are_skipped(tmp_path):
    nb = notebook("page = landingkit.load(ask_the_user())",
                  "data = json.load(open('x.json'))",
                  "page = landingkit.load('a')\nother = landingkit.load('b')")
    assert notebook_page(nb, tmp_path) == (tmp_path / "a", None)


def test_a_notebook_that_names_no_page_is_an_error(tmp_path):
    with pytest.raises(LandingkitError, match=r"the notebook does not name a landing page: add "
                                              r"notebook metadata \"landingkit\""):
        notebook_page(notebook("print('hello')", "def f(:"), tmp_path)


# ------------------------------------------------------------------ the exporter


def test_exporter_is_an_html_exporter_registered_for_nbconvert():
    from nbconvert.exporters import get_export_names, get_exporter

    assert get_exporter("landing") is LandingExporter
    assert "landing" in get_export_names()
    exporter = LandingExporter()
    assert (exporter.file_extension, exporter.output_mimetype) == (".html", "text/html")
    assert exporter.export_from_notebook == "Landing page (HTML)"


def test_from_filename_gives_the_page_document(tmp_path):
    path = write(tmp_path / "nb" / "page.ipynb", notebook(
        "import landingkit", f"page = landingkit.load({str(SAMPLE)!r})"))
    html, resources = LandingExporter().from_filename(str(path))
    assert html == lk.load(SAMPLE).to_html()
    assert resources["output_extension"] == ".html"


def test_the_three_ways_give_identical_bytes(tmp_path):
    """`jupyter nbconvert --to landing`, `landingkit export` and `page.to_html()`."""
    root = tmp_path / "site"
    (root / "notebooks").mkdir(parents=True)
    shutil.copytree(REPO / "content", root / "content")
    for folder in ("config", "layouts", "assets"):  # the sample site beside content/
        shutil.copytree(REPO / folder, root / folder)
    write(root / "notebooks" / "group.ipynb", notebook(
        "from pathlib import Path\nimport landingkit\nSITE = Path.cwd().parent",
        "page = landingkit.load(SITE / 'content' / 'research' / 'multimodal')\npage"))
    env = {**os.environ, "LANDINGKIT_CACHE": str(tmp_path / "cache")}
    converted = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "landing",
         "notebooks/group.ipynb", "--output-dir", str(tmp_path / "nbconvert")],
        cwd=root, capture_output=True, text=True, timeout=180, env=env)
    assert converted.returncode == 0, converted.stderr
    exported = subprocess.run(
        [sys.executable, "-m", "landingkit.cli", "export", "content/research/multimodal",
         "-o", str(tmp_path / "cli" / "multimodal.html")],
        cwd=root, capture_output=True, text=True, timeout=120, env=env)
    assert exported.returncode == 0, exported.stderr
    by_nbconvert = (tmp_path / "nbconvert" / "group.html").read_bytes()
    by_cli = (tmp_path / "cli" / "multimodal.html").read_bytes()
    by_python = lk.load(root / "content" / "research" / "multimodal").to_html().encode("utf-8")
    assert by_nbconvert == by_cli
    assert by_python == by_cli
    assert "Writing" in converted.stderr and "daniel-okafor/index.md: warning: no avatar" in (
        converted.stderr)


def test_nbconvert_names_the_missing_page_on_error(tmp_path):
    path = write(tmp_path / "empty.ipynb", notebook("print(1)"))
    done = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "landing",
                           str(path)], capture_output=True, text=True, timeout=180)
    assert done.returncode != 0
    assert "the notebook does not name a landing page" in done.stderr
    assert not (tmp_path / "empty.html").exists()


def test_notebook_metadata_names_the_page_and_language(tmp_site):
    """What a user writes in Edit > Notebook metadata, relative to the notebook."""
    nb = notebook("x = 1")
    nb.metadata["landingkit"] = json.loads(
        '{"page": "../content/research/multimodal", "lang": "zh"}')
    path = write(tmp_site.parent / "notebooks" / "zh.ipynb", nb)
    html, _ = LandingExporter().from_filename(str(path))
    assert html == lk.Site(tmp_site).page("research/multimodal", "zh").to_html()
    assert "<title>多模态大模型课题组</title>" in html
