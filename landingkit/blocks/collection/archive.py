"""The "See all" link under a collection of blox-bootstrap v5.9.7 (`blocks/collection.html`)
and Wowchemy v5.5.0 (`widgets/pages.html`, `widgets/featured.html`): shown when
`content.archive.enable` (when it is unset, through Hugo's `default`: when the filters keep
more pages than the block shows), to `archive.link`, else to the archive page the
filters name last: the section of `page_type`, then of the first folder, then the term page of
the tag, category, publication type, author. Its words are the archive page's type's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...collection import terms, urlize
from ...config import wowchemy_before
from ...model import get_in

#: the theme's i18n/<lang>.yaml (v5.5.0 and v5.9.7 say the same): more_posts, more_talks,
#: more_publications, more_pages
WORDS = {
    "en": ("See all posts", "See all events", "See all publications", "See all"),
    "zh": ("查看全部文章", "查看全部演讲", "查看全部出版物", "查看全部"),
    "de": ("Weitere Blogbeiträge", "Weitere Vorträge", "Weitere Publikationen",
           "Alle anzeigen"),
    "fr": ("Plus de posts", "Plus de présentations", "Plus de publications", "Voir tout"),
    "es": ("Más posts", "Más eventos", "Más publicaciones", "Ver todo"),
    "ja": ("投稿一覧", "登壇一覧", "発表文献一覧", "See all"),
}
_TYPES = ("post", "event", "publication")


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


def term(site, taxonomy: str, value: Any, lang: str) -> Archive | None:
    """`site.GetPage "<taxonomy>/<value>"`: the term's page (at its urlized path), when a
    page of `lang` has the term (or, for an author, has a profile)."""
    if site is None or value in (None, ""):
        return None
    name = urlize(value)
    if any(name in terms(p, taxonomy, site.cache.terms) for p in site.regular_pages(lang)):
        return Archive(f"/{taxonomy}/{name}/", taxonomy)
    if taxonomy == "authors" and any(f.lang == lang and f.rel == f"authors/{name}/_index.md"
                                     for f in site.files()):
        return Archive(f"/{taxonomy}/{name}/", taxonomy)
    return None


def archive_page(site, content: dict, lang: str, old: bool = False) -> Archive | None:
    """pages.html's `$archive_page`: the last of the filters that names one; `old`: the
    pages widget before v5.5, whose archive is the section of `page_type | default "post"`
    and which reads no `folders`."""
    filters = content.get("filters")
    filters = filters if isinstance(filters, dict) else {}
    page_type = content.get("page_type") or ("post" if old else None)
    found = section(site, page_type, lang) if page_type else None
    folders = filters.get("folders")
    if isinstance(folders, list) and folders and not old:
        found = section(site, folders[0], lang)
    for key, taxonomy in (("tag", "tags"), ("category", "categories"),
                          ("publication_type", "publication_types"), ("author", "authors")):
        if filters.get(key):
            found = term(site, taxonomy, filters[key], lang)
    return found


def is_set(value: Any) -> bool:
    """Whether Hugo's `default` keeps `value`: a boolean always (false too), else anything
    but nil, zero and empty."""
    if isinstance(value, bool):
        return True
    return value not in (None, "", 0, 0.0) and value != [] and value != {}


def see_all(ctx, content: dict, page: Archive | None, more: bool,
            version: tuple[int, int] | None = None) -> dict | None:
    """The link's href and words, or None when the theme draws none. `more`: the filters
    keep more pages than the block shows; `version`: Academic v4.8 reads no `archive` and
    says "See all talks" of its `talk` section."""
    from ...markdown import emojify
    from ..layout import link

    if wowchemy_before(version, (5, 0)):
        content = {k: v for k, v in content.items() if k != "archive"}
    wanted = get_in(content, ("archive", "enable"))
    if not (wanted if is_set(wanted) else more) or page is None:
        return None
    target = get_in(content, ("archive", "link"))
    lang = ctx.page.lang
    site = ctx.page.site
    if target not in (None, "", False):
        href = link(ctx, str(target))[0]
    else:
        prefix = "" if site is None or lang == site.default_lang else f"/{lang}"
        href = ctx.href(prefix + page.path)
    words = WORDS.get(lang.lower()) or WORDS.get(lang.lower().split("-")[0]) or WORDS["en"]
    types = ("post", "talk", "publication") if wowchemy_before(version, (5, 0)) \
        else _TYPES
    said = words[types.index(page.type)] if page.type in types else words[3]
    if types[1] == "talk" and page.type == "talk" and lang.lower().startswith("en"):
        said = "See all talks"  # v4.8's i18n/en.yaml more_talks
    text = get_in(content, ("archive", "text"))
    text = str(text) if text not in (None, "", False) else said
    return {"href": href, "text": emojify(text), "icon": ctx.icon("fas/angle-right")}

