"""The look of highlighted code: Pygments' lexers and styles standing in for Chroma's, as Hugo
0.168 (Chroma v2.27) uses them.

- `lexer`, `tokens`: a fence's language as Pygments reads it, with the token types Chroma's
  port of the lexer gives where they differ; YAML by Chroma's own rules (`ChromaYamlLexer`),
  which are no port of Pygments'.
- `Look`: what Chroma's HTML formatter writes on each span, line and table cell of a fence:
  its classes, or its inline styles in a named style (Chroma took its styles from Pygments;
  Hugo's default, monokai, as Chroma has it, see `_MONOKAI`).
- `class_css`: the page's stylesheet for Chroma's classes, a light style and a dark one
  (`theme_styles`: which ones a site's theme generation shows), written from Pygments styles:
  the themes' own Chroma files in Pygments' terms (`THEME_STYLES`), else Pygments' style of
  the name.

Imported only for a page whose text has a highlighted fence.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import ClassVar

from pygments.lexer import RegexLexer, bygroups, include
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.style import Style
from pygments.styles import get_style_by_name
from pygments.token import (
    STANDARD_TYPES,
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Punctuation,
    String,
    Text,
    Token,
    Whitespace,
    string_to_tokentype,
)
from pygments.util import ClassNotFound


def lexer(lang: str):
    """Pygments' lexer of a fence's language, or None when it knows no such language;
    "fallback" is Chroma's plain text, its guess for a fence that names none."""
    if lang == "fallback":
        return TextLexer(stripnl=False, ensurenl=True)
    try:
        found = get_lexer_by_name(lang, stripnl=False, ensurenl=True)
    except ClassNotFound:
        return None
    return ChromaYamlLexer(stripnl=False, ensurenl=True) if found.name == "YAML" else found


#: Chroma's TextWhitespace, as a lexer of Chroma's own rules types it (`w`); Pygments'
#: Whitespace is what Chroma's ports type as text
CHROMA_WHITESPACE = Whitespace.Chroma


class ChromaYamlLexer(RegexLexer):
    """Chroma's YAML lexer (v2.27 lexers/embedded/yaml.xml), in Pygments' terms: Chroma wrote
    its own, which cuts and types a line otherwise than Pygments' YAML lexer does: a plain
    value runs to the line's end, its spaces before a comment but the last one included;
    `true`, `no`, `y` are constants and dates are dates wherever they stand; a flow
    collection's `[` is punctuation and the rest of its line a plain value; an anchor or alias
    (`&a`, `*a`) is a preprocessor comment; a block scalar is one doc string, its indent
    included. Chroma tries the rules in order at each place, as Pygments does, `^` and `$` at
    each line (multiline)."""

    name = "YAML"
    aliases: ClassVar = ["yaml"]
    filenames: ClassVar = ["*.yaml", "*.yml"]

    _plain = r"[^{}\[\]?,:!\-*&@]"  # what a plain value may start with
    _w = CHROMA_WHITESPACE
    tokens: ClassVar = {
        "root": [
            include("whitespace"),
            (r"^---", Name.Namespace),
            (r"^\.\.\.", Name.Namespace),
            (r"[\n?]?\s*- ", Text),
            (r"#.*$", Comment),
            (r"//.*$", Comment),
            (r"!![^\s]+", Comment.Preproc),
            (r"&[^\s]+", Comment.Preproc),
            (r"\*[^\s]+", Comment.Preproc),
            (r"^%include\s+[^\n\r]+", Comment.Preproc),
            include("key"),
            include("value"),
            (r"[?:,\[\]]", Punctuation),
            (r".", Text),
        ],
        "value": [
            (r"([>|](?:[+-])?)(\n(^ {1,})(?:(?:.*\n*(?:^\3 *).*)+|.*))",
             bygroups(Punctuation, String.Doc, None)),
            (r"(false|False|FALSE|true|True|TRUE|null|Off|off|yes|Yes|YES|OFF|On|ON|no|No|on"
             r"|NO|n|N|Y|y)\b", Keyword.Constant),
            (r'"(?:\\.|[^"])*"', String.Double),
            (r"'(?:\\.|[^'])*'", String.Single),
            (r"\d\d\d\d-\d\d-\d\d([T ]\d\d:\d\d:\d\d(\.\d+)?(Z|\s+[-+]\d+)?)?",
             Literal.Date),
            (r"\b[+\-]?(0x[\da-f]+|0o[0-7]+|(\d+\.?\d*|\.?\d+)(e[+\-]?\d+)?|\.inf|\.nan)\b",
             Number),
            (rf"({_plain}.*)( )+(#.*)", bygroups(Literal, _w, Comment)),
            (rf"({_plain}.*)( )+(//.*)", bygroups(Literal, _w, Comment)),
            (rf"{_plain}.*", Literal),
        ],
        "key": [
            (r'"[^"\n#].*": ', Name.Tag),
            (r'(-)( )((?:(?!//)[^"\n{#])*?)(:)( )',
             bygroups(Punctuation, _w, Name.Tag, Punctuation, _w)),
            (r'((?:(?!//)[^"\n{#])*?)(:)( )', bygroups(Name.Tag, Punctuation, _w)),
            (r'((?:(?!//)[^"\n{#])*?)(:)(\n)', bygroups(Name.Tag, Punctuation, _w)),
        ],
        "whitespace": [
            (r"\s+", _w),
            (r"\n+", _w),
        ],
    }


def tokens(found, code: str) -> Iterator[tuple]:
    """The tokens of `code` as Chroma's port of the lexer types and cuts them:

    - Python: Chroma's lexer never reaches its docstring rule (its `^` is the start of the
      text, and the rule comes after the one for a line's end), so a docstring is a string
      of its quotes, `s2` or `s1`, where Pygments has `sd`.
    - JavaScript: Chroma's `//` comment is `//.*?\n`, its line's end included, where
      Pygments' ends before it."""
    stream: Iterable[tuple] = found.get_tokens(code)
    if "python" in found.aliases:
        for ttype, value in stream:
            if ttype is String.Doc:
                ttype = String.Double if value.lstrip("rRuUbB").startswith('"') \
                    else String.Single
            yield ttype, value
    elif found.name == "JavaScript":
        held = None
        for ttype, value in stream:
            if held is not None:
                if value.startswith("\n"):
                    yield held[0], held[1] + "\n"
                    value = value[1:]
                else:
                    yield held
                held = None
                if not value:
                    continue
            if ttype is Comment.Single:
                held = (ttype, value)
                continue
            yield ttype, value
        if held is not None:
            yield held
    else:
        yield from stream


def chroma_class(ttype) -> str:
    """Chroma's class of a token type: Pygments' short name (Chroma took its names), of the
    nearest type that has one; none for Pygments' whitespace, which Chroma's ports of its
    lexers write as text, and `w` for Chroma's own (CHROMA_WHITESPACE)."""
    if ttype is CHROMA_WHITESPACE:
        return "w"
    while ttype not in STANDARD_TYPES and ttype.parent is not None:
        ttype = ttype.parent
    return "" if ttype in Whitespace else STANDARD_TYPES.get(ttype, "")


# ------------------------------------------------------------------ inline styles


#: Hugo's default style, monokai, as Chroma defines it (its styles/monokai.xml): Pygments'
#: monokai has moved away from it (lighter red and comments since 2.19, coloured builtins
#: since 2.21), so the one Hugo shows is kept here, in Pygments' terms. Its background has no
#: colour of its own (the text's is Text's), which Chroma's line numbers are drawn from.
_MONOKAI = {
    "Error": "#960050 bg:#1e0010", "Keyword": "#66d9ef",
    "Keyword.Namespace": "#f92672", "Name": "#f8f8f2", "Name.Attribute": "#a6e22e",
    "Name.Class": "#a6e22e", "Name.Constant": "#66d9ef", "Name.Decorator": "#a6e22e",
    "Name.Exception": "#a6e22e", "Name.Function": "#a6e22e", "Name.Other": "#a6e22e",
    "Name.Tag": "#f92672", "Literal": "#ae81ff", "Literal.Date": "#e6db74",
    "Literal.String": "#e6db74", "Literal.String.Escape": "#ae81ff",
    "Literal.Number": "#ae81ff", "Operator": "#f92672", "Punctuation": "#f8f8f2",
    "Comment": "#75715e", "Generic.Deleted": "#f92672", "Generic.Emph": "italic",
    "Generic.Inserted": "#a6e22e", "Generic.Strong": "bold", "Generic.Subheading": "#75715e",
    "Text": "#f8f8f2",
}


@functools.cache
def _chroma_monokai():
    styles = {string_to_tokentype(name): value for name, value in _MONOKAI.items()}
    return type("ChromaMonokai", (Style,), {"background_color": "#272822", "styles": styles})


def style(name: str):
    """The Pygments style of a Chroma style's name (monokai as Chroma has it); monokai for a
    name Pygments lacks."""
    if name == "monokai":
        return _chroma_monokai()
    try:
        return get_style_by_name(name)
    except ClassNotFound:
        return _chroma_monokai()


def short_colour(colour: str) -> str:
    """`#aabbcc` as `#abc`, as Chroma's compressStyle writes it."""
    c = colour.lower()
    if len(c) == 7 and c[1] == c[2] and c[3] == c[4] and c[5] == c[6]:
        return "#" + c[1] + c[3] + c[5]
    return c


def _rgb(colour: str | None) -> tuple[int, int, int]:
    """A colour as Chroma reads it; an unset one is Chroma's zero Colour, which reads white."""
    c = (colour or "").lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    if len(c) != 6:
        return 255, 255, 255
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def brighten_or_darken(colour: str | None, factor: float) -> str:
    """Chroma's Colour.BrightenOrDarken: a dark colour brightened by `factor`, a light one
    darkened, each channel cut to a whole number as Go's uint8() cuts it."""
    r, g, b = _rgb(colour)
    if (r + g + b) / 255 / 3 < 0.5:
        out = [int((255 - c) * factor + c) for c in (r, g, b)]
    else:
        out = [int(c * (1 - factor)) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in out)


@functools.cache
def inline_css(style_name: str) -> tuple[dict, str, str, str]:
    """(token type -> its CSS, the background's CSS, a highlighted line's, a line number's)
    of a style as Chroma's formatter writes them inline (styleToCSS, then compressStyle):
    what equals the background's is left out. A line's highlight and its number are the
    style's own or, as Pygments' styles have neither in Chroma's terms, made as Chroma's
    synthesise makes them: the background 10% brighter or darker, the background entry's
    colour (unset: white) 50% darker or brighter."""
    found = style(style_name)
    base = found.style_for_token(Text)
    background = found.background_color

    def css(entry: dict, is_background: bool = False) -> str:
        parts = []
        if entry["color"] and (is_background or entry["color"] != base["color"]):
            parts.append(f"color:{short_colour('#' + entry['color'])}")
        bg = entry["bgcolor"] and "#" + entry["bgcolor"]
        if is_background:
            bg = background
        if bg and (is_background or bg != background):
            parts.append(f"background-color:{short_colour(bg)}")
        for key, prop in (("bold", "font-weight:bold"), ("italic", "font-style:italic"),
                          ("underline", "text-decoration:underline")):
            if entry[key] and (is_background or not base[key]):
                parts.append(prop)
        return ";".join(parts)

    table = {ttype: css(entry) for ttype, entry in found}
    own = found.style_for_token(Token)["color"]
    highlight = f"background-color:{short_colour(brighten_or_darken(background, 0.1))}"
    number = f"color:{short_colour(brighten_or_darken(own and '#' + own, 0.5))}"
    return table, css(base, True), highlight, number


_NUMBER = ("white-space:pre;-webkit-user-select:none;user-select:none;margin-right:0.4em;"
           "padding:0 0.4em 0 0.4em;")

#: the formatter's own elements: Chroma's class of each, and its fixed inline CSS
_PARTS = {"PreWrapper": ("chroma", None), "Line": ("line", "display:flex;"),
          "LineNumbers": ("ln", _NUMBER), "LineNumbersTable": ("lnt", _NUMBER),
          "LineHighlight": ("hl", ""), "LineTable": ("lntable",
                                                     "border-spacing:0;padding:0;margin:0;"
                                                     "border:0;"),
          "LineTableTD": ("lntd", "vertical-align:top;padding:0;margin:0;border:0;"),
          "LineLink": ("lnlinks", "outline:none;text-decoration:none;color:inherit"),
          "CodeLine": ("cl", None)}


class Look:
    """The attributes Chroma's formatter writes for one fence: classes, or inline styles in
    `style_name` (with the fence's tab width, and the <pre> a grid when lines are
    highlighted)."""

    def __init__(self, style_name: str, inline: bool, tab_width: int, highlighted: bool):
        self.inline = inline
        if inline:
            self.table, base, self.highlight, self.number = inline_css(style_name)
            tabs = (f"-moz-tab-size:{tab_width};-o-tab-size:{tab_width};tab-size:{tab_width};"
                    if tab_width not in (0, 8) else "")
            self.pre = (base + ";" + tabs + "-webkit-text-size-adjust:none;"
                        + ("display:grid;" if highlighted else ""))

    def key(self, ttype):
        """What makes two tokens one span: their type (inline styles, as Chroma coalesces
        tokens of a type) or their class."""
        return ttype if self.inline else chroma_class(ttype)

    def span(self, key) -> str:
        """The attribute of a run of tokens of one `key` ('' for a bare text)."""
        if not self.inline:
            return f' class="{key}"' if key else ""
        ttype = key
        while ttype not in self.table and ttype.parent is not None:
            ttype = ttype.parent  # a type the style does not name has its parent's look
        css = self.table.get(ttype, "")
        return f' style="{css}"' if css else ""

    def attribute(self, kind: str, extra: str = "") -> str:
        """The attribute of one of the formatter's own elements (`_PARTS`)."""
        name, fixed = _PARTS[kind]
        if not self.inline:
            return f' class="{name}"'
        if kind == "PreWrapper":
            return f' style="{self.pre}"'
        css = (fixed or "") + {"LineNumbers": self.number, "LineNumbersTable": self.number,
                               "LineHighlight": self.highlight}.get(kind, "")
        if extra:
            css += ";" + extra
        return f' style="{css}"' if css else ""

    def line(self, highlighted: bool) -> str:
        """A line's attribute, highlighted or not."""
        if not self.inline:
            return ' class="line hl"' if highlighted else ' class="line"'
        return f' style="display:flex; {self.highlight}"' if highlighted \
            else ' style="display:flex;"'


# ------------------------------------------------------------------ the themes' stylesheets


#: The Chroma stylesheets the themes ship, in Pygments' terms (the fewest entries whose
#: Pygments looks are the file's rules, class by class; `noinherit`: a class the file has no
#: rule for, which takes nothing of its parent type's look): "github-light" and "dracula" are
#: assets/css/libs/chroma/light.css and dark.css of blox-tailwind v0.3.1 to v0.10.0 and of
#: the kit's modules/blox (the same rules), and github-light.css and dracula.css of
#: blox-bootstrap v5.9.7; "github-dark" is blox-bootstrap's github-dark.css. Pygments' own
#: dracula and GitHub styles have moved away from them (its dracula's strings are purple).
#: Their highlighted line is #ffc and their line numbers #7f7f7f, Pygments' default
#: highlight and Chroma's synthesised number colour.
THEME_STYLES = {
    "github-light": {
        "Comment": "italic #999988",
        "Error": "#a61717 bg:#e3d2d2",
        "Keyword": "bold #000000",
        "Operator": "bold #000000",
        "Comment.Preproc": "bold italic #999999",
        "Comment.PreprocFile": "bold italic #999999",
        "Comment.Special": "bold italic #999999",
        "Generic.Deleted": "#000000 bg:#ffdddd",
        "Generic.Emph": "italic #000000",
        "Generic.Error": "#aa0000",
        "Generic.Heading": "#999999",
        "Generic.Inserted": "#000000 bg:#ddffdd",
        "Generic.Output": "#888888",
        "Generic.Prompt": "#555555",
        "Generic.Strong": "bold",
        "Generic.Subheading": "#aaaaaa",
        "Generic.Traceback": "#aa0000",
        "Keyword.Type": "bold #445588",
        "Literal.Number": "#009999",
        "Literal.String": "#dd1144",
        "Name.Attribute": "#008080",
        "Name.Builtin": "#0086b3",
        "Name.Class": "bold #445588",
        "Name.Constant": "#008080",
        "Name.Decorator": "bold #3c5d5d",
        "Name.Entity": "#800080",
        "Name.Exception": "bold #990000",
        "Name.Function": "bold #990000",
        "Name.Label": "bold #990000",
        "Name.Namespace": "#555555",
        "Name.Tag": "#000080",
        "Name.Variable": "#008080",
        "Text.Whitespace": "#bbbbbb",
        "Literal.String.Regex": "#009926",
        "Literal.String.Symbol": "#990073",
        "Name.Builtin.Pseudo": "#999999",
        "Name.Function.Magic": "noinherit",
        "Name.Variable.Magic": "noinherit",
    },
    "dracula": {
        "Comment": "#6272a4",
        "Keyword": "#ff79c6",
        "Operator": "#ff79c6",
        "Comment.Preproc": "#ff79c6",
        "Comment.PreprocFile": "#ff79c6",
        "Generic.Deleted": "#ff5555",
        "Generic.Emph": "underline",
        "Generic.Heading": "bold",
        "Generic.Inserted": "bold #50fa7b",
        "Generic.Output": "#44475a",
        "Generic.Subheading": "bold",
        "Keyword.Declaration": "italic #8be9fd",
        "Keyword.Type": "#8be9fd",
        "Literal.Number": "#bd93f9",
        "Literal.String": "#f1fa8c",
        "Name.Attribute": "#50fa7b",
        "Name.Builtin": "italic #8be9fd",
        "Name.Class": "#50fa7b",
        "Name.Function": "#50fa7b",
        "Name.Label": "italic #8be9fd",
        "Name.Tag": "#ff79c6",
        "Name.Variable": "italic #8be9fd",
        "Name.Builtin.Pseudo": "noinherit",
        "Name.Function.Magic": "noinherit",
        "Name.Variable.Magic": "noinherit",
    },
    "github-dark": {
        "Comment": "italic #8b949e",
        "Error": "#f85149",
        "Keyword": "#ff7b72",
        "Literal": "#79c0ff",
        "Operator": "bold #a5d6ff",
        "Punctuation": "#c9d1d9",
        "Comment.Preproc": "noinherit",
        "Generic.Deleted": "#ffa198 bg:#490202",
        "Generic.Emph": "italic #c9d1d9",
        "Generic.Error": "#ffa198",
        "Generic.Heading": "#79c0ff",
        "Generic.Inserted": "#7ee787 bg:#56d364",
        "Generic.Output": "#8b949e",
        "Generic.Prompt": "#8b949e",
        "Generic.Strong": "bold",
        "Generic.Subheading": "#79c0ff",
        "Generic.Traceback": "#ffa198",
        "Keyword.Constant": "bold #ff7b72",
        "Keyword.Declaration": "bold #ff7b72",
        "Keyword.Namespace": "bold #ff7b72",
        "Keyword.Pseudo": "bold #ff7b72",
        "Keyword.Reserved": "bold #ff7b72",
        "Keyword.Type": "bold #ff7b72",
        "Name.Attribute": "#c9d1d9",
        "Name.Builtin": "#c9d1d9",
        "Name.Class": "bold #7ee787",
        "Name.Constant": "bold #79c0ff",
        "Name.Decorator": "bold #bc8cff",
        "Name.Entity": "#ffa657",
        "Name.Exception": "bold #ffa657",
        "Name.Function": "bold #d2a8ff",
        "Name.Label": "bold #79c0ff",
        "Name.Namespace": "#ffffff",
        "Name.Other": "#79c0ff",
        "Name.Property": "#79c0ff",
        "Name.Tag": "#7ee787",
        "Name.Variable": "#79c0ff",
        "Punctuation.Marker": "noinherit",
        "Text.Whitespace": "#484f58",
        "Name.Function.Magic": "noinherit",
        "Name.Variable.Magic": "noinherit",
    },
}


#: the background of each file's `.chroma` (blox-bootstrap's files set it; blox-tailwind's and
#: the kit's leave it to the look's `.prose pre`)
_BACKGROUNDS = {"github-light": "#ffffff", "dracula": "#282a36", "github-dark": "#0d1117"}


@functools.cache
def named_style(name: str):
    """The Pygments style of a stylesheet's name: the themes' own (`THEME_STYLES`), else
    Pygments' style of that name, else None."""
    if name in THEME_STYLES:
        styles = {string_to_tokentype(t): value for t, value in THEME_STYLES[name].items()}
        return type(name, (Style,), {"styles": styles, "highlight_color": "#ffffcc",
                                     "line_number_color": "#7f7f7f",
                                     "background_color": _BACKGROUNDS[name]})
    try:
        return get_style_by_name(name)
    except ClassNotFound:
        return None


#: (light, dark) of the themes that draw code with Chroma's classes and their own stylesheets
DEFAULT_STYLES = ("github-light", "dracula")

#: highlight.js's names (Wowchemy) whose nearest stylesheet has another name here: its
#: `github` is the classic GitHub look that the themes' github-light keeps
_HLJS_NAMES = {"github": "github-light"}


def theme_styles(generation: str | None, params: dict) -> tuple[str, str] | None:
    """(light, dark) stylesheet names for the code of a site of `generation` with `params`,
    or None when its theme colours no code:

    - blox-tailwind and the kit: their light.css (GitHub) and dark.css (Dracula), always.
    - blox-bootstrap v5.9.7: `params.features.syntax_highlighter.theme_light` and
      `theme_dark` (github-light and dracula unless set), files of its css/libs/chroma/.
    - Wowchemy v4.8 to v5.x: highlight.js from a CDN, only where `params.highlight` (v5.0 and
      before) or `params.features.syntax_highlighter.enable` (v5.1 on) is true, in its
      `github` and `dracula` styles, or `features.syntax_highlighter.theme` (v5.1 on) /
      `highlight_style` (before) in both modes. highlight.js is not run here: Chroma's
      classes are coloured with the nearest stylesheet of that name (Pygments', or the
      themes' github-light for highlight.js's github)."""
    features = params.get("features") if isinstance(params.get("features"), dict) else {}
    syntax = features.get("syntax_highlighter")
    syntax = syntax if isinstance(syntax, dict) else {}

    def known(name, default: str) -> str:
        name = _HLJS_NAMES.get(name, name) if isinstance(name, str) else None
        return name if name and named_style(name) is not None else default

    if generation == "blox-bootstrap":
        return (known(syntax.get("theme_light"), DEFAULT_STYLES[0]),
                known(syntax.get("theme_dark"), DEFAULT_STYLES[1]))
    if generation == "wowchemy":
        enabled = params.get("highlight", syntax.get("enable"))
        if enabled is not True:
            return None
        both = syntax.get("theme") or params.get("highlight_style")
        if isinstance(both, str) and known(both, ""):
            return known(both, ""), known(both, "")
        return DEFAULT_STYLES
    return DEFAULT_STYLES


#: the themes apply their light style in light mode only and their dark one in dark mode
#: (`html:not(.dark) .highlight`; blox-bootstrap disables the other mode's stylesheet), so
#: each mode has its own weight, slant and underline: six switches (l: light, d: dark; b, i,
#: u: bold, italic, underlined), set where landing.css sets the scheme
_SWITCHES = (("", None), ("@media (prefers-color-scheme:dark){", True),
             (".lk-mode-light", False), (".lk-mode-dark", True),
             (":has(>.lk-mode-toggle:checked)", True),
             ("@media (prefers-color-scheme:dark){:has(>.lk-mode-toggle:checked)", False),
             (".lk-mode-light:has(>.lk-mode-toggle:checked)", True),
             (".lk-mode-dark:has(>.lk-mode-toggle:checked)", False))


def _switches() -> str:
    light = {"b": "bold", "i": "italic", "u": "underline"}
    off = {"b": "normal", "i": "normal", "u": "none"}
    out = []
    for where, dark in _SWITCHES:
        media = where.startswith("@media")
        selector = ".lk-page" + (where.split("{", 1)[1] if media else where)
        values = ";".join(f"--lk-code-{mode}{k}:{(light if on else off)[k]}"
                          for mode, on in (("l", not dark), ("d", bool(dark))) for k in "biu")
        rule = f"{selector}{{{values}}}"
        out.append(f"@media (prefers-color-scheme:dark){{{rule}}}" if media else rule)
    return "\n".join(out) + "\n"


def _entry(found, ttype) -> tuple[str | None, str | None, bool, bool, bool]:
    e = found.style_for_token(ttype)
    return (e["color"] and short_colour("#" + e["color"]),
            e["bgcolor"] and short_colour("#" + e["bgcolor"]),
            bool(e["bold"]), bool(e["italic"]), bool(e["underline"]))


@functools.cache
def class_css(light: str, dark: str, background: bool = False) -> str:
    """The stylesheet of Chroma's classes in the `light` style in light mode and the `dark`
    one in dark mode (names of `named_style`): each class's colour and background as
    `light-dark()`, its weight, slant and underline through the switches; the formatter's
    own lines, numbers and table as Chroma's formatter lays them out. `background`: the
    code's box takes the style's background too (blox-bootstrap's files set it)."""
    styles = named_style(light) or named_style(DEFAULT_STYLES[0]), \
        named_style(dark) or named_style(DEFAULT_STYLES[1])
    rules = [".lk-page .chroma .line{display:flex}"]
    if background:
        light_bg, dark_bg = (short_colour(s.background_color) for s in styles)
        rules.insert(0, f".lk-page .chroma{{background-color:light-dark({light_bg},{dark_bg})}}")
    for ttype, name in sorted(STANDARD_TYPES.items(), key=lambda kv: (len(kv[1]), kv[1])):
        if not name:
            continue
        (lc, lbg, lb, li, lu), (dc, dbg, db, di, du) = (_entry(s, ttype) for s in styles)
        parts = []
        if lc or dc:
            parts.append(f"color:light-dark({lc or 'currentcolor'},{dc or 'currentcolor'})")
        if lbg or dbg:
            parts.append("background-color:light-dark("
                         f"{lbg or 'transparent'},{dbg or 'transparent'})")
        for prop, on_light, on_dark, value, k in (
                ("font-weight", lb, db, "bold", "b"), ("font-style", li, di, "italic", "i"),
                ("text-decoration", lu, du, "underline", "u")):
            if on_light and on_dark:
                parts.append(f"{prop}:{value}")
            elif on_light or on_dark:
                parts.append(f"{prop}:var(--lk-code-{'l' if on_light else 'd'}{k})")
        if parts:
            rules.append(f".lk-page .chroma .{name}{{{';'.join(parts)}}}")
    marked = [short_colour(s.highlight_color) for s in styles]
    numbers = [s.line_number_color for s in styles]
    numbers = [short_colour(n) if n.startswith("#") else "#7f7f7f" for n in numbers]
    rules += [
        f".lk-page .chroma .hl{{background-color:light-dark({marked[0]},{marked[1]})}}",
        *(f".lk-page .chroma .{name}{{{_NUMBER}color:light-dark({numbers[0]},{numbers[1]})}}"
          for name in ("ln", "lnt")),
        f".lk-page .chroma .lntable{{{_PARTS['LineTable'][1]}}}",
        f".lk-page .chroma .lntd{{{_PARTS['LineTableTD'][1]}}}",
        ".lk-page .chroma .lntd:last-child{width:100%}",
        f".lk-page .chroma .lnlinks{{{_PARTS['LineLink'][1]}}}"]
    return _switches() + "\n".join(rules) + "\n"
