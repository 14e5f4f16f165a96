"""`hero`: the page's opening, as the site's generation draws it.

blox-tailwind v0.3.1 (`layouts/partials/blox/hero.html`): an announcement pill, the title
(`markdownify`), the text (`RenderString`) and the primary and secondary actions; it draws no
image. blox-bootstrap and Wowchemy (`layouts/partials/blocks/hero.html`): the title, the text,
the `cta` button and `cta_alt` link, `cta_note`, and `image.filename` from assets/media/
beside them (before them with `design.flip`). The 2026 kit's (`blox/hero/component.jsx`,
every layout and size, its media, badge, trust strip and backgrounds): hero/kit.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...config import tailwind_since
from ...model import Block, key
from .. import BlockType, layout, register
from ..markdown import as_text
from ..parts import bootstrap, dig, media
from ..schema import ANY, BOOL, MAP, TEXT, Option, Schema
from . import kit

_LINK = {"text": Option(TEXT), "url": Option(TEXT), "icon": Option(TEXT),
         "label": Option(TEXT), "icon_pack": Option(TEXT)}
SCHEMA = Schema(
    content={"title": Option(TEXT), "text": Option(TEXT),
             "image": Option(MAP, keys={"filename": Option(TEXT)}),
             "announcement": Option(MAP), "primary_action": Option(MAP, keys=_LINK),
             "secondary_action": Option(MAP, keys=_LINK), "cta": Option(MAP, keys=_LINK),
             "cta_alt": Option(MAP, keys=_LINK), "cta_note": Option(MAP)},
    design={"no_padding": Option(BOOL)},
)
_KIT_LINK = {"text": Option(TEXT), "url": Option(TEXT), "icon": Option(TEXT),
             "style": Option(TEXT, choices=tuple((s, s) for s in kit.STYLES))}
KIT_SCHEMA = Schema(
    content={"title": Option(TEXT), "text": Option(TEXT), "eyebrow": Option(TEXT),
             "announcement": Option(MAP, keys={"text": Option(TEXT), "badge": Option(MAP),
                                               "link": Option(MAP)}),
             "primary_action": Option(MAP, keys=_KIT_LINK),
             "secondary_action": Option(MAP, keys=_KIT_LINK),
             "trust": Option(MAP, keys={"stars": Option(ANY), "text": Option(TEXT)}),
             "media": Option(MAP, keys={
                 "type": Option(TEXT, choices=(("image", "image"), ("video", "video"))),
                 "src": Option(TEXT), "dark_src": Option(TEXT), "alt": Option(TEXT),
                 "poster": Option(TEXT), "autoplay": Option(BOOL), "loop": Option(BOOL),
                 "muted": Option(BOOL)})},
    design={"no_padding": Option(BOOL),
            "layout": Option(TEXT, "centered", tuple((s, s) for s in kit.LAYOUTS)),
            "size": Option(TEXT, "default", tuple((s, s) for s in kit.SIZES)),
            "alignment": Option(TEXT, choices=(("left", "left"), ("center", "center"))),
            "section_break": Option(MAP)},
)


@dataclass(eq=False)
class HeroBlock(Block):
    title: str | None = key("content", "title")
    text: str | None = key("content", "text")
    image: Any = key("content", "image")


@dataclass(frozen=True)
class Action:
    html: Markup  # its text, as inline Markdown
    href: str
    external: bool  # an http(s) URL: the theme opens it in a new tab


def _action(ctx, data: Any, text_key: str) -> Action | None:
    """A call to action with a URL, its link made as the theme's: no scheme is a site path
    (`relLangURL`), http(s) opens a new tab, anything else is kept."""
    url = dig(data, "url")
    if not isinstance(url, str) or not url.strip():
        return None
    href, external = layout.link(ctx, url)
    if not href:
        return None  # javascript: and the like are no links
    text = dig(data, text_key)
    return Action(ctx.inline_html(str(text)) if text is not None else Markup(""), href,
                  external)


def island(site) -> bool:
    """Whether a blox-tailwind site's hero is v0.10.0's Preact island (`blox/hero/
    component.jsx`): its `py-32 sm:py-48 lg:py-56` are written by the script, which the
    site's Tailwind build does not read, so the published hero has no such padding (measured
    in Chromium on a real v0.10.0 build: 568 px tall at 1280 px where v0.3.1's is 1017)."""
    return tailwind_since(getattr(site, "config", None), (0, 10))


def render(ctx, block: HeroBlock, index: int, section_id: str):
    from ...render import look_variant

    if look_variant(ctx.page.site) == "kit":
        return kit.render(ctx, block, section_id)
    on_bootstrap = bootstrap(ctx)
    if on_bootstrap and block.widget:
        return _widget(ctx, block, index, section_id)
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    title = block.title
    values = dict(
        id=section_id, bootstrap=on_bootstrap,
        title=Markup(ctx.inline_html(str(title)).strip()) if title is not None else "",
        text=ctx.text_html(block, index, text=as_text(block.text)),
        no_padding=dig(block.data, "design", "no_padding") is True or island(ctx.page.site),
        island=island(ctx.page.site))
    if on_bootstrap:
        values.update(_calls(ctx, content),
                      image=media(ctx, block, dig(block.image, "filename"), "hero image",
                                  gone="the hero shows no image"),
                      flip=dig(content, "design", "flip") is True)
    else:
        announcement = content.get("announcement")
        words = dig(announcement, "text")
        link = dig(announcement, "link")
        values.update(
            primary=_action(ctx, content.get("primary_action"), "text"),
            secondary=_action(ctx, content.get("secondary_action"), "text"),
            announcement=ctx.inline_html(str(words)) if words else "",
            announcement_link=_action(ctx, link, "text") if dig(link, "text") else None)
    return ctx.render("hero/block.html", **values)


def _calls(ctx, params: dict) -> dict:
    """The `cta` button, `cta_alt` link and `cta_note` of blox-bootstrap's and Wowchemy's
    hero (a block's `content`, a widget file's top level)."""
    note = dig(params, "cta_note", "label")
    return dict(primary=_action(ctx, params.get("cta"), "label"),
                secondary=_action(ctx, params.get("cta_alt"), "label"),
                note=ctx.inline_html(str(note)) if note else "")


def _widget(ctx, block: HeroBlock, index: int, section_id: str):
    """A hero widget file (widgets/hero.html, blox-bootstrap's blocks/v1/hero.html): the
    file's title, its content as the lead, `cta`, `cta_alt` and `cta_note` at its top, and
    `hero_media` where the site's theme looks for it (`images.widget_media`)."""
    from ... import images
    from ...section import Where
    from ..layout import page_content

    data, site, image = block.data, ctx.page.site, None
    name = data.get("hero_media")
    if isinstance(name, str) and name.strip() and site is not None:
        path, folder, _ = images.widget_media(site, name)
        where = Where(ctx, block)
        if path is None:
            where.report(("hero_media",), f"hero_media: {name!r} is not in {folder}; the "
                                          "hero shows no image")
        else:
            try:
                image = ctx.site_image_url(path, "content", stem=path.stem)
            except images.ImageProblem as exc:
                where.report(("hero_media",), f"hero_media: {exc}; it is not shown")
    title = data.get("title")
    return ctx.render("hero/block.html", id=section_id, bootstrap=True,
                      title=Markup(ctx.inline_html(str(title)).strip()) if title else "",
                      text=page_content(ctx, block, index), image=image,
                      flip=dig(data, "design", "flip") is True, no_padding=False, island=False,
                      **_calls(ctx, data))


def summary(block: HeroBlock) -> list[str]:
    title = " ".join(str(block.title or "").split())
    return [f"title: {title}"] if title else []


register(BlockType("hero", HeroBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary, schemas={"kit": KIT_SCHEMA}))

__all__ = ["KIT_SCHEMA", "SCHEMA", "HeroBlock"]
