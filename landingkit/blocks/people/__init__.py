"""`people` (blox-bootstrap v5.9, and Wowchemy's `widget: people`): the authors section's
pages, group by group (`content.user_groups`), sorted by `content.sort_by` (a widget file,
Wowchemy v5.2-5.7, does not sort: Hugo's default page order).

The rules are `groups.people_block`, read from blox-bootstrap v5.9.7
`layouts/partials/blocks/people.html`; the card is that template's: avatar (the bundle's
`*avatar*` image, none drawn when there is none), name linked to the person's page,
organisations, role, `social` icons and interests, each as its `design.show_*` says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from markupsafe import Markup

from ... import groups as _groups
from ...config import wowchemy_before
from ...model import Block, Profile, key
from ...people import _ICON_PACKS, author_link, display_name
from .. import BlockType, register
from ..schema import BOOL, LIST, TEXT, Option, Schema

SORT_CHOICES = (("Last name (default)", ""), ("First name", "first_name"), ("Title", "Title"),
                ("Weight", "Weight"), ("Role", "role"))
SCHEMA = Schema(
    content={
        "title": Option(TEXT), "subtitle": Option(TEXT), "text": Option(TEXT),
        "user_groups": Option(LIST, default=[], doc="the groups shown, in this order"),
        "sort_by": Option(TEXT, default="Params.last_name", choices=SORT_CHOICES),
        "sort_ascending": Option(BOOL, default=True),
    },
    design={
        "show_role": Option(BOOL, default=True), "show_interests": Option(BOOL, default=True),
        "show_organizations": Option(BOOL, default=False),
        "show_social": Option(BOOL, default=False),
    },
)
SWITCHES = ("show_role", "show_interests", "show_organizations", "show_social")


@dataclass(eq=False)
class PeopleBlock(Block):
    title: str | None = key("content", "title")
    subtitle: str | None = key("content", "subtitle")
    user_groups: list | None = key("content", "user_groups")
    sort_by: str | None = key("content", "sort_by")
    sort_ascending: bool | None = key("content", "sort_ascending")
    show_role: bool | None = key("design", "show_role")
    show_interests: bool | None = key("design", "show_interests")
    show_organizations: bool | None = key("design", "show_organizations")
    show_social: bool | None = key("design", "show_social")

    def reads(self, site) -> tuple[str, Schema]:
        """Whom its groups are drawn from (a Site method: the authors section) and its schema."""
        return "authors", SCHEMA

    def shows(self, switch: str, site=None) -> bool:
        """A `design.show_*` switch as the theme reads it (`| default`: only a boolean set
        in the file changes it), on any site."""
        value = getattr(self, switch)
        return value if isinstance(value, bool) else SCHEMA.option(f"design.{switch}").default


def groups(site, block: PeopleBlock, lang: str) -> list:
    key = ("term dates", lang)  # once per site and language, not at every render
    if key not in site.cache.selections:
        site.cache.selections[key] = term_dates(site, site.authors(lang), lang)
    authors = list(site.cache.selections[key])
    if block.widget:
        return _groups.people_widget(block, authors, lang)
    return _groups.people_block(block, authors, lang)


def term_dates(site, authors: list, lang: str) -> list:
    """The people as `site.Pages` dates them: a term page (`authors/<slug>/_index.md`)
    without a `date` of its own has the newest date of the pages Hugo builds under its term,
    which decides Hugo's default order (weight, then date, newest first) among the unweighted
    (measured on a real Academic v4.8.0 build: an alumna with a post comes before one
    without, whatever their names)."""
    import datetime as dt

    from ...collection import published, terms, timestamp

    people = [p for p in authors if p.is_list_page and not p.params.get("date")]
    if not people:
        return authors
    now = dt.datetime.now(dt.UTC).timestamp()
    newest: dict[str, object] = {}
    for page in site.regular_pages(lang):
        if page.is_list_page or page.date in (None, "") or not published(page, now):
            continue
        for slug in terms(page, "authors", site.cache.terms):
            if slug not in newest or timestamp(page.date) > timestamp(newest[slug]):
                newest[slug] = page.date
    return [replace(p, date=newest[p.slug]) if p in people and p.slug in newest else p
            for p in authors]


def render(ctx, block: PeopleBlock, index: int, section_id: str):
    site = ctx.page.site
    shown = groups(site, block, ctx.page.lang) if site is not None else []
    version = site.config.wowchemy_version if site is not None and block.widget else None
    switches = {name: block.shows(name) for name in SWITCHES}
    if wowchemy_before(version, (5, 0)):  # Academic v4.8 reads neither switch
        switches.update(show_role=True, show_organizations=False)
    variant = "people:" + ",".join(name for name, on in switches.items() if on)
    listed = block.user_groups if isinstance(block.user_groups, list) else []
    # v5.2 and later name a group only when the widget lists more than one
    one_too = wowchemy_before(version, (5, 2))
    parts = []
    for name, people in shown:
        cards = [ctx.card(person, variant, lambda sub, p: card(sub, p, switches))
                 for person in people]
        parts.append({"heading": ctx.inline_html(name)
                      if people and (len(listed) > 1 or one_too) else "",
                      "cards": Markup("\n".join(cards)),
                      "columns": max(1, min(4, len(people)))})
    if block.widget:  # Wowchemy's widget: the page's own title and subtitle
        title = ctx.inline_html(str(block.data.get("title") or ""))
        subtitle = block.data.get("subtitle") if title else None
    else:
        title = ctx.title_html(block, index)
        subtitle = block.subtitle if block.title not in (None, "") else None
    return ctx.render("people/block.html", id=section_id, title=title,
                      subtitle=ctx.inline_html(subtitle or ""), groups=parts,
                      text=ctx.text_html(block, index, text=_text(block)))


def _text(block: Block) -> str:
    from ..markdown import as_text

    content = block.data.get("content")
    return as_text(content.get("text")) if isinstance(content, dict) else ""


def card(ctx, person, switches: dict) -> Markup:
    social = person.params.get("social")  # the theme's social_links reads only these
    profiles = [_social(s) for s in social if isinstance(s, dict)] \
        if isinstance(social, list) else []
    return ctx.render(
        "people/card.html", person=person, shown_name=display_name(ctx.page.site, person),
        avatar=ctx.avatar_url(person),
        link=author_link(ctx.page.site, person.slug, person.lang), icon=ctx.icon,
        role=ctx.role_html(person) if switches["show_role"] else "",
        organizations=[o for o in person.organizations if o.name.strip()]
        if switches["show_organizations"] else [],
        profiles=profiles if switches["show_social"] else [],
        interests=ctx.inline_html(", ".join(person.interests))
        if switches["show_interests"] else "")


def _social(item: dict) -> Profile:
    pack = str(item.get("icon_pack") or "fas")
    icon = str(item.get("icon") or "")
    prefix = _ICON_PACKS.get(pack, pack)
    return Profile(f"{prefix}/{icon}" if prefix else icon, str(item.get("link") or ""),
                   icon.replace("-", " ").title())


register(BlockType("people", PeopleBlock, SCHEMA, Path(__file__).parent, render=render,
                   groups=groups))
