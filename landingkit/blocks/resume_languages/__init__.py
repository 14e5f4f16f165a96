"""`resume-languages` (blox-tailwind's `languages`): the person's languages as rings of their
`percent`, as blox-tailwind v0.3.1 draws them (`layouts/partials/blox/resume-languages.html`),
under `content.title` and `text`; in a row from lg."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..schema import TEXT, Option, Schema

SCHEMA = Schema(content={"username": _resume.USERNAME, "title": Option(TEXT),
                         "text": Option(TEXT)})
#: the ring's circumference as the template writes it, `2 * 22 / 7 * 120`
RING = 2 * 22 / 7 * 120


@dataclass(eq=False)
class LanguagesBlock(Block):
    username: str | None = key("content", "username")
    title: str | None = key("content", "title")


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) != float("inf") else None


def render(ctx, block: LanguagesBlock, index: int, section_id: str):
    from ...people import go_text

    person = _resume.person(ctx, block)
    if person is None:
        return _resume.nobody(section_id, "resume-languages")
    languages = []
    for language in person.languages:
        percent = language.get("percent")
        number = _number(percent)
        languages.append({
            "name": go_text(language.get("name")), "percent": go_text(percent),
            "offset": f"{RING * number / 100 - RING:.3f}" if number is not None else None})
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    return ctx.render("resume-languages/block.html", id=section_id, languages=languages,
                      title=_resume.markdownify(ctx, content.get("title")),
                      text=_resume.markdownify(ctx, content.get("text")), ring=f"{RING:.3f}")


def summary(block: LanguagesBlock) -> list[str]:
    return [f"person: {_resume.username(block)}"]


register(BlockType("resume-languages", LanguagesBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary, aliases=("languages",)))

__all__ = ["SCHEMA", "LanguagesBlock"]
