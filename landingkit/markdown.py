"""Markdown to safe HTML, as Hugo's Goldmark renders it for a Hugo Blox site.

- CommonMark (markdown-it-py) with the GitHub extensions Hugo turns on (tables, strikethrough),
  raw HTML passed through (`markup.goldmark.renderer.unsafe`, which the theme's sites enable).
- Goldmark's typographer: `...` -> …, `--` -> –, `---` -> —, `<<` -> «, `>>` -> », and curly
  quotes. (markdown-it's own `(c)`, `+-` replacements are not Goldmark's, so they are off.)
- Heading ids as Hugo makes them (`autoHeadingIDType: github`): lower-case letters, digits and
  `_` kept, each space or `-` becomes `-`, everything else dropped, `heading` when nothing is
  left, `-1`, `-2`... on repeats. Ids are unique across a whole page, not only one text.
- Then every fragment goes through the sanitiser below, so what the page shows is what a
  careful site would allow: no script, no event handler, no `javascript:` URL, no frame, no
  form, no style. Image sources are handed to a resolver (see `render`), which turns them into
  files of the export or placeholders; a source it refuses never reaches the output.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

# ------------------------------------------------------------------ sanitiser policy

#: Elements kept. Anything else is removed and its text kept, except the elements of
#: CLEAN_CONTENT_TAGS, which go with everything inside them.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
    "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
})

#: Elements removed together with their content.
CLEAN_CONTENT_TAGS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
    "template", "svg", "math", "textarea", "select", "button", "form", "audio", "video",
    "canvas", "base", "link", "meta", "title",
})

#: Attributes kept, per element ("*": on every kept element). No `on*` handler, no `style`,
#: no `class` (the page's own classes are not for content to borrow), no `srcset`.
ALLOWED_ATTRIBUTES = {
    "*": {"title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
    "abbr": {"title"}, "blockquote": {"cite"}, "q": {"cite"},
    "del": {"cite", "datetime"}, "ins": {"cite", "datetime"}, "time": {"datetime"},
    "ol": {"start", "reversed"}, "li": {"value"},
    "td": {"colspan", "rowspan", "headers"}, "th": {"colspan", "rowspan", "headers", "scope"},
    "col": {"span"}, "colgroup": {"span"}, "details": {"open"}, "bdo": {"dir"},
}

#: Attributes kept only with one of these values.
ALLOWED_ATTRIBUTE_VALUES = {"a": {"target": {"_blank", "_self"}}}

#: URL schemes allowed in `href` and `cite` (relative URLs are kept too). `img src` is not
#: checked against this list: the image resolver decides every image source (see `images`),
#: and only raster `data:image/...` sources survive it.
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

#: `rel` set on every link, so that a link opening a new tab cannot reach back to this page.
LINK_REL = "noopener"


@dataclass
class RenderState:
    """What one page's rendering shares between its Markdown fragments."""

    ids: set[str] = field(default_factory=set)
    #: image source as written -> URL in the output (None: drop the attribute)
    image: Callable[[str], str | None] = lambda src: None


_state: contextvars.ContextVar[RenderState] = contextvars.ContextVar("landingkit_render")


_DATA = re.compile(r"^\s*data:", re.I)


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return _state.get(RenderState()).image(value)
    if attribute in ("href", "cite") and _DATA.match(value):
        return None  # `data:` passes the scheme check only for the image resolver to see it
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
            attribute_filter=_attribute_filter)
    return _cleaner


def sanitize(html: str, state: RenderState | None = None) -> str:
    """`html` with only what the policy above allows; images through `state.image`."""
    token = _state.set(state or RenderState())
    try:
        return cleaner().clean(html)
    finally:
        _state.reset(token)


# ------------------------------------------------------------------ Markdown


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
        children = tokens[index + 1].children or []
        text = "".join(c.content for c in children if c.type in ("text", "code_inline"))
        token.attrSet("id", unique_id(heading_slug(text), taken))


_TYPO = re.compile(r"---|--|\.\.\.|<<|>>")
_TYPO_MAP = {"---": "\u2014", "--": "\u2013", "...": "\u2026", "<<": "\u00ab", ">>": "\u00bb"}


def _typographer(state: StateCore) -> None:
    """Goldmark's typographer substitutions (quotes are markdown-it's `smartquotes`)."""
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        in_autolink = False
        for child in token.children:
            if child.type == "link_open" and child.info == "auto":
                in_autolink = True
            elif child.type == "link_close" and child.info == "auto":
                in_autolink = False
            elif child.type == "text" and not in_autolink and _TYPO.search(child.content):
                child.content = _TYPO.sub(lambda m: _TYPO_MAP[m.group()], child.content)


_md: MarkdownIt | None = None


def parser() -> MarkdownIt:
    """The one markdown-it instance (built on first use)."""
    global _md
    if _md is None:
        md = MarkdownIt("commonmark", {"html": True, "typographer": True})
        md.enable(["table", "strikethrough", "smartquotes"])
        md.core.ruler.after("inline", "heading_ids", _heading_ids)
        md.core.ruler.push("goldmark_typographer", _typographer)
        _md = md
    return _md


def render(text: str, state: RenderState | None = None) -> str:
    """A Markdown text as sanitised HTML; heading ids are unique within `state.ids`."""
    state = state or RenderState()
    return render_tokens(parse(text, state), state)


def parse(text: str, state: RenderState):
    """markdown-it's tokens of `text` (source lines in `Token.map`; heading ids taken)."""
    return parser().parse(text, {"ids": state.ids})


def render_tokens(tokens, state: RenderState) -> str:
    """Tokens from `parse` as sanitised HTML."""
    md = parser()
    return sanitize(md.renderer.render(tokens, md.options, {"ids": state.ids}), state)


def render_inline(text: str, state: RenderState | None = None) -> str:
    """One line of Markdown (a role, a title) as sanitised inline HTML."""
    state = state or RenderState()
    html = parser().renderInline(text, {"ids": state.ids})
    return sanitize(html, state)
