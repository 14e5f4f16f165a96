"""`accomplishments` (blox-bootstrap v5.9.7 and Wowchemy; `layouts/partials/blocks/
accomplishments.html`): `content.items`, newest `date_start` first, as cards: the logo
`assets/media/icons/brands/<icon>.svg` (`icon`, else the organisation's name in lower case
with `_` for spaces; none when there is no such file), the title (linked with `url`), the
organisation (linked with `organization_url`), `date_start – date_end` in
`content.date_format` (default "Jan 2006"), the description and "See certificate". A Wowchemy
v5.5 widget file lists them under `item` (its `date_format` at the top level), beside its
title by default."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..layout import heading
from ..parts import media
from ..schema import LIST, TEXT, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
             "items": Option(LIST, default=[]), "date_format": Option(TEXT, default="Jan 2006")},
)


@dataclass(eq=False)
class AccomplishmentsBlock(Block):
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    items: list | None = key("content", "items")


def _when(value) -> str:
    """A date_start as Hugo's `sort` compares it: dates and date strings in time order."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else str(value)


def render(ctx, block: AccomplishmentsBlock, index: int, section_id: str):
    from ...people import go_text

    content = block.data if block.widget else (
        block.data.get("content") if isinstance(block.data.get("content"), dict) else {})
    items = _resume.items(block, "item")
    layout = content.get("date_format") or "Jan 2006"
    lang = ctx.page.lang
    drawn = []
    for item in sorted(items, key=lambda i: _when(i.get("date_start")), reverse=True):
        organization = go_text(item.get("organization"))
        icon = item.get("icon") or organization.lower().replace(" ", "_")
        start = _resume.date(item.get("date_start"), layout, lang)
        if not start:
            ctx.report_at(block, _resume.item_keys(block, "item", item, "date_start"),
                          f"accomplishment {go_text(item.get('title'))!r}: date_start is not "
                          "a date; Hugo stops the build (time)", "error")
        drawn.append({
            "logo": media(ctx, block, f"icons/brands/{icon}.svg",
                          keys=_resume.item_keys(block, "item", item)) if icon else None,
            "title": _resume.markdownify(ctx, item.get("title")),
            "url": _resume.verbatim(item.get("url")),
            "organization": _resume.markdownify(ctx, organization),
            "organization_text": organization,
            "organization_url": _resume.verbatim(item.get("organization_url")),
            "start": start,
            "end": _resume.date(item.get("date_end"), layout, lang)
            if item.get("date_end") else "",
            "description": _resume.markdownify(ctx, item.get("description")),
            "certificate": _resume.verbatim(item.get("certificate_url"))})
    return ctx.render("accomplishments/block.html", id=section_id, items=drawn,
                      text=_resume.text(ctx, block, index),
                      see=_resume.words(lang)["see_certificate"],
                      **heading(ctx, block))


def summary(block: AccomplishmentsBlock) -> list[str]:
    return [f"items: {len(block.items)}"] if isinstance(block.items, list) else []


register(BlockType("accomplishments", AccomplishmentsBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))

__all__ = ["SCHEMA", "AccomplishmentsBlock"]
