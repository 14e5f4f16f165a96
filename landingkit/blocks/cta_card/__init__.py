"""`cta-card` (blox-tailwind v0.3.1 `layouts/partials/blox/cta-card.html`): a rounded card,
black unless `design.card.css_class` says otherwise, holding the title, the text and a
`button` (its text as written, its URL as written).

`design.card.css_class` is a list of Tailwind classes; a background colour among them
(`bg-black`, `bg-white`, `bg-primary-300` in the site's colour theme, `bg-gray-100`,
`dark:bg-primary-700` in the dark, ...: theme.background_classes) is drawn, the others are
kept on the card for the site's own stylesheet. `design.card.css_style` is the card's `style`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from ...theme import background_classes
from .. import BlockType, register
from ..markdown import as_text
from ..parts import dig, href, render_string
from ..schema import MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "text": Option(TEXT),
             "button": Option(MAP, keys={"text": Option(TEXT), "url": Option(TEXT)})},
    design={"card": Option(MAP, keys={"css_class": Option(TEXT), "css_style": Option(TEXT)})})

@dataclass(eq=False)
class CtaCardBlock(Block):
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    button: Any = key("content", "button")


def render(ctx, block: CtaCardBlock, index: int, section_id: str):
    content = block.data.get("content")
    css_class = as_text(dig(block.data, "design", "card", "css_class")).strip()
    css_style = as_text(dig(block.data, "design", "card", "css_style")).strip()
    colour = background_classes(css_class.split())[0]
    if colour:
        css_style = f"background-color:{colour};{css_style}"
    button = dig(content, "button")
    return ctx.render(
        "cta-card/block.html", id=section_id, css_class=css_class, style=css_style,
        title=render_string(ctx, block, index, ("content", "title"), dig(content, "title")),
        text=render_string(ctx, block, index, ("content", "text"), dig(content, "text")),
        button={"text": as_text(button.get("text")), "href": href(ctx, button.get("url"))}
        if isinstance(button, dict) and button else None)


def summary(block: CtaCardBlock) -> list[str]:
    text = " ".join(as_text(dig(block.button, "text")).split())
    return [f"button: {text}"] if text else []


register(BlockType("cta-card", CtaCardBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "CtaCardBlock"]
