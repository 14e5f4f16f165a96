"""`features` (Wowchemy's `featurette`): a title, a text and a grid of items, each an icon, a
name and a description.

blox-tailwind v0.3.1 (`layouts/partials/blox/features.html`): the title and text centred above
the items, one column, two from md, three from lg; an icon in a round primary badge.
blox-bootstrap v5.9.7 (`layouts/partials/blocks/features.html`) and Wowchemy v5.5.0 (the
`featurette` widget, `layouts/partials/widgets/featurette.html`, whose widget file holds
`title`, `subtitle` and a `feature` list at its top level and its text in its body): the
title and subtitle as the section heading, the text, then the items three abreast from sm,
each a Font Awesome icon (`icon_pack`, `fas` by default; `emoji`; `custom`:
assets/media/icons/<icon>.svg), the name and the description.
The 2026 kit (HugoBlox/kit f107371d `modules/blox/blox/features/component.jsx`, a Preact
block): an upper-case `subtitle` over the title and text, then the items in a `design.layout`:
`grid` (the default, and any other value: three columns from lg, two from md) or `bento`
(cards; the first one large, two columns wide from md and two rows high from lg, the others
packed around it). An item's icon sits in a rounded square (none when the icon is not
known), its name and description are the component's `renderText`; the large card shows the
item's `image` under its text, as the wrapper makes it (a 96 px square, an SVG or GIF as it
is).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..parts import bootstrap, dig, items, markdownify, media, render_string, widget_body
from ..schema import LIST, TEXT, Option, Schema

SCHEMA = Schema(content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
                         "items": Option(LIST)})


@dataclass(eq=False)
class FeaturesBlock(Block):
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    items: Any = key("content", "items")


def render(ctx, block: FeaturesBlock, index: int, section_id: str):
    from ...render import look_variant

    if bootstrap(ctx):
        return _featurette(ctx, block, index, section_id)
    if look_variant(ctx.page.site) == "kit":
        return _kit(ctx, block, index, section_id)
    content = block.data.get("content")
    drawn = []
    for number, item in enumerate(items(content, "items")):
        icon = item.get("icon")
        at = ("content", "items", number)
        drawn.append({
            "icon": (ctx.icon(str(icon)) or Markup("")) if icon else None,
            "name": render_string(ctx, block, index, (*at, "name"), item.get("name")),
            "description": render_string(ctx, block, index, (*at, "description"),
                                         item.get("description"))})
    return ctx.render(
        "features/block.html", id=section_id, items=drawn,
        title=render_string(ctx, block, index, ("content", "title"), dig(content, "title")),
        text=render_string(ctx, block, index, ("content", "text"), dig(content, "text")))


def _kit(ctx, block: FeaturesBlock, index: int, section_id: str):
    """The kit's component: its grid, or its bento of cards with the first one large."""
    from ..kitparts import inline, text, thumbnail

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    bento = design.get("layout") == "bento"
    listed = content.get("items") if isinstance(content.get("items"), list) else []
    drawn = []
    for number, item in enumerate(listed):
        item = item if isinstance(item, dict) else {}
        large = bento and number == 0
        picture = None
        if large and item.get("image"):
            picture = thumbnail(ctx, block, item.get("image"),
                                f"sections[{index}].content.items[{number}].image")
        drawn.append({"icon": ctx.icon(text(item.get("icon"))) if item.get("icon") else None,
                      "name": inline(ctx, item.get("name")), "large": large,
                      "description": inline(ctx, item.get("description")),
                      "image": picture, "alt": text(item.get("name"))})
    return ctx.render(
        "features/kit.html", id=section_id, items=drawn, bento=bento,
        subtitle=text(content.get("subtitle")), title=inline(ctx, content.get("title")),
        text=inline(ctx, content.get("text")))


def _featurette(ctx, block: FeaturesBlock, index: int, section_id: str):
    """blox-bootstrap's block, or Wowchemy's widget file (its keys at the top level)."""
    source = block.data if block.widget else block.data.get("content")
    listed = items(source, "feature" if block.widget else "items")
    drawn = []
    for item in listed:
        drawn.append({"icon": _icon(ctx, block, item),
                      "name": markdownify(ctx, item.get("name"), emoji=True),
                      "description": markdownify(ctx, item.get("description"), emoji=True)})
    title = markdownify(ctx, dig(source, "title"), emoji=True)
    if block.widget:  # the file's body, its `$page.Content` (a lone paragraph drawn without
        # its `<p>`, which looks the same: the paragraph's margins are 0 there)
        body = widget_body(ctx, block)
        text = ctx.text_html(block, index, text=body) if body.strip() else ""
    else:
        text = render_string(ctx, block, index, ("content", "text"), dig(source, "text"))
    return ctx.render("features/featurette.html", id=section_id, items=drawn, title=title,
                      subtitle=markdownify(ctx, dig(source, "subtitle"), emoji=True),
                      text=text)


def _icon(ctx, block, item: dict) -> Markup | None:
    """What `.featurette-icon` holds: Font Awesome's glyph, an emoji or a custom SVG."""
    from ...markdown import emojify
    from ..markdown import as_text

    icon = as_text(item.get("icon")).strip()
    if not icon:
        return None
    pack = as_text(item.get("icon_pack")).strip() or "fas"
    if pack == "emoji":
        return Markup.escape(emojify(icon))
    if pack == "custom":
        url = media(ctx, block, f"icons/{icon}.svg", f"feature icon {icon!r}")
        return Markup('<img src="{}" alt="{}" class="lk-featurette-svg">').format(url, icon) \
            if url else Markup("")
    return ctx.icon(f"{pack}/{icon}") or Markup("")


def summary(block: FeaturesBlock) -> list[str]:
    source = block.data if block.widget else block.data.get("content")
    names = [" ".join(str(item.get("name") or "").split())
             for item in items(source, "feature" if block.widget else "items")]
    return [f"items: {', '.join(names)}"] if names else []


register(BlockType("features", FeaturesBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary, aliases=("featurette",)))

__all__ = ["SCHEMA", "FeaturesBlock"]
