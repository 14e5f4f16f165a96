"""The collection views of blox-bootstrap v5.9.7 and Wowchemy v5.5.0 (`layouts/partials/
views/*.html`): `compact`, `list`, `masonry`, `showcase`, and their own `card` and `citation`.

Each page is drawn from `items.item`; what these views add to it is the theme's
`page_metadata.html` (authors, the date, the publication, a post's reading time, the
categories), `page_metadata_authors.html` and the buttons of `page_links.html`. The two
generations differ in where a featured image may be (Wowchemy v5.5.0: only the bundle's
`*featured*`; v5.9.7 also `image.filename`, as blox-tailwind) and nowhere in the HTML.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from ...config import wowchemy_before
from .. import View, register_view

if TYPE_CHECKING:
    from .items import Item

LOOK = "bootstrap"
#: Hugo's `truncate` of an abstract in compact and masonry (`site.Params.abstract_length`)
ABSTRACT_LENGTH = 135
#: the image widths the views resize to (`.Resize "150x"`, `"550x"`, `"resize 540x"`) and
#: card's `.Fill "808x455"` (Academic v4's li_card.html: `"918x517 q90"`)
WIDTHS = {"compact": 150, "masonry": 550, "showcase": 540}
CARD, ACADEMIC_CARD = (808, 455), (918, 517)
#: the module's own `params.locale` (its hugo.yaml), under the site's
DATE_FORMAT, TIME_FORMAT = "Jan 2, 2006", "3:04 PM"
#: the page types whose compact entry shows the authors only (no date, no categories)
AUTHORS_ONLY = ("event", "publication", "project")
#: Academic v4.8's page types as the views here name them
OLD_TYPES = {"talk": "event", "event": "event (v5)"}


def _params(ctx) -> dict:
    site = ctx.page.site
    return site.config.params(ctx.page.lang) if site is not None else {}


def summary(ctx, entry: Item, cut: bool) -> Markup:
    """The views' summary: `summary | markdownify`, else `abstract | markdownify` (cut to
    `abstract_length` where `cut`), else Hugo's `.Summary`."""
    from .items import truncate

    if entry.own_summary:
        return entry.own_summary
    if entry.abstract:
        if not cut:
            return entry.abstract
        length = _params(ctx).get("abstract_length")
        return Markup(truncate(str(entry.abstract), length if type(length) is int
                               else ABSTRACT_LENGTH))
    return entry.content_summary


def _locale(ctx) -> tuple[str, str]:
    """`site.Params.locale.date_format` and `time_format`, the module's defaults under them
    (Academic v4.8 and Wowchemy v5.0-v5.4: `site.Params.date_format` and `time_format`)."""
    from ..parts import wowchemy_version  # not imported with the module: bootstrap sites only

    params = _params(ctx)
    version = wowchemy_version(ctx)
    locale = params if wowchemy_before(version, (5, 5)) else params.get("locale")
    locale = locale if isinstance(locale, dict) else {}
    day, hour = locale.get("date_format"), locale.get("time_format")
    return (str(day) if isinstance(day, str) and day.strip() else DATE_FORMAT,
            str(hour) if isinstance(hour, str) and hour.strip() else TIME_FORMAT)


def meta_date(ctx, entry: Item) -> str:
    """page_metadata.html's date: a publication's `date` as `publications.date_format`
    (default "January, 2006"); else `lastmod` (the date when it has none) as
    `locale.date_format`, after "Last updated on" when they differ."""
    from .items import format_date, words

    params = _params(ctx)
    lang = ctx.page.lang
    if entry.type == "publication":
        pubs = params.get("publications")
        layout = pubs.get("date_format") if isinstance(pubs, dict) else None
        return format_date(entry.date, layout or "January, 2006", lang) if entry.date else ""
    when = entry.lastmod or entry.date
    if when is None:
        return ""
    text = format_date(when, _locale(ctx)[0], lang)
    return f"{words(lang)['last_updated']} {text}" if entry.lastmod else text


def event_dates(ctx, page, entry: Item) -> str:
    """functions/get_event_dates.html: the start as `locale.date_format` and, unless
    `all_day`, `locale.time_format`; then "—" and the end (`date_end`; its date only when
    another day)."""
    from .items import as_date, format_date

    day, hour = _locale(ctx)
    lang, all_day = ctx.page.lang, page.params.get("all_day")
    start, end = entry.date, as_date(page.params.get("date_end"))
    if start is None:
        return ""

    def at(when, with_day=True) -> list[str]:
        out = [format_date(when, day, lang)] if with_day else []
        if not all_day:
            out.append(format_date(when, hour, lang))
        return out

    parts = at(start)
    if end is not None:
        same = (start.year, start.month, start.day) == (end.year, end.month, end.day)
        parts += ["—", *at(end, not same)]
    return " ".join(parts)


def _entries(ctx, pages, kind: str, cut: bool) -> list[dict]:
    from ..parts import wowchemy_version
    from .items import item

    version = wowchemy_version(ctx)
    # Academic v4.8's li_*.html and page_metadata.html draw a `talk` as v5 draws an `event`
    # (its dates and location), and know no `event`
    renamed = OLD_TYPES if wowchemy_before(version, (5, 0)) else {}
    out = []
    for page in pages:
        entry = item(ctx, page)
        if entry.type in renamed:
            entry = replace(entry, type=renamed[entry.type])
        shown = page.params.get("show_date")
        location = page.params.get("location")
        out.append({"item": entry, "summary": summary(ctx, entry, cut),
                    "date": meta_date(ctx, entry) if shown is not False else "",
                    "image": _image(ctx, page, entry, kind),
                    "event": event_dates(ctx, page, entry) if entry.type == "event" else "",
                    "location": str(location) if isinstance(location, str | int | float)
                    and str(location).strip() else ""})
    return out


def _image(ctx, page, entry: Item, kind: str) -> dict | None:
    """The featured image's URL and the size the theme's resized copy has."""
    from .items import featured_file

    if entry.image is None or (kind != "card" and kind not in WIDTHS):
        return None
    site = ctx.page.site
    found = featured_file(page, Path(site.folder) / "assets" / "media" if site else None)
    if site is not None and site.config.theme == "wowchemy" and (
            found is None or "featured" not in found.name.lower()
            or found.parent != Path(page.path).parent):
        return None  # v5.5.0: `(.Resources.ByType "image").GetMatch "*featured*"` only
    width, height = _size(found)
    if kind == "card":
        return {"src": _card_image(ctx, page, found) or entry.image, "width": CARD[0],
                "height": CARD[1]}
    if not width:
        return {"src": entry.image, "width": None, "height": None}
    target = WIDTHS[kind]
    return {"src": entry.image, "width": target, "height": round(height * target / width)}


def _card_image(ctx, page, found: Path | None) -> str | None:
    """card.html's `.Fill "808x455 <anchor>"`, the anchor the page's `image.focal_point`,
    default Smart (Hugo's `imaging.anchor` for a name it does not know); None when it cannot
    be made (the featured image as drawn already says why)."""
    from ... import images
    from ..parts import wowchemy_version

    if found is None:
        return None
    size = ACADEMIC_CARD if wowchemy_before(wowchemy_version(ctx), (5, 0)) else CARD
    image = page.params.get("image")
    focal = image.get("focal_point") if isinstance(image, dict) else None
    imaging = ctx.page.site.config.data.get("imaging") if ctx.page.site is not None else None
    default = imaging.get("anchor") if isinstance(imaging, dict) else None
    try:
        return ctx.site_image_url(found, images.fill_kind(*size, focal or "smart",
                                                          default or "smart"))
    except images.ImageProblem:
        return None


def _size(path: Path | None) -> tuple[int, int]:
    from ... import images

    if path is None:
        return 0, 0
    try:
        processed = images.process(path, "content")
    except images.ImageProblem:
        return 0, 0
    return processed.width, processed.height


def _draw(name: str, cut: bool):
    """The view `name`; `cut`: an abstract is truncated. Showcase flips every second row
    unless `design.flip_alt_rows` is false (`default true` keeps a boolean; an empty or
    zero value becomes true)."""
    def draw(ctx, block, pages) -> Markup:
        from .items import words

        design = block.data.get("design")
        flip = design.get("flip_alt_rows") if isinstance(design, dict) else None
        return ctx.render(f"collection/views/bootstrap/{name}.html",
                          entries=_entries(ctx, pages, name, cut),
                          words=words(ctx.page.lang), authors_only=AUTHORS_ONLY,
                          icon=ctx.icon, apa=_apa(ctx), flip=flip is not False)
    draw.__name__ = name.replace("-", "_")
    draw.__doc__ = f"blox-bootstrap's `views/{name}.html`, once per page."
    return draw


def _apa(ctx) -> bool:
    pubs = _params(ctx).get("publications")
    style = pubs.get("citation_style") if isinstance(pubs, dict) else None
    return (style or "apa") == "apa"


HERE = Path(__file__).parent
for _name, _cut in (("compact", True), ("list", True), ("masonry", True),
                    ("showcase", False), ("card", False), ("citation", True)):
    register_view(View(_name, _draw(_name, _cut), HERE, look=LOOK))
