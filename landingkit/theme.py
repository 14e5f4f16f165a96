"""The theme's look: which generation of Hugo Blox a site uses, its stylesheet and its fonts.

Two looks, as the theme draws them:

- `tailwind`: blox-tailwind and the 2026 kit (`modules/blox`): Inter, slate text, white navbar.
- `bootstrap`: blox-bootstrap and Wowchemy (Academic): Montserrat headings, Roboto text, 21 px.

The generation is the configuration's (`Config.theme`, read from what Hugo reads to find the
theme). A site naming none gets the newest look.

Fonts come from font packages (fontpkg-inter, -montserrat, -roboto, OFL-1.1), cut once to the
Latin and punctuation of `UNICODES` and kept as WOFF2 in the cache folder, then embedded as data:
URLs: the page stays one file and loads nothing. Other scripts (CJK) fall back to the system's
fonts, as they do on the theme's pages, whose fonts have none either.

A site's `assets/css/custom.css` (or `assets/scss/custom.scss`, compiled with libsass) is added
after the look, as the theme adds it after its own.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import LandingkitError
from .images import cache_dir, package_file, store_cached

TAILWIND, BOOTSTRAP = "tailwind", "bootstrap"
# Latin-1 and Latin Extended-A (the languages of Europe), pinyin's tone marks, Romanian's
# commas, dashes, quotes and the like, the euro, arrows, the minus: 42 kB of Inter. Anything
# else is drawn by the next font of the list, glyph by glyph.
UNICODES = (*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x1CD, 0x1DD),
            *range(0x218, 0x21C), *range(0x2010, 0x2028), *range(0x2030, 0x203B), 0x2044,
            0x20AC, 0x2122, *range(0x2190, 0x2194), 0x2212, 0xFFFD)
_CUT = hashlib.sha256(repr(UNICODES).encode()).hexdigest()[:8]  # the cache's name of this cut
MAX_CUSTOM_BYTES = 1 << 20


@dataclass(eq=False, repr=False)
class Font:
    """A font a look embeds: the upright variable font of a package, cut to `UNICODES`."""

    family: str  # the name the look's CSS uses (prefixed: no clash with the notebook's own)
    package: str  # the Python package holding the font file
    start: str  # its file name starts so (the upright variable font)
    pins: tuple[tuple[str, float], ...]  # axes fixed at a value; the weight axis stays


@dataclass(eq=False, repr=False)
class Look:
    """A theme generation's look: its stylesheet and the fonts it embeds."""

    name: str
    stylesheet: str  # templates/looks/<name>.css
    fonts: tuple[Font, ...]


LOOKS = {
    TAILWIND: Look(TAILWIND, "looks/tailwind.css",
                   (Font("lk-Inter", "fontpkg_inter", "files/Inter[", (("opsz", 14),)),)),
    BOOTSTRAP: Look(BOOTSTRAP, "looks/bootstrap.css",
                    (Font("lk-Montserrat", "fontpkg_montserrat", "files/Montserrat[", ()),
                     Font("lk-Roboto", "fontpkg_roboto", "files/Roboto[", (("wdth", 100),)))),
}


# ------------------------------------------------------------------ which generation


def generation(config) -> str:
    """`tailwind` or `bootstrap`: the look of the site's theme generation (`Config.theme`);
    a site naming none gets the newest look."""
    from .config import BOOTSTRAP as BOOTSTRAP_GENERATIONS

    return BOOTSTRAP if config is not None and config.theme in BOOTSTRAP_GENERATIONS else TAILWIND


# ------------------------------------------------------------------ fonts

#: blox-bootstrap's and Wowchemy's `font_size` choices, px of the body from 58em
#: (functions/parse_theme.html); below, 0.77 of it
FONT_SIZES = {"xs": 14, "s": 16, "m": 18, "l": 21, "xl": 23}


def bootstrap_type(params: dict) -> tuple[int, bool]:
    """(the body's size in px, whether the font set is `native`) of a blox-bootstrap or
    Wowchemy site, as parse_theme.html reads `appearance.font_size` and `appearance.font`
    (Wowchemy v5.0-v5.4: `font_size`, `font`): an unknown size is "l", 21 px. The native set
    names no family (data/fonts/native.toml), so the theme's page draws the browser's
    sans-serif; any other set is drawn here as "minimal" is (Montserrat and Roboto)."""
    appearance = params.get("appearance") if isinstance(params.get("appearance"), dict) else {}
    size = appearance.get("font_size") or params.get("font_size") or "l"
    font = appearance.get("font") or params.get("font") or ""
    return (FONT_SIZES.get(str(size).lower(), FONT_SIZES["l"]),
            re.sub(r"\s", "_", str(font).lower()) == "native")


def bootstrap_type_css(params: dict, root: str) -> str:
    """The rule giving the page `root` (a selector) its site's size and font set, where
    they are not the look's own (21 px, Montserrat and Roboto); ''."""
    size, native = bootstrap_type(params)
    rules = ([f"--lk-size:{size}px"] if size != FONT_SIZES["l"] else []) + (
        ["--lk-font:sans-serif", "--lk-heading-font:sans-serif"] if native else [])
    return f"{root}{{{';'.join(rules)}}}\n" if rules else ""


@functools.cache
def font_css(look: str) -> str:
    """The look's `@font-face` rules, each font a WOFF2 data: URL."""
    rules = []
    for font in LOOKS[look].fonts:
        data = woff2(font)
        if data is None:
            continue  # the package is missing: the look's fallback fonts show
        url = "data:font/woff2;base64," + base64.b64encode(data).decode("ascii")
        rules.append(f'@font-face{{font-family:"{font.family}";src:url({url}) format("woff2");'
                     "font-weight:100 900;font-style:normal;font-display:swap}")
    return "".join(rule + "\n" for rule in rules)


def woff2(font: Font) -> bytes | None:
    """The font cut to `UNICODES` as WOFF2, made once per font file and kept in the cache."""
    folder, _, start = font.start.rpartition("/")
    found = package_file(font.package, folder) if folder else None
    if found is None:
        return None
    try:
        name = next(n for n in sorted(os.listdir(found[0])) if n.startswith(start))
    except (OSError, StopIteration):
        return None
    source = found[0] / name
    info = source.stat()
    cached = (cache_dir() / "fonts"
              / f"{font.family}-{info.st_size}-{info.st_mtime_ns}-{_CUT}.woff2")
    try:
        return cached.read_bytes()
    except OSError:
        pass
    data = _subset(source, dict(font.pins))
    store_cached(cached, data)
    return data


def _subset(source: Path, pins: dict[str, float]) -> bytes:
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(source, recalcTimestamp=False)  # the same bytes every time
    options = subset.Options()
    options.layout_features = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # the licence's notice and the names
    options.notdef_outline = True
    options.hinting = False
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=UNICODES)
    cutter.subset(font)  # before pinning axes: the instancer trips on glyphs cut away
    if pins:
        font = instancer.instantiateVariableFont(font, pins)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ the stylesheet


def custom_css(folder: Path | None) -> str:
    """The site's own `assets/css/custom.css`, or `assets/scss/custom.scss` compiled, or ''."""
    if folder is None:
        return ""
    css = Path(folder) / "assets" / "css" / "custom.css"
    scss = Path(folder) / "assets" / "scss" / "custom.scss"
    for path in (css, scss):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        if size > MAX_CUSTOM_BYTES:
            raise LandingkitError(f"the site's stylesheet is larger than "
                                  f"{MAX_CUSTOM_BYTES >> 20} MiB; not included", path)
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        if path is scss:
            text = _compile_scss(path, text)
        return text.replace("</", "<\\/")  # never closes the <style> it is put in
    return ""


def _compile_scss(path: Path, text: str) -> str:
    try:
        import sass
    except ImportError:
        raise LandingkitError("compiling this stylesheet needs libsass (pip install "
                              "libsass)", path) from None
    try:
        return sass.compile(string=text, include_paths=[str(path.parent)],
                            output_style="compressed")
    except sass.CompileError as exc:
        message = str(exc).strip().splitlines()
        line = next((int(m.group(1)) for m in map(re.compile(r"on line (\d+)").search, message)
                     if m), None)
        raise LandingkitError(f"cannot compile the site's stylesheet: {message[0]}", path,
                              line) from None
