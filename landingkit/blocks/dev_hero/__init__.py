"""`dev-hero`, the 2026 kit's (HugoBlox/kit f107371d `modules/blox/blox/dev-hero/block.html`).

A person's opening, read from `data/authors/<content.username>.*` (default `me`) as the
kit's `get_author_profile` reads it: over blurred orbs (and, in the dark, a faint grid), the
avatar (`assets/media/authors/<slug>.*`, filled square; none drawn without one) with the
`status.icon` badge (`show_status`), the `greeting` between (centered) or after (split) two
short rules, the `name_prefix` and the name (the person's display name, else `title`, else
the username as written; `content.title` only when there is none of them), the role (the
person's, else `tagline`) and bio (the person's, else `bio`), both `RenderString`, the links
(the person's, else `content.links`), the `cta_buttons` (the first filled, the others
outlined) and the scroll indicator (`show_scroll_indicator`, to `scroll_target`). `design.style`
`centered` (the default) or `split` (the avatar beside the copy from 768 px), `avatar_shape`
`circle` (the default) or anything else for a rounded square. With `typewriter.enable` and
`typewriter.strings`, the role's line holds the first string as the typewriter holds it when
it pauses (there is no script here to type the others).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from ...groups import _bool
from ...model import Block, key
from ...people import urlize
from .. import BlockType, register
from ..kitparts import link, text
from ..parts import render_string
from ..schema import ANY, MAP, SWITCH, TEXT, WHOLE, Option, Schema

STYLES = ("centered", "split")


def _off(value: Any) -> bool:
    """What functions/coerce_bool makes of a switch that defaults to off."""
    return _bool(value, False)


def _whole(default: int) -> Option:
    """A count read by functions/coerce_int: a value that is none builds, as `default`."""
    return Option(WHOLE, default=default, read=lambda value: default)


SCHEMA = Schema(
    content={"username": Option(TEXT, default="me"), "title": Option(TEXT),
             "tagline": Option(TEXT), "bio": Option(TEXT), "greeting": Option(TEXT),
             "name_prefix": Option(TEXT), "show_status": Option(SWITCH, default=False, read=_off),
             "show_scroll_indicator": Option(SWITCH, default=False, read=_off),
             "scroll_target": Option(TEXT, default="#projects"),
             "links": Option(ANY, doc="links shown when the person has none"),
             "cta_buttons": Option(ANY, doc="a list of buttons (text, url, icon, new_tab)"),
             "typewriter": Option(MAP, keys={
                 "enable": Option(SWITCH, default=False, read=_off), "strings": Option(ANY),
                 "prefix": Option(TEXT), "type_speed": _whole(80),
                 "delete_speed": _whole(50), "pause_time": _whole(2000)})},
    design={"style": Option(TEXT, default="centered", choices=(
                ("Centered (default)", ""), ("Split", "split"))),
            "avatar_shape": Option(TEXT, default="circle", choices=(
                ("Circle (default)", ""), ("Rounded", "rounded"))),
            "animations": Option(SWITCH, default=False, read=_off)},
)


@dataclass(eq=False)
class DevHeroBlock(Block):
    username: Any = key("content", "username")
    title: Any = key("content", "title")


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _string(data: dict, name: str) -> str:
    """The template's `if eq (printf "%T" $raw) "string"`: a string, else ''."""
    value = data.get(name)
    return value if isinstance(value, str) else ""


def _with(value: Any) -> str:
    """`with index $btn "x"` then `strings.TrimSpace (printf "%v" .)`: '' for a false value."""
    return "" if not value else text(value).strip()


def author(site, username: str, lang: str):
    """The person of `data/authors/` the kit's get_author_profile finds for `username`."""
    if site is None:
        return None
    slug = urlize(username)
    return next((p for p in site.data_authors(lang) if p.slug == slug), None)


def _icon(ctx, name: str) -> Markup:
    """functions/get_icon: the icon's SVG; a name of no pack that is no icon is shown as
    text (the kit takes it for an emoji); an unknown icon of a pack, nothing."""
    svg = ctx.icon(name) if name.strip() else None
    if svg is not None:
        return svg
    if "/" in name:
        return Markup("")
    return Markup('<span class="lk-dh-glyph">{}</span>').format(name)


def _links(ctx, raw: Any) -> list[dict]:
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    links = []
    for item in items:
        url, icon, label = "", "hero/link", ""
        if isinstance(item, dict):
            url_raw = item.get("url") or item.get("link")
            url = url_raw.strip() if isinstance(url_raw, str) else ""
            icon = item["icon"] if isinstance(item.get("icon"), str) else icon
            label_raw = item.get("label") or item.get("name")
            label = label_raw if isinstance(label_raw, str) else ""
        elif isinstance(item, str):
            url = item.strip()
        if url:
            href, new_tab = link(ctx, url)
            links.append({"href": href, "new_tab": new_tab, "label": label,
                          "icon": _icon(ctx, icon or "hero/link")})
    return links


def _buttons(ctx, raw: Any) -> list[dict]:
    raw = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) and raw else []
    buttons = []
    for n, data in enumerate(raw):
        if not isinstance(data, dict):
            continue
        words, url = _with(data.get("text")), _with(data.get("url"))
        if not (words and url):
            continue
        icon = text(data.get("icon")) if data.get("icon") else ""
        href, new_tab = link(ctx, url)
        new_tab = new_tab or _bool(data.get("new_tab"), False) or (
            not urlsplit(url).scheme and href.endswith(".pdf"))  # path.Ext of the link
        buttons.append({"primary": n == 0, "text": words, "href": href, "new_tab": new_tab,
                        "icon": _icon(ctx, icon) if icon else Markup("")})
    return buttons


def _typewriter(content: dict) -> tuple[str, str] | None:
    """(prefix, the first string) when the typewriter is on and has strings."""
    typewriter = _mapping(content.get("typewriter"))
    if not _bool(typewriter.get("enable"), False):
        return None
    raw = typewriter.get("strings")
    if isinstance(raw, list):
        strings = [s for s in (text(v).strip() if v is not None else "<nil>" for v in raw) if s]
    else:
        strings = [raw.strip()] if isinstance(raw, str) and raw.strip() else []
    return (_string(typewriter, "prefix"), strings[0]) if strings else None


def render(ctx, block: DevHeroBlock, index: int, section_id: str):
    content = _mapping(block.data.get("content"))
    design = _mapping(block.data.get("design"))
    username = _username(content.get("username"))
    site = ctx.page.site
    person = author(site, username, ctx.page.lang)
    data = person.params if person is not None else {}
    name = _mapping(data.get("name"))
    title = text(name.get("display")) if name.get("display") else (
        text(data.get("title")) if data.get("title") else username)
    style = _string(design, "style").strip().lower()
    style = style if style in STYLES else "centered"
    shape = design.get("avatar_shape")
    shape = shape.strip().lower() if isinstance(shape, str) else "circle"
    role = data.get("role") or _string(content, "tagline")
    bio = data.get("bio") or _string(content, "bio")
    status = _mapping(data.get("status"))
    scroll = _string(content, "scroll_target").strip() or "#projects"
    return ctx.render(
        "dev-hero/block.html", id=section_id, split=style == "split",
        circle=shape == "circle",
        avatar=ctx.avatar_url(person) if person is not None else None, alt=title,
        status=_emoji(_string(status, "icon")) if _bool(content.get("show_status"), False)
        else "",
        greeting=_string(content, "greeting"), prefix=_string(content, "name_prefix"),
        title=title or (_string(content, "title").strip() or "Developer"),
        typewriter=_typewriter(content),
        role=render_string(ctx, block, index, ("content", "tagline"), role) if role else None,
        bio=render_string(ctx, block, index, ("content", "bio"), bio) if bio else None,
        links=_links(ctx, data.get("links") or content.get("links")),
        buttons=_buttons(ctx, content.get("cta_buttons")),
        scroll=link(ctx, scroll) if _bool(content.get("show_scroll_indicator"), False)
        else None)


def _emoji(value: str) -> str:
    from ...markdown import emojify

    return emojify(value) if value else ""


def _username(value: Any) -> str:
    return value.strip() if isinstance(value, str) else "me"


def summary(block: DevHeroBlock) -> list[str]:
    username = _username(block.username)
    return [f"person: {username}"] if username else []


register(BlockType("dev-hero", DevHeroBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "DevHeroBlock"]
