"""A Hugo content folder: its landing pages and people, per language."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from . import collection
from .errors import LandingkitError, Problem
from .model import Page, Person
from .people import data_authors, read_page_person
from .source import Loader as YAML_LOADER
from .source import read_bytes

if TYPE_CHECKING:
    from .blocks.collection import CollectionBlock

_CONFIGS = ("hugo.yaml", "hugo.yml", "hugo.toml", "config.yaml", "config.yml", "config.toml",
            "config/_default/hugo.yaml", "config/_default/hugo.toml",
            "config/_default/config.yaml", "config/_default/config.toml")
_NAME = re.compile(r"^(?P<stem>.+?)(?:\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)?))?\.md$")


@dataclass(frozen=True)
class ContentFile:
    """A Markdown file of the content folder, named the way Hugo reads names."""

    path: Path
    rel: str  # relative to the content folder, with forward slashes
    lang: str
    is_bundle_index: bool  # index.md (a leaf bundle: a regular page)
    is_list_page: bool  # _index.md (a section or term page)
    #: the names of the files beside it when the folder was read (None: not known)
    siblings: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def section(self) -> str:
        parts = self.rel.split("/")
        return parts[0] if len(parts) > 1 else ""

    @property
    def slug(self) -> str:
        if self.is_bundle_index or self.is_list_page:
            return self.path.parent.name
        return _NAME.match(self.path.name)["stem"]


class Site:
    """The `content/` folder of a Hugo site and the configuration beside it."""

    def __init__(self, root: str | os.PathLike = "content"):
        self.root = Path(root)
        if not self.root.is_dir():
            raise LandingkitError("no such content folder", self.root)
        self.default_lang, self.languages = read_languages(self.root.resolve().parent)
        self._files: list[ContentFile] | None = None
        self._people: dict[str, list[Person]] = {}
        self._selections: dict[tuple, list[Person]] = {}
        self.problems: list[Problem] = []

    def __repr__(self) -> str:
        return f"Site({str(self.root)!r}, default_lang={self.default_lang!r})"

    # files ------------------------------------------------------------
    def files(self) -> list[ContentFile]:
        if self._files is None:
            self._files = sorted(self._scan(), key=lambda f: f.rel)
        return self._files

    def _scan(self):
        for folder, dirs, names in os.walk(self.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            siblings = tuple(sorted(names))
            for name in names:
                match = _NAME.match(name)
                if not match or name.startswith("."):
                    continue
                lang = match["lang"]
                if lang and self.languages and lang not in self.languages:
                    continue  # not a language of this site: Hugo skips it too
                path = Path(folder, name)
                stem = match["stem"]
                yield ContentFile(path, path.relative_to(self.root).as_posix(),
                                  lang or self.default_lang, stem == "index", stem == "_index",
                                  siblings)

    def locate(self, path: str | os.PathLike, lang: str | None = None) -> ContentFile:
        """The file of a page given as a bundle folder or a file, in `lang`."""
        lang = lang or self.default_lang
        target = Path(path)
        if not target.exists() and not target.is_absolute():
            target = self.root / target
        target = str(target.resolve())
        for where in (os.path.abspath, os.path.realpath):  # by name first: no system calls
            for f in self.files():
                if where(f.path) == target:
                    return f
                if where(f.path.parent) == target and f.lang == lang and (
                        f.is_bundle_index or f.is_list_page):
                    return f
        target = Path(target)
        if target.is_dir():
            raise LandingkitError(f"no index.md for language {lang!r} in this folder", target)
        raise LandingkitError("not a Markdown file of the content folder "
                              f"{self.root}", target)

    # pages ---------------------------------------------------------------
    def page(self, path: str | os.PathLike, lang: str | None = None) -> Page:
        f = self.locate(path, lang)
        return Page.load(f.path, f.lang, self)

    def pages(self) -> list[Page]:
        """Every landing page in every language."""
        found = []
        for f in self.files():
            if f.section == "authors":
                continue
            head = read_bytes(f.path, head=1 << 16)
            if b"sections" not in head and b"landing" not in head:
                continue
            page = Page.load(f.path, f.lang, self)
            if page.data.get("type") == "landing" or "sections" in page.data:
                found.append(page)
        return found

    # people ----------------------------------------------------------------
    def regular_pages(self, lang: str | None = None, folders=None) -> list[Person]:
        """Pages a collection may select, as cards (list pages flagged, not dropped)."""
        lang = lang or self.default_lang
        wanted = {str(f) for f in folders} if folders else None  # an odd item matches none
        out = []
        for f in self.files():
            if f.lang != lang or (wanted is not None and f.section not in wanted):
                continue
            person = self._person(f)
            if person is not None:
                out.append(person)
        return out

    def people(self, lang: str | None = None) -> list[Person]:
        """Everyone under `authors/` in `lang` who can be shown (list pages left out)."""
        lang = lang or self.default_lang
        if lang not in self._people:
            self._people[lang] = self.regular_pages(lang, ["authors"])
        return [p for p in self._people[lang] if not p.is_list_page]

    def read_people(self, langs: list[str], part: int, parts: int) -> list[tuple]:
        """One of `parts` shares of reading the people of `langs`, so that processes can
        read them side by side: every `parts`-th file from the `part`-th, each as (its place
        in the whole reading, its language, its card or None, the problems it raised)."""
        files = [f for lang in langs for f in self.files()
                 if f.lang == lang and f.section == "authors"]
        read = []
        for place in range(part, len(files), parts):
            seen = len(self.problems)
            read.append((place, files[place].lang, self._person(files[place]),
                         self.problems[seen:]))
        return read

    def take_people(self, langs: list[str], shares: list[list[tuple]]) -> list[Problem]:
        """The people of `langs` from all the shares of `read_people`, as `people` would
        have read them here; returns the problems met, in the order of the files."""
        problems = []
        for lang in langs:
            self._people[lang] = []
        for _, lang, person, met in sorted((r for share in shares for r in share),
                                           key=lambda r: r[0]):
            if person is not None:
                self._people[lang].append(person)
            for problem in met:
                self.report(problem)
                problems.append(problem)
        return problems

    def report(self, problem: Problem) -> None:
        """Note a problem met while loading or rendering (each once)."""
        if problem not in self.problems:
            self.problems.append(problem)

    def _person(self, f: ContentFile) -> Person | None:
        return read_page_person(f, self.report)

    def authors(self, lang: str | None = None) -> list[Person]:
        """Every page of the `authors` section in `lang`, list pages (`_index.md`) included:
        what the theme's `people` block reads (`where site.Pages "Section" "authors"`)."""
        self.people(lang)
        return list(self._people[lang or self.default_lang])

    def data_authors(self, lang: str | None = None) -> list[Person]:
        """The people of `data/authors/` (the 2026 kit), by slug."""
        lang = lang or self.default_lang
        key = ("data", lang)
        if key not in self._selections:
            self._selections[key] = data_authors(self.root.resolve().parent, lang, self.report)
        return list(self._selections[key])

    def candidates(self, block: CollectionBlock, lang: str) -> list[Person]:
        folders = block.filters.folders
        if isinstance(folders, list) and set(map(str, folders)) == {"authors"}:
            self.people(lang)
            return self._people[lang]
        return self.regular_pages(lang, folders if isinstance(folders, list) else None)

    def select(self, block: CollectionBlock, lang: str | None = None) -> list[Person]:
        """The people (pages) `block` shows, in the order Hugo shows them."""
        lang = lang or block.lang or self.default_lang
        key = (lang, collection.settings(block))
        if key not in self._selections:
            self._selections[key] = collection.select(block, self.candidates(block, lang), lang)
        return list(self._selections[key])

    def left_out(self, block: CollectionBlock, lang: str | None = None) -> list[Person]:
        """`_index.md` people the block's filters match, whom Hugo never shows."""
        lang = lang or block.lang or self.default_lang
        return [p for p in self.candidates(block, lang)
                if p.is_list_page and collection.kind(p) not in collection.kinds(block)
                and collection.matches(block, p)]


def read_languages(folder: Path) -> tuple[str, set[str]]:
    """`defaultContentLanguage` and the configured languages of the Hugo site at `folder`."""
    for name in _CONFIGS:
        path = folder / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            if name.endswith(".toml"):
                import tomllib

                config = tomllib.loads(text)
            else:
                config = yaml.load(text, Loader=YAML_LOADER)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            raise LandingkitError(f"cannot read the Hugo configuration: {exc}", path) from None
        config = config if isinstance(config, dict) else {}
        default = str(config.get("defaultContentLanguage") or "en").lower()
        languages = config.get("languages")
        langs = {str(k).lower() for k in languages} if isinstance(languages, dict) else set()
        return default, langs | {default} if langs else set()
    return "en", set()
