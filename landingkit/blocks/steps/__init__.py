"""`steps`, the 2026 kit's Preact block (HugoBlox/kit f107371d `modules/blox/blox/steps/
component.jsx`, its icons and images resolved by `layouts/_partials/blox/
preact-wrapper.html`), drawn as the page shows it once the component has run and every
step has faded in.

A heading (`subtitle` small and upper-case, `title`, `text`), then the `content.items`
(else `content.steps`) in a `design.layout`: `vertical` (the default, and any other value),
markers down a connecting line with each step's `date`, `badge`, `title`, `text`, `image`
and `cta` beside them; `horizontal`, markers along a line over the steps' words from 640 px
(stacked below it); `timeline`, cards either side of a line from 768 px. A marker is the
step's number (`design.numbering`: decimal, roman, alpha, padded), its `icon`
(`design.marker_style: icon`) or a dot (`dot`); `design.connector` is `line`, `dashed` or
`none`. Texts go through the component's `renderText` (bold, italic, code), not Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import external, href, image, inline, text
from ..schema import LIST, TEXT, Option, Schema

LAYOUTS = ("vertical", "horizontal", "timeline")
WIDTHS = {"horizontal": "wide", "timeline": "mid"}  # max-w-5xl, 4xl; 2xl otherwise
SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
             "items": Option(LIST, doc="the steps: title, text, icon, badge, date, image, cta"),
             "steps": Option(LIST, doc="the steps, when there are no items (no images)")},
    design={"layout": Option(TEXT, default="vertical", choices=(
                ("Vertical (default)", ""), ("Horizontal", "horizontal"),
                ("Timeline", "timeline"))),
            "marker_style": Option(TEXT, default="number", choices=(
                ("Number (default)", ""), ("Icon", "icon"), ("Dot", "dot"))),
            "numbering": Option(TEXT, default="decimal", choices=(
                ("1, 2, 3 (default)", ""), ("I, II, III", "roman"), ("A, B, C", "alpha"),
                ("01, 02, 03", "padded"))),
            "connector": Option(TEXT, default="line", choices=(
                ("Line (default)", ""), ("Dashed", "dashed"), ("None", "none")))},
)
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@dataclass(eq=False)
class StepsBlock(Block):
    title: str | None = key("content", "title")
    items: Any = key("content", "items")


def label(index: int, numbering: Any) -> str:
    """The component's `markerLabel`: the step's number as `numbering` writes it."""
    n = index + 1
    if numbering == "roman":
        out = ""
        for value, symbol in _ROMAN:
            while n >= value:
                out, n = out + symbol, n - value
        return out
    if numbering == "alpha":
        return chr(64 + n)
    if numbering == "padded":
        return f"{n:02d}"
    return str(n)


def _or(value: Any, default: str) -> Any:
    return value if value not in (None, "", 0, False) else default


def render(ctx, block: StepsBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    key_name = "items" if isinstance(content.get("items"), list) else "steps"
    listed = content.get(key_name) if isinstance(content.get(key_name), list) else []
    layout = _or(design.get("layout"), "vertical")
    layout = layout if layout in LAYOUTS else "vertical"
    marker_style = _or(design.get("marker_style"), "number")
    numbering = _or(design.get("numbering"), "decimal")
    drawn = []
    for n, step in enumerate(listed):
        step = step if isinstance(step, dict) else {}
        cta = step.get("cta") if isinstance(step.get("cta"), dict) else {}
        picture = None
        if key_name == "items" and step.get("image") and layout != "horizontal":
            picture = image(ctx, block, step["image"],
                            f"sections[{index}].content.items[{n}].image")
        icon = step.get("icon")
        drawn.append({
            "label": label(n, numbering), "icon": ctx.icon(text(icon)) if icon else None,
            "title": inline(ctx, step.get("title")), "alt": text(step.get("title")),
            "text": inline(ctx, step.get("text")),
            "badge": text(step.get("badge")), "date": text(step.get("date")),
            "image": picture,
            "cta": {"text": text(cta["text"]), "href": href(ctx, cta["url"]),
                    "new_tab": external(cta["url"])}
            if cta.get("text") and cta.get("url") else None})
    return ctx.render(
        "steps/block.html", id=section_id, layout=layout, steps=drawn,
        width=WIDTHS.get(layout, "narrow"), centered=layout in WIDTHS,
        marker_style=marker_style, connector=_or(design.get("connector"), "line"),
        subtitle=text(content.get("subtitle")), title=inline(ctx, content.get("title")),
        text=inline(ctx, content.get("text")))


def summary(block: StepsBlock) -> list[str]:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    listed = content.get("items") if isinstance(content.get("items"), list) else \
        content.get("steps") if isinstance(content.get("steps"), list) else []
    titles = [text(s.get("title")) for s in listed if isinstance(s, dict) and s.get("title")]
    return [f"steps: {', '.join(titles)}"] if titles else []


register(BlockType("steps", StepsBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "StepsBlock", "label"]
