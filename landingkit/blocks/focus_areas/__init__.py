"""`focus-areas`, the 2026 kit's (HugoBlox/kit f107371d `modules/blox/blox/focus-areas/
block.html`) and, as `research-areas`, blox-tailwind v0.10.0's (`blox/research-areas/
block.html`, the same markup) and the kit's old name for it (`data/blox_aliases.yaml`).

A heading (`title`, `subtitle`, `text`, each `emojify | RenderString`) over the items in
one of three `design.layout`s: `cards` (the default; any other value is it too), a grid of
one, two (md) and three (lg) columns, each card an image band (the item's `image` filled in,
else its `icon` large and white, over its `gradient`), a `status` badge, the `name` (linked,
with an arrow, to its `url`), the `description`, the first three `topics` and "+N more", up
to three `metrics` (or, without them, ones made from `team_size`, `publications` and
`funding`) and its `cta`; `hexagon`, octagons of the name and the description cut at 60;
`timeline`, cards either side of a line. Then the block's own `cta`. An item without a name
and a description is not drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import image, link, text
from ..parts import render_string
from ..schema import ANY, MAP, TEXT, Option, Schema

LAYOUTS = ("cards", "hexagon", "timeline")
_LINK = {"text": Option(TEXT), "url": Option(TEXT), "icon": Option(TEXT)}
SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
             "items": Option(ANY, doc="a list of areas (one mapping is one area)"),
             "cta": Option(MAP, keys=_LINK)},
    design={"layout": Option(TEXT, default="cards", choices=(
        ("Cards (default)", ""), ("Hexagon", "hexagon"), ("Timeline", "timeline")))},
)
#: the legacy keys a card's metrics are made of without `metrics`: (key, icon, label, cut)
_LEGACY = (("team_size", "hero/user-group", "team", " researchers"),
           ("publications", "hero/document-text", "papers", " papers"),
           ("funding", "hero/currency-dollar", "funding", None))
#: a status's colour class (others: none)
STATUS = ("active", "emerging", "planning")


@dataclass(eq=False)
class FocusAreasBlock(Block):
    title: str | None = key("content", "title")
    items: Any = key("content", "items")


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _trimmed(data: dict, name: str) -> str:
    """`with index . name` then `strings.TrimSpace (printf "%v" .)`."""
    return text(data.get(name)).strip()


def _topics(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [t for t in (text(v).strip() for v in raw) if t]
    if isinstance(raw, str) and raw.strip():
        raw = raw.strip()
        return [t.strip() for t in raw.split(",") if t.strip()] if "," in raw else [raw]
    return []


def _metrics(ctx, item: dict) -> list[dict]:
    metrics = []
    raw = item.get("metrics")
    for m in raw if isinstance(raw, list) else ():
        if isinstance(m, dict):
            value, label = _trimmed(m, "value"), _trimmed(m, "label")
            if value or label:
                metrics.append({"icon": _icon(ctx, text(m.get("icon"))), "value": value,
                                "label": label})
    if not metrics:
        for name, icon, label, cut in _LEGACY:
            value = _trimmed(item, name)
            if value:
                metrics.append({"icon": _icon(ctx, icon), "label": label,
                                "value": re.sub(cut, "", value) if cut else value})
    return metrics[:3]


def _icon(ctx, name: str) -> Markup | None:
    return ctx.icon(name) if name.strip() else None


def _action(ctx, data: Any) -> dict | None:
    """A `cta` with a `url`: its link (relLangURL, a new tab for http(s)), text and icon."""
    data = _mapping(data)
    url = _trimmed(data, "url")
    if not url:
        return None
    href, new_tab = link(ctx, url)
    return {"href": href, "new_tab": new_tab, "text": _trimmed(data, "text"),
            "icon": _icon(ctx, text(data.get("icon")))} if href else None


def _truncate(value: str, length: int) -> str:
    from ..collection.items import truncate  # Hugo's, written out once

    return truncate(value, length)


def _title_case(word: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in word.split(" "))


def render(ctx, block: FocusAreasBlock, index: int, section_id: str):
    content = _mapping(block.data.get("content"))
    design = _mapping(block.data.get("design"))
    layout = design.get("layout")
    layout = layout.strip().lower() if isinstance(layout, str) else "cards"
    layout = layout if layout in LAYOUTS else "cards"
    raw = content.get("items")
    raw = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) and raw else []
    drawn = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict):
            continue
        name, description = _trimmed(item, "name"), _trimmed(item, "description")
        if not (name or description):
            continue
        where = f"sections[{index}].content.items[{n}]"
        picture = _trimmed(item, "image")
        url = _trimmed(item, "url")
        status = _trimmed(item, "status").lower()
        drawn.append({
            "name": name, "full_description": description,
            "description": render_string(ctx, block, index, ("content", "items", n,
                                                             "description"), description),
            "short": _truncate(description, 60) if layout == "hexagon" else "",
            "image": image(ctx, block, picture, f"{where}.image") if picture else None,
            "icon": _icon(ctx, text(item.get("icon"))),
            "link": link(ctx, url) if url else None,
            "status": status, "status_text": _title_case(status),
            "status_colour": status if status in STATUS else "",
            "topics": _topics(item.get("topics")),
            "metrics": _metrics(ctx, item),
            "cta": _action(ctx, item.get("cta")),
        })
    cta = _action(ctx, content.get("cta"))
    return ctx.render(
        "focus-areas/block.html", id=section_id, layout=layout, items=drawn,
        title=_heading(ctx, block, index, content, "title"),
        subtitle=_heading(ctx, block, index, content, "subtitle"),
        text=_heading(ctx, block, index, content, "text"),
        cta=cta if cta and cta["text"] else None,
        outlink=ctx.icon("hero/arrow-top-right-on-square"), arrow=ctx.icon("hero/arrow-right"))


def _heading(ctx, block, index: int, content: dict, name: str) -> Markup:
    value = _trimmed(content, name) if content.get(name) else ""
    return render_string(ctx, block, index, ("content", name), value) if value else Markup("")


def summary(block: FocusAreasBlock) -> list[str]:
    raw = block.items if isinstance(block.items, list) else [block.items]
    names = [_trimmed(i, "name") for i in raw if isinstance(i, dict) and _trimmed(i, "name")]
    return [f"areas: {', '.join(names)}"] if names else []


register(BlockType("focus-areas", FocusAreasBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary, aliases=("research-areas",)))

__all__ = ["SCHEMA", "FocusAreasBlock"]
