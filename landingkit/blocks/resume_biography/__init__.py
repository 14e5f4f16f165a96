"""`resume-biography` (and the older name `biography`) and `resume-biography-3`: one person's
profile, as blox-tailwind v0.3.1 draws them (`layouts/partials/blox/resume-biography.html`,
`resume-biography-3.html`; one folder, as they share the profile and its styles).

Under an optional banner (`design.banner.filename`, from assets/media/): the avatar (the
bundle's `*avatar*` image, 150 px round; none drawn when there is none) with `status.icon`,
the name (with `name_pronunciation` as ruby; from v0.6.0 `pronouns` in brackets under it), the
role, the organisations, the profile icons,
the biography (`content.text`, else the author page's own content; `design.biography.style`)
and `content.button`. `resume-biography-3` draws the same profile on the left (from md; above
on phones), then the biography, the button, and the person's interests and education (area,
year and institution) side by side. From blox-tailwind v0.6.0 (`blox/resume-biography-3/
block.html`, unchanged in its looks to v0.10.0 but for the education icon) it is two columns:
the profile (avatar sized and shaped by `design.avatar`), then headed parts for the
biography (`content.headings.about`, "Professional Summary"), the button, education cards
(an item's `icon`, else a cap) and interest chips.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ...config import tailwind_since
from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..schema import MAP, TEXT, Option, Schema

SCHEMA = Schema(
    content={"username": _resume.USERNAME, "text": Option(TEXT), "title": Option(TEXT),
             "button": Option(MAP, keys={"text": Option(TEXT), "url": Option(TEXT)}),
             "headings": Option(MAP, keys={"about": Option(TEXT), "education": Option(TEXT),
                                           "interests": Option(TEXT)})},
    design={"banner": Option(MAP, keys={"filename": Option(TEXT)}),
            "biography": Option(MAP, keys={"style": Option(TEXT)}),
            "avatar": Option(MAP, keys={"size": Option(TEXT), "shape": Option(TEXT)})},
)


@dataclass(eq=False)
class BiographyBlock(Block):
    username: str | None = key("content", "username")
    text: str | None = key("content", "text")
    button: dict | None = key("content", "button")


def banner(ctx, block: Block) -> str | None:
    """The URL of `design.banner.filename` in assets/media/ (the theme draws nothing when
    `resources.Get` finds no such file)."""
    from ... import images

    found = _resume.design(block, "banner")
    filename = found.get("filename") if isinstance(found, dict) else None
    site = ctx.page.site
    if not isinstance(filename, str) or not filename.strip() or site is None:
        return None
    path = images.in_assets(site.folder, filename)
    if path is None:
        ctx.report_at(block, ("design", "banner", "filename"), f"banner {filename!r} is not "
                      "in assets/media/; the biography shows no banner")
        return None
    try:
        return ctx.site_image_url(path, "content")
    except images.ImageProblem as exc:
        ctx.report_at(block, ("design", "banner", "filename"),
                      f"banner: {exc}; the biography shows no banner")
        return None


def profile(ctx, person) -> dict:
    """What the profile column shows of `person`: avatar, status, name, role, organisations,
    profile links."""
    links = []
    for item in person.profiles:
        made = _resume.link(ctx, item.url)
        if made is None:
            continue
        links.append({"href": made[0], "new_tab": made[1], "name": item.icon,
                      "label": item.label, "icon": ctx.icon(item.icon) if item.icon else None})
    return {
        "avatar": ctx.avatar_url(person), "status": _emojify(person.status),
        "name": person.name, "pronunciation": person.pronunciation,
        "pronouns": pronouns(ctx, person),
        "role": _resume.markdownify(ctx, person.role),
        "organizations": [{"name": o.name, "url": _resume.verbatim(o.url)}
                          for o in person.organizations],
        "profiles": links}


def pronouns(ctx, person) -> str:
    """`with $person.pronouns`: what blox-tailwind v0.6.0 and later show in brackets under
    the name (nothing before)."""
    if not tailwind_since(getattr(ctx.page.site, "config", None), (0, 6)):
        return ""
    found = person.params.get("pronouns")
    if isinstance(found, bool):
        return "true" if found else ""
    return str(found) if found not in (None, "", 0, [], {}) else ""


def _emojify(text: str) -> str:
    from ...markdown import emojify

    return emojify(text) if text else ""


def biography(ctx, block: Block, index: int, person) -> Markup | str:
    """`content.text | emojify | $page.RenderString`, else the author page's content."""
    text = block.data["content"].get("text") if isinstance(block.data.get("content"),
                                                           dict) else None
    if isinstance(text, str) and text.strip():
        return ctx.text_html(block, index, text=text)
    if person.origin == "data":
        return _resume.markdownify(ctx, person.bio, trim=False)
    from ..collection.items import body

    return _resume.markdownify(ctx, body(person.path), trim=False)


def button(block: Block) -> dict | None:
    content = block.data.get("content")
    found = content.get("button") if isinstance(content, dict) else None
    if not isinstance(found, dict) or not found:
        return None
    text = found.get("text")
    return {"href": _resume.verbatim(found.get("url")), "text": "" if text is None else text}


def style(block: Block) -> str:
    from ...markdown import clean_style

    found = _resume.design(block, "biography")
    value = found.get("style") if isinstance(found, dict) else None
    return clean_style(value) if isinstance(value, str) and value.strip() else ""


def render(ctx, block: BiographyBlock, index: int, section_id: str):
    person = _resume.person(ctx, block)
    if person is None:
        return _resume.nobody(section_id, "resume-biography")
    return ctx.render("resume-biography/block.html", id=section_id, banner=banner(ctx, block),
                      text=biography(ctx, block, index, person), button=button(block),
                      style=style(block), p=profile(ctx, person))


AVATAR_SIZES = {"small": 150, "medium": 200, "large": 320, "xl": 400, "xxl": 500}
AVATAR_SHAPES = ("circle", "square", "rounded")


def cards(site) -> bool:
    """Whether the site's blox-tailwind draws resume-biography-3 in two columns with cards
    (v0.6.0 and later)."""
    return tailwind_since(getattr(site, "config", None), (0, 6))


def heading(block: Block, name: str, default: str) -> str:
    content = block.data.get("content")
    found = content.get("headings") if isinstance(content, dict) else None
    value = found.get(name) if isinstance(found, dict) else None
    return str(value) if value not in (None, "") else default


def render_cards(ctx, block: BiographyBlock, index: int, section_id: str, person):
    found = _resume.design(block, "avatar")
    avatar = found if isinstance(found, dict) else {}
    size = AVATAR_SIZES.get(str(avatar.get("size")), AVATAR_SIZES["large"])
    shape = str(avatar.get("shape")) if avatar.get("shape") in AVATAR_SHAPES else "circle"
    words = _resume.words(ctx.page.lang)
    return ctx.render(
        "resume-biography/cards.html", id=section_id, banner=banner(ctx, block),
        text=biography(ctx, block, index, person), button=button(block), style=style(block),
        p=profile(ctx, person), size=size, shape=shape,
        headings={"about": heading(block, "about", "Professional Summary"),
                  "education": _resume.markdownify(ctx, heading(block, "education",
                                                                words["education"])),
                  "interests": _resume.markdownify(ctx, heading(block, "interests",
                                                                words["interests"]))},
        icons={"about": ctx.icon("identification"), "cap": ctx.icon("academic-cap"),
               "sparkles": ctx.icon("sparkles"), "download": ctx.icon("document-arrow-down")},
        interests=[_resume.markdownify(ctx, i) for i in person.interests],
        education=[{"course": "" if e.get("area") is None else str(e["area"]),
                    "year": e.get("year"), "institution": e.get("institution") or "",
                    "icon": ctx.icon(str(e.get("icon") or "academic-cap"))
                    or ctx.icon("academic-cap")}
                   for e in person.education])


def render_3(ctx, block: BiographyBlock, index: int, section_id: str):
    person = _resume.person(ctx, block)
    if person is None:
        return _resume.nobody(section_id, "resume-biography-3")
    if cards(ctx.page.site):
        return render_cards(ctx, block, index, section_id, person)
    return ctx.render(
        "resume-biography/three.html", id=section_id, banner=banner(ctx, block),
        text=biography(ctx, block, index, person), button=button(block), style=style(block),
        p=profile(ctx, person), words=_resume.words(ctx.page.lang), cap=ctx.icon("academic-cap"),
        interests=[_resume.markdownify(ctx, i) for i in person.interests],
        education=[{"course": "" if e.get("area") is None else str(e["area"]),
                    "year": e.get("year"), "institution": e.get("institution") or ""}
                   for e in person.education])


def summary(block: BiographyBlock) -> list[str]:
    return [f"person: {_resume.username(block)}"]


register(BlockType("resume-biography", BiographyBlock, SCHEMA, Path(__file__).parent,
                   render=render, summary=summary, aliases=("biography",)))
register(BlockType("resume-biography-3", BiographyBlock, SCHEMA, Path(__file__).parent,
                   render=render_3, summary=summary))

__all__ = ["SCHEMA", "BiographyBlock"]
