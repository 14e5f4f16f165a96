"""What the résumé blocks share (not a block type itself): the person a block names, dates,
the theme's words, and links as the templates make them.

blox-tailwind v0.3.1's `resume-*` blocks and blox-bootstrap v5.9.7's `skills` read one person,
`content.username` (default `admin`), as `site.GetPage "/authors/<username>"`; Hugo stops the
build (`errorf`) when there is no such page.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from ..model import Block, Person, get_in
from ..people import author_page
from . import parts
from .parts import media
from .schema import Option

USERNAME = Option(doc="the person's folder in content/authors/ (default: admin)")

#: the theme's i18n strings these blocks use (i18n/<lang>.yaml), English for the rest
WORDS = {
    "en": {"experience": "Experience", "education": "Education", "present": "Present",
           "interests": "Interests", "see_certificate": "See certificate"},
    "zh": {"education": "教育经历", "present": "现在",
           "interests": "兴趣爱好", "see_certificate": "查看证书"},
}


def words(lang: str) -> dict[str, str]:
    found = dict(WORDS["en"])
    found.update(WORDS.get(str(lang).lower(), WORDS.get(str(lang).lower().split("-")[0], {})))
    return found


def username(block: Block) -> str:
    name = block.value_at("content", "username")
    return str(name) if name not in (None, "") else "admin"


def person(ctx, block: Block, name: str | None = None) -> Person | None:
    """The person the block shows (`name`, else its `content.username`); None (said as
    Hugo's error) when the site has none."""
    site = ctx.page.site
    name = name or username(block)
    found = author_page(site, name, ctx.page.lang) if site is not None else None
    if found is None:
        ctx.report_at(block, ("content", "username"), missing(name), "error")
    return found


def nobody(section_id: str, kind: str) -> Markup:
    """The empty section drawn for a block whose person is missing."""
    return Markup('<section id="{}" class="lk-section lk-block-{}"></section>').format(
        section_id, kind)


def missing(name: str) -> str:
    return (f"{name!r}: no author page at content/authors/{name}/ (content.username); Hugo "
            "stops the build, here the block shows nothing")


def markdownify(ctx, text: Any, trim: bool = True) -> Markup:
    """`text | markdownify | emojify`, as the résumé templates write it."""
    return parts.markdownify(ctx, text, emoji=True, trim=trim)


def text(ctx, block: Block, index: int):
    """`content.text | emojify | $page.RenderString` ("" without one)."""
    from .markdown import as_text

    content = block.data.get("content")
    found = content.get("text") if isinstance(content, dict) else None
    return ctx.text_html(block, index, text=as_text(found)) if found is not None else ""


def date(value: Any, layout: Any, lang: str) -> str:
    """`(time value) | time.Format layout`, "" for a value that is no date."""
    from .collection.items import as_date, format_date

    if type(value) is int:
        value = str(value)
    when = as_date(value)
    if when is None:
        return ""
    return format_date(when, layout if isinstance(layout, str) and layout else "January 2006",
                       lang)


def design(block: Block, name: str) -> Any:
    found = block.data.get("design")
    return found.get(name) if isinstance(found, dict) else None


def link(ctx, url: Any) -> tuple[str, bool] | None:
    """(href, opens a new tab) of a profile link as the biography makes it: no scheme is a
    site path (`relLangURL`, a new tab for a `.pdf`), http(s) a new tab; unsafe URLs none."""
    from .layout import link as theme_link

    if not isinstance(url, str) or not url.strip():
        return None
    href, external = theme_link(ctx, url)
    if not urlsplit(url.strip()).scheme:
        external = url.strip().lower().endswith(".pdf")
    return (href, external) if href else None


def items(block: Block, widget_key: str) -> list[dict]:
    """`content.items`, or a Wowchemy widget file's own list (`experience`, `item`)."""
    found = block.data.get(widget_key) if block.widget else (
        block.data["content"].get("items") if isinstance(block.data.get("content"), dict)
        else None)
    return [i for i in found if isinstance(i, dict)] if isinstance(found, list) else []


def item_keys(block: Block, widget_key: str, item: dict, *rest) -> tuple:
    """Where `item` (one of `items`) is written in the block, for a message's line."""
    keys = (widget_key,) if block.widget else ("content", "items")
    listed = get_in(block.data, keys)
    number = next((n for n, found in enumerate(listed) if found is item), None) \
        if isinstance(listed, list) else None
    return keys if number is None else (*keys, number, *rest)


def brand_logo(ctx, block: Block, name: Any, what: str, keys: tuple = ()) -> str | None:
    """The URL of `assets/media/icons/brands/<name>.svg`; without the file Hugo stops
    (`errorf`). Said at `keys` of the block."""
    from .. import images

    site = ctx.page.site
    if not isinstance(name, str) or not name.strip() or site is None:
        return None
    if images.in_assets(site.folder, f"icons/brands/{name}.svg") is None:
        ctx.report_at(block, keys, f"{what} {name!r}: no assets/media/icons/brands/"
                      f"{name}.svg; Hugo stops the build", "error")
        return None
    return media(ctx, block, f"icons/brands/{name}.svg", keys=keys)  # cannot show: a warning


def verbatim(url: Any) -> str:
    """A URL the template writes as it is (`href="{{ .url }}"`), unless it is unsafe."""
    from ..render import safe_url

    return safe_url(url) if isinstance(url, str) else ""
