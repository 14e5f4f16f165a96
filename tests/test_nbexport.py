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
    # a person shown without an avatar: nbconvert passes the warning on
    (root / "content" / "authors" / "daniel-okafor" / "avatar.jpg").unlink()
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
    assert "<title>多模态大模型课题组 | 示例研究中心</title>" in html


# ------------------------------------------------------------------ unsaved edits of an editor


CV_PROF = ["Kofi Mensah", "Beatriz Almeida", "Émile Durand", "Ingrid Solberg"]


def card_names(html: str) -> list[str]:
    import re

    cards = re.findall(r'<h3 class="lk-name">(.*?)</h3>', html, re.S)
    return [re.sub(r"<(rp|rt)>.*?</\1>|<[^>]+>", "", card).strip() for card in cards]


@pytest.fixture
def page_notebook(tmp_site):
    return write(tmp_site.parent / "notebooks" / "edit.ipynb", notebook(
        "import landingkit", "page = landingkit.load('../content/research/multimodal')"))


def test_an_export_includes_the_unsaved_edits_of_an_open_editor(tmp_site, page_notebook):
    page = lk.load(tmp_site / "research" / "multimodal")
    editor = lk.edit(page)
    editor.control("Tag").value = "cv_prof"
    html, _ = LandingExporter().from_filename(str(page_notebook))
    assert card_names(html) == CV_PROF
    assert html == page.to_html()  # what the preview shows
    assert page.changed_on_disk() is False and "tag: mm_prof" in page.path.read_text()
    editor.control("Undo").click()  # no edits left: the file as it is
    html, _ = LandingExporter().from_filename(str(page_notebook))
    assert html == lk.load(page.path).to_html()
    editor.control("Tag").value = "student"
    editor.close()  # a closed editor's edits are gone with it
    html, _ = LandingExporter().from_filename(str(page_notebook))
    assert html == lk.load(page.path).to_html()


def test_an_export_refuses_what_it_cannot_show(tmp_site, page_notebook):
    page = lk.load(tmp_site / "research" / "multimodal")
    editor = lk.edit(page)
    editor.add_bundle_image("chart.png", b"")  # staged, as an upload does
    editor.apply(lambda: setattr(page.achievements[0], "image_src", "chart.png"))
    with pytest.raises(LandingkitError) as error:
        LandingExporter().from_filename(str(page_notebook))
    assert str(error.value) == (
        f"{page.path}: an editor holds unsaved edits with new images not in the page's folder "
        "yet (chart.png): click Save in the editor, then export again")
    editor.undo()
    editor.control("Tag").value = "cv_prof"
    page.path.write_text(page.path.read_text() + "\n")  # changed on disk since
    with pytest.raises(LandingkitError) as error:
        LandingExporter().from_filename(str(page_notebook))
    assert str(error.value) == (
        f"{page.path}: an editor holds unsaved edits made on an older version of this file, "
        "which changed on disk since: in the editor, click Save, then Merge with the file on "
        "disk (or Reload from disk), and export again")
    editor.close()


def test_the_edits_of_an_editor_that_stopped_are_not_exported(tmp_site, page_notebook):
    """A kernel that was killed leaves its draft behind: an export ignores it."""
    child = subprocess.run(
        [sys.executable, "-c", "import landingkit as lk, sys\n"
         "page = lk.load(sys.argv[1])\neditor = lk.edit(page)\n"
         "editor.control('Tag').value = 'cv_prof'\nimport os; print(os.getpid(), flush=True)\n"
         "os._exit(0)  # as a killed kernel: no clean-up\n",
         str(tmp_site / "research" / "multimodal")],
        capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    (left,) = (Path(os.environ["LANDINGKIT_CACHE"]) / "drafts").iterdir()
    record = json.loads(left.read_text(encoding="utf-8"))
    assert record["pid"] == int(child.stdout) and "tag: cv_prof" in record["text"]
    html, _ = LandingExporter().from_filename(str(page_notebook))
    assert html == lk.load(tmp_site / "research" / "multimodal").to_html()
