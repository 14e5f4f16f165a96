"""Views of the collection block that landingkit draws, each registered by name.

`date-title-summary`, `article-grid`, `citation` and `card` are blox-tailwind v0.3.1's
(`layouts/partials/views/`), each page drawn from `items.item`, registered for the tailwind
look (blox-bootstrap's are in `bootstrap_views.py`; blox-tailwind v0.6-v0.10's `card` and
`article-grid` in `tailwind10.py`). `people-grid` is not the
theme's: the seed's site defined it (see the format's "The `people-grid` view"). One card a
person, in a grid of `min(columns, people)` columns.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from ...config import tailwind_since
from .. import View, register_view

MAX_COLUMNS = 12
AVATAR_DISPLAY = 150  # CSS pixels; the image itself is 2x
NO_AVATAR = ("no avatar image in this person's folder (a file named avatar.png or "
             "avatar.jpg); a placeholder is shown, and Hugo stops the build")


def people_grid(ctx, block, people) -> Markup:
    """The grid, drawn once per Images object: the pages of a site export that show the same
    people share it (their cards, and what the cards reported)."""
    columns = block.columns if type(block.columns) is int and block.columns > 0 else 2
    columns = max(1, min(columns, len(people) or 1, MAX_COLUMNS))

    def draw(sub) -> Markup:
        cards = [sub.card(person, "people-grid", person_card) for person in people]
        return sub.render("collection/views/people-grid.html",
                          cards=Markup("\n".join(cards)), columns=columns)

    return ctx.shared(("people-grid", tuple(map(id, people)), columns), draw, people)


def person_card(ctx, person) -> Markup:
    avatar = ctx.avatar_url(person, NO_AVATAR)
    return ctx.render(
        "collection/views/person-card.html", person=person, avatar=avatar,
        size=AVATAR_DISPLAY, initials=ctx.initials(person.name), icon=ctx.icon,
        role=ctx.role_html(person),
        organizations=[o for o in person.organizations if o.name.strip()],
        profiles=[p for p in person.profiles if p.icon or p.url])


#: the theme's `read_more` (i18n/<lang>.yaml), English for the rest
READ_MORE = {"en": "Read more", "zh": "阅读文章", "de": "Weiterlesen", "fr": "Lire la suite",
             "es": "Leer más", "ja": "続きを読む"}


def _columns(block, default: int = 2) -> int:
    raw = block.columns
    number = int(raw) if isinstance(raw, str) and raw.strip().isdigit() else raw
    return max(1, min(number, MAX_COLUMNS)) if type(number) is int and number > 0 else default


def _items(ctx, pages) -> list:
    """The pages as the theme's views draw them (a people grid needs none of it)."""
    from .items import item

    return [item(ctx, page) for page in pages]


def date_title_summary(ctx, block, pages) -> Markup:
    from ...render import look_variant

    if look_variant(ctx.page.site) == "kit":
        from . import kit

        return kit.date_title_summary(ctx, block, pages)
    lang = ctx.page.lang.lower()
    return ctx.render("collection/views/date-title-summary.html",
                      items=_items(ctx, pages),
                      read_more=READ_MORE.get(lang, READ_MORE.get(lang.split("-")[0],
                                                                  READ_MORE["en"])))


def article_grid(ctx, block, pages) -> Markup:
    from ...render import look_variant

    if look_variant(ctx.page.site) == "kit":
        from . import kit

        return kit.article_grid(ctx, block, pages)
    if tailwind_since(getattr(ctx.page.site, "config", None), (0, 6)):  # the 2025 card
        from . import tailwind10

        return tailwind10.article_grid(ctx, block, pages)
    return ctx.render("collection/views/article-grid.html",
                      items=_items(ctx, pages), columns=_columns(block))


def card(ctx, block, pages) -> Markup:
    from ...render import look_variant

    if look_variant(ctx.page.site) == "kit":
        from . import kit

        return kit.card(ctx, block, pages)
    if tailwind_since(getattr(ctx.page.site, "config", None), (0, 6)):  # the 2025 card
        from . import tailwind10

        return tailwind10.card(ctx, block, pages)
    return ctx.render("collection/views/card.html", items=_items(ctx, pages))


def citation(ctx, block, pages) -> Markup:
    """APA unless `params.publications.citation_style` says otherwise (then MLA); from
    blox-tailwind v0.10 each with its link buttons (`tailwind10.page_links`)."""
    from ...render import look_variant

    if look_variant(ctx.page.site) == "kit":
        from . import kit

        return kit.citation(ctx, block, pages)
    site = ctx.page.site
    params = site.config.params(ctx.page.lang) if site is not None else {}
    publications = params.get("publications")
    style = publications.get("citation_style") if isinstance(publications, dict) else None
    drawn = _items(ctx, pages)
    if tailwind_since(getattr(site, "config", None), (0, 10)):
        from .tailwind10 import page_links

        for found, page in zip(drawn, pages):
            found.buttons = page_links(ctx, page)
    return ctx.render("collection/views/citation.html", items=drawn,
                      apa=(style or "apa") == "apa")


HERE = Path(__file__).parent
for name, draw in (("date-title-summary", date_title_summary), ("article-grid", article_grid),
                   ("card", card), ("citation", citation)):
    register_view(View(name, draw, HERE, look="tailwind"))
register_view(View("people-grid", people_grid, Path(__file__).parent, needs_avatar=True))
