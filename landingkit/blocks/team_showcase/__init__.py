"""`team-showcase` (the 2026 kit, `modules/blox/blox/team-showcase/`): the people of
`data/authors/`, group by group, each group sorted by its own or the block's `sort_by`.

The rules are `groups.team_showcase`, read from the kit's `block.html`; its README lists
the options declared below. The card is that template's: the avatar fitted into a square
(the initial when there is none), the name linked to the person's page, the role (else the
first affiliation), the first affiliation, the bio, the first `max_interests` interests
and the links' icons, each as its `design.show_*` says.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ... import groups as _groups
from ...model import Block, key
from .. import BlockType, register
from ..schema import ANY, BOOL, INT, MAP, TEXT, Option, Schema

SORT_CHOICES = (("Family name (default)", ""), ("Weight", "weight"),
                ("Graduation year", "graduation_year"), ("Name", "title"), ("Role", "role"))
SCHEMA = Schema(
    content={
        "title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
        "user_groups": Option(ANY, default=[], doc="names, or {name, sort_by, sort_ascending}"),
        "sort_by": Option(TEXT, default="name_family", choices=SORT_CHOICES),
        "sort_ascending": Option(BOOL, default=True), "cta": Option(MAP),
    },
    design={
        "show_social": Option(BOOL, default=True), "show_interests": Option(BOOL, default=False),
        "show_role": Option(BOOL, default=True), "show_organizations": Option(BOOL, default=True),
        "show_empty_groups": Option(BOOL, default=False),
        "max_interests": Option(INT, default=3), "max_columns": Option(INT, default=4),
        "align": Option(TEXT, default="center", choices=(("center", ""), ("left", "left"))),
    },
)
SWITCHES = ("show_social", "show_interests", "show_role", "show_organizations",
            "show_empty_groups")


@dataclass(eq=False)
class TeamShowcaseBlock(Block):
    title: str | None = key("content", "title")
    subtitle: str | None = key("content", "subtitle")
    user_groups: object = key("content", "user_groups")
    sort_by: str | None = key("content", "sort_by")
    sort_ascending: bool | None = key("content", "sort_ascending")
    show_social: object = key("design", "show_social")
    show_interests: object = key("design", "show_interests")
    show_role: object = key("design", "show_role")
    show_organizations: object = key("design", "show_organizations")
    show_empty_groups: object = key("design", "show_empty_groups")
    people_source = "data_authors"  # whom its groups are drawn from: `data/authors/`

    def shows(self, switch: str) -> bool:
        """A `design.show_*` switch as the kit's `coerce_bool` reads it."""
        design = self.data.get("design")
        value = design.get(switch) if isinstance(design, dict) else None
        return _groups._bool(value, SCHEMA.option(f"design.{switch}").default)

    def number(self, name: str, low: int, high: int | None = None) -> int:
        """`coerce_int` of a design option, clamped as the kit clamps it."""
        design = self.data.get("design")
        value = design.get(name) if isinstance(design, dict) else None
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value)
        if type(value) is not int:
            value = SCHEMA.option(f"design.{name}").default
        value = max(low, value)
        return min(high, value) if high is not None else value


def groups(site, block: TeamShowcaseBlock, lang: str) -> list:
    return _groups.team_showcase(block, site.data_authors(lang), lang)


def render(ctx, block: TeamShowcaseBlock, index: int, section_id: str):
    site = ctx.page.site
    shown = groups(site, block, ctx.page.lang) if site is not None else []
    switches = {name: block.shows(name) for name in SWITCHES}
    most = block.number("max_interests", 0)
    columns = block.number("max_columns", 2, 4)
    variant = "team-showcase:" + ",".join(n for n, on in switches.items() if on) + f":{most}"
    raw = block.user_groups
    listed = len(raw) if isinstance(raw, list) else 1 if isinstance(raw, (str, dict)) and raw \
        else 0
    parts = []
    for number, (name, people) in enumerate(shown):
        cards = [ctx.card(person, variant, lambda sub, p: card(sub, p, switches, most))
                 for person in people]
        drawn = bool(people) or switches["show_empty_groups"] or name is None
        parts.append({"heading": ctx.inline_html(name) if drawn and listed > 1 else "",
                      "drawn": drawn, "first": number == 0,
                      "cards": Markup("\n".join(cards))})
    content = block.data.get("content")
    text = content.get("text") if isinstance(content, dict) else None
    return ctx.render("team-showcase/block.html", id=section_id,
                      title=ctx.title_html(block, index),
                      subtitle=ctx.inline_html(str(block.subtitle or "")),
                      text=ctx.text_html(block, index, text=str(text or "")),
                      groups=parts, columns=columns, cta=_cta(content))


def _cta(content) -> dict | None:
    cta = content.get("cta") if isinstance(content, dict) else None
    if not isinstance(cta, dict):
        return None
    text, url = str(cta.get("text") or "").strip(), str(cta.get("url") or "").strip()
    return {"text": text, "url": url} if text and url else None


def card(ctx, person, switches: dict, most: int) -> Markup:
    first = person.organizations[0].name.strip() if person.organizations else ""
    role = person.role or first
    return ctx.render(
        "team-showcase/card.html", person=person,
        avatar=ctx.avatar_url(person, kind="content"),
        link=f"/authors/{person.slug}/",  # as the kit writes it: no permalinks, no base path
        initial=(person.params.get("name", {}).get("given") if isinstance(
            person.params.get("name"), dict) else None) or person.name or "?",
        role=role if switches["show_role"] else "",
        organization=first if switches["show_role"] and switches["show_organizations"] else "",
        interests=person.interests[:most] if switches["show_interests"] else [],
        links=[p for p in person.profiles if p.url.strip()] if switches["show_social"] else [],
        icon=ctx.icon)


register(BlockType("team-showcase", TeamShowcaseBlock, SCHEMA, Path(__file__).parent,
                   render=render, groups=groups))
