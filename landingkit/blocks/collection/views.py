"""Views of the collection block that landingkit draws, each registered by name.

`people-grid` is not the theme's: the seed's site defined it (see the format's "The
`people-grid` view"). One card a person, in a grid of `min(columns, people)` columns.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from .. import View, register_view

MAX_COLUMNS = 12
AVATAR_DISPLAY = 150  # CSS pixels; the image itself is 2x
NO_AVATAR = ("no avatar image in this person's folder (a file named avatar.png or "
             "avatar.jpg); a placeholder is shown, and Hugo stops the build")


def people_grid(ctx, block, people) -> Markup:
    """The grid, drawn once per Images object: the pages of a site export that show the same
    people share it (their cards, and what the cards reported)."""
    columns = block.columns if type(block.columns) is int and block.columns > 0 else 2
    columns = max(1, min(columns, len(people) or 1, MAX_COLUMNS))

    def draw(sub) -> Markup:
        cards = [sub.card(person, "people-grid", person_card) for person in people]
        return sub.render("collection/views/people-grid.html",
                          cards=Markup("\n".join(cards)), columns=columns)

    return ctx.shared(("people-grid", tuple(map(id, people)), columns), draw, people)


def person_card(ctx, person) -> Markup:
    avatar = ctx.avatar_url(person, NO_AVATAR)
    return ctx.render(
        "collection/views/person-card.html", person=person, avatar=avatar,
        size=AVATAR_DISPLAY, initials=ctx.initials(person.name), icon=ctx.icon,
        role=ctx.role_html(person),
        organizations=[o for o in person.organizations if o.name.strip()],
        profiles=[p for p in person.profiles if p.icon or p.url])


register_view(View("people-grid", people_grid, Path(__file__).parent, needs_avatar=True))
