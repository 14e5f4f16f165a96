"""`cta-button-list` (blox-tailwind v0.3.1 `layouts/partials/blox/cta-button-list.html`): a
column of wide grey link buttons, as on a link-in-bio page, each an optional icon at its left
and its text (Markdown) centred; every button opens in a new tab, whatever its URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..markdown import as_text
from ..parts import href, items, markdownify
from ..schema import LIST, Option, Schema

SCHEMA = Schema(content={"buttons": Option(LIST)})


@dataclass(eq=False)
class CtaButtonListBlock(Block):
    buttons: Any = key("content", "buttons")


def render(ctx, block: CtaButtonListBlock, index: int, section_id: str):
    buttons = []
    for button in items(block.data.get("content"), "buttons"):
        icon = button.get("icon")
        buttons.append({"href": href(ctx, button.get("url")),
                        "icon": (ctx.icon(str(icon)) or Markup("")) if icon else "",
                        "text": markdownify(ctx, button.get("text"), emoji=True)})
    return ctx.render("cta-button-list/block.html", id=section_id, buttons=buttons)


def summary(block: CtaButtonListBlock) -> list[str]:
    texts = [" ".join(as_text(b.get("text")).split())
             for b in items(block.data.get("content"), "buttons")]
    return [f"buttons: {', '.join(texts)}"] if texts else []


register(BlockType("cta-button-list", CtaButtonListBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))

__all__ = ["SCHEMA", "CtaButtonListBlock"]
