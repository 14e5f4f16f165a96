"""A research overview's Markdown <-> a list of achievements, losing nothing.

An achievement is a heading `### <label> <n>: <title>`, an optional image line and
the Markdown up to the next heading of that level; text before the first one is the
intro. Numbers are positions. Untouched achievements come back byte for byte.
"""

from __future__ import annotations

import functools
import re
from collections.abc import MutableSequence
from dataclasses import dataclass, field

LABELLED = re.compile(
    r"^(?P<label>.*?)[ \t]*(?P<number>\d+)(?P<sep>[ \t]*[:：][ \t]*)(?P<title>.*)$")
IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)(?:[ \t]+\"[^\"]*\")?\)[ \t]*$")
DEFAULT_LABEL = "Representative Achievement"



@functools.cache
def _headings_parser():
    from markdown_it import MarkdownIt  # only texts that are parsed pay for the import

    return MarkdownIt("commonmark")


@dataclass
class _Origin:
    """Where an achievement came from, so that unchanged parts are written as they were."""

    number: int
    heading: str
    image_line: str | None
    pre: int  # blank lines between heading and image (or body)
    between: int  # blank lines between image and body
    body_lines: list[str]
    gap: int  # blank lines after the body
    fields: tuple


@dataclass
class Achievement:
    title: str = ""
    image_alt: str = ""
    image_src: str = ""
    body: str = ""
    _origin: _Origin | None = field(default=None, repr=False, compare=False)

    def _fields(self) -> tuple:
        return (self.title, self.image_alt, self.image_src, self.body)

    @property
    def changed(self) -> bool:
        return self._origin is None or self._fields() != self._origin.fields


class Achievements(MutableSequence):
    """The achievements of one Markdown text, in order; numbering follows position."""

    def __init__(self, items=(), *, intro: str = "", label: str = DEFAULT_LABEL,
                 level: int = 3, separator: str = ": ", source: str | None = None,
                 final_newline: bool = True, tail_gap: int = 0):
        self._items: list[Achievement] = list(items)
        self.intro = intro
        self.label = label
        self.level = level
        self.separator = separator
        self._source = source
        self._order = [id(a) for a in self._items]
        self._intro0 = intro
        self._final_newline = final_newline
        self._tail_gap = tail_gap

    # sequence protocol
    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __delitem__(self, index):
        del self._items[index]

    def __len__(self):
        return len(self._items)

    def insert(self, index, value: Achievement) -> None:
        self._items.insert(index, value)

    def move(self, from_index: int, to_index: int) -> None:
        self._items.insert(to_index, self._items.pop(from_index))

    def __repr__(self) -> str:
        return f"Achievements({self._items!r}, label={self.label!r})"

    def heading(self, number: int, title: str) -> str:
        return f"{'#' * self.level} {self.label} {number}{self.separator}{title}".rstrip()

    def to_text(self) -> str:
        untouched = (self._source is not None and self.intro == self._intro0
                     and [id(a) for a in self._items] == self._order
                     and not any(a.changed for a in self._items))
        if untouched:
            return self._source
        parts: list[str] = []
        if self.intro:
            parts.append(self.intro)
        last = len(self._items) - 1
        for index, item in enumerate(self._items):
            lines = self._lines(item, index + 1)
            gap = self._tail_gap if index == last else (
                item._origin.gap if item._origin and item._origin.gap else 1)
            parts.append("\n".join(lines + [""] * gap))
        text = "\n".join(parts)
        return text + "\n" if self._final_newline or self._source is None else text

    def _lines(self, item: Achievement, number: int) -> list[str]:
        o = item._origin
        if o is None:  # heading, image, body, one blank line between those present
            lines = [self.heading(number, item.title)]
            if item.image_src:
                lines += ["", f"![{item.image_alt}]({item.image_src})"]
            return lines + (["", *item.body.strip("\n").split("\n")] if item.body else [])
        same_title = item.title == o.fields[0]
        heading = o.heading if same_title and number == o.number else self.heading(
            number, item.title)
        lines = [heading] + [""] * o.pre
        if item.image_src:
            same_image = (item.image_alt, item.image_src) == o.fields[1:3]
            lines.append(o.image_line if same_image and o.image_line else
                         f"![{item.image_alt}]({item.image_src})")
            if item.body:
                lines += [""] * (o.between if o.image_line else 1)
        body = o.body_lines if item.body == o.fields[3] else (
            item.body.strip("\n").split("\n") if item.body else [])
        return lines + body


def parse(text: str) -> Achievements:
    """Split Markdown into intro and achievements (none when no heading is labelled)."""
    final_newline = text.endswith("\n")
    lines = (text[:-1] if final_newline else text).split("\n")
    headings = [(tok.map[0], int(tok.tag[1])) for tok in _headings_parser().parse(text)
                if tok.type == "heading_open" and tok.map
                and lines[tok.map[0]].lstrip().startswith("#")]
    first = next(((row, level) for row, level in headings
                  if LABELLED.match(_heading_text(lines[row]))), None)
    if first is None:
        return Achievements(intro=text, source=text, final_newline=final_newline)
    level = first[1]
    starts = [row for row, lvl in headings if lvl == level and row >= first[0]]
    ends = [*starts[1:], len(lines)]
    match = LABELLED.match(_heading_text(lines[first[0]]))
    items = [_parse_one(lines[a:b]) for a, b in zip(starts, ends)]
    intro = "\n".join(lines[:first[0]])
    tail_gap = items[-1]._origin.gap if items else 0
    return Achievements(items, intro=intro, label=match["label"] or DEFAULT_LABEL,
                        level=level, separator=match["sep"], source=text,
                        final_newline=final_newline, tail_gap=tail_gap)


def _heading_text(line: str) -> str:
    return re.sub(r"[ \t]+#+[ \t]*$", "", line.strip().lstrip("#").strip())


def _parse_one(chunk: list[str]) -> Achievement:
    heading, rest = chunk[0], chunk[1:]
    gap = 0
    while rest and not rest[-1].strip():
        rest.pop()
        gap += 1
    text = _heading_text(heading)
    match = LABELLED.match(text)
    number, title = (int(match["number"]), match["title"]) if match else (0, text)
    pre = 0
    while pre < len(rest) and not rest[pre].strip():
        pre += 1
    image_line, alt, src, between = None, "", "", 0
    body_start = pre
    if pre < len(rest) and (m := IMAGE.match(rest[pre].strip())):
        image_line, alt, src = rest[pre], m["alt"], m["src"]
        body_start = pre + 1
        while body_start < len(rest) and not rest[body_start].strip():
            body_start += 1
            between += 1
    body_lines = rest[body_start:]
    if image_line is None:
        pre = 0 if not body_lines else pre
    body = "\n".join(body_lines)
    origin = _Origin(number, heading, image_line, pre, between, body_lines, gap,
                     (title, alt, src, body))
    return Achievement(title, alt, src, body, origin)
