"""What the theme's content blocks share (features, cta-*, stats, testimonials): Hugo's
`RenderString` of a key, the theme's plain `{{ .url }}` links and images from assets/media/.

Not a block type (a module, not a folder): the registry imports only folders.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from .markdown import as_text


def dig(data: Any, *keys: Any) -> Any:
    """`data.a.b` as a Go template reads it: nothing (None) where a level is missing."""
    for name in keys:
        if isinstance(data, dict):
            data = data.get(name)
        elif isinstance(data, list) and isinstance(name, int) and 0 <= name < len(data):
            data = data[name]
        else:
            return None
    return data


def items(data: Any, *keys: str) -> list[dict]:
    """The mappings of the list at `keys` (`range` over anything else draws nothing; `check`
    reports the wrong type)."""
    found = dig(data, *keys)
    return [item if isinstance(item, dict) else {} for item in found] \
        if isinstance(found, list) else []


def render_string(ctx, block, index: int, path: tuple, value: Any) -> Markup:
    """`value | emojify | $page.RenderString` (a lone paragraph loses its `<p>`, as Hugo's
    inline display trims it); `path`: where the value is in the block, for the lines of its
    images' warnings."""
    text = as_text(value)
    if not text.strip():
        return Markup("")
    return Markup(str(ctx.text_html(block, index, path=path, text=text)).strip())


def markdownify(ctx, value: Any, emoji: bool = False, trim: bool = True) -> Markup:
    """`value | markdownify` (`| emojify` too with `emoji`): Markdown, whose one paragraph
    loses its `<p>` as Hugo's markdownify drops it, unless `trim` is False (a page's
    `.Content`); "" for no text."""
    from .. import markdown

    text = as_text(value)
    if not text.strip():
        return Markup("")
    state = markdown.RenderState(ctx.ids, icon=ctx.icon, markup=ctx.markup, emoji=emoji)
    out = markdown.render(text, state, trim)
    return Markup(out.strip() if trim else out)


def href(ctx, url: Any) -> str | None:
    """The theme's `href="{{ .url }}"`: a site path goes where the site has it (the exported
    file, or the live site), a web link as it is; None for no URL, and for what Hugo's
    escaping turns into `#ZgotmplZ` (javascript: and the like): the element stays, with no
    link."""
    from ..render import safe_url

    if not isinstance(url, (str, int, float)) or isinstance(url, bool) or not str(url).strip():
        return None
    url = str(url).strip()
    if urlsplit(url).scheme or url.startswith("//"):
        return safe_url(url) or None
    if url.startswith("#"):
        return url
    return ctx.href(url)


def media(ctx, block, name: Any, what: str | None = None, kind: str = "content",
          gone: str = "", keys: tuple = ()) -> str | None:
    """The URL of `assets/media/<name>` (`resources.Get "media/..."`) processed as `kind`
    ("content" or "avatar"), or None. A file that cannot be used is said as a warning naming
    `what` (default: the name), at `keys` of the block; a missing one only with `gone`, what
    the theme then does (most templates look before they take)."""
    from .. import images

    site = ctx.page.site
    if not isinstance(name, str) or not name.strip() or site is None:
        return None
    path = images.in_assets(site.folder, name)
    if path is None:
        if gone:
            ctx.report_at(block, keys, f"{what} {name!r} is not in assets/media/; {gone}")
        return None
    try:
        return ctx.site_image_url(path, kind, stem=path.stem)
    except images.ImageProblem as exc:
        ctx.report_at(block, keys, f"{what or name}: {exc}; it is not shown")
        return None


def in_media(site, name: Any) -> bool:
    """True when `assets/media/<name>` is a file (Hugo's `resources.GetMatch`)."""
    from .. import images

    return site is not None and images.in_assets(site.folder, name) is not None


def widget_body(ctx, block) -> str:
    """The Markdown after the front matter of the Wowchemy widget file `block` is (its
    `$page.Content`), whether the page drawn is the widget page or the file itself."""
    page = ctx.page
    for part in (*getattr(page, "parts", ()), page):
        if part.sections and part.sections[0] is block and part.source is not None:
            return part.source.body
    return ""


def wowchemy_version(ctx) -> tuple[int, int] | None:
    """The page's site's Wowchemy or Academic version (`Config.wowchemy_version`), or None."""
    site = ctx.page.site
    return site.config.wowchemy_version if site is not None else None


def bootstrap(ctx) -> bool:
    """True when the page's site builds with blox-bootstrap or Wowchemy."""
    from ..config import BOOTSTRAP

    return ctx.page.site is not None and ctx.page.site.config.theme in BOOTSTRAP


#: the words AP style (Hugo's default `titleCaseStyle`) leaves in lower case inside a title
_SMALL = frozenset({"a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor",
                    "of", "on", "or", "per", "the", "to", "vs", "vs.", "via", "v", "v."})
#: a word as Hugo's title caser finds them: letters or digits, then anything up to a space,
#: a hyphen or a slash
_TITLE_WORD = re.compile(r"[^\W_]+[^\s\-/]*")
_TITLE_SANE = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                             "\u2013": "-", "\u2014": "-"})


def title_case(text: str) -> str:
    """Hugo's `title` in AP style (jdkato/prose's TitleConverter): each word capitalised but
    a small one inside, after a space, hyphen or slash and not inside a hyphenated pair
    ("Hero/Arrow-Up-on-Square", "Icon With a Space"). A term page's automatic title, with
    `capitalizeListTitles`; a social link's label."""
    sane = text.translate(_TITLE_SANE).replace("\u2026", "...")
    end, at = len(sane), 0

    def char(i: int) -> str:
        return sane[i] if 0 <= i < end else sane[:1]

    def word(match: re.Match) -> str:
        nonlocal at
        found = match.group()
        pos = sane.find(found, at)
        pos = pos if pos >= 0 else at - 1
        at = pos + len(found)
        if (found.lower() in _SMALL and not (pos == 0 or at == end)
                and char(pos - 1) in " -/" and char(pos - 2) not in ":-"
                and (char(at) != "-" or char(pos - 1) == "-")):
            return found.lower()
        first = found[0].title()
        return (first if len(first) == 1 else found[0]) + found[1:]

    return _TITLE_WORD.sub(word, text)
