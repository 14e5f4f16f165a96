"""`faq`, the 2026 kit's Preact block (HugoBlox/kit f107371d `modules/blox/blox/faq/
component.jsx`), drawn as the page shows it once the component has run, every answer
closed; each question is a `<details>` whose summary opens it, with no script.

A heading (`subtitle` small and upper-case over the `title`), the `text`, then a panel of
the `items`, each its `question` (else `title`) and `answer` (else `text`), and the
`button` (`text`, `url`, `icon`). Texts go through the component's `renderInline` (bold,
italic, code, links) and `renderRich` (paragraphs at blank lines), not Markdown.

On a blox-tailwind site (v0.10.0 `blox/faq/block.html`, an Alpine accordion, every item
closed until clicked): the `title` (and under it the `subtitle`), the `text`, each
`question` and `answer` (`markdownify | emojify`) in its own bordered box, and the `button`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import external, href, inline, rich, text
from ..schema import LIST, MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
             "items": Option(LIST, doc="question and answer (or title and text) of each"),
             "button": Option(MAP, keys={"text": Option(TEXT), "url": Option(TEXT),
                                         "icon": Option(TEXT)})},
)


@dataclass(eq=False)
class FaqBlock(Block):
    title: str | None = key("content", "title")
    items: Any = key("content", "items")


def _first(item: dict, *names: str) -> Any:
    """`item.a ?? item.b ?? ""`: the first key that is set (an empty string is set)."""
    for name in names:
        if item.get(name) is not None:
            return item[name]
    return ""


def render(ctx, block: FaqBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    site = ctx.page.site
    if site is not None and site.config.theme == "blox-tailwind":
        return _tailwind(ctx, section_id, content)
    listed = content.get("items") if isinstance(content.get("items"), list) else []
    entries = [{"question": inline(ctx, _first(item, "question", "title"), links=True),
                "answer": rich(ctx, _first(item, "answer", "text"))}
               for item in listed if isinstance(item, dict)]
    button = content.get("button") if isinstance(content.get("button"), dict) else {}
    action = None
    if button.get("text") and button.get("url"):
        icon = button.get("icon")
        action = {"text": text(button["text"]), "href": href(ctx, button["url"]),
                  "new_tab": external(button["url"]),
                  "icon": ctx.icon(text(icon)) if icon else None}
    return ctx.render(
        "faq/block.html", id=section_id, items=entries, button=action,
        title=inline(ctx, content.get("title"), links=True),
        subtitle=text(content.get("subtitle")), text=rich(ctx, content.get("text")))


def _tailwind(ctx, section_id: str, content: dict):
    """blox-tailwind v0.10.0's faq: Markdown (markdownify, emojify), the Alpine accordion
    drawn closed as `<details>`."""
    from ..parts import markdownify

    listed = content.get("items") if isinstance(content.get("items"), list) else []
    button = content.get("button") if isinstance(content.get("button"), dict) else None
    icon = button.get("icon") if button else None
    return ctx.render(
        "faq/tailwind.html", id=section_id,
        title=markdownify(ctx, content.get("title"), emoji=True),
        subtitle=markdownify(ctx, content.get("subtitle"), emoji=True),
        text=markdownify(ctx, content.get("text"), emoji=True),
        items=[{"question": markdownify(ctx, item.get("question"), emoji=True),
                "answer": markdownify(ctx, item.get("answer"), emoji=True)}
               for item in listed if isinstance(item, dict)],
        button={"text": text(button.get("text")), "href": href(ctx, button.get("url")),
                "icon": ctx.icon(text(icon)) if icon else None} if button else None)


def summary(block: FaqBlock) -> list[str]:
    listed = block.items if isinstance(block.items, list) else []
    return [f"questions: {len([i for i in listed if isinstance(i, dict)])}"] if listed else []


register(BlockType("faq", FaqBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "FaqBlock"]
