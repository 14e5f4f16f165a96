"""`about.biography` (and Wowchemy's `about` widget) and `about.avatar`: one person's profile,
as blox-bootstrap v5.9.7 draws them (`layouts/partials/blocks/about.biography.html`,
`about.avatar.html`; one folder, as they share the profile and its styles).

- `about.biography`: on the left (col-lg-4) the 270 px avatar, the name (with its
  pronunciation), role, organisations and `social` icons; on the right `content.title`, the
  author page's content, and the interests and `education.courses` side by side from md.
- `about.avatar`: all centred: the 150 px avatar with `status.icon`, the name, role,
  organisations, icons, then `content.text` (else the author page's content).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..schema import TEXT, Option, Schema

SCHEMA = Schema(content={"username": Option(TEXT, doc="the person's folder in "
                                                      "content/authors/"),
                         "title": Option(TEXT), "text": Option(TEXT)})


@dataclass(eq=False)
class AboutBlock(Block):
    username: str | None = key("content", "username")
    title: str | None = key("content", "title")


def shown(ctx, block: AboutBlock):
    """(the person, their profile as the templates draw it), or None when there is no such
    person. A Wowchemy `about` widget file names them by `author` (widgets/about.html)."""
    from ..resume_biography import profile

    author = None if block.username else block.data.get("author")
    person = _resume.person(ctx, block, str(author) if author else None)
    if person is None:
        return None
    p = profile(ctx, person)
    p["profiles"] = [dict(link, icon=link["icon"] or link["label"]) for link in p["profiles"]]
    return person, p


def heading_of(block: AboutBlock):
    """The title above the biography: a Wowchemy or Academic widget file's own `title`
    (widgets/about.html's `if and $page.Params.widget $page.Title`), else `content.title`."""
    return block.data.get("title") if block.widget else block.title


def render(ctx, block: AboutBlock, index: int, section_id: str):
    from ...people import go_text
    from ..collection.items import body

    found = shown(ctx, block)
    if found is None:
        return _resume.nobody(section_id, "about-biography")
    person, p = found
    content = body(person.path) if person.origin != "data" else person.bio
    return ctx.render(
        "about.biography/block.html", id=section_id, p=p,
        title=_resume.markdownify(ctx, heading_of(block)),
        content=_resume.markdownify(ctx, content, trim=False),
        words=_resume.words(ctx.page.lang), book=ctx.icon("fas/book-open"),
        cap=ctx.icon("fas/graduation-cap"),
        interests=[_resume.markdownify(ctx, i) for i in person.interests],
        courses=[{"course": go_text(c.get("course")), "year": go_text(c.get("year")),
                  "institution": go_text(c.get("institution"))} for c in person.education])


def render_avatar(ctx, block: AboutBlock, index: int, section_id: str):
    from ..resume_biography import biography

    found = shown(ctx, block)
    if found is None:
        return _resume.nobody(section_id, "about-avatar")
    person, p = found
    return ctx.render("about.biography/avatar.html", id=section_id, p=p,
                      text=biography(ctx, block, index, person))


def summary(block: AboutBlock) -> list[str]:
    return [f"person: {_resume.username(block)}"]


register(BlockType("about.biography", AboutBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary, aliases=("about",)))
register(BlockType("about.avatar", AboutBlock, SCHEMA, Path(__file__).parent,
                   render=render_avatar, summary=summary))

__all__ = ["SCHEMA", "AboutBlock"]
