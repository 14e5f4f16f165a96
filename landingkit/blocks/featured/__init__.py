"""`featured`: Wowchemy v5.5.0's `widgets/featured.html`, the featured pages of one type.

It keeps the built pages whose type is `content.page_type` (default "post") and whose
`featured` is true, then those with the tag, category, publication type and author of
`content.filters`, sorted by date (`content.order`, default "desc"), the first
`content.count` (default all), through the view of `design.view` as the collection widget
draws them; its "See all" link goes to the type's section (an author filter: to the author's
page), in the words of the type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ...collection import default_order, kind, published, sort_pages, terms, urlize
from ...model import Block, get_in, key
from .. import BlockType, register
from ..collection import SCHEMA as COLLECTION
from ..collection import Filters
from ..schema import BOOL, INT, MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"page_type": Option(TEXT, default="post"), "count": Option(INT),
             "order": Option(TEXT, default="desc", choices=(
                 ("Descending (default)", ""), ("Ascending", "asc"), ("Descending", "desc"))),
             "filters": Option(MAP, keys={name: Option(TEXT) for name in (
                 "tag", "category", "publication_type", "author")}),
             "archive": Option(MAP, keys={"enable": Option(BOOL), "link": Option(TEXT),
                                          "text": Option(TEXT)})},
    design={"view": COLLECTION.design["view"], "columns": COLLECTION.design["columns"]})
#: the taxonomy each filter names (`intersect` with its term page's pages)
TAXONOMIES = (("tag", "tags"), ("category", "categories"),
              ("publication_type", "publication_types"), ("author", "authors"))


@dataclass(eq=False)
class FeaturedBlock(Block):
    """A `featured` widget file (its title at the top, the rest under content/design)."""

    title: str | None = key("title")
    page_type: str | None = key("content", "page_type")
    count: int | None = key("content", "count")
    order: str | None = key("content", "order")
    view: str | int | None = key("design", "view")
    columns: str | int | None = key("design", "columns")
    filters: Filters = field(default_factory=Filters)

    @classmethod
    def _read(cls, data: dict, **extra):
        raw = get_in(data, ("content", "filters"))
        return super()._read(data, filters=Filters._read(raw if isinstance(raw, dict) else {}),
                             **extra)

    @property
    def items_type(self) -> str:
        return self.page_type if isinstance(self.page_type, str) and self.page_type else "post"

    @property
    def shown(self) -> int | None:
        """`count | default 65535`: unset or 0 is all."""
        return self.count if type(self.count) is int and self.count > 0 else None


def matched(site, block: FeaturedBlock, lang: str, now: float | None = None) -> list:
    """Every page the widget keeps, newest first (or oldest, `order` not "desc")."""
    now = dt.datetime.now(dt.UTC).timestamp() if now is None else now
    cache = site.cache.terms
    chosen = []
    for page in site.regular_pages(lang):
        if (kind(page) != "page" or not published(page, now)
                or str(page.params.get("type") or page.section) != block.items_type
                or page.params.get("featured") is not True):
            continue
        if all(not getattr(block.filters, name) or urlize(getattr(block.filters, name))
               in terms(page, taxonomy, cache) for name, taxonomy in TAXONOMIES):
            chosen.append(page)
    # `sort $query "Date" (order | default "desc")`: descending for "desc" exactly
    order = block.order if block.order not in (None, "", False, 0, []) else "desc"
    return sort_pages(default_order(chosen, lang), "Date", order == "desc", lang)


def shown(site, block: FeaturedBlock, lang: str) -> list:
    found = matched(site, block, lang)
    return found if block.shown is None else found[:block.shown]


def groups(site, block: FeaturedBlock, lang: str) -> list:
    return [(None, shown(site, block, lang))]


def render(ctx, block: FeaturedBlock, index: int, section_id: str):
    from ..collection import draw
    from ..collection.archive import Archive, section, see_all, term

    site, lang = ctx.page.site, ctx.page.lang
    found = matched(site, block, lang) if site is not None else []
    pages = found if block.shown is None else found[:block.shown]
    content = block.data.get("content")
    content = content if isinstance(content, dict) else {}

    def archive(look: str):
        # featured.html: the type's section, else (`=`, where the other filters' `:=` set a
        # variable of their own) the author's page; its words always the type's. It is a
        # block of blox-bootstrap and Wowchemy only: no other look draws its link
        if look != "bootstrap":
            return None

        def find():
            page = section(site, block.items_type, lang)
            if block.filters.author:
                page = term(site, "authors", block.filters.author, lang)
            return Archive(page.path, block.items_type) if page is not None else None

        return see_all(ctx, content, find, block.shown is not None and len(found) > block.shown)

    return draw(ctx, block, index, section_id, pages, archive)


def summary(block: FeaturedBlock) -> list[str]:
    return [f"featured {block.items_type} pages"]


register(BlockType("featured", FeaturedBlock, SCHEMA, Path(__file__).parent, render=render,
                   groups=groups, summary=summary))
