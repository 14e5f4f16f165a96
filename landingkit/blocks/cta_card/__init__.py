"""`cta-card` (blox-tailwind v0.3.1 `layouts/partials/blox/cta-card.html`): a rounded card,
black unless `design.card.css_class` says otherwise, holding the title, the text and a
`button` (its text as written, its URL as written).

`design.card.css_class` is a list of Tailwind classes; a background colour among them
(`bg-black`, `bg-white`, `bg-primary-700`, `bg-gray-100`, ...) is drawn, the others are kept
on the card for the site's own stylesheet. `design.card.css_style` is the card's `style`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..markdown import as_text
from ..parts import dig, href, render_string
from ..schema import MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "text": Option(TEXT),
             "button": Option(MAP, keys={"text": Option(TEXT), "url": Option(TEXT)})},
    design={"card": Option(MAP, keys={"css_class": Option(TEXT), "css_style": Option(TEXT)})})

#: Tailwind's palettes the theme's classes name (primary: the default `blue` colour theme;
#: secondary: zinc, the theme's css/main.css)
_SHADES = (50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950)
_PALETTES = {
    "primary": ("#eff6ff", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6", "#2563eb",
                "#1d4ed8", "#1e40af", "#1e3a8a", "#172554"),
    "secondary": ("#fafafa", "#f4f4f5", "#e4e4e7", "#d4d4d8", "#a1a1aa", "#71717a", "#52525b",
                  "#3f3f46", "#27272a", "#18181b", "#09090b"),
    "gray": ("#f9fafb", "#f3f4f6", "#e5e7eb", "#d1d5db", "#9ca3af", "#6b7280", "#4b5563",
             "#374151", "#1f2937", "#111827", "#030712"),
}
_BACKGROUND = re.compile(r"^bg-(?:(black|white)|(primary|secondary|gray)-(\d+))$")


@dataclass(eq=False)
class CtaCardBlock(Block):
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    button: Any = key("content", "button")


def background(css_class: str) -> str | None:
    """The colour of the first Tailwind background class among `css_class`, or None."""
    for name in css_class.split():
        found = _BACKGROUND.match(name)
        if found and found.group(1):
            return "#000000" if found.group(1) == "black" else "#ffffff"
        if found and int(found.group(3)) in _SHADES:
            return _PALETTES[found.group(2)][_SHADES.index(int(found.group(3)))]
    return None


def render(ctx, block: CtaCardBlock, index: int, section_id: str):
    content = block.data.get("content")
    css_class = as_text(dig(block.data, "design", "card", "css_class")).strip()
    css_style = as_text(dig(block.data, "design", "card", "css_style")).strip()
    colour = background(css_class) if css_class else None
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
