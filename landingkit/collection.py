"""Which pages a collection block shows, in Hugo's order.

Selection and order follow the theme's collection block: filters in the format's
order, then Hugo's default page order (weight, date, title, path) with the page
language's collation, then a stable sort by `sort_by`.
"""

from __future__ import annotations

import datetime as dt
import functools
import marshal
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import tailwind_since, wowchemy_before
from .model import get_in

if TYPE_CHECKING:
    from .blocks.collection import CollectionBlock
    from .model import Person

_EPOCH = dt.datetime(1, 1, 1, tzinfo=dt.UTC)


@functools.cache
def collator(lang: str):
    """ICU's collation for a language: what Hugo's `golang.org/x/text/collate` gives."""
    import icu  # a compiled library: loaded only when names are compared

    return icu.Collator.createInstance(icu.Locale(lang.replace("-", "_")))


class SortKeys:
    """ICU's sort keys of one language's texts, kept in the cache folder for the ICU build that
    made them: loading ICU takes a tenth of a page export, and a page whose names were sorted
    before needs only their keys."""

    def __init__(self, lang: str, file: Path | None):
        self.lang, self.file = lang, file
        self.known: dict[str, bytes] = {}
        self.added = False
        if file is not None:
            try:
                known = marshal.loads(file.read_bytes())
                if isinstance(known, dict):
                    self.known = known
            except (OSError, ValueError, EOFError, TypeError):
                pass  # none yet, or unreadable: made again

    def __call__(self, text: str) -> bytes:
        key = self.known.get(text)
        if not isinstance(key, bytes):
            key = self.known[text] = collator(self.lang).getSortKey(text)
            self.added = True
        return key

    def save(self) -> None:
        """Keep the keys made since the last save (a cache: a failure is no error)."""
        if self.added and self.file is not None:
            from .images import store_cached

            self.added = False
            store_cached(self.file, marshal.dumps(self.known))


def sort_keys(lang: str) -> SortKeys:
    """The sort keys of `lang`, kept in the cache folder of the moment."""
    from .images import cache_dir

    build, root = _icu_build(), cache_dir()
    usable = build and str(root) and re.fullmatch(r"[A-Za-z0-9_-]+", lang)
    name = f"{lang}.marshal{marshal.version}"  # marshal: read without importing anything
    return _sort_keys(lang, root / "collation" / build / name if usable else None)


@functools.cache
def _sort_keys(lang: str, file: Path | None) -> SortKeys:
    return SortKeys(lang, file)


def _icu_build() -> str:
    """PyICU's compiled module, told by its size and time, found without loading it."""
    from .images import package_file

    found = package_file("icu", "_icu_")
    return f"icu-{found[1]}" if found else ""


def urlize(value: Any) -> str:
    """Hugo's `urlize` as taxonomy terms use it: lower case, spaces to hyphens."""
    text = unicodedata.normalize("NFC", str(value)).strip().lower()
    return re.sub(r"\s+", "-", text)


def timestamp(value: Any) -> float:
    """Seconds since the epoch like Hugo's `.Date.Unix`; a missing date is Go's zero time."""
    if isinstance(value, dt.datetime):
        value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    elif isinstance(value, dt.date):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    elif isinstance(value, str):
        try:
            return timestamp(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return _EPOCH.timestamp()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)  # `date: 1` is Unix seconds to Hugo (1970-01-01T00:00:01Z)
    else:
        return _EPOCH.timestamp()
    return value.timestamp()


def terms(page: Person, name: str, cache: dict | None = None) -> frozenset[str]:
    """A taxonomy's values (`tags`, ...) as urlized terms, worked out once per page and
    site (`cache`: the site's `Cache.terms`)."""
    key = (page.path, page.lang, name)
    found = cache.get(key) if cache is not None else None
    if found is None:
        value = page.params.get(name)
        values = value if isinstance(value, list) else [] if value is None else [value]
        found = frozenset(urlize(v) for v in values if v is not None)
        if cache is not None:
            cache[key] = found
    return found


def settings(block: CollectionBlock) -> tuple:
    """Everything that decides a block's selection, as one hashable key."""
    from .cache import freeze

    return freeze((block.kind, block.filters.data, vars(block.filters), block.page_type,
                   block.count, block.offset, block.sort_by, block.order,
                   get_in(block.data, ("content", "sort_ascending"))))


#: Wowchemy's collection widget (v5.5.0 `widgets/pages.html`): it reads neither
#: `featured_only` nor `exclude_publication_type`, and sorts by `sort_by` as written
WIDGET = "pages"


def before_v55(block, version: tuple[int, int] | None) -> bool:
    """Whether `block` is the pages widget of Academic v4.8 or Wowchemy v5.0-v5.4, whose
    `widgets/pages.html` (the same selection in each) reads `page_type` (default "post"),
    the taxonomy filters and `order` only: no `folders`, no `sort_by`, no `sort_ascending`."""
    return block.kind == WIDGET and wowchemy_before(version, (5, 5))

#: taxonomies of a Hugo Blox site (Hugo's tags and categories, the theme's authors and
#: publication_types): an `_index.md` below one is a term page, at its top a taxonomy page
TAXONOMIES = frozenset({"tags", "categories", "authors", "publication_types"})


def kind(page: Person) -> str:
    """Hugo's `.Kind` of a content file: page, section, taxonomy, term or home."""
    if not page.is_list_page:
        return "page"
    if not page.section:
        return "home"
    if page.section in TAXONOMIES:
        return "taxonomy" if Path(page.path).parent.name == page.section else "term"
    return "section"


def reads_tags(block: CollectionBlock, config) -> bool:
    """Whether the block's template reads `filters.kinds` and `filters.tags`: blox-tailwind
    from v0.9.0 (`site.Pages`, then `where "Kind" "in" kinds`) and the kit's
    content-collection; blox-tailwind v0.8.0 and before, blox-bootstrap and Wowchemy take
    `site.RegularPages` and read neither key (`config`: the site's `Config`)."""
    return block.kind == "content-collection" or (block.kind != WIDGET
                                                  and tailwind_since(config, (0, 9)))


def kinds(block: CollectionBlock, reads: bool = True) -> frozenset[str]:
    """`filters.kinds` (`page` when unset), trimmed as the kit does; `reads`: whether the
    template reads the key (`reads_tags`), which else keeps regular pages alone."""
    raw = block.filters.kinds if reads else None
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    chosen = frozenset(str(k).strip() for k in items if k is not None and str(k).strip())
    return chosen or frozenset({"page"})


def tag_list(block: CollectionBlock) -> list:
    """`filters.tags` as the template ranges over it: blox-tailwind a list as written; the
    kit a list or one string, each item printed and trimmed, the empty ones left out."""
    raw = block.filters.tags
    if block.kind != "content-collection":
        return [t for t in raw if t is not None] if isinstance(raw, list) else []
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    return [str(t).strip() for t in items if t is not None and str(t).strip()]


def tag_filter(block: CollectionBlock, config, pages: Iterable[Person],
               now: float | None = None, cache: dict | None = None) -> frozenset[str] | None:
    """The urlized `filters.tags` a page must carry one of (the `range $tags` loop makes the
    union of their term pages' pages, a tag without a term page adding none), or None when
    the filter keeps every page: a template that does not read it (`reads_tags`), or no page
    the site builds (`pages`: all of the language's, list pages too, as a term page holds
    them) carries any of the tags (`if gt (len $selected) 0`)."""
    if not reads_tags(block, config):
        return None
    wanted = frozenset(urlize(t) for t in tag_list(block))
    if not wanted:
        return None
    now = dt.datetime.now(dt.UTC).timestamp() if now is None else now
    if any(terms(p, "tags", cache) & wanted and published(p, now) for p in pages):
        return wanted
    return None


def matches(block: CollectionBlock, page: Person, now: float | None = None,
            cache: dict | None = None, version: tuple[int, int] | None = None,
            tags: frozenset[str] | None = None) -> bool:
    """True when `page` passes every filter of `block` (list pages included); `version`:
    the Wowchemy site's (`Config.wowchemy_version`); `tags`: `tag_filter`'s terms."""
    f = block.filters
    params = page.params
    widget = block.kind == WIDGET
    old = before_v55(block, version)
    page_type = (block.page_type or "post") if old else block.page_type
    if page_type and str(params.get("type") or page.section) != page_type:
        return False
    if f.folders and not old:
        folders = f.folders if isinstance(f.folders, list) else [f.folders]
        if page.section not in {str(x) for x in folders}:
            return False
    if tags is not None and not terms(page, "tags", cache) & tags:
        return False
    for value, name in ((f.tag, "tags"), (f.category, "categories"), (f.author, "authors")):
        if value and urlize(value) not in terms(page, name, cache):
            return False
    types = terms(page, "publication_types", cache)
    if f.publication_type and urlize(f.publication_type) not in types:
        return False
    if (f.exclude_publication_type and not widget
            and urlize(f.exclude_publication_type) in types):
        return False
    featured = params.get("featured") is True
    if (f.featured_only and not featured and not widget) or (f.exclude_featured and featured):
        return False
    if f.exclude_past or f.exclude_future:
        now = dt.datetime.now(dt.UTC).timestamp() if now is None else now
        when = timestamp(page.date)
        if (f.exclude_past and when < now) or (f.exclude_future and when > now):
            return False
    return True


def default_order(pages: Iterable[Person], lang: str) -> list[Person]:
    """Hugo's default page order: weight (0 last), date newest first, title, file path."""
    key = sort_keys(lang)
    return sorted(pages, key=lambda p: (p.weight == 0, p.weight, -timestamp(p.date),
                                        key(p.name), str(p.path)))


def sort_pages(pages: list[Person], sort_by: str, descending: bool, lang: str,
               as_written: bool = False) -> list[Person]:
    """The theme's `sort $query (get_sort_by_parameter $sort_by) $order`: `sort_by` as
    written in the block (`title` is `Params.title`, `Title` the page's); `as_written`:
    Wowchemy's `sort $query $sort_by $order`, the name itself."""
    from .groups import sort_parameter

    path = str(sort_by).lstrip(".") if as_written else sort_parameter(sort_by)
    return [pages[i] for i in hugo_order([sort_value(p, path) for p in pages], descending,
                                         lang)]


def sort_value(page: Person, path: str) -> Any:
    """What Hugo's `sort` reads at `path` ("Params.venue", "Title", "Date", ...): the page's
    date (`Date`, `Params.date`) is a time, its zero when unset; any other date of the front
    matter stays the string it was written as (Hugo 0.168); a title is always there."""
    from .groups import _page_value

    if path.lower() in ("date", "params.date"):
        return timestamp(page.date)
    value = _page_value(page, path)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None and path in ("Title", "LinkTitle", "Name"):
        return ""
    return value


#: a string Go's strconv.ParseFloat reads (compiled by `re` when first used: seldom)
_GO_FLOAT = r"(?i)[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)"


def _go_number(value: Any) -> float:
    """What Hugo's `lt` (tpl/compare `compareGetWithCollator`) compares a value as beside one
    of another kind: a number, a date's seconds, a collection's length, a string that
    `strconv.ParseFloat` reads, else 0 (a word; a key the page does not have, compared as its
    zero `reflect.Value`, a struct)."""
    if isinstance(value, (bool, int, float)):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return timestamp(value)
    if isinstance(value, str) and re.fullmatch(_GO_FLOAT, value):
        return float(value)  # "1e999" and "Inf" too, as Go's: infinite
    if isinstance(value, (list, tuple, dict)):
        return float(len(value))
    return 0.0


def hugo_order(values: list, descending: bool, lang: str) -> list[int]:
    """The order Hugo's `sort` (tpl/collections/sort.go) gives items whose keys are `values`
    (None: a key the item does not have): Go's `sort.Stable`, of `sort.Reverse` for "desc",
    under `lt`: two strings collated for `lang`, anything else by number. A missing key is
    neither less nor greater than a word, so the order is Go's own algorithm's, step for
    step, not a key sort's."""
    from .groups import go_stable

    collate = sort_keys(lang)
    texts = [collate(v) if isinstance(v, str) else None for v in values]
    numbers = [_go_number(v) for v in values]

    def less(i: int, j: int) -> bool:
        if descending:
            i, j = j, i
        if texts[i] is not None and texts[j] is not None:
            return texts[i] < texts[j]
        return numbers[i] < numbers[j]

    return go_stable(len(values), less)


def select(block: CollectionBlock, pages: Iterable[Person], lang: str,
           now: float | None = None, cache: dict | None = None) -> list[Person]:
    """The pages `block` shows, in order, after `offset` and `count`."""
    return window(block, ordered(block, pages, lang, now, cache))


def ordered(block: CollectionBlock, pages: Iterable[Person], lang: str,
            now: float | None = None, cache: dict | None = None,
            version: tuple[int, int] | None = None, tags: frozenset[str] | None = None,
            reads: bool = True) -> list[Person]:
    """Every page Hugo builds (`published`) that the filters of `block` keep, in its order
    (before `offset` and `count`: the theme's `$count`, which decides its archive link);
    `version`: the Wowchemy site's, whose pages widget before v5.5 sorts by `Date` in
    `order | default "desc"`; `tags` (`tag_filter`) and `reads` (`reads_tags`): what the
    template makes of `filters.tags` and `filters.kinds`."""
    wanted = kinds(block, reads)
    now = dt.datetime.now(dt.UTC).timestamp() if now is None else now
    chosen = [p for p in pages if kind(p) in wanted and published(p, now)
              and matches(block, p, now, cache, version, tags)]
    old = before_v55(block, version)
    found = sort_pages(default_order(chosen, lang), "Date" if old else str(block.sort_by or "Date"),
                       sorts_descending(block, version), lang, as_written=block.kind == WIDGET)
    sort_keys(lang).save()
    return found


def window(block: CollectionBlock, pages: list[Person]) -> list[Person]:
    """`first count (after offset pages)`."""
    offset = block.offset if isinstance(block.offset, int) and block.offset > 0 else 0
    shown = block.shown
    return pages[offset:] if shown is None else pages[offset:offset + shown]


def descending(block: CollectionBlock) -> bool:
    """The kit's content-collection: `coerce_bool` of `sort_ascending` when it is there, else
    `order` "asc" in any case. blox-tailwind and blox-bootstrap: `sort_ascending | default
    (eq order "asc")` then `cond`: a boolean as set (false too), any other non-empty value
    true; `order` exactly "asc"."""
    content = block.data.get("content")
    content = content if isinstance(content, dict) else {}
    value = content.get("sort_ascending")
    if block.kind == "content-collection":
        if "sort_ascending" in content:
            from .groups import _bool

            return not _bool(value, False)
        order = block.order
        return not (isinstance(order, str) and order.strip().lower() == "asc")
    if isinstance(value, bool):
        return not value
    if value is None or value in ("", 0, [], {}):
        return block.order != "asc"
    return False


def sorts_descending(block: CollectionBlock, version: tuple[int, int] | None = None) -> bool:
    """`descending`, but for the pages widget before v5.5 (`version`), which hands
    `order | default "desc"` to Hugo's `sort`: descending for "desc" alone, in that case
    (measured: "DESC" and "descending" sort ascending, Hugo 0.168)."""
    if before_v55(block, version):
        return block.order in (None, "", "desc")
    return descending(block)


def published(page: Person, now: float) -> bool:
    """True when Hugo builds `page` by default (and so counts it in `site.Pages` and the
    taxonomies): not a draft nor headless, not dated in the future (`publishDate`, else
    `date`), not expired (`expiryDate`)."""
    params = page.params
    if params.get("draft") is True or params.get("headless") is True:
        return False
    when = next((params[k] for k in ("publishdate", "publishDate", "date") if k in params), None)
    if when not in (None, "") and timestamp(when) > now:
        return False
    expiry = next((params[k] for k in ("expirydate", "expiryDate") if k in params), None)
    return expiry in (None, "") or timestamp(expiry) > now
