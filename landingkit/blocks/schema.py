"""A block type's options, declared once (as mkdocs declares its configuration).

`check` reads the expected type of every key from here, and the editor its choices: a
block's folder says `Schema(content={...}, design={...})` and nothing else repeats it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

TEXT, INT, BOOL, MAP, LIST = "a string", "an integer", "true or false", "a mapping", "a list"
DATE, ANY = "a date", "any value"
TEXT_OR_LIST = "a string or a list"
#: what the kit's `functions/coerce_bool` and `coerce_int` partials read (its blocks read a
#: switch or a count through them): a value of another kind builds, as the default
SWITCH, WHOLE = "true or false (or yes/no, on/off, 1/0)", "a whole number"
_SWITCH_WORDS = frozenset({"1", "true", "yes", "y", "on", "0", "false", "no", "n", "off"})
#: compiled by `re` when first used (the kit only)
_WHOLE = r"-?[0-9]+|-?[0-9]*\.[0-9]+"


@dataclass(eq=False, repr=False)  # declared once, compared by identity
class Option:
    """One key: what it holds, its default, and (for the editor) the values to choose from."""

    expected: str = TEXT
    default: Any = None
    #: (label, value) pairs; "" stands for "not set in the file" (a Dropdown cannot hold None)
    choices: tuple[tuple[str, Any], ...] = ()
    keys: Mapping[str, Option] | None = None  # a mapping's own keys, checked as well
    doc: str = ""
    #: how the theme reads a value that does not fit, when that builds (the kit's `coerce_*`
    #: partials take the default, blox-tailwind's `| default` any non-empty value as true):
    #: `check` then warns, saying what the page shows, where it would call it an error
    read: Callable[[Any], Any] | None = None

    def fits(self, value: Any) -> bool:
        return fits(value, self.expected)


def fits(value: Any, expected: str) -> bool:
    if value is None:
        return True  # an empty value means "not set", as in Hugo
    if expected == TEXT:
        return isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if expected == INT:
        return (type(value) is int) or (isinstance(value, str) and value.strip().isdigit())
    if expected == BOOL:
        return isinstance(value, bool)
    if expected == MAP:
        return isinstance(value, dict)
    if expected == LIST:
        return isinstance(value, list)
    if expected == TEXT_OR_LIST:
        return isinstance(value, (str, list))
    if expected == SWITCH:
        return isinstance(value, (bool, int, float)) or (
            isinstance(value, str) and value.strip().lower() in _SWITCH_WORDS)
    if expected == WHOLE:
        return (isinstance(value, (int, float)) and not isinstance(value, bool)) or (
            isinstance(value, str) and re.fullmatch(_WHOLE, value.strip()) is not None)
    if expected == DATE:  # an integer is Unix seconds to Hugo
        return isinstance(value, (dt.date, str, int)) and not isinstance(value, bool)
    return True


#: keys of every block, and of every block's `design` (the theme's section wrapper reads them)
BLOCK = {"block": Option(TEXT), "blox": Option(TEXT), "id": Option(TEXT),
         "content": Option(MAP), "design": Option(MAP), "demo": Option(BOOL)}
DESIGN = {"columns": Option(INT), "view": Option(TEXT), "background": Option(MAP),
          "spacing": Option(MAP), "css_class": Option(TEXT), "css_style": Option(TEXT)}
TITLES = {"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT)}


@dataclass(eq=False, repr=False)
class Schema:
    """`content` and `design` options of a block type; `content=None`: not checked (a type
    landingkit does not model)."""

    content: Mapping[str, Option] | None = None
    design: Mapping[str, Option] = field(default_factory=dict)

    @property
    def design_keys(self) -> dict[str, Option]:
        return {**DESIGN, **self.design}

    def option(self, path: str) -> Option:
        """The option at a dotted path such as "content.sort_by" or "content.filters.tag"."""
        first, *rest = path.split(".")
        options = {"content": self.content or {}, "design": self.design_keys}[first]
        option = None
        for part in rest:
            option = options[part]
            options = option.keys or {}
        if option is None:
            raise KeyError(path)
        return option

    def choices(self, path: str) -> list[tuple[str, Any]]:
        """What the editor offers for the option at `path`, as (label, value)."""
        return list(self.option(path).choices)

    def expected(self, options: Mapping[str, Option]) -> dict[str, str]:
        return {name: option.expected for name, option in options.items()}
