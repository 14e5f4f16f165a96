"""`resume-skills`, and `skills` as each generation means it: the person's `skills`, group by
group, each skill with its icon, name, description and a bar of its `percent`.

- blox-tailwind v0.3.1 (`layouts/partials/blox/resume-skills.html`; `skills` is its older
  name): `content.title` and `content.text` above the groups, side by side from lg; a bar only
  for a skill with a `percent` (`design.show_skill_percentage` cannot turn it off: the
  template's `| default true` makes false true); the icon by its name.
- blox-bootstrap v5.9.7 and Wowchemy (`layouts/partials/blocks/skills.html`): the section
  heading, `content.text` centred, two groups a row from md; every skill has a bar (100% without
  a `percent`); the icon from `icon_pack` (Font Awesome, `emoji`, or `custom`:
  assets/media/icons/<icon>.svg).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model import Block, key
from .. import BlockType, register
from .. import resume as _resume
from ..layout import heading
from ..parts import bootstrap, media
from ..schema import BOOL, TEXT, Option, Schema

SCHEMA = Schema(
    content={"username": _resume.USERNAME, "title": Option(TEXT), "subtitle": Option(TEXT),
             "text": Option(TEXT)},
    design={"show_skill_percentage": Option(BOOL, default=True)},
)


@dataclass(eq=False)
class SkillsBlock(Block):
    username: str | None = key("content", "username")
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")


def _style(prop: str, value) -> str:
    from ...markdown import clean_style

    return clean_style(f"{prop}: {value}") if value not in (None, "") else ""


def _percent(value) -> str:
    """`cast.ToString (.percent | default 100)`."""
    from ...people import go_text

    return go_text(value) if value not in (None, "", 0, False) else "100"


def _icon(ctx, item: dict, bootstrap: bool):
    """The skill's icon: by name (blox-tailwind's get_icon), or as `icon_pack` says."""
    from markupsafe import Markup

    from ...markdown import emojify

    name = item.get("icon")
    if not isinstance(name, str) or not name.strip():
        return None
    if not bootstrap:
        return ctx.icon(name) or Markup("")
    pack = item.get("icon_pack") or "fas"
    if pack == "emoji":
        return emojify(name)
    if pack == "custom":
        url = media(ctx, None, f"icons/{name.strip()}.svg")
        return Markup('<img src="{}" alt="{}" class="lk-skill-svg" loading="lazy">').format(
            url, name) if url else Markup("")
    return ctx.icon(f"{pack}/{name}") or Markup("")


def groups(ctx, person, bootstrap: bool) -> list[dict]:
    out = []
    for group in person.skills:
        items = []
        for item in group.get("items") if isinstance(group.get("items"), list) else []:
            if not isinstance(item, dict):
                continue
            bar = bootstrap or item.get("percent") not in (None, "", 0, False)
            items.append({"icon": _icon(ctx, item, bootstrap),
                          "name": _resume.markdownify(ctx, item.get("name")),
                          "description": _resume.markdownify(ctx, item.get("description")),
                          "bar": bar, "border": _style("border-color", group.get("color_border")),
                          "fill": ";".join(filter(None, (
                              _style("width", _percent(item.get("percent")) + "%"),
                              _style("background-color", group.get("color")))))})
        out.append({"name": _resume.markdownify(ctx, group.get("name")),
                    "description": _resume.markdownify(ctx, group.get("description")),
                    "skills": items})
    return out


def render(ctx, block: SkillsBlock, index: int, section_id: str):
    on_bootstrap = bootstrap(ctx)
    person = _resume.person(ctx, block)
    if person is None:
        return _resume.nobody(section_id, "skills" if on_bootstrap else "resume-skills")
    drawn = groups(ctx, person, on_bootstrap)
    if on_bootstrap:
        return ctx.render("resume-skills/bootstrap.html", id=section_id, groups=drawn,
                          text=_resume.text(ctx, block, index),
                          **heading(ctx, block))
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    return ctx.render("resume-skills/block.html", id=section_id, groups=drawn,
                      title=_resume.markdownify(ctx, content.get("title")),
                      text=_resume.markdownify(ctx, content.get("text")))


def summary(block: SkillsBlock) -> list[str]:
    return [f"person: {_resume.username(block)}"]


register(BlockType("resume-skills", SkillsBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary, aliases=("skills",)))

__all__ = ["SCHEMA", "SkillsBlock"]
