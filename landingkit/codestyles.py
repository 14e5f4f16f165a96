"""The look of highlighted code: Pygments' lexers and styles standing in for Chroma's, as Hugo
0.168 (Chroma v2.27) uses them.

- `lexer`, `tokens`: a fence's language as Pygments reads it, with the token types Chroma's
  port of the lexer gives where they differ.
- `Look`: what Chroma's HTML formatter writes on each span, line and table cell of a fence:
  its classes, or its inline styles in a named style (Chroma took its styles from Pygments;
  Hugo's default, monokai, as Chroma has it, see `_MONOKAI`).

Imported only for a page whose text has a highlighted fence.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.style import Style
from pygments.styles import get_style_by_name
from pygments.token import STANDARD_TYPES, String, Text, Token, Whitespace, string_to_tokentype
from pygments.util import ClassNotFound


def lexer(lang: str):
    """Pygments' lexer of a fence's language, or None when it knows no such language;
    "fallback" is Chroma's plain text, its guess for a fence that names none."""
    if lang == "fallback":
        return TextLexer(stripnl=False, ensurenl=True)
    try:
        return get_lexer_by_name(lang, stripnl=False, ensurenl=True)
    except ClassNotFound:
        return None


def tokens(found, code: str) -> Iterator[tuple]:
    """The tokens of `code` as Chroma's port of the lexer types them: Chroma's Python lexer
    never reaches its docstring rule (its `^` is the start of the text, and the rule comes
    after the one for a line's end), so a docstring is a string of its quotes, `s2` or `s1`,
    where Pygments has `sd`."""
    stream: Iterable[tuple] = found.get_tokens(code)
    if "python" not in found.aliases:
        yield from stream
        return
    for ttype, value in stream:
        if ttype is String.Doc:
            ttype = String.Double if value.lstrip("rRuUbB").startswith('"') else String.Single
        yield ttype, value


def chroma_class(ttype) -> str:
    """Chroma's class of a token type: Pygments' short name (Chroma took its names), of the
    nearest type that has one; none for whitespace, which Chroma's lexers write as text."""
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
