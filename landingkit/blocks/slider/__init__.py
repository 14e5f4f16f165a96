"""`slider`: slides of a title, text and a button over a background, as blox-bootstrap v5.9.7
(`blocks/slider.html`) and Wowchemy draw each one.

The theme shows one slide at a time and turns them with a script (Bootstrap's carousel). A page
that runs no script shows every slide, one under the other, each as the theme draws it: its
background (`background.color`, the `gradient_start`/`gradient_end` at `gradient_angle`, the
`image.filename` from assets/media/ at `image.position` and `image.size`, darkened by
`image.filters.brightness`), the title (markdownify), the text (RenderString), the link's
button with its icon, aligned by `align` (left); `design.slide_height` and `is_fullscreen`
set each slide's height. The carousel's indicators and arrows, which only a script works,
are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..layout import dig, link, render_string
from ..parts import media
from ..schema import ANY, BOOL, LIST, TEXT, Option, Schema

SCHEMA = Schema(
    content={"slides": Option(LIST)},
    design={"slide_height": Option(TEXT), "is_fullscreen": Option(BOOL),
            "loop": Option(BOOL, default=True), "interval": Option(ANY, default=3000)},
)
#: a CSS value the theme writes into a style attribute: colours, lengths, positions; never a
#: function that fetches (url, image-set) nor a second declaration
_CSS_VALUE = re.compile(r"^[#%.,()\w\s/+-]*$")
_ALIGN = ("left", "center", "right")


@dataclass(eq=False)
class SliderBlock(Block):
    slides: list | None = key("content", "slides")


@dataclass(frozen=True)
class Slide:
    style: str  # its background and height
    shade: str  # the brightness filter over its image
    align: str
    title: Markup
    text: Markup | str
    button: dict | None


def css_value(value: Any) -> str | None:
    text = str(value).strip() if value not in (None, "", False) else ""
    if not text or not _CSS_VALUE.match(text) or re.search(r"url|image|expression", text, re.I):
        return None
    return text


def slide(ctx, block: SliderBlock, index: int, item: dict) -> Slide:
    from ...markdown import emojify

    bg = item.get("background") if isinstance(item.get("background"), dict) else {}
    style = []
    height = css_value(dig(block.data, "design", "slide_height"))
    if height:
        style.append(f"height:{height}")
    color = css_value(bg.get("color"))
    if color:
        style.append(f"background-color:{color}")
    start, end = css_value(bg.get("gradient_start")), css_value(bg.get("gradient_end"))
    if start and end:
        angle = css_value(bg.get("gradient_angle")) or "90"
        style.append(f"background-image:linear-gradient({angle}deg,{start},{end})")
    shade = ""
    image = bg.get("image") if isinstance(bg.get("image"), dict) else {}
    url = media(ctx, block, image.get("filename"), "slider background image",
                gone="Hugo stops the build on it, none is shown")
    if url:
        position = css_value(image.get("position")) or "center"
        size = css_value(image.get("size")) or "cover"
        style.append(f"background-image:url('{url}');background-repeat:no-repeat;"
                     f"background-position:{position};background-size:{size}")
        brightness = css_value(dig(image, "filters", "brightness"))
        if brightness:
            shade = f"-webkit-backdrop-filter:brightness({brightness});" \
                    f"backdrop-filter:brightness({brightness})"
    align = str(item.get("align") or "left").lower()
    title = item.get("title")
    button = None
    target = item.get("link") if isinstance(item.get("link"), dict) else {}
    if target.get("url") not in (None, "", False):
        href, _ = link(ctx, str(target["url"]))
        pack = str(target.get("icon_pack") or "fas")
        icon = ctx.icon(f"{pack}/{target['icon']}") if target.get("icon") else None
        words = target.get("text")
        button = {"href": href, "icon": icon,
                  "html": ctx.inline_html(emojify(str(words))) if words else Markup("")}
    return Slide(";".join(style), shade, align if align in _ALIGN else "left",
                 ctx.inline_html(emojify(str(title))) if title not in (None, "") else Markup(""),
                 render_string(ctx, block, index, item.get("content")), button)


def render(ctx, block: SliderBlock, index: int, section_id: str):
    items = block.slides if isinstance(block.slides, list) else []
    slides = [slide(ctx, block, index, item) for item in items if isinstance(item, dict)]
    return ctx.render("slider/block.html", id=section_id, slides=slides,
                      fullscreen=dig(block.data, "design", "is_fullscreen") is True)


def summary(block: SliderBlock) -> list[str]:
    items = block.slides if isinstance(block.slides, list) else []
    return [f"slide: {' '.join(str(item.get('title') or '').split())}"
            for item in items if isinstance(item, dict)]


register(BlockType("slider", SliderBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "SliderBlock"]
