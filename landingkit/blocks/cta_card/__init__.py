"""`cta-card` (blox-tailwind v0.3.1 `layouts/partials/blox/cta-card.html`; from v0.8.0 and on
the kit the 2025 card, `modern`): a rounded card,
black unless `design.card.css_class` says otherwise, holding the title, the text and a
`button` (its text as written, its URL as written).

`design.card.css_class` is a list of Tailwind classes; a background colour among them
(`bg-black`, `bg-white`, `bg-primary-300` in the site's colour theme, `bg-gray-100`,
`dark:bg-primary-700` in the dark, ...: theme.background_classes) is drawn, the others are
kept on the card for the site's own stylesheet. `design.card.css_style` is the card's `style`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...config import tailwind_since
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


#: the Tailwind colour names whose card the kit gives light text (component.jsx's
#: `looksColored`): a saturated palette at shade 400 or more
_COLOURED = re.compile(r"\bbg-(?:primary|secondary|violet|indigo|blue|purple|pink|fuchsia|rose"
                       r"|red|orange|amber|emerald|teal|cyan|sky)-[4-9]\d{0,2}\b"
                       r"|\bfrom-(?:primary|secondary|violet|indigo|blue|purple|pink|fuchsia"
                       r"|rose|red|orange|amber|emerald|teal|cyan|sky)-[4-9]|bg-gradient")


def modern(site) -> bool:
    """Whether the site's theme draws the 2025 card (blox-tailwind v0.8.0 on,
    `blox/cta-card/block.html`, and the kit's `cta-card/component.jsx`): rounded-3xl with a
    large shadow, a bold title, light text and a pill button; before, the v0.3.1 card."""
    config = getattr(site, "config", None)
    if config is None:
        return False
    return config.theme == "kit" or tailwind_since(config, (0, 8))


def tone(block: CtaCardBlock, kit: bool) -> str:
    """The 2025 card's text colours, `design.card.text_color`: "light" (white), "dark" (dark
    in both schemes) or "auto", dark in the light scheme and white in the dark. Auto is
    light on a card that blox-tailwind sees as dark (`design.background.gradient.start`
    primary-7..9 or secondary-7..9) or, on the kit, on a saturated card class; the kit's
    "dark" follows the scheme as auto does."""
    mode = as_text(dig(block.data, "design", "card", "text_color")).strip().lower()
    if mode not in ("light", "dark"):
        start = as_text(dig(block.data, "design", "background", "gradient", "start"))
        dark_bg = start.startswith(tuple(f"{name}-{shade}" for name in ("primary", "secondary")
                                         for shade in (7, 8, 9)))
        css_class = as_text(dig(block.data, "design", "card", "css_class"))
        mode = "light" if dark_bg or (kit and _COLOURED.search(css_class)) else "auto"
    return "auto" if kit and mode == "dark" else mode


def render(ctx, block: CtaCardBlock, index: int, section_id: str):
    content = block.data.get("content")
    css_class = as_text(dig(block.data, "design", "card", "css_class")).strip()
    css_style = as_text(dig(block.data, "design", "card", "css_style")).strip()
    colour = background_classes(css_class.split())[0]
    if colour:
        css_style = f"background:{colour};{css_style}"
    site = ctx.page.site
    design = None
    if modern(site):
        kit = site.config.theme == "kit"
        design = {"tone": tone(block, kit), "plain": "lk-cta-card-gradient"}
    button = dig(content, "button")
    return ctx.render(
        "cta-card/block.html", id=section_id, css_class=css_class, style=css_style,
        design=design,
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
