"""The "See all" link under a collection: blox-bootstrap v5.9.7 (`blocks/collection.html`),
Wowchemy v5.5.0 (`widgets/pages.html`, `widgets/featured.html`), Academic v4.8, blox-tailwind
v0.3.1 to v0.10.0 (`blox/collection.html`, from v0.6 `blox/collection/block.html`, the same
link) and the 2026 kit (HugoBlox/kit f107371d `blox/content-collection/block.html`): shown
when `content.archive.enable` (when it is unset, through Hugo's `default`: when the filters
keep more pages than the block shows) and there is an archive page, to `archive.link`
through relLangURL, else to the archive page the filters name last: the section of
`page_type`, then of the first folder, then (blox-tailwind from v0.9, the kit) the term page
of the first of `tags`, then of the tag, category, publication type, author. Its words are
those of the archive page's type, which each look names otherwise (`TYPES`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...collection import terms, urlize
from ...config import wowchemy_before

#: the themes' i18n/<lang>.yaml: more_posts, more_talks, more_publications, more_pages
#: (blox-bootstrap v5.9.7, blox-tailwind v0.3.1 to v0.10.0 and the kit say the same; Wowchemy
#: v5.5.0 and before says "See all" for Japanese more_pages, `WOWCHEMY_JA_PAGES`)
WORDS = {
    "en": ("See all posts", "See all events", "See all publications", "See all"),
    "zh": ("查看全部文章", "查看全部演讲", "查看全部出版物", "查看全部"),
    "de": ("Weitere Blogbeiträge", "Weitere Vorträge", "Weitere Publikationen",
           "Alle anzeigen"),
    "fr": ("Plus de posts", "Plus de présentations", "Plus de publications", "Voir tout"),
    "es": ("Más posts", "Más eventos", "Más publicaciones", "Ver todo"),
    "ja": ("投稿一覧", "登壇一覧", "発表文献一覧", "すべて表示"),
}
WOWCHEMY_JA_PAGES = "See all"
#: the archive page's `.Type` whose words (more_posts, more_talks, more_publications) each
#: look's collection says, any other type more_pages: blox-bootstrap and Wowchemy v5; Academic
#: v4.8 (more_talks "See all talks"); blox-tailwind, whose posts are a `blog`; the kit's
TYPES = {"bootstrap": ("post", "event", "publication"),
         "academic": ("post", "talk", "publication"),
         "tailwind": ("blog", "event", "publication"),
         "kit": ("blog", "events", "publications")}


@dataclass
class Archive:
    """The page the theme links to as the collection's archive: its URL path and `.Type`."""

    path: str
    type: str


def section(site, name: Any, lang: str) -> Archive | None:
    """`site.GetPage "Section" name`: the top-level folder's list page, when the folder has
    pages in `lang` (Hugo makes a section of any such folder)."""
    if not isinstance(name, str) or not name.strip() or site is None:
        return None
    name = name.strip()
    pages = site.regular_pages(lang, [name])
    if not pages:
        return None
    own = next((p for p in pages if p.is_list_page and Path(p.path).parent.name == name),
               None)  # content/<name>/_index.md: its `type` is the section's
    kind = own.params.get("type") if own is not None else None
    return Archive(f"/{name}/", str(kind) if isinstance(kind, str) and kind else name)


def term(site, taxonomy: str, value: Any, lang: str, pages=()) -> Archive | None:
    """`site.GetPage "<taxonomy>/<value>"`: the term's page (at its urlized path), when a
    page of `lang` has the term (or, for an author, has a profile); `pages`, some of the
    site's, are looked at first (the block's own have the term its filter names)."""
    if site is None or value in (None, ""):
        return None
    name = urlize(value)

    def among(group) -> bool:
        return any(name in terms(p, taxonomy, site.cache.terms) for p in group)

    if among(pages) or among(site.regular_pages(lang)):
        return Archive(f"/{taxonomy}/{name}/", taxonomy)
    if taxonomy == "authors" and any(f.lang == lang and f.rel == f"authors/{name}/_index.md"
                                     for f in site.files()):
        return Archive(f"/{taxonomy}/{name}/", taxonomy)
    return None


def archive_page(site, content: dict, lang: str, old: bool = False, kit: bool = False,
                 pages=(), tags: list | None = None) -> Archive | None:
    """pages.html's `$archive_page`: the last of the filters that names one; `old`: the
    pages widget before v5.5, whose archive is the section of `page_type | default "post"`
    and which reads no `folders`; `kit`: the kit's content-collection, which reads a string
    (trimmed) of each, a folder's too, and keeps the page before when a term has none
    (`with site.GetPage`); `pages`: those the block shows; `tags`: `filters.tags` when the
    template reads it and a page has one of them (blox-tailwind from v0.9 and the kit), whose
    first names the term page, or none when it has no page (no `with` there)."""
    filters = content.get("filters")
    filters = filters if isinstance(filters, dict) else {}
    page_type = content.get("page_type") or ("post" if old else None)
    found = section(site, page_type, lang) if page_type else None
    folders = filters.get("folders")
    if kit and isinstance(folders, str):
        folders = [folders] if folders.strip() else []
    if isinstance(folders, list) and folders and not old:
        found = section(site, str(folders[0]) if kit else folders[0], lang)
    if tags:
        found = term(site, "tags", tags[0], lang, pages)
    for key, taxonomy in (("tag", "tags"), ("category", "categories"),
                          ("publication_type", "publication_types"), ("author", "authors")):
        value = filters.get(key)
        if kit and not (isinstance(value, str) and value.strip()):
            continue
        if value:
            page = term(site, taxonomy, value.strip() if kit else value, lang, pages)
            found = page if page is not None or not kit else found
    return found


def is_set(value: Any) -> bool:
    """Whether Hugo's `default` keeps `value`: a boolean always (false too), else anything
    but nil, zero and empty."""
    if isinstance(value, bool):
        return True
    return value not in (None, "", 0, 0.0) and value != [] and value != {}


def see_all(ctx, content: dict, find: Callable[[], Archive | None], more: bool,
            version: tuple[int, int] | None = None, look: str = "bootstrap") -> dict | None:
    """The link's href and words, or None when the theme draws none. `find`: the archive
    page, looked for only when the link is wanted (it reads the site's pages); `more`: the filters
    keep more pages than the block shows; `version`: Academic v4.8 reads no `archive` and
    says "See all talks" of its `talk` section; `look`: "tailwind" (blox-tailwind) and "kit"
    name the types otherwise (`TYPES`), and the kit reads the keys with `coerce_bool` and as
    trimmed strings, and sends its archive page's address through relLangURL too."""
    from ...frame import hugo_href, lang_prefix, rel_lang_url
    from ...markdown import emojify

    if wowchemy_before(version, (5, 0)):
        content = {k: v for k, v in content.items() if k != "archive"}
    archive = content.get("archive") if isinstance(content.get("archive"), dict) else {}
    if look == "kit":  # `isset`, then coerce_bool of the value (null: false)
        from ..kitparts import coerce_bool

        wanted = coerce_bool(archive["enable"], False) if "enable" in archive else more
        target = archive.get("link").strip() if isinstance(archive.get("link"), str) else ""
        text = archive.get("text").strip() if isinstance(archive.get("text"), str) else ""
    else:
        wanted = archive.get("enable")
        wanted = wanted if is_set(wanted) else more
        target = archive.get("link")
        target = str(target) if target not in (None, "", False) else ""
        text = archive.get("text")
        text = str(text) if text not in (None, "", False) else ""
    page = find() if wanted else None
    if page is None:
        return None
    lang = ctx.page.lang
    site = ctx.page.site
    if target and not (look == "kit" and target.startswith("#")):
        written = rel_lang_url(site, lang, target)
    else:  # the archive page's RelPermalink (the kit's through relLangURL as well)
        prefix = lang_prefix(site, lang)
        base_path = site.config.base_path if site is not None else "/"
        written = target or base_path + (prefix + "/" if prefix else "") + page.path.lstrip("/")
        if look == "kit" and not target:
            written = rel_lang_url(site, lang, written)
    words = WORDS.get(lang.lower()) or WORDS.get(lang.lower().split("-")[0]) or WORDS["en"]
    old = wowchemy_before(version, (5, 0))
    types = TYPES["academic" if old else look]
    said = words[types.index(page.type)] if page.type in types else words[3]
    if old and page.type == "talk" and lang.lower().startswith("en"):
        said = "See all talks"  # v4.8's i18n/en.yaml more_talks
    if (said == words[3] and words is WORDS["ja"] and site is not None
            and site.config.theme == "wowchemy"):
        said = WOWCHEMY_JA_PAGES
    return {"href": hugo_href(ctx, written), "text": emojify(text or said),
            "icon": ctx.icon("fas/angle-right") if look == "bootstrap" else None}
