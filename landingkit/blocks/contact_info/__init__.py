"""`contact-info`: the 2026 kit's contact block (`modules/blox/blox/contact-info/block.html`).

A heading (`title`, default "Contact Us"; `subtitle`), then two cards side by side from lg
(one alone, centred, when the other has nothing): "Visit Us" (`visit_title`) with the address
lines, the office hours and `map_url` as a "View on Map" link; "Connect" (`connect_title`)
with the e-mail and telephone (from `content`, else the `username` author's data, "me") and
the social links (`social`, else the author's `links`; a mailto: link is left out when the
e-mail is shown), and the `prospective` members' note and button. `show_form` adds the
message form, drawn but inert as in `contact`. What the kit does with a script is left out:
the e-mail's click-to-copy (the address is shown, and "Send a message" writes to it), and
`map_embed`'s frame, which would load another site (its `src` becomes the map link when
there is no `map_url`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ...model import Block, key
from .. import BlockType, register
from ..layout import link
from ..schema import ANY, BOOL, MAP, TEXT, TEXT_OR_LIST, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
             "visit_title": Option(TEXT), "connect_title": Option(TEXT),
             "address": Option(ANY), "office_hours": Option(TEXT_OR_LIST),
             "map_url": Option(TEXT), "map_embed": Option(TEXT),
             "show_form": Option(ANY, default=False), "form_action": Option(TEXT),
             "username": Option(TEXT, default="me"), "email": Option(TEXT),
             "phone": Option(TEXT), "social": Option(ANY), "prospective": Option(MAP)},
    design={"css_class": Option(TEXT), "animations": Option(BOOL)},
)
CONNECT_TEXT = ("I'm always open to discussing new projects, opportunities, or just having "
                "a chat.")
_SRC = re.compile(r"""\bsrc\s*=\s*["']([^"']+)["']""", re.I)


@dataclass(eq=False)
class ContactInfoBlock(Block):
    title: str | None = key("content", "title")
    email: str | None = key("content", "email")
    phone: str | None = key("content", "phone")


def _text(value: Any) -> str:
    """A string option as the kit reads it (`printf "%T"` is string), trimmed; else ''."""
    return value.strip() if isinstance(value, str) else ""


def _lines(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [str(v).strip() for v in items if v is not None and str(v).strip()]


def _truthy(value: Any) -> bool:
    """The kit's functions/coerce_bool: true, "true", "yes", "1", a non-zero number."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "on")
    return bool(value) if isinstance(value, (bool, int, float)) else False


def _href(ctx, url: str) -> tuple[str, bool]:
    """As the kit links: a `#fragment` kept, no scheme relLangURL, http(s) in a new tab."""
    return (url, False) if url.startswith("#") else link(ctx, url)


def _author(ctx, slug: str):
    from ...collection import urlize

    site = ctx.page.site
    if site is None:
        return None
    return next((p for p in site.data_authors(ctx.page.lang) if p.slug == urlize(slug)), None)


def render(ctx, block: ContactInfoBlock, index: int, section_id: str):
    from ...markdown import emojify

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    title = _text(content.get("title")) or "Contact Us"
    subtitle = content.get("subtitle")
    address = content.get("address")
    lines = _lines(address.get("lines")) if isinstance(address, dict) else _lines(address)
    hours = _lines(content.get("office_hours"))
    map_url = _text(content.get("map_url"))
    embed = _SRC.search(content.get("map_embed") or "") if isinstance(
        content.get("map_embed"), str) else None
    if not map_url and embed and embed.group(1).startswith(("https://", "http://")):
        map_url = embed.group(1)
    person = _author(ctx, _text(content.get("username")) or "me")
    email = _text(content.get("email")) or (person.email.strip() if person else "")
    phone = _text(content.get("phone")) or (_text(person.params.get("phone")) if person
                                            else "")
    raw = content.get("social")
    if raw is None and person is not None:
        social = [(p.url, p.icon, p.label) for p in person.profiles]
    elif isinstance(raw, list):
        social = [(_text(s.get("url") or s.get("link")),
                   s["icon"] if isinstance(s.get("icon"), str) else "hero/link",
                   _text(s.get("label") or s.get("name"))) if isinstance(s, dict)
                  else (_text(s), "hero/link", "") for s in raw]
    else:
        social = [(_text(raw), "hero/link", "")] if isinstance(raw, str) else []
    links = []
    for url, icon, label in social:
        if url and not (email and url.startswith("mailto:")):
            href, external = _href(ctx, url)
            links.append({"href": href, "external": external, "label": label,
                          "icon": ctx.icon(icon) or ctx.icon("hero/link")})
    prospective = content.get("prospective") if isinstance(content.get("prospective"),
                                                            dict) else {}
    button = prospective.get("button") if isinstance(prospective.get("button"), dict) else {}
    words = str(button.get("text")).strip() if button.get("text") is not None else ""
    target = str(button.get("url")).strip() if button.get("url") is not None else ""
    join = None
    if words and target:
        href, external = _href(ctx, target)
        join = {"href": href, "external": external, "text": words}
    note = {"title": _text(prospective.get("title")) or "Prospective Members",
            "text": _text(prospective.get("text")), "button": join} if (
        _text(prospective.get("title")) or _text(prospective.get("text")) or words or target
    ) else None
    visit = bool(lines or hours or map_url)
    connect = bool(email or phone or social or note)
    connect_title = _text(content.get("connect_title"))
    map_link = None
    if map_url:
        href, external = _href(ctx, map_url)
        map_link = {"href": href, "external": external}
    return ctx.render(
        "contact-info/block.html", id=section_id,
        title=ctx.inline_html(emojify(title)),
        subtitle=ctx.inline_html(emojify(subtitle)) if isinstance(subtitle, str) else "",
        visit=visit, connect=connect, single=visit != connect,
        visit_title=_text(content.get("visit_title")) or "Visit Us",
        connect_title=connect_title or ("Let's Connect" if visit != connect else "Connect"),
        connect_text=_text(content.get("text")) or CONNECT_TEXT,
        lines=lines, hours=hours, map=map_link, email=email, phone=phone, links=links,
        mailto="mailto:" + quote(email, safe="@.+-_~"), tel="tel:" + quote(phone, safe="+-()"),
        prospective=note, form=_truthy(content.get("show_form")), icon=ctx.icon)


def summary(block: ContactInfoBlock) -> list[str]:
    return [f"{name}: {value}" for name, value in (("email", block.email),
                                                   ("phone", block.phone)) if value]


register(BlockType("contact-info", ContactInfoBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))

__all__ = ["SCHEMA", "ContactInfoBlock"]
