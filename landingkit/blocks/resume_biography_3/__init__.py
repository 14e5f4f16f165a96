"""`resume-biography-3`: the biography in two columns, as blox-tailwind v0.3.1 draws it
(`layouts/partials/blox/resume-biography-3.html`): the profile of `resume-biography` on the
left (from md, above it on phones), then the biography, the button, and the person's
interests and education (area, year and institution) side by side."""

from __future__ import annotations

from pathlib import Path

from .. import BlockType, register
from .. import resume as _resume
from ..resume_biography import SCHEMA, BiographyBlock, banner, biography, button, profile, style


def render(ctx, block: BiographyBlock, index: int, section_id: str):
    person = _resume.person(ctx, block)
    if person is None:
        return ctx.render("resume-biography/missing.html", id=section_id,
                          type="resume-biography-3")
    return ctx.render(
        "resume-biography-3/block.html", id=section_id, banner=banner(ctx, block),
        text=biography(ctx, block, index, person), button=button(block), style=style(block),
        p=profile(ctx, person), words=_resume.words(ctx.page.lang), cap=ctx.icon("academic-cap"),
        interests=[_resume.markdownify(ctx, i) for i in person.interests],
        education=[{"course": "" if e.get("area") is None else str(e["area"]),
                    "year": e.get("year"), "institution": e.get("institution") or ""}
                   for e in person.education])


def summary(block: BiographyBlock) -> list[str]:
    return [f"person: {_resume.username(block)}"]


register(BlockType("resume-biography-3", BiographyBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary))
