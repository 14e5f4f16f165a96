"""The site's frame around a page: navbar (brand, main menu, dark-mode and language switch,
the phone menu) and footer (language links, copyright), from the site's configuration, as the
theme's `navbar.html` and `site_footer.html` draw them.

Links point where the page will be read: `Links` maps the site's URLs to the files of an
export (a site export's `[<lang>/]<path>/index.html`, or one page's `build/<page>[.<lang>].html`)
and any other site URL to the live site under its base URL; `rel_lang_url` is what Hugo
writes for a link of the theme's, `hugo_href` what it writes as a link of the output.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from urllib.parse import quote, urlsplit

from .config import tailwind_since, wowchemy_before

_EXTERNAL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")


@dataclass(eq=False, repr=False)
class Link:
    """An entry of the menu or of the language switch, with the entries under it."""

    name: str
    href: str
    children: tuple[Link, ...] = ()
    current: bool = False
    lang: str = ""
    new_tab: bool = False  # the kit's footer columns open `http...` links in a new tab


@dataclass(eq=False, repr=False)
class FooterColumns:
    """The 2026 kit's `columns` footer (`components/footers/columns.html`): the brand, the
    tagline and a column per top-level entry of the `footer` menu, its children as links."""

    title: str
    logo: Path | None
    logo_height: str  # `footer.logo_height`, 36 px by default
    tagline: str
    columns: tuple[Link, ...]
    show_title: bool = True
    show_tagline: bool = True


@dataclass(eq=False, repr=False)
class Social:
    """A link of the kit's `identity.social.links` (`social_links.html`): its icon (`brands/
    github`, drawn by get_icon), where it goes, its `aria-label` (the icon's name through
    Hugo's `title`) and whether it opens in a new tab (an http or https URL)."""

    icon: str
    href: str
    label: str
    new_tab: bool = False


@dataclass(eq=False, repr=False)
class Frame:
    """What the frame shows; the templates in `templates/frame/` draw it."""

    title: str  # the site's title in the page's language
    brand: str  # the text beside (or instead of) the logo
    logo: Path | None  # the logo file (`params.header.navbar.logo.filename` in assets/media)
    home: str
    menu: tuple[Link, ...]
    languages: tuple[Link, ...]  # every language the page is in, the page's own `current`
    copyright: str  # Markdown, `{year}` replaced
    day_night: bool  # the dark-mode switch is shown
    mode: str  # "system", "light" or "dark": the scheme a visitor first sees
    language_switch: bool
    #: the footer credit of the 2026 kit and blox-tailwind v0.6+ (its name for itself, its
    #: button's words), else None
    kit_credit: tuple[str, ...] | None = None  # (brand, button[, its link])
    #: the Creative Commons licence the footer names: (its URL, its icons), else None
    licence: tuple[str, tuple[str, ...]] | None = None
    #: blox-tailwind's `header.navbar.show_search` (its search icon, inert in an export: the
    #: theme's search is a script) and `header.navbar.button` (the bordered link at the end)
    search: bool = False
    button: Link | None = None
    button_always: bool = False  # the button on phones too (v0.5.0 on)
    #: blox-tailwind's footer links to the site's privacy.md and terms.md pages
    legal: tuple[Link, ...] = ()
    #: where an Academic or Wowchemy navbar puts its menu (`main_menu.align`): "l", "c", "r"
    menu_align: str = ""
    #: Academic v4's footer line, "Powered by the Academic theme for Hugo.", in place of
    #: Wowchemy's and Hugo Blox's "Published with ..."
    academic_credit: bool = False
    #: the look whose class names the navbar and footer carry beside their own, as the
    #: theme's do (`navbar`, `#navbar-main`, `site-footer`: a site's custom.css names them)
    look: str = ""
    #: the kit's footer with link columns (`footer.style: columns`), else None
    footer_columns: FooterColumns | None = None
    #: the kit's social links, in either footer (under the tagline in `columns`)
    social: tuple[Social, ...] = ()
    #: the kit's minimal footer: the `footer` menu's top entries, and `footer.text` (Markdown)
    footer_menu: tuple[Link, ...] = ()
    footer_text: str = ""


@dataclass(eq=False, repr=False)
class Links:
    """Where the frame's links go. `files`: site URL path (`/zh/research/x/`) -> the file of
    the export that holds it (relative to the export's folder); `here`: this page's file."""

    base_url: str = "/"
    files: dict[str, str] = field(default_factory=dict)
    here: str = ""

    def href(self, url: str) -> str:
        url = (url or "").strip()
        if not url:
            return ""
        base = urlsplit(self.base_url)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            if (parts.scheme, parts.netloc) != (base.scheme, base.netloc) or not base.netloc:
                return url  # another site (or mailto:): as it is
            url = url[len(f"{parts.scheme}://{parts.netloc}"):] or "/"
        elif _EXTERNAL.match(url):
            return url
        path, _, fragment = url.partition("#")
        path, _, query = path.partition("?")
        base_path = "/" + base.path.strip("/") + "/" if base.path.strip("/") else "/"
        if not path.startswith("/"):
            path = "/" + path
        elif path.startswith(base_path):
            path = "/" + path[len(base_path):]
        if path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            path += "/"
        tail = ("?" + query if query else "") + ("#" + fragment if fragment else "")
        target = self.files.get(path)
        if target is not None:
            if target == self.here and not query:
                return "#" + fragment if fragment else posixpath.basename(target)
            start = posixpath.dirname(self.here) or "."
            return posixpath.relpath(target, start) + tail
        root = self.base_url.rstrip("/") if base.netloc else base_path.rstrip("/")
        return root + path + tail


def lang_prefix(site, lang: str) -> str:
    """Hugo's language prefix of `lang` (`de`), '' for the default language outside a
    folder of its own (`defaultContentLanguageInSubdir`) and on a one-language site."""
    if site is None or not site.config.multilingual:
        return ""
    if lang == site.default_lang and not site.config.get("defaultContentLanguageInSubdir"):
        return ""
    return lang


def _go_join(*parts: str) -> str:
    """Go's `path.Join`: the non-empty parts joined by `/`, cleaned; '' for none."""
    joined = re.sub("/+", "/", "/".join(part for part in parts if part))
    return posixpath.normpath(joined) if joined else ""  # normpath keeps a leading //


def rel_lang_url(site, lang: str, url: str) -> str:
    """What Hugo 0.168's `relLangURL` writes for `url` on a page in `lang`
    (`PathSpec.RelURL`): a URL with a scheme (not under the base URL) or `//` as it is; a
    path from `/` is the host's, without the base path; any other (the base URL taken off)
    is the base path's; the language's prefix put before either unless it starts with it."""
    base = site.config.base_url if site is not None else "/"
    base = base if base.endswith("/") else base + "/"
    root = url.startswith("/")  # getBaseURLRoot: the host alone
    if (urlsplit(url).scheme and not url.startswith(base)) or url.startswith("//"):
        return url
    u = url[len(base):] if not root and url.startswith(base) else url
    prefix = lang_prefix(site, lang)
    own = url[1:] if root else url
    if prefix and own != prefix and not own.startswith(prefix + "/"):
        u = _go_join(prefix, u) + ("/" if u.endswith("/") else "")
    out = _go_join("" if root else urlsplit(base).path, u)  # paths.AddContextRoot
    if out != "/" and u.endswith("/"):
        out += "/"
    if url == "" and not out.endswith("/"):
        out += "/"
    return out if out.startswith("/") else "/" + out


def hugo_href(ctx, written: str) -> str:
    """What Hugo writes into a page (`relLangURL`'s path from the host, or a URL) as a
    link of this output: a path under the base path is the site's (`ctx.href`), any other
    path the host's."""
    from .render import safe_url

    if urlsplit(written).scheme or written.startswith("//"):
        return safe_url(written)
    if written.startswith("#"):  # the kit keeps a fragment as written
        return written
    site = ctx.page.site
    base_path = site.config.base_path if site is not None else "/"
    if written.startswith(base_path) or written + "/" == base_path:
        return ctx.href("/" + written[len(base_path):])
    host = urlsplit(site.config.base_url)
    return f"{host.scheme}://{host.netloc}{written}" if host.netloc else written


_HUGOBLOX = '<a href="https://hugoblox.com/" target="_blank" rel="noopener">Hugo Blox Builder</a>'
_REPO = '<a href="https://github.com/HugoBlox/hugo-blox-builder" target="_blank" rel="noopener">'
WORDS = {  # the theme's i18n strings the frame uses (i18n/<lang>.yaml), English for the rest
    "en": {"languages": "Languages", "menu": "Menu", "appearance": "Appearance",
           "dark": "Switch between light and dark",
           "published_with": "Published with {hugoblox} — the free, {repo_link}open source"
                             "{/repo_link} website builder that empowers creators."},
    "zh": {"languages": "语言", "menu": "菜单", "appearance": "外观", "dark": "切换浅色与深色",
           "published_with": "由{hugoblox}支持发布——免费{repo_link}开源{/repo_link}网站，"
                             "为创作者赋能。"},
}


def words(lang: str) -> dict:
    """The frame's words in `lang` (its base language's, else English); `published_with`
    as HTML."""
    from markupsafe import Markup

    found = dict(WORDS["en"])
    found.update(WORDS.get(str(lang).lower(), WORDS.get(str(lang).lower().split("-")[0], {})))
    found["published_with"] = Markup(
        str(Markup.escape(found["published_with"])).replace("{hugoblox}", _HUGOBLOX)
        .replace("{repo_link}", _REPO).replace("{/repo_link}", "</a>"))
    return found


def year() -> int:
    """The year `{year}` stands for: SOURCE_DATE_EPOCH's when set (reproducible builds), else
    this one."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else time.time()
    return time.gmtime(seconds).tm_year


def page_url(rel: str | os.PathLike) -> str:
    """The site URL path of an exported file `[<lang>/]<path>/index.html`."""
    parent = PurePosixPath(Path(rel).as_posix()).parent.as_posix()
    return "/" if parent in ("", ".") else f"/{parent}/"


def permalink(site, f, relative: bool = False) -> str:
    """Hugo's `.Permalink` of the page in content file `f` (`relative`: `.RelPermalink`,
    the base URL's path before it), as `ref` and `relref` give it."""
    from .export import page_output

    url = page_url(page_output(site, _stub(f.path, f.lang, site)))[1:]
    base = site.config.base_path if relative else site.config.base_url
    return (base if base.endswith("/") else base + "/") + url


def translations(site, page) -> dict[str, Path]:
    """The page's file in each language it exists in (its own included), in the site's
    order of languages: files of the same bundle and name (`index.md`, `index.zh.md`), or at
    the same place in each language's content folder."""
    if site is None:
        return {page.lang: Path(page.path)}
    files = site.files()
    index = _translation_index.get(site)
    if index is None or index[0] is not files:
        order = {code: n for n, code in enumerate(site.languages)}
        groups: dict[tuple, dict[str, Path]] = {}
        by_path: dict[Path, tuple] = {}
        for f in sorted(files, key=lambda f: (order.get(f.lang, len(order)), f.lang)):
            key = _translation_key(f)
            groups.setdefault(key, {}).setdefault(f.lang, f.path)
            by_path[f.path] = key
        index = (files, groups, by_path)
        _translation_index[site] = index
    key = index[2].get(Path(page.path))
    if key is None:
        key = index[2].get(Path(page.path).resolve())
    found = dict(index[1][key]) if key is not None else {page.lang: Path(page.path)}
    if key == (".", "_index"):  # Hugo makes a home page in every language, file or not
        found = {code: found.get(code) or _home_file(site, code) for code in site.languages}
    return found


def _home_file(site, lang: str) -> Path:
    """Where the home page of `lang` would be written: its own content folder's
    `_index.md`, or `_index.<lang>.md` in a folder it shares."""
    folder = Path(site.languages[lang].content_dir)
    shared = sum(1 for other in site.languages.values()
                 if Path(other.content_dir) == folder) > 1
    return folder / (f"_index.{lang}.md" if shared else "_index.md")


_translation_index: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _translation_key(f) -> tuple[str, str]:
    rel = PurePosixPath(f.rel)
    stem = rel.name.split(".")[0]
    return rel.parent.as_posix(), stem


def default_links(page) -> Links:
    """The links of one page's export (`export.default_output`): its own translations are
    files beside it, every other site URL is on the live site."""
    from .export import default_output, page_output

    site = getattr(page, "site", None)
    config = getattr(site, "config", None)
    links = Links(config.base_url if config is not None else "/")
    if site is not None:
        for other_lang, path in translations(site, page).items():
            if other_lang != page.lang and not Path(path).is_file():
                continue  # a home page Hugo makes: on the live site only
            other = _stub(path, other_lang, site)
            links.files[page_url(page_output(site, other))] = default_output(other).name
        links.here = default_output(page).name
    return links


def build(page, links: Links | None = None, look: str = "tailwind") -> Frame:
    """The frame of `page` in the theme's `look`, its links made by `links` (default: one
    page's export)."""
    site = getattr(page, "site", None)
    config = getattr(site, "config", None)
    lang = page.lang
    params = config.params(lang) if config is not None else {}
    navbar = _dig(params, "header", "navbar")
    others = translations(site, page)
    links = links if links is not None else default_links(page)
    title = config.title(lang) if config is not None else ""
    logo, brand = _brand(site, navbar, title, look)

    def link(entry) -> Link:
        return Link(entry.name, links.href(entry.url), tuple(map(link, entry.children)))

    menu = tuple(link(e) for e in site.menu(lang)) if site is not None else ()
    languages = []
    if site is not None and len(others) > 1:
        from .export import page_output

        for other_lang, path in others.items():
            language = site.languages.get(other_lang)
            label = language.label if language is not None else other_lang
            url = page_url(page_output(site, _stub(path, other_lang, site)))
            languages.append(Link(label, links.href(url), current=other_lang == lang,
                                  lang=other_lang))
    appearance = _dig(params, "appearance")
    mode = str(appearance.get("mode") or "system").lower()
    day_night = _flag(navbar, ("show_day_night", "show_theme_chooser"), True)
    notice = config.copyright(lang) if config is not None else ""
    if config is not None and config.theme == "kit":
        return _kit_frame(site, params, title, links.href(_home(site, lang)), menu,
                          tuple(languages), _kit_columns(site, params, title, lang, links),
                          lang, links)
    own = _dig(page.data, "copyright")  # the page's own `copyright` before the site's
    notice = str(own.get("notice") or notice)
    licence = _licence(_dig(own, "license") or _dig(params, "footer", "copyright", "license"))
    notice, badge = notice.replace("{year}", str(year())), None
    if licence is not None:
        url, code = licence
        notice = notice.replace("{license}", f'<a href="{url}" rel="noopener noreferrer" '
                                f'target="_blank">CC {code.replace("-", " ").upper()} 4.0</a>')
        if look == "bootstrap":  # blox-tailwind loads no Font Awesome: its icons are empty
            badge = url, ("fab/creative-commons",
                          *(f"fab/creative-commons-{part}" for part in code.split("-")))
    if look == "bootstrap":
        day_night, mode = bootstrap_scheme(params)
        if site is not None and _flag(navbar, ("highlight_active_link",), True):
            menu = _highlighted(site, page, menu, config)
    version = config.wowchemy_version if config is not None else None
    align = str(_dig(params, "main_menu").get("align") or "l").lower() \
        if config is not None and config.theme == "wowchemy" else ""
    return Frame(
        title=title, brand=brand, logo=logo, home=links.href(_home(site, lang)),
        menu=menu, languages=tuple(languages), copyright=notice, licence=badge,
        day_night=day_night, mode=mode if mode in ("light", "dark") else "system",
        language_switch=_flag(navbar, ("show_language", "show_translations"), True),
        menu_align=align if align in ("l", "c", "r") else "l" if align else "",
        academic_credit=wowchemy_before(version, (5, 0)),
        look=look,
        kit_credit=tailwind_credit(site) if site is not None and look == "tailwind" else None,
        legal=_legal(site, lang, links) if look == "tailwind" and site is not None else (),
        **(_navbar_extras(navbar, links, config) if look == "tailwind" else {}))


def _legal(site, lang: str, links: Links) -> tuple[Link, ...]:
    """blox-tailwind's footer line of `site.GetPage "/privacy.md"` and `"/terms.md"` (its
    `components/footers/minimal.html`, v0.3.1 to v0.10.0): each page's title, linked, in
    that order."""
    from .export import page_output

    found = {person.path.name: person for person in site.regular_pages(lang, folders=[""])
             if person.path.parent == site.content_dir_of(person.path)}
    return tuple(Link(found[name].name, links.href(page_url(page_output(
        site, _stub(found[name].path, lang, site))))) for name in ("privacy.md", "terms.md")
        if name in found)


def _navbar_extras(navbar: dict, links: Links, config) -> dict:
    """blox-tailwind's navbar search icon and call-to-action button (`components/headers/
    navbar.html`, v0.3.1 to v0.10.0): `show_search` (default false), `button.enable` with
    its `text` and `url`; the button below lg only from v0.5.0 (Tailwind 4's order of its
    `hidden lg:inline-block inline-block`)."""
    button = _dig(navbar, "button")
    shown = bool(button.get("enable")) and str(button.get("text") or "").strip()
    return {"search": bool(navbar.get("show_search")),
            "button": Link(str(button.get("text")).strip(), links.href(str(button.get("url")
                                                                          or ""))) if shown
            else None,
            "button_always": tailwind_since(config, (0, 5))}


def _highlighted(site, page, menu: tuple[Link, ...], config) -> tuple[Link, ...]:
    """The menu with the entries of the page shown marked current, as blox-bootstrap's navbar.html
    marks them `active` (`highlight_active_link`, default true): on the home page an entry
    whose URL is `/` or empty; elsewhere one whose URL (longer than `/`) is part of the
    page's path. (Its script also marks a `#section` entry while that section is in view.)"""
    from .export import page_output

    path = urlsplit(config.base_url).path.rstrip("/") + page_url(page_output(site, page))
    home = Path(page.path).stem == "_index" and Path(page.path).parent == site.content_dir_of(
        page.path)

    def active(url: str) -> bool:
        url = url.strip()
        return url in ("/", "") if home else len(url) > 1 and url in path

    return tuple(Link(item.name, item.href, item.children, current=active(entry.url),
                      lang=item.lang)
                 for item, entry in zip(menu, site.menu(page.lang), strict=True))


def _licence(licence: dict) -> tuple[str, str] | None:
    """(URL, code such as "by-nc-sa") of the Creative Commons licence that
    `copyright.license` enables, as site_footer_license.html makes them (blox-tailwind
    v0.3.1, blox-bootstrap v5.9.7 and Wowchemy v5.5.0 alike), or None."""
    if not licence.get("enable"):
        return None
    code = "by" + ("" if licence.get("allow_commercial") else "-nc")
    # `share_alike | default true` is true even when false: derivatives are always -sa
    code += "-sa" if licence.get("allow_derivatives") else "-nd"
    return f"https://creativecommons.org/licenses/{code}/4.0", code


#: the colour themes of Wowchemy v5.0-v5.4 whose `light` is false (data/themes/*.toml)
DARK_THEMES = frozenset({"apogee", "dark", "mr_robot"})


def older_theming(params: dict) -> bool:
    """Whether the site themes itself as Wowchemy v5.0-v5.4 do: `params.theme` or
    `params.day_night`, and no v5.5 `appearance.theme_day` / `theme_night`."""
    appearance = _dig(params, "appearance")
    return not (appearance.get("theme_day") or appearance.get("theme_night")) and bool(
        params.get("theme") or "day_night" in params)


def bootstrap_scheme(params: dict) -> tuple[bool, str]:
    """(the dark-mode switch is shown, the scheme a visitor first sees) as blox-bootstrap
    and Wowchemy choose them (`functions/parse_theme.html`, `_default/baseof.html`,
    `wowchemy-theming.js`). Since Wowchemy v5.5: a visitor may switch only when both
    `appearance.theme_day` and `theme_night` are set, and then first sees the system's
    scheme; otherwise the page is light when `theme_day` is set and dark when it is not, so
    a site that sets no theme is dark. Wowchemy v5.0-v5.4 (read when the site sets
    `params.theme` or `params.day_night` and no `appearance` theme): switching when
    `day_night` is true, else the theme's own (`light = false` in the dark themes)."""
    appearance = _dig(params, "appearance")
    day, night = appearance.get("theme_day"), appearance.get("theme_night")
    navbar = _dig(params, "header", "navbar")
    if older_theming(params):
        shown = _flag(_dig(params, "main_menu"), ("show_day_night",), True)
        if params.get("day_night") is True:
            return shown, "system"
        name = re.sub(r"\s", "_", str(params.get("theme") or "minimal").lower())
        return False, "dark" if name in DARK_THEMES else "light"
    if day and night:
        return _flag(navbar, ("show_day_night",), True), "system"
    return False, "light" if day else "dark"


def _kit_frame(site, params: dict, title: str, home: str, menu, languages,
               columns: FooterColumns | None, lang: str, links: Links) -> Frame:
    """The 2026 kit's frame (`components/headers/navbar.html`, `site_footer.html`), from
    `params.hugoblox`: the brand `header.title`, else `identity.name`, else the site's
    title, with assets/media/logo.svg or .png before it; `copyright.notice` with `{year}` and
    `{name}`; the switches `header.theme_toggle` and `header.language_switcher`; the social
    links, and the minimal footer's menu and text (`components/footers/minimal.html`)."""
    kit = _dig(params, "hugoblox")
    header, identity = _dig(kit, "header"), _dig(kit, "identity")
    name = str(identity.get("name") or title)
    brand = str(header.get("title") or name) if header.get("show_title") is not False else ""
    media = Path(site.folder) / "assets" / "media"
    logo = next((media / f for f in ("logo.svg", "logo.png") if (media / f).is_file()), None)
    if header.get("show_logo") is False:
        logo = None
    notice = str(_dig(kit, "copyright").get("notice") or "")
    mode = str(_dig(kit, "theme").get("mode") or "system").lower()
    return Frame(
        title=title, brand=brand, logo=logo, home=home, menu=menu, languages=languages,
        copyright=notice.replace("{year}", str(year())).replace("{name}", name),
        day_night=_flag(header, ("theme_toggle",), True),
        mode=mode if mode in ("light", "dark") else "system",
        language_switch=_flag(header, ("language_switcher",), True),
        kit_credit=kit_credit(site.config.base_url), footer_columns=columns,
        social=_kit_social(site, kit, lang, links),
        footer_menu=() if columns else tuple(
            Link(e.name, links.href(e.url), new_tab=re.match(r"^http", e.url) is not None)
            for e in site.menu(lang, "footer")),
        footer_text="" if columns else str(_dig(kit, "footer").get("text") or ""))


def _kit_social(site, kit: dict, lang: str, links: Links) -> tuple[Social, ...]:
    """`identity.social.links` as `social_links.html` links them: a URL without a scheme
    through relLangURL (a path from `/` is the host's, without the base path; then to the
    export or the live site), an http or https one in a new tab, any other (`mailto:`) as it
    is; none when `footer.show_social` is `false` (Hugo's `default true` keeps a boolean)."""
    from .blocks.parts import title_case

    if _dig(kit, "footer").get("show_social") is False:
        return ()
    ctx = SimpleNamespace(page=SimpleNamespace(site=site), href=links.href)  # hugo_href's
    found = _dig(kit, "identity", "social").get("links")
    out = []
    for entry in found if isinstance(found, list) else ():
        if not isinstance(entry, dict):
            continue
        url, icon = str(entry.get("url") or ""), str(entry.get("icon") or "")
        scheme = urlsplit(url).scheme if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url) else ""
        href = url if scheme else hugo_href(ctx, rel_lang_url(site, lang, url))
        out.append(Social(icon, href, title_case(icon), new_tab=scheme.lower() in ("http",
                                                                                    "https")))
    return tuple(out)


def _kit_columns(site, params: dict, title: str, lang: str, links: Links
                 ) -> FooterColumns | None:
    """The kit's footer block, `footer.style` (else `block`, else the older `blox`) naming
    it: `columns` draws this, anything else the minimal footer. Its `show_logo`,
    `show_title` and `show_tagline` go through Hugo's `default true`, which keeps a boolean
    as it is: `false` hides the part, anything else shows it; its `title` (else
    `identity.name`, else the site's title) links home, the `identity.tagline` under it, and
    assets/media/logo.svg (else logo.png) above, `logo_height` px high."""
    kit = _dig(params, "hugoblox")
    footer = _dig(kit, "footer")
    style = footer.get("style") or footer.get("block") or footer.get("blox")
    if str(style or "") != "columns":
        return None
    name = str(_dig(kit, "identity").get("name") or title)
    media = Path(site.folder) / "assets" / "media"
    logo = next((media / f for f in ("logo.svg", "logo.png") if (media / f).is_file()), None)
    if footer.get("show_logo") is False:
        logo = None

    def link(entry) -> Link:
        return Link(entry.name, links.href(entry.url), tuple(map(link, entry.children)),
                    new_tab=re.match(r"^http", entry.url) is not None)

    height = footer.get("logo_height") or 36
    return FooterColumns(
        title=str(footer.get("title") or name), logo=logo,
        logo_height=str(height) if re.fullmatch(r"\d+(?:\.\d+)?", str(height)) else "36",
        tagline=str(_dig(kit, "identity").get("tagline") or ""),
        columns=tuple(link(e) for e in site.menu(lang, "footer")),
        show_title=footer.get("show_title") is not False,
        show_tagline=footer.get("show_tagline") is not False)


#: the credit's button words of a site without a template id (the kit's and blox-tailwind
#: v0.6+'s site_footer.html), and of one whose hugoblox.yaml names its template
CREDIT_BUTTONS = ("Start free →", "Build yours →", "Create yours →", "Build your site →",
                  "Create your site →")
TEMPLATE_CREDIT_BUTTONS = ("Duplicate this template →", "Clone this template →",
                           "Build yours →", "Create yours →", "Build your site →",
                           "Create your site →")


def kit_credit(base_url: str, brands: tuple[str, ...] = ("Hugo Blox", "Hugo Blox Kit",
                                                         "Hugo Blox — Open Source"),
               buttons: tuple[str, ...] = CREDIT_BUTTONS) -> tuple[str, str]:
    """The kit's credit words for a site (blox-tailwind v0.6+'s with its `brands` and
    `buttons`), as its `site_footer.html` picks them from the base URL: the digits of its
    MD5, the first six as a number (a leading 0 read as 1), that modulo each list's
    length."""
    import hashlib

    digits = re.sub(r"[^0-9]", "", hashlib.md5(base_url.encode()).hexdigest())
    digits = digits if len(digits) >= 6 else digits + "123456"
    first = digits[:6] if digits[0] != "0" else "1" + digits[1:6]
    n = int(first)
    return brands[n % len(brands)], buttons[n % len(buttons)]


def tailwind_credit(site) -> tuple[str, str, str] | None:
    """blox-tailwind v0.6.0 on: the footer's "Made with ..." credit and its button
    (`site_footer.html`, the kit's words but "Hugo Blox Builder", and the template's
    buttons when the site's hugoblox.yaml has a `template.id`); None before v0.6.0 (the
    "Published with ..." line) and for a sponsor (`params.i_am_a_sponsor`). The third
    item is the button's link (the theme's, without its tracking query)."""
    config = site.config
    if not tailwind_since(config, (0, 6)) or config.params().get("i_am_a_sponsor"):
        return None
    template, path = None, Path(site.folder) / "hugoblox.yaml"
    if path.is_file():  # PyYAML only for a site that has the file (the starters do)
        import yaml

        with contextlib.suppress(OSError, ValueError, AttributeError, yaml.YAMLError):
            template = yaml.safe_load(path.read_text("utf-8")).get("template", {}).get("id")
    brand, button = kit_credit(config.base_url, ("Hugo Blox", "Hugo Blox Builder",
                                                 "Hugo Blox — Open Source"),
                               TEMPLATE_CREDIT_BUTTONS if template else CREDIT_BUTTONS)
    start = f"templates/{template}/start" if isinstance(template, str) and template else "start"
    return brand, button, f"https://hugoblox.com/{quote(start)}"


def _brand(site, navbar: dict, title: str, look: str) -> tuple[Path | None, str]:
    """(logo file, text) of the navbar's brand. blox-tailwind: `logo.filename` in
    assets/media/ and `logo.text` (with neither, the link shows nothing but its title);
    blox-bootstrap: assets/media/logo.png or .svg, else the site's title, none with
    `show_logo: false`."""
    media = Path(site.folder) / "assets" / "media" if site is not None else None
    if look == "bootstrap":
        if navbar.get("show_logo") is False:
            return None, ""
        found = next((media / n for n in ("logo.png", "logo.svg")
                      if media is not None and (media / n).is_file()), None)
        return found, "" if found else title
    logo = _dig(navbar, "logo")
    found = None
    if logo.get("filename") and media is not None:
        candidate = media / str(logo["filename"])
        found = candidate if candidate.is_file() else None
    return found, str(logo.get("text") or "")


def _stub(path, lang: str, site) -> SimpleNamespace:
    """What `page_output` and `default_output` read of a page."""
    return SimpleNamespace(path=path, lang=lang, site=site)


def _home(site, lang: str) -> str:
    if site is None or lang == site.default_lang:
        return "/"
    return f"/{lang}/"


def _dig(data, *keys) -> dict:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


def _flag(data: dict, names: tuple[str, ...], default: bool) -> bool:
    for name in names:
        if isinstance(data.get(name), bool):
            return data[name]
    return default
