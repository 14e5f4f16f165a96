"""What the blocks of blox-bootstrap (and the kit's) share: the section layout of
`functions/parse_block_v2.html` (the heading above the content or beside it, drawn by
templates/columns.html), the theme's `RenderString` of a block's text, its links, and its
images from assets/media/.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from ..model import Block
from .parts import dig


def columns(block: Block, default: str) -> Any:
    """`design.columns` as written (`default` when unset), for the templates' comparisons
    with the strings "1" and "2": Hugo's `eq` tells the string "2" from the number 2."""
    value = dig(block.data, "design", "columns")
    return value if value not in (None, "", 0, False) else default


def heading(ctx, block: Block) -> tuple[Markup, Markup, bool]:
    """(title, subtitle, beside): the section heading of blox-bootstrap's layout (markdownify
    and emojify); `beside`: in a column of its own left of the content (design.columns not
    "1")."""
    from ..markdown import emojify

    title = dig(block.data, "content", "title")
    subtitle = dig(block.data, "content", "subtitle")
    if block.widget:  # a Wowchemy widget file: its own title and subtitle
        title, subtitle = block.data.get("title"), block.data.get("subtitle")
    shown = ctx.inline_html(emojify(str(title))) if title not in (None, "", False) else ""
    under = (ctx.inline_html(emojify(str(subtitle)))
             if shown and subtitle not in (None, "", False) else "")
    return shown, under, bool(shown) and columns(block, "1") != "1"


def render_string(ctx, block: Block, index: int, text: Any) -> Markup | str:
    """`text | emojify | $page.RenderString`: Markdown, a single paragraph without its `<p>`
    (what `ctx.text_html` gives)."""
    from .markdown import as_text

    source = as_text(text)
    return ctx.text_html(block, index, text=source) if source.strip() else ""


def link(ctx, url: str) -> tuple[str, bool]:
    """(href, opens a new tab) as the theme links: no scheme is a site path (relLangURL),
    http(s) opens a new tab; a scheme that is no link (javascript:) gives ''."""
    from ..render import safe_url

    url = url.strip()
    scheme = urlsplit(url).scheme.lower()
    if not scheme:
        site = ctx.page.site
        lang = "" if site is None or ctx.page.lang == site.default_lang else f"/{ctx.page.lang}"
        return ctx.href(lang + "/" + url.lstrip("/")), False
    return safe_url(url), scheme in ("http", "https")


def widget_body(ctx, block: Block, index: int) -> Markup | str:
    """A Wowchemy widget file's own content (`$st.Content`: the Markdown after its front
    matter), or "" for a block that is not a widget file or has none. Drawn as a markdown
    block's text: a single paragraph loses its `<p>`, which `.Content` keeps."""
    if not block.widget:
        return ""
    from .parts import widget_body as text_of

    text = text_of(ctx, block)
    return ctx.text_html(block, index, text=text) if text.strip() else ""
