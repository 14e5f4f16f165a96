"""Three-way merging of a page's front matter: the edits, the file as loaded, the file on disk.

Only `Page.merge` needs it, after the file changed on disk while it was being edited."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from . import source as _source

_MISSING = object()  # a key one side does not have


@dataclass(frozen=True)
class Conflict:
    """A value of the front matter changed both in the editor and on disk since loading.

    `path` holds the keys and list indexes to it (("sections", 1, "content", "title")); a
    side that removed the value holds None. `line` is where it is in the file on disk.
    """

    path: tuple
    base: Any
    mine: Any
    theirs: Any
    line: int | None = None

    @property
    def where(self) -> str:
        """The path as front matter reads: sections[1].content.title."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
        return out


def three_way(base: Any, mine: Any, theirs: Any, path: tuple, pick) -> tuple[Any, list[Conflict]]:
    """(the three-way merge of one value, the conflicts left unpicked)."""
    if _source.same(mine, theirs) or _source.same(base, theirs):
        return mine, []
    if _source.same(base, mine):
        return theirs, []
    if all(isinstance(v, dict) for v in (base, mine, theirs)):
        out, open_ = {}, []
        for k in [*theirs, *(k for k in mine if k not in theirs)]:
            value, found = three_way(base.get(k, _MISSING), mine.get(k, _MISSING),
                                  theirs.get(k, _MISSING), (*path, k), pick)
            open_ += found
            if value is not _MISSING:
                out[k] = value
        return out, open_
    if all(isinstance(v, list) for v in (base, mine, theirs)) and (
            len(base) == len(mine) == len(theirs)):
        merged = [three_way(*values, (*path, i), pick) for i, values in
                  enumerate(zip(base, mine, theirs))]
        return [value for value, _ in merged], [c for _, found in merged for c in found]
    conflict = Conflict(path, *(None if v is _MISSING else copy.deepcopy(v)
                                for v in (base, mine, theirs)))
    choice = pick(conflict) if pick is not None else None
    if choice == "mine":
        return mine, []
    if choice == "theirs":
        return theirs, []
    if choice is not None:
        raise ValueError(f"{conflict.where}: pick 'mine' or 'theirs', not {choice!r}")
    return theirs, [conflict]


def line_of(src: _source.Source, path: tuple) -> int | None:
    """File line of the value at `path`, or of the nearest mapping or list that holds it."""
    node, found = src.tree, None
    for part in path:
        if isinstance(part, int) and getattr(node, "id", None) == "sequence" and (
                part < len(node.value)):
            node = node.value[part]
        elif isinstance(part, str) and getattr(node, "id", None) == "mapping":
            node = next((v for k, v in node.value if k.value == part), None)
        else:
            node = None
        if node is None:
            break
        found = node
    return src.line(found) if found is not None else None
