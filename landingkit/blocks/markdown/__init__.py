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
    """`markdown`: a title and a text, the text readable as achievements."""

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
    from ...render import site_look

    if site_look(ctx.page.site)[0] == "bootstrap":
        return render_bootstrap(ctx, block, index, section_id)
    return ctx.render("markdown/block.html", id=section_id, title=ctx.title_html(block, index),
                      text=ctx.text_html(block, index))


def render_bootstrap(ctx, block: MarkdownBlock, index: int, section_id: str):
    """blox-bootstrap v5.9.7 `blocks/markdown.html` in the section of `parse_block_v2.html`:
    the title and subtitle above the text (`design.columns` "1", the default) or beside it,
    the text in the whole row, or two thirds of it when the columns are not "1" (a number 2
    too: `ne $columns "1"`)."""
    from ..layout import columns, heading

    shown = heading(ctx, block)
    shown["wide"] = columns(block, "1") != "1"
    return ctx.render("markdown/bootstrap.html", id=section_id, **shown,
                      text=ctx.text_html(block, index))


def check(c, site, page, block: MarkdownBlock, node, where: str, selection: bool) -> None:
    from ... import source

    text = source.child(source.child(node, "content"), "text")
    check_shortcodes(c, site, page, block, text, f"{where}.content.text")
    if not c.warnings:
        return  # the rest only warns, and parses the achievements
    for number, item in enumerate(block.achievements, 1):
        if item.image_src and not item.image_alt.strip():
            c.add("warning", f"{where}: achievement {number} ({item.title!r}) has an image "
                             "without alt text", text)


def check_shortcodes(c, site, page, block: MarkdownBlock, node, where: str) -> None:
    """A shortcode Hugo does not find, or cannot read, stops its build: an error, at its line
    (when the text is a block scalar, whose lines are the file's). So does the theme's
    `video` of a local file that is neither in the page's folder nor in assets/media/, and
    a `ref` or `relref` to a page Hugo does not find."""
    if "{{" not in block.text:
        return  # no shortcode
    from ... import shortcodes
    from ...errors import Problem

    known = shortcodes.defined(site)
    for code in shortcodes.find(block.text):
        why = code.problem
        if why is None and known is not None and code.name not in known:
            why = (f"the shortcode {code.name!r} is not defined by the theme, the site or "
                   "Hugo; Hugo stops the build on it")
        if why is None and code.name == "video" and (known is None or "video" in known):
            src = code.get("src")
            if not src.startswith("http") and not any(
                    (folder / src).is_file() for folder in
                    (Path(page.path).parent, Path(site.folder) / "assets" / "media")):
                why = (f"video: {src!r} is neither in the page's folder nor in assets/media/; "
                       "the theme's video shortcode stops Hugo's build on it")
        if (why is None and code.name in ("ref", "relref")
                and shortcodes.reference(code, site, page) is None):
            why = (f"{code.name}: no page {code.get(0) or code.get('path')!r} "
                   "(REF_NOT_FOUND); Hugo stops the build on it")
        if why is None:
            continue
        line = None
        if (getattr(node, "id", None) == "scalar" and node.value == block.text
                and node.style in ("|", ">")):
            line = c.src.line(node) + 1 + code.line
        c.problems.append(Problem(c.src.path, line or (c.src.line(node) if node else None),
                                  "error", f"{where}: {why}"))


def summary(block: MarkdownBlock) -> list[str]:
    return [f"{number}. {item.title}" + (f" [{item.image_src}]" if item.image_src else "")
            for number, item in enumerate(block.achievements, 1)]


register(BlockType("markdown", MarkdownBlock, SCHEMA, Path(__file__).parent, render=render,
                   check=check, summary=summary))
