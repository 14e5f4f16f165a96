"""`help-categories`, a Go-template block of the 2026 kit (HugoBlox/kit f107371d
`modules/blox/blox/help-categories/block.html`), blox-tailwind's `knowledge-categories`
(v0.10.0 `blox/knowledge-categories/block.html`, the same markup): a help centre's topics
as cards.

A heading (`title`, `subtitle`, Markdown), then a card for each of the `categories` that
has pages or a `count`: its `icon` (`name`; `bg_color` and `text_color` are Tailwind
classes, written as classes), its `title` (else its `category`), `description`, how many
articles (the `count`, else the pages of the site's `categories` taxonomy with that term)
and "Browse →", linked to its `link` (else the term's page). Then `view_all` (`text`,
`link`). One column, two from 640 px, three from 1024 px, four from 1280 px. The block draws
its own `<section>` (padding `design.spacing.padding`, else 4rem 0) inside the theme's
wrapper, here a `<div>`, so that the page has one element of the id.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import coerce_int, link, section_padding, text
from ..schema import ANY, LIST, MAP, TEXT, WHOLE, Option, Schema

SCHEMA = Schema(
    content={"title": Option(ANY, doc="a string; any other value is not shown"),
             "subtitle": Option(ANY, doc="a string; any other value is not shown"),
             "categories": Option(LIST, doc="category (the taxonomy's term), title, "
                                            "description, icon, count and link of each"),
             "view_all": Option(MAP, keys={"text": Option(TEXT), "link": Option(TEXT)})},
)


@dataclass(eq=False)
class HelpCategoriesBlock(Block):
    title: str | None = key("content", "title")
    categories: Any = key("content", "categories")


def pages(site, page, name: str) -> int:
    """How many pages of `page`'s language Hugo builds with `name` in their `categories`."""
    from ... import collection

    if site is None or not name:
        return 0
    term, now = collection.urlize(name), time.time()
    return sum(1 for p in site.regular_pages(page.lang) if collection.published(p, now)
               and term in collection.terms(p, "categories", site.cache.terms))


def term_pages(ctx, name: str) -> tuple[int, str | None]:
    """(how many pages of the page's language have `name` in their `categories`, the term
    page's href): `site.Taxonomies.categories.Get`."""
    from ... import collection

    count = pages(ctx.page.site, ctx.page, name)
    return count, (link(ctx, f"/categories/{collection.urlize(name)}/")[0] if count else None)


def cards(ctx, block, content: dict) -> list[dict]:
    listed = content.get("categories") if isinstance(content.get("categories"), list) else []
    found = []
    for item in listed:
        if not isinstance(item, dict):
            continue
        raw = item.get("category") or item.get("title")
        name = text(raw).strip() if raw is not None else ""
        actual, url = term_pages(ctx, name)
        manual = coerce_int(item.get("count"), 0, 0)
        own = item.get("link").strip() if isinstance(item.get("link"), str) else ""
        if not (actual > 0 or manual > 0):
            continue
        target = link(ctx, own)[0] if own else url
        icon = item.get("icon") if isinstance(item.get("icon"), dict) else None
        drawn = None
        if icon and isinstance(icon.get("name"), str):
            bg, fg = text(icon.get("bg_color")), text(icon.get("text_color"))
            drawn = {"svg": ctx.icon(icon["name"]),
                     "classes": f"{bg or 'lk-hc-bg-primary'} {fg or 'lk-hc-fg-primary'}"}
        count = manual or actual
        found.append({"href": target if (own or url) else None, "icon": drawn,
                      "title": text(item.get("title")) or name,
                      "description": text(item.get("description")),
                      "count": count, "articles": "article" if count == 1 else "articles"})
    return found


def render(ctx, block: HelpCategoriesBlock, index: int, section_id: str):
    from ..parts import markdownify

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    view = content.get("view_all") if isinstance(content.get("view_all"), dict) else {}
    words = text(view.get("text")).strip()
    target = text(view.get("link")).strip()
    title = content.get("title") if isinstance(content.get("title"), str) else ""
    subtitle = content.get("subtitle") if isinstance(content.get("subtitle"), str) else ""
    return ctx.render(
        "help-categories/block.html", id=section_id, padding=section_padding(design),
        title=markdownify(ctx, title), subtitle=markdownify(ctx, subtitle),
        cards=cards(ctx, block, content),
        view_all={"text": words, "href": link(ctx, target)[0]} if words and target else None)


def check(c, site, page, block, node, where: str, selection: bool) -> None:
    """A category the page does not show (no term, no pages, no count), a count that is no
    number, at their lines."""
    from ... import source
    from ..schema import fits

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    here = source.child(node, "content")
    for name in ("title", "subtitle"):
        value = content.get(name)
        if value is not None and not isinstance(value, str):
            c.add("warning", f"{where}.content.{name}: {value!r} is not a string; the theme "
                  "shows none", source.child(here, name) or node)
    listed = content.get("categories")
    if not isinstance(listed, list):
        return
    spots = source.child(here, "categories")
    for number, item in enumerate(listed):
        spot = spots.value[number] if getattr(spots, "id", None) == "sequence" and \
            number < len(spots.value) else None
        here = f"{where}.content.categories[{number}]"
        if not isinstance(item, dict):
            c.add("warning", f"{here}: should be a mapping; it is not shown", spot or node)
            continue
        if item.get("count") is not None and not fits(item["count"], WHOLE):
            c.add("warning", f"{here}.count: {item['count']!r} is not a whole number; the "
                  "theme counts it as 0", source.child(spot, "count") or spot or node)
        raw = item.get("category") or item.get("title")
        name = text(raw).strip() if raw is not None else ""
        if coerce_int(item.get("count"), 0, 0) == 0 and pages(site, page, name) == 0:
            c.add("warning", f"{here}: no page has the category {name!r} and no count is "
                  "given; the theme leaves the card out", spot or node)



def summary(block: HelpCategoriesBlock) -> list[str]:
    listed = block.categories if isinstance(block.categories, list) else []
    names = [text(i.get("title") or i.get("category")) for i in listed
             if isinstance(i, dict) and (i.get("title") or i.get("category"))]
    return [f"categories: {', '.join(names)}"] if names else []


register(BlockType("help-categories", HelpCategoriesBlock, SCHEMA, Path(__file__).parent,
                   render=render, check=check, summary=summary,
                   aliases=("knowledge-categories",)))

__all__ = ["SCHEMA", "HelpCategoriesBlock"]
