"""`resume-awards` (blox-tailwind's `awards`): the person's awards as cards, as blox-tailwind
v0.3.1 draws them (`layouts/partials/blox/resume-awards.html`): `content.title` and `text`,
then each award, sorted by `date_start` newest first (an award without one keeps its place,
as Hugo's stable sort keeps it): its brand icon, title (linked with `url`), awarder and `date`
in `design.date_format` (Present without one), summary and "See certificate"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..schema import TEXT, Option, Schema

SCHEMA = Schema(
    content={"username": _resume.USERNAME, "title": Option(TEXT), "text": Option(TEXT)},
    design={"date_format": Option(TEXT, default="January 2006")},
)


@dataclass(eq=False)
class AwardsBlock(Block):
    username: str | None = key("content", "username")
    title: str | None = key("content", "title")


def _when(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else str(value)


def render(ctx, block: AwardsBlock, index: int, section_id: str):
    from ...people import go_text

    person = _resume.person(ctx, block)
    if person is None:
        return _resume.nobody(section_id, "resume-awards")
    layout = _resume.design(block, "date_format")
    awards = []
    for award in sorted(person.awards, key=lambda a: _when(a.get("date_start")), reverse=True):
        icon = award.get("icon")
        awards.append({
            "icon": ctx.icon("brands/" + icon.rsplit("/", 1)[-1])
            if isinstance(icon, str) and icon.strip() else None,
            "url": _resume.verbatim(award.get("url")),
            "title": _resume.markdownify(ctx, award.get("title")),
            "awarder": go_text(award.get("awarder")),
            "date": _resume.date(award.get("date"), layout, ctx.page.lang)
            if award.get("date") else "",
            "summary": _resume.markdownify(ctx, award.get("summary")),
            "certificate": _resume.verbatim(award.get("certificate_url"))})
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    return ctx.render("resume-awards/block.html", id=section_id, awards=awards,
                      title=_resume.markdownify(ctx, content.get("title")),
                      text=_resume.markdownify(ctx, content.get("text")),
                      words=_resume.words(ctx.page.lang))


def summary(block: AwardsBlock) -> list[str]:
    return [f"person: {_resume.username(block)}"]


register(BlockType("resume-awards", AwardsBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary, aliases=("awards",)))

__all__ = ["SCHEMA", "AwardsBlock"]
