"""`jupyter nbconvert --to landing NOTEBOOK`: the landing page a notebook works on, as HTML.

The output is the page's standalone document, the same bytes `landingkit export PAGE` writes
for that content (the notebook's cells are not part of it, and it is not run). The page is
read from its file, with the unsaved edits of an editor open on it (see `drafts`): the export
is what the editor's preview shows.

Which page a notebook names, in this order:

1. Notebook metadata (Edit > Notebook metadata in JupyterLab)::

       "landingkit": {"page": "../content/research/multimodal", "lang": "en"}

   `page` is a bundle folder or index file, relative to the notebook's folder; `lang` is
   optional (default: the site's default language). `"renderer": "hugo"` (or "auto")
   exports the page as the site's own Hugo builds it (see landingkit.hugo).
2. Otherwise the first call in a code cell of `landingkit.load(...)` (or `load(...)`, or
   `<module>.load(...)`) or `Site(...).page(...)`, read without running anything: its argument
   may be a string, `Path(...)`, `Path.cwd()` (the notebook's folder, where Jupyter runs it),
   `.parent`, `/` joins of those, and names assigned such values at the top level of earlier
   cells. A `lang="zh"` argument is honoured. So a notebook holding
   ``page = landingkit.load(SITE / "content" / "research" / "multimodal")`` after
   ``SITE = Path.cwd().parent`` names that page.

When neither gives a page, the export fails with a message saying how to name one.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

from nbconvert.exporters import Exporter

__all__ = ["LandingExporter", "notebook_page", "with_unsaved_edits"]


class LandingExporter(Exporter):
    """Export the landing page a notebook names as one self-contained HTML file."""

    export_from_notebook = "Landing page (HTML)"
    output_mimetype = "text/html"

    def _file_extension_default(self):
        return ".html"

    def from_notebook_node(self, nb, resources=None, **kw):
        nb_copy, resources = super().from_notebook_node(nb, resources, **kw)
        folder = Path((resources.get("metadata") or {}).get("path") or os.getcwd())
        from . import load
        from .export import page_document

        path, lang = notebook_page(nb_copy, folder)
        page = load(path, lang)
        if with_unsaved_edits(page):
            self.log.warning("%s: exported with the unsaved edits open in the editor (the "
                             "file does not hold them yet: Save in the editor writes them)",
                             page.path)
        meta = (nb_copy.get("metadata") or {}).get("landingkit") or {}
        renderer = meta.get("renderer", "builtin") if isinstance(meta, dict) else "builtin"
        html = page_document(page, renderer=renderer)
        for problem in getattr(page.site, "problems", []):
            self.log.warning("%s", problem)
        resources["output_extension"] = self.file_extension
        return html, resources


def with_unsaved_edits(page) -> bool:
    """Take in the unsaved edits an open editor holds for `page`, so that the export is what
    its preview shows; True when there were some. Refuses (LandingkitError) what it cannot
    take in: edits made on an older version of the file, images not saved yet."""
    from . import drafts
    from .errors import LandingkitError

    draft = drafts.find(page.path)
    if draft is None or draft.text == page.source.text:
        return False
    if draft.base != page.source.digest:
        raise LandingkitError("an editor holds unsaved edits made on an older version of "
                              "this file, which changed on disk since: in the editor, click "
                              "Save, then Merge with the file on disk (or Reload from disk), "
                              "and export again", page.path)
    if draft.staged:
        raise LandingkitError(f"an editor holds unsaved edits with new images not in the "
                              f"page's folder yet ({', '.join(draft.staged)}): click Save in "
                              "the editor, then export again", page.path)
    page.restore(draft.text)
    return True


def notebook_page(nb, folder: str | os.PathLike) -> tuple[Path, str | None]:
    """(page path, language or None) that the notebook `nb` names; see the module's doc."""
    from .errors import LandingkitError

    folder = Path(folder).resolve()
    meta = (nb.get("metadata") or {}).get("landingkit") or {}
    if isinstance(meta, dict) and isinstance(meta.get("page"), str) and meta["page"].strip():
        lang = meta.get("lang")
        return folder / meta["page"], lang if isinstance(lang, str) and lang else None
    names: dict[str, object] = {}
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        try:
            tree = ast.parse(_without_magics(source))
        except SyntaxError:
            continue
        finder = _PageCall(folder, names)
        found = finder.find(tree)
        if found is not None:
            return found
    raise LandingkitError('the notebook does not name a landing page: add notebook metadata '
                          '"landingkit": {"page": "<bundle folder, relative to the notebook>"} '
                          'or a cell calling landingkit.load("<bundle folder>")', folder)


def _without_magics(source: str) -> str:
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line
                     for line in source.splitlines())


class _PageCall:
    """Statically finds a page-loading call, evaluating only plain path expressions."""

    def __init__(self, folder: Path, names: dict):
        self.folder = folder
        self.names = names

    def find(self, tree: ast.Module):
        for statement in tree.body:
            for node in ast.walk(statement):
                if isinstance(node, ast.Call):
                    found = self.page_call(node)
                    if found is not None:
                        return found
            if isinstance(statement, ast.Assign):  # top level only: no ifs, no loops
                value = self.value(statement.value)
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        if value is None:
                            self.names.pop(target.id, None)
                        else:
                            self.names[target.id] = value
        return None

    def page_call(self, call: ast.Call):
        func = call.func
        is_load = (isinstance(func, ast.Name) and func.id == "load") or (
            isinstance(func, ast.Attribute) and func.attr == "load"
            and isinstance(func.value, ast.Name))
        is_site_page = (isinstance(func, ast.Attribute) and func.attr == "page"
                        and isinstance(func.value, ast.Call)
                        and _called(func.value) == "Site")
        if not (is_load or is_site_page) or not call.args:
            return None
        path = self.value(call.args[0])
        if path is None:
            return None
        path = Path(path)
        if is_site_page:
            root = self.value(func.value.args[0]) if func.value.args else "content"
            if root is None:
                return None
            base = Path(root) if Path(root).is_absolute() else self.folder / root
            path = path if path.is_absolute() or (self.folder / path).exists() else base / path
        path = path if path.is_absolute() else self.folder / path
        lang = call.args[1] if len(call.args) > 1 else next(
            (k.value for k in call.keywords if k.arg == "lang"), None)
        lang = lang.value if isinstance(lang, ast.Constant) and isinstance(lang.value, str) \
            else None
        return path, lang

    def value(self, node):
        """A str or Path for a plain path expression, else None."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.names.get(node.id)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            left, right = self.value(node.left), self.value(node.right)
            if isinstance(left, Path) and right is not None:
                return left / right
            if isinstance(right, Path) and isinstance(left, str):
                return left / right
            return None
        if isinstance(node, ast.Attribute) and node.attr == "parent":
            inner = self.value(node.value)
            return inner.parent if isinstance(inner, Path) else None
        if isinstance(node, ast.Call):
            name = _called(node)
            if name == "cwd" and not node.args:
                return self.folder
            if name == "Path" and not node.keywords:
                parts = [self.value(a) for a in node.args]
                if None in parts:
                    return None
                path = Path(*parts) if parts else Path()
                return path if path.is_absolute() else self.folder / path
            if name == "resolve" and isinstance(node.func, ast.Attribute):
                inner = self.value(node.func.value)
                return inner if isinstance(inner, Path) else None
        return None


def _called(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None
