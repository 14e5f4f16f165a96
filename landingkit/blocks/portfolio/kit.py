"""`portfolio` of the 2026 kit (`modules/blox/blox/portfolio/block.html`): its own cards, not a
collection view.

The pages of `filters.folders` (projects) of kind page, sorted by `sort_by` (Date), newest
first unless `sort_ascending`; each filter button's pages (its tag, `*` for all; at most
`count` each when it is set), and every page some button shows, in that order. A card: the
bundle's featured image (a gradient and `design.fallback_icon` without one), the `status`
badge, the title linked, the summary, the first four of `tech_stack`, the `links`. The kit
shows the default button's cards and switches with a script; here every card is shown under
the buttons, the default one marked. "View All Projects" links the folder when the default
button shows fewer pages than there are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..layout import dig, link

STATUS = {"WIP": "wip", "ARCHIVED": "archived"}  # else the green badge
LINK_TYPES = {"github": ("Code", "brands/github"), "live": ("Live", "globe-alt"),
              "demo": ("Demo", "play")}


def _text(value: Any) -> str:
    return str(value).strip() if value is not None and not isinstance(value, (dict, list)) \
        else ""


def _int(value: Any, default: int) -> int:
    """functions/coerce_int: a number or a numeric string, at least 0."""
    if isinstance(value, bool):
        return default
    if isinstance(value, (int, float)):
        return max(int(value), 0)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        return int(value)
    return default


def _bool(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "on")
    return bool(value) if isinstance(value, (bool, int, float)) else default


def _words(value: Any) -> list[str]:
    """A list, or a string split at commas, trimmed."""
    items = value if isinstance(value, list) else value.split(",") if isinstance(value, str) \
        else []
    return [_text(v) for v in items if _text(v)]


def buttons(content: dict) -> list[dict]:
    raw = content.get("buttons")
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
    found = [b for b in items if isinstance(b, dict)] or [{"name": "All", "tag": "*"}]
    return [{"name": _text(b.get("name")) or "All", "tag": _text(b.get("tag")) or "*"}
            for b in found]


def select(site, block, lang: str) -> tuple[list, list, int]:
    """(the pages shown, the buttons with their pages, all the folder's pages)."""
    from ... import collection

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    folders = _words(dig(content, "filters", "folders")) or ["projects"]
    now = dt.datetime.now(dt.UTC).timestamp()
    pages = [p for p in site.regular_pages(lang) if p.section in folders
             and collection.kind(p) == "page" and collection.published(p, now)]
    sort_by = (_text(content.get("sort_by")) or "Date").lstrip(".")
    ordered = collection.sort_pages(collection.default_order(pages, lang), sort_by,
                                    not _bool(content.get("sort_ascending"), False), lang)
    collection.sort_keys(lang).save()
    count = _int(content.get("count"), 0)
    shown: set[int] = set()
    chosen = []
    for button in buttons(content):
        tag = button["tag"]
        if tag == "*":
            pages_of = ordered
        else:
            pages_of = [p for p in ordered if tag.lower() in _words(p.params.get("tags"))] or \
                [p for p in ordered if tag in _words(p.params.get("tags"))]
        pages_of = pages_of[:count] if count > 0 else pages_of
        shown.update(id(p) for p in pages_of)
        chosen.append({**button, "pages": pages_of})
    rendered = [p for p in ordered if id(p) in shown] or ordered
    return rendered, chosen, len(ordered)


def _summary(ctx, block, index: int, page) -> Any:
    from ..collection.items import auto_summary
    from ..layout import render_string

    own = page.params.get("summary")
    if own not in (None, "") and _text(own):
        return render_string(ctx, block, index, _text(own))
    text = auto_summary(page.path)
    if len(text) <= 100:
        return text
    cut = text[:100]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip() + " …"


def _links(ctx, page) -> list[dict]:
    raw = page.params.get("links")
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
    out = []
    for entry in items:
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            continue
        url = _text(entry.get("url")) or _text(entry.get("link"))
        if not url:
            continue
        kind = _text(entry.get("type")).lower()
        label, icon = LINK_TYPES.get(kind, ("Link", "link"))
        new_tab = _bool(entry.get("new_tab"), False)
        href, external = (url, False) if url.startswith("#") else link(ctx, url)
        if external or (not re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I)
                        and url.lower().endswith(".pdf")):
            new_tab = True
        out.append({"href": href, "new_tab": new_tab,
                    "label": _text(entry.get("label")) or _text(entry.get("name")) or label,
                    "icon": ctx.icon(_text(entry.get("icon")) or icon) or ctx.icon("hero/link")})
    return out


def card(ctx, block, index: int, page) -> dict:
    from ..collection.items import item

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    entry = item(ctx, page)
    status = _text(page.params.get("status")) if isinstance(page.params.get("status"),
                                                            str) else ""
    shown = _text(dig(content, "status", "text")) or status
    badge = _bool(dig(block.data, "design", "status_badge", "enable"), True) and shown
    tech = _words(page.params.get("tech_stack"))
    fallback = dig(block.data, "design", "fallback_icon")
    return {"item": entry, "summary": _summary(ctx, block, index, page),
            "status": shown if badge else "",
            "status_kind": STATUS.get((status or shown).upper(), "done"),
            "tech": tech[:4], "more": max(len(tech) - 4, 0), "links": _links(ctx, page),
            "placeholder": ctx.icon(fallback if isinstance(fallback, str) else "code-bracket")}


def render(ctx, block, index: int, section_id: str):
    from ...markdown import emojify
    from ..layout import render_string

    site = ctx.page.site
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    rendered, chosen, total = select(site, block, ctx.page.lang) if site is not None \
        else ([], [], 0)
    default = _int(content.get("default_button_index"), 0)
    default = default if default < len(chosen) else 0
    columns = _int(dig(block.data, "design", "columns"), 3)
    columns = min(max(columns, 1), 4)
    archive = content.get("archive") if isinstance(content.get("archive"), dict) else {}
    shown_first = len(chosen[default]["pages"]) if chosen else 0
    more = None
    if _bool(archive.get("enable"), total > shown_first) and site is not None:
        folder = (_words(dig(content, "filters", "folders")) or ["projects"])[0]
        target = _text(archive.get("link")) or f"/{folder}/"
        href, external = (target, False) if target.startswith("#") else link(ctx, target)
        more = {"href": href, "external": external,
                "text": emojify(_text(archive.get("text")) or "View All Projects"),
                "icon": ctx.icon("arrow-right")}
    title, subtitle = content.get("title"), content.get("subtitle")
    return ctx.render(
        "portfolio/kit.html", id=section_id,
        title=render_string(ctx, block, index, emojify(str(title))) if title else "",
        subtitle=render_string(ctx, block, index, emojify(str(subtitle))) if subtitle else "",
        buttons=[{"name": b["name"], "active": place == default}
                 for place, b in enumerate(chosen)] if len(chosen) > 1 else [],
        cards=[card(ctx, block, index, page) for page in rendered], columns=columns,
        more=more)
