"""The collection's views as the 2026 kit draws them otherwise than blox-tailwind v0.3.1
(HugoBlox/kit f107371d, `modules/blox/layouts/_partials/views/`); their styles are kit.css
beside this file, added on a kit site's pages (`render.look_variant`).

- `date-title-summary`: blox-tailwind's, its dates in `hugoblox.locale.date_format`, by
  default `:date_long` ("April 12, 2026").
- `article-grid`: blox-tailwind's grid (`article-grid--start.html`) of `design.columns` (1
  to 4, default 2), a kit card in each cell.
- `card`: one column of cards (`card--start.html`: 65ch wide, 24 px apart), each the page's
  featured image filled into 16:9 (a gradient without one), the title, the summary cut at
  180 characters, then under a rule the date (`hugoblox.locale.date_format`, default
  "Jan 2, 2006") and the reading time (its words split at spaces, 200 a minute, at least
  one), and under another the "Read more" link; `design.show_date`, `show_read_time`,
  `show_read_more` and `fill_image` (else the image is fitted) switch them.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from .htmltext import plainify
from .items import _body_html, format_date, item, truncate
from .items import words as view_words
from .views import READ_MORE


def date_format(site, lang: str, default: str) -> str:
    """`site.Params.hugoblox.locale.date_format | default <default>`."""
    params = site.config.params(lang) if site is not None else {}
    kit = params.get("hugoblox") if isinstance(params.get("hugoblox"), dict) else {}
    locale = kit.get("locale") if isinstance(kit.get("locale"), dict) else {}
    found = locale.get("date_format")
    return str(found) if isinstance(found, str) and found else default


def read_minutes(path: Path | None) -> int:
    """`len (split ($item.Content | plainify) " ")`, divided by 200, at least 1."""
    if path is None:
        return 1
    return max(1, len(plainify(_body_html(path)[1]).split(" ")) // 200)


def switches(block) -> dict[str, bool]:
    """content-collection's `coerce_bool` of the card's `design` switches (default true)."""
    from ...groups import _bool

    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    return {name: _bool(design.get(name), True)
            for name in ("fill_image", "show_date", "show_read_time", "show_read_more")}


def columns(block) -> int:
    """content-collection's `coerce_int` of `design.columns`: default 2, from 1 to 4."""
    from ..schema import WHOLE, fits

    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    value = design.get("columns")
    ok = value is not None and not isinstance(value, bool) and fits(value, WHOLE)
    return max(1, min(4, int(float(value)) if ok else 2))


def _cards(ctx, template: str, block, pages, **more) -> Markup:
    """The pages as the kit's `views/card.html` draws each, in `template`'s container."""
    lang = ctx.page.lang.lower()
    layout = date_format(ctx.page.site, ctx.page.lang, "Jan 2, 2006")
    cards = []
    for page in pages:
        found = item(ctx, page)
        cards.append({
            "item": found, "summary": truncate(found.summary, 180),
            "date": format_date(found.date, layout, ctx.page.lang) if found.date else "",
            "minutes": read_minutes(found.path if found.path.is_file() else None)})
    return ctx.render(
        template, cards=cards, show=switches(block), minute_read=view_words(lang)["minute_read"],
        read_more=READ_MORE.get(lang, READ_MORE.get(lang.split("-")[0], READ_MORE["en"])),
        **more)


def card(ctx, block, pages) -> Markup:
    return _cards(ctx, "collection/views/kit/card.html", block, pages)


def article_grid(ctx, block, pages) -> Markup:
    return _cards(ctx, "collection/views/kit/article-grid.html", block, pages,
                  columns=columns(block))


def date_title_summary(ctx, block, pages) -> Markup:
    lang = ctx.page.lang.lower()
    layout = date_format(ctx.page.site, ctx.page.lang, ":date_long")
    items = []
    for page in pages:
        found = item(ctx, page)
        if found.date:
            found.date_text = format_date(found.date, layout, ctx.page.lang)
        items.append(found)
    return ctx.render("collection/views/date-title-summary.html", items=items,
                      read_more=READ_MORE.get(lang, READ_MORE.get(lang.split("-")[0],
                                                                  READ_MORE["en"])))
