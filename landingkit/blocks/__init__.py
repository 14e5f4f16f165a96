"""Block types and views, each in one folder, found by name.

A block type is a folder `blocks/<name>/` whose `__init__.py` declares, once, everything
about it: its dataclass (a `model.Block`), its schema (`blocks.schema.Schema`, from which
`check` takes its key rules and the editor its choices), its templates (`<name>/*.html`,
found by Jinja as `"<name>/block.html"`), its styles for each look (`<name>/tailwind.css`,
`<name>/bootstrap.css`, on the pages that have such a block), and the functions that draw
it and say whom it shows. It ends with `register(BlockType(...))`. A view of a collection
is registered the same way with `register_view(View(...))`. Rendering, checking, `show` and
the editor look a block up with `find(block.type)` and a view with `view(name)`, the way
markdown-it-py looks a renderer rule up by token type: none of them names a block type.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .schema import Schema

__all__ = ["BlockType", "View", "find", "names", "register", "register_view", "view", "views"]

GENERIC = "generic"


@dataclass(frozen=True)
class BlockType:
    """Everything landingkit knows about one block type."""

    name: str
    model: type  # a model.Block subclass
    schema: Schema
    folder: Path  # its templates
    #: (render context, block, index in the page, section id) -> Markup
    render: Callable[..., Any] | None = None
    #: (site, block, language) -> [(group name or None, [Person, ...]), ...]; None: shows nobody
    groups: Callable[..., list] | None = None
    #: (checker, site, page, block, node, where, selection): the rules the schema cannot
    #: say; `selection`: whom the block selects too (it reads the people)
    check: Callable[..., None] | None = None
    #: what `landingkit show` prints under the block, one line each: (block) -> [str]
    summary: Callable[..., list[str]] | None = None
    aliases: tuple[str, ...] = ()  # older names (data/blox_aliases.yaml)

    @property
    def shows_people(self) -> bool:
        return self.groups is not None


@dataclass(frozen=True)
class View:
    """A view of a collection: (render context, block, people) -> Markup."""

    name: str
    render: Callable[..., Any]
    folder: Path
    needs_avatar: bool = False  # Hugo stops when a person it shows has none


_types: dict[str, BlockType] = {}
_views: dict[str, View] = {}
#: template prefix -> the folder its templates are in (render's Jinja loader reads it live)
folders: dict[str, Path] = {}
_loaded = False


def _load_builtins() -> None:
    """Import every folder of this package (each registers its type) on the first lookup."""
    global _loaded
    if not _loaded:
        _loaded = True
        for module in pkgutil.iter_modules(__path__):
            if module.ispkg:
                importlib.import_module(f"{__name__}.{module.name}")


def register(kind: BlockType) -> BlockType:
    """Add a block type (and its aliases); a later registration of a name replaces it."""
    for name in (kind.name, *kind.aliases):
        _types[name] = kind
    folders[kind.name] = Path(kind.folder)
    return kind


def register_view(v: View) -> View:
    """Add a view; its templates are `"view-<name>/<file>"` in its folder (the collection's
    own views are also under `"collection/"`)."""
    _views[v.name] = v
    folders[f"view-{v.name}"] = Path(v.folder)
    return v


def find(name: Any) -> BlockType:
    """The block type called `name`, or the generic one (kept, shown as a notice)."""
    _load_builtins()
    kind = _types.get(name) if isinstance(name, str) else None
    return kind if kind is not None else _types[GENERIC]


def known(name: Any) -> bool:
    """True when landingkit models the block type `name` (the generic one does not count)."""
    _load_builtins()
    return isinstance(name, str) and name in _types and name != GENERIC


def names() -> list[str]:
    """The block types modelled, aliases included."""
    _load_builtins()
    return sorted(n for n in _types if n != GENERIC)


def view(name: Any) -> View | None:
    """The view called `name`, or None (the block then says it cannot draw it)."""
    _load_builtins()
    return _views.get(name) if isinstance(name, str) else None


def views() -> list[str]:
    _load_builtins()
    return sorted(_views)
