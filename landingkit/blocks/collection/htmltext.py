"""The text of rendered HTML, read with the standard library's HTML parser: Hugo's `plainify`,
and where an automatic summary ends. Only the views that show pages need it."""

from __future__ import annotations

import html
from html.parser import HTMLParser


def first_blocks(rendered: str, words: int) -> str:
    """The top-level elements of `rendered` up to the one in which the words reach `words`."""
    cut = _BlockCut(words)
    cut.feed(rendered)
    cut.close()
    return rendered if cut.end is None else rendered[:cut.end]


class _BlockCut(HTMLParser):
    def __init__(self, words: int):
        super().__init__(convert_charrefs=True)
        self.words, self.seen, self.depth, self.end = words, 0, 0, None

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        self.depth = max(0, self.depth - 1)
        if self.depth == 0 and self.end is None and self.seen >= self.words:
            self.end = self.rawdata.index(">", _offset(self.rawdata, *self.getpos())) + 1

    def handle_data(self, data):
        self.seen += len(data.split())


_VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col", "embed"}


def _offset(text: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def plainify(rendered: str) -> str:
    """Hugo's `plainify | htmlUnescape | chomp`: the text without its tags."""
    text = _Text()
    text.feed(rendered)
    text.close()
    return html.unescape("".join(text.parts)).rstrip("\r\n").strip()
