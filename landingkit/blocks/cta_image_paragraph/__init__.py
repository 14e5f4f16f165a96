"""`cta-image-paragraph` (blox-tailwind v0.3.1
`layouts/partials/blox/cta-image-paragraph.html`): items, each an image from assets/media/
beside its title, text, a list of `features` (each behind `feature_icon`, `check` by
default) and a `button` (Font Awesome's arrow-right after it, where the theme draws an arrow
of its own); from md the image and the words side by side, the image on the right of the
first item, the third, ... (`modBool $idx 2`) and on the left of the others.

An image that is not in assets/media/ stops Hugo (`errorf`): `check` and the preview call it
an error (an export says so), and the preview draws the item without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..markdown import as_text
from ..parts import href, in_media, items, markdownify, media, render_string
from ..schema import LIST, Option, Schema

SCHEMA = Schema(content={"items": Option(LIST)})


@dataclass(eq=False)
class CtaImageParagraphBlock(Block):
    items: Any = key("content", "items")


def render(ctx, block: CtaImageParagraphBlock, index: int, section_id: str):
    drawn = []
    for number, item in enumerate(items(block.data.get("content"), "items")):
        at = ("content", "items", number)
        title = render_string(ctx, block, index, (*at, "title"), item.get("title"))
        icon = as_text(item.get("feature_icon")).strip() or "check"
        features = item.get("features")
        button = item.get("button")
        drawn.append({
            "title": title, "alt": Markup(title).striptags(),
            "text": render_string(ctx, block, index, (*at, "text"), item.get("text")),
            "image": _image(ctx, block, index, item.get("image"), number),
            "image_last": number % 2 == 0,
            "icon": ctx.icon(icon) or Markup(""),
            "features": [markdownify(ctx, f) for f in features]
            if isinstance(features, list) else [],
            "button": {"text": as_text(button.get("text")), "href": href(ctx, button.get("url"))}
            if isinstance(button, dict) and button else None})
    arrow = ctx.icon("fas/arrow-right") if any(item["button"] for item in drawn) else ""
    return ctx.render("cta-image-paragraph/block.html", id=section_id, items=drawn,
                      arrow=arrow)


def _image(ctx, block, index: int, name: Any, number: int) -> str | None:
    """The item's image, or None: missing, it is the error `check` reports, at its line."""
    where = f"sections[{index}].content.items[{number}].image"
    if not in_media(ctx.page.site, name):
        if ctx.page.site is not None:
            ctx.report_at(block, ("content", "items", number, "image"), _missing(where, name),
                          level="error")
        return None
    return media(ctx, block, name, where, keys=("content", "items", number, "image"))


def _missing(where: str, name: Any) -> str:
    return f"{where}: {as_text(name)!r} is not in assets/media/; Hugo stops on it"


def check(c, site, page, block, node, where: str, selection: bool) -> None:
    """Hugo's `errorf` for an image that is not in assets/media/, at its line."""
    from ... import source

    listed = source.child(source.child(node, "content"), "items")
    for number, item in enumerate(items(block.data.get("content"), "items")):
        if not in_media(site, item.get("image")):
            item_node = listed.value[number] if listed is not None else None
            c.add("error", _missing(f"{where}.content.items[{number}].image", item.get("image")),
                  source.child(item_node, "image") or item_node or node)


def summary(block: CtaImageParagraphBlock) -> list[str]:
    titles = [" ".join(as_text(i.get("title")).split())
              for i in items(block.data.get("content"), "items")]
    return [f"items: {', '.join(titles)}"] if titles else []


register(BlockType("cta-image-paragraph", CtaImageParagraphBlock, SCHEMA, Path(__file__).parent,
                   render=render, check=check, summary=summary))

__all__ = ["SCHEMA", "CtaImageParagraphBlock"]
