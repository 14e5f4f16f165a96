"""Hugo shortcodes in a Markdown text: found, checked against the theme, drawn as its templates.

`{{< name args >}}` and `{{% name args %}}` (with `{{< /name >}}` after those whose template
reads `.Inner`) are Hugo's, and the theme defines most of them in `layouts/shortcodes/`. A
shortcode neither Hugo, the theme nor the site defines stops Hugo's build
(`template for shortcode "x" not found`), so `check` reports it as an error and the preview
shows it marked. The ones research pages use are drawn from `templates/shortcodes/<name>.html`,
written after the theme's templates (figure and cta as blox-bootstrap has them, the others as
blox-tailwind does; `video` as its poster and a link, since no script may play it); any other
defined one is shown as a marked note that landingkit does not draw it.

`{{</* x */>}}` is Hugo's way of writing a shortcode as text: `{{< x >}}` in a text that has
shortcodes, kept as it is written in one that has none (as Hugo 0.168's RenderString does).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path

#: Hugo 0.168's own shortcodes (each checked with a build: these are found, others are not).
HUGO_SHORTCODES = frozenset({"comment", "details", "figure", "highlight", "instagram", "param",
                             "qr", "ref", "relref", "vimeo", "x", "youtube"})

#: The shortcodes each theme generation defines (its `layouts/shortcodes/`), read from the
#: theme's repository at the versions the sites use.
THEME_SHORTCODES = {
    "blox-tailwind": frozenset({  # modules/blox-tailwind v0.3.1
        "audio", "bilibili", "callout", "card", "cards", "chart", "icon", "include", "math",
        "mention", "spoiler", "steps", "table", "toc", "video"}),
    "blox-bootstrap": frozenset({  # modules/blox-bootstrap v5.9.7 (wowchemy v5.8-5.9 alike)
        "audio", "bilibili", "callout", "chart", "cite", "cta", "emoji_list", "figure",
        "gallery", "gdocs", "hl", "icon", "list_categories", "list_children", "list_tags",
        "math", "mention", "spoiler", "staticref", "table", "toc", "video"}),
    "blox": frozenset({  # the 2026 kit's modules/blox
        "audio", "bilibili", "button", "callout", "card", "cards", "chart", "cite", "embed",
        "icon", "include", "math", "mention", "notebook", "spoiler", "steps", "table", "toc",
        "video"}),
}
#: Module paths a site imports (`module.imports`, `theme`) -> the shortcodes they bring.
_MODULES = (  # patterns searched for in the path (by `re`, compiled on first use)
    (r"blox-tailwind", THEME_SHORTCODES["blox-tailwind"]),
    (r"reveal|slides", frozenset({"fragment", "slide", "speaker_note"})),
    (r"netlify|analytics|seo|plugin-cms|decap|pwa", frozenset()),
    (r"blox-bootstrap", THEME_SHORTCODES["blox-bootstrap"]),
    # Wowchemy before February 2021 still had `alert` (then replaced by `callout`); which
    # version a site pins is not in its configuration, so `alert` is taken as defined.
    (r"wowchemy", THEME_SHORTCODES["blox-bootstrap"] | {"alert"}),
    (r"/modules/blox/?$", THEME_SHORTCODES["blox"]),
)

#: Shortcodes landingkit draws, and which of them wrap text (`{{< x >}}...{{< /x >}}`).
DRAWN = frozenset({"figure", "cta", "icon", "video", "callout", "alert", "spoiler", "button",
                   "ref", "relref"})
WRAPPING = frozenset({"callout", "alert", "spoiler", "details", "highlight", "qr", "comment"})
MAY_WRAP = frozenset({"button"})  # its text is an argument or what it wraps

# patterns, compiled (by `re`, once) for the first text that has a shortcode: most have none
_TAG = (r"(?s)\{\{(?P<open>[<%])\s*(?P<close>/)?\s*(?P<name>[A-Za-z0-9_.-]+)"
        r"(?P<args>(?:[^}\"`]|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|\}(?!\}))*?)"
        r"\s*(?P<self>/)?\s*[>%]\}\}")
_ESCAPED = r"(?s)\{\{([<%])/\*(.*?)\*/([>%])\}\}"


@dataclass
class Shortcode:
    """One shortcode of a text: where it is, its name, arguments and inner text."""

    name: str
    start: int  # offset of `{{` in the text
    end: int  # offset after the closing `}}` (of the closing tag, for a wrapping one)
    line: int  # 0-based line of `{{` in the text
    positional: list[str] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)
    inner: str | None = None
    problem: str | None = None  # why it cannot be read (unclosed, bad quoting)

    def get(self, key: str | int, default: str = "") -> str:
        if isinstance(key, int):
            return self.positional[key] if key < len(self.positional) else default
        return self.named.get(key, default)


def find(text: str) -> list[Shortcode]:
    """The outermost shortcodes of `text`, in order (escaped ones `{{</* */>}}` are text)."""
    if "{{" not in text:
        return []
    import shlex

    found: list[Shortcode] = []
    blanked = re.sub(_ESCAPED, lambda m: " " * len(m.group()), text)
    pos, tag = 0, re.compile(_TAG)
    while (match := tag.search(blanked, pos)) is not None:
        name = match.group("name")
        code = Shortcode(name, match.start(), match.end(), text.count("\n", 0, match.start()))
        if match.group("close"):
            code.problem = f"a closing {{{{< /{name} >}}}} without its opening shortcode"
            found.append(code)
            pos = match.end()
            continue
        try:
            for arg in shlex.split(match.group("args").replace("`", '"'), posix=True):
                key, eq, value = arg.partition("=")
                if eq and re.fullmatch(r"[A-Za-z0-9_-]+", key):
                    code.named[key] = value
                else:
                    code.positional.append(arg)
        except ValueError as exc:
            code.problem = f"cannot read the arguments of {name!r} ({exc})"
        if name in WRAPPING | MAY_WRAP and not match.group("self"):
            closing = re.compile(r"\{\{[<%]\s*/\s*" + re.escape(name) + r"\s*[>%]\}\}")
            end = closing.search(blanked, match.end())
            if end is not None:
                code.inner = text[match.end():end.start()]
                code.end = end.end()
            elif name in WRAPPING:
                code.problem = f"shortcode {name!r} must be closed ({{{{< /{name} >}}}})"
        found.append(code)
        pos = code.end
    return found


def unescape(text: str) -> str:
    """`{{</* x */>}}` as the text Hugo shows for it, `{{< x >}}`."""
    return re.sub(_ESCAPED, lambda m: "{{" + m.group(1) + m.group(2) + m.group(3) + "}}", text)


# ------------------------------------------------------------------ what the site defines


_defined: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def defined(site) -> frozenset[str] | None:
    """The shortcodes Hugo finds for `site`: its own, those of its theme generation and Hugo's;
    None when the site uses a theme landingkit does not know (then nothing is reported).
    Worked out once per site object."""
    folder = getattr(site, "folder", None)
    if folder is None:
        return None
    if site not in _defined:
        _defined[site] = _defined_now(site, folder)
    return _defined[site]


def _defined_now(site, folder) -> frozenset[str] | None:
    names = set(HUGO_SHORTCODES)
    for layouts in (Path(folder) / "layouts", *Path(folder).glob("themes/*/layouts")):
        for sub in ("shortcodes", "_shortcodes"):
            names.update(p.name.split(".")[0] for p in (layouts / sub).glob("*.html"))
    config = getattr(site, "config", None)
    get = getattr(config, "get", None)
    imports = get("module", "imports", default=[]) if get else []
    paths = [i.get("path") if isinstance(i, dict) else i
             for i in (imports if isinstance(imports, list) else [imports])]
    theme = get("theme", default=None) if get else None
    local_themes = {p.name for p in Path(folder).glob("themes/*") if p.is_dir()}
    for theme_name in theme if isinstance(theme, list) else [theme] if theme else []:
        if str(theme_name) not in local_themes:
            paths.append(str(theme_name))
    for path in paths:
        brought = next((codes for pattern, codes in _MODULES if re.search(pattern, str(path))),
                       None)
        if brought is None:
            return None  # a theme or module of unknown shortcodes
        names |= brought
    return frozenset(names)


# ------------------------------------------------------------------ drawing


def _anchor(text: str) -> str:
    """Hugo's `anchorize` of a short text (ids of figures and videos)."""
    from .markdown import heading_slug

    return heading_slug(text)


def reference(code: Shortcode, site, page) -> str | None:
    """What `ref` (the permalink) or `relref` (the relative one) gives for the page it names
    from `page`, anchor kept (`#x` alone is itself); None where Hugo finds no such page and
    stops (REF_NOT_FOUND)."""
    path, mark, anchor = (code.get(0) or code.get("path")).partition("#")
    if not path.strip():
        return mark + anchor
    found = site.get_page(path, code.get("lang") or page.lang, page.path) if site else None
    if found is None:
        return None
    from .frame import permalink

    return permalink(site, found, code.name == "relref") + mark + anchor


def draw(code: Shortcode, known: frozenset[str] | None, ordinal: int, *, markdown, inline,
         image, icon, style, ref) -> str:
    """The HTML of one shortcode: the template's, with its arguments escaped, its Markdown
    rendered and sanitised by `markdown(text)` and `inline(text)`, its images resolved by
    `image(src)` (None: not found), icons from `icon(name)`, styles cleaned by `style`, and
    the URL `ref(code)` gives (most often inside a link's `href`: text, never markup)."""
    from markupsafe import Markup

    from .render import template

    name = code.name
    if code.problem is not None:
        return _unknown(name, code.problem + "; Hugo stops the build on it", True)
    if known is not None and name not in known:
        return _unknown(name, "the theme defines no such shortcode, and Hugo stops the build "
                              "on it", True)
    if name not in DRAWN:
        return _unknown(name, "shown on the site; landingkit does not draw it", False)
    get = code.get
    if name in ("ref", "relref"):
        from markupsafe import escape

        return str(escape(ref(code) or ""))
    if name == "figure":
        caption = get("caption") or get("title")
        alt = get("alt") or re.sub(r"<[^>]+>", "", caption)  # `plainify`: Markdown stays
        return template("shortcodes/figure.html").render(
            src=image(get("src")) or "", alt=alt, caption=Markup(inline(caption)),
            id=_anchor(get("id") or alt), link=get("link"),
            max_width=style(f"max-width: {get('max_width')}")[len("max-width:"):].strip()
            if get("max_width") else "",
            width=get("width"), height=get("height"), css_class=get("class"))
    if name == "cta":
        return template("shortcodes/cta.html").render(
            text=Markup(inline(get("cta_text"))), link=get("cta_link"),
            new_tab=get("cta_new_tab") == "true", alt_text=Markup(inline(get("cta_alt_text"))),
            alt_link=get("cta_alt_link"), alt_new_tab=get("cta_alt_new_tab") == "true")
    if name == "button":
        text = get("text") or re.sub(r"<[^>]+>", "", markdown(code.inner or ""))
        align = get("align", "left")
        return template("shortcodes/button.html").render(
            url=get("url", "#"), text=text, new_tab=get("new_tab") == "true",
            variant=re.sub(r"[^a-z]", "", get("style", "primary")) or "primary",
            align=align if align in ("left", "center", "right") else "left",
            icon=Markup(icon(get("icon"))) if get("icon") else "",
            icon_right=get("icon_position") == "right")
    if name == "icon":
        pack = get("pack")
        icon_name = f"{pack}/{get('name')}" if pack else get("name")
        return template("shortcodes/icon.html").render(icon=Markup(icon(icon_name)))
    if name == "video":
        src = get("src")
        return template("shortcodes/video.html").render(
            url=src, name=src.rsplit("/", 1)[-1], id=_anchor(get("id")) if get("id") else "",
            poster=image(get("poster")) if get("poster") else None)
    if name in ("callout", "alert"):
        kind = get(0) or get("type") or "note"
        symbol = {"note": "information-circle", "warning": "exclamation-triangle"}.get(kind, kind)
        return template("shortcodes/callout.html").render(
            kind=re.sub(r"[^a-z0-9-]", "", kind.lower()) or "note", icon=Markup(icon(symbol)),
            inner=Markup(markdown(code.inner or "")))
    return template("shortcodes/spoiler.html").render(  # spoiler
        title=Markup(inline(get("text"))), css_class=get("class"), style=style(get("style")),
        ordinal=ordinal, inner=Markup(markdown(code.inner or "")))


def _unknown(name: str, message: str, error: bool) -> str:
    from .render import template

    return template("shortcodes/unknown.html").render(name=name, message=message, error=error)
