"""landingkit: load, edit, preview and export Hugo Blox landing pages from Jupyter."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .achievements import Achievement, Achievements
    from .blocks.collection import CollectionBlock, Filters
    from .blocks.markdown import MarkdownBlock
    from .errors import LandingkitError, Problem
    from .model import Block, NoPeople, Organization, Page, Person, Profile
    from .site import Site

__all__ = [
    "Achievement", "Achievements", "Block", "CollectionBlock", "Filters", "LandingkitError",
    "MarkdownBlock", "NoPeople", "Organization", "Page", "Person", "Problem", "Profile", "Site",
    "edit", "export_page", "export_site", "load",
]
__version__ = "0.1.0"

#: public name -> the module that defines it
_HOMES = {"Achievement": "achievements", "Achievements": "achievements",
          "CollectionBlock": "blocks.collection", "Filters": "blocks.collection",
          "MarkdownBlock": "blocks.markdown", "LandingkitError": "errors", "Problem": "errors",
          "Block": "model", "NoPeople": "model", "Organization": "model", "Page": "model",
          "Person": "model", "Profile": "model", "Site": "site"}


def __getattr__(name: str):
    """The public classes and the submodules, each imported when first asked for: importing
    the package costs nothing, so that the `landingkit` command sets up its process before
    the model is imported, and exporting a page imports only what it needs."""
    home = _HOMES.get(name)
    if home is None:
        try:
            value = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    else:
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def load(path, lang=None) -> Page:
    """Load a page given as a bundle folder or file; its site is the nearest folder above it
    with a Hugo configuration (else the folder named `content` above it)."""
    from pathlib import Path

    from .config import find_site_folder
    from .errors import LandingkitError
    from .site import Site

    here = Path(path).resolve()
    folder = find_site_folder(here if here.is_dir() else here.parent)
    if folder is not None:
        return Site(folder).page(here, lang)
    for folder in (here, *here.parents):
        if folder.name == "content":
            return Site(folder).page(here, lang)
    raise LandingkitError("not inside a Hugo site (no hugo.*, config.* or config/_default/ "
                          "above it, and no folder named 'content'); use "
                          "Site(root).page(path)", path)


def edit(page, renderer: str = "builtin"):
    """The notebook editor for `page` (an ipywidgets widget); `renderer="hugo"` draws its
    preview with the site's own Hugo and theme."""
    if page.parts:  # its undo, merge and drafts keep one file's text
        from .errors import LandingkitError

        raise LandingkitError("the editor takes one file, and this widget page is several: "
                              "edit a widget file, e.g. lk.edit(site.page("
                              f"'{page.parts[-1].path}'))", page.path)
    from .editor import Editor

    return Editor(page, renderer=renderer)


def export_page(page, out=None, **options):
    from .export import export_page as _export

    return _export(page, out, **options)


def export_site(site, out, **options):
    from .export import export_site as _export

    return _export(site, out, **options)
