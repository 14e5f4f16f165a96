"""What a collection's views show of a page, worked out as the theme's templates do.

blox-tailwind v0.3.1 (`layouts/partials/views/*.html`): the title linked to the page's
`RelPermalink` (or its `external_link`), the date through `site.Params.locale.date_format`
(default `:date_long`, CLDR's long date in the page's language), the summary (front matter
`summary`, else Hugo's `.Summary`), the featured image (`functions/get_featured_image.html`)
and, for citations, the authors (the page's `authors` terms, named by their pages).

blox-bootstrap v5.9.7 and Wowchemy v5.5.0 show more of a page: its type, its categories,
`abstract`, the summary as HTML, the reading time of a post and the link buttons of
`page_links.html` (`links`).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...collection import urlize
from ...errors import LandingkitError
from ...people import display_name

#: Hugo's `summaryLength`: the words an automatic summary holds at least
SUMMARY_WORDS = 70
_IMAGE = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg")
_MORE = re.compile(r"<!--\s*more\s*-->")


@dataclass
class Author:
    name: str
    href: str
    highlight: bool = False


@dataclass
class Link:
    """A button of the theme's `page_links.html`."""

    label: str
    href: str
    external: bool  # opens in a new tab (target=_blank)
    icon: str = ""  # `links[].icon`: a Font Awesome name with its pack (`fas/folder`)


@dataclass
class Item:
    """One page as a view draws it."""

    title: str
    href: str
    external: bool  # `external_link`: opens in a new tab
    date: dt.date | None
    iso: str  # the `datetime` attribute: 2006-01-02
    date_text: str
    year: str
    summary: str  # plain text (plainified)
    summary_html: Markup  # what date-title-summary shows (Markdown of the front matter)
    image: str | None = None  # URL of the processed featured image
    authors: list[Author] = field(default_factory=list)
    publication: Markup = field(default_factory=Markup)
    tag: Author | None = None  # the first of the page's tags (article-grid shows it)
    type: str = ""  # Hugo's `.Type`: front matter `type`, else the top section
    lastmod: dt.date | None = None  # front matter `lastmod` when it differs from `date`
    own_summary: Markup = field(default_factory=Markup)  # `summary | markdownify`
    abstract: Markup = field(default_factory=Markup)  # `abstract | markdownify`
    categories: list[Author] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)  # page_links.html's buttons
    path: Path | None = None  # the page's file: what the content's figures are read from
    buttons: list[dict] = field(default_factory=list)  # blox-tailwind v0.10's page_links

    @functools.cached_property
    def content_summary(self) -> Markup:
        """Hugo's `.Summary` (HTML), worked out when a view asks for it."""
        return Markup(auto_summary_html(self.path)) if self.path is not None else Markup("")

    @functools.cached_property
    def reading_minutes(self) -> int:
        """Hugo's `.ReadingTime` of a post (the theme shows no other's)."""
        return reading_time(self.path) if self.type == "post" and self.path else 0


def item(ctx, page) -> Item:
    """`page` (a `Person` card of any section) as the views show it."""
    site = ctx.page.site
    params = page.params
    from ...render import safe_url

    external = safe_url(str(params.get("external_link") or ""))  # javascript: is no link
    when = as_date(page.date)
    summary, summary_html = _summary(ctx, page)
    publication = params.get("publication_short") or params.get("publication")
    own, abstract = params.get("summary"), params.get("abstract")
    lastmod = as_date(params.get("lastmod"))
    kind = page_type(page)
    return Item(
        title=page.name,
        href=external or ctx.href(url_of(site, page)),
        external=bool(external),
        date=when,
        iso=when.strftime("%Y-%m-%d") if when else "",
        date_text=format_date(when, date_format(site, page.lang), page.lang) if when else "",
        year=f"{when.year:04d}" if when else "",
        summary=summary,
        summary_html=summary_html,
        image=_featured(ctx, page),
        authors=_authors(ctx, page),
        publication=ctx.inline_html(str(publication)) if publication else Markup(""),
        tag=_first_tag(ctx, page),
        type=kind,
        lastmod=lastmod if lastmod is not None and lastmod != when else None,
        own_summary=ctx.inline_html(own) if _given(own) else Markup(""),
        abstract=ctx.inline_html(abstract) if _given(abstract) else Markup(""),
        categories=_terms(ctx, page, "categories"),
        links=page_links(ctx, page),
        path=Path(page.path),
    )


def _given(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def page_type(page) -> str:
    """Hugo's `.Type`: front matter `type`, else the page's top section."""
    own = page.params.get("type")
    return str(own) if isinstance(own, str) and own.strip() else (page.section or "page")


def url_of(site, page) -> str:
    """The page's URL path as Hugo makes it (the bundle's folder, `/<lang>/` before it)."""
    from ...export import page_output
    from ...frame import _stub, page_url

    return page_url(page_output(site, _stub(page.path, page.lang, site)))


# ------------------------------------------------------------------ dates


def as_date(value: Any) -> dt.date | None:
    """A front matter date as a date (None when missing or unreadable)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def date_format(site, lang: str) -> str:
    params = site.config.params(lang) if site is not None else {}
    locale = params.get("locale") if isinstance(params.get("locale"), dict) else {}
    found = locale.get("date_format")
    return str(found) if isinstance(found, str) and found.strip() else ":date_long"


#: Go's layout words and what they stand for (`time.Format`), longest first
_GO = {"January": "MMMM", "Jan": "MMM", "Monday": "EEEE", "Mon": "EEE", "2006": "yyyy",
       "06": "yy", "01": "MM", "02": "dd", "_2": "d", "1": "M", "2": "d", "15": "HH",
       "03": "hh", "3": "h", "04": "mm", "05": "ss", "PM": "a", "pm": "a"}
_GO_WORD = re.compile("|".join(sorted(map(re.escape, _GO), key=len, reverse=True)))


def format_date(when: dt.date, layout: str, lang: str) -> str:
    """`time.Format layout when` in `lang`: Hugo's `:date_full|long|medium|short` are CLDR's
    date formats (Babel has the same data), any other layout is Go's reference date."""
    from babel.dates import format_date as babel_date
    from babel.dates import format_datetime

    locale = _locale(lang)
    if layout.startswith(":date_"):
        width = layout.removeprefix(":date_")
        if width in ("full", "long", "medium", "short"):
            return babel_date(when, width, locale=locale)
        layout = "January 2, 2006"
    pattern, last = [], 0
    for match in _GO_WORD.finditer(layout):
        literal = layout[last:match.start()]
        if literal:
            pattern.append("'" + literal.replace("'", "''") + "'")
        pattern.append(_GO[match.group()])
        last = match.end()
    if layout[last:]:
        pattern.append("'" + layout[last:].replace("'", "''") + "'")
    moment = when if isinstance(when, dt.datetime) else dt.datetime(when.year, when.month,
                                                                     when.day)
    return format_datetime(moment, "".join(pattern), locale=locale)


@functools.cache
def _locale(lang: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


# ------------------------------------------------------------------ summary


def _summary(ctx, page) -> tuple[str, Markup]:
    """(plain summary of article-grid and card, HTML of date-title-summary): front matter
    `summary` (date-title-summary also `description`), else Hugo's automatic summary."""
    from .htmltext import plainify

    params = page.params
    own = params.get("summary")
    if isinstance(own, str) and own.strip():
        shown = ctx.inline_html(own)
        return plainify(str(shown)), shown
    auto = auto_summary(page.path)
    described = params.get("description")
    if isinstance(described, str) and described.strip():
        return auto, ctx.inline_html(described)
    return auto, Markup.escape(auto)


def body(path: Path) -> str:
    """The Markdown after the front matter."""
    from ... import source

    try:
        return source.read(path).body
    except LandingkitError:
        return ""  # check reports the file


def auto_summary(path: Path) -> str:
    """Hugo's `.Summary | plainify` of a page without `summary`."""
    from .htmltext import plainify

    return plainify(auto_summary_html(path))


@functools.lru_cache(maxsize=1024)
def _rendered(path: Path, mtime: int) -> tuple[str, str]:
    """(the Markdown body, its HTML) of the page at `path` as it was at `mtime`."""
    from ... import markdown

    text = body(path)
    return text, markdown.render(text, trim=False) if text.strip() else ""


def _body_html(path: Path) -> tuple[str, str]:
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        return "", ""
    return _rendered(Path(path), mtime)


def auto_summary_html(path: Path) -> str:
    """Hugo's `.Summary` of a page without `summary`: what comes before `<!--more-->`, else
    the rendered content up to the end of the block in which it reaches `summaryLength`
    words."""
    from ... import markdown
    from .htmltext import first_blocks

    text, rendered = _body_html(path)
    if not rendered:
        return ""
    manual = _MORE.search(text)
    if manual:
        return markdown.render(text[:manual.start()], trim=False).strip()
    return first_blocks(rendered, SUMMARY_WORDS).strip()


def reading_time(path: Path) -> int:
    """Hugo's `.ReadingTime`: the content's words at 213 a minute, rounded up."""
    from .htmltext import plainify

    words = len(plainify(_body_html(path)[1]).split())
    return (words + 212) // 213


def truncate(text: str, length: int, ellipsis: str = " …") -> str:
    """Hugo's `truncate length text`: past `length` characters of text (tags do not count)
    the text ends after its last whole word, then `ellipsis` and the tags left open closed
    (tpl/strings/truncate.go, written out)."""
    tags = {m.start(): m for m in _TAG.finditer(text)}
    open_tags: list[str] = []
    seen = last_word = last_char = index = 0
    while index < len(text):
        tag = tags.get(index)
        if tag is not None:
            name = tag.group(2).lower()
            if tag.group(1):
                if name in open_tags:
                    del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name)]
            elif not tag.group(3):
                open_tags.append(name)
            index = tag.end()
            continue
        ch = text[index]
        if ch.isspace():
            last_word = last_char
        elif _cjk(ch):
            last_word = index
        else:
            last_char = index + 1
        if seen == length:
            end = last_word or index
            return text[:end] + ellipsis + "".join(f"</{t}>" for t in reversed(open_tags))
        seen += 1
        index += 1
    return text


_TAG = re.compile(r"(?s)<(/)?([^ >]+?)(?:(\s*/)| .*?)?>")
#: the scripts whose every character is a word of its own (Hangul, kana, CJK ideographs)
_CJK = ((0x1100, 0x11FF), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF))


def _cjk(ch: str) -> bool:
    return any(low <= ord(ch) <= high for low, high in _CJK)


# ------------------------------------------------------------------ featured image


def featured_file(page, media: Path | None) -> Path | None:
    """The theme's `get_featured_image`: the bundle's image named `*featured*`, else
    `image.filename` in the bundle, else in `assets/media/`."""
    bundle = Path(page.path).parent if Path(page.path).name.split(".")[0] in (
        "index", "_index") else None
    names = sorted(os.listdir(bundle)) if bundle is not None and bundle.is_dir() else []
    images = [n for n in names if n.lower().endswith(_IMAGE)]
    for name in images:
        if fnmatch.fnmatch(name.lower(), "*featured*"):
            return bundle / name
    image = page.params.get("image")
    filename = image.get("filename") if isinstance(image, dict) else None
    if isinstance(filename, str) and filename.strip():
        for name in images:
            if fnmatch.fnmatch(name.lower(), filename.strip().lower()):
                return bundle / name
        if media is not None and (media / filename.strip()).is_file():
            return media / filename.strip()
    return None


def _featured(ctx, page) -> str | None:
    from ... import images

    site = ctx.page.site
    media = Path(site.folder) / "assets" / "media" if site is not None else None
    found = featured_file(page, media)
    if found is None:
        return None
    try:
        return ctx.site_image_url(found, "content")
    except images.ImageProblem as exc:
        ctx.report(page.path, None, f"featured image: {exc}; the card shows no image")
        return None


# ------------------------------------------------------------------ terms


def _lang_path(site, lang: str) -> str:
    return "" if site is None or lang == site.default_lang else f"/{lang}"


def _first_tag(ctx, page) -> Author | None:
    """`first 1 (.GetTerms "tags")`: the first tag, linked to its term page."""
    raw = page.params.get("tags")
    tags = [t for t in (raw if isinstance(raw, list) else [raw]) if t is not None
            and str(t).strip()]
    if not tags:
        return None
    site = ctx.page.site
    return Author(str(tags[0]), ctx.href(f"{_lang_path(site, page.lang)}/tags/"
                                         f"{urlize(tags[0])}/"))



def _authors(ctx, page) -> list[Author]:
    """The page's `authors` terms as `page_metadata_authors.html` lists them: each named by
    its page under `authors/` (the term as written when it has none), linked to the term."""
    raw = page.params.get("authors")
    terms = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    site = ctx.page.site
    people = {p.slug: p for p in site.authors(page.lang)} if site is not None and terms else {}
    lang_path = _lang_path(site, page.lang)
    out = []
    for term in terms:
        if term is None or not str(term).strip():
            continue
        slug = urlize(term)
        person = people.get(slug)
        out.append(Author(display_name(site, person, str(term)) if person is not None
                          else str(term),
                          ctx.href(f"{lang_path}/authors/{slug}/"),
                          person is not None and person.params.get("highlight_name") is True))
    return out


def _terms(ctx, page, taxonomy: str) -> list[Author]:
    """The page's terms of `taxonomy`, each linked to its term page."""
    raw = page.params.get(taxonomy)
    terms = [t for t in (raw if isinstance(raw, list) else [raw]) if t is not None
             and str(t).strip()]
    lang_path = _lang_path(ctx.page.site, page.lang)
    return [Author(str(t), ctx.href(f"{lang_path}/{taxonomy}/{urlize(t)}/")) for t in terms]


# ------------------------------------------------------------------ page_links.html

#: the buttons of `page_links.html` in its order: the front matter key, the i18n id
BUTTONS = (("url_preprint", "btn_preprint"), ("url_pdf", "btn_pdf"), ("cite", "btn_cite"),
           ("url_code", "btn_code"), ("url_dataset", "btn_dataset"),
           ("url_project", "btn_project"), ("url_poster", "btn_poster"),
           ("url_slides", "btn_slides"), ("url_video", "btn_video"),
           ("url_source", "btn_source"))
#: blox-bootstrap's i18n/<lang>.yaml for the words its views print (the languages landingkit
#: names its other words in; English for the rest)
WORDS = {
    "en": {"last_updated": "Last updated on", "minute_read": "min read",
           "btn_preprint": "Preprint", "btn_pdf": "PDF", "btn_cite": "Cite", "btn_code": "Code",
           "btn_dataset": "Dataset", "btn_project": "Project", "btn_poster": "Poster",
           "btn_slides": "Slides", "btn_video": "Video", "btn_source": "Source Document"},
    "zh": {"last_updated": "最近更新于", "minute_read": "分钟阅读时长", "btn_preprint": "预印本",
           "btn_pdf": "PDF", "btn_cite": "引用", "btn_code": "代码", "btn_dataset": "数据集",
           "btn_project": "项目", "btn_poster": "海报", "btn_slides": "演示文稿",
           "btn_video": "视频", "btn_source": "源文档"},
    "de": {"last_updated": "Zuletzt aktualisiert am", "minute_read": "min Lesezeit",
           "btn_preprint": "Vorabdruck", "btn_pdf": "PDF", "btn_cite": "Zitieren",
           "btn_code": "Code", "btn_dataset": "Datensatz", "btn_project": "Projekt",
           "btn_poster": "Poster", "btn_slides": "Folien", "btn_video": "Video",
           "btn_source": "Quelldokument"},
    "fr": {"last_updated": "Dernière mise à jour le", "minute_read": "min. de lecture",
           "btn_preprint": "Pré-impression", "btn_pdf": "PDF", "btn_cite": "Citation",
           "btn_code": "Code", "btn_dataset": "Jeu de données", "btn_project": "Projet",
           "btn_poster": "Poster", "btn_slides": "Diapositives", "btn_video": "Vidéo",
           "btn_source": "Document source"},
    "es": {"last_updated": "Última actualización el", "minute_read": "min de lectura",
           "btn_preprint": "Prepublicación", "btn_pdf": "PDF", "btn_cite": "Citar",
           "btn_code": "Código fuente", "btn_dataset": "Datos", "btn_project": "Proyecto",
           "btn_poster": "Poster", "btn_slides": "Diapositivas", "btn_video": "Vídeo",
           "btn_source": "Documento fuente"},
    "ja": {"last_updated": "最終更新", "minute_read": "分で読める", "btn_preprint": "プレプリント",
           "btn_pdf": "PDF", "btn_cite": "引用", "btn_code": "ソースコード",
           "btn_dataset": "データセット", "btn_project": "プロジェクト", "btn_poster": "ポスター",
           "btn_slides": "スライド", "btn_video": "動画", "btn_source": "ソース"},
}


def words(lang: str) -> dict[str, str]:
    """The theme's words in `lang` (its base language's, else English)."""
    return in_language(WORDS, lang)


def in_language(table: dict, lang: str):
    """`table`'s entry for `lang`, else for its base language (`zh` of `zh-hant`), else the
    English one."""
    lang = lang.lower()
    return table.get(lang) or table.get(lang.split("-")[0]) or table["en"]


def page_links(ctx, page) -> list[Link]:
    """The theme's link buttons: `url_*` (a file of the bundle, else the URL), the bundle's
    `<name>.pdf` and `cite.bib`, `doi`, then each of `links` (`name`, `url`, `icon`)."""
    from ...render import safe_url

    params = page.params
    bundle = Path(page.path).parent if Path(page.path).stem in ("index", "_index") else None
    here = url_of(ctx.page.site, page) if ctx.page.site is not None else "/"

    def resolve(url: str) -> str:
        if bundle is not None and "/" not in url and (bundle / url).is_file():
            return ctx.href(here + url)
        return ctx.href(url)

    out, said = [], words(page.lang)
    for key, word in BUTTONS:
        label = said[word]
        if key == "url_pdf" and bundle is not None and (bundle / f"{bundle.name}.pdf").is_file():
            out.append(Link(label, ctx.href(f"{here}{bundle.name}.pdf"), True))
            continue
        if key == "cite":
            if bundle is not None and (bundle / "cite.bib").is_file():
                out.append(Link(label, "#", False))
            continue
        value = params.get(key)
        url = safe_url(str(value)) if isinstance(value, str) else ""
        if url:
            out.append(Link(label, url if key == "url_project" else resolve(url), True))
    doi = params.get("doi")
    if isinstance(doi, str) and doi.strip():
        out.append(Link("DOI", f"https://doi.org/{doi.strip()}", True))
    extra = params.get("links")
    for entry in extra if isinstance(extra, list) else []:
        if not isinstance(entry, dict):
            continue
        raw = str(entry.get("url") or "")
        url = safe_url(raw)
        scheme = raw.partition(":")[0].lower() if ":" in raw.split("/")[0] else ""
        icon = str(entry.get("icon") or "")
        pack = str(entry.get("icon_pack") or "fas")
        out.append(Link(str(entry.get("name") or ""), url if scheme else resolve(url) if url
                        else "", scheme in ("http", "https"), f"{pack}/{icon}" if icon else ""))
    return out
