#!/usr/bin/env python3
"""Notebooks as the repository keeps them: no outputs, no execution counts, no traces of a run.

    python .ci/clear_notebooks.py < run.ipynb > clean.ipynb   # a git clean filter
    python .ci/clear_notebooks.py --check notebooks/*.ipynb   # CI: fail on a notebook not clean

`make install` sets this up as the clean filter `clear-notebooks` that .gitattributes names, so
a notebook that was run reads as unchanged in `git status` and is committed without outputs.
"""

from __future__ import annotations

import sys

import nbformat

KEPT = ("kernelspec", "landingkit")  # notebook metadata kept; language_info keeps its name
KEPT_IN_CELLS = ("tags", "jupyter", "slideshow", "editable", "deletable")


def clear(text: str) -> str:
    nb = nbformat.reads(text, as_version=4)
    for cell in nb.cells:
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in KEPT_IN_CELLS}
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    meta = {k: v for k, v in nb.metadata.items() if k in KEPT}
    name = (nb.metadata.get("language_info") or {}).get("name")
    if name:
        meta["language_info"] = {"name": name}
    nb.metadata = meta
    return nbformat.writes(nb) + "\n"


def main(args: list[str]) -> int:
    if args[:1] != ["--check"]:
        sys.stdout.write(clear(sys.stdin.read()))
        return 0
    dirty = []
    for name in args[1:]:
        with open(name, encoding="utf-8") as fh:
            text = fh.read()
        if clear(text) != text:
            dirty.append(name)
    for name in dirty:
        print(f"{name}: holds outputs or traces of a run; clear them with "
              f"python .ci/clear_notebooks.py < {name} (or `make install`, then git add)",
              file=sys.stderr)
    return 1 if dirty else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
