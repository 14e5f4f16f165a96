"""`logos`, the 2026 kit's Preact block (HugoBlox/kit f107371d `modules/blox/blox/logos/
component.jsx`, its props made by `layouts/_partials/blox/preact-wrapper.html`), drawn as the
page shows it once the component has run.

A small heading (`title` upper-case, `subtitle`, both the component's `renderText`), then
the logos of `content.items` (else `content.logos`) in a `design.layout` (else
`display_mode`): `row` (the default, and any other value), `grid` (its columns by how many
logos there are) or `marquee` (the logos twice, scrolled by CSS). Each logo is its `icon`,
else its `image`, else its `name` in grey, in a slot of `design.logo_size` (`sm`, `md`,
`lg`), grey until hovered (`design.logo_style` or the item's `style`: `grayscale`, `white`,
`color`), linked to its `url`. Then `cta` as a link with an arrow.

The wrapper resolves icons and images for `content.items` only: logos listed under
`content.logos` show their names, as on the kit's pages. An image is filled into a square
(`Fill 96x96`), an SVG or GIF kept as it is.

On a blox-tailwind site (v0.10.0 `blox/logos/block.html`, a Go template): a heading
(`title`, `subtitle`, `text`, `emojify | RenderString`), the images of `content.logos` (else
every image of `assets/media/<logo_folder>/`) in a `design.display_mode` (`grid`, the
default, of two to six columns; `carousel` and `marquee`, twice over, scrolled by CSS), each
linked to its `url` (else `#`, a new tab with `external`) with its `description` as a
tooltip, and the `cta` button.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import external, href, inline, text, thumbnail
from ..schema import ANY, LIST, MAP, TEXT, Option, Schema

SIZES = {"sm": ("96px", "1.75rem", "3.5rem"), "md": ("128px", "2.5rem", "5rem"),
         "lg": ("160px", "3.5rem", "7rem")}  # slot width, height, widest
STYLES = ("grayscale", "white", "color")
LAYOUTS = ("row", "grid", "marquee")
SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT),
             "items": Option(LIST, doc="the logos: name, icon or image, url, style, scale"),
             "logos": Option(LIST, doc="the logos, an older name of items (names only)"),
             "cta": Option(MAP, keys={"text": Option(TEXT), "url": Option(TEXT)})},
    design={"layout": Option(TEXT, default="row", choices=(
                ("Row (default)", ""), ("Grid", "grid"), ("Marquee", "marquee"))),
            "display_mode": Option(TEXT), "marquee_speed": Option(ANY, default=30),
            "logo_style": Option(TEXT, default="grayscale", choices=(
                ("Grayscale (default)", ""), ("White", "white"), ("Colour", "color"))),
            "logo_size": Option(TEXT, default="md", choices=(
                ("Medium (default)", ""), ("Small", "sm"), ("Large", "lg")))},
)


@dataclass(eq=False)
class LogosBlock(Block):
    title: str | None = key("content", "title")
    items: Any = key("content", "items")


def _or(*values: Any) -> Any:
    """JavaScript's `a || b || c`: the first true value, else the last."""
    for value in values:
        if value not in (None, "", 0, False):
            return value
    return values[-1]


def _columns(count: int) -> str:
    """LogoGrid's columns: 3; 2 then 4 (sm); 3 then 6 (sm); 2, 3, 4, 6 (sm, md, lg)."""
    return "3" if count <= 3 else "2-4" if count <= 4 else "3-6" if count <= 6 else "many"


def render(ctx, block: LogosBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    site = ctx.page.site
    if site is not None and site.config.theme == "blox-tailwind":
        return _tailwind(ctx, block, index, section_id, content, design)
    listed = content.get("items")
    resolved = isinstance(listed, list)  # the wrapper resolves content.items only
    if not resolved:
        listed = content.get("logos") if isinstance(content.get("logos"), list) else []
    layout = _or(design.get("layout"), design.get("display_mode"), "row")
    layout = layout if layout in LAYOUTS else "row"
    size = SIZES.get(_or(design.get("logo_size"), "md"), SIZES["md"])
    logos = []
    for n, item in enumerate(listed):
        if not isinstance(item, dict):
            continue  # the component would stop on it
        name = text(item.get("name"))
        icon = ctx.icon(text(item.get("icon"))) if resolved and item.get("icon") else None
        picture = None
        if resolved and icon is None and item.get("image"):
            where = f"sections[{index}].content.items[{n}].image"
            picture = thumbnail(ctx, block, item.get("image"), where)
        if not (icon or picture or name):
            continue
        style = item.get("style") if item.get("style") is not None else design.get(
            "logo_style") or "grayscale"
        scale = item.get("scale")
        scale = scale if isinstance(scale, (int, float)) and not isinstance(scale, bool) \
            and scale != 1 else None
        url = item.get("url")
        logos.append({"name": name, "icon": icon, "image": picture,
                      "filter": style if style in STYLES else "grayscale", "scale": scale,
                      "href": href(ctx, url) if url else None, "new_tab": external(url)})
    cta = content.get("cta") if isinstance(content.get("cta"), dict) else {}
    action = None
    if cta.get("text") and cta.get("url"):
        action = {"text": text(cta["text"]), "href": href(ctx, cta["url"]),
                  "new_tab": external(cta["url"])}
    speed = design.get("marquee_speed")
    return ctx.render(
        "logos/block.html", id=section_id, layout=layout, logos=logos, size=size,
        columns=_columns(len(listed)), title=inline(ctx, content.get("title"), code=False),
        subtitle=inline(ctx, content.get("subtitle"), code=False), cta=action,
        speed=text(speed) if speed is not None else "30")


def _tailwind(ctx, block, index: int, section_id: str, content: dict, design: dict):
    """blox-tailwind v0.10.0's logos: images from assets/media/ (`resources.Get`)."""
    from ..parts import dig, media, render_string

    logos = []
    listed = content.get("logos")
    if listed:
        for n, item in enumerate(listed if isinstance(listed, list) else []):
            item = item if isinstance(item, dict) else {}
            url = item.get("url")
            logos.append({
                "name": text(item.get("name")), "description": text(item.get("description")),
                "href": href(ctx, url) if url else "#", "external": bool(item.get("external")),
                "image": media(ctx, block, item.get("image"),
                               f"sections[{index}].content.logos[{n}].image")})
    elif isinstance(content.get("logo_folder"), str) and ctx.page.site is not None:
        folder = Path(ctx.page.site.folder) / "assets" / "media" / content["logo_folder"]
        names = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in (
            ".svg", ".png", ".jpg", ".webp")) if folder.is_dir() else []
        logos = [{"name": "", "description": "", "href": None, "external": False,
                  "image": media(ctx, block, f"{content['logo_folder']}/{name}")}
                 for name in names]
    mode = design.get("display_mode") or "grid"
    cta = content.get("cta") if isinstance(content.get("cta"), dict) and content["cta"] \
        else None
    icon = dig(cta, "icon")

    def heading(name: str):
        return render_string(ctx, block, index, ("content", name), content.get(name))

    return ctx.render(
        "logos/tailwind.html", id=section_id, mode=mode, logos=logos,
        pattern=bool(design.get("show_pattern")), title=heading("title"),
        subtitle=heading("subtitle"), text=heading("text"),
        cta={"text": text(cta.get("text")), "href": href(ctx, cta.get("url")),
             "icon": ctx.icon(text(icon)) if icon else None} if cta else None)


def summary(block: LogosBlock) -> list[str]:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    listed = content.get("items") if isinstance(content.get("items"), list) else \
        content.get("logos") if isinstance(content.get("logos"), list) else []
    names = [text(i.get("name")) for i in listed if isinstance(i, dict) and i.get("name")]
    return [f"logos: {', '.join(names)}"] if names else []


register(BlockType("logos", LogosBlock, SCHEMA, Path(__file__).parent, render=render,
                   summary=summary))

__all__ = ["SCHEMA", "LogosBlock"]
