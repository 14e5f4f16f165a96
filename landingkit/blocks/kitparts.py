"""What the 2026 kit's blocks share (HugoBlox/kit f107371d, modules/blox/blox/).

- Its Preact blocks (`component.jsx`, drawn in the browser from the block's own keys) write
  their titles and texts through a few regular expressions, not Markdown (`renderText`,
  `renderInline`, `renderRich`): `**bold**`, `*italic*`, `` `code` `` and, in some,
  `[text](url)`; paragraphs split at blank lines. `inline` and `rich` do the same; the kit
  puts the result in with `dangerouslySetInnerHTML`, so raw HTML in a text is HTML on the
  page, and here it goes through the sanitiser, as raw HTML in Markdown does.
- Its Go-template blocks link as `relLangURL` does, keeping a `#fragment` as written, and
  find an item's image in the page bundle, then in assets/media/, else at `/media/<path>`
  (`static/`); `image` resolves it the same way.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

#: the kit's inline code (faq/component.jsx `renderInline`, steps `renderText`)
CODE = '<code class="lk-kit-code">{}</code>'
_BOLD = re.compile(r"\*\*(.*?)\*\*")
_ITALIC = re.compile(r"\*(.*?)\*")
_CODE = re.compile(r"`(.*?)`")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_PARAGRAPHS = re.compile(r"\n\s*\n")


def text(value: Any) -> str:
    """A value as JavaScript's `String(x)` writes a YAML scalar; '' for none."""
    if value is None or value is False or value == "":
        return ""
    if value is True:
        return "true"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def inline(ctx, value: Any, code: bool | str = True, links: bool = False) -> Markup:
    """A Preact block's `renderText`/`renderInline` of `value`: bold, italic, then (`code`)
    inline code (`"plain"`: a `<code>` without the kit's classes, as pricing writes it) and
    (`links`) `[text](url)` links, in that order, as its replacements, to the text as the
    sanitiser leaves it."""
    from ..markdown import sanitize

    out = sanitize(text(value))
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    out = _ITALIC.sub(r"<em>\1</em>", out)
    if code:
        form = "<code>{}</code>" if code == "plain" else CODE
        out = _CODE.sub(lambda m: form.format(m.group(1)), out)
    if links:
        out = _LINK.sub(lambda m: _link_html(ctx, m.group(1), m.group(2)), out)
    return Markup(out)


def _link_html(ctx, words: str, url: str) -> str:
    """A `[words](url)` of sanitised text: the URL read back, a link of no scheme that is
    none dropped (its words kept)."""
    target = href(ctx, Markup(url).unescape())
    if target is None:
        return words
    return f'<a class="lk-kit-link" href="{escape(target)}">{words}</a>'


def rich(ctx, value: Any) -> Markup:
    """faq/component.jsx `renderRich`: the text's paragraphs (split at blank lines, trimmed,
    empty ones dropped), each `renderInline`d, all but the first with a top margin."""
    paragraphs = [p.strip() for p in _PARAGRAPHS.split(text(value)) if p.strip()]
    return Markup("").join(
        Markup('<p{}>{}</p>').format(Markup(' class="lk-kit-more"') if n else "",
                                     inline(ctx, p, links=True))
        for n, p in enumerate(paragraphs))


def external(url: Any) -> bool:
    """A Preact block's `url.startsWith("http://") || url.startsWith("https://")`."""
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def href(ctx, url: Any) -> str | None:
    """A Preact block's `href={url}`: the URL as written (a site path where the site has it);
    None for none and for a scheme that is no link."""
    from .parts import href as plain

    return plain(ctx, url)


def link(ctx, url: str) -> tuple[str, bool]:
    """(href, opens a new tab) of a Go-template block's link: no scheme is `relLangURL`
    unless it starts with `#`, http(s) opens a new tab; '' for a scheme that is no link."""
    from . import layout

    url = url.strip()
    if not urlsplit(url).scheme and url.startswith("#"):
        return url, False
    return layout.link(ctx, url)


def image(ctx, block, value: Any, what: str, kind: str = "content") -> str | None:
    """The URL of an item's `image` as the kit's blocks find it (focus-areas/block.html,
    blox/preact-wrapper.html): a web address as it is; else, with a leading `/`, `./`,
    `assets/` and `media/` taken off, the page bundle's file, assets/media/'s, or
    static/media/'s. None, said as a warning, when it is none of them (the kit then writes
    a `/media/...` address that leads nowhere)."""
    from .. import images

    path = text(value).strip()
    if not path:
        return None
    if path.startswith(("http://", "https://")):
        from ..render import safe_url

        return safe_url(path) or None
    for prefix in ("/", "./", "assets/", "media/"):
        path = path.removeprefix(prefix)
    path = posixpath.normpath(path) if path else "."
    site = ctx.page.site
    if path in (".", "..") or path.startswith("../") or site is None:
        return None
    page = Path(ctx.page.path)
    places = [page.parent / path] if page.stem in ("index", "_index") else []
    places += [Path(site.folder) / "assets" / "media" / path,
               Path(site.folder) / "static" / "media" / path]
    found = next((p for p in places if p.is_file()), None)
    line = block.line if block is not None else None
    if found is None:
        ctx.report(ctx.page.path, line, f"{what}: {text(value)!r} is not in the page's "
                   "folder, assets/media/ or static/media/; it is not shown")
        return None
    try:
        return ctx.site_image_url(found, kind, stem=found.stem)
    except images.ImageProblem as exc:
        ctx.report(ctx.page.path, line, f"{what}: {exc}; it is not shown")
        return None


def thumbnail(ctx, block, value: Any, what: str) -> str | None:
    """An item's image as blox/preact-wrapper.html passes it to a Preact block outside
    cta-image-paragraph: `Fill 96x96 Center` (a square), an SVG or GIF as it is."""
    name = text(value).strip().lower()
    kind = "content" if name.endswith((".svg", ".gif")) else "avatar"
    return image(ctx, block, value, what, kind)


_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]*\.[0-9]+")


def coerce_int(value: Any, default: int, minimum: int | None = None) -> int:
    """The kit's `functions/coerce_int`: a number, or a string of one (its whole part), else
    `default`; then at least `minimum`."""
    result = default
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        result = int(value)
    elif isinstance(value, str):
        trimmed = value.strip()
        if _INTEGER.fullmatch(trimmed):
            result = int(trimmed)
        elif _DECIMAL.fullmatch(trimmed):
            result = int(float(trimmed))
    return max(result, minimum) if minimum is not None else result


def coerce_bool(value: Any, default: bool) -> bool:
    """The kit's `functions/coerce_bool`: a boolean, a number (not 0), or one of the words
    1/true/yes/y/on (0/false/no/n/off), else `default`."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("1", "true", "yes", "y", "on"):
            return True
        if word in ("0", "false", "no", "n", "off"):
            return False
    return default


def section_padding(design: dict, exactly: bool = False) -> str:
    """The padding of the `<section>` a Go-template block draws itself (help-categories,
    help-questions): `design.spacing.padding` when it lists at least four values (`exactly`:
    four that are not empty, as help-questions reads it), else 4rem 0 4rem 0. A value that is
    no plain CSS value leaves the default."""
    from .kitsection import css_value

    spacing = design.get("spacing") if isinstance(design.get("spacing"), dict) else {}
    listed = spacing.get("padding")
    if isinstance(listed, list):
        values = [text(v) for v in listed]
        if exactly:
            values = [v.strip() for v in values if v.strip()]
        if (len(values) == 4 if exactly else len(values) >= 4) and all(map(css_value, values)):
            return " ".join(values)
    return "4rem 0 4rem 0"
