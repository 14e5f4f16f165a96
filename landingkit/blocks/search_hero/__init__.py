"""`search-hero`, a Go-template block of the 2026 kit (HugoBlox/kit f107371d
`modules/blox/blox/search-hero/block.html`) and of blox-tailwind (v0.10.0
`blox/search-hero/block.html`, the same markup): a help centre's heading over a search box.

A `badge` (`text`, Markdown, and a pulsing dot with `show_pulse`), the `title` (Markdown;
`==words==` in the primary's gradient), the `subtitle`, the search box with its
`search_placeholder` (default "Search for answers...") and a Search button, the
`suggestions` (a list, or one string) as buttons after "Popular:", then up to a row of
`stats` (`value`, `label`; a list, or one mapping). The block draws no section of its own:
the theme's section wrapper does (6rem above and below).

On the site the box and the suggestions open the theme's Pagefind search; an export runs
no script, so here they are drawn and do nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import coerce_bool, text
from ..schema import ANY, MAP, SWITCH, TEXT, Option, Schema

PLACEHOLDER = "Search for answers..."
_HIGHLIGHT = re.compile(r"==([^=]+)==")

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT),
             "badge": Option(MAP, keys={"text": Option(TEXT),
                                        "show_pulse": Option(SWITCH, default=False,
                                                             read=lambda value: False)}),
             "search_placeholder": Option(ANY, default=PLACEHOLDER,
                                          doc="a string; any other value shows the default"),
             "suggestions": Option(ANY, doc="the suggested searches: a list, or one string"),
             "stats": Option(ANY, doc="value and label of each: a list, or one mapping")},
)


@dataclass(eq=False)
class SearchHeroBlock(Block):
    title: str | None = key("content", "title")
    suggestions: Any = key("content", "suggestions")


def _trimmed(value: Any) -> str:
    """`strings.TrimSpace (printf "%v" .)` of a value that is set."""
    return text(value).strip()


def suggestions(content: dict) -> list[str]:
    """The suggestions the template keeps: a list's non-empty entries, or one string."""
    listed = content.get("suggestions")
    if isinstance(listed, list):
        return [s for s in (_trimmed(v) for v in listed if v is not None) if s]
    if isinstance(listed, str) and listed.strip():
        return [listed.strip()]
    return []


def stats(content: dict) -> list[dict]:
    """The stats the template keeps: mappings with a `value` or a `label`."""
    listed = content.get("stats")
    listed = listed if isinstance(listed, list) else [listed] if isinstance(listed, dict) else []
    found = []
    for item in listed:
        if isinstance(item, dict):
            value, label = _trimmed(item.get("value")), _trimmed(item.get("label"))
            if value or label:
                found.append({"value": value, "label": label})
    return found


def render(ctx, block: SearchHeroBlock, index: int, section_id: str):
    from markupsafe import Markup

    from ..parts import markdownify

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    badge = content.get("badge") if isinstance(content.get("badge"), dict) else {}
    # the template's `==words==` span, put in after Markdown (no Markdown syntax has `==`),
    # since the sanitiser keeps no class of the page's own in a text
    title = _HIGHLIGHT.sub(r'<span class="lk-sh-highlight">\1</span>',
                           str(markdownify(ctx, _trimmed(content.get("title")), emoji=True)))
    placeholder = content.get("search_placeholder")
    placeholder = placeholder.strip() if isinstance(placeholder, str) else ""
    return ctx.render(
        "search-hero/block.html", id=section_id,
        badge=markdownify(ctx, _trimmed(badge.get("text"))),
        pulse=coerce_bool(badge.get("show_pulse"), False),
        title=Markup(title),
        subtitle=markdownify(ctx, _trimmed(content.get("subtitle")), emoji=True),
        placeholder=placeholder or PLACEHOLDER, suggestions=suggestions(content),
        stats=stats(content))


def check(c, site, page, block, node, where: str, selection: bool) -> None:
    """Suggestions and stats of a kind the template leaves out, at their line."""
    from ... import source

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    here = source.child(node, "content")
    placeholder = content.get("search_placeholder")
    if placeholder is not None and not isinstance(placeholder, str):
        c.add("warning", f"{where}.content.search_placeholder: {placeholder!r} is not a string; "
              f"the theme shows {PLACEHOLDER!r}",
              source.child(here, "search_placeholder") or node)
    listed = content.get("suggestions")
    if listed is not None and not isinstance(listed, (list, str)):
        c.add("warning", f"{where}.content.suggestions: should be a list or a string; "
              "no suggestion is shown", source.child(here, "suggestions") or node)
    numbers = content.get("stats")
    if numbers is not None and not isinstance(numbers, (list, dict)):
        c.add("warning", f"{where}.content.stats: should be a list or a mapping; no stat is "
              "shown", source.child(here, "stats") or node)
    elif isinstance(numbers, list):
        spots = source.child(here, "stats")
        for number, item in enumerate(numbers):
            if not isinstance(item, dict):
                spot = spots.value[number] if getattr(spots, "id", None) == "sequence" else None
                c.add("warning", f"{where}.content.stats[{number}]: should be a mapping of "
                      "value and label; it is not shown", spot or node)


def summary(block: SearchHeroBlock) -> list[str]:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    found = suggestions(content)
    return [f"suggestions: {', '.join(found)}"] if found else []


register(BlockType("search-hero", SearchHeroBlock, SCHEMA, Path(__file__).parent,
                   render=render, check=check, summary=summary))

__all__ = ["SCHEMA", "SearchHeroBlock"]
