"""The collection's views as the 2026 kit draws them otherwise than blox-tailwind v0.3.1
(HugoBlox/kit f107371d, `modules/blox/layouts/_partials/views/`); their styles are kit.css
and card.css beside this file, added on a kit site's pages (`render.look_variant`).

- `citation`: blox-tailwind's, in APA unless `hugoblox.content.citations.style` says
  otherwise (then MLA), an event's year its `event_start`'s, its authors named by their
  profiles (`page_metadata_authors`).
- `date-title-summary`: blox-tailwind's, its dates (an event's `event_start`, else the
  page's date) in `hugoblox.locale.date_format`, by default `:date_long` ("April 12, 2026").
- `article-grid`: blox-tailwind's grid (`article-grid--start.html`) of `design.columns` (1
  to 4, default 2), a kit card in each cell.
- `card`: one column of cards (`card--start.html`: 65ch wide, 24 px apart), each the page's
  featured image filled into 16:9 (a gradient without one), the title, the summary cut at
  180 characters, then under a rule the date (`hugoblox.locale.date_format`, default
  "Jan 2, 2006") and the reading time (its words split at spaces, 200 a minute, at least
  one), and under another the "Read more" link; `design.show_date`, `show_read_time`,
  `show_read_more` and `fill_image` (else the image is fitted) switch them. Over the title,
  the page's first tag as a pill (its term page's automatic title: AP title case with
  `capitalizeListTitles`); before the date, the first author (`functions/get_author_profile`
  of `authors[0] | urlize`: `data/authors/` names them, else the slug; an avatar from
  assets/media/authors/<slug>.*, else a person icon); an event (`.Type` "events") shows its
  dates (`functions/get_event_dates`) where a post shows its date; an `external_link`'s
  title ends in an "opens elsewhere" icon. A page's `content_meta` adds a "Trending" badge on
  the image (`trending`), a row of its `content_type` pill and `difficulty` over the tags,
  and under the summary its first two `prerequisites` and how many more.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from ..parts import title_case
from .htmltext import plainify
from .items import _body_html, as_date, format_date, in_language, item, truncate
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
    layout = date_format(ctx.page.site, ctx.page.lang, "Jan 2, 2006")
    return cards(ctx, template, pages, switches(block), layout, first_author, events=True,
                 **more)


def cards(ctx, template: str, pages, show: dict[str, bool], layout: str, author,
          events: bool, row: bool = False, **more) -> Markup:
    """The pages as the 2025 card draws each (the kit's and blox-tailwind v0.6-v0.10's
    `views/card.html`), in `template`'s container: dates in the Go `layout`, the first author
    as `author(ctx, page)` finds them, an event's dates where `events` (the kit's), the facts
    and "Read more" in one `row` (blox-tailwind v0.6-v0.9's)."""
    lang = ctx.page.lang.lower()
    drawn = []
    for page in pages:
        found = item(ctx, page)
        drawn.append({
            "item": found, "summary": truncate(found.summary, 180),
            "date": format_date(found.date, layout, ctx.page.lang) if found.date else "",
            "event": event_dates(ctx, page) if events and found.type == "events" else None,
            "tag": tag_pill(ctx, found), "author": author(ctx, page),
            "away": ctx.icon("hero/arrow-top-right-on-square") if found.external else None,
            "minutes": read_minutes(found.path if found.path.is_file() else None),
            "meta": content_meta(page.params.get("content_meta"))})
    return ctx.render(
        template, cards=drawn, show=show, minute_read=view_words(lang)["minute_read"],
        read_more=in_language(READ_MORE, lang), meta_words=in_language(META_WORDS, lang),
        row=row, **more)


#: the kit's i18n/<lang>.yaml for the words of `content_meta` (English where a language has
#: none: Hugo takes the default language's)
META_WORDS = {
    "en": {"trending": "Trending", "difficulty": "Difficulty", "prerequisites": "Prerequisites"},
    "zh": {"trending": "热门", "difficulty": "难度", "prerequisites": "先决条件"},
    "de": {"trending": "Im Trend", "difficulty": "Schwierigkeitsgrad",
           "prerequisites": "Voraussetzungen"},
    "es": {"trending": "Tendencia", "difficulty": "Dificultad",
           "prerequisites": "Requisitos previos"},
}
MAX_PREREQUISITES = 2  # card.html's `$max`


def content_meta(meta: Any) -> dict | None:
    """What card.html shows of `content_meta`: `trending`, `content_type` and `difficulty`
    where they are set (`with`, `if`: not false, empty or zero), and the prerequisites, the
    first two and how many more."""
    if not isinstance(meta, dict) or not meta:
        return None
    shown = {name: _printed(meta.get(name)) if meta.get(name) else ""
             for name in ("content_type", "difficulty")}
    needs = meta.get("prerequisites")
    needs = [_printed(need) for need in needs] if isinstance(needs, list) else []
    return {"trending": bool(meta.get("trending")), **shown,
            "prerequisites": needs[:MAX_PREREQUISITES],
            "more": max(0, len(needs) - MAX_PREREQUISITES)}


def _printed(value: Any) -> str:
    """`{{ . }}` of a scalar, as Go prints it."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def tag_pill(ctx, found) -> tuple[str, str] | None:
    """(the first tag's term title, its link): `index (.GetTerms "tags") 0`."""
    if found.tag is None:
        return None
    site = ctx.page.site
    capitalise = site is None or site.config.data.get("capitalizelisttitles", True) is not False
    return (title_case(found.tag.name) if capitalise else found.tag.name), found.tag.href


def hugo_slug(value: Any) -> str:
    """Hugo's `urlize` as a string: lower case, spaces to hyphens, then escaped as a URL path
    (`Tomás` is `tom%C3%A1s`)."""
    from ...collection import urlize

    return quote(urlize(value), safe="/-._~!$&'()*+,;=:@")


def first_author(ctx, page) -> dict | None:
    """The card's author: `get_author_profile (index .Params.authors 0 | urlize)`."""
    raw = page.params.get("authors")
    if not isinstance(raw, list) or not raw or raw[0] in (None, ""):
        return None
    slug = hugo_slug(raw[0])
    site = ctx.page.site
    people = site.data_authors(ctx.page.lang) if site is not None else []
    person = next((p for p in people if hugo_slug(p.slug) == slug), None)
    data = person.params if person is not None else {}
    name = data.get("name") if isinstance(data.get("name"), dict) else {}
    title = next((str(v) for v in (name.get("display"), data.get("title")) if v), slug)
    avatar = None
    folder = Path(site.folder) / "assets" / "media" / "authors" if site is not None else None
    if folder is not None and folder.is_dir():  # `resources.GetMatch "media/authors/<slug>.*"`
        found = sorted(f for f in folder.iterdir() if f.name.startswith(f"{slug}.")
                       and f.is_file())
        if found:
            from ... import images

            try:
                avatar = ctx.site_image_url(found[0], "avatar", stem=slug)
            except images.ImageProblem as exc:
                ctx.report(found[0], None, f"avatar: {exc}; the card shows an icon")
    return {"name": title, "avatar": avatar,
            "icon": ctx.icon("hero/user") if avatar is None else None, "group": False}


def event_dates(ctx, page) -> str:
    """`functions/get_event_dates`: the start (`event_start`, else the date) in
    `hugoblox.locale.date_format` (default :date_long) and, unless `event_all_day` (or
    `all_day`), its time in `time_format` (default 3:04 PM); then "—", the end's date when it
    is another day, and its time."""
    params, lang, site = page.params, ctx.page.lang, ctx.page.site
    start = as_date(params.get("event_start") or page.date)
    end = as_date(params.get("event_end") or params.get("date_end"))
    if start is None:
        return ""
    day = date_format(site, lang, ":date_long")
    hour = time_format(site, lang)
    all_day = bool(params.get("event_all_day") or params.get("all_day"))
    words = [format_date(start, day, lang)]
    if not all_day:
        words.append(format_date(_moment(start), hour, lang))
    if end is not None:
        words.append("—")
        if (end.year, end.month, end.day) != (start.year, start.month, start.day):
            words.append(format_date(end, day, lang))
        if not all_day:
            words.append(format_date(_moment(end), hour, lang))
    return " ".join(words)


def _moment(when: dt.date) -> dt.datetime:
    return when if isinstance(when, dt.datetime) else dt.datetime(when.year, when.month,
                                                                  when.day)


def time_format(site, lang: str) -> str:
    """`site.Params.hugoblox.locale.time_format | default "3:04 PM"`."""
    params = site.config.params(lang) if site is not None else {}
    kit = params.get("hugoblox") if isinstance(params.get("hugoblox"), dict) else {}
    locale = kit.get("locale") if isinstance(kit.get("locale"), dict) else {}
    found = locale.get("time_format")
    return str(found) if isinstance(found, str) and found else "3:04 PM"


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
        when = as_date(page.params.get("event_start")) or found.date  # `| default .Date`
        if when:
            found.iso, found.date_text = (when.strftime("%Y-%m-%d"),
                                          format_date(when, layout, ctx.page.lang))
        items.append(found)
    return ctx.render("collection/views/date-title-summary.html", items=items,
                      read_more=in_language(READ_MORE, lang))


def citation(ctx, block, pages) -> Markup:
    """views/citation.html: `hugoblox.content.citations.style | default "apa"`, the year of
    `event_start | default .Date`."""
    from ..parts import dig

    site = ctx.page.site
    params = site.config.params(ctx.page.lang) if site is not None else {}
    style = dig(params, "hugoblox", "content", "citations", "style")
    items = []
    for page in pages:
        found = item(ctx, page)
        start = as_date(page.params.get("event_start"))
        if start:
            found.year = f"{start.year:04d}"
        found.authors = cited_authors(ctx, page)
        items.append(found)
    return ctx.render("collection/views/citation.html", items=items,
                      apa=(style or "apa") == "apa")


def cited_authors(ctx, page) -> list:
    """The kit's `page_metadata_authors`: each of `authors` named by its profile
    (`data/authors/`, else as written), linked to its term page only where the site has an
    `authors` taxonomy; none in bold."""
    from ...collection import urlize
    from .items import Author

    raw = page.params.get("authors")
    terms = raw if isinstance(raw, list) else [raw] if raw not in (None, "") else []
    site = ctx.page.site
    people = {hugo_slug(p.slug): p for p in site.data_authors(ctx.page.lang)} if site else {}
    configured = site.config.data.get("taxonomies") if site is not None else None
    linked = isinstance(configured, dict) and "authors" in (str(v) for v in configured.values())
    lang = "" if site is None or ctx.page.lang == site.default_lang else f"/{ctx.page.lang}"
    out = []
    for term in terms:
        person = people.get(hugo_slug(term))
        data = person.params if person is not None else {}
        name = data.get("name") if isinstance(data.get("name"), dict) else {}
        shown = next((str(v) for v in (name.get("display"), data.get("title")) if v),
                     str(term))
        out.append(Author(shown, ctx.href(f"{lang}/authors/{urlize(term)}/") if linked else ""))
    return out
