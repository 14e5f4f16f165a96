"""People from every place a Hugo Blox site keeps them, as `Person` cards.

- `content/authors/<slug>/index.md` (a regular page) and `_index.md` (the authors section's
  term page, which the theme's `people` block reads and a collection never selects);
- `data/authors/<slug>.yaml` (the 2026 kit; also `.yml`, `.toml`, `.json`), with
  `data/<lang>/authors/<slug>.*` merged over it for that language and the avatar in
  `assets/media/authors/<slug>.*`, as the kit's `get_authors_data` and
  `get_author_profile` read them.

Each generation's names for a card's fields land in one set: `organizations` or
`affiliations`, `profiles`, `social` or `links`, `last_name` or `name.family`, `title` or
`name.display`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import LandingkitError, Problem
from .model import Organization, Person, Profile

if TYPE_CHECKING:
    from .cache import Known
    from .site import ContentFile

_ICON_PACKS = {"fab": "brands", "fas": "", "far": "", "ai": "academicons", "hero": ""}
_IMAGE = (".png", ".jpg", ".jpeg", ".webp", ".gif")
_DATA = (".yaml", ".yml", ".toml", ".json")


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def _dicts(value: Any) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    """A list of names as the templates read one: items as text; one string, itself."""
    if isinstance(value, list):
        return [go_text(v) for v in value if v is not None]
    if isinstance(value, str) and value.strip():
        return [value.strip()]
    return []


def go_text(value: Any) -> str:
    """A value as Go's `printf "%v"` writes it (how the templates compare group names)."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "[" + " ".join(go_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{go_text(v)}" for k, v in sorted(value.items())) + "]"
    return "" if value is None else str(value)


def _year(value: Any) -> int | None:
    if type(value) is int:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def person_from_page(data: dict, f: ContentFile) -> Person:
    """A card from a content page's front matter; odd values become empty rather than
    failing the page."""
    name = _text(data.get("title")) or " ".join(
        filter(None, (_text(data.get("first_name")), _text(data.get("last_name")))))
    orgs = [Organization(str(o.get("name") or ""), str(o.get("url") or ""))
            for o in _dicts(data.get("organizations"))]
    profiles = [Profile(str(p.get("icon") or ""), str(p.get("url") or ""),
                        str(p.get("label") or ""))
                for p in _dicts(data.get("profiles"))]
    for s in _dicts(data.get("social")):
        pack = _ICON_PACKS.get(str(s.get("icon_pack") or ""), str(s.get("icon_pack") or ""))
        icon = str(s.get("icon") or "")
        profiles.append(Profile(f"{pack}/{icon}" if pack else icon, str(s.get("link") or ""),
                                icon.replace("-", " ").title()))
    tags = data.get("tags")
    tags = [str(t) for t in tags] if isinstance(tags, list) else [str(tags)] if tags else []
    weight = data.get("weight")
    groups = data.get("user_groups")
    return Person(
        slug=f.slug, name=name or f.slug, path=f.path, lang=f.lang, role=_text(data.get("role")),
        organizations=orgs, profiles=profiles, tags=tags,
        weight=weight if type(weight) is int else 0, date=data.get("date"),
        avatar=(find_avatar(f.path.parent, f.siblings)
                if f.is_bundle_index or f.is_list_page else None),
        homepage=_text(data.get("homepage")), pronunciation=_text(data.get("name_pronunciation")),
        section=f.section, is_list_page=f.is_list_page, params=data,
        interests=_strings(data.get("interests")),
        user_groups=[str(g) for g in groups if isinstance(g, str)]
        if isinstance(groups, list) else [],
        bio=_text(data.get("bio")), email=_text(data.get("email")),
        family_name=_text(data.get("last_name")),
        graduation_year=_year(data.get("graduation_year")),
        **resume(data), origin="list" if f.is_list_page else "page")


def display_name(site, person: Person, otherwise: str = "") -> str:
    """The name a card or a page's author list shows: the page's title, or on a theme that
    names people by `name` (`Config.people_named_by`: Academic up to v4.8.0) that key, else
    `otherwise`: nothing on the people widget's card (`.Params.name`), the term on a page's
    author list (page_metadata_authors.html `.Params.name | default` it)."""
    if site is None or site.config.people_named_by != "name":
        return person.name
    name = person.params.get("name")
    return name if isinstance(name, str) and name.strip() else otherwise


def author_page(site, username: str, lang: str) -> Person | None:
    """The person `site.GetPage "/authors/<username>"` finds (`content/authors/<username>/`,
    `_index.md` or `index.md`, or `authors/<username>.md`), else the kit's
    `data/authors/<username>.*`; None when there is neither."""
    wanted = username.strip().strip("/").lower()
    for person in site.authors(lang):
        try:
            rel = person.path.relative_to(site.content_dir_of(person.path)).as_posix().lower()
        except ValueError:
            continue
        parts = rel.split("/")
        bundle = len(parts) == 3 and parts[1] == wanted and parts[2].startswith(
            ("index.", "_index."))
        if parts[0] == "authors" and (bundle or parts[1:] == [f"{wanted}.md"]):
            return person
    return next((p for p in site.data_authors(lang) if p.slug == urlize(wanted)), None)


def find_avatar(bundle: Path, names: tuple[str, ...] | None = None) -> Path | None:
    """The bundle's image named like `avatar*`, as the theme's `GetMatch "avatar*"`;
    `names`: the folder's file names, sorted, when they are known already."""
    if names is None:
        try:
            names = tuple(sorted(os.listdir(bundle)))
        except OSError:
            return None
    for name in names:
        if "avatar" in name.lower() and name.lower().endswith(_IMAGE):
            return bundle / name
    return None


def author_link(site, slug: str, lang: str | None = None) -> str:
    """The URL of a person's page (`/authors/<slug>/`), as the site's `permalinks.authors`
    (`/author/:slug/` in the research-group starter) and base path make it."""
    pattern = "/authors/:slug/"
    if site is not None:
        own = site.config.get("permalinks", "authors", lang=lang)
        pattern = own if isinstance(own, str) and own.strip() else pattern
        base = site.base_path
    else:
        base = "/"
    path = pattern.replace(":slug", slug).replace(":title", slug).replace(":filename", slug)
    return base.rstrip("/") + "/" + path.lstrip("/")


# ------------------------------------------------------------------ data/authors (2026 kit)


def urlize(text: str) -> str:
    """Hugo's `urlize` of a slug: lower case, spaces to hyphens."""
    return re.sub(r"\s+", "-", text.strip().lower())


def humanize_title(slug: str) -> str:
    """`$slug | humanize | title`: the name the kit shows for a person without one."""
    words = re.sub(r"[-_]+", " ", slug).split()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _read_data_file(path: Path) -> Any:
    import yaml

    from .yamlsource import Loader

    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".toml":
        import tomllib

        return tomllib.loads(text)
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=Loader)


def _data_folder(folder: Path, report) -> dict[str, dict]:
    """slug -> data of every data file in `folder` (none when it is missing)."""
    import yaml

    found: dict[str, dict] = {}
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return found
    for name in names:
        path = folder / name
        stem, ext = os.path.splitext(name)
        if ext.lower() not in _DATA or name.startswith(".") or not path.is_file():
            continue
        try:
            data = _read_data_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            report(Problem(path, None, "error", f"cannot read this person: {exc}"))
            continue
        except (ValueError, yaml.YAMLError) as exc:  # YAML, TOML or JSON syntax: say where
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else getattr(exc, "lineno", None)
            reason = getattr(exc, "problem", None) or getattr(exc, "msg", None) or str(exc)
            report(Problem(path, line, "error", f"cannot read this person: {reason}"))
            continue
        if not isinstance(data, dict):
            report(Problem(path, None, "error", "a person's data file must be a mapping of "
                                                "keys; Hugo's team blocks skip it"))
            continue
        found[stem] = {"__path__": path, **data}
    return found


def data_authors(root: Path, lang: str, report=lambda problem: None) -> list[Person]:
    """The people of `data/authors/` for language `lang`, by slug (as Go ranges a map)."""
    base = _data_folder(root / "data" / "authors", report)
    override = _data_folder(root / "data" / lang / "authors", report)
    merged: dict[str, dict] = {}
    for slug, data in base.items():
        extra = override.get(slug)
        if extra:
            both = {**data, **extra}
            if isinstance(data.get("name"), dict) and isinstance(extra.get("name"), dict):
                both["name"] = {**data["name"], **extra["name"]}
            data = both
        merged[slug] = data
    for slug, data in override.items():
        merged.setdefault(slug, data)
    media = root / "assets" / "media" / "authors"
    try:
        pictures = sorted(os.listdir(media))
    except OSError:
        pictures = []
    return [person_from_data(slug, data, lang, media, pictures)
            for slug, data in sorted(merged.items())]


def person_from_data(slug: str, data: dict, lang: str, media: Path,
                     pictures: list[str]) -> Person:
    """A card from `data/authors/<slug>.yaml`, as the kit's `get_author_profile` makes it."""
    path = data.pop("__path__")
    slug = urlize(slug)
    name = data.get("name") if isinstance(data.get("name"), dict) else {}
    title = (_text(name.get("display")) or _text(data.get("title"))
             or humanize_title(slug))
    orgs = []
    for item in data.get("affiliations") if isinstance(data.get("affiliations"), list) else (
            [data["affiliations"]] if isinstance(data.get("affiliations"), str) else []):
        if isinstance(item, dict):
            orgs.append(Organization(go_text(item.get("name") or item.get("title") or ""),
                                     _text(item.get("url"))))
        elif isinstance(item, str):
            orgs.append(Organization(item))
    links = []
    raw_links = data.get("links")
    for item in raw_links if isinstance(raw_links, list) else (
            [raw_links] if isinstance(raw_links, str) else []):
        if isinstance(item, dict):
            url = item.get("url") or item.get("link")
            links.append(Profile(item["icon"] if isinstance(item.get("icon"), str)
                                 else "hero/link", url if isinstance(url, str) else "",
                                 item["label"] if isinstance(item.get("label"), str) else ""))
        elif isinstance(item, str):
            links.append(Profile("hero/link", item))
    avatar = next((media / p for p in pictures if p.startswith(f"{slug}.")
                   and p.lower().endswith(_IMAGE)), None)
    weight = data.get("weight")
    return Person(
        slug=slug, name=title, path=path, lang=lang,
        role=data["role"] if isinstance(data.get("role"), str) else "",
        organizations=orgs, profiles=links, weight=weight if type(weight) is int else 0,
        avatar=avatar, pronunciation=_text(name.get("pronunciation")), params=data,
        interests=_strings(data.get("interests")), user_groups=_strings(data.get("user_groups")),
        bio=go_text(data["bio"]) if data.get("bio") else "", email=_text(data.get("email")),
        family_name=_text(name.get("family")), graduation_year=_year(data.get("graduation_year")),
        **resume(data), origin="data")


def resume(data: dict) -> dict:
    """The résumé fields (the blox-tailwind v0.3.1 names; the kit's `experience` is `work`,
    blox-bootstrap's `education.courses` is `education`): lists of mappings, other items
    dropped, as the templates' `range` skips what it cannot read."""
    status = data.get("status")
    work = data.get("work") if data.get("work") is not None else data.get("experience")
    education = data.get("education")
    if isinstance(education, dict):  # blox-bootstrap and Wowchemy: `education.courses`
        education = education.get("courses")
    return {"education": _dicts(education), "work": _dicts(work),
            "skills": _dicts(data.get("skills")), "awards": _dicts(data.get("awards")),
            "languages": _dicts(data.get("languages")),
            "status": _text(status.get("icon")) if isinstance(status, dict) else ""}


def read_page_person(f: ContentFile, report, known: Known | None = None) -> Person | None:
    """The card of a page; its front matter from `known` when the file is the one read
    before."""
    from .source import read_data

    stamp = known.stamp(f.path) if known is not None else None
    data = known.get(f.path, stamp) if known is not None else None
    if data is None:
        try:
            data = read_data(f.path)
        except LandingkitError as exc:
            report(Problem(exc.path, exc.line, "error", exc.message))
            return None
        if known is not None:
            known.put(f.path, stamp, data)
    return person_from_page(data, f)
