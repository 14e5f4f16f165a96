"""The notebooks run top to bottom as CI runs them, and a real kernel keeps the editor in step.

`jupyter nbconvert --execute` runs each notebook of `notebooks/` with CI set, so the
notebooks work on a temporary copy of the site: content/ must be byte-for-byte unchanged.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"

pytestmark = pytest.mark.jupyter


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run_notebook(name: str, out: Path, **env) -> nbformat.NotebookNode:
    result = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
         "--ExecutePreprocessor.timeout=120", f"--output-dir={out}", str(NOTEBOOKS / name)],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return nbformat.read(out / name, as_version=4)


def outputs(nb: nbformat.NotebookNode) -> list[str]:
    """The text each code cell printed or returned, one string per cell."""
    texts = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        parts = []
        for output in cell.outputs:
            assert output.output_type != "error", f"{output.ename}: {output.evalue}"
            if output.output_type == "stream":
                parts.append(output.text)
            elif "data" in output:
                parts.append(output.data.get("text/plain", ""))
        texts.append("".join(parts))
    return texts


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Both notebooks, executed as CI executes them, and content/ before and after."""
    out = tmp_path_factory.mktemp("notebooks")
    before = fingerprint(REPO / "content")
    results = {name: run_notebook(name, out, CI="true", LANDINGKIT_EDIT_IN_PLACE="")
               for name in ("tour.ipynb", "edit-multimodal.ipynb")}
    return results, before, fingerprint(REPO / "content")


def test_notebooks_leave_content_unchanged(executed):
    _, before, after = executed
    assert before and after == before


def test_tour_walks_through_the_api(executed):
    nb = executed[0]["tour.ipynb"]
    texts = outputs(nb)
    site = Path(texts[0].removeprefix("Site: ").strip())
    assert site != REPO and site.name.startswith("landingkit-notebook-")
    assert texts[1] == ("section-markdown     markdown     \n"
                        "members              collection   Team Members\n"
                        "section-markdown-2   markdown     Research Overview\n")
    names = [line[:20].strip() for line in texts[2].splitlines()[1:-1]]
    assert names == ["Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu", "Shuqing Wang",
                     "Yutong Chen"]
    assert texts[2].splitlines()[-1] == (
        "left out: ['content/authors/elena-marchetti/_index.md']")
    assert texts[3] == "['Kofi Mensah', 'Beatriz Almeida', 'Émile Durand']\n"
    assert texts[4].splitlines() == [
        "1 Open Video Benchmarks",
        "2 Shusheng Multimodal Large Model Series - InternVL",
        "3 Video Fundamental Representation Model - VideoMAE Series",
        "4 Video Multimodal Large Model - VideoChat Series",
        "5 Shusheng Video Large Model - InternVideo Series"]
    diff = texts[5]
    assert ("-        tag: mm_prof\n-      count: 0\n"
            "+        tag: cv_prof\n+      count: 3\n") in diff
    assert "+        ### Representative Achievement 1: Open Video Benchmarks\n" in diff
    assert texts[7] == f"wrote {site / 'build' / 'tour.html'}\n"
    html = next(o for o in nb.cells[-2].outputs if "data" in o).data["text/html"]
    assert 'class="lk-page ' in html and "Kofi Mensah" in html and "Anlan Zhou" not in html


def test_edit_notebook_shows_the_editor(executed):
    nb = executed[0]["edit-multimodal.ipynb"]
    texts = outputs(nb)
    site = Path(texts[0].removeprefix("Site: ").strip())
    editor = next(o for o in nb.cells[3].outputs if "data" in o)
    assert "application/vnd.jupyter.widget-view+json" in editor.data
    assert editor.data["text/plain"] == (
        f"Editor('{site / 'content/research/multimodal/index.md'}', lang='en')")
    assert texts[2] == ("['Anlan Zhou', 'Daniel Okafor', 'Jiahe He', 'Mingyuan Lu', "
                        "'Shuqing Wang', 'Yutong Chen']\nno unsaved changes\n")
    assert texts[3] == f"wrote {site / 'build' / 'multimodal.html'}\n"


CLEAR = [sys.executable, str(REPO / ".ci" / "clear_notebooks.py")]


def test_a_notebook_that_was_run_is_cleared_back_to_the_stored_bytes(executed):
    """The clean filter `make install` sets up: after a run, git sees the notebook unchanged."""
    for name, nb in executed[0].items():
        ran = nbformat.writes(nb) + "\n"
        stored = (NOTEBOOKS / name).read_text(encoding="utf-8")
        assert ran != stored  # a run leaves outputs and metadata...
        cleared = subprocess.run(CLEAR, input=ran, capture_output=True, text=True, timeout=60,
                                 check=True).stdout
        assert cleared == stored, name  # ...which the filter takes away, byte for byte


def test_ci_refuses_a_notebook_stored_with_outputs(executed, tmp_path):
    assert subprocess.run([*CLEAR, "--check", *map(str, sorted(NOTEBOOKS.glob("*.ipynb")))],
                          capture_output=True, text=True, timeout=60).returncode == 0
    ran = tmp_path / "tour.ipynb"
    nbformat.write(executed[0]["tour.ipynb"], ran)
    done = subprocess.run([*CLEAR, "--check", str(ran)], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stderr) == (1, (
        f"{ran}: holds outputs or traces of a run; clear them with python "
        f".ci/clear_notebooks.py < {ran} (or `make install`, then git add)\n"))


def test_git_filters_notebooks_and_ignores_their_html_exports():
    attributes = subprocess.run(["git", "check-attr", "filter", "notebooks/tour.ipynb"],
                                cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert attributes == "notebooks/tour.ipynb: filter: clear-notebooks\n"
    ignored = subprocess.run(["git", "check-ignore", "notebooks/edit-multimodal.html",
                              "notebooks/edit-multimodal.ipynb"], cwd=REPO, capture_output=True,
                             text=True)
    assert ignored.stdout == "notebooks/edit-multimodal.html\n"


def test_a_kernel_keeps_the_editor_in_step_with_the_api(tmp_site):
    """In a real kernel: API edits show after the cell; typing is debounced on its loop."""
    from nbclient import NotebookClient

    page_path = tmp_site / "research" / "multimodal"
    cells = [
        f"import asyncio\nimport landingkit as lk\npage = lk.load({str(page_path)!r})\n"
        "ed = lk.edit(page)\nasyncio.get_running_loop() is not None",
        'page.section("members").filters.tag = "cv_prof"',
        'print(ed.control("Tag").value, ed.errors)\n'
        'print([p.name for p in page.people()])',
        'ed.controls("Title")[0].value = "InternVL 3"\n'
        'print(ed._pending is not None, "InternVL 3" in ed.preview.value)',
        "await asyncio.sleep(0.5)\n"
        'print(ed._pending is None, "InternVL 3" in ed.preview.value, ed.errors)',
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    texts = outputs(nb)
    assert texts[0] == "True"  # cells run inside the kernel's event loop
    assert texts[2] == ("cv_prof []\n"
                        "['Kofi Mensah', 'Beatriz Almeida', 'Émile Durand', 'Ingrid Solberg']\n")
    assert texts[3] == "True False\n"  # the preview waits for a pause in typing...
    assert texts[4] == "True True []\n"  # ...and then shows the last keystroke
