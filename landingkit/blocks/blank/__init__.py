"""`blank` (Wowchemy's `custom` too, which widget_page.html renames): a widget file's own
Markdown, as Wowchemy v5.5.0 `widgets/blank.html` draws it: the file's `$st.Content` in the
section's column, two thirds of the row unless `design.columns` is "1", the title and
subtitle beside it or above (`widget_page.html`, `templates/columns.html`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from ..schema import INT, Option, Schema

SCHEMA = Schema(content={}, design={"columns": Option(INT, default="2", choices=(
    ("2 (default)", ""), ("1", "1"), ("2", "2")))})


@dataclass(eq=False)
class BlankBlock(Block):
    """A widget file whose content is its Markdown body (the file's keys at the top)."""

    title: str | None = key("title")
    subtitle: str | None = key("subtitle")
    columns: str | int | None = key("design", "columns")


def render(ctx, block: BlankBlock, index: int, section_id: str):
    from ..layout import columns, heading, page_content

    shown = heading(ctx, block)
    # blank.html: `if ne $columns "1"`: col-lg-8 (a number 2 too), else the whole row
    shown["wide"] = columns(block, "2") != "1"
    return ctx.render("blank/block.html", id=section_id, **shown,
                      body=page_content(ctx, block, index))


def summary(block: BlankBlock) -> list[str]:
    return [str(block.subtitle)] if block.subtitle else []


register(BlockType("blank", BlankBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary, aliases=("custom",)))
