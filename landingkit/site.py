"""A Hugo content folder: its landing pages and people, per language."""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from . import collection
from .cache import Cache, Known
from .config import find_site_folder, read_config
from .errors import LandingkitError, Problem
from .model import Page, Person
from .people import data_authors, read_page_person
from .source import read_bytes

if TYPE_CHECKING:
    from .blocks.collection import CollectionBlock

_NAME = re.compile(r"^(?P<stem>.+?)(?:\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)?))?\.md$")


class ContentFile(NamedTuple):
    """A Markdown file of the content folder, named the way Hugo reads names."""

    path: Path
    rel: str  # relative to the content folder, with forward slashes
    lang: str
    is_bundle_index: bool  # index.md (a leaf bundle: a regular page)
    is_list_page: bool  # _index.md (a section or term page)
    #: the names of the files beside it when the folder was read (None: not known)
    siblings: tuple[str, ...] | None = None
    content_dir: Path | None = None

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
    """A Hugo site, given by its content folder (or the site folder itself), read as Hugo
    reads it: its configuration, and the content folder of each language."""

    def __init__(self, root: str | os.PathLike = "content"):
        given = Path(root)
        if not given.is_dir():
            raise LandingkitError("no such content folder", given)
        folder = find_site_folder(given)
        if folder is None:  # no configuration anywhere above: the folder holding `content`
            folder = given.resolve().parent if given.name == "content" else given.resolve()
        self.folder = folder
        self.known = Known(folder)  # the files read before, between runs
        self.config = read_config(folder, known=self.known)
        self.default_lang = self.config.default_lang
        #: every language of the site (the default one included), in Hugo's order
        self.languages = self.config.languages
        dirs: dict[Path, str | None] = {}
        for lang in self.languages.values():
            shared = sum(1 for other in self.languages.values()
                         if other.content_dir == lang.content_dir) > 1
            dirs.setdefault(lang.content_dir, None if shared else lang.code)
        if given.resolve() == folder:
            given = next(iter(dirs), folder / "content")
        #: the content folders, each with the language its files are in (None: named by them)
        self.content_dirs = {path.resolve() if path.is_dir() else path: lang
                             for path, lang in dirs.items()}
        self.root = given  # the content folder this site was opened with
        if given.resolve() not in self.content_dirs:  # a folder the configuration does not name
            self.content_dirs = {given.resolve(): None}
        self._files: list[ContentFile] | None = None
        self._people: dict[str, list[Person]] = {}
        self.cache = Cache()  # what renderings and selections remember: one place
        self.problems: list[Problem] = []

    def __repr__(self) -> str:
        return f"Site({str(self.root)!r}, default_lang={self.default_lang!r})"

    @property
    def base_path(self) -> str:
        """The path of the site's base URL, which site-relative links start with: `/lm/`."""
        return self.config.base_path

    def menu(self, lang: str | None = None, name: str = "main"):
        """The menu entries of `lang` (the default language's by default), in Hugo's order."""
        return self.config.menu(lang or self.default_lang, name)

    def content_dir_of(self, path: str | os.PathLike) -> Path:
        """The content folder holding `path` (the site's first one when none does)."""
        here = Path(path).resolve()
        best = None
        for folder in self.content_dirs:
            inside = folder == here or folder in here.parents
            if inside and (best is None or len(folder.parts) > len(best.parts)):
                best = folder
        return best or next(iter(self.content_dirs))

    # files ------------------------------------------------------------
    def files(self) -> list[ContentFile]:
        if self._files is None:
            self._files = sorted(self._scan(), key=lambda f: (f.rel, f.lang, str(f.path)))
        return self._files

    def _scan(self):
        configured = set(self.languages) if self.config.multilingual else None
        others = {str(folder) for folder in self.content_dirs}
        for content, dir_lang in self.content_dirs.items():
            top = str(content)
            for folder, dirs, names in os.walk(top):  # strings: a Path only for each page
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and os.path.join(folder, d) not in others)
                siblings = tuple(sorted(names))
                under = folder[len(top) + 1:].replace(os.sep, "/")
                for name in names:
                    match = _NAME.match(name)
                    if not match or name.startswith("."):
                        continue
                    lang = match["lang"]
                    if lang and configured is not None and lang.lower() not in configured:
                        continue  # not a language of this site: Hugo skips it too
                    stem = match["stem"]
                    yield ContentFile(Path(folder, name), f"{under}/{name}" if under else name,
                                      (lang or dir_lang or self.default_lang).lower(),
                                      stem == "index", stem == "_index", siblings, content)

    def locate(self, path: str | os.PathLike, lang: str | None = None) -> ContentFile:
        """The file of a page given as a bundle folder or a file, in the content folder (else
        the working folder: a path as typed on the command line), `""` the home page; for a
        folder, its page in `lang` (by default its only language, else the site's default)."""
        given = Path(path)
        target = given
        if not given.is_absolute() and (self.root / given).exists():
            target = self.root / given
        if not target.exists():
            raise LandingkitError("no such file or folder", given)
        target = str(target.resolve())
        for where in (os.path.abspath, os.path.realpath):  # by name first: no system calls
            in_folder = []
            for f in self.files():
                if where(f.path) == target:
                    return f
                if (f.is_bundle_index or f.is_list_page) and where(f.path.parent) == target:
                    in_folder.append(f)
            if in_folder:
                langs = sorted({f.lang for f in in_folder})
                wanted = lang or (langs[0] if len(langs) == 1 else self.default_lang)
                for f in in_folder:
                    if f.lang == wanted:
                        return f
                raise LandingkitError(f"no page in language {wanted!r} in this folder (it "
                                      f"has {', '.join(langs)})", target)
        if Path(target).is_dir():
            raise LandingkitError("no index.md or _index.md in this folder", target)
        raise LandingkitError("not a Markdown file of the site's content folders", target)

    # pages ---------------------------------------------------------------
    def get_page(self, ref: str, lang: str, near: str | os.PathLike | None = None
                 ) -> ContentFile | None:
        """The page Hugo's `ref` and `relref` find for `ref` (its anchor taken off) in `lang`,
        as Hugo 0.168's builds find it: with or without the file's extension, `index` or
        `_index`, in any case; a path without a leading `/` first from where the page `near`
        is (the section of a section page or a page file, the folder around a leaf bundle),
        then from the content folder, then the one page of that name. None when there is
        none: Hugo stops the build on it (REF_NOT_FOUND)."""
        key = ("pages by path", lang)
        if key not in self.cache.selections:
            by_path: dict[str, ContentFile] = {}
            by_name: dict[str, list[ContentFile]] = {}
            leaves = {f.rel.rpartition("/")[0] for f in self.files() if f.is_bundle_index}
            for f in self.files():
                folders = f.rel.split("/")[:-1]
                if f.lang != lang or (not f.is_bundle_index and any(
                        "/".join(folders[:n]) in leaves for n in range(1, len(folders) + 1))):
                    continue  # a Markdown file in a leaf bundle is a resource, not a page
                logical = _logical(f.rel)
                by_path.setdefault(logical, f)
                by_name.setdefault(logical.rpartition("/")[2], []).append(f)
            self.cache.selections[key] = [by_path, by_name]
        by_path, by_name = self.cache.selections[key]
        wanted = _logical(ref)
        if not ref.startswith("/") and near is not None:
            here = Path(near).resolve()
            folder = here.parent.parent if here.name.startswith("index.") else here.parent
            rel = folder.relative_to(self.content_dir_of(here)).as_posix()
            found = by_path.get(_logical(posixpath.normpath(f"{rel}/{ref}")))
            if found is not None:
                return found
        found = by_path.get(wanted)
        if found is None and "/" not in wanted and len(by_name.get(wanted, ())) == 1:
            found = by_name[wanted][0]
        return found

    def page(self, path: str | os.PathLike, lang: str | None = None) -> Page:
        f = self.locate(path, lang)
        page = Page.load(f.path, f.lang, self)
        self.known.save()
        return page

    def pages(self) -> list[Page]:
        """Every landing page in every language. A file that cannot be read is reported (in
        `problems`, as an error) and left out: one bad file never stops the rest."""
        found = []
        for f in self.files():
            if f.section == "authors":
                continue
            try:
                head = read_bytes(f.path, head=1 << 16)
                if not any(word in head for word in (b"sections", b"landing", b"widget_page")):
                    continue
                page = Page.load(f.path, f.lang, self)
            except LandingkitError as exc:
                self.report(Problem(exc.path or f.path, exc.line, "error", exc.message))
                continue
            if page.data.get("type") == "landing" or "sections" in page.data or page.parts:
                found.append(page)
        self.known.save()
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
        self.known.save()
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
        self.known.save()
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
        return read_page_person(f, self.report, self.known)

    def authors(self, lang: str | None = None) -> list[Person]:
        """Every page of the `authors` section in `lang`, list pages (`_index.md`) included:
        what the theme's `people` block reads (`where site.Pages "Section" "authors"`)."""
        self.people(lang)
        return list(self._people[lang or self.default_lang])

    def data_authors(self, lang: str | None = None) -> list[Person]:
        """The people of `data/authors/` (the 2026 kit), by slug."""
        lang = lang or self.default_lang
        key = ("data", lang)
        if key not in self.cache.selections:
            self.cache.selections[key] = data_authors(self.folder, lang, self.report)
        return list(self.cache.selections[key])

    def candidates(self, block: CollectionBlock, lang: str) -> list[Person]:
        folders = block.filters.folders
        if collection.before_v55(block, self.config.wowchemy_version):
            folders = None  # the pages widget before v5.5 reads no folders
        if isinstance(folders, list) and set(map(str, folders)) == {"authors"}:
            self.people(lang)
            return self._people[lang]
        return self.regular_pages(lang, folders if isinstance(folders, list) else None)

    def select(self, block: CollectionBlock, lang: str | None = None) -> list[Person]:
        """The people (pages) `block` shows, in the order Hugo shows them."""
        lang = lang or block.lang or self.default_lang
        return collection.window(block, self.matched(block, lang))

    def matched(self, block: CollectionBlock, lang: str | None = None) -> list[Person]:
        """Every page the filters of `block` keep, in order, before its offset and count."""
        lang = lang or block.lang or self.default_lang
        key = (lang, collection.settings(block))
        if key not in self.cache.selections:
            self.cache.selections[key] = collection.ordered(
                block, self.candidates(block, lang), lang, cache=self.cache.terms,
                version=self.config.wowchemy_version, tags=self.tag_filter(block, lang),
                reads=collection.reads_tags(block, self.config))
        return list(self.cache.selections[key])

    def left_out(self, block: CollectionBlock, lang: str | None = None) -> list[Person]:
        """`_index.md` people the block's filters match, whom Hugo never shows."""
        lang = lang or block.lang or self.default_lang
        reads, tags = collection.reads_tags(block, self.config), self.tag_filter(block, lang)
        return [p for p in self.candidates(block, lang)
                if p.is_list_page and collection.kind(p) not in collection.kinds(block, reads)
                and collection.matches(block, p, cache=self.cache.terms,
                                       version=self.config.wowchemy_version, tags=tags)]

    def tag_filter(self, block: CollectionBlock, lang: str) -> frozenset[str] | None:
        """`collection.tag_filter` over every page of `lang`: the tags a page must carry;
        worked out once per language and tags (the selection, `check` and the See all link
        each ask, and it reads every page)."""
        if not block.filters.tags:
            return None
        key = ("tag filter", lang, block.kind, tuple(map(str, collection.tag_list(block))))
        if key not in self.cache.selections:
            self.cache.selections[key] = [collection.tag_filter(
                block, self.config, self.regular_pages(lang), cache=self.cache.terms)]
        return self.cache.selections[key][0]


def _logical(path: str) -> str:
    """A content path as Hugo's page lookup reads it: no extension or language, no `index`
    or `_index`, lower case, no slashes around."""
    path = path.strip().strip("/").lower()
    match = _NAME.match(path)
    stem = match["stem"] if match else path
    stem = re.sub(r"(?:^|/)_?index$", "", stem)
    return stem.strip("/")
