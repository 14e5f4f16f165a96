"""`tag_cloud`: the terms of a taxonomy, each sized by how many pages carry it, as
blox-bootstrap v5.9.7 (`blocks/tag_cloud.html`) and Wowchemy draw it.

The terms are Hugo's `site.Taxonomies.<taxonomy>.ByCount` (most pages first, ties by name),
cut to `content.count` (20; 0 for all), collected from every page of the language that Hugo
publishes. Each is shown by its term page's title, in title order, at
`min + (max - min) * (ln n - ln least) / (ln (most + 1) - ln least)` rem, `min` and `max`
being `design.font_size_min` (0.8) and `font_size_max` (2.5).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..layout import dig, heading, render_string, widget_body
from ..parts import title_case
from ..schema import INT, TEXT, TITLES, Option, Schema

SCHEMA = Schema(
    content={**TITLES, "taxonomy": Option(TEXT, default="tags"),
             "count": Option(INT, default=20)},
    design={"font_size_min": Option(TEXT, default=0.8), "font_size_max": Option(TEXT,
                                                                               default=2.5)},
)


@dataclass(eq=False)
class TagCloudBlock(Block):
    title: str | None = key("content", "title")
    taxonomy: str | None = key("content", "taxonomy")
    count: int | None = key("content", "count")


@dataclass(frozen=True)
class Term:
    title: str
    href: str
    pages: int
    size: str  # rem, as Go prints the number


def go_number(value: float) -> str:
    """A float as Go's templates print it (shortest form, no trailing `.0`)."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


#: Go's math.Log (FreeBSD's e_log.c): its constants
_LN2 = (6.93147180369123816490e-01, 1.90821492927058770002e-10)
_L = (6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
      2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
      1.479819860511658591e-01)


def go_log(x: float) -> float:
    """`math.Log` as Go computes it: not always the correctly rounded logarithm C's libm
    gives, so the theme's sizes come out to the last digit only this way (x > 0)."""
    f1, k = math.frexp(x)
    if f1 < math.sqrt(2) / 2:
        f1, k = f1 * 2, k - 1
    f = f1 - 1
    s = f / (2 + f)
    s2 = s * s
    s4 = s2 * s2
    t1 = s2 * (_L[0] + s4 * (_L[2] + s4 * (_L[4] + s4 * _L[6])))
    t2 = s4 * (_L[1] + s4 * (_L[3] + s4 * _L[5]))
    hfsq = 0.5 * f * f
    return k * _LN2[0] - ((hfsq - (s * (hfsq + t1 + t2) + k * _LN2[1])) - f)


def taxonomies(site) -> set[str]:
    """The site's taxonomies by plural name (Hugo's tags and categories when none is set)."""
    configured = site.config.data.get("taxonomies")
    if not isinstance(configured, dict):
        return {"tags", "categories"}
    return {str(plural) for plural in configured.values() if plural}


def terms(site, taxonomy: str, lang: str) -> list[tuple[str, str, int]]:
    """(key, title, pages) of each term of `taxonomy` in `lang`, by count (ties by key)."""
    from ...collection import published, urlize

    if taxonomy not in taxonomies(site):
        return []
    now = dt.datetime.now(dt.UTC).timestamp()
    found: dict[str, list] = {}  # key -> [first spelling, pages]
    titles: dict[str, str] = {}  # key -> the title of its own term page
    for page in site.regular_pages(lang):
        if page.is_list_page and page.section == taxonomy:
            parent = Path(page.path).parent
            if parent.parent.name == taxonomy and page.params.get("title"):
                titles[parent.name.lower()] = str(page.params["title"])
        if not published(page, now):
            continue
        values = page.params.get(taxonomy)
        values = values if isinstance(values, list) else [] if values in (None, "") else [values]
        for value in dict.fromkeys(str(v) for v in values if v not in (None, "")):
            entry = found.setdefault(urlize(value), [value, 0])
            entry[1] += 1
    capitalise = site.config.data.get("capitalizelisttitles", True) is not False
    out = []
    for term, (spelling, pages) in found.items():
        title = titles.get(term) or (title_case(spelling) if capitalise else spelling)
        out.append((term, title, pages))
    return sorted(out, key=lambda t: (-t[2], t[0]))


def _number(value: Any, default: float) -> float:
    if isinstance(value, bool) or value in (None, "", 0):
        return default  # Hugo's `default` replaces 0 as well
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def cloud(ctx, block: TagCloudBlock) -> list[Term]:
    from ...collection import sort_keys

    site = ctx.page.site
    if site is None:
        return []
    taxonomy = str(block.taxonomy or "tags")
    count = block.count
    shown = 65535 if count == 0 else count if type(count) is int and count > 0 else 20
    chosen = terms(site, taxonomy, ctx.page.lang)[:shown]
    if not chosen:
        return []
    small = _number(dig(block.data, "design", "font_size_min"), 0.8)
    big = _number(dig(block.data, "design", "font_size_max"), 2.5)
    most, least = chosen[0][2] + 1, chosen[-1][2]
    lang = "" if ctx.page.lang == site.default_lang else f"/{ctx.page.lang}"
    key_of = sort_keys(ctx.page.lang)
    out = []
    for term, title, pages in sorted(chosen, key=lambda t: key_of(t[1])):
        weight = (go_log(pages) - go_log(least)) / (go_log(most) - go_log(least))
        out.append(Term(title, ctx.href(f"{lang}/{taxonomy}/{term}/"), pages,
                        go_number(small + (big - small) * weight)))
    sort_keys(ctx.page.lang).save()
    return out


def render(ctx, block: TagCloudBlock, index: int, section_id: str):
    layout = heading(ctx, block, wide="1")
    return ctx.render("tag_cloud/block.html", id=section_id, **layout,
                      centre=not layout["wide"],
                      text=render_string(ctx, block, index,
                                         dig(block.data, "content", "text"))
                      or widget_body(ctx, block, index),
                      terms=cloud(ctx, block))


def check(c, site, page, block: TagCloudBlock, node, where: str, selection: bool) -> None:
    from ... import source

    taxonomy = block.taxonomy
    if isinstance(taxonomy, str) and taxonomy and taxonomy not in taxonomies(site):
        c.add("warning", f"{where}.content.taxonomy: {taxonomy!r} is not a taxonomy of the "
                         f"site ({', '.join(sorted(taxonomies(site)))}); the cloud is empty",
              source.child(source.child(node, "content"), "taxonomy"))


def summary(block: TagCloudBlock) -> list[str]:
    return [f"taxonomy: {block.taxonomy or 'tags'}"]


register(BlockType("tag_cloud", TagCloudBlock, SCHEMA, Path(__file__).parent, render=render,
                   check=check, summary=summary))

__all__ = ["SCHEMA", "TagCloudBlock"]
