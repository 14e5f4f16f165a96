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

A site's `assets/css/custom.css` (or `assets/scss/custom.scss`, compiled with libsass, after
`template.scss` where the theme imports it) is added after the look, as the theme adds it after
its own; the page it names (`html`, `body`, `.dark`) is the page's root (`page_rules`).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .config import tailwind_since
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


#: the font blox-tailwind draws its text in from v0.5.0 (Tailwind 4): the site's stylesheet
#: names Inter as `--font-family-sans`, which Tailwind 4 never reads, so `font-sans` is the
#: system's font (measured on a real v0.10.0 build: this list, Inter unused)
SYSTEM_SANS = ('-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans",'
               'Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol",'
               '"Noto Color Emoji"')


def system_font(config) -> bool:
    """Whether the site's text is the system's font, not the look's Inter: blox-tailwind
    v0.5.0 on, by its go.mod (`SYSTEM_SANS`)."""
    return tailwind_since(config, (0, 5))


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


# ------------------------------------------------------------------ the colour theme

SHADES = (50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950)
#: Tailwind's palettes (v3's values) that blox-tailwind's colour themes take as their primary
#: (`assets/css/themes/<name>.css`: eleven in v0.3.1, these twenty from v0.6.0)
PALETTES = {
    "amber": ("#fffbeb", "#fef3c7", "#fde68a", "#fcd34d", "#fbbf24", "#f59e0b",
              "#d97706", "#b45309", "#92400e", "#78350f", "#451a03"),
    "blue": ("#eff6ff", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6",
             "#2563eb", "#1d4ed8", "#1e40af", "#1e3a8a", "#172554"),
    "cyan": ("#ecfeff", "#cffafe", "#a5f3fc", "#67e8f9", "#22d3ee", "#06b6d4",
             "#0891b2", "#0e7490", "#155e75", "#164e63", "#083344"),
    "emerald": ("#ecfdf5", "#d1fae5", "#a7f3d0", "#6ee7b7", "#34d399", "#10b981",
                "#059669", "#047857", "#065f46", "#064e3b", "#022c22"),
    "fuchsia": ("#fdf4ff", "#fae8ff", "#f5d0fe", "#f0abfc", "#e879f9", "#d946ef",
                "#c026d3", "#a21caf", "#86198f", "#701a75", "#4a044e"),
    "green": ("#f0fdf4", "#dcfce7", "#bbf7d0", "#86efac", "#4ade80", "#22c55e",
              "#16a34a", "#15803d", "#166534", "#14532d", "#052e16"),
    "indigo": ("#eef2ff", "#e0e7ff", "#c7d2fe", "#a5b4fc", "#818cf8", "#6366f1",
               "#4f46e5", "#4338ca", "#3730a3", "#312e81", "#1e1b4b"),
    "lime": ("#f7fee7", "#ecfccb", "#d9f99d", "#bef264", "#a3e635", "#84cc16",
             "#65a30d", "#4d7c0f", "#3f6212", "#365314", "#1a2e05"),
    "orange": ("#fff7ed", "#ffedd5", "#fed7aa", "#fdba74", "#fb923c", "#f97316",
               "#ea580c", "#c2410c", "#9a3412", "#7c2d12", "#431407"),
    "pink": ("#fdf2f8", "#fce7f3", "#fbcfe8", "#f9a8d4", "#f472b6", "#ec4899",
             "#db2777", "#be185d", "#9d174d", "#831843", "#500724"),
    "purple": ("#faf5ff", "#f3e8ff", "#e9d5ff", "#d8b4fe", "#c084fc", "#a855f7",
               "#9333ea", "#7e22ce", "#6b21a8", "#581c87", "#3b0764"),
    "red": ("#fef2f2", "#fee2e2", "#fecaca", "#fca5a5", "#f87171", "#ef4444",
            "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d", "#450a0a"),
    "rose": ("#fff1f2", "#ffe4e6", "#fecdd3", "#fda4af", "#fb7185", "#f43f5e",
             "#e11d48", "#be123c", "#9f1239", "#881337", "#4c0519"),
    "sky": ("#f0f9ff", "#e0f2fe", "#bae6fd", "#7dd3fc", "#38bdf8", "#0ea5e9",
            "#0284c7", "#0369a1", "#075985", "#0c4a6e", "#082f49"),
    "slate": ("#f8fafc", "#f1f5f9", "#e2e8f0", "#cbd5e1", "#94a3b8", "#64748b",
              "#475569", "#334155", "#1e293b", "#0f172a", "#020617"),
    "stone": ("#fafaf9", "#f5f5f4", "#e7e5e4", "#d6d3d1", "#a8a29e", "#78716c",
              "#57534e", "#44403c", "#292524", "#1c1917", "#0c0a09"),
    "teal": ("#f0fdfa", "#ccfbf1", "#99f6e4", "#5eead4", "#2dd4bf", "#14b8a6",
             "#0d9488", "#0f766e", "#115e59", "#134e4a", "#042f2e"),
    "violet": ("#f5f3ff", "#ede9fe", "#ddd6fe", "#c4b5fd", "#a78bfa", "#8b5cf6",
               "#7c3aed", "#6d28d9", "#5b21b6", "#4c1d95", "#2e1065"),
    "yellow": ("#fefce8", "#fef9c3", "#fef08a", "#fde047", "#facc15", "#eab308",
               "#ca8a04", "#a16207", "#854d0e", "#713f12", "#422006"),
    "zinc": ("#fafafa", "#f4f4f5", "#e4e4e7", "#d4d4d8", "#a1a1aa", "#71717a",
             "#52525b", "#3f3f46", "#27272a", "#18181b", "#09090b"),
}


#: the secondary palette of each colour theme from blox-tailwind v0.6.0 (its themes/<name>.css;
#: blue's has none, and before v0.6.0 none has: css/main.css's zinc)
SECONDARY = {"amber": "yellow", "cyan": "sky", "emerald": "green", "fuchsia": "violet",
             "green": "teal", "indigo": "blue", "lime": "yellow", "orange": "red",
             "pink": "rose", "purple": "violet", "red": "orange", "rose": "pink", "sky": "cyan",
             "slate": "stone", "stone": "slate", "teal": "emerald", "violet": "fuchsia",
             "yellow": "amber", "zinc": "slate"}
#: Tailwind's other palettes the theme's classes name: gray and neutral
OTHER_PALETTES = {
    "gray": ("#f9fafb", "#f3f4f6", "#e5e7eb", "#d1d5db", "#9ca3af", "#6b7280", "#4b5563",
             "#374151", "#1f2937", "#111827", "#030712"),
    "neutral": ("#fafafa", "#f5f5f5", "#e5e5e5", "#d4d4d4", "#a3a3a3", "#737373", "#525252",
                "#404040", "#262626", "#171717", "#0a0a0a"),
}
#: patterns of Tailwind class names (compiled by `re` when first used: blox-tailwind only)
_COLOUR_NAME = r"(black|white|transparent)|([a-z]+)-(\d+)"
#: Tailwind's gradient directions (bg-gradient-to-*, v4's bg-linear-to-*)
_DIRECTIONS = {"t": "top", "tr": "top right", "r": "right", "br": "bottom right", "b": "bottom",
               "bl": "bottom left", "l": "left", "tl": "top left"}


def tailwind_colour(name: str) -> str | None:
    """The CSS colour of a Tailwind colour name (`gray-100`, `primary-300`, `white`,
    `primary-500/90` at 90 %) as the theme's classes draw it (`primary-*` and `secondary-*`
    are the site's: `var(--lk-primary-N)`), or None for a name Tailwind has no colour of."""
    name, _, alpha = name.partition("/")
    found = re.fullmatch(_COLOUR_NAME, name)
    if found is None or (alpha and not (alpha.isdigit() and int(alpha) <= 100)):
        return None
    if found.group(1):
        colour = {"black": "#000000", "white": "#ffffff"}.get(found.group(1), "transparent")
    else:
        palette, shade = found.group(2), int(found.group(3))
        colours = OTHER_PALETTES.get(palette) or PALETTES.get(palette)
        if shade not in SHADES or not (colours or palette in ("primary", "secondary")):
            return None
        colour = (f"var(--lk-{palette}-{shade})" if palette in ("primary", "secondary")
                  else colours[SHADES.index(shade)])
    return f"color-mix(in srgb,{colour} {int(alpha)}%,transparent)" if alpha else colour


_BACKGROUND_CLASS = r"(dark:)?(bg|from|via|to)-([a-z]+(?:-\d+)?(?:/\d+)?)"
_GRADIENT_CLASS = r"bg-(?:gradient|linear)-to-(tr|tl|br|bl|t|r|b|l)"


def background_classes(names) -> tuple[str | None, list[str]]:
    """The CSS `background` that Tailwind classes among `names` give an element, and the
    names that gave it: the first `bg-*` colour, and a `dark:bg-*` one in the dark (which
    the look draws as `light-dark()`: its dark scheme is the theme's `.dark`), or a
    `bg-gradient-to-*` over its `from-*`, `via-*` and `to-*` stops (transparent where one
    is missing, as Tailwind's). None when no name is a colour."""
    light = dark = direction = None
    stops: dict[str, str] = {}
    used = []
    for name in names:
        gradient = re.fullmatch(_GRADIENT_CLASS, name)
        if gradient:
            direction = direction or _DIRECTIONS[gradient.group(1)]
            used.append(name)
            continue
        found = re.fullmatch(_BACKGROUND_CLASS, name)
        colour = tailwind_colour(found.group(3)) if found else None
        if colour is None:
            continue
        kind = found.group(2)
        if kind != "bg" and found.group(1):
            continue  # a dark gradient stop: not drawn
        used.append(name)
        if kind != "bg":
            stops.setdefault(kind, colour)
        elif found.group(1) and dark is None:
            dark = colour
        elif not found.group(1) and light is None:
            light = colour
    if direction and stops:
        via = f"{stops['via']}," if "via" in stops else ""
        return (f"linear-gradient(to {direction},{stops.get('from', 'transparent')},{via}"
                f"{stops.get('to', 'transparent')})"), used
    used = [name for name in used if name.startswith(("bg-", "dark:bg-"))
            and not re.fullmatch(_GRADIENT_CLASS, name)]
    if light is None and dark is None:
        return None, used
    if dark is None or dark == light:
        return light, used
    return f"light-dark({light or 'transparent'},{dark})", used


def primary_palette(config, lang: str | None = None) -> str:
    """The name of the palette a blox-tailwind site's `primary-*` colours are: its colour
    theme, `params.appearance.color` (lower-cased; `blue` when unset, as site_head.html
    takes it). A name without a theme here (Hugo would stop: the theme has no such file)
    gives blue."""
    params = config.params(lang) if config is not None else {}
    appearance = params.get("appearance") if isinstance(params, dict) else None
    name = appearance.get("color") if isinstance(appearance, dict) else None
    name = str(name).strip().lower() if name not in (None, "") else "blue"
    return name if name in PALETTES else "blue"


def palette_css(name: str, secondary: str = "zinc") -> str:
    """The declarations `--lk-primary-50` ... `--lk-primary-950` of the palette `name` and
    `--lk-secondary-*` of `secondary`, which the tailwind look's stylesheets draw every
    `primary-*` and `secondary-*` colour with."""
    return "".join(f"--lk-{role}-{shade}:{colour};"
                   for role, palette in (("primary", name), ("secondary", secondary))
                   for shade, colour in zip(SHADES, PALETTES[palette]))


# ------------------------------------------------------------------ the stylesheet


def custom_css(folder: Path | None, template: bool = False) -> str:
    """The site's own `assets/css/custom.css`, or its SCSS compiled, or ''. The SCSS is
    `assets/scss/custom.scss`, and with `template` (blox-bootstrap and Wowchemy v5, whose
    `main.scss` imports `template` before `custom`) `assets/scss/template.scss` before it:
    the starters keep rules there (`.cta-group { justify-content: center }`)."""
    if folder is None:
        return ""
    css = Path(folder) / "assets" / "css" / "custom.css"
    scss = Path(folder) / "assets" / "scss"
    names = ("template", "custom") if template else ("custom",)
    sources = [path for path in (css, *(scss / f"{name}.scss" for name in names))
               if _sized(path) is not None]
    if not sources:
        return ""
    if sources[0] is css:
        text = css.read_text(encoding="utf-8-sig", errors="replace")
    elif len(sources) == 1:
        text = _compile_scss(sources[0], sources[0].read_text(encoding="utf-8-sig",
                                                                errors="replace"))
    else:  # main.scss's two imports, in one compilation as the theme's
        text = _compile_scss(sources[-1], "".join(f'@import "{path.stem}";\n'
                                                  for path in sources))
    return text.replace("</", "<\\/")  # never closes the <style> it is put in


def _sized(path: Path) -> int | None:
    """The size of the stylesheet at `path`, None when there is none; too large is an error."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size > MAX_CUSTOM_BYTES:
        raise LandingkitError(f"the site's stylesheet is larger than "
                              f"{MAX_CUSTOM_BYTES >> 20} MiB; not included", path)
    return size


#: what the page's root is when the page is dark (landing.css: the system's scheme or
#: `lk-mode-*`, turned over by the switch), under the system's dark scheme and under its light
_DARK_ROOT = {
    "(prefers-color-scheme:dark)":
        ":not(.lk-mode-light):not(:has(>.lk-mode-toggle:checked)),"
        ".lk-mode-light:has(>.lk-mode-toggle:checked)",
    "not (prefers-color-scheme:dark)":
        ".lk-mode-dark:not(:has(>.lk-mode-toggle:checked)),"
        ":not(.lk-mode-dark):has(>.lk-mode-toggle:checked)",
}
_PAGE_TYPES = {"html", "body"}


PAGE_RULES_VERSION = 1  # of what `page_rules` writes: a change to it is a new number


def page_rules(css: str) -> str:
    """The site's stylesheet `css` with the page named as the root of landingkit's page (`&`,
    the rule it is nested in): the theme's page is `<html>` and `<body>`, and is `.dark` when
    dark (blox-bootstrap and Wowchemy put the class on `<body>`, blox-tailwind on `<html>`).
    A selector whose first compound is `html`, `body` or `:root` names the root; its `.dark`,
    and a first compound that is `.dark` alone, the root while the page is dark, written once
    for the system's dark scheme and once for its light (a lone `.dark` still names a
    section the theme marks `dark` as well). Rules naming no page are as they were.
    The result is kept in the cache folder by the stylesheet's digest: a page's export
    reads it there, without parsing the stylesheet again."""
    if not re.search(r"(?i)\b(?:html|body|root|dark)\b", css):
        return css
    digest = hashlib.sha256(css.encode("utf-8")).hexdigest()
    cached = cache_dir() / f"page-rules-v{PAGE_RULES_VERSION}" / digest[:2] / f"{digest}.css"
    try:
        return cached.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    import tinycss2

    rules = tinycss2.parse_stylesheet(css)
    out = "".join(_page_rule(rule) for rule in rules) if any(
        _names_page(rule) for rule in rules) else css
    store_cached(cached, out.encode("utf-8"))
    return out


def _names_page(rule) -> bool:
    """Whether `rule`, or a rule inside it (`@media`, `@supports`, ...), names the page."""
    if rule.type == "qualified-rule":
        return any(_first_compound(selector)[1] for selector in _selectors(rule.prelude))
    if rule.type == "at-rule" and rule.content is not None and _holds_rules(rule):
        import tinycss2
        return any(_names_page(inner) for inner in tinycss2.parse_rule_list(rule.content))
    return False


def _holds_rules(rule) -> bool:
    """Whether the at-rule `rule` holds style rules (not `@keyframes`, `@font-face`)."""
    return rule.lower_at_keyword in ("media", "supports", "layer", "container", "document")


def _page_rule(rule) -> str:
    """One rule of `page_rules`, serialised."""
    import tinycss2

    if rule.type == "at-rule" and rule.content is not None and _holds_rules(rule):
        inner = tinycss2.parse_rule_list(rule.content)
        if any(_names_page(node) for node in inner):
            return (f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{"
                    + "".join(_page_rule(node) for node in inner) + "}")
        return rule.serialize()
    if rule.type != "qualified-rule":
        return rule.serialize()
    selectors = [_first_compound(selector) for selector in _selectors(rule.prelude)]
    if not any(kind for _, kind, _ in selectors):
        return rule.serialize()
    body = "{" + tinycss2.serialize(rule.content) + "}"
    if not any(kind in ("dark", "lone-dark") for _, kind, _ in selectors):
        return ",".join(_page_selector(*parts, "") for parts in selectors) + body
    return "".join(f"@media {media}{{"
                   + ",".join(_page_selector(*parts, dark) for parts in selectors)
                   + body + "}" for media, dark in _DARK_ROOT.items())


def _selectors(prelude) -> list[list]:
    """The complex selectors of a rule's prelude, as token lists."""
    out = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            out.append([])
        else:
            out[-1].append(token)
    return out


def _first_compound(tokens: list) -> tuple[list, str, list]:
    """(the tokens after the leading page compounds, the kind: "" for a selector naming no
    page, "page", "dark" (the page while dark) or "lone-dark" (`.dark` alone: the page
    while dark or an element marked dark), the page compounds' other simple selectors)."""
    rest = _skip(tokens)
    extra, page = [], False
    while True:
        end = _compound_end(rest)
        compound = rest[:end]
        simple, named = [], False
        i = 0
        while i < len(compound):
            token = compound[i]
            if i == 0 and token.type == "ident" and token.lower_value in _PAGE_TYPES:
                named = True
            elif (token.type == "literal" and token.value == ":" and i + 1 < len(compound)
                  and compound[i + 1].type == "ident" and compound[i + 1].lower_value == "root"):
                named, i = True, i + 1
            else:
                simple.append(token)
            i += 1
        if not named:
            break
        page = True
        extra += simple
        rest = rest[end:]
        after = _skip(rest)
        if after and after[0].type == "literal" and after[0].value == ">":
            after = _skip(after[1:])
        if after and after[0].type == "ident" and after[0].lower_value in _PAGE_TYPES:
            rest = after  # `html > body`: the page again
        elif not rest or rest[0].type == "whitespace":
            rest = after
    dark = _without_dark(extra)
    if page:
        return rest, "dark" if dark is not None else "page", dark if dark is not None else extra
    end = _compound_end(rest)
    if _without_dark(rest[:end]) == []:
        return rest[end:], "lone-dark", []
    return rest, "", []


def _compound_end(tokens: list) -> int:
    """Where the compound selector `tokens` start with ends (at a combinator or the end)."""
    return next((i for i, t in enumerate(tokens)
                 if t.type == "whitespace" or (t.type == "literal" and t.value in ">+~")),
                len(tokens))


def _skip(tokens: list) -> list:
    """`tokens` without the whitespace they start with."""
    start = next((i for i, t in enumerate(tokens) if t.type != "whitespace"), len(tokens))
    return list(tokens[start:])


def _without_dark(tokens: list) -> list | None:
    """`tokens` (a compound's simple selectors) without its `.dark`, None when it has none."""
    for i in range(len(tokens) - 1):
        if (tokens[i].type == "literal" and tokens[i].value == "."
                and tokens[i + 1].type == "ident" and tokens[i + 1].value == "dark"):
            return tokens[:i] + tokens[i + 2:]
    return None


def _page_selector(rest: list, kind: str, extra: list, dark: str) -> str:
    """One selector of `_first_compound`'s parts, the page written as `&` (`dark`: what the
    root is while dark, under the rule's `@media`)."""
    import tinycss2

    tail = tinycss2.serialize(rest).strip()
    if not kind:
        return tail
    if kind == "lone-dark":
        head = f":is(&:is({dark}),& .dark)"
    else:
        head = "&" + tinycss2.serialize(extra) + (f":is({dark})" if kind == "dark" else "")
    if tail and tail[0] in ">+~":
        return f"{head}{tail}"
    return f"{head} {tail}" if tail else head


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
