"""Markdown to safe HTML, as Hugo's Goldmark renders it for a Hugo Blox site.

What a markdown block shows is `text | emojify | $page.RenderString` (the theme's
`blox/markdown.html`). Here that is:

- `emojify`: `:smile:` becomes the emoji, by Hugo's own table and scan (`emojify`).
- Goldmark with the extensions Hugo turns on, through markdown-it-py and its plugins: tables
  with column alignment, strikethrough (`~x~`, `~~x~~` as `<del>`), linkify (bare `https://`,
  `www.` and e-mail addresses, `www.` links as `https://`), task lists, definition lists,
  footnotes; raw HTML kept (`renderer.unsafe`, which the theme's sites set); the block and
  heading attributes Hugo Blox enables (`## Title {#id .class}`, `{.class}` under a block).
- Goldmark's typographer, with its own quote rules (`_typographer`, a port of Goldmark's
  `extension/typographer.go`): they differ from markdown-it's smartquotes (`'90s`, `'n'`,
  `5'10"` and unbalanced quotes come out otherwise).
- Heading ids as Hugo makes them (`autoHeadingIDType: github`): lower-case letters, digits and
  `_` kept, each space or `-` becomes `-`, everything else dropped, `heading` when nothing is
  left, `-1`, `-2`... on repeats; unique across a whole page, not only one text.
- Code fences as Hugo's code block renderer and Chroma write them (`codeblocks`): the site's
  `markup.highlight` and each fence's own attributes (`{linenos=table,hl_lines=[2]}`),
  Pygments' lexers and styles standing in for Chroma's (`codestyles`, imported only for a
  text that has a fence).
- What else the site's `markup` turns on (`MarkupSettings`, from the site's configuration
  with its theme module's merged in, see config.THEME_MARKUP): Goldmark's passthrough, which
  leaves TeX math between its delimiters as written, and the extras `==mark==`,
  `++insert++`, `~sub~` and `^sup^`.
- `RenderString`'s trimming: a text that is one paragraph loses its `<p>`.
- The HTML Goldmark writes where markdown-it writes its own (tables, footnotes, task lists).

Then every fragment goes through the sanitiser below, so what the page shows is what a
careful site would allow: no script, no event handler, no `javascript:` URL, no frame, no
form; `class` and `style` are kept, since raw HTML lays content out with them (icon rows,
figures capped at 500 px, figures side by side), but a style may only use the properties of
STYLE_PROPERTIES, none of which can fetch anything or lift content out of the page. Image
sources are handed to a resolver (see `render`), which turns them into files of the export
or placeholders; a source it refuses never reaches the output.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Delimiter

# ------------------------------------------------------------------ sanitiser policy

#: Elements kept. Anything else is removed and its text kept, except the elements of
#: CLEAN_CONTENT_TAGS, which go with everything inside them.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
    "var", "wbr",
})

#: Elements removed together with their content.
CLEAN_CONTENT_TAGS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
    "template", "svg", "math", "textarea", "select", "button", "form", "audio", "video",
    "canvas", "base", "link", "meta", "title",
})

#: Attributes kept, per element ("*": on every kept element). No `on*` handler, no `srcset`.
#: `class` and `style` are kept for layout (see STYLE_PROPERTIES and `_attribute_filter`).
ALLOWED_ATTRIBUTES = {
    "*": {"title", "lang", "dir", "id", "class", "style", "role", "aria-label", "aria-hidden"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "abbr": {"title"}, "blockquote": {"cite"}, "q": {"cite"},
    "del": {"cite", "datetime"}, "ins": {"cite", "datetime"}, "time": {"datetime"},
    "ol": {"start", "reversed"}, "li": {"value"},
    "td": {"colspan", "rowspan", "headers"}, "th": {"colspan", "rowspan", "headers", "scope"},
    "col": {"span"}, "colgroup": {"span"}, "details": {"open"}, "bdo": {"dir"},
    "input": {"checked", "disabled"}, "code": {"data-lang"},
}

#: Attributes kept only with one of these values: a task list's box is a disabled checkbox
#: (an input of any other type is dropped), a code block is focusable for the keyboard.
ALLOWED_ATTRIBUTE_VALUES = {
    "a": {"target": {"_blank", "_self"}},
    "input": {"type": {"checkbox"}},
    "pre": {"tabindex": {"0"}},
}

#: CSS properties a `style` attribute may set: sizes, spacing, flex and grid layout, type,
#: colours, borders. None of them takes a `url()` (no `background`, `list-style`, `cursor`,
#: `border-image`, `mask`, `filter`, `content`), and none moves content out of its place
#: over the page or the notebook around it (no `position`, `z-index`, `inset`, `transform`).
STYLE_PROPERTIES = frozenset({
    "width", "height", "min-width", "min-height", "max-width", "max-height", "aspect-ratio",
    "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "display", "flex", "flex-direction", "flex-wrap", "flex-flow", "flex-grow", "flex-shrink",
    "flex-basis", "justify-content", "align-items", "align-content", "align-self", "order",
    "gap", "row-gap", "column-gap", "grid-template-columns", "grid-template-rows",
    "grid-column", "grid-row", "float", "clear", "vertical-align", "box-sizing",
    "overflow", "overflow-x", "overflow-y", "object-fit", "object-position",
    "text-align", "text-indent", "text-decoration", "text-transform", "white-space",
    "word-break", "line-height", "letter-spacing", "font-size", "font-weight", "font-style",
    "font-family", "font-variant", "color", "background-color", "opacity",
    "border", "border-top", "border-right", "border-bottom", "border-left", "border-width",
    "border-style", "border-color", "border-radius", "border-collapse", "border-spacing",
    "list-style-type", "tab-size", "-moz-tab-size", "-o-tab-size",
    "-webkit-text-size-adjust",
})

#: Text that never belongs in a style attribute that is kept: a fetch, or an escape that
#: could spell one past the property filter (compiled by `re` when first used).
_STYLE_REFUSED = r"(?i)url\s*\(|image\s*\(|image-set|expression|@import|\\"

#: Class and id names of the page itself and of JupyterLab around a preview, which content
#: may not borrow.
_RESERVED_NAME = re.compile(r"^(?:lk|jp|lm)-")

#: URL schemes allowed in `href` and `cite` (relative URLs are kept too). `img src` is not
#: checked against this list: the image resolver decides every image source (see `images`),
#: and only images it made or allowed survive it.
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

#: `rel` set on every link, so that a link opening a new tab cannot reach back to this page.
LINK_REL = "noopener"


class MarkupSettings(NamedTuple):
    """What of a site's `markup` configuration changes a text's HTML; Hugo's defaults when
    unset. One markdown-it parser is built per distinct value (see `parser`)."""

    #: Goldmark's passthrough delimiters (open, close): the text from an opening delimiter to
    #: its closing one is written as it is, delimiters too (TeX left for MathJax or KaTeX)
    passthrough_block: tuple[tuple[str, str], ...] = ()
    passthrough_inline: tuple[tuple[str, str], ...] = ()
    #: Goldmark's extras: `==mark==`, `++insert++`, `~subscript~`, `^superscript^`
    mark: bool = False
    insert: bool = False
    subscript: bool = False
    superscript: bool = False
    #: Goldmark's block attributes (`{.class #id key=value}` on the line after a block):
    #: every Hugo Blox module turns them on, so on here; `of` reads Hugo's own default, off,
    #: where the configuration says nothing (a site that takes none of its theme's markup)
    block_attributes: bool = True
    #: `markup.highlight` as the site sets it, (lower-case key, value) pairs: Chroma's style,
    #: classes or inline styles, line numbers... read by codeblocks.Highlight.of when a fence
    #: is drawn (so that a page without code does not import it)
    highlight: tuple = ()

    @classmethod
    def of(cls, markup: dict) -> MarkupSettings:
        """The settings of a `markup` map as the configuration has it (keys lower-case)."""
        def get(*path: str):
            value = markup
            for part in path:
                value = value.get(part) if isinstance(value, dict) else None
            return value

        def enabled(*path: str) -> bool:
            return get(*path, "enable") is True

        def pairs(kind: str) -> tuple[tuple[str, str], ...]:
            if not enabled("goldmark", "extensions", "passthrough"):
                return ()
            found = get("goldmark", "extensions", "passthrough", "delimiters", kind)
            return tuple((str(p[0]), str(p[1])) for p in found or ()
                         if isinstance(p, list) and len(p) == 2 and p[0] and p[1])

        extras = ("goldmark", "extensions", "extras")
        highlight = get("highlight")
        return cls(passthrough_block=pairs("block"), passthrough_inline=pairs("inline"),
                   mark=enabled(*extras, "mark"), insert=enabled(*extras, "insert"),
                   subscript=enabled(*extras, "subscript"),
                   superscript=enabled(*extras, "superscript"),
                   block_attributes=get("goldmark", "parser", "attribute", "block") is True,
                   highlight=_pairs(highlight) if isinstance(highlight, dict) else ())


def _pairs(value) -> tuple:
    """A map as (key, value) pairs, lists as tuples: hashable, as MarkupSettings must be."""
    if isinstance(value, dict):
        return tuple((k, _pairs(v)) for k, v in value.items())
    if isinstance(value, list):
        return tuple(_pairs(v) for v in value)
    return value


HUGO_MARKUP = MarkupSettings()  # a site that sets no `markup`


@dataclass(eq=False, repr=False)
class RenderState:
    """What one page's rendering shares between its Markdown fragments."""

    ids: set[str] = field(default_factory=set)
    #: image source as written -> URL in the output (None: drop the attribute)
    image: Callable[[str], str | None] = lambda src: None
    #: the site's `markup` settings that change the HTML (see `MarkupSettings.of`)
    markup: MarkupSettings = HUGO_MARKUP
    #: icon name -> its inline SVG (None: no such icon), for the icon shortcodes
    icon: Callable[[str], str | None] = lambda name: None
    #: the shortcodes the site's Hugo finds (None: not known, so none is marked as missing)
    shortcodes: frozenset[str] | None = None
    #: a `ref` or `relref` shortcode -> the URL it gives (None: no such page)
    ref: Callable[[object], str | None] = lambda code: None
    #: the shortcodes of the text being rendered (between `parse` and `render_tokens`)
    found: list = field(default_factory=list)
    #: `emojify` the text first, as the templates do for a markdown block's text (not a
    #: plain `markdownify`)
    emoji: bool = True
    #: the classes of the theme's image hook (`_markup/render-image.html`: a <figure>, its
    #: outer and inner <div>), or None for Goldmark's own <img>
    figure: tuple[str, str] | None = None


_state: contextvars.ContextVar[RenderState] = contextvars.ContextVar("landingkit_render")


_DATA = re.compile(r"^\s*data:", re.I)


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return _state.get(RenderState()).image(value)
    if attribute in ("href", "cite") and _DATA.match(value):
        return None  # `data:` passes the scheme check only for the image resolver to see it
    if attribute == "style":
        return None if re.search(_STYLE_REFUSED, value) else value
    if attribute == "class":
        kept = " ".join(name for name in value.split() if not _RESERVED_NAME.match(name))
        return kept or None
    if attribute == "id":
        return None if _RESERVED_NAME.match(value) else value
    return value


_cleaner: nh3.Cleaner | None = None


def cleaner() -> nh3.Cleaner:
    global _cleaner
    if _cleaner is None:
        _cleaner = nh3.Cleaner(
            tags=set(ALLOWED_TAGS), clean_content_tags=set(CLEAN_CONTENT_TAGS),
            attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
            tag_attribute_values={t: {a: set(v) for a, v in m.items()}
                                  for t, m in ALLOWED_ATTRIBUTE_VALUES.items()},
            url_schemes={*ALLOWED_URL_SCHEMES, "data"}, link_rel=LINK_REL, strip_comments=True,
            attribute_filter=_attribute_filter, filter_style_properties=set(STYLE_PROPERTIES))
    return _cleaner


def sanitize(html: str, state: RenderState | None = None) -> str:
    """`html` with only what the policy above allows; images through `state.image`."""
    token = _state.set(state or RenderState())
    try:
        return cleaner().clean(html)
    finally:
        _state.reset(token)


# ------------------------------------------------------------------ Markdown


#: what could be a name: Hugo's names have no space and no colon inside
_EMOJI_NAME = re.compile(r":[^\s:]+:")


@functools.cache
def _emoji_table() -> tuple[dict[bytes, bytes], int]:
    """Hugo's emoji table (hugo_emoji.json, which tests/hugo_emoji.py asked of Hugo 0.168) as
    its emojify holds it: UTF-8 name -> UTF-8 emoji, and the longest name's length in bytes."""
    import json
    from importlib.resources import files

    table = json.loads(files(__package__).joinpath("hugo_emoji.json").read_text("utf-8"))
    table = {name.encode(): char.encode() for name, char in table.items()}
    return table, max(map(len, table))


def emojify(text: str) -> str:
    """Hugo's `emojify` (helpers/emoji.go, ported as it is, on UTF-8 bytes as there): each
    `:name:` of Hugo's table replaced by its emoji, scanning on from a colon as Hugo does (so
    that of `:smile::smile:` only the first is replaced, as there); other names stay text."""
    if not _EMOJI_NAME.search(text):
        return text  # the table is read only for a text that may need it
    emojis, longest = _emoji_table()
    source = bytearray(text.encode())
    start, k = 0, source.find(b":")
    while k != -1:
        j = start + k
        upper = min(j + longest, len(source))
        end = source.find(b":", j + 1, upper)
        end = end - j - 1 if end != -1 else -1
        word = source.find(b" ", j, upper)
        word = word - j if word != -1 else -1
        if end < 0:
            start += 1
        elif end == 0 or (word != -1 and word < end):
            start += end + 1
        else:
            end_key = end + j + 2
            emoji = emojis.get(bytes(source[j:end_key]))
            if emoji is not None:
                source[j:end_key] = emoji
            start += end
        if start >= len(source):
            break
        k = source.find(b":", start)
        k = k - start if k != -1 else -1
    return source.decode()


def heading_slug(text: str) -> str:
    """Hugo's `github` heading id of a heading's text (before uniqueness)."""
    out = []
    for ch in text:
        if ch in " -":
            out.append("-")
        elif ch == "_" or ch.isalpha() or ch.isdecimal():
            out.append(ch.lower())
    return "".join(out)


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-1`, `base-2`... whichever is free; recorded in `taken`."""
    base = base or "heading"
    candidate, n = base, 0
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def _heading_ids(state: StateCore) -> None:
    taken = state.env.setdefault("ids", set())
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        explicit = token.attrGet("id")
        if explicit is not None:
            taken.add(str(explicit))
            continue
        children = tokens[index + 1].children or []
        if not children:
            continue  # an empty heading gets no id
        text = "".join(c.content for c in children if c.type in ("text", "code_inline"))
        token.attrSet("id", unique_id(heading_slug(text), taken))


# ------------------------------------------------------------------ block attributes


_TRAILING_ATTRIBUTES = re.compile(r"[ \t]*(\{[^{}\n]*\})[ \t]*$")


def _parse_attributes(text: str) -> dict[str, str] | None:
    """`{#id .class key=value}` (the whole of `text`) as attributes in the order written
    (Goldmark writes them so), or None."""
    from mdit_py_plugins.attrs.parse import ParseError, parse

    try:
        end, attrs = parse(text)
    except ParseError:
        return None
    if end != len(text) - 1:
        return None
    where = {"id": text.find("#"), "class": text.find(".")}
    return dict(sorted(attrs.items(), key=lambda kv: where.get(kv[0], text.find(kv[0] + "="))))


def _block_attributes(state: StateCore) -> None:
    """Goldmark's attribute syntax: `{...}` ending a heading's line, or a line of its own
    ending a paragraph. Written without the prefix of the list or quote around it (a lazy
    line), it belongs to the outermost of them that ends there, as Goldmark gives it."""
    tokens = state.tokens
    lines = None
    for index, token in enumerate(tokens):
        if token.type != "inline" or index == 0:
            continue
        opening = tokens[index - 1]
        if opening.type == "heading_open":
            match = _TRAILING_ATTRIBUTES.search(token.content)
            attrs = match and _parse_attributes(match.group(1))
            if attrs:
                token.content = token.content[:match.start()]
                _merge(opening, attrs)
        elif opening.type == "paragraph_open" and "{" in token.content:
            head, _, last = token.content.rpartition("\n")
            attrs = _parse_attributes(last.strip()) if last.lstrip().startswith("{") else None
            if attrs and head.strip():
                token.content = head
                lines = lines or state.src.split("\n")
                lazy = opening.map and lines[opening.map[1] - 1].startswith("{")
                owner = _attribute_owner(tokens, index - 1) if lazy else opening
                _merge(owner, attrs)


def _attribute_owner(tokens, paragraph: int):
    """The outermost list or quote that the paragraph at `paragraph` ends, else itself."""
    owner, level = tokens[paragraph], None
    j = paragraph + 3  # after paragraph_open, inline, paragraph_close
    while j < len(tokens) and tokens[j].nesting == -1:
        if tokens[j].type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            level = tokens[j].level
        j += 1
    if level is not None:
        owner = next(t for t in reversed(tokens[:paragraph])
                     if t.nesting == 1 and t.level == level)
    return owner


def _merge(token, attrs: dict[str, str]) -> None:
    for key, value in attrs.items():
        if key == "class" and token.attrGet("class"):
            value = f"{token.attrGet('class')} {value}"
        token.attrSet(key, value)


def _loose_definitions(state: StateCore) -> None:
    """Goldmark shows a definition's paragraphs when a blank line comes before it (each
    definition on its own), where markdown-it decides for the whole list."""
    tokens = state.tokens
    lines = None
    for index, token in enumerate(tokens):
        if token.type != "dd_open" or not token.map:
            continue
        first = next((t for t in tokens[index + 1:] if t.map), None)
        if first is None:
            continue
        lines = lines or state.src.split("\n")
        loose = first.map[0] > 0 and not lines[first.map[0] - 1].strip()
        depth = 0
        for inner in tokens[index + 1:]:
            if inner.type == "dd_close" and depth == 0:
                break
            depth += inner.nesting
            if inner.type in ("paragraph_open", "paragraph_close") and inner.level == \
                    token.level + 1:
                inner.hidden = not loose


# ------------------------------------------------------------------ Goldmark's typographer

_SUB = {"---": "\u2014", "--": "\u2013", "...": "\u2026", "<<": "\u00ab", ">>": "\u00bb",
        "'": "\u2019", "lsquo": "\u2018", "ldquo": "\u201c", "rdquo": "\u201d"}
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ASCII_SPACE = frozenset(" \t\n\v\f\r")


def _go_punct(ch: str) -> bool:  # Go's unicode.IsPunct
    return unicodedata.category(ch).startswith("P")


def _punct_or_symbol(ch: str) -> bool:  # goldmark's util.IsPunctRune
    return unicodedata.category(ch)[0] in "PS"


def _flanking(line: str, before: str) -> tuple[bool, bool]:
    """(can open, can close) of the quote run starting `line` (goldmark's ScanDelimiter)."""
    j = 1
    while j < len(line) and line[j] == line[0]:
        j += 1
    after = line[j] if j < len(line) else " "
    before_punct, before_space = _punct_or_symbol(before), before.isspace()
    after_punct, after_space = _punct_or_symbol(after), after.isspace()
    left = not after_space and (not after_punct or before_space or before_punct)
    right = not before_space and (not before_punct or after_space or after_punct)
    return left, right


def _typographer(state: StateInline, silent: bool) -> bool:
    """Goldmark's typographer as an inline rule of the lowest priority, as there: dashes,
    ellipsis, guillemets, and its own quote and apostrophe rules, case by case."""
    src, pos = state.src, state.pos
    c = src[pos]
    if c not in "'\"-.<>" or silent:
        return False
    end = src.find("\n", pos)
    line = src[pos:] if end < 0 else src[pos:end + 1]
    n = len(line)
    if n > 2 and c == "-" and line[1] == "-" and line[2] == "-":
        return _emit(state, "---", 3)
    if c == ".":
        return n > 2 and line[1] == "." and line[2] == "." and _emit(state, "...", 3)
    if n > 1:
        if c in "<>":
            return line[1] == c and _emit(state, c * 2, 2)
        if c == "-" and line[1] == "-":
            return _emit(state, "--", 2)
    if c not in "'\"":
        return False
    before = src[pos - 1] if pos > 0 else "\n"
    can_open, can_close = _flanking(line, before)
    quotes = state.env.setdefault("unclosed_quotes", [0, 0])  # single, double: as Goldmark
    # keeps them, for the whole text (an unclosed quote can be closed paragraphs later)

    def closes() -> bool:
        if can_close and not can_open:
            return True
        return (can_close and can_open and n > 1 and _go_punct(line[1])
                and (n == 2 or (n > 2 and line[2] in _ASCII_PUNCT) or line[2] in _ASCII_SPACE))

    if c == "'":
        if (can_open and not can_close and n > 3 and line[1].isdigit() and line[2].isdigit()
                and line[3] == "s"):  # '90s
            after = line[4] if n > 4 else " "
            if after.isspace() or _punct_or_symbol(after):
                return _emit(state, "'", 1)
        if n > 1 and (_go_punct(before) or before.isspace()) and line[1] in "tenl":  # 'twas
            return _emit(state, "'", 1)
        if n > 1 and (unicodedata.category(before) == "Nd" or before.isalpha()) \
                and line[1].isalpha():  # an apostrophe between two letters: don't
            return _emit(state, "'", 1)
        if can_open and not can_close:
            right = ((n > 1 and line[1] in "smtd"
                      and (n < 3 or line[2] in _ASCII_PUNCT or line[2] in _ASCII_SPACE))
                     or (n > 2 and line[1:3] in ("ve", "ll", "re")
                         and (n < 4 or line[3] in _ASCII_PUNCT or line[3] in _ASCII_SPACE)))
            if right:  # Alice's, I'm, I've at the start of a word
                return _emit(state, "'", 1)
            quotes[0] += 1
            return _emit(state, "lsquo", 1)
        if n > 2 and unicodedata.category(line[1]) != "Nd":  # Smiths', doin'
            return _emit(state, "'", 1)
        if quotes[0] > 0 and closes():
            quotes[0] -= 1
            return _emit(state, "'", 1)
        return False
    if can_open and not can_close:
        quotes[1] += 1
        return _emit(state, "ldquo", 1)
    if quotes[1] > 0 and closes():
        if n > 1 and line[1] == '"' and unicodedata.category(before) == "Nd":
            return False  # "Monitor 21""
        quotes[1] -= 1
        return _emit(state, "rdquo", 1)
    return False


def _emit(state: StateInline, key: str, length: int) -> bool:
    state.push("text", "", 0).content = _SUB[key]
    state.pos += length
    return True


def _https_www(state: StateCore) -> None:
    """Goldmark links a bare `www.` address with Hugo's `linkifyProtocol`, https."""
    for token in state.tokens:
        children = token.children or []
        for child, text in itertools.pairwise(children):
            href = child.attrGet("href") if child.type == "link_open" else None
            if (child.markup == "autolink" and isinstance(href, str)
                    and href.startswith("http://www.") and text.content.startswith("www.")):
                child.attrSet("href", "https://" + href[len("http://"):])  # bare, not <http://>


# ------------------------------------------------------------------ Goldmark's passthrough


def _passthrough(block: tuple[tuple[str, str], ...], inline: tuple[tuple[str, str], ...]):
    """Goldmark's passthrough as an inline rule ahead of those that read text: from an opening
    delimiter (block ones first) to the first closing one after it, the text is one token,
    written as it is; a block delimiters' token then splits its paragraph (see
    `_passthrough_blocks`), as Goldmark's extension does. No closing delimiter: no match."""
    kinds = [("passthrough_block", pair) for pair in block]
    kinds += [("passthrough_inline", pair) for pair in inline]

    def rule(state: StateInline, silent: bool) -> bool:
        src, pos = state.src, state.pos
        for kind, (opening, closing) in kinds:
            if not src.startswith(opening, pos):
                continue
            end = src.find(closing, pos + len(opening), state.posMax)
            if end < 0:
                continue
            end += len(closing)
            if not silent:
                token = state.push(kind, "", 0)
                token.content, token.meta = src[pos:end], {"span": (pos, end)}
            state.pos = end
            return True
        return False

    return rule


def _source_text(token, inline, lines: list[str], starts: list[int], src: str) -> None:
    """A passthrough over more than one line as Goldmark writes it: the source from its
    opening delimiter to its closing one as the file has it, with the quote's `> ` and the
    item's indent of each line, where markdown-it's text of a paragraph has them taken off.
    Each line of the paragraph's text is the end of its source line (the last one without
    its trailing spaces); a paragraph where that does not hold (a tab widened to spaces)
    keeps the text as markdown-it has it."""
    first, last = token.meta["span"]
    content = inline.content
    if "\n" not in token.content or content[first:last] != token.content:
        return  # one line, or not the paragraph's own text (an image's alt text)
    places = []  # where each line of the text starts in the source
    texts = content.split("\n")
    for number, text in enumerate(texts):
        line = inline.map[0] + number
        if line >= len(lines):
            return
        whole = lines[line] if number < len(texts) - 1 else lines[line].rstrip()
        if not whole.endswith(text):
            return
        places.append(starts[line] + len(whole) - len(text))

    def at(offset: int) -> int:
        number = content.count("\n", 0, offset)
        return places[number] + offset - (content.rfind("\n", 0, offset) + 1)

    token.content = src[at(first):at(last - 1) + 1]


def _passthrough_blocks(state: StateCore) -> None:
    """A paragraph holding block passthrough text becomes the paragraphs around it, empty
    ones left out, and the text between them, as Goldmark writes it; in a tight list item
    (hidden paragraphs, Goldmark's text blocks) the text before a block loses its trailing
    spaces and the text after it its leading ones, as Goldmark trims them. A passthrough
    over lines keeps their source as it stands (`_source_text`)."""
    tokens, out, closed = state.tokens, [], None
    lines: list[str] | None = None
    starts: list[int] = []
    for index, token in enumerate(tokens):
        children = token.children or []
        if token is closed:
            continue
        if token.type == "inline" and token.map:
            for child in children:
                if child.type.startswith("passthrough_") and "\n" in child.content:
                    if lines is None:
                        lines = state.src.split("\n")
                        starts = list(itertools.accumulate((len(x) + 1 for x in lines),
                                                           initial=0))
                    _source_text(child, token, lines, starts, state.src)
        if (token.type != "inline" or index == 0 or tokens[index - 1].type != "paragraph_open"
                or not any(c.type == "passthrough_block" for c in children)):
            out.append(token)
            continue
        opening, closing = out.pop(), tokens[index + 1]
        closed = closing
        parts: list[list] = [[]]
        for child in children:
            if child.type == "passthrough_block":
                parts += [[child], []]
            else:
                parts[-1].append(child)
        for number, part in enumerate(parts):
            if part and part[0].type == "passthrough_block":
                out.append(part[0])
            elif part:
                if opening.hidden:
                    _trim(part, number > 0, number < len(parts) - 1)
                inline = dataclasses.replace(token, children=part)
                out += [dataclasses.replace(opening), inline, dataclasses.replace(closing)]
    state.tokens = out


def _trim(part: list, leading: bool, trailing: bool) -> None:
    """Goldmark's trimContainerSpace: spaces and tabs off the text a block follows
    (`leading`) or comes before (`trailing`), if that end of it is text."""
    if leading and part[0].type == "text":
        part[0] = dataclasses.replace(part[0], content=part[0].content.lstrip(" \t"))
    if trailing and part[-1].type == "text":
        part[-1] = dataclasses.replace(part[-1], content=part[-1].content.rstrip(" \t"))


def _after_text(rule):
    """`rule` for a block that may follow the text of a tight list item: a new line first,
    as Goldmark ends a text block followed by anything (markdown-it's own rules write it
    only before the tags they write themselves)."""
    def after(self, tokens, idx, options, env) -> str:
        drawn = rule(self, tokens, idx, options, env)
        return "\n" + drawn if idx and tokens[idx - 1].hidden else drawn

    return after


def _raw(self, tokens, idx, options, env) -> str:
    return tokens[idx].content


# ------------------------------------------------------------------ Goldmark's extras


def _pair_rule(marker: str, tag: str, single: bool = False):
    """`==x==` / `++x++` as markdown-it's strikethrough rule reads `~~x~~` (its delimiter
    scanner and pairing), for the extras markdown-it-py has no plugin of: a run of exactly
    two markers opens or closes; the tokens are `<tag>_open` and `<tag>_close`.

    `single`: Goldmark's superscript (hugo-goldmark-extensions' extras/inline.go), where a
    run of one or two markers is a delimiter of its length, paired as emphasis pairs (the
    rule of three included), spaces allowed inside, and a `+`, `-` or `'` after the marker
    is read as a letter when the run's flanking is decided (`x^-1^`), as Goldmark does."""
    code = ord(marker)

    def tokenize(state: StateInline, silent: bool) -> bool:
        if silent or state.src[state.pos] != marker:
            return False
        if single:
            src, after = state.src, state.pos + 1
            while after < len(src) and src[after] == marker:
                after += 1
            if after < len(src) and src[after] in "+-'" and after - state.pos == 1:
                state.src = src[:after] + "z" + src[after + 1:]  # Goldmark's issue 30
            try:
                scanned = state.scanDelims(state.pos, True)
            finally:
                state.src = src
            if scanned.length > 2:
                return False
        else:
            scanned = state.scanDelims(state.pos, True)
            if scanned.length < 2:
                return False
        if single:  # a delimiter a marker, as markdown-it's emphasis has them
            for _ in range(scanned.length):
                state.push("text", "", 0).content = marker
                state.delimiters.append(Delimiter(code, scanned.length, len(state.tokens) - 1,
                                                  -1, scanned.can_open, scanned.can_close))
            state.pos += scanned.length
            return True
        state.push("text", "", 0).content = marker * scanned.length
        if scanned.length == 2:  # a longer run is text, as in Goldmark
            state.delimiters.append(Delimiter(code, 0, len(state.tokens) - 1, -1,
                                              scanned.can_open, scanned.can_close))
        state.pos += scanned.length
        return True

    def pair(state: StateInline, delimiters) -> None:
        index = len(delimiters) - 1
        while index >= 0:  # from the end, as markdown-it's emphasis postProcess
            start = delimiters[index]
            index -= 1
            if start.marker != code or start.end == -1:
                continue
            end = delimiters[start.end]
            for place, nesting in ((start.token, 1), (end.token, -1)):
                token = state.tokens[place]
                token.type = f"{tag}_{'open' if nesting == 1 else 'close'}"
                token.tag, token.nesting = tag, nesting
                token.markup, token.content = marker * (1 if single else 2), ""
            outer = delimiters[index] if single and index >= 0 else None
            if outer is not None and outer.end == start.end + 1 and outer.marker == code \
                    and outer.token == start.token - 1 \
                    and delimiters[start.end + 1].token == end.token + 1:
                # two markers a side are one superscript, as Goldmark consumes two at once
                state.tokens[outer.token].content = ""
                state.tokens[delimiters[outer.end].token].content = ""
                index -= 1

    def post_process(state: StateInline) -> None:
        pair(state, state.delimiters)
        for meta in state.tokens_meta:
            if meta and "delimiters" in meta:
                pair(state, meta["delimiters"])

    return tokenize, post_process


# ------------------------------------------------------------------ HTML as Goldmark writes it


def _fixed(text: str):
    return lambda self, tokens, idx, options, env: text


def _attrs(token) -> str:
    return "".join(f' {k}="{html.escape(str(v))}"' for k, v in (token.attrs or {}).items())


def _cell(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    if token.nesting == -1:
        return f"</{token.tag}>\n"
    style = token.attrGet("style")
    if isinstance(style, str):
        token.attrSet("style", style.replace(":", ": ", 1))  # text-align: left
    return f"\t\t\t\t\t<{token.tag}{_attrs(token)}>"


def _table_open(self, tokens, idx, options, env) -> str:
    return f"<table{_attrs(tokens[idx])}>\n"


def _list_open(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    if token.attrGet("class") == "contains-task-list":
        del token.attrs["class"]
    return self.renderToken(tokens, idx, options, env)


def _list_item_open(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    checked = token.meta.get("checked")
    if token.attrGet("class") == "task-list-item":
        del token.attrs["class"]
    opening = self.renderToken(tokens, idx, options, env)
    if checked is None:
        return opening
    box = '<input checked="" disabled="" type="checkbox">' if checked else \
        '<input disabled="" type="checkbox">'
    return f"{opening}{box} "


def _image(self, tokens, idx, options, env) -> str:
    """An image as the theme's render-image hook draws it: a <figure> (`figure-<title>` its
    id), the image in two <div>s, its title as the caption (Markdown); the alt text is the
    image's text, else the title's. Inside a paragraph, as the hook writes it there. Not
    `loading="lazy"`: the image is in the file already, and a preview shows it at once."""
    figure = env.get("figure")
    token = tokens[idx]
    if figure is None:
        return self.image(tokens, idx, options, env)
    title = str(token.attrGet("title") or "")
    caption = render_inline(title) if title else ""
    plain = html.unescape(re.sub(r"<[^>]+>", "", caption)).strip()
    alt = self.renderInlineAsText(token.children or [], options, env) or plain
    anchor = f' id="figure-{html.escape(heading_slug(plain))}"' if plain else ""
    img = f'<img src="{html.escape(str(token.attrGet("src") or ""))}" alt="{html.escape(alt)}">'
    return (f'<figure{anchor}><div class="{figure[0]}"><div class="{figure[1]}">{img}</div>'
            f"</div>{f'<figcaption>{caption}</figcaption>' if caption else ''}</figure>")


def _blockquote_open(self, tokens, idx, options, env) -> str:
    attrs = _attrs(tokens[idx])
    return f"<blockquote{attrs}>" if attrs else "<blockquote>\n"  # Goldmark's, newline too


def _footnote_ref(self, tokens, idx, options, env) -> str:
    meta = tokens[idx].meta
    n, sub = meta["id"] + 1, meta.get("subId", 0)
    return (f'<sup id="fnref{sub or ""}:{n}"><a href="#fn:{n}" class="footnote-ref" '
            f'role="doc-noteref">{n}</a></sup>')


def _footnote_open(self, tokens, idx, options, env) -> str:
    return f'<li id="fn:{tokens[idx].meta["id"] + 1}">\n'


def _footnote_anchor(self, tokens, idx, options, env) -> str:
    meta = tokens[idx].meta
    n, sub = meta["id"] + 1, meta.get("subId", 0)
    return (f'&#160;<a href="#fnref{sub or ""}:{n}" class="footnote-backref" '
            'role="doc-backlink">&#x21a9;&#xfe0e;</a>')


def _fence(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    markup = env.get("markup") or HUGO_MARKUP
    from . import codeblocks

    settings = codeblocks.site_settings(markup.highlight)
    if not settings.code_fences:
        return self.fence(tokens, idx, options, env)  # Goldmark's own, as markdown-it's
    ordinal = env["fences"] = env.get("fences", -1) + 1
    return codeblocks.render_fence(token.info, token.content, settings, ordinal)


# ------------------------------------------------------------------ the parser


def parser(markup: MarkupSettings = HUGO_MARKUP) -> MarkdownIt:
    """The markdown-it instance of one `markup` setting (built on first use); the plugins of
    an extra are imported only by a site that turns it on. `highlight` is read as a fence is
    drawn, so settings that differ only there share a parser."""
    return _parser(markup._replace(highlight=()) if markup.highlight else markup)


@functools.cache
def _parser(markup: MarkupSettings) -> MarkdownIt:
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin

    md = MarkdownIt("commonmark", {"html": True, "tasklists": True,
                                   "strikethrough_single_tilde": True})
    md.enable(["table", "strikethrough"])
    md.use(gfm_autolink_plugin).use(footnote_plugin, inline=False).use(deflist_plugin)
    for ch in "'\".>":
        md.inline.add_terminator_char(ch)
    md.inline.ruler.push("goldmark_typographer", _typographer)
    md.core.ruler.after("block", "loose_definitions", _loose_definitions)
    if markup.block_attributes:
        md.core.ruler.before("loose_definitions", "goldmark_attributes", _block_attributes)
    md.core.ruler.after("inline", "heading_ids", _heading_ids)
    md.core.ruler.push("https_www", _https_www)
    for kind in ("s_open", "s_close"):
        md.add_render_rule(kind, _fixed("<del>" if kind == "s_open" else "</del>"))
    md.add_render_rule("table_open", _after_text(_table_open))
    md.add_render_rule("table_close", _fixed("</table>\n"))
    for part in ("thead", "tbody"):
        md.add_render_rule(f"{part}_open", _fixed(f"\t<{part}>\n"))
        md.add_render_rule(f"{part}_close", _fixed(f"\t</{part}>\n"))
    md.add_render_rule("tr_open", _fixed("\t\t\t<tr>\n"))
    md.add_render_rule("tr_close", _fixed("\t\t\t</tr>\n"))
    for cell in ("th_open", "th_close", "td_open", "td_close"):
        md.add_render_rule(cell, _cell)
    md.add_render_rule("bullet_list_open", _list_open)
    md.add_render_rule("ordered_list_open", _list_open)
    md.add_render_rule("list_item_open", _list_item_open)
    md.add_render_rule("footnote_ref", _footnote_ref)
    md.add_render_rule("footnote_block_open", _fixed(
        '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n'))
    md.add_render_rule("footnote_block_close", _fixed("</ol>\n</div>\n"))
    md.add_render_rule("footnote_open", _footnote_open)
    md.add_render_rule("footnote_anchor", _footnote_anchor)
    md.add_render_rule("fence", _after_text(_fence))
    for kind in ("html_block", "code_block"):
        md.add_render_rule(kind, _after_text(getattr(type(md.renderer), kind)))
    md.add_render_rule("blockquote_open", _after_text(_blockquote_open))
    md.add_render_rule("image", _image)
    if markup.passthrough_block or markup.passthrough_inline:
        for opening, _ in markup.passthrough_block + markup.passthrough_inline:
            md.inline.add_terminator_char(opening[0])
        md.inline.ruler.before("linkify", "passthrough", _passthrough(
            markup.passthrough_block, markup.passthrough_inline))
        md.core.ruler.after("inline", "passthrough_blocks", _passthrough_blocks)
        md.add_render_rule("passthrough_inline", _raw)
        md.add_render_rule("passthrough_block", _after_text(_raw))
    for on, marker, tag in ((markup.mark, "=", "mark"), (markup.insert, "+", "ins")):
        if on:
            tokenize, post_process = _pair_rule(marker, tag)
            md.inline.ruler.after("strikethrough", tag, tokenize)
            md.inline.ruler2.after("strikethrough", tag, post_process)
    if markup.subscript:  # after strikethrough, which takes `~x~` first, as in Goldmark
        from mdit_py_plugins.subscript import sub_plugin

        md.use(sub_plugin)
    if markup.superscript:  # Goldmark's rule, not markdown-it-sup's (no spaces inside)
        tokenize, post_process = _pair_rule("^", "sup", single=True)
        md.inline.ruler.after("emphasis", "sup", tokenize)
        md.inline.ruler2.after("emphasis", "sup", post_process)
        md.inline.add_terminator_char("^")
    return md


def _env(state: RenderState) -> dict:
    return {"ids": state.ids, "markup": state.markup, "figure": state.figure}


def trim_short_html(text: str) -> str:
    """Hugo's RenderString trimming: one paragraph alone loses its `<p>` and `</p>`."""
    if text.count("<p>") == 1:
        text = text.strip()
        if text.startswith("<p>") and text.endswith("</p>"):
            text = text[3:-4].strip()
    return text


def render(text: str, state: RenderState | None = None, trim: bool = True) -> str:
    """A markdown block's text as sanitised HTML; heading ids are unique within `state.ids`.
    `trim=False`: a page's `.Content`, whose one paragraph keeps its `<p>`."""
    state = state or RenderState()
    return render_tokens(parse(text, state), state, trim)


def parse(text: str, state: RenderState):
    """markdown-it's tokens of `text`, emojified first, each shortcode standing as a word of
    its own until `render_tokens` draws it (source lines in `Token.map`; heading ids taken)."""
    text = emojify(text) if state.emoji else text
    state.found = []
    if "{{" in text:  # most texts have no shortcode, and need no `shortcodes`
        from . import shortcodes

        state.found = shortcodes.find(text)
        for number, code in reversed(list(enumerate(state.found))):
            text = text[:code.start] + _placeholder(number) + text[code.end:]
        if state.found:  # Hugo writes `{{</* x */>}}` as `{{< x >}}` only in such a text
            text = shortcodes.unescape(text)
    return parser(state.markup).parse(text, _env(state))


def _placeholder(number: int) -> str:
    return f"LKSHORTCODE{number}END"


def render_tokens(tokens, state: RenderState, trim: bool = True) -> str:
    """Tokens from `parse` as sanitised HTML, trimmed as RenderString trims it, with the
    shortcodes drawn in (their HTML is the templates', around sanitised Markdown)."""
    md = parser(state.markup)
    out = md.renderer.render(tokens, md.options, _env(state))
    out = sanitize(trim_short_html(out) if trim else out, state)
    for number, code in enumerate(state.found):
        drawn = _draw(code, state, number)
        out = out.replace(f"<p>{_placeholder(number)}</p>", drawn)
        out = out.replace(_placeholder(number), drawn)
    return out


def _draw(code, state: RenderState, ordinal: int) -> str:
    from . import shortcodes

    def markdown(text: str) -> str:
        return render(text, dataclasses.replace(state, found=[]))

    def inline(text: str) -> str:
        return render_inline(text, state) if text else ""

    def image(src: str) -> str | None:
        return state.image(src) if src else None

    return shortcodes.draw(code, state.shortcodes, ordinal, markdown=markdown, inline=inline,
                           image=image, icon=lambda name: state.icon(name) or "",
                           style=clean_style, ref=state.ref)


def clean_style(value: str) -> str:
    """A style attribute's value with only what the sanitiser keeps ('' for nothing)."""
    cleaned = sanitize(f'<span style="{html.escape(value)}"></span>')
    match = re.match(r'<span style="([^"]*)">', cleaned)
    return html.unescape(match.group(1)) if match else ""


def markdownify(text: str, state: RenderState | None = None) -> str:
    """Hugo's `markdownify`: the text rendered as a document, a lone plain paragraph then
    losing its `<p>` (so a paragraph with block attributes, a list or two paragraphs stay
    blocks); no shortcodes, no emoji (the templates emojify first where they do)."""
    state = state or RenderState()
    html_ = parser(state.markup).render(text, _env(state))
    return sanitize(trim_short_html(html_), state)


def render_inline(text: str, state: RenderState | None = None) -> str:
    """One line of Markdown (a role, a title) as sanitised inline HTML."""
    state = state or RenderState()
    html_ = parser(state.markup).renderInline(text, _env(state))
    return sanitize(html_, state)
