"""Code fences as Hugo 0.168 writes them: its code block renderer (markup/goldmark/codeblocks,
markup/highlight) and Chroma v2.27's HTML formatter (formatters/html/html.go), over the
tokens of Pygments' lexers, which Chroma's are ports of.

What a fence shows is decided by the site's `markup.highlight` (`Highlight.of`) and then by the
fence's own attributes, written after its language: ```` ```python {linenos=table,
hl_lines=[2,"4-5"], linenostart=10} ````. Chroma's options among them (`OPTIONS`) change the
highlighting; any other (`.class`, `#id`, `key=value`) goes on the `<div class="highlight">`.

This module is imported by a page whose text has a fence; Pygments only by a fence that is
highlighted (see `codestyles`).
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from dataclasses import dataclass

#: the attributes of a fence that are Chroma's options, not the wrapper's (Hugo's
#: markup/internal/attributes `chromaHighlightProcessingAttributes`, lower-cased)
OPTIONS = frozenset({"anchorlinenos", "guesssyntax", "hl_lines", "hl_inline", "lineanchors",
                     "linenos", "linenostart", "linenumbersintable", "noclasses", "style",
                     "tabwidth"})


@dataclass(frozen=True)
class Highlight:
    """`markup.highlight` as Hugo reads it, its defaults (markup/highlight DefaultConfig) when
    unset; a fence's options are laid over it (`with_options`)."""

    style: str = "monokai"
    #: Chroma's inline styles, else its classes for the page's stylesheet
    no_classes: bool = True
    #: fences highlighted at all (else markdown's own `<pre><code>`)
    code_fences: bool = True
    #: a fence of no language, or of one Chroma lacks, highlighted as "fallback"
    guess_syntax: bool = False
    #: line numbers: True, False, or "table" / "inline" (which also say where they go)
    line_nos: bool | str = False
    line_numbers_in_table: bool = True
    #: each line number a link to itself, its id `line_anchors` + "-" + the number (Hugo's
    #: `hl-` and the fence's ordinal in the text when unset)
    anchor_line_nos: bool = False
    line_anchors: str = ""
    line_no_start: int = 1
    #: lines shown highlighted: a list like "1 3-5" (counted from 1), or ranges of line
    #: numbers already resolved (a fence's `hl_lines=[2,"4-5"]`)
    hl_lines: str = ""
    hl_ranges: tuple[tuple[int, int], ...] | None = None
    #: the code alone in a `<code>`, no `<pre>`, line spans or wrapper
    hl_inline: bool = False
    tab_width: int = 4

    @classmethod
    def of(cls, settings) -> Highlight:
        """The settings of a `markup.highlight` map (keys lower-case, as Hugo reads them)."""
        if not isinstance(settings, dict):
            return cls()
        return cls().with_options({k: v for k, v in settings.items()
                                   if k in OPTIONS or k == "codefences"}, fence=False)

    def with_options(self, options: dict, fence: bool = True) -> Highlight:
        """These settings with `options` laid over them (lower-case names, values as Goldmark
        parses them or as the configuration has them), decoded as Hugo's mapstructure
        WeakDecode decodes them; a value that does not decode leaves the setting as it is."""
        changes: dict = {}
        start = _int(options.get("linenostart"))
        for name, value in options.items():
            field_name = _FIELDS.get(name)
            if field_name is None:
                continue
            if name == "linenos":
                if value in ("table", "inline"):
                    if fence:  # Hugo's normalizeHighlightOptions
                        changes["line_numbers_in_table"] = value == "table"
                        value = True
                elif isinstance(value, str):
                    value = value != "false" if fence else _bool(value)
                else:
                    value = _bool(value)
            elif name == "hl_lines" and isinstance(value, list):
                base = start if start is not None and fence else 1
                changes["hl_ranges"] = _array_ranges(value, base)
                continue
            elif name == "hl_lines":
                value = _string(value)
                changes["hl_ranges"] = None
            elif isinstance(getattr(self, field_name), bool):
                value = _bool(value)
            elif isinstance(getattr(self, field_name), int):
                value = _int(value)
            else:
                value = _string(value)
            if value is not None:
                changes[field_name] = value
        return dataclasses.replace(self, **changes)

    def line_numbers(self) -> tuple[bool, bool]:
        """(line numbers shown, in a table of their own), as Hugo's toHTMLOptions reads
        `line_nos`."""
        if self.line_nos == "inline":
            return True, False
        if self.line_nos == "table":
            return True, True
        return bool(self.line_nos), self.line_numbers_in_table

    def ranges(self) -> list[tuple[int, int]]:
        """The highlighted lines as (first, last) line numbers, in order of their first."""
        if self.hl_ranges is not None:
            found = list(self.hl_ranges)
        else:
            found = _string_ranges(self.hl_lines, self.line_no_start)
        return sorted(found, key=lambda r: r[0])


@functools.cache
def site_settings(pairs: tuple) -> Highlight:
    """`Highlight.of` a site's `markup.highlight` as MarkupSettings keeps it ((key, value)
    pairs, a later pair over an earlier one)."""
    return Highlight.of(dict(pairs))


_FIELDS = {"style": "style", "noclasses": "no_classes", "codefences": "code_fences",
           "guesssyntax": "guess_syntax", "linenos": "line_nos",
           "linenumbersintable": "line_numbers_in_table", "anchorlinenos": "anchor_line_nos",
           "lineanchors": "line_anchors", "linenostart": "line_no_start",
           "hl_lines": "hl_lines", "hl_inline": "hl_inline", "tabwidth": "tab_width"}


def _bool(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        return {"1": True, "t": True, "true": True, "0": False, "f": False, "false": False,
                "": False}.get(value.strip().lower())
    return None


def _int(value) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip(), 0)
        except ValueError:
            return None
    return None


def _string(value) -> str | None:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None if value is None or isinstance(value, (list, dict)) else str(value)


def _string_ranges(text: str, start: int) -> list[tuple[int, int]]:
    """Hugo's hlLinesToRanges: "1 3-5", counted from the first line whatever its number;
    nothing at all when a part is not a number."""
    out = []
    for part in text.split():
        numbers = part.split("-")
        try:
            first = int(numbers[0]) + start - 1
            last = int(numbers[1]) + start - 1 if len(numbers) > 1 else first
        except ValueError:
            return []
        out.append((first, last))
    return out


def _array_ranges(values: list, base: int) -> tuple[tuple[int, int], ...]:
    """A fence's `hl_lines=[2, "4-5"]` as Hugo's attributes and normalizeHighlightOptions
    read it: numbers and "a-b" strings, counted from `base` (the fence's own `linenostart`,
    else 1); an item that is neither is left out."""
    out = []
    for item in values:
        if isinstance(item, float):
            out.append((int(item) - 1 + base, int(item) - 1 + base))
        elif isinstance(item, str):
            first, _, last = item.partition("-")
            try:
                lhs = int(first)
                rhs = int(last) if last else lhs
            except ValueError:
                continue
            out.append((lhs - 1 + base, rhs - 1 + base))
    return tuple(out)


# ------------------------------------------------------------------ a fence's info string


_NAME = re.compile(r"[A-Za-z_:][A-Za-z0-9_:.\-]*")
_ID_OR_CLASS = re.compile(r"[^\s!\"#$%&'()*+,/;<=>?@\[\\\]^`{|}~]*")


def fence_info(info: str) -> tuple[str, list[tuple[str, object]]] | None:
    """(language, attributes) of a fence's info string, as Hugo's codeblocks renderer takes
    them: the language is the first word up to any `{`, the attributes the first `{...}` of
    the info. None when that `{...}` is not Goldmark's attribute syntax (Hugo stops the build
    there; the fence is then shown without its attributes)."""
    info = info.strip()
    word = info.split(maxsplit=1)[0] if info else ""
    lang = word.split("{", 1)[0]
    opening = info.find("{")
    closing = info.find("}", opening + 1) if opening != -1 else -1
    if opening == -1 or closing == -1:
        return lang, []
    attrs = parse_attributes(info[opening:closing + 1])
    return None if attrs is None else (lang, attrs)


def parse_attributes(text: str) -> list[tuple[str, object]] | None:
    """Goldmark's ParseAttributes (parser/attribute.go) of `{...}`: `#id`, `.class` and
    `name=value` separated by spaces or commas, a value a JSON string, number or array
    (read by Python's JSON decoder, as Goldmark's grammar for them is JSON's), or a bare word
    (`true` and `false` are booleans). Classes are joined into one; a name given twice keeps
    its first place and its last value, as Hugo sets them. None when it is not that syntax."""
    import json  # only for a fence with attributes

    decoder = json.JSONDecoder()
    found: dict[str, object] = {}
    pos, end = 1, len(text) - 1
    while True:
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos == end:
            return list(found.items())
        if text[pos] in "#.":
            match = _ID_OR_CLASS.match(text, pos + 1)
            name, value = ("id" if text[pos] == "#" else "class"), match.group()
            if name == "class" and isinstance(found.get("class"), str):
                value = f"{found['class']} {value}"
            pos = match.end()
        else:
            match = _NAME.match(text, pos)
            if match is None:
                return None
            name, pos = match.group(), match.end()
            while pos < end and text[pos] in " \t":
                pos += 1
            if pos == end or text[pos] != "=":
                return None
            pos += 1
            while pos < end and text[pos] in " \t":
                pos += 1
            if pos < end and (text[pos] in '"[-+' or text[pos].isdigit()):
                try:
                    value, pos = decoder.raw_decode(text, pos)
                except ValueError:
                    return None
                value = _numbers_as_floats(value)
            else:
                match = _NAME.match(text, pos)
                if match is None:
                    return None
                word, pos = match.group(), match.end()
                value = {"true": True, "false": False, "null": None}.get(word, word)
            if name == "class" and not isinstance(value, str):
                return None
        found[name] = value
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos < end and text[pos] == ",":
            pos += 1


def _numbers_as_floats(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return float(value)
    if isinstance(value, list):
        return [_numbers_as_floats(v) for v in value]
    return value


# ------------------------------------------------------------------ the HTML


def render_fence(info: str, code: str, settings: Highlight, ordinal: int) -> str:
    """A fence as Hugo's default code block renderer writes it; `ordinal`: the fence's place
    among the text's fences (from 0), which names its line anchors."""
    parsed = fence_info(info)
    lang, attrs = parsed if parsed is not None else (info.split(maxsplit=1)[0].split("{")[0], [])
    options = {name.lower(): value for name, value in attrs if name.lower() in OPTIONS}
    wrapper = [(name.lower(), value) for name, value in attrs
               if name.lower() not in OPTIONS and not name.lower().startswith("on")]
    settings = settings.with_options(options)
    if not settings.line_anchors:
        settings = dataclasses.replace(settings, line_anchors=f"hl-{ordinal}")
    code = code.rstrip("\r\n") + "\n"  # Hugo's Chomp, then Puts
    from . import codestyles

    lexer = codestyles.lexer(lang) if lang else None
    if lexer is None and settings.guess_syntax:
        lang, lexer = "fallback", codestyles.lexer("fallback")
    if lexer is None:
        if settings.hl_inline:
            return f'<code class="code-inline language-{html.escape(lang)}">' \
                   f"{html.escape(code)}</code>"
        return _pre_start(lang, "") + html.escape(code) + "</code></pre>"
    body = format_html(codestyles.tokens(lexer, code), lang, settings)
    if settings.hl_inline:
        return body
    return _div_start(wrapper) + body + "</div>"


def _pre_start(lang: str, attribute: str) -> str:
    code = (f' class="language-{html.escape(lang)}" data-lang="{html.escape(lang)}"'
            if lang else "")
    return f'<pre tabindex="0"{attribute}><code{code}>'


def _div_start(attrs: list[tuple[str, object]]) -> str:
    classes = next((value for name, value in attrs if name == "class"), None)
    out = '<div class="highlight' + (f" {classes}" if classes else "") + '"'
    for name, value in attrs:
        if name != "class":
            out += f' {name}="{html.escape(_string(value) or "", quote=True)}"'
    return out + ">"


def format_html(tokens, lang: str, settings: Highlight) -> str:
    """Chroma's HTML formatter (writeHTML) of Pygments' `tokens`: each source line one
    line span, line numbers inline or in a table of their own, highlighted lines, each run of
    tokens of one look one span (Chroma's classes, or its inline styles in `settings.style`)."""
    from . import codestyles

    look = codestyles.Look(settings.style, settings.no_classes, settings.tab_width,
                           bool(settings.ranges()))
    lines = _lines(tokens, look)
    numbers, in_table = settings.line_numbers()
    table = numbers and in_table
    start = settings.line_no_start
    digits = len(str(start + len(lines) - 1))
    ranges = settings.ranges()
    anchors = settings.anchor_line_nos
    prefix = settings.line_anchors + "-" if settings.line_anchors else ""

    def marked(line: int) -> bool:
        return any(first <= line <= last for first, last in ranges)

    def number(line: int, kind: str, newline: str = "") -> str:
        title = f"{line:>{digits}}"
        ident = f' id="{html.escape(prefix)}{line}"' if anchors else ""
        if anchors:
            title = f'<a{look.attribute(kind="LineLink")} href="#{html.escape(prefix)}' \
                    f'{line}">{title}</a>'
        return f"<span{look.attribute(kind=kind)}{ident}>{title}{newline}</span>"

    out = []
    pre = look.attribute(kind="PreWrapper")
    if table:
        out.append(f"<div{pre}>\n<table{look.attribute(kind='LineTable')}><tr>"
                   f"<td{look.attribute(kind='LineTableTD')}>\n")
        out.append(_pre_start("", pre))
        for index in range(len(lines)):
            line = start + index
            span = number(line, "LineNumbersTable", "\n")
            out.append(f"<span{look.attribute(kind='LineHighlight')}>{span}</span>"
                       if marked(line) else span)
        out.append("</code></pre></td>\n")
        out.append(f"<td{look.attribute(kind='LineTableTD', extra='width:100%')}>\n")
    if settings.hl_inline:
        out.append(f'<code class="code-inline language-{html.escape(lang)}">')
    else:
        out.append(_pre_start(lang, pre))
    for index, spans in enumerate(lines):
        line = start + index
        if settings.hl_inline:
            out.append(spans)
            continue
        out.append(f"<span{look.line(marked(line))}>")
        if numbers and not table:
            out.append(number(line, "LineNumbers"))
        out.append(f"<span{look.attribute(kind='CodeLine')}>{spans}</span></span>")
    out.append("</code>" if settings.hl_inline else "</code></pre>")
    if table:
        out.append("</td></tr></table>\n</div>\n")
    return "".join(out)


def _lines(tokens, look) -> list[str]:
    """The HTML of each source line (its newline kept at its end): the tokens' text, each
    run of one `look.key` one span, cut where a line ends, as Chroma's SplitTokensIntoLines
    cuts its tokens."""
    merged: list[list] = []
    for ttype, value in tokens:
        found = look.key(ttype)
        if merged and merged[-1][0] == found:
            merged[-1][1] += value
        else:
            merged.append([found, value])
    lines: list[str] = []
    line: list[str] = []
    for found, value in merged:
        attr = look.span(found)
        for piece in re.split(r"(?<=\n)", value):
            if not piece:
                continue
            text = html.escape(piece)
            line.append(f"<span{attr}>{text}</span>" if attr else text)
            if piece.endswith("\n"):
                lines.append("".join(line))
                line = []
    if line:
        lines.append("".join(line))
    return lines
