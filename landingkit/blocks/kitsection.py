"""The 2026 kit's section around a block (HugoBlox/kit f107371d,
`layouts/_partials/functions/parse_block_v3.html`): what `design.background`,
`design.spacing.padding`, `design.section_break`, `design.css_style` and `design.clip_path`
draw behind and around the block.

- `background.color`: a colour, or `{light, dark}` (the dark one through `--dark-bg-color`);
- `background.gradient`: `start` and `end`, linear at `direction` degrees (default 135) or
  `type: radial` (`shape` ellipse, `size` farthest-corner, `position` center);
- `background.image.filename` from assets/media/ (`size`, `position`, `filters`, `parallax`,
  default true: the image stays while the page scrolls), over the gradient; with a gradient
  (or a size and `position: repeat`) the kit's stylesheet undoes the size and position, and
  the image repeats at its own size;
- `background.gradient_mesh`: a `bg-gradient-to-br` wash and blurred `orbs` (or `waves`,
  `dots`, `grid`) in the palette's colours behind the block, the section clipped to them;
- `background.text_color_light`: the section's text as on a dark page (the kit's `dark`
  class; here the section's color-scheme);
- `section_break.fade_top` / `fade_bottom`: a `size` (default 6rem) fade into a colour;
- `css_style` (what the sanitiser keeps of it) and `clip_path` on the section;
- `css_class` on the section and `background.css_class` on its background layer, each a
  class name a site's CSS may style (Tailwind's are names the theme's build compiles; here
  only the site's own custom.css draws them), the page's own `lk-` names refused;
- `background.video.filename` from assets/media/ (`flip` mirrors it): its layer is drawn,
  the video not, since an export fetches no media; said as a warning.

A value goes into a style attribute only when it is a plain CSS value (no `url()`, no second
declaration): the export's policy lets no style fetch anything either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..section import Shape, css_value, mesh_shapes
from .parts import dig, media

#: the palette's shades a mesh colour may name (`primary-500/20`): the kit's primary is
#: indigo (blue in the dark), its secondary teal
_SHADES = ("300", "400", "500", "600")
_COLOUR = re.compile(r"^(primary|secondary)-(\d{3})(?:/(\d{1,3}))?$")


@dataclass
class Section:
    """What the kit draws around a block, for its section template."""

    style: str = ""  # the section's own (padding; the colour, under a mesh)
    layer: str = ""  # the style of the background layer (`.home-section-bg`); "": none drawn
    image: bool = False
    parallax: bool = False
    dark: bool = False  # text_color_light
    mesh: list[Shape] = field(default_factory=list)
    fades: list[tuple[str, str]] = field(default_factory=list)  # (edge, style)
    classes: list[str] = field(default_factory=list)  # design.css_class
    bg_classes: list[str] = field(default_factory=list)  # design.background.css_class
    video: str = ""  # "video", "flip": the layer of background.video; "": none


def _mesh_colour(token: Any, opacity: str) -> str | None:
    """`primary-500/20` as `color-mix(...)` of the palette's variable, or None."""
    match = _COLOUR.match(str(token).strip()) if isinstance(token, str) else None
    if match is None or match.group(2) not in _SHADES:
        return None
    alpha = match.group(3) or opacity
    return (f"color-mix(in oklab,var(--lk-kit-{match.group(1)}-{match.group(2)}) {alpha}%,"
            "transparent)")


def section(ctx, block) -> Section:
    """The kit's wrapper of `block`'s section; the background image as `media` finds it."""
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    bg = design.get("background") if isinstance(design.get("background"), dict) else {}
    found = Section(dark=bg.get("text_color_light") is True)
    layer = []
    color = bg.get("color")
    if isinstance(color, dict):
        light, dark = css_value(color.get("light")), css_value(color.get("dark"))
        if light and dark:
            layer.append(f"background-color:light-dark({light},{dark})")
        elif light or dark:
            layer.append(f"background-color:{light or dark}")
    elif css_value(color):
        layer.append(f"background-color:{css_value(color)}")
    mesh = bg.get("gradient_mesh") if isinstance(bg.get("gradient_mesh"), dict) else {}
    if mesh.get("enable"):
        found.mesh = mesh_shapes(mesh, ("primary-500/20", "secondary-500/20"),
                                 _mesh_colour)
        found.style, layer = "".join(f"{part};" for part in layer), []  # under the mesh
    gradient = bg.get("gradient") if isinstance(bg.get("gradient"), dict) else {}
    start, end = css_value(gradient.get("start")), css_value(gradient.get("end"))
    shade = ""
    if start and end:
        if gradient.get("type") == "radial":
            shade = (f"radial-gradient({css_value(gradient.get('shape')) or 'ellipse'} "
                     f"{css_value(gradient.get('size')) or 'farthest-corner'} at "
                     f"{css_value(gradient.get('position')) or 'center'},{start},{end})")
        else:
            shade = (f"linear-gradient({css_value(gradient.get('direction')) or '135'}deg,"
                     f"{start},{end})")
    image = bg.get("image") if isinstance(bg.get("image"), dict) else {}
    url = media(ctx, block, image.get("filename"), "background image",
                gone="Hugo stops the build on it, none is shown",
                keys=("design", "background", "image", "filename")) if image else None
    if url or shade:
        layers = ([f"url('{url}')"] if url else []) + ([shade] if shade else [])
        layer.append(f"background-image:{','.join(layers)}")
        size, place = css_value(image.get("size")), css_value(image.get("position"))
        own = [f"background-size:{size}"] if url and size else []
        if url and place == "repeat":
            own.append("background-position:center;background-repeat:repeat")
        elif url and place:
            own.append(f"background-position:{place}")
        if url and (shade or (size and place == "repeat")):
            # the wrapper writes a size and a repeat, and the kit's stylesheet reverts both
            # (`.home-section-bg.bg-image[style*="background-size"][style*="background-repeat"]`)
            own = ["background-size:auto;background-position:0 0;background-repeat:repeat"]
        layer += own
    filters = image.get("filters") if isinstance(image.get("filters"), dict) else {}
    parts = [f"{name}({css_value(filters[name])})" for name in
             ("brightness", "blur", "contrast", "saturate", "grayscale")
             if css_value(filters.get(name))]
    if parts:
        layer.append(f"filter:{' '.join(parts)}")
    if image:  # the class the wrapper writes for `background.image`, drawn or not
        found.image, found.parallax = True, image.get("parallax", True) is not False
    found.layer = ";".join(layer)
    _classes_and_video(ctx, block, design, bg, found)
    padding = dig(design, "spacing", "padding")
    if isinstance(padding, list) and all(css_value(p) for p in padding) and padding:
        found.style += f"padding:{' '.join(str(p).strip() for p in padding)};"
    own = design.get("css_style")
    if isinstance(own, str) and own.strip():
        from ..markdown import clean_style

        kept = clean_style(own).strip().rstrip(";")
        found.style += f"{kept};" if kept else ""
    clip = css_value(design.get("clip_path"))
    if clip:
        found.style += f"clip-path:{clip};"
    cut = design.get("section_break") if isinstance(design.get("section_break"), dict) else {}
    height = css_value(cut.get("size")) or "6rem"
    for edge, key, way in (("bottom", "fade_bottom", "to bottom"), ("top", "fade_top", "to top")):
        colour = css_value(cut.get(key))
        if colour:
            found.fades.append((edge, f"height:{height};background:linear-gradient({way},"
                                      f"transparent,{colour})"))
    return found


def _classes_and_video(ctx, block, design: dict, bg: dict, found: Section) -> None:
    """parse_block_v3's `$css_classes`, `$bg_css_classes` and `$bg_video`."""
    from ..section import Where, classes
    from ..theme import background_classes
    from .parts import in_media

    where = Where(ctx, block)
    if design.get("css_class"):  # its Tailwind bg-* and dark:bg-* drawn (under the style)
        names = str(design["css_class"]).split()
        colour, used = background_classes(names)
        names = [name for name in names if name not in used or ":" not in name]
        found.classes = classes(where, " ".join(names), ("design", "css_class"))
        if colour:
            found.style = f"background:{colour};{found.style}"
    if bg.get("css_class"):
        found.bg_classes = classes(where, bg["css_class"], ("design", "background", "css_class"))
    video = bg.get("video") if isinstance(bg.get("video"), dict) else {}
    name = video.get("filename")
    if isinstance(name, str) and name.strip():
        keys = ("design", "background", "video", "filename")
        if not in_media(ctx.page.site, name):
            where.report(keys, f"background video {name!r} is not in assets/media/; the theme "
                         "shows none")
            return
        found.video = "flip" if video.get("flip") else "video"
        where.report(keys, f"background video {name!r}: an export plays no video (it fetches "
                     "no media); the section shows the rest of its background")


def draws_own(block) -> bool:
    """Whether the block's kit template draws the wrapper itself (the hero's does)."""
    from . import find

    return find(block).name == "hero"


def wrap(ctx, html: str, around: Section) -> str:
    """The section `html` a block drew inside the kit's wrapper `around`, for the blocks whose
    template does not draw it as the hero's does; unchanged when the wrapper draws nothing."""
    if not (around.style or around.layer or around.image or around.mesh or around.fades
            or around.dark or around.classes or around.bg_classes or around.video):
        return html
    from ..render import template
    from ..section import dress

    classes = template("section/kit.html").module.classes(around)
    layers = str(ctx.render("section/kit.html", around=around)).removesuffix("\n")
    return dress(html, str(classes), around.style, f"\n{layers}" if layers else "")
