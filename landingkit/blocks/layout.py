"""What the blocks of blox-bootstrap (and the kit's) share: the section layout of
`functions/parse_block_v2.html` (the heading above the content or beside it, drawn by
templates/columns.html), the theme's `RenderString` of a block's text, and its links.
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
    value = block.value_at("design", "columns")
    return value if value not in (None, "", 0, False) else default


def heading(ctx, block: Block, wide: str | None = None) -> dict:
    """blox-bootstrap's section heading (`functions/parse_block_v2.html`; a Wowchemy widget
    file's, `widget_page.html`), drawn by templates/columns.html: `title` and `subtitle`
    (markdownify | emojify), and the `row` they share with the block."""
    from ..markdown import emojify

    data = block.data if block.widget else dig(block.data, "content")  # a widget file: its own
    title, subtitle = dig(data, "title"), dig(data, "subtitle")
    shown = ctx.inline_html(emojify(str(title))) if title not in (None, "", False) else ""
    under = (ctx.inline_html(emojify(str(subtitle)))
             if shown and subtitle not in (None, "", False) else "")
    return {"title": shown, "subtitle": under, **row(block, bool(shown), wide)}


def row(block: Block, titled: bool, wide: str | None = None) -> dict:
    """How the heading shares the row with the block. `side`: a title in a third of the row
    beside the block (`design.columns` not "1"; unset, "1", and a widget file's "2");
    `wide`: the block two thirds of the row (columns "2"; unset, the block's own default
    `wide`, else the heading's). Go's `eq` compares the strings, so a number 2 is neither."""
    default = "2" if block.widget else "1"
    return {"side": titled and columns(block, default) != "1",
            "wide": columns(block, wide or default) == "2"}


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


def page_content(ctx, block: Block, index: int) -> Markup | str:
    """A Wowchemy widget file's `$st.Content` as Hugo renders a page: every paragraph in its
    `<p>`, emoji only where the site's `enableEmoji` says; "" when it has none."""
    if not block.widget:
        return ""
    from .parts import widget_body as text_of

    text = text_of(ctx, block)
    return ctx.text_html(block, index, text=text, content=True) if text.strip() else ""
