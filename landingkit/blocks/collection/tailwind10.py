"""The collection's `card` and `article-grid` views as blox-tailwind v0.6.0 to v0.10.0 draw
them (`layouts/_partials/views/card.html`; `article-grid.html` is the same card in
`article-grid--start.html`'s grid), read by a site whose go.mod names v0.6 or later.

It is the kit's 2025 card (kit.py, card.css) with these differences, its colours in
tailwind-0.6.css and tailwind-0.10.css beside this file:

- the collection block passes `design.fill_image`, `show_date`, `show_read_time` and
  `show_read_more` through `| default true`, which turns a `false` into true: every card
  shows its date, reading time and "Read more", and fills its image;
- the date is in `params.locale.date_format` (default "Jan 2, 2006"), an event's too;
- the tag pill is in the site's primary colours; a page without an image shows a
  blue-to-purple band;
- v0.10: the author is the page's first `authors` term (`index (.GetTerms "authors") 0`):
  where the site has that taxonomy, the term page's title (the person's page, else the term
  in title case) and the `*avatar*` image of its bundle, else a person icon; where it has
  none, the name as written beside a group icon; under a rule the facts, under another the
  "Read more" link in the primary colours;
- v0.6 to v0.9: the same term without the icons (an empty 24 px box where there is no
  avatar, nothing where there is no term), and the facts and a blue "Read more" at 70 %
  in one row under the rule (`flex-col gap-2 sm:flex-row sm:items-center
  justify-between`), the link at its start on phones and at the row's end from 640 px.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from ... import images
from ...config import tailwind_since
from ...people import author_page
from ..parts import title_case
from . import items, kit
from .views import _columns


def switches() -> dict[str, bool]:
    """`$block.design.<switch> | default true`: true whatever the page says."""
    return dict.fromkeys(("fill_image", "show_date", "show_read_time", "show_read_more"), True)


def date_layout(site, lang: str) -> str:
    """`site.Params.locale.date_format | default "Jan 2, 2006"`."""
    params = site.config.params(lang) if site is not None else {}
    locale = params.get("locale") if isinstance(params.get("locale"), dict) else {}
    found = locale.get("date_format")
    return str(found) if isinstance(found, str) and found else "Jan 2, 2006"


def has_taxonomy(site, plural: str) -> bool:
    """Whether the site's `taxonomies` name `plural` (Hugo's own are tags and categories;
    blox-tailwind adds none)."""
    configured = site.config.data.get("taxonomies") if site is not None else None
    if not isinstance(configured, dict):
        return plural in ("tags", "categories")
    return plural in (str(v) for v in configured.values())


def term_author(ctx, page) -> dict | None:
    """The card's author: the first of the page's `authors` terms."""
    raw = page.params.get("authors")
    if not isinstance(raw, list) or not raw or raw[0] in (None, ""):
        return None
    site = ctx.page.site
    if not has_taxonomy(site, "authors"):  # no term: the name as written, a group icon
        return {"name": str(raw[0]), "avatar": None, "icon": ctx.icon("hero/user-group"),
                "group": True}
    slug = kit.hugo_slug(raw[0])
    person = author_page(site, slug, ctx.page.lang) if site is not None else None
    if person is not None and person.origin not in ("page", "list"):
        person = None  # data/authors makes no term page
    capitalise = site is None or site.config.data.get("capitalizelisttitles", True) is not False
    if person is not None:
        own = person.params.get("linktitle") or person.params.get("linkTitle")
        name = str(own) if own else person.name
    else:
        name = title_case(str(raw[0])) if capitalise else str(raw[0])
    avatar = None
    if person is not None and person.avatar is not None:
        try:
            avatar = ctx.site_image_url(person.avatar, "avatar", stem=slug)
        except images.ImageProblem as exc:
            ctx.report(person.avatar, None, f"avatar: {exc}; the card shows an icon")
    return {"name": name, "avatar": avatar,
            "icon": ctx.icon("hero/user") if avatar is None else None, "group": False}


def older_author(ctx, page) -> dict | None:
    """The card's author before v0.10: the first `authors` term's title and avatar, an empty
    box without one; no term (a site without that taxonomy), an empty place."""
    found = term_author(ctx, page)
    if found is None:
        return None
    if found["group"]:
        return {"name": "", "avatar": None, "icon": None, "group": False}
    return {**found, "icon": None}


def _older(ctx) -> bool:
    """Whether the site builds with v0.6 to v0.9, whose cards keep the older facts row."""
    return not tailwind_since(getattr(ctx.page.site, "config", None), (0, 10))


def card(ctx, block, pages) -> Markup:
    older = _older(ctx)
    return kit.cards(ctx, "collection/views/kit/card.html", pages, switches(),
                     date_layout(ctx.page.site, ctx.page.lang),
                     older_author if older else term_author, events=False, row=older)


def article_grid(ctx, block, pages) -> Markup:
    older = _older(ctx)
    return kit.cards(ctx, "collection/views/kit/article-grid.html", pages, switches(),
                     date_layout(ctx.page.site, ctx.page.lang),
                     older_author if older else term_author, events=False,
                     columns=_columns(block), row=older)


# ------------------------------------------------------------------ page_links.html (v0.10)

#: data/link_types.yaml `types`: each link type's i18n id and icon
LINK_TYPES = {
    "pdf": ("btn_pdf", "hero/document-text"), "preprint": ("btn_preprint", "hero/document-text"),
    "doi": ("btn_doi", "hero/link"), "code": ("btn_code", "hero/code-bracket"),
    "dataset": ("btn_dataset", "hero/circle-stack"), "model": ("btn_model", "hero/link"),
    "slides": ("btn_slides", "hero/presentation-chart-bar"),
    "video": ("btn_video", "hero/video-camera"), "poster": ("btn_poster", "hero/photo"),
    "project": ("btn_project", "hero/link"), "site": ("btn_site", "hero/link"),
    "source": ("btn_source", "hero/document"), "bibtex": ("btn_cite", "hero/document-duplicate"),
    "canonical": ("btn_canonical", "hero/link"), "crosspost": ("btn_crosspost", "hero/link"),
    "discussion": ("btn_discussion", "hero/link"), "event": ("btn_event", "hero/calendar"),
    "calendar": ("btn_calendar", "hero/calendar"),
    "registration": ("btn_registration", "hero/link"), "demo": ("btn_demo", "hero/link")}
#: data/link_types.yaml `derived`: `hugoblox.ids` keys -> (type, i18n id, icon, URL template)
DERIVED = {
    "doi": ("doi", "btn_doi", "hero/link", "https://doi.org/{id}"),
    "arxiv": ("preprint", "btn_preprint", "hero/document-text", "https://arxiv.org/abs/{id}"),
    "openreview": ("preprint", "btn_preprint", "hero/document-text",
                   "https://openreview.net/forum?id={id}"),
    "acl_id": ("source", "btn_source", "hero/document", "https://aclanthology.org/{id}"),
    "hal": ("source", "btn_hal", "hero/document", "https://hal.science/{id}"),
    "dblp": ("source", "btn_dblp", "hero/document", "https://dblp.org/rec/{id}.html"),
    "isbn": ("source", "btn_isbn", "hero/document", "https://openlibrary.org/isbn/{id}"),
    "osf": ("source", "btn_osf", "hero/document", "https://osf.io/{id}"),
    "zenodo": ("source", "btn_zenodo", "hero/document", "https://zenodo.org/records/{id}"),
    "kaggle_dataset": ("dataset", "btn_kaggle", "hero/circle-stack",
                       "https://www.kaggle.com/datasets/{id}"),
    "kaggle_competition": ("site", "btn_kaggle", "hero/link",
                           "https://www.kaggle.com/competitions/{id}"),
    "openalex": ("source", "btn_openalex", "hero/document", "https://openalex.org/{id}"),
    "semanticscholar": ("source", "btn_semanticscholar", "hero/document",
                        "https://www.semanticscholar.org/paper/{id}"),
    "pwc": ("site", "btn_pwc", "hero/link", "https://paperswithcode.com/paper/{id}"),
    "huggingface_model": ("model", "btn_model", "hero/link", "https://huggingface.co/{id}"),
    "huggingface_dataset": ("dataset", "btn_dataset", "hero/circle-stack",
                            "https://huggingface.co/datasets/{id}"),
    "huggingface_space": ("demo", "btn_demo", "hero/link", "https://huggingface.co/spaces/{id}")}
#: i18n/en.yaml's words for the buttons (page_links.html's English fallbacks besides)
LABELS = {"btn_pdf": "PDF", "btn_preprint": "Preprint", "btn_doi": "DOI", "btn_code": "Code",
          "btn_dataset": "Dataset", "btn_model": "Model", "btn_slides": "Slides",
          "btn_video": "Video", "btn_poster": "Poster", "btn_project": "Project",
          "btn_site": "Site", "btn_source": "Source Document", "btn_canonical": "Canonical",
          "btn_crosspost": "Crosspost", "btn_discussion": "Discussion", "btn_event": "Event",
          "btn_calendar": "Calendar", "btn_registration": "Registration", "btn_demo": "Demo",
          "btn_cite": "Cite", "btn_hal": "HAL", "btn_dblp": "DBLP", "btn_isbn": "ISBN",
          "btn_osf": "OSF", "btn_zenodo": "Zenodo"}
#: `url_*` keys in Go's map order (sorted) and the type each stands for
LEGACY = (("url_code", "code"), ("url_dataset", "dataset"), ("url_pdf", "pdf"),
          ("url_poster", "poster"), ("url_preprint", "preprint"), ("url_project", "project"),
          ("url_slides", "slides"), ("url_source", "source"), ("url_video", "video"))
_ATTACHMENTS = ("url_preprint", "url_pdf", "url_slides", "url_video", "url_source", "url_code",
                "url_dataset", "url_poster", "url_project", "doi", "links", "projects",
                "slides")


def page_links(ctx, page) -> list[dict]:
    """The citation's buttons, as `page_links.html` (`is_list` 1) draws those of
    `functions/build_links.html`, when `functions/has_attachments.html` says the page has
    any: each of `links` (a `type`, a `url` or an `id`, a `label` or `name`, an `icon`,
    `contexts`), the pages of `projects` and `slides`, the bundle's `<name>.pdf` and
    `cite.bib`, the links of `hugoblox.ids`, then the deprecated `external_link`, `doi` and
    `url_*`; a type and URL once; each with its type's icon and word."""
    from ...render import safe_url

    params = page.params
    path = Path(page.path)
    bundle = path.parent if path.stem in ("index", "_index") else None
    site = ctx.page.site
    here = items.url_of(site, page) if site is not None else "/"
    pdf = bundle / f"{bundle.name}.pdf" if bundle is not None else None
    bib = bundle / "cite.bib" if bundle is not None else None
    has_pdf, has_bib = bool(pdf and pdf.is_file()), bool(bib and bib.is_file())
    if not (has_pdf or has_bib or any(params.get(key) for key in _ATTACHMENTS)):
        return []
    found: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, url: str, icon: str | None = None, key: str | None = None,
            label: str = "", contexts=("list", "page"), rel=()) -> None:
        if (kind, url) in seen:
            return
        seen.add((kind, url))
        known = LINK_TYPES.get(kind, (None, "hero/link"))
        key = key if key is not None else known[0]
        if "list" in contexts:
            found.append({"kind": kind, "url": url, "icon": icon or known[1],
                          "label": label or (LABELS.get(key, "Link") if key else "Link"),
                          "rel": list(rel)})

    for entry in params.get("links") if isinstance(params.get("links"), list) else []:
        if not isinstance(entry, dict):
            continue
        kind = str(entry.get("type") or "custom")
        url = str(entry.get("url") or "")
        if not url and entry.get("id"):
            provider = entry.get("provider")
            derived = ("doi" if kind == "doi" else provider
                       if kind == "preprint" and provider in ("arxiv", "openreview") else None)
            if derived:
                url = DERIVED[derived][3].replace("{id}", go_print(entry["id"]))
        contexts = entry.get("contexts")
        rel = entry.get("rel")
        add(kind, url, str(entry["icon"]) if entry.get("icon") else None,
            label=str(entry.get("label") or entry.get("name") or ""),
            contexts=contexts if isinstance(contexts, list) else ("list", "page"),
            rel=rel if isinstance(rel, list) else ())
    for kind, section in (("project", "project"), ("slides", "slides")):
        named = params.get("projects" if kind == "project" else "slides")
        for name in (named if isinstance(named, list) else [named]) if named else []:
            if kind == "project" or isinstance(name, str):
                target = _section_page(site, section, name)
                if target:
                    add(kind, target)
    if has_pdf:
        add("pdf", f"{here}{pdf.name}")
    if has_bib:
        add("bibtex", f"{here}cite.bib")
    ids = params.get("hugoblox", {}).get("ids") if isinstance(params.get("hugoblox"), dict) \
        else None
    for key in sorted(ids) if isinstance(ids, dict) else []:
        if key in DERIVED:
            kind, word, icon, template = DERIVED[key]
            add(kind, template.replace("{id}", go_print(ids[key])), icon, word)
    if params.get("external_link"):
        add("site", str(params["external_link"]))
    if params.get("doi"):
        add("doi", DERIVED["doi"][3].replace("{id}", go_print(params["doi"])),
            DERIVED["doi"][2], DERIVED["doi"][1])
    for key, kind in LEGACY:
        value = params.get(key)
        if value:
            url = str(value)
            local = bundle is not None and (bundle / url).is_file()
            add(kind, f"{here}{url}" if local else url if "://" in url or url.startswith("/")
                else f"/{url}")
    out = []
    for link in found:
        url = link["url"]
        scheme = url.partition(":")[0].lower() if ":" in url.split("/")[0] else ""
        web = scheme in ("http", "https")
        if not scheme:
            local = bundle is not None and url and (bundle / url).is_file()
            url = ctx.href(f"{here}{url}" if local else url if url.startswith("/")
                           else f"/{url}")
        out.append({"label": link["label"], "href": safe_url(url), "cite": link["kind"] ==
                    "bibtex", "icon": ctx.icon(link["icon"]) or ctx.icon("hero/link"),
                    "external": web, "rel": " ".join([*link["rel"], *(["noopener"] if web
                                                                      else [])])})
    return out


def go_print(value) -> str:
    """`printf "%v"` of a scalar."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _section_page(site, section: str, name) -> str:
    """`(site.GetPage "<section>/<name>").RelPermalink`, '' when there is no such page."""
    if site is None or name in (None, ""):
        return ""
    folder = Path(site.folder) / "content" / section
    slug = str(name)
    if (folder / slug / "index.md").is_file() or (folder / f"{slug}.md").is_file() or \
            (folder / slug / "_index.md").is_file():
        return f"/{section}/{slug}/"
    return ""
