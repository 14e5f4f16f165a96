"""`resume-experience`, and `experience` as each generation means it.

- blox-tailwind v0.3.1 (`layouts/partials/blox/resume-experience.html`; `experience` is its
  older name, data/blox_aliases.yaml): the person's work and education as two timelines:
  position (or area), company (or institution), `date_start – date_end` (or Present) in
  `design.date_format`, the summary (Markdown) and the item's button; education first with
  `design.is_education_first`. It shows no `content.title`.
- blox-bootstrap v5.9.7 and Wowchemy (`layouts/partials/blocks/experience.html`):
  `content.items` in their own order as cards on a timeline: title, company (linked with
  `company_url`, its logo `assets/media/icons/brands/<company_logo>.svg`), the dates (always
  "January 2006": the template reads `$block.Params.date_format`, which a block has not),
  location and description, beside the section heading (`design.columns: "2"`). A Wowchemy
  v5.5 widget file lists them under `experience`, beside its title by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..layout import heading
from ..parts import bootstrap
from ..schema import BOOL, LIST, TEXT, Option, Schema

SCHEMA = Schema(
    content={"username": _resume.USERNAME, "title": Option(TEXT), "subtitle": Option(TEXT),
             "text": Option(TEXT), "items": Option(LIST, default=[])},
    design={"date_format": Option(TEXT, default="January 2006"),
            "is_education_first": Option(BOOL, default=False)},
)


@dataclass(eq=False)
class ExperienceBlock(Block):
    username: str | None = key("content", "username")
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")


def timeline(ctx, block: Block, items: list[dict], title: str, place: str) -> list[dict]:
    layout = _resume.design(block, "date_format")
    lang = ctx.page.lang
    out = []
    for item in items:
        found = item.get("button")
        out.append({
            "title": _plain(item.get(title)), "place": _plain(item.get(place)),
            "start": _resume.date(item.get("date_start"), layout, lang) if item.get(
                "date_start") else "",
            "end": _resume.date(item.get("date_end"), layout, lang) if item.get(
                "date_end") else "",
            "summary": _resume.markdownify(ctx, item.get("summary")),
            "button": {"href": _resume.verbatim(found.get("url")),
                       "text": _plain(found.get("text"))} if isinstance(found, dict) and found
            else None})
    return out


def _plain(value) -> str:
    from ...people import go_text

    return go_text(value)


def render(ctx, block: ExperienceBlock, index: int, section_id: str):
    if bootstrap(ctx):
        return render_bootstrap(ctx, block, index, section_id)
    person = _resume.person(ctx, block)
    if person is None:
        return _resume.nobody(section_id, "resume-experience")
    return ctx.render(
        "resume-experience/block.html", id=section_id, words=_resume.words(ctx.page.lang),
        work=timeline(ctx, block, person.work, "position", "company_name"),
        education=timeline(ctx, block, person.education, "area", "institution"),
        education_first=_resume.design(block, "is_education_first") is True)


def render_bootstrap(ctx, block: ExperienceBlock, index: int, section_id: str):
    drawn = []
    for item in _resume.items(block, "experience"):
        start = _resume.date(item.get("date_start"), "January 2006", ctx.page.lang)
        if not start:
            ctx.report_at(block, _resume.item_keys(block, "experience", item, "date_start"),
                          f"experience {_plain(item.get('title'))!r}: date_start is not a "
                          "date; Hugo stops the build (time)", "error")
        drawn.append({
            "title": _resume.markdownify(ctx, item.get("title")),
            "company": _resume.markdownify(ctx, item.get("company")),
            "company_text": _plain(item.get("company")),
            "company_url": _resume.verbatim(item.get("company_url")),
            "logo": _resume.brand_logo(ctx, block, item.get("company_logo"), "company_logo",
                                       _resume.item_keys(block, "experience", item,
                                                         "company_logo")),
            "start": start, "current": not item.get("date_end"),
            "end": _resume.date(item.get("date_end"), "January 2006", ctx.page.lang)
            if item.get("date_end") else "",
            "location": _plain(item.get("location")) if item.get("location") else "",
            "description": _resume.markdownify(ctx, item.get("description"))})
    return ctx.render("resume-experience/bootstrap.html", id=section_id, items=drawn,
                      text=_resume.text(ctx, block, index), present=_resume.words(
                          ctx.page.lang)["present"], **heading(ctx, block))


def summary(block: ExperienceBlock) -> list[str]:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    if isinstance(content.get("items"), list):
        return [f"items: {len(content['items'])}"]
    return [f"person: {_resume.username(block)}"]


register(BlockType("resume-experience", ExperienceBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary, aliases=("experience",)))

__all__ = ["SCHEMA", "ExperienceBlock", "render"]
