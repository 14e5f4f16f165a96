"""`markdown`: a title and Markdown text, which may be a list of achievements."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...model import Block, key
from .. import BlockType, register
from ..schema import TITLES, Schema

if TYPE_CHECKING:
    from ...achievements import Achievements

SCHEMA = Schema(content=TITLES)


@dataclass(eq=False)
class MarkdownBlock(Block):
    title: str | None = key("content", "title")
    _text: str | None = key("content", "text")
    _achievements: Achievements | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._achievements is not None:
            return self._achievements.to_text()
        return as_text(self._text)

    @text.setter
    def text(self, value: str) -> None:
        self._text, self._achievements = value, None

    @property
    def achievements(self) -> Achievements:
        """The text as achievements; edits to them are edits to `text`."""
        if self._achievements is None:
            from ...achievements import parse  # a page is rendered without it

            self._achievements = parse(as_text(self._text))
        return self._achievements

    def to_data(self) -> dict:
        if self._achievements is not None:
            text = self._achievements.to_text()
            if text != as_text(self._text):  # edited through the achievements
                self._text = None if text == "" and self._loaded["_text"] is None else text
        return super().to_data()


def as_text(value: Any) -> str:
    """`content.text` as Hugo's markdownify reads it: a number as written, no mapping."""
    if value is None or isinstance(value, (dict, list)):
        return ""  # `check` reports the wrong type
    return str(value).lower() if isinstance(value, bool) else str(value)


def render(ctx, block: MarkdownBlock, index: int, section_id: str):
    return ctx.render("markdown/block.html", id=section_id, title=ctx.title_html(block, index),
                      text=ctx.text_html(block, index))


def check(c, site, page, block: MarkdownBlock, node, where: str, selection: bool) -> None:
    from ... import source

    for number, item in enumerate(block.achievements, 1):
        if item.image_src and not item.image_alt.strip():
            c.add("warning", f"{where}: achievement {number} ({item.title!r}) has an image "
                             "without alt text", source.child(source.child(node, "content"),
                                                              "text"))


def summary(block: MarkdownBlock) -> list[str]:
    return [f"{number}. {item.title}" + (f" [{item.image_src}]" if item.image_src else "")
            for number, item in enumerate(block.achievements, 1)]


register(BlockType("markdown", MarkdownBlock, SCHEMA, Path(__file__).parent, render=render,
                   check=check, summary=summary))
