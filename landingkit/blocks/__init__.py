"""Block types and views, each in one folder, found by name.

A block type is a folder `blocks/<name>/` whose `__init__.py` declares, once, everything
about it: its dataclass (a `model.Block`), its schema (`blocks.schema.Schema`, from which
`check` takes its key rules and the editor its choices), its templates (`<name>/*.html`,
found by Jinja as `"<name>/block.html"`), its styles (`<name>/block.css` for every look,
`<name>/tailwind.css` and `<name>/bootstrap.css` for each, on the pages that have such a
block), and the functions that draw it and say whom it shows. It ends with
`register(BlockType(...))`. A view of a collection is registered the same way with
`register_view(View(...))`; a view the generations draw differently is registered once per
look (`View.look`, "tailwind" or "bootstrap", see `theme.LOOKS`), and `view(name, look)`
finds the look's own before the one every look shares. Rendering, checking, `show` and the
editor look a block up with `find(block)` and a view with `view(name, look)`, the way
markdown-it-py looks a renderer rule up by token type: none of them names a block type.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .schema import Schema

__all__ = ["BlockType", "View", "find", "names", "register", "register_view", "view", "views"]

GENERIC = "generic"


@dataclass(eq=False, repr=False)  # declared once, compared by identity, as View and Schema
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
    #: generation (`Config.theme`) -> its own schema, where its theme reads other keys
    schemas: Mapping[str, Schema] = field(default_factory=dict)
    #: (block) -> the name of the view it draws its items through, its default and legacy
    #: numbers read; None: the view `design.view` names, if any (its styles come along)
    view_of: Callable[..., str] | None = None

    def schema_for(self, site) -> Schema:
        """The schema of the generation `site` builds with: what `check` holds the block
        to and what the editor offers."""
        theme = site.config.theme if site is not None else None
        return self.schemas.get(theme, self.schema)

    @property
    def shows_people(self) -> bool:
        return self.groups is not None


@dataclass(eq=False, repr=False)
class View:
    """A view of a collection: (render context, block, people) -> Markup."""

    name: str
    render: Callable[..., Any]
    folder: Path
    needs_avatar: bool = False  # Hugo stops when a person it shows has none
    look: str | None = None  # the look (theme generation) it is drawn for; None: every look


_types: dict[str, BlockType] = {}
_views: dict[tuple[str, str | None], View] = {}
#: template prefix -> the folder its templates are in (render's Jinja loader reads it live)
folders: dict[str, Path] = {}
_loaded = False
_by_name: dict[str, str] | None = None  # type name -> the folder named after it


def _load_builtins() -> None:
    """Import every folder of this package (each registers its type)."""
    global _loaded
    if not _loaded:
        _loaded = True
        for module in _builtin_folders().values():
            importlib.import_module(f"{__name__}.{module}")


def _builtin_folders() -> dict[str, str]:
    """The package's folders by the name of the type each registers (`team_showcase/`:
    `team-showcase`, `tag_cloud/`: `tag_cloud` too), listed once, imported none."""
    global _by_name
    if _by_name is None:
        _by_name = {}
        with os.scandir(__path__[0]) as listing:  # one listing: a page starts with this
            entries = sorted(listing, key=lambda entry: entry.name)
        for entry in entries:
            if entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                _by_name[entry.name] = _by_name[entry.name.replace("_", "-")] = entry.name
    return _by_name


def _lookup(table: dict, name: Any):
    """`table[name]` (a type or a view), importing first the folder named after it, then, when
    that does not register it (an alias, a view of another folder, a name nobody has),
    every folder: a page imports the code of the blocks it has, not of every block type."""
    if not isinstance(name, str):
        return None
    found = table.get(name)
    if found is None and not _loaded:
        module = _builtin_folders().get(name)
        if module is not None:
            importlib.import_module(f"{__name__}.{module}")
            found = table.get(name)
        if found is None:
            _load_builtins()
            found = table.get(name)
    return found


def register(kind: BlockType) -> BlockType:
    """Add a block type (and its aliases); a later registration of a name replaces it."""
    for name in (kind.name, *kind.aliases):
        _types[name] = kind
    folders[kind.name] = Path(kind.folder)
    return kind


def register_view(v: View) -> View:
    """Add a view; its templates are `"view-<name>/<file>"` in its folder (the collection's
    own views are also under `"collection/"`)."""
    _views[(v.name, v.look)] = v
    folders[f"view-{v.name}"] = Path(v.folder)
    return v


def _name(block: Any) -> Any:
    """A block's name for its theme (`Block.kind`), or a name as given."""
    return getattr(block, "kind", None) or getattr(block, "type", block)


def find(block: Any) -> BlockType:
    """The block type of `block` (a `model.Block`, or a name), or the generic one (kept,
    shown as a notice)."""
    kind = _lookup(_types, _name(block))
    return kind if kind is not None else _lookup(_types, GENERIC)


def known(block: Any) -> bool:
    """True when landingkit models the type of `block` (a Block or a name; the generic one
    does not count)."""
    name = _name(block)
    return name != GENERIC and _lookup(_types, name) is not None


def names() -> list[str]:
    """The block types modelled, aliases included."""
    _load_builtins()
    return sorted(n for n in _types if n != GENERIC)


def view(name: Any, look: str | None = None) -> View | None:
    """The view called `name` as `look` draws it (its own, else the one of every look), or
    None (the block then says it cannot draw it). Without `look`: any look's. The
    collection's folder registers its views; any other folder is imported only when it does
    not have the view."""
    if not isinstance(name, str):
        return None

    def get() -> View | None:
        found = _views.get((name, look)) or _views.get((name, None))
        if found is None and look is None:
            found = next((v for (n, _), v in _views.items() if n == name), None)
        return found

    found = get()
    if found is None and not _loaded:
        _lookup(_types, "collection")
        found = get()
        if found is None:
            _load_builtins()
            found = get()
    return found


def views(look: str | None = None) -> list[str]:
    """The names of the views `look` draws (of any look without it)."""
    _load_builtins()
    return sorted({n for n, at in _views if look is None or at in (None, look)})
