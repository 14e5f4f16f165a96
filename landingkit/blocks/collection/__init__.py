"""`collection` (also `content-collection`): pages chosen by filters, shown through a view.

Whom it shows is `collection.select` (Hugo's selection and order); how, is the view named
by `design.view` as the look's `render_view.html` names it (`NAMING`), found with
`blocks.view(name, look)`: blox-tailwind's views and `people-grid` are in `views.py` beside
this file, blox-bootstrap's (and Wowchemy's) in `bootstrap_views.py`, and a view landingkit
cannot draw is a plain list under a notice that says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from ...collection import WIDGET, before_v55, reads_tags, tag_list
from ...model import Block, Mapped, get_in, key, set_in
from .. import BlockType, register
from ..schema import BOOL, INT, LIST, MAP, TEXT, TEXT_OR_LIST, Option, Schema

#: the collection views each generation's templates define (layouts/partials/views/), and
#: the one a view it does not know falls back to (its functions/render_view.html)
GENERATION_VIEWS = {
    "blox-tailwind": ({"article-grid", "card", "citation", "date-title-summary"}, "card"),
    "blox-bootstrap": ({"card", "citation", "compact", "list", "masonry", "showcase"},
                       "compact"),
    "wowchemy": ({"card", "citation", "compact", "list", "masonry", "showcase"}, "compact"),
}


@dataclass(eq=False, repr=False)
class Naming:
    """How a look's `functions/render_view.html` names the view of `design.view`."""

    default: str | None = None  # when design.view is unset
    numbers: dict = field(default_factory=dict)  # Academic's numbered views
    fallback: str | None = None  # what it shows (warning) for a view it does not have
    theme: frozenset = frozenset()  # the views its templates define

    def name(self, raw, own: set) -> str | None:
        """The view's name; `own`: the views the site's layouts define."""
        if type(raw) is int and self.numbers:
            return self.numbers.get(raw, self.fallback)
        if not isinstance(raw, str) or not raw.strip():
            return self.default if raw is None or isinstance(raw, str) else self.fallback
        if not self.fallback:
            return raw
        name = raw.strip().lower()
        return name if name in self.theme or name in own else self.fallback


#: blox-bootstrap v5.9.7 and Wowchemy v5.5.0: `view` defaults to compact; 1 is list, 3 card,
#: 4 citation, 5 showcase, any other number compact (TOML and older Hugo read a number as an
#: int; Hugo 0.152 and later read a YAML one as uint64, which the theme's `int` test misses:
#: those pages show compact, and `check` says so). blox-tailwind: the view as written.
NAMING = {"bootstrap": Naming("compact", {1: "list", 2: "compact", 3: "card", 4: "citation",
                                          5: "showcase"}, "compact",
                              frozenset(GENERATION_VIEWS["blox-bootstrap"][0]))}
#: Academic v4.8 and Wowchemy v5.0-v5.4 `widgets/pages.html`: `eq design.view 1` list, 3 card,
#: 4 citation when `page_type` is "publication", anything else (a name too) compact
NUMBERED = Naming("compact", {1: "list", 3: "card", 4: "citation"}, "compact")

#: design.columns the generation's templates draw: blox-bootstrap lays a block out as one
#: column ("1") or title beside content ("2"); blox-tailwind's grid classes go to 12
COLUMNS = {"blox-bootstrap": (1, 2), "wowchemy": (1, 2), "blox-tailwind": (1, 12)}

FILTERS = {
    "folders": Option(LIST), "tag": Option(TEXT), "category": Option(TEXT),
    "author": Option(TEXT), "publication_type": Option(TEXT),
    "exclude_publication_type": Option(TEXT), "featured_only": Option(BOOL),
    "exclude_featured": Option(BOOL), "exclude_past": Option(BOOL),
    "exclude_future": Option(BOOL),
    "kinds": Option(TEXT_OR_LIST, doc="page kinds to keep: page, section"),
    "tags": Option(TEXT_OR_LIST, doc="pages with any of these tags"),
}
SCHEMA = Schema(
    content={
        "title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
        "filters": Option(MAP, keys=FILTERS), "count": Option(INT, default=5),
        "offset": Option(INT, default=0), "page_type": Option(TEXT),
        "sort_by": Option(TEXT, default="Date", choices=(
            ("Date (default)", ""), ("Title", "Title"), ("Weight", "Weight"),
            ("Last name", "last_name"))),
        "order": Option(TEXT, default="desc", choices=(
            ("Descending (default)", ""), ("Ascending", "asc"), ("Descending", "desc"))),
        "sort_ascending": Option(BOOL), "archive": Option(MAP),
    },
    design={
        "view": Option(TEXT, choices=(("theme default", ""), ("people-grid", "people-grid"),
                                      ("card", "card"), ("compact", "compact"),
                                      ("citation", "citation"), ("showcase", "showcase"),
                                      ("list", "list"), ("masonry", "masonry"),
                                      ("article-grid", "article-grid"),
                                      ("date-title-summary", "date-title-summary"))),
        "columns": Option(INT, default=2, choices=(("2 (default)", ""),
                                                   *((str(n), n) for n in range(1, 7)))),
    },
)


@dataclass(eq=False)
class Filters(Mapped):
    """`content.filters` of a collection block (see the format's selection rules)."""

    folders: list[str] | None = key("folders")
    tag: str | None = key("tag")
    category: str | None = key("category")
    author: str | None = key("author")
    publication_type: str | None = key("publication_type")
    exclude_publication_type: str | None = key("exclude_publication_type")
    featured_only: bool | None = key("featured_only")
    exclude_featured: bool | None = key("exclude_featured")
    exclude_past: bool | None = key("exclude_past")
    exclude_future: bool | None = key("exclude_future")
    kinds: list[str] | str | None = key("kinds")
    tags: list[str] | str | None = key("tags")
    data: dict = field(default_factory=dict, repr=False)


@dataclass(eq=False)
class CollectionBlock(Block):
    """`collection`: the pages its filters choose, drawn by its view."""

    title: str | None = key("content", "title")
    filters: Filters = field(default_factory=Filters)
    count: int | None = key("content", "count")
    offset: int | None = key("content", "offset")
    page_type: str | None = key("content", "page_type")
    sort_by: str | None = key("content", "sort_by")
    order: str | None = key("content", "order")
    view: str | None = key("design", "view")
    columns: int | None = key("design", "columns")

    @classmethod
    def _read(cls, data: dict, **extra):
        raw = get_in(data, ("content", "filters"))
        filters = Filters._read(raw if isinstance(raw, dict) else {})
        return super()._read(data, filters=filters, **extra)

    def to_data(self) -> dict:
        out = super().to_data()
        filters = get_in(out, ("content", "filters"))
        if isinstance(filters, dict):
            self.filters._write(filters)
        else:
            self.filters._write(fresh := {})
            if fresh:
                set_in(out, ("content", "filters"), fresh)
        return out

    @property
    def shown(self) -> int | None:
        """How many people the block shows at most: None for all (`count: 0`), else 5."""
        count = self.count if type(self.count) is int else 5
        return None if count == 0 else max(count, 0)


def groups(site, block: CollectionBlock, lang: str) -> list:
    return [(None, site.select(block, lang))]


def render(ctx, block: CollectionBlock, index: int, section_id: str):
    site, lang = ctx.page.site, ctx.page.lang
    people = site.select(block, lang) if site is not None else []
    content = block.data.get("content")
    content = content if isinstance(content, dict) else {}
    limit = block.shown  # `gt $count $items_count`: the count asked for, not what the offset
    more = site is not None and limit is not None and len(site.matched(block, lang)) > limit
    version = site.config.wowchemy_version if site is not None and block.widget else None
    old = before_v55(block, version)

    def archive(look: str):
        from .archive import archive_page, see_all

        def find():
            tags = tag_list(block) if site.tag_filter(block, lang) is not None else None
            return archive_page(site, content, lang, old, look == "kit", people, tags)

        return see_all(ctx, content, find, more, version, look)

    return draw(ctx, block, index, section_id, people, archive)


def draw(ctx, block, index: int, section_id: str, pages: list, archive) -> Markup:
    """The pages through the block's view, in the look's section; `archive`: (the look:
    "bootstrap", "tailwind" or "kit") -> the "See all" link drawn after them
    (`archive.see_all`), or None."""
    from ...render import look_variant, site_look
    from .. import view as find_view

    site = ctx.page.site
    look = site_look(site)[0]
    naming = NAMING.get(look)
    if naming is not None and before_v55(block, site.config.wowchemy_version if site else None):
        name = NUMBERED.name(block.view, set())
        if name == "citation" and block.page_type != "publication":
            name = "compact"
    elif naming is None:
        name = block.view if isinstance(block.view, str) else None
    else:
        name = naming.name(block.view, site_views(site) if site is not None else set())
    found = find_view(name, look)
    if found is not None:
        body = found.render(ctx, block, pages)
    else:
        body = ctx.render("collection/views/list.html", people=pages, view=name or "(none)",
                          roles=[ctx.role_html(person) for person in pages])
    values = dict(id=section_id, title=ctx.title_html(block, index), view=Markup(body),
                  view_name=found.name if found is not None else "")
    if look != "bootstrap":
        return ctx.render("collection/block.html", **values,
                          archive=archive("kit" if look_variant(site) == "kit" else look))
    from ..layout import heading, page_content, render_string

    # blox-bootstrap's collection.html and Wowchemy's pages.html: the text before the view
    # (a widget file's `$st.Content`, a block's `content.text` through RenderString)
    text = (page_content(ctx, block, index) if block.widget
            else render_string(ctx, block, index, get_in(block.data, ("content", "text"))))
    return ctx.render("collection/block-bootstrap.html", **{**values, **heading(ctx, block, "2")},
                      text=text, archive=archive(look))


def check(c, site, page, block: CollectionBlock, node, where: str, selection: bool) -> None:
    """Whom the filters select (when `selection`), the view and columns, the order."""
    from ... import source
    from ...errors import display_path

    content_node = source.child(node, "content")
    filters_node = source.child(content_node, "filters")
    said = f"{where}: " if where else ""  # a widget file's keys are at its top
    if selection and isinstance(block.data["content"].get("filters"), dict) and all(
            option.fits(getattr(block.filters, name)) for name, option in FILTERS.items()):
        if not site.select(block, page.lang):
            filters = {k: v for k, v in block.filters.data.items() if v not in (None, "", [])}
            if block.page_type:
                filters = {"page_type": block.page_type, **filters}
            c.add("warning", f"{said}the filters {filters} match nobody in language "
                             f"{page.lang!r}; the section will be empty", filters_node)
        for person in site.left_out(block, page.lang):
            if person.section != "authors":
                continue  # a section's own list page: a collection of its pages never meant it
            c.add("warning", f"{said}{display_path(person.path)} matches the filters but "
                             "Hugo never shows an _index.md page in a collection; rename it "
                             "to index.md", filters_node)
    _check_view(c, site, page, block, source.child(node, "design"), where)
    _check_order(c, block, content_node, where, site.config.wowchemy_version)
    _check_tags(c, site, block, filters_node, where)
    if before_v55(block, site.config.wowchemy_version):
        _check_old_widget(c, block, site.config.wowchemy_version, node, where)
    elif block.kind == WIDGET:
        _check_widget(c, block, content_node, filters_node, where)


def _check_tags(c, site, block: CollectionBlock, filters_node, where: str) -> None:
    """`filters.tags` and `filters.kinds`: blox-tailwind from v0.9 ranges over the tags, and a
    string stops the build (measured, Hugo 0.168 and v0.10.0: "range can't iterate over
    reef"); the kit takes one as a tag. A template that reads neither key (v0.8 and before,
    blox-bootstrap, Wowchemy) shows the pages the other filters keep, regular pages alone."""
    from ... import source

    at = f"{where}." if where else ""  # a widget file's keys are at its top
    data = block.filters.data
    if reads_tags(block, site.config):
        value = data.get("tags")
        if isinstance(value, str) and value and block.kind != "content-collection":
            c.add("error", f"{at}content.filters.tags: the theme ranges over the tags, and "
                           f"over the text {value!r} it cannot: Hugo stops the build; write "
                           f"a list, tags: [{value}]", source.child(filters_node, "tags"))
        return
    theme = {"blox-tailwind": "blox-tailwind before v0.9", "blox-bootstrap": "blox-bootstrap",
             "wowchemy": "Wowchemy"}.get(site.config.theme, "the theme")
    for name, instead in (("tags", "it shows the pages the other filters keep"),
                          ("kinds", "it shows regular pages alone")):
        if data.get(name) not in (None, "", []):
            c.add("warning", f"{at}content.filters.{name}: the collection of {theme} does "
                             f"not read it: {instead}", source.child(filters_node, name))


def _check_old_widget(c, block: CollectionBlock, version: tuple[int, int], node,
                      where: str) -> None:
    """Academic v4.8 and Wowchemy v5.0-v5.4 `widgets/pages.html` read `page_type` (default
    "post"), the taxonomy filters, `count`, `offset`, `order` and a numbered view: what else
    a v5.5 widget says is not read, and the page differs from what it asks for."""
    from ... import source

    at = f"{where}." if where else ""
    theme = "Academic v4.8" if version < (5, 0) else "Wowchemy before v5.5"
    content_node = source.child(node, "content")
    filters_node = source.child(content_node, "filters")
    unread = [("content.filters.folders", block.filters.data.get("folders"), filters_node,
               "folders", "it shows the pages of `page_type` (default 'post')"),
              ("content.sort_by", block.sort_by, content_node, "sort_by",
               "it sorts by date (content.order)"),
              ("content.sort_ascending", get_in(block.data, ("content", "sort_ascending")),
               content_node, "sort_ascending", "content.order sets the direction")]
    for name in ("featured_only", "exclude_publication_type"):
        unread.append((f"content.filters.{name}", block.filters.data.get(name), filters_node,
                       name, "it shows the pages the other filters keep"))
    if version < (5, 0):
        unread.append(("content.archive", get_in(block.data, ("content", "archive")),
                       content_node, "archive", "its See all link shows when there are more "
                       "pages than it lists"))
    for label, value, parent, name, instead in unread:
        if value not in (None, "", [], {}, False):
            c.add("warning", f"{at}{label}: {theme}'s pages widget does not read it: "
                             f"{instead}", source.child(parent, name))
    view = block.view
    shown = NUMBERED.name(view, set())
    if shown == "citation" and block.page_type != "publication":
        shown = "compact"
    wanted = view if isinstance(view, str) else NAMING["bootstrap"].name(view, set())
    if view is not None and wanted != shown:
        c.add("warning", f"{at}design.view: {theme}'s pages widget shows {view!r} as "
                         f"{shown!r}: it reads 1 (list), 2 (compact), 3 (card) and 4 "
                         "(citation, of publications)", source.child(
                             source.child(node, "design"), "view"))


def _check_order(c, block: CollectionBlock, content_node, where: str,
                 version: tuple[int, int] | None = None) -> None:
    """The theme sorts ascending for `order: asc` alone (the kit: in any case) and descending
    for any other value (the pages widget before v5.5 hands `order` to Hugo's `sort`, which
    sorts descending for "desc" alone), so from v5.5 `order: descending` builds as meant; a
    value that reads otherwise than it sorts is said."""
    from ... import source
    from ...collection import sorts_descending

    order = block.order
    if not isinstance(order, str) or not order.strip():
        return
    down = sorts_descending(block, version)
    if order.strip().lower().startswith("desc" if down else "asc"):
        return
    only = ("'desc' sorts descending" if before_v55(block, version)
            else "'asc' sorts ascending")
    at = f"{where}." if where else ""  # a widget file's keys are at its top
    c.add("warning", f"{at}content.order: only {only}; {order!r} sorts "
                     f"{'descending' if down else 'ascending'} (write 'asc' or 'desc')",
          source.child(content_node, "order"))


def _check_widget(c, block: CollectionBlock, content_node, filters_node, where: str) -> None:
    """Wowchemy's pages.html: `sort $query $sort_by` takes the name as a field of the page
    (a lower-case one stops the build: "title isn't a field of struct type page.Page"), and
    it reads no `featured_only` (nor blox-tailwind's `exclude_publication_type`)."""
    from ... import source

    at = f"{where}." if where else ""  # a widget file's keys are at its top
    sort_by = block.sort_by
    if isinstance(sort_by, str) and sort_by.strip(". ") and not sort_by.strip(". ")[0].isupper():
        name = sort_by.strip(". ")
        field_name = name[0].upper() + name[1:]
        c.add("error", f"{at}content.sort_by: Wowchemy's pages widget sorts by a field of "
                       f"the page, and {name!r} is none: Hugo stops the build (\"{name} isn't "
                       f"a field of struct type page.Page\"); write {field_name!r} or "
                       f"'Params.{name}'", source.child(content_node, "sort_by"))
    for name in ("featured_only", "exclude_publication_type"):
        if block.filters.data.get(name) not in (None, False, ""):
            c.add("warning", f"{at}content.filters.{name}: Wowchemy's pages widget does not "
                             "read it, and shows the pages the other filters keep"
                             + (" (the featured widget shows featured pages)"
                                if name == "featured_only" else ""),
                  source.child(filters_node, name))


def site_views(site) -> set[str]:
    """The views the site's own layouts define (`layouts/[_]partials/views/<name>.html`)."""
    names = set()
    for folder in ("partials", "_partials"):
        for path in (site.folder / "layouts" / folder / "views").glob("*.html"):
            names.add(path.name.removesuffix(".html").split(".")[0].split("--")[0].lower())
    return names


def _check_view(c, site, page, block: CollectionBlock, design_node, where: str) -> None:
    from ... import source

    generation = site.config.theme
    at = f"{where}." if where else ""  # a widget file's keys are at its top
    theme, fallback = GENERATION_VIEWS.get(generation, (set().union(
        *(views for views, _ in GENERATION_VIEWS.values())), None))
    view, columns = block.view, block.columns
    src = getattr(getattr(page, "source", None), "format", None)
    if (type(view) is int and generation in ("blox-bootstrap", "wowchemy")
            and not block.widget and src == "yaml"):
        shown = NAMING["bootstrap"].name(view, set())
        c.add("warning", f"{at}design.view: Hugo 0.152 and later read the YAML number "
                         f"{view} as unsigned, which the theme's render_view does not take for "
                         f"a numbered view: it shows 'compact' (landingkit, as the theme "
                         f"meant, {shown!r}); write view: {shown}",
              source.child(design_node, "view"))
    if isinstance(view, str) and view.strip() and not before_v55(block,
                                                                  site.config.wowchemy_version):
        known = theme | site_views(site)  # people-grid too is the site's own
        if view.lower() not in known:
            import difflib

            close = difflib.get_close_matches(view.lower(), sorted(known), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            shown = (f"; the theme warns and shows its {fallback!r} view instead" if fallback
                     else "")
            c.add("error", f"{at}design.view: {view!r} is not a view of the theme or of "
                           f"the site{hint}{shown}", source.child(design_node, "view"))
    number = int(columns) if isinstance(columns, str) and columns.strip().isdigit() else columns
    span = COLUMNS.get(generation)
    if span and type(number) is int and not span[0] <= number <= span[1]:
        c.add("warning", f"{at}design.columns: {columns!r} is out of range: {generation} "
                         f"draws {span[0]} to {span[1]} columns; Hugo builds it, and it "
                         "is shown as the theme's templates read it",
              source.child(design_node, "columns"))


register(BlockType("collection", CollectionBlock, SCHEMA, Path(__file__).parent,
                   render=render, groups=groups, check=check,
                   aliases=("content-collection", "pages")))

from . import bootstrap_views, views  # noqa: E402  (their views register themselves)

__all__ = ["NAMING", "SCHEMA", "CollectionBlock", "Filters", "Naming", "bootstrap_views",
           "views"]
