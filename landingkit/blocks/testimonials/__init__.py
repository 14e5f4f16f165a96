"""`testimonials` (blox-tailwind v0.3.1 `layouts/partials/blox/testimonials.html`): a title
(and, under a title only, a text) above quotes, one under the other, each a quotation mark
(Font Awesome's quote-left where the theme draws its own),
the quote in quotes, and the person: a round portrait from assets/media/ (none when the file
is not there, as `with $image` draws none), the name and the role as written.

The 2026 kit (HugoBlox/kit f107371d `modules/blox/blox/testimonials/component.jsx`, a Preact
block): the title and text (either one) above; one item is a large card with a big
quotation mark behind the quote and a 56 px portrait, two or more are cards side by side (two
columns from sm, three from lg with three or more), each with a 40 px portrait. A portrait is
the item's `image` as the wrapper makes it (a 96 px square), else the name's first letter on
the primary-to-secondary gradient; texts are the component's `renderText`, in curly quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..markdown import as_text
from ..parts import dig, items, media, render_string
from ..schema import LIST, TEXT, Option, Schema

SCHEMA = Schema(content={"title": Option(TEXT), "text": Option(TEXT), "items": Option(LIST)})


@dataclass(eq=False)
class TestimonialsBlock(Block):
    __test__ = False  # not a test class, for pytest's collector

    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    items: Any = key("content", "items")


def render(ctx, block: TestimonialsBlock, index: int, section_id: str):
    from ...render import look_variant

    if look_variant(ctx.page.site) == "kit":
        return _kit(ctx, block, index, section_id)
    content = block.data.get("content")
    listed = items(content, "items")
    quotes = []
    for n, item in enumerate(listed):
        name = as_text(item.get("name"))
        quotes.append({
            "text": render_string(ctx, block, index, ("content", "items", n, "text"),
                                  item.get("text")),
            "image": media(ctx, block, item.get("image"),
                           f"sections[{index}].content.items[{n}].image", "avatar"),
            "name": name, "role": as_text(item.get("role")), "last": n + 1 == len(listed)})
    title = render_string(ctx, block, index, ("content", "title"), dig(content, "title"))
    return ctx.render(
        "testimonials/block.html", id=section_id, title=title, items=quotes,
        mark=ctx.icon("fas/quote-left") if quotes else "",
        text=render_string(ctx, block, index, ("content", "text"), dig(content, "text"))
        if title else "")


def _kit(ctx, block: TestimonialsBlock, index: int, section_id: str):
    """The kit's component: one featured card, or a grid of cards."""
    from ..kitparts import inline, text, thumbnail

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    listed = content.get("items") if isinstance(content.get("items"), list) else []
    quotes = []
    for n, item in enumerate(listed):
        item = item if isinstance(item, dict) else {}
        name = text(item.get("name"))
        picture = thumbnail(ctx, block, item.get("image"),
                            f"sections[{index}].content.items[{n}].image") \
            if item.get("image") else None
        quotes.append({"text": inline(ctx, item.get("text"), code="plain"), "name": name,
                       "role": text(item.get("role")), "image": picture,
                       "initial": name.strip()[:1].upper() or "?"})
    return ctx.render(
        "testimonials/kit.html", id=section_id, items=quotes,
        columns="one" if len(quotes) == 1 else "two" if len(quotes) == 2 else "many",
        title=inline(ctx, content.get("title"), code="plain"),
        text=inline(ctx, content.get("text"), code="plain"))


def summary(block: TestimonialsBlock) -> list[str]:
    names = [" ".join(as_text(i.get("name")).split())
             for i in items(block.data.get("content"), "items")]
    return [f"from: {', '.join(names)}"] if names else []


register(BlockType("testimonials", TestimonialsBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))

__all__ = ["SCHEMA", "TestimonialsBlock"]
