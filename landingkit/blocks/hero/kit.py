"""The 2026 kit's hero (HugoBlox/kit f107371d, `modules/blox/blox/hero/component.jsx`), drawn
as the page looks once its Preact component has drawn it in the browser, with no script.

- `design.layout`: `centered` (default, a 672 px column, no media), `split-left` and
  `split-right` (the copy and the media side by side from 1024 px, in a 1280 px row; the
  media first in `split-right`), `stacked` (the copy in 768 px, the media 1152 px wide
  under it);
- `design.size`: `compact`, `default`, `tall` or `viewport` (the window's height, the copy in
  its middle); the older `design.no_padding: true` draws no padding (`size: none` does not:
  its classes are "", which the component takes for no size);
- `design.alignment`: `left` or `center`; by default left in a split layout, else centred;
- `content.announcement` (a pill over the title from 640 px, with `badge.text` in `primary`,
  `green`, `amber` or `rose` and a `link`), `eyebrow`, `title` (`[word]` in the palette's
  gradient), `text`, `primary_action` and `secondary_action` (`style`: `gradient`, `solid`,
  `outline`, `ghost` or `text`, by default gradient and text; an `icon` after the words),
  `trust` (`stars` out of five and a `text`) and `media` (an `image` from the page's folder,
  assets/media/ or static/media/, with a `dark_src` shown in the dark; a `video` as its
  `poster`, a link to the video);
- the section around it: `blocks.kitsection`.

The component's own Markdown (`renderText`: `**strong**`, `*em*`, `` `code` ``, and raw
HTML) is followed, the HTML through the sanitiser; its links are written as given (no
relLangURL), a site path made a link of the output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ..kitparts import inline
from ..kitsection import section
from ..parts import dig

SIZES = ("compact", "default", "tall", "viewport")  # and "none", by `no_padding` only
LAYOUTS = ("centered", "split-left", "split-right", "stacked")
STYLES = ("gradient", "solid", "outline", "ghost", "text")
BADGES = ("primary", "green", "amber", "rose")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def kit_text(text: Any, title: bool = False) -> Markup:
    """The component's `renderText` (`renderTitle` with `title`: `[word]` highlighted, no
    code), through the sanitiser (kitparts.inline)."""
    if text in (None, "", False):
        return Markup("")
    if not title:
        return inline(None, text, code="plain")
    # the highlight first, as the component: a class of ours, which the sanitiser would drop
    parts = re.split(r"\[([^\]]+)\](?!\()", str(text))
    return Markup("").join(
        Markup('<span class="lk-kit-highlight">{}</span>').format(inline(None, part, code=False))
        if index % 2 else inline(None, part, code=False) for index, part in enumerate(parts))


@dataclass(frozen=True)
class Action:
    html: Markup
    href: str
    external: bool
    style: str
    icon: Markup | None
    arrow: bool  # the text style's "→", when it has no icon


def link(ctx, url: Any) -> tuple[str, bool]:
    """The component's `processUrl`: http(s) opens a new tab; a site path is kept as written
    (made a link of this output); a scheme that is no link (javascript:) gives ''."""
    from ...render import safe_url

    url = str(url).strip() if url not in (None, "", False) else ""
    if not url:
        return "#", False
    if url.startswith(("http://", "https://")):
        return safe_url(url), True
    if _SCHEME.match(url) or url.startswith("//"):
        return safe_url(url), False
    return (ctx.href(url) if url.startswith("/") else url), False


def action(ctx, data: Any, default: str) -> Action | None:
    """`ActionButton`: drawn when it has a URL and a text."""
    if not dig(data, "url") or not dig(data, "text"):
        return None
    href, external = link(ctx, data["url"])
    if not href:
        return None
    style = data.get("style") if data.get("style") in STYLES else default
    icon = ctx.icon(str(data["icon"])) if data.get("icon") else None
    return Action(kit_text(data["text"]), href, external, style, icon,
                  style == "text" and icon is None)


def _resource(ctx, block, src: Any, what: str) -> str | None:
    """`functions/process_image_for_props`: `src` as the kit's blocks find an image
    (`kitparts.image`); one on another site is said and not shown, as a standalone page
    does not load it (the kit fetches it when it builds)."""
    from ..kitparts import image, text

    if text(src).strip().startswith(("http://", "https://")):
        ctx.report_at(block, (), f"{what} {text(src).strip()!r} is on another site; a "
                      "standalone page does not load it, so none is shown")
        return None
    return image(ctx, block, src, what)


def _poster(ctx, block, src: Any) -> str | None:
    """A video's `poster`, as the browser would load it (static/, assets/media/, the page's
    folder), or None, said."""
    from ... import images

    if src in (None, "", False):
        return None
    found = images.locate(str(src), ctx.places, ctx.images.folders)
    if found.url is not None and found.url.startswith("data:"):
        return found.url
    problem = found.problem or "it is on another site, which a standalone page does not load"
    if found.path is not None:
        try:
            return ctx.image_url(found.path, "content")
        except images.ImageProblem as exc:
            problem = str(exc)
    ctx.report_at(block, (), f"hero video poster {str(src)!r}: {problem}; the video is shown "
                  "as a link")
    return None


def media(ctx, block, data: Any) -> dict | None:
    """`Media`: an image (and its dark variant) or a video's poster."""
    if not isinstance(data, dict):
        return None
    alt = str(data.get("alt") or "")
    if (data.get("type") or "image") == "video":
        href, _ = link(ctx, data.get("src"))
        return {"video": True, "href": href if data.get("src") else "", "alt": alt,
                "poster": _poster(ctx, block, data.get("poster"))}
    if data.get("type") not in (None, "", "image"):
        return None
    light = _resource(ctx, block, data.get("src"), "hero image")
    if light is None:
        return None
    return {"video": False, "src": light, "alt": alt,
            "dark": _resource(ctx, block, data.get("dark_src"), "hero dark image")}


def render(ctx, block, section_id: str) -> Markup:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    # `SIZE_CLASSES[size] ? size : ...`: "none" has no classes, so only `no_padding` gives it
    size = (design["size"] if design.get("size") in SIZES
            else "none" if design.get("no_padding") else "default")
    layout = design.get("layout") if design.get("layout") in LAYOUTS else "centered"
    split = layout.startswith("split-")
    align = (design["alignment"] if design.get("alignment") in ("left", "center")
             else "left" if split else "center")
    pill = content.get("announcement") if isinstance(content.get("announcement"), dict) else {}
    announcement = None
    if pill.get("text"):
        badge = pill.get("badge") if isinstance(pill.get("badge"), dict) else {}
        words = dig(pill, "link", "text")
        announcement = {
            "html": kit_text(pill["text"]),
            "badge": str(badge["text"]) if badge.get("text") else "",
            "colour": badge.get("color") if badge.get("color") in BADGES else "primary",
            "link": (link(ctx, dig(pill, "link", "url")), str(words)) if words else None}
    trust = content.get("trust") if isinstance(content.get("trust"), dict) else {}
    stars = None  # `TrustStrip`: drawn with stars or a text; the stars where they are set
    if trust.get("stars") is not None and (trust.get("stars") or trust.get("text")):
        try:
            number = float(trust["stars"])
        except (TypeError, ValueError):
            number = 0.0  # `Number(stars) || 0`
        full = int(max(0.0, min(5.0, number if number == number else 0.0)))
        stars = [index < full for index in range(5)]
    primary = action(ctx, content.get("primary_action"), "gradient")
    secondary = action(ctx, content.get("secondary_action"), "text")
    return ctx.render(
        "hero/kit.html", id=section_id, around=section(ctx, block), size=size, layout=layout,
        split=split, align=align, announcement=announcement,
        eyebrow=kit_text(content.get("eyebrow")),
        title=kit_text(content.get("title"), title=True), text=kit_text(content.get("text")),
        actions=[a for a in (primary, secondary) if a is not None],
        has_actions=bool(dig(content, "primary_action", "url") or
                         dig(content, "secondary_action", "url")),
        stars=stars, trust_text=kit_text(trust.get("text")) if trust.get("text") else "",
        # the centered layout draws no media
        media=media(ctx, block, content.get("media")) if layout != "centered" else None)
