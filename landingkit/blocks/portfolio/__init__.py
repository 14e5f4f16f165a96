"""`portfolio`: pages shown through a collection view under filter buttons, as blox-bootstrap
v5.9.7 (`blocks/portfolio.html`) and Wowchemy draw it.

The pages are `site.Pages` of the language narrowed as the theme narrows them
(`content.page_type`, `filters.folders`, `filters.tags`, `filters.exclude_tags`,
`filters.kinds`, default `page`), in Hugo's order sorted by `content.sort_by` (Date), newest
first unless `sort_ascending` or `order: asc`; all of them, with no count. They are drawn by
the collection view `design.view` (masonry; the legacy numbers 1 to 5 name list, compact,
card, citation, showcase). The theme's buttons filter the items with a script (Isotope);
a page that runs none shows every item under the buttons, the default one marked. The 2026
kit's portfolio draws its own cards: `kit.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..layout import columns, dig, heading, render_string, widget_body
from ..schema import ANY, BOOL, INT, LIST, MAP, TEXT, TEXT_OR_LIST, TITLES, Option, Schema

FILTERS = {"folders": Option(LIST), "tags": Option(LIST), "exclude_tags": Option(LIST),
           "kinds": Option(TEXT_OR_LIST)}
SCHEMA = Schema(
    content={**TITLES, "filters": Option(MAP, keys=FILTERS), "page_type": Option(TEXT),
             "buttons": Option(LIST), "default_button_index": Option(INT, default=0),
             "filter_button": Option(LIST), "filter_default": Option(INT, default=0),
             "sort_by": Option(TEXT, default="Date"), "sort_ascending": Option(BOOL),
             "order": Option(TEXT, default="desc"),
             # the 2026 kit's (kit.py)
             "count": Option(ANY, default=0), "archive": Option(MAP), "status": Option(MAP)},
    design={"view": Option(ANY), "flip_alt_rows": Option(BOOL, default=True),
            "status_badge": Option(MAP), "fallback_icon": Option(TEXT),
            "animations": Option(ANY)},
)
#: functions/render_view.html: the legacy numeric views
NUMBERED = {1: "list", 2: "compact", 3: "card", 4: "citation", 5: "showcase"}


@dataclass(eq=False)
class PortfolioBlock(Block):
    title: str | None = key("content", "title")
    page_type: str | None = key("content", "page_type")
    sort_by: str | None = key("content", "sort_by")
    order: str | None = key("content", "order")
    view: str | int | None = key("design", "view")
    columns: int | str | None = key("design", "columns")


def _listed(value) -> list:
    return value if isinstance(value, list) else [] if value in (None, "") else [value]


def _has_tags(page, wanted: list) -> bool:
    """`where ... "Params.tags" "intersect" wanted`: the tags as written, compared as is."""
    return any(tag in wanted for tag in _listed(page.params.get("tags")))


def select(site, block: PortfolioBlock, lang: str) -> list:
    """The pages the theme's query gives, in its order (the collection's own sort)."""
    from ... import collection

    now = dt.datetime.now(dt.UTC).timestamp()
    pages = [p for p in site.regular_pages(lang) if collection.published(p, now)]
    filters = dig(block.data, "content", "filters")
    query = pages
    if block.page_type:  # `where "Type"`: the page's type, else its section
        query = [p for p in query if str(p.params.get("type") or p.section) == block.page_type]
    folders = [str(f) for f in _listed(dig(filters, "folders"))]
    if folders:
        query = [p for p in query if p.section in folders]
    tags = _listed(dig(filters, "tags"))
    if tags:
        query = [p for p in query if _has_tags(p, tags)]
    excluded = _listed(dig(filters, "exclude_tags"))
    if excluded:  # `symdiff`: what has those tags and was not chosen comes in, as in Hugo
        tagged = [p for p in pages if _has_tags(p, excluded)]
        chosen, marked = {id(p) for p in query}, {id(p) for p in tagged}
        query = ([p for p in query if id(p) not in marked]
                 + [p for p in tagged if id(p) not in chosen])
    kinds = {str(k).strip() for k in _listed(dig(filters, "kinds"))} or {"page"}
    query = [p for p in query if collection.kind(p) in kinds]
    sort_by = str(block.sort_by or "Date").lstrip(".")
    ascending = (dig(block.data, "content", "sort_ascending") is True
                 or str(block.order or "").lower() == "asc")
    ordered = collection.sort_pages(collection.default_order(query, lang), sort_by,
                                    not ascending, lang)
    collection.sort_keys(lang).save()
    return ordered


def view_name(block: PortfolioBlock) -> str:
    view = block.view
    if type(view) is int:
        return NUMBERED.get(view, "compact")
    return str(view).lower() if isinstance(view, str) and view.strip() else "masonry"


def buttons(block: PortfolioBlock) -> list[dict]:
    """The filter buttons (drawn when there are two or more), the default one active."""
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    raw = content.get("buttons", content.get("filter_button"))  # Wowchemy: filter_button
    items = [b for b in raw if isinstance(b, dict)] if isinstance(raw, list) else []
    if len(items) < 2:
        return []
    default = content.get("default_button_index", content.get("filter_default"))
    default = default if type(default) is int else 0
    return [{"name": str(b.get("name") or ""), "active": place == default}
            for place, b in enumerate(items)]


def render(ctx, block: PortfolioBlock, index: int, section_id: str):
    from .. import view as find_view

    site = ctx.page.site
    if site is not None and site.config.theme == "kit":
        from . import kit

        return kit.render(ctx, block, index, section_id)
    pages = select(site, block, ctx.page.lang) if site is not None else []
    name = view_name(block)
    from ...render import site_look

    found = find_view(name, site_look(site)[0])
    if found is not None:
        body = found.render(ctx, block, pages)
    else:
        body = ctx.render("collection/views/list.html", people=pages, view=name,
                          roles=[ctx.role_html(page) for page in pages])
    own = columns(block, "2" if block.widget else "1")  # Wowchemy's widget: "2"
    return ctx.render("portfolio/block.html", id=section_id, **heading(ctx, block),
                      centre=False, centred=own == "1",
                      text=render_string(ctx, block, index, dig(block.data, "content", "text"))
                      or widget_body(ctx, block, index),
                      buttons=buttons(block), view=Markup(body), view_name=name)


def summary(block: PortfolioBlock) -> list[str]:
    folders = dig(block.data, "content", "filters", "folders")
    return [f"view: {view_name(block)}"] + ([f"folders: {', '.join(map(str, folders))}"]
                                            if isinstance(folders, list) else [])


register(BlockType("portfolio", PortfolioBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary, view_of=view_name))

__all__ = ["SCHEMA", "PortfolioBlock", "select"]
