"""A block's section `design` as the theme's section wrapper draws it: the background
(colour, gradient, image and its brightness), the text colour over it, the section's own
classes and style. The specification is the wrapper of each generation: Wowchemy v5.5.0
`widget_page.html` and blox-bootstrap v5.9.7 `functions/parse_block_v1.html` for widget
files (`image: name.jpg`, `image_size`, `image_position`, `image_darken`, `advanced.css_*`),
blox-bootstrap v5.9.7 and blox-tailwind v0.3.1 `functions/parse_block_v2.html` for the
blocks of a `sections:` page (`image: {filename, size, position, filters: {brightness}}`).
The kit draws its sections itself. `design.clip_path` is the section's `clip-path`; the
video of `design.background.video` is not played (an export loads no media, and the theme's
video has no poster): the section shows its background colour, gradient or image without it.

The theme writes every value into a `style` attribute as it is; here each one is checked
first (colours, angles, sizes, positions by strict patterns, `css_style` through the
sanitiser's property filter), so that nothing a page says can fetch a file or lift content
over the page: the Content-Security-Policy of an export stays the last line, not the only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from markupsafe import Markup, escape

from .config import tailwind_since, wowchemy_before
from .theme import background_classes, tailwind_colour

# Patterns of the values a page may give (kept as text: `re` compiles each when first used,
# and most pages use none of them)
#: a CSS colour: #rgb(a) / #rrggbb(aa), a colour keyword, or rgb()/hsl() of numbers
_COLOUR = (r"(?i)#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20}"
           r"|(?:rgba?|hsla?)\(\s*[0-9.,%\s/+-]*(?:deg|turn|rad)?[0-9.,%\s/+-]*\)")
_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)"
_LENGTH = r"0|[+-]?(?:\d+\.?\d*|\.\d+)(?:%|px|em|rem|vh|vw|vmin|vmax|ch|ex|cm|mm|in|pt|pc)"
_POSITION = rf"(?i)(?:(?:left|right|top|bottom|center|{_LENGTH})(?:\s+|$)){{1,4}}"
_SIZE = rf"(?i)cover|contain|auto|(?:(?:auto|{_LENGTH})(?:\s+|$)){{1,2}}"
#: a `clip-path` the section may have: a basic shape of numbers, lengths and keywords (no url())
_CLIP = (r"(?i)none|(?:(?:inset|circle|ellipse|polygon)\([0-9a-z.,%\s+-]*\)\s*)"
         r"(?:border-box|padding-box|content-box|margin-box|fill-box|stroke-box|view-box)?")
#: a class name the section may carry (the sanitiser's rule: not one of the page's own)
_CLASS = r"-?[_a-zA-Z][_a-zA-Z0-9-]*"
_RESERVED = r"(?:lk|jp|lm)-"

#: a CSS value written into a style attribute: colours, lengths, positions, angles
_CSS_VALUE = re.compile(r"^[#%.,()\w\s/+-]*$")
#: the Tailwind classes a gradient mesh names by default (and the kit's safelist,
#: config/safelist.css), as CSS
_PLACES = {"top-0": "top:0", "bottom-0": "bottom:0", "left-0": "left:0", "right-0": "right:0",
           **{f"{side}-{a}/{b}": f"{side}:{100 * a / b:g}%" for side in ("left", "right")
              for a, b in ((1, 4), (1, 2), (1, 3))}}
_SIZES = {f"{axis}-{n}": f"{'width' if axis == 'w' else 'height'}:{n * 4}px"
          for axis in ("w", "h") for n in (48, 56, 64, 72, 80, 96)}
#: `animation` -> the CSS animation of its `animate-*` class (Tailwind's pulse, base.css's others)
_ANIMATIONS = {"pulse": "lk-kit-pulse 2s cubic-bezier(.4,0,.6,1) infinite",
               "float": "lk-kit-float 8s ease-in-out infinite",
               "rotate": "lk-kit-rotate 20s linear infinite", "none": ""}

#: the generations whose wrapper is drawn here
GENERATIONS = ("wowchemy", "blox-bootstrap", "blox-tailwind", None)


@dataclass(eq=False, repr=False)
class Design:
    """What the wrapper adds to one section: `classes` and `style` on the `<section>`,
    `background` (CSS declarations) and `bg_classes` on its `home-section-bg` child."""

    classes: list[str] = field(default_factory=list)
    style: str = ""
    background: list[str] = field(default_factory=list)
    bg_classes: list[str] = field(default_factory=list)
    #: the section's own background colour (blox-tailwind's `bg-*` classes on it)
    colour: str | None = None
    #: whether the section has a background child at all (the theme always writes one;
    #: here only a section whose design sets something gets it)
    drawn: bool = False
    #: blox-tailwind v0.10's `background.gradient_mesh`: its layers, first in the section
    mesh: list = field(default_factory=list)


def design_of(ctx, block, index: int) -> Design | None:
    """The section design of `block`, problems reported to `ctx` (None: nothing set)."""
    generation = getattr(getattr(ctx.page.site, "config", None), "theme", None)
    if generation not in GENERATIONS:
        return None
    data = block.data
    design = data.get("design") if isinstance(data.get("design"), dict) else {}
    advanced = data.get("advanced") if isinstance(data.get("advanced"), dict) else {}
    bg = design.get("background") if isinstance(design.get("background"), dict) else {}
    widget = block.widget  # Wowchemy's keys (v1): image is a name, image_* beside it
    css_class = design.get("css_class") or (advanced.get("css_class") if widget else None)
    css_style = design.get("css_style") or (advanced.get("css_style") if widget else None)
    clip = design.get("clip_path")
    if not bg and not css_class and not css_style and not clip:
        return None
    where = Where(ctx, block)
    out = Design(drawn=bool(bg))
    light = bg.get("text_color_light")  # `if`: any true value; `eq .. false`: false only
    if light:
        out.classes.append("dark")
    elif light is False:
        out.classes.append("light")
    if css_class:
        names = str(css_class).split()
        if generation in ("blox-tailwind", None):  # Tailwind's bg-* and dark:bg-* utilities
            out.colour, used = background_classes(names)
            names = [name for name in names if name not in used or ":" not in name]
        out.classes.extend(classes(where, " ".join(names), ("design", "css_class")
                                   if design.get("css_class") else ("advanced", "css_class")))
        if "hbx-bg-gradient" in out.classes and gradient_class(ctx.page.site):
            out.classes.append("lk-hbx-bg-gradient")
    styles = []
    if clip:  # `clip-path: %s;` before the block's own style, as the wrapper writes them
        shape = str(clip).strip()
        if re.fullmatch(_CLIP, shape):
            styles.append(f"clip-path:{shape}")
        else:
            where.report(("design", "clip_path"), f"design.clip_path: {clip!r} is not a basic "
                         "shape (inset(), circle(), ellipse(), polygon()); ignored")
    if css_style:
        styles.append(_style(where, css_style, "css_style" if design.get("css_style")
                             else "advanced.css_style"))
    out.style = ";".join(style for style in styles if style)
    if bg:
        config = getattr(ctx.page.site, "config", None)
        version = config.wowchemy_version if config is not None else None
        _background(where, bg, widget, out, angled=not wowchemy_before(version, (5, 2)))
        mesh = bg.get("gradient_mesh")
        if isinstance(mesh, dict) and mesh.get("enable") and tailwind_since(config, (0, 10)):
            out.mesh = mesh_shapes(mesh, ("primary-500/20", "primary-600/20"), tailwind_mesh)
            out.classes.append("lk-mesh-section")
    return out


def tailwind_mesh(token: Any, opacity: str) -> str | None:
    """blox-tailwind's colour of a mesh's `bg-<token>` (any Tailwind colour, the primary and
    secondary the site's), at `opacity` where the token names none."""
    if not isinstance(token, str) or not token.strip():
        return None
    token = token.strip()
    return tailwind_colour(token if "/" in token or opacity == "100" else f"{token}/{opacity}")


class Where:
    """Where a key of the block is written: its file and line, for a warning."""

    def __init__(self, ctx, block):
        self.ctx, self.block = ctx, block

    def report(self, keys: tuple, message: str) -> None:
        self.ctx.report_at(self.block, keys, message)


def classes(where: Where, value, keys: tuple) -> list[str]:
    """The class names of `value` (at `keys`) a page may carry, the others said."""
    names = str(value).split()
    kept = [name for name in names
            if re.fullmatch(_CLASS, name) and not re.match(_RESERVED, name)]
    if len(kept) != len(names):
        left = " ".join(name for name in names if name not in kept)
        where.report(keys, f"{_dotted(keys)}: {left!r} is not a class name the page may "
                     "use; ignored")
    return kept


def _style(where: Where, value, key: str) -> str:
    from .markdown import clean_style

    text = str(value)
    kept = clean_style(text)
    asked = [d for d in text.split(";") if d.strip()]
    if len([d for d in kept.split(";") if d.strip()]) < len(asked):
        keys = ("design", "css_style") if key == "css_style" else ("advanced", "css_style")
        shown = f"only {kept!r} is kept" if kept else "it is ignored"
        where.report(keys, f"{_dotted(keys)}: {text!r} sets what a page's style may not (a "
                     f"url(), a position over the page); {shown}")
    return kept


def _background(where: Where, bg: dict, widget: bool, out: Design,
                angled: bool = True) -> None:
    """`$style_bg` of the wrapper, each value checked; what fails is said and left out.
    Before Wowchemy v5.2 (`angled` false: Academic v4, Wowchemy v5.0-v5.1) a gradient has
    no `gradient_angle`: `linear-gradient(start, end)`, top to bottom."""
    keys = ("design", "background")

    def checked(value, at: tuple, pattern: str, what: str, text=None) -> str | None:
        """`value` (as `text` when given) if `pattern` takes it; else said, and None."""
        if value in (None, "", False):  # 0 and 0.0 equal False: unset too
            return None
        text = str(value).strip() if text is None else text
        if re.fullmatch(pattern, text):
            return text
        where.report(at, f"{_dotted(at)}: {value!r} is not {what}; ignored")
        return None

    def colour(name: str) -> str | None:
        return checked(bg.get(name), (*keys, name), _COLOUR, "a CSS colour")

    color = colour("color")
    if color:
        out.background.append(f"background-color:{color}")
    start, end = colour("gradient_start"), colour("gradient_end")
    if start and end and not angled:
        out.background.append(f"background-image:linear-gradient({start},{end})")
    elif start and end:
        angle = str(bg.get("gradient_angle") or "90").strip()  # `string ... | default "90"`
        if not re.fullmatch(_NUMBER, angle):
            where.report((*keys, "gradient_angle"), f"design.background.gradient_angle: "
                         f"{bg.get('gradient_angle')!r} is not a number of degrees; 90 is used")
            angle = "90"
        out.background.append(f"background-image:linear-gradient({angle}deg,{start},{end})")
    image = bg.get("image")
    if widget:
        name = image if isinstance(image, str) else None
        size, position = bg.get("image_size"), bg.get("image_position")
        brightness, image_keys = bg.get("image_darken"), (*keys, "image")
        size_key, position_key = (*keys, "image_size"), (*keys, "image_position")
        brightness_key = (*keys, "image_darken")
    else:
        image_ = image if isinstance(image, dict) else {}
        name, size, position = image_.get("filename"), image_.get("size"), image_.get("position")
        filters = image_.get("filters") if isinstance(image_.get("filters"), dict) else {}
        brightness, image_keys = filters.get("brightness"), (*keys, "image", "filename")
        size_key, position_key = (*keys, "image", "size"), (*keys, "image", "position")
        brightness_key = (*keys, "image", "filters", "brightness")
    if image not in (None, "", False, {}):
        # `bg-image` when `$bg.image` is set, and `parallax` unless it is false (Hugo's
        # `default` counts a boolean as set: `false | default true` is false)
        parallax = bg.get("image_parallax") if widget else (
            image.get("parallax") if isinstance(image, dict) else None)
        out.bg_classes += ["bg-image", *(["parallax"] if parallax is not False else [])]
    if name:
        url = _image_url(where, str(name), image_keys)
        if url is not None:
            out.background.append(f"background-image:url(\"{_css_string(url)}\")")
    if v3(where.ctx.page.site):  # blox-tailwind v0.8+ writes the image alone
        size = position = brightness = None
    size = name and checked(size, size_key, _SIZE, "cover, contain, actual or a CSS size",
                            str(size).strip().replace("actual", "auto"))
    if size:
        out.background.append(f"background-size:{size}")
    position = name and checked(position, position_key, _POSITION, "a CSS position")
    if position:
        out.background.append(f"background-position:{position}")
    brightness = checked(brightness, brightness_key, _NUMBER, "a number")
    if brightness:
        out.background.append(f"filter:brightness({brightness})")
    video = bg.get("video") if isinstance(bg.get("video"), dict) else {}
    video_name = video.get("path" if widget else "filename")
    site = where.ctx.page.site
    from . import images

    if site is not None and images.in_assets(site.folder, video_name) is not None:
        # the theme's <video autoplay muted loop> over the background, which an export, that
        # loads nothing, cannot play: the section shows the background beneath it (the video
        # has no poster); a file that is not there the theme skips too (`with`, no error)
        where.report((*keys, "video", "path" if widget else "filename"),
                     f"design.background.video: {video_name!r} is not played in an export "
                     "(it loads no media); the section's background is drawn without it")


def gradient_class(site) -> bool:
    """Whether a blox-tailwind site's stylesheet has `hbx-bg-gradient` (css/blox/biography.css,
    v0.6.0 on: four soft radial gradients behind the section, drawn by
    section/tailwind.css's `lk-hbx-bg-gradient`)."""
    return tailwind_since(getattr(site, "config", None), (0, 6))


def v3(site) -> bool:
    """Whether a blox-tailwind site's wrapper is v0.8.0's on (`functions/parse_block_v3.html`),
    which writes a background image without its `size`, `position` and `filters.brightness`
    (measured on a real v0.10.0 build: the image unfiltered)."""
    return tailwind_since(getattr(site, "config", None), (0, 8))


def _dotted(keys: tuple) -> str:
    return ".".join(str(k) for k in keys)


def _image_url(where: Where, name: str, keys: tuple) -> str | None:
    """The background image where the site's theme looks for it (`images.widget_media`) as
    an image of the export; a missing file is a warning here (Hugo's `errorf` where the theme
    takes it from assets/media/, a broken image before)."""
    from . import images

    ctx = where.ctx
    site = ctx.page.site
    if site is None:
        return None
    path, folder, stops = images.widget_media(site, name)
    if path is None:
        then = "Hugo stops the build there" if stops else "the published page has none either"
        where.report(keys, f"{_dotted(keys)}: {name!r} is not in {folder} ({then}); the "
                           "section has no image")
        return None
    try:
        return ctx.site_image_url(path, "content", stem=path.stem)
    except images.ImageProblem as exc:
        where.report(keys, f"{_dotted(keys)}: {exc}; the section has no image")
        return None


def _css_string(text: str) -> str:
    """`text` inside a CSS double-quoted string."""
    return re.sub(r'["\\\n\r\f]', lambda m: f"\\{ord(m.group()):x} ", text)


#: blox-bootstrap's legacy widget names, read as its newer blocks (parse_block_v1.html)
_V1_BLOCKS = {"blank": "markdown", "featurette": "features", "pages": "collection",
              "featured": "collection"}


def theme_classes(look: str, block, generation: str | None) -> str:
    """The classes blox-bootstrap's and Wowchemy's wrapper gives every section, each after a
    space, for a site's custom.css to find it by: `home-section wg-<type>`, the type as the
    theme looks the block up (`Block.kind`; blox-bootstrap v5.9.7 `parse_block_v1.html` also
    reads a widget file's legacy names as their blocks; Wowchemy v5.3 `widget_page.html`
    takes `custom` as `blank`), `.` and `_` as `-`; '' in the tailwind look."""
    if look != "bootstrap":
        return ""
    name = str(block.kind or block.type or "")
    if generation == "blox-bootstrap" and block.widget:
        name = _V1_BLOCKS.get(name, name)
    name = re.sub(r"[._]", "-", name)
    return " home-section" + (f" wg-{name}" if re.fullmatch(_CLASS, name) else "")


def rule(selector: str, design: Design) -> str:
    """The stylesheet rules of the section's own colour and of its background child ('' for
    none)."""
    own = f"{selector}{{background:{design.colour}}}" if design.colour else ""
    if not design.background:
        return own
    return f"{own}{selector}>.lk-section-bg{{{';'.join(design.background)}}}"


def wrap(html: str, design: Design) -> str:
    """The section `html` a block drew, with the wrapper's classes and style on its
    `<section>` and the background child first inside it."""
    classes = (" lk-has-bg" if design.drawn else "") + "".join(
        f" {escape(name)}" for name in design.classes)
    child = ""
    if design.mesh:  # the layers of blox-tailwind v0.10's gradient mesh, behind the rest
        child = '\n<div class="lk-kit-mesh" aria-hidden="true">' + "".join(
            f'<div class="lk-kit-mesh-{shape.kind}" style="{escape(shape.style)}"></div>'
            for shape in design.mesh) + "</div>"
    if design.drawn:
        names = " ".join(["lk-section-bg", *(f"lk-{name}" for name in design.bg_classes)])
        child += f'\n<div class="{names}" aria-hidden="true"></div>'
    return dress(html, classes, design.style, child)


def dress(html: str, classes: str, style: str, inside: str) -> Markup:
    """`html`, a block's section, with `classes` (each after a space) added to its
    `lk-section` class, `style` on its `<section>` and `inside` first within it: the
    wrappers of every generation, the kit's too. The opening tag is our own templates'
    (`<section id=".." class="lk-section ..."`, attribute values escaped, so its first `>`
    ends it)."""
    html = str(html)
    start = html.find("<section ")
    end = html.find(">", start)
    if start < 0 or end < 0:
        return Markup(html)
    tag = html[start:end].replace('class="lk-section', f'class="lk-section{classes}', 1)
    if style:
        tag += f' style="{escape(style)}"'
    return Markup(html[:start] + tag + ">" + inside + html[end + 1:])


# ------------------------------------------------------------------ gradient mesh


def css_value(value: Any) -> str | None:
    """`value` as a CSS value of a style attribute, or None when it is none."""
    text = "" if value is None or isinstance(value, bool) else str(value).strip()
    if not text or not _CSS_VALUE.match(text) or re.search(r"url|image|expression", text, re.I):
        return None
    return text


class Shape(NamedTuple):
    """One layer of a gradient mesh: its CSS classes (kitsection styles) and inline style."""

    kind: str
    style: str


def mesh_shapes(mesh: dict, defaults: tuple[str, str], colour_of) -> list[Shape]:
    """The layers of `design.background.gradient_mesh` as `parse_block_v3.html` writes them
    (the kit's and blox-tailwind v0.10's): a `bg-gradient-to-br` wash and blurred `orbs`
    (or `waves`, `dots`, `grid`); `defaults`: its `colors` when it names none;
    `colour_of(token, opacity)`: the CSS colour of a token (`primary-500/20`), or None."""
    colours = mesh.get("colors") if isinstance(mesh.get("colors"), list) else []
    colours = colours or list(defaults)
    style = str(mesh.get("style") or "orbs")
    intensity = str(mesh.get("intensity") or "subtle")
    animation = _ANIMATIONS.get(str(mesh.get("animation") or "pulse"), _ANIMATIONS["pulse"])
    blur = "40px" if intensity == "bold" else "64px"  # blur-2xl, blur-3xl (Tailwind 4)
    wash = [colour_of(c, "100") or "transparent" for c in (colours + colours)[:2]]
    shapes = [Shape("wash", f"background-image:linear-gradient(to bottom right,{wash[0]},"
                            f"transparent,{wash[1]})")]
    animate = f"animation:{animation};" if animation else ""
    if style == "orbs":
        count = mesh.get("orb_count") if isinstance(mesh.get("orb_count"), int) else 2
        places = mesh.get("positions") if isinstance(mesh.get("positions"), list) else [
            "top-0 left-1/4", "bottom-0 right-1/4"]
        sizes = mesh.get("sizes") if isinstance(mesh.get("sizes"), list) else []
        opacity = "40" if intensity == "bold" else "30"
        for index, place in enumerate(places[:max(0, count)]):
            size = sizes[index] if index < len(sizes) else "w-96 h-96"
            colour = colour_of(colours[index] if index < len(colours) else "primary-500/30",
                                  opacity)
            css = [_PLACES.get(name) or _SIZES.get(name) for name in
                   f"{place} {size}".split()]
            delay = f"animation-delay:{index * 2}s;" if index else ""
            shapes.append(Shape("orb", ";".join(c for c in css if c) +
                                f";background-color:{colour or 'transparent'};"
                                f"filter:blur({blur});{animate}{delay}"))
    elif style == "waves":
        count = mesh.get("wave_count") if isinstance(mesh.get("wave_count"), int) else 3
        for index in range(max(0, count)):
            colour = colour_of(colours[index % len(colours)], "100") or "transparent"
            # the wrapper writes a second style attribute (the delay), which HTML ignores
            shapes.append(Shape("wave", f"top:{index * 33}%;transform:skewY(-2deg);"
                                        f"background-color:{colour};filter:blur({blur});"
                                        f"{animate}"))
    elif style == "dots":
        spacing = css_value(mesh.get("spacing")) or "16"
        half = int(spacing) // 2 if spacing.isdigit() else 8
        shapes.append(Shape("pattern", "background-image:radial-gradient(circle,rgb(59 130 246/"
                                       f".2) 2px,transparent 2px);background-size:{spacing}px "
                                       f"{spacing}px;background-position:0 0,{half}px {half}px"))
    elif style == "grid":
        width = css_value(mesh.get("line_width")) or "1"
        spacing = css_value(mesh.get("spacing")) or "32"
        line = f"rgb(59 130 246/.1) {width}px,transparent {width}px"
        shapes.append(Shape("pattern", f"background-image:linear-gradient({line}),"
                                       f"linear-gradient(90deg,{line});"
                                       f"background-size:{spacing}px {spacing}px"))
    return shapes
