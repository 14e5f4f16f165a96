"""The collection's `card` and `article-grid` views as blox-tailwind v0.10.0 draws them
(`layouts/_partials/views/card.html`; `article-grid.html` is the same card in
`article-grid--start.html`'s grid), read by a site whose go.mod names v0.10 or later.

It is the kit's 2025 card (kit.py, card.css) with these differences, its colours in
tailwind-0.10.css beside this file:

- the collection block passes `design.fill_image`, `show_date`, `show_read_time` and
  `show_read_more` through `| default true`, which turns a `false` into true: every card
  shows its date, reading time and "Read more", and fills its image;
- the date is in `params.locale.date_format` (default "Jan 2, 2006"), an event's too;
- the author is the page's first `authors` term (`index (.GetTerms "authors") 0`): where the
  site has that taxonomy, the term page's title (the person's page, else the term in title
  case) and the `*avatar*` image of its bundle, else a person icon; where it has none, the
  name as written beside a group icon;
- the tag pill, the "Read more" link and the group icon are in the site's primary colours;
  a page without an image shows a blue-to-purple band.
"""

from __future__ import annotations

from markupsafe import Markup

from ... import images
from ...people import author_page
from ..parts import title_case
from . import kit
from .views import _columns


def switches() -> dict[str, bool]:
    """`$block.design.<switch> | default true`: true whatever the page says."""
    return dict.fromkeys(("fill_image", "show_date", "show_read_time", "show_read_more"), True)


def date_layout(site, lang: str) -> str:
    """`site.Params.locale.date_format | default "Jan 2, 2006"`."""
    params = site.config.params(lang) if site is not None else {}
    locale = params.get("locale") if isinstance(params.get("locale"), dict) else {}
    found = locale.get("date_format")
    return str(found) if isinstance(found, str) and found else "Jan 2, 2006"


def has_taxonomy(site, plural: str) -> bool:
    """Whether the site's `taxonomies` name `plural` (Hugo's own are tags and categories;
    blox-tailwind adds none)."""
    configured = site.config.data.get("taxonomies") if site is not None else None
    if not isinstance(configured, dict):
        return plural in ("tags", "categories")
    return plural in (str(v) for v in configured.values())


def term_author(ctx, page) -> dict | None:
    """The card's author: the first of the page's `authors` terms."""
    raw = page.params.get("authors")
    if not isinstance(raw, list) or not raw or raw[0] in (None, ""):
        return None
    site = ctx.page.site
    if not has_taxonomy(site, "authors"):  # no term: the name as written, a group icon
        return {"name": str(raw[0]), "avatar": None, "icon": ctx.icon("hero/user-group"),
                "group": True}
    slug = kit.hugo_slug(raw[0])
    person = author_page(site, slug, ctx.page.lang) if site is not None else None
    if person is not None and person.origin not in ("page", "list"):
        person = None  # data/authors makes no term page
    capitalise = site is None or site.config.data.get("capitalizelisttitles", True) is not False
    if person is not None:
        own = person.params.get("linktitle") or person.params.get("linkTitle")
        name = str(own) if own else person.name
    else:
        name = title_case(str(raw[0])) if capitalise else str(raw[0])
    avatar = None
    if person is not None and person.avatar is not None:
        try:
            avatar = ctx.site_image_url(person.avatar, "avatar", stem=slug)
        except images.ImageProblem as exc:
            ctx.report(person.avatar, None, f"avatar: {exc}; the card shows an icon")
    return {"name": name, "avatar": avatar,
            "icon": ctx.icon("hero/user") if avatar is None else None, "group": False}


def card(ctx, block, pages) -> Markup:
    return kit.cards(ctx, "collection/views/kit/card.html", pages, switches(),
                     date_layout(ctx.page.site, ctx.page.lang), term_author, events=False)


def article_grid(ctx, block, pages) -> Markup:
    return kit.cards(ctx, "collection/views/kit/article-grid.html", pages, switches(),
                     date_layout(ctx.page.site, ctx.page.lang), term_author, events=False,
                     columns=_columns(block))
