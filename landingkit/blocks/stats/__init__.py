"""`stats` (blox-tailwind v0.3.1 `layouts/partials/blox/stats.html`): a title (and, under a
title only, a text) above three columns of figures, each a `statistic` in large bold type
over its `description`, a rule between them from md.

From blox-tailwind v0.10.0 (`blox/stats/block.html`, read by a site whose go.mod names it)
the title and the text stand over the figures as `design.layout` lays them out: `cards` (the
default: a white card each, an optional `icon` in a primary badge and a `sub_metric` under
the description), `compact` (one card, divided) or any other value, `minimal` (no cards).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...config import tailwind_since
from ...model import Block, key
from .. import BlockType, register
from ..markdown import as_text
from ..parts import dig, items, render_string
from ..schema import LIST, TEXT, Option, Schema

SCHEMA = Schema(content={"title": Option(TEXT), "text": Option(TEXT), "items": Option(LIST)})


@dataclass(eq=False)
class StatsBlock(Block):
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    items: Any = key("content", "items")


def render(ctx, block: StatsBlock, index: int, section_id: str):
    content = block.data.get("content")
    listed = items(content, "items")
    figures = [{"statistic": render_string(ctx, block, index,
                                           ("content", "items", n, "statistic"),
                                           item.get("statistic")),
                "description": render_string(ctx, block, index,
                                             ("content", "items", n, "description"),
                                             item.get("description")),
                "rule": n + 1 != len(listed)}
               for n, item in enumerate(listed)]
    title = render_string(ctx, block, index, ("content", "title"), dig(content, "title"))
    if tailwind_since(getattr(ctx.page.site, "config", None), (0, 10)):
        layout = as_text(dig(block.data, "design", "layout")).strip() or "cards"
        for figure, item in zip(figures, listed):
            icon = as_text(item.get("icon")).strip()
            figure["icon"] = (ctx.icon(icon) or Markup("")) if icon else None
            figure["sub"] = as_text(item.get("sub_metric")).strip()
        return ctx.render(
            "stats/cards.html", id=section_id, title=title, items=figures,
            layout=layout if layout in ("cards", "compact") else "minimal",
            text=render_string(ctx, block, index, ("content", "text"), dig(content, "text")))
    return ctx.render(
        "stats/block.html", id=section_id, title=title, items=figures,
        text=render_string(ctx, block, index, ("content", "text"), dig(content, "text"))
        if title else "")


def summary(block: StatsBlock) -> list[str]:
    shown = [f"{as_text(i.get('statistic')).strip()} {as_text(i.get('description')).strip()}"
             for i in items(block.data.get("content"), "items")]
    return [f"stats: {', '.join(shown)}"] if shown else []


register(BlockType("stats", StatsBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "StatsBlock"]
