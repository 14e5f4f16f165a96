"""The content as plain Python objects: pages, blocks, filters, people.

Each object keeps the mapping it was read from (`data`), so keys it does not model
are carried through untouched, and writes back only the fields that changed.
"""

from __future__ import annotations

import copy
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import source as _source
from .errors import LandingkitError, display_path

if TYPE_CHECKING:
    from .achievements import Achievements
    from .merge import Conflict

__all__ = ["Block", "NoPeople", "Organization", "Page", "Person", "Profile"]


def key(*path: str, default: Any = None):
    """A dataclass field stored at `path` in the front matter."""
    return field(default=default, metadata={"key": path})


def get_in(data: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def set_in(data: dict, path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        if not isinstance(data.get(part), dict):
            data[part] = {}
        data = data[part]
    if value is None:
        data.pop(path[-1], None)
    else:
        data[path[-1]] = value


class Mapped:
    """Fields with a `key` read from and written to a front-matter mapping."""

    data: dict

    @classmethod
    def _keyed(cls):
        return [f for f in fields(cls) if "key" in f.metadata]

    @classmethod
    def _read(cls, data: dict, **extra):
        obj = cls(**{f.name: copy.deepcopy(get_in(data, f.metadata["key"]))
                     for f in cls._keyed()}, data=data, **extra)
        obj._loaded = {f.name: copy.deepcopy(getattr(obj, f.name)) for f in cls._keyed()}
        return obj

    def value_at(self, *path: str) -> Any:
        """The value at `path` as `to_data` writes it: its field's when that was changed,
        else the mapping's."""
        loaded = getattr(self, "_loaded", {})
        for f in self._keyed():
            value = getattr(self, f.name)
            if f.metadata["key"] == path and (f.name not in loaded
                                              or not _source.same(value, loaded[f.name])):
                return value
        return get_in(self.data, path)

    def _write(self, out: dict, prefix: tuple[str, ...] = ()) -> None:
        loaded = getattr(self, "_loaded", {})
        for f in self._keyed():
            value = getattr(self, f.name)
            if f.name not in loaded or not _source.same(value, loaded[f.name]):
                set_in(out, prefix + f.metadata["key"], copy.deepcopy(value))


@dataclass(eq=False)
class Block(Mapped):
    """One item of `sections`. Types landingkit does not model keep their data as is."""

    type: str = "markdown"
    id: str | None = key("id")
    data: dict = field(default_factory=dict, repr=False)
    line: int | None = field(default=None, repr=False)
    lang: str = field(default="en", repr=False)
    #: a Wowchemy widget file (`widget: people` in `content/home/people.md`): the block is
    #: the whole file, its keys at the top level
    widget: bool = field(default=False, repr=False)
    #: the name the site's theme looks the block up by (`blocks.catalog.canonical`): the
    #: type lower-cased and renamed as its generation renames it (`experience` is
    #: blox-tailwind's `resume-experience`)
    kind: str = field(default="", repr=False)

    def to_data(self) -> dict:
        out = copy.deepcopy(self.data)
        self._write(out)
        return out


class NoPeople(LandingkitError, LookupError):
    """Asked for the people of a block that shows none, with why."""


def block_from_data(data: dict, line: int | None, lang: str, widget: bool = False,
                    generation: str | None = None) -> Block:
    """The block `data` describes, as the class its type registered (`blocks.find`) under
    the name the site's theme `generation` gives it."""
    from .blocks import catalog, find

    written = data.get("widget") if widget else data.get("block", data.get("blox", "markdown"))
    kind = catalog.canonical(written, generation) if isinstance(written, str) else written
    return find(kind).model._read(data, type=str(written), line=line, lang=lang, widget=widget,
                                  kind=str(kind))


#: block classes that live in their block's folder (blocks/<type>/), importable from here too
_MOVED = {"MarkdownBlock": "markdown", "CollectionBlock": "collection", "Filters": "collection"}


def __getattr__(name: str):
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(f".blocks.{_MOVED[name]}", __package__), name)
    if name == "BLOCK_TYPES":
        from .blocks import find, names

        return {n: find(n).model for n in names()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Organization:
    """One of a person's `organizations`."""

    name: str
    url: str = ""


@dataclass
class Profile:
    """One of a person's profile links (`profiles`, or Wowchemy's `social`)."""

    icon: str
    url: str = ""
    label: str = ""


@dataclass(eq=False, repr=False)  # its own __repr__, below
class Person:
    """A page a block can show, or a person of `data/authors/`; for people, what a card
    shows, in one set of names whatever the generation wrote (`people.py` maps them)."""

    slug: str
    name: str
    path: Path
    lang: str = "en"
    role: str = ""
    organizations: list[Organization] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    weight: int = 0
    date: Any = None
    avatar: Path | None = None
    homepage: str = ""
    pronunciation: str = ""
    section: str = "authors"
    is_list_page: bool = False
    params: dict = field(default_factory=dict, repr=False)
    interests: list[str] = field(default_factory=list)
    user_groups: list[str] = field(default_factory=list)
    bio: str = ""
    email: str = ""
    family_name: str = ""  # last_name, or name.family in data/authors
    graduation_year: int | None = None
    #: what the résumé blocks show, each item a mapping as the front matter writes it
    #: (`education`, `work`, `skills`, `awards`, `languages`); `status`: `status.icon`
    education: list[dict] = field(default_factory=list, repr=False)
    work: list[dict] = field(default_factory=list, repr=False)
    skills: list[dict] = field(default_factory=list, repr=False)
    awards: list[dict] = field(default_factory=list, repr=False)
    languages: list[dict] = field(default_factory=list, repr=False)
    status: str = ""
    #: "page" (index.md), "list" (_index.md) or "data" (data/authors/<slug>.yaml)
    origin: str = "page"

    def __repr__(self) -> str:
        return f"Person({self.slug!r}, {self.name!r}, lang={self.lang!r})"


@dataclass(eq=False)
class Page(Mapped):
    """A landing page: a Markdown file whose front matter lists `sections`."""

    path: Path
    lang: str
    title: str | None = key("title")
    date: Any = key("date")
    spacing: str | None = key("design", "spacing")
    sections: list[Block] = field(default_factory=list)
    data: dict = field(default_factory=dict, repr=False)
    source: _source.Source | None = field(default=None, repr=False)
    site: Any = field(default=None, repr=False)
    #: a Wowchemy widget page's widget files, each a page of one block (`sections` are theirs)
    parts: list[Page] = field(default_factory=list, repr=False)

    @classmethod
    def from_source(cls, src: _source.Source, lang: str, site=None) -> Page:
        data = copy.deepcopy(src.data)  # edits to `.data` must not reach the loaded base
        sections, nodes = data.get("sections"), _source.child(src.tree, "sections")
        widget = widget_file(data, src.path)
        if widget and data.get("headless") is True:  # only ever drawn as its widget page's
            sections = nodes = None
        if sections is not None and not isinstance(sections, list):
            raise src.error("sections: expected a list of blocks", nodes)
        blocks = []
        generation = getattr(getattr(site, "config", None), "theme", None)
        for index, item in enumerate(sections or []):
            node = nodes.value[index] if nodes is not None else None
            line = src.line(node) if node is not None else None
            if not isinstance(item, dict):
                raise LandingkitError(f"sections[{index}]: a block must be a mapping of keys, "
                                      f"got {_source.kind_of(item)}", src.path, line)
            blocks.append(block_from_data(item, line, lang, generation=generation))
        if sections is None and widget:  # Wowchemy's widget file
            blocks.append(block_from_data(copy.deepcopy(data), src.first_line, lang, widget=True,
                                          generation=generation))
        widget_page = (data.get("type") == "widget_page" and sections is None
                       and src.path.name.split(".")[0] == "index")  # a bundle's index file
        parts = widget_files(src.path, lang, site) if widget_page else []
        if parts:
            blocks = [part.sections[0] for part in parts]
        return cls._read(data, path=src.path, lang=lang, sections=blocks, source=src, site=site,
                         parts=parts)

    @classmethod
    def load(cls, path: str | os.PathLike, lang: str = "en", site=None) -> Page:
        return cls.from_source(_source.read(path, getattr(site, "known", None)), lang, site)

    # lookup -------------------------------------------------------------
    def section(self, id: str) -> Block:
        """The first block with this id (Hugo's, as `section-people`, or made unique, as
        `section-people-2`, which names the second)."""
        for block, block_id in zip(self.sections, self.section_ids()):
            if id in (block.id, block_id):
                return block
        raise KeyError(f"{self.path}: no section with id {id!r} (ids: "
                       f"{', '.join(self.section_ids()) or 'none'})")

    def section_ids(self) -> list[str]:
        """Hugo's ids (`section-<type>` by default; a Wowchemy widget file's name, as
        widget_page.html's `$hash_id`: `people` for people.md, a bundle's folder for its
        index.md), made unique as HTML needs."""
        files = {id(part.sections[0]): part.path for part in self.parts if part.sections}
        if self.sections and self.sections[0].widget and not files:
            files = {id(self.sections[0]): self.path}  # the widget file itself
        seen: dict[str, int] = {}
        ids = []
        for block in self.sections:
            path = files.get(id(block))
            if path is not None:
                stem = Path(path).name.split(".")[0]
                base = Path(path).parent.name if stem == "index" else stem
            else:
                base = str(block.id or f"section-{(block.kind or block.type).replace('.', '-')}")
            seen[base] = seen.get(base, 0) + 1
            ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
        return ids

    @property
    def achievements(self) -> Achievements:
        """The achievements of the first Markdown block that has any."""
        from .blocks.markdown import MarkdownBlock

        blocks = [b for b in self.sections if isinstance(b, MarkdownBlock)]
        for block in blocks:
            if len(block.achievements):
                return block.achievements
        raise LookupError(f"{self.path}: no Markdown block lists achievements")

    def block(self, section: Block | int | str) -> Block:
        """A block given as itself, its index in `sections`, or its id (the first with it)."""
        if isinstance(section, Block):
            if not any(section is b for b in self.sections):
                raise LookupError(f"{display_path(self.path)}: that block is not one of this "
                                  "page's sections")
            return section
        if isinstance(section, int) and not isinstance(section, bool):
            if not -len(self.sections) <= section < len(self.sections):
                raise LookupError(f"{display_path(self.path)}: no section {section} (the "
                                  f"page has {len(self.sections)})")
            return self.sections[section]
        if isinstance(section, str):
            return self.section(section)
        raise TypeError("a section is a block, its index or its id")

    def groups(self, section: Block | int | str | None = None) -> list[tuple[Any, list[Person]]]:
        """[(group name, [Person, ...]), ...] as the block shows them, in its order; a block
        without groups gives one (None, people). `section` defaults to the first block that
        shows people."""
        from .blocks import find

        if section is None:
            shown = [b for b in self.sections if find(b).shows_people]
            if not shown:
                raise NoPeople("no section of this page shows people (its blocks: "
                               f"{', '.join(b.type for b in self.sections) or 'none'})",
                               self.path)
            block = shown[0]
        else:
            block = self.block(section)
        kind = find(block)
        if kind.groups is None:
            raise NoPeople(f"section {self._name(block)} is a {block.type!r} block, which "
                           "shows no people", self.path, block.line)
        if self.site is None:
            raise NoPeople("the page was loaded without its site, so its people are "
                           "unknown; load it with Site(...).page(...)", self.path)
        return kind.groups(self.site, block, self.lang)

    def people(self, section: Block | int | str | None = None) -> list[Person]:
        """Everyone a block shows, group after group (a person in two groups twice)."""
        return [person for _, people in self.groups(section) for person in people]

    def _name(self, block: Block) -> str:
        index = next(i for i, b in enumerate(self.sections) if b is block)
        return f"{index} (#{self.section_ids()[index]})"

    # saving ---------------------------------------------------------------
    def _own_text(self) -> str:
        """The text of the page's own file: a widget page's blocks live in their files."""
        return self.source.text if self.parts else self.to_text()

    def to_data(self) -> dict:
        if self.sections and self.sections[0].widget:  # the file is that one block
            out = self.sections[0].to_data()
            self._write(out)
            return out
        out = copy.deepcopy(self.data)
        self._write(out)
        if self.sections or isinstance(out.get("sections"), list):  # `sections:` empty stays
            out["sections"] = [block.to_data() for block in self.sections]
        return out

    def to_text(self) -> str:
        if self.parts:  # the index file of a widget page is not edited
            return self.source.text
        return _source.patch(self.source, self.to_data())

    def diff(self) -> str:
        """Unified diff of the unsaved changes against the file as loaded (for a widget page,
        of each widget file)."""
        if self.parts:
            return "".join(part.diff() for part in self.parts)
        import difflib

        name = display_path(self.path)
        before, after = (f"a/{name}", f"b/{name}") if not os.path.isabs(name) else (name, name)
        return "".join(difflib.unified_diff(
            self.source.text.splitlines(keepends=True), self.to_text().splitlines(keepends=True),
            before, after))

    @property
    def dirty(self) -> bool:
        if self.parts:
            return any(part.dirty for part in self.parts)
        return self.to_text() != self.source.text

    def save(self) -> bool:
        """Write the changes; return False when there were none (nothing is written). A
        widget page saves each widget file that changed, and only those."""
        if self.parts:
            if [b for b in self.sections] != [part.sections[0] for part in self.parts]:
                raise LandingkitError("the sections of a widget page are its widget files: "
                                      "add, remove or reorder them as files (their `weight`)",
                                      self.path)
            return any([part.save() for part in self.parts])
        text = self.to_text()
        if text == self.source.text:
            return False
        fresh = _source.parse(text.encode("utf-8"), self.path)
        if not _source.same(fresh.data, self.to_data()):
            raise LandingkitError("internal error: the patched file would not read back as "
                                  "the edited page; nothing was written", self.path)
        fresh.digest = _source.write(self.source, text)
        self._adopt(Page.from_source(fresh, self.lang, self.site))
        return True

    def reload(self) -> None:
        """Read the file again, dropping unsaved edits."""
        self._adopt(Page.load(self.path, self.lang, self.site))

    def restore(self, text: str, base: _source.Source | None = None) -> None:
        """Hold `text` (an earlier `to_text()`) as unsaved edits; used for undo.

        The file as loaded (or `base`) stays the base: `diff()` compares with it and `save()`
        still refuses when the file changed on disk since it was read.
        """
        base = base or self.source
        self._adopt(Page.from_source(_source.parse(text.encode("utf-8"), self.path),
                                     self.lang, self.site))
        self.source = base
        if self.to_text() != text:
            raise LandingkitError("internal error: the page cannot be restored to an "
                                  "earlier text", self.path)

    def merge(self, pick: Callable[[Conflict], str] | dict | None = None) -> list[Conflict]:
        """Re-apply the unsaved edits, value by value, onto the file as it is on disk now.

        A value changed both here and on disk since loading is a `Conflict`; `pick` chooses
        for each one, "mine" or "theirs" (the disk's): a function of the conflict, or a dict
        from `Conflict.path`. While any conflict is left unpicked nothing changes and those
        conflicts are returned. Otherwise the disk's text becomes the base (`diff()` shows
        what a save would change in the file as it is now, and `save()` writes it) and the
        result is [].
        """
        from .merge import line_of, three_way

        disk = _source.read(self.path)
        choose = (lambda conflict: pick.get(conflict.path)) if isinstance(pick, dict) else pick
        merged, open_ = three_way(self.source.data, self.to_data(), disk.data, (), choose)
        if open_:
            return [replace(c, line=line_of(disk, c.path)) for c in open_]
        text = _source.patch(disk, merged)
        if not _source.same(_source.parse(text.encode("utf-8"), self.path).data, merged):
            raise LandingkitError("internal error: the merged file would not read back as "
                                  "the merged page; nothing changed", self.path)
        self.restore(text, base=disk)
        return []

    def changed_on_disk(self) -> bool:
        """True when the file is no longer what was loaded (a save would refuse)."""
        try:
            return hashlib.sha256(self.path.read_bytes()).hexdigest() != self.source.digest
        except OSError:
            return True

    def _adopt(self, other: Page) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(other, f.name))
        self._loaded = other._loaded

    # display ------------------------------------------------------------------
    def to_html(self, **options) -> str:
        """A complete standalone HTML document (the same bytes `landingkit export` writes);
        `frame=False` leaves out the site's navbar and footer."""
        from .export import page_document  # rendering lives downstream of the model

        return page_document(self, **options)

    def _repr_html_(self) -> str:
        from .render import preview_html

        return preview_html(self)


def widget_file(data: dict, path: Path) -> bool:
    """Whether a file is a Wowchemy widget file: it names a `widget` and is a page of a
    bundle, not the bundle's index file (an index file is a page of its own)."""
    return (isinstance(data.get("widget"), str)
            and Path(path).name.split(".")[0] not in ("index", "_index"))


def widget_files(index: Path, lang: str, site=None) -> list[Page]:
    """The widget files of a Wowchemy widget page, as its `widget_page.html` takes them: the
    bundle's pages in the page's language (`people.md`, `people.zh.md`) whose `active` is not
    false, in Hugo's page order (weight, weight 0 last, then the file's name)."""
    # a file without a language in its name is in the index file's language when that has
    # none either (a language's own content folder), else in the site's default language
    unnamed = lang if Path(index).name == "index.md" else getattr(site, "default_lang", lang)
    found = []
    for path in sorted(Path(index).parent.glob("*.md")):
        stem, _, suffix = path.name[:-3].partition(".")
        if stem in ("index", "_index") or (suffix or unnamed) != lang:
            continue
        part = Page.load(path, lang, site)
        if not part.sections or not part.sections[0].widget or part.data.get("active") is False:
            continue
        weight = part.data.get("weight")
        weight = weight if type(weight) is int else 0
        found.append(((weight == 0, weight, path.name), part))
    return [part for _, part in sorted(found, key=lambda item: item[0])]
