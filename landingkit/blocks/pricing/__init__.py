"""`pricing`, the 2026 kit's Preact block (HugoBlox/kit f107371d `modules/blox/blox/pricing/
component.jsx`), drawn as the page shows it once the component has run: the monthly prices.

A heading (`title`, `subtitle`), with `billing_toggle.enabled` and a tier whose yearly price
differs the Monthly/Yearly switch (a checkbox here: CSS shows the yearly prices when it is
on, no script), then the `tiers` in one, two or three columns, each its `badge`, `name`,
`description`, price (`price.monthly`, `yearly`, `currency`: none is "Contact us" or its
`price_note`, 0 is "Free"), `price_suffix` and note, its `cta` (primary on the highlighted
tier, else outlined, or as `cta.style` says) and `features` (a text, or text, `included`
and `note`). The highlighted tier is ringed with the primary-to-secondary gradient.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import external, href, inline, text
from ..schema import LIST, MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT),
             "billing_toggle": Option(MAP, doc="enabled, monthly_label, yearly_label, "
                                               "yearly_discount"),
             "tiers": Option(LIST, doc="name, badge, description, price {monthly, yearly, "
                                       "currency}, price_suffix, price_note, highlight, cta, "
                                       "features")},
)


@dataclass(eq=False)
class PricingBlock(Block):
    title: str | None = key("content", "title")
    tiers: Any = key("content", "tiers")


def _get(data: dict, name: str, default: Any = None) -> Any:
    """`data.name ?? default`: a key set to null is the default too."""
    value = data.get(name)
    return default if value is None else value


def price(tier: dict, yearly: bool) -> dict:
    """The component's PriceDisplay: ("contact", words) / ("free", note) / ("price", ...)."""
    amounts = tier.get("price") if isinstance(tier.get("price"), dict) else {}
    raw = amounts.get("yearly") if yearly and amounts.get("yearly") is not None else \
        amounts.get("monthly")
    general = _get(tier, "price_note", "")
    note = _get(tier, "price_note_yearly" if yearly else "price_note_monthly", general)
    if raw is None or raw == "":
        return {"kind": "contact", "words": text(general) or "Contact us"}
    if text(raw) == "0":
        return {"kind": "free", "note": text(note)}
    return {"kind": "price", "currency": text(_get(amounts, "currency", "$")),
            "amount": text(raw), "suffix": text(_get(tier, "price_suffix", "")),
            "note": text(note)}


def _feature(value: Any) -> dict:
    if isinstance(value, str):
        return {"text": value, "included": True, "note": ""}
    value = value if isinstance(value, dict) else {}
    return {"text": text(_get(value, "text", "")), "included": value.get("included") is not False,
            "note": text(value.get("note"))}


def render(ctx, block: PricingBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    tiers = [t if isinstance(t, dict) else {} for t in content.get("tiers") or []] \
        if isinstance(content.get("tiers"), list) else []
    toggle = content.get("billing_toggle") if isinstance(content.get("billing_toggle"),
                                                         dict) else {}
    yearly = any(isinstance(t.get("price"), dict) and t["price"].get("yearly") is not None
                 and t["price"]["yearly"] != t["price"].get("monthly") for t in tiers)
    switch = bool(toggle.get("enabled")) and yearly
    drawn = []
    for tier in tiers:
        cta = tier.get("cta") if isinstance(tier.get("cta"), dict) else {}
        highlight = bool(tier.get("highlight"))
        icon = cta.get("icon")
        features = tier.get("features") if isinstance(tier.get("features"), list) else []
        drawn.append({
            "name": text(tier.get("name")), "badge": text(tier.get("badge")),
            "description": text(tier.get("description")), "highlight": highlight,
            "monthly": price(tier, False), "yearly": price(tier, True) if switch else None,
            "cta": {"text": text(cta["text"]), "href": href(ctx, cta["url"]),
                    "new_tab": external(cta["url"]),
                    "style": cta.get("style") or ("primary" if highlight else "outline"),
                    "icon": ctx.icon(text(icon)) if icon else None}
            if cta.get("text") and cta.get("url") else None,
            "features": [_feature(f) for f in features]})
    count = len(tiers)
    return ctx.render(
        "pricing/block.html", id=section_id, tiers=drawn, switch=switch,
        columns="one" if count == 1 else "two" if count == 2 else "three",
        title=inline(ctx, content.get("title"), code="plain"),
        subtitle=inline(ctx, content.get("subtitle"), code="plain"),
        monthly=text(toggle.get("monthly_label")) or "Monthly",
        yearly=text(toggle.get("yearly_label")) or "Yearly",
        discount=text(toggle.get("yearly_discount")))


def summary(block: PricingBlock) -> list[str]:
    tiers = block.tiers if isinstance(block.tiers, list) else []
    names = [text(t.get("name")) for t in tiers if isinstance(t, dict) and t.get("name")]
    return [f"tiers: {', '.join(names)}"] if names else []


register(BlockType("pricing", PricingBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "PricingBlock", "price"]
