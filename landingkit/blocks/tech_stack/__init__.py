"""`tech-stack`, the 2026 kit's (HugoBlox/kit f107371d `modules/blox/blox/tech-stack/
block.html`): a heading (`title`, `subtitle`, `emojify | RenderString`), then the
`categories`, each its `name` between two short rules over its `items` as tiles (the icon,
the name and, with `design.show_levels`, a bar of the `level`: expert, advanced,
intermediate, beginner), or with `design.style: list` every item of every category as one
row of pills. An item without a name, and a category without items, is not drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...groups import _bool
from ...model import Block, key
from .. import BlockType, register
from ..kitparts import text
from ..parts import render_string
from ..schema import ANY, SWITCH, TEXT, Option, Schema

#: a level's bar: (width, colour class)
LEVELS = {"expert": ("100%", "expert"), "advanced": ("75%", "advanced"),
          "intermediate": ("50%", "intermediate"), "beginner": ("25%", "beginner")}
#: icons the kit inverts in the dark (`in $icon_name .`: any icon whose name holds one)
DARK_ICONS = ("express", "vercel", "github", "nextjs")
SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT),
             "categories": Option(ANY, doc="a list of categories (one mapping is one)")},
    design={"style": Option(TEXT, default="grid", choices=(("Grid (default)", ""),
                                                           ("List", "list"))),
            "show_levels": Option(SWITCH, default=False,
                                  read=lambda value: _bool(value, False)),
            "animations": Option(SWITCH, default=True, read=lambda value: _bool(value, True))},
)


@dataclass(eq=False)
class TechStackBlock(Block):
    title: str | None = key("content", "title")
    categories: Any = key("content", "categories")


def _listed(value: Any) -> list:
    """A list as it is, one mapping as a list of it (`reflect.IsSlice` / `IsMap`)."""
    return value if isinstance(value, list) else [value] if isinstance(value, dict) and value \
        else []


def categories(block: Block) -> list[dict]:
    """The categories drawn, each {name, items: [{name, icon, level}]}."""
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    found = []
    for category in _listed(content.get("categories")):
        if not isinstance(category, dict):
            continue
        items = [{"name": text(i.get("name")).strip(), "icon": text(i.get("icon")).strip(),
                  "level": text(i.get("level")).strip().lower()}
                 for i in _listed(category.get("items")) if isinstance(i, dict)]
        items = [i for i in items if i["name"]]
        if items:
            found.append({"name": text(category.get("name")).strip(), "items": items})
    return found


def render(ctx, block: TechStackBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    style = design.get("style")
    style = style.strip().lower() if isinstance(style, str) else "grid"
    drawn = categories(block)
    for category in drawn:
        for item in category["items"]:
            item["svg"] = ctx.icon(item["icon"]) if item["icon"] else None
            item["invert"] = any(name in item["icon"] for name in DARK_ICONS)
            item["bar"] = LEVELS.get(item["level"], ("0%", "none"))

    def heading(name: str):
        value = text(content.get(name)).strip() if content.get(name) else ""
        return render_string(ctx, block, index, ("content", name), value) if value else ""

    return ctx.render(
        "tech-stack/block.html", id=section_id, categories=drawn,
        style="list" if style == "list" else "grid", title=heading("title"),
        subtitle=heading("subtitle"), show_levels=_bool(design.get("show_levels"), False))


def summary(block: TechStackBlock) -> list[str]:
    names = [i["name"] for c in categories(block) for i in c["items"]]
    return [f"tools: {', '.join(names)}"] if names else []


register(BlockType("tech-stack", TechStackBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))

__all__ = ["SCHEMA", "TechStackBlock"]
