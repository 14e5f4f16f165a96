"""Where each value of a TOML front matter sits, so that a message about it names its line.

tomllib reads the values and tomlkit patches them, but neither tells where a value is. The
positions come from tree-sitter's TOML grammar; this module only lays its tree over the values:
keys to tables (`[a.b]`, dotted keys), `[[x]]` to list items, values to `source.Spot`s.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from .source import Spot


@cache
def _parser():
    import tree_sitter
    import tree_sitter_toml

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_toml.language()))


class _Table:
    """A mapping being laid out: for each key, the line of its key and what holds its value."""

    def __init__(self, line: int):
        self.line = line
        self.keys: dict[str, tuple[int, Any]] = {}

    def table(self, key: str, line: int) -> _Table:
        """The table at `key`, made where it is first written (or the last item of `[[key]]`)."""
        if key not in self.keys:
            self.keys[key] = (line, _Table(line))
        held = self.keys[key][1]
        return held[-1] if isinstance(held, list) else held

    def add(self, path: list[tuple[str, int]], value) -> None:
        table = self
        for key, line in path[:-1]:
            table = table.table(key, line)
        key, line = path[-1]
        table.keys[key] = (line, value)


def spots(text: str, data: dict) -> Spot | None:
    """The `Spot` tree of a TOML front matter that tomllib read as `data`."""
    root = _parser().parse(text.encode("utf-8")).root_node
    if root.has_error:  # tomllib took it, the grammar did not: no positions rather than wrong
        return None
    top = current = _Table(0)
    for node in root.named_children:
        if node.type == "pair":
            _pair(current, node)
        elif node.type in ("table", "table_array_element"):
            path = _key(node.named_children[0])
            current = top
            for key, line in path[:-1]:
                current = current.table(key, line)
            key, line = path[-1]
            if node.type == "table":
                current = current.table(key, line)
            else:
                line, items = current.keys.setdefault(key, (line, []))
                items.append(_Table(node.start_point.row))
                current = items[-1]
            for pair in node.named_children[1:]:
                if pair.type == "pair":
                    _pair(current, pair)
    return _spot(top, data, top.line)


def _pair(table: _Table, node) -> None:
    key, *rest = (c for c in node.named_children if c.type != "comment")
    table.add(_key(key), rest[0])


def _key(node) -> list[tuple[str, int]]:
    """A key's parts, each decoded as TOML reads it, with its line."""
    if node.type == "dotted_key":
        return [part for child in node.named_children for part in _key(child)]
    text = node.text.decode("utf-8")
    if node.type == "quoted_key":
        (text,) = tomllib.loads(f"{text} = 0")
    return [(text, node.start_point.row)]


def _spot(held, value: Any, line: int) -> Spot:
    if isinstance(held, _Table):
        return _mapping(held.line, held.keys, value)
    if isinstance(held, list):  # the tables of `[[key]]`
        values = value if isinstance(value, list) else []
        return Spot("sequence", line, [_spot(t, v, t.line) for t, v in zip(held, values)])
    row = held.start_point.row
    if held.type == "inline_table":
        inline = _Table(row)
        for pair in held.named_children:
            if pair.type == "pair":
                _pair(inline, pair)
        return _mapping(row, inline.keys, value)
    if held.type == "array":
        values = value if isinstance(value, list) else []
        items = [c for c in held.named_children if c.type != "comment"]
        return Spot("sequence", row, [_spot(c, v, c.start_point.row)
                                      for c, v in zip(items, values)])
    written = held.text.decode("utf-8")
    if isinstance(value, str):
        # a multi-line string whose first line is empty starts on the next line, as YAML's
        # block scalars (`|`) do: the style messages read for that
        starts_under = written[:3] in ('"""', "'''") and written[3:4] in ("\n", "\r")
        return Spot("scalar", row, value, "|" if starts_under else None)
    return Spot("scalar", row, written)


def _mapping(line: int, keys: dict[str, tuple[int, Any]], value: Any) -> Spot:
    values = value if isinstance(value, dict) else {}
    return Spot("mapping", line, [(Spot("scalar", key_line, key), _spot(held, values.get(key),
                                                                        key_line))
                                  for key, (key_line, held) in keys.items()])
