"""`comparison-table`, the 2026 kit's Preact block (HugoBlox/kit f107371d
`modules/blox/blox/comparison-table/component.jsx`), drawn as the page shows it once the
component has run.

A heading (`subtitle` small and upper-case, `title`, `text`), then, with `competitors` and
`rows`, a table from 768 px (a column per competitor, the `highlight`ed one tinted, ringed
and tabbed with its `badge`; `category` rows as headings; `design.row_striping`) and below it
a card per competitor (the highlighted first). A cell is a check (true, "yes", "✓"), a cross
(false, none, "no", "✗", "—"), partial ("partial", "limited") or text, or a mapping of
`value`, `note`, `emphasis`. The `cta` is the highlighted column's button. The wrapper
resolves no icon for it, so none is drawn, as on the kit's pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import external, href, inline, text
from ..schema import BOOL, LIST, MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
             "competitors": Option(LIST, doc="name, tagline, badge, highlight"),
             "rows": Option(LIST, doc="feature, note, values, highlight; or category"),
             "cta": Option(MAP, keys={"text": Option(TEXT), "url": Option(TEXT)})},
    design={"row_striping": Option(BOOL, default=False)},
)
_CHECK, _CROSS = ("true", "yes", "✓"), ("false", "no", "✗", "—")


@dataclass(eq=False)
class ComparisonTableBlock(Block):
    title: str | None = key("content", "title")
    rows: Any = key("content", "rows")


def cell(raw: Any) -> dict:
    """The component's resolveCell: {kind: check, cross, partial or text, value, note,
    emphasis}."""
    if raw is True:
        return {"kind": "check", "note": ""}
    if raw is False or raw is None or raw == "":
        return {"kind": "cross", "note": ""}
    if isinstance(raw, (dict, list)):
        raw = raw if isinstance(raw, dict) else {}
        note = text(raw.get("note"))
        value = raw.get("value")
        if value is True:
            return {"kind": "check", "note": note}
        if value is False:
            return {"kind": "cross", "note": note}
        if value == "partial" or raw.get("partial"):
            return {"kind": "partial",
                    "note": text(raw["note"] if raw.get("note") is not None else value)}
        return {"kind": "text", "value": text(value), "note": note,
                "emphasis": bool(raw.get("emphasis"))}
    words = text(raw).strip()
    if words in _CHECK:
        return {"kind": "check", "note": ""}
    if words in _CROSS:
        return {"kind": "cross", "note": ""}
    if words in ("partial", "limited"):
        return {"kind": "partial", "note": words}
    return {"kind": "text", "value": words, "note": "", "emphasis": False}


def render(ctx, block: ComparisonTableBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    competitors = [c if isinstance(c, dict) else {} for c in content.get("competitors")] \
        if isinstance(content.get("competitors"), list) else []
    rows = [r if isinstance(r, dict) else {} for r in content.get("rows")] \
        if isinstance(content.get("rows"), list) else []
    best = next((n for n, c in enumerate(competitors) if c.get("highlight")), -1)
    columns = [{"name": text(c.get("name")), "tagline": text(c.get("tagline")),
                "badge": text(c.get("badge")), "best": n == best}
               for n, c in enumerate(competitors)]
    striping = design.get("row_striping") is True
    drawn, data_index = [], -1
    for row in rows:
        if row.get("category") is True:
            drawn.append({"category": True, "feature": text(row.get("feature"))})
            continue
        data_index += 1
        values = row.get("values") if isinstance(row.get("values"), list) else []
        drawn.append({
            "category": False, "feature": text(row.get("feature")), "note": text(row.get("note")),
            "highlight": bool(row.get("highlight")),
            "odd": striping and data_index % 2 == 1,
            "cells": [cell(values[n] if n < len(values) else None)
                      for n in range(len(competitors))]})
    cta = content.get("cta") if isinstance(content.get("cta"), dict) else {}
    action = {"text": text(cta["text"]), "href": href(ctx, cta["url"]),
              "new_tab": external(cta["url"])} if cta.get("text") and cta.get("url") else None
    width = 100 / (len(competitors) + 1.5)
    order = ([best] if best >= 0 else []) + [n for n in range(len(competitors)) if n != best]
    return ctx.render(
        "comparison-table/block.html", id=section_id, columns=columns, rows=drawn,
        cta=action, best=best, order=order, show=bool(competitors) and bool(rows),
        width=f"{width:.6g}", label=f"{width * 1.5:.6g}",
        left=f"{width * 1.5 + width * max(best, 0):.6g}",
        middle=f"{width * 1.5 + width * max(best, 0) + width / 2:.6g}",
        subtitle=text(content.get("subtitle")), title=inline(ctx, content.get("title")),
        text=inline(ctx, content.get("text")))


def summary(block: ComparisonTableBlock) -> list[str]:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    listed = content.get("competitors") if isinstance(content.get("competitors"), list) else []
    names = [text(c.get("name")) for c in listed if isinstance(c, dict) and c.get("name")]
    return [f"compared: {', '.join(names)}"] if names else []


register(BlockType("comparison-table", ComparisonTableBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))

__all__ = ["SCHEMA", "ComparisonTableBlock", "cell"]
