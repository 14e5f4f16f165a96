"""`team-showcase`, as each theme that has it draws it: one block type, two readings.

- blox-tailwind v0.10.0 (`modules/blox-tailwind/blox/team-showcase/block.html`, on a site
  importing blox-tailwind): the pages of the `authors` section, group by group, with the
  same loop and sort as blox-bootstrap's `people` (`groups.people_block`); switches read with
  `| default`; a card of the bundle's `*avatar*` image (none when there is none), the name
  linked to the person's page, `role`, the first of `organizations`, the bio, the first three
  interests and the `social` icons.
- The 2026 kit (`modules/blox/blox/team-showcase/`, any other site): the people of
  `data/authors/` (`groups.team_showcase`), each group sorted by its own or the block's
  `sort_by`; switches read with `coerce_bool`; a card of the avatar fitted into a square (the
  initial when there is none), the role else the first affiliation, `max_interests` interests
  and the profile links.

What differs is a `Reading`: whom it draws from, its schema (the keys and defaults of that
theme's README), how it reads a switch and what a card holds. The templates are shared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from ... import groups as _groups
from ...model import Block, Person, key
from ...people import author_link, go_text
from .. import BlockType, register
from ..schema import ANY, BOOL, LIST, MAP, SWITCH, TEXT, WHOLE, Option, Schema


@dataclass(frozen=True)
class Reading:
    """How one theme reads and draws the block."""

    theme: str  # the section's class names it: lk-team-<theme>
    people: str  # the Site method listing whom its groups are drawn from
    schema: Schema
    select: Callable[..., list]  # (block, people, lang) -> [(group, [Person, ...]), ...]
    switch: Callable[[Any, bool], bool]  # how it reads a `design.show_*` (value, default)
    card: Callable[..., dict]  # (ctx, block, person, switches) -> the card template's values
    columns: Callable[[Any], int]  # (block) -> the grid's most columns


def _hugo_default(value: Any, default: bool) -> bool:
    """`$value | default $default` then `if`: a boolean as set; an unset value (nil, "", 0,
    empty) the default; anything else is true."""
    if isinstance(value, bool):
        return value
    return default if value in (None, "", 0, [], {}) else True


def _design(block: Block) -> dict:
    design = block.data.get("design")
    return design if isinstance(design, dict) else {}


def _content(block: Block) -> dict:
    content = block.data.get("content")
    return content if isinstance(content, dict) else {}


def _link(ctx, url: str) -> tuple[str, bool]:
    """A profile link as the themes write it: no scheme is a site path (`relLangURL`), http(s)
    and a `.pdf` open a new tab."""
    from ...render import safe_url

    scheme = urlsplit(url).scheme.lower()
    if scheme:
        return safe_url(url), scheme in ("http", "https")
    site = ctx.page.site
    lang = "" if site is None or ctx.page.lang == site.default_lang else f"/{ctx.page.lang}"
    href = url if url.startswith("#") else ctx.href(lang + "/" + url.lstrip("/"))
    return href, href.lower().endswith(".pdf")


def _links(ctx, items: list[tuple[str, str, str]]) -> list[dict]:
    """(icon, url, label) as the templates' links: `aria-label` the icon's name, `title` the
    label when there is one, the label (else the icon's name) as text when we have no such
    icon."""
    out = []
    for icon, url, label in items:
        href, new_tab = _link(ctx, url.strip())
        out.append({"url": href, "new_tab": new_tab, "aria": icon, "title": label,
                    "svg": ctx.icon(icon), "text": label or icon})
    return out


# ------------------------------------------------------------------ blox-tailwind v0.10.0

TAILWIND_SORTS = (("Last name (default)", ""), ("First name", "first_name"), ("Title", "Title"),
                  ("Weight", "Weight"), ("Role", "role"))
def _defaulted(default: bool) -> Option:
    """A switch read with `| default`: any value builds, a non-empty one as true."""
    return Option(BOOL, default=default, read=lambda value: _hugo_default(value, default))


TAILWIND_SCHEMA = Schema(  # its schema.json and README; a switch or the order is read with
    # `| default`, then `if` or `cond`: any value builds
    content={
        "title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
        "user_groups": Option(LIST, default=[], doc="the groups shown, in this order"),
        "sort_by": Option(TEXT, default="Params.last_name", choices=TAILWIND_SORTS),
        "sort_ascending": _defaulted(True), "cta": Option(MAP),
    },
    design={
        "show_role": _defaulted(True),
        "show_organizations": _defaulted(False),
        "show_interests": _defaulted(False),
        "show_social": _defaulted(True),
    },
)


def _tailwind_card(ctx, block: Block, person: Person, shown: dict) -> dict:
    params = person.params
    orgs = params.get("organizations")
    first = orgs[0] if isinstance(orgs, list) and orgs else None
    organization = go_text(first.get("name")) if isinstance(first, dict) else ""
    interests = params.get("interests")
    social = params.get("social")  # `.Params.social` only; `icon_pack` is not read
    social = [s for s in social if isinstance(s, dict)] if isinstance(social, list) else []
    return {
        "avatar": ctx.avatar_url(person), "initial": "",
        "link": author_link(ctx.page.site, person.slug, person.lang),
        "role_row": shown["show_role"],  # drawn, with its margin, even when empty
        "role": go_text(params.get("role")) if shown["show_role"] else "",
        "organization": organization if shown["show_role"] and shown["show_organizations"]
        else "",
        "bio": go_text(params.get("bio")),
        "interests": [go_text(i) for i in interests[:3]]
        if shown["show_interests"] and isinstance(interests, list) else [],
        "links": _links(ctx, [(go_text(s.get("icon")), go_text(s.get("url") or s.get("link")),
                               go_text(s.get("label"))) for s in social])
        if shown["show_social"] else [],
        "links_row": shown["show_social"],  # its rule drawn even with no links
    }


TAILWIND = Reading("tailwind", "authors", TAILWIND_SCHEMA, _groups.people_block, _hugo_default,
                   _tailwind_card, lambda block: 4)


# ------------------------------------------------------------------ the 2026 kit

KIT_SORTS = (("Family name (default)", ""), ("Weight", "weight"),
             ("Graduation year", "graduation_year"), ("Name", "title"), ("Role", "role"))
def _coerced(kind: str, default: Any, **more) -> Option:
    """A key the kit reads through `coerce_*` (or only as a string): anything else builds,
    as the default."""
    return Option(kind, default=default, read=lambda value: default, **more)


KIT_SCHEMA = Schema(  # its README; its block.html reads a switch or a count through the
    # `coerce_*` partials and a sort or an alignment only when it is a string: any other value
    # builds, as the default
    content={
        "title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
        "user_groups": Option(ANY, default=[], doc="names, or {name, sort_by, sort_ascending}"),
        "sort_by": _coerced(TEXT, "name_family", choices=KIT_SORTS),
        "sort_ascending": _coerced(SWITCH, True), "cta": Option(MAP),
    },
    design={
        "show_social": _coerced(SWITCH, True),
        "show_interests": _coerced(SWITCH, False),
        "show_role": _coerced(SWITCH, True),
        "show_organizations": _coerced(SWITCH, True),
        "show_empty_groups": _coerced(SWITCH, False),
        "max_interests": _coerced(WHOLE, 3),
        "max_columns": _coerced(WHOLE, 4),
        "align": _coerced(TEXT, "center", choices=(("center", ""), ("left", "left"))),
    },
)


def _number(block: Block, name: str, low: int, high: int | None = None) -> int:
    """The kit's `coerce_int` of a design option, clamped as it clamps it."""
    value = _design(block).get(name)
    option = KIT_SCHEMA.option(f"design.{name}")
    if isinstance(value, bool) or not option.fits(value) or value is None:
        value = option.default
    value = int(float(value))  # `int` of a number, `int (float ...)` of "2.5"
    value = max(low, value)
    return min(high, value) if high is not None else value


def _kit_card(ctx, block: Block, person: Person, shown: dict) -> dict:
    first = person.organizations[0].name.strip() if person.organizations else ""
    given = person.params.get("name")
    given = given.get("given") if isinstance(given, dict) else None
    links = _links(ctx, [(p.icon, p.url, p.label) for p in person.profiles
                         if p.url.strip()]) if shown["show_social"] else []
    return {
        "avatar": ctx.avatar_url(person, kind="content"),
        "initial": ((given or person.name or "?")[:1]).upper(),
        "link": f"/authors/{person.slug}/",  # as the kit writes it: no permalinks, no base path
        "role_row": shown["show_role"],
        "role": person.role or first if shown["show_role"] else "",
        "organization": first if shown["show_role"] and shown["show_organizations"] else "",
        "bio": person.bio,
        "interests": person.interests[:_number(block, "max_interests", 0)]
        if shown["show_interests"] else [],
        "links": links,
        "links_row": bool(links),
    }


KIT = Reading("kit", "data_authors", KIT_SCHEMA, _groups.team_showcase, _groups._bool,
              _kit_card, lambda block: _number(block, "max_columns", 2, 4))


# ------------------------------------------------------------------ the block


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

    @staticmethod
    def reading(site) -> Reading:
        """blox-tailwind's reading on a site that imports it, else the kit's."""
        return READINGS.get(site.config.theme if site is not None else None, KIT)

    def reads(self, site) -> tuple[str, Schema]:
        """Whom its groups are drawn from on `site` (a Site method) and the schema read."""
        reading = self.reading(site)
        return reading.people, reading.schema

    def shows(self, switch: str, site=None) -> bool:
        """A `design.show_*` switch as the site's theme reads it."""
        reading = self.reading(site)
        default = reading.schema.option(f"design.{switch}").default
        return reading.switch(_design(self).get(switch), default)


def groups(site, block: TeamShowcaseBlock, lang: str) -> list:
    reading = block.reading(site)
    return reading.select(block, getattr(site, reading.people)(lang), lang)


def render(ctx, block: TeamShowcaseBlock, index: int, section_id: str):
    site = ctx.page.site
    reading = block.reading(site)
    shown = groups(site, block, ctx.page.lang) if site is not None else []
    switches = {name: block.shows(name, site) for name in reading.schema.design
                if name.startswith("show_")}
    variant = (f"team-showcase:{reading.theme}:" + ",".join(n for n, on in switches.items() if on)
               + f":{_number(block, 'max_interests', 0)}")
    raw = block.user_groups
    listed = len(raw) if isinstance(raw, list) else 1 if isinstance(raw, (str, dict)) and raw \
        else 0

    def draw(sub, person):
        return sub.render("team-showcase/card.html", person=person,
                          **reading.card(sub, block, person, switches))

    parts = []
    for number, (name, people) in enumerate(shown):
        cards = [ctx.card(person, variant, draw) for person in people]
        drawn = bool(people) or switches.get("show_empty_groups", False) or name is None
        parts.append({"heading": ctx.inline_html(name) if drawn and listed > 1 else "",
                      "drawn": drawn, "first": number == 0,
                      "cards": Markup("\n".join(cards))})
    content = _content(block)
    return ctx.render("team-showcase/block.html", id=section_id, theme=reading.theme,
                      title=ctx.title_html(block, index),
                      subtitle=ctx.inline_html(str(block.subtitle or "")),
                      text=ctx.text_html(block, index, text=str(content.get("text") or "")),
                      groups=parts, columns=reading.columns(block), cta=_cta(content))


def _cta(content: dict) -> dict | None:
    cta = content.get("cta")
    if not isinstance(cta, dict):
        return None
    text, url = str(cta.get("text") or "").strip(), str(cta.get("url") or "").strip()
    return {"text": text, "url": url} if text and url else None


READINGS = {"blox-tailwind": TAILWIND, "kit": KIT}

register(BlockType("team-showcase", TeamShowcaseBlock, KIT_SCHEMA, Path(__file__).parent,
                   render=render, groups=groups, schemas={"blox-tailwind": TAILWIND_SCHEMA}))
