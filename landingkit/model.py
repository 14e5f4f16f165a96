"""The content as plain Python objects: pages, blocks, filters, people.

Each object keeps the mapping it was read from (`data`), so keys it does not model
are carried through untouched, and writes back only the fields that changed.
"""

from __future__ import annotations

import copy
import hashlib
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import source as _source
from .errors import LandingkitError, display_path

if TYPE_CHECKING:
    from .achievements import Achievements

__all__ = ["Block", "CollectionBlock", "Filters", "MarkdownBlock", "Organization", "Page",
           "Person", "Profile"]


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


class _Mapped:
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

    def _write(self, out: dict, prefix: tuple[str, ...] = ()) -> None:
        loaded = getattr(self, "_loaded", {})
        for f in self._keyed():
            value = getattr(self, f.name)
            if f.name not in loaded or not _source.same(value, loaded[f.name]):
                set_in(out, prefix + f.metadata["key"], copy.deepcopy(value))


@dataclass(eq=False)
class Filters(_Mapped):
    """`content.filters` of a collection block (see the format's selection rules)."""

    folders: list[str] | None = key("folders")
    tag: str | None = key("tag")
    category: str | None = key("category")
    author: str | None = key("author")
    publication_type: str | None = key("publication_type")
    exclude_publication_type: str | None = key("exclude_publication_type")
    featured_only: bool | None = key("featured_only")
    exclude_featured: bool | None = key("exclude_featured")
    exclude_past: bool | None = key("exclude_past")
    exclude_future: bool | None = key("exclude_future")
    data: dict = field(default_factory=dict, repr=False)


@dataclass(eq=False)
class Block(_Mapped):
    """One item of `sections`. Types landingkit does not model keep their data as is."""

    type: str = "markdown"
    id: str | None = key("id")
    data: dict = field(default_factory=dict, repr=False)
    line: int | None = field(default=None, repr=False)
    lang: str = field(default="en", repr=False)

    def to_data(self) -> dict:
        out = copy.deepcopy(self.data)
        self._write(out)
        return out


@dataclass(eq=False)
class MarkdownBlock(Block):
    title: str | None = key("content", "title")
    _text: str | None = key("content", "text")
    _achievements: Achievements | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._achievements is not None:
            return self._achievements.to_text()
        return _as_text(self._text)

    @text.setter
    def text(self, value: str) -> None:
        self._text, self._achievements = value, None

    @property
    def achievements(self) -> Achievements:
        """The text as achievements; edits to them are edits to `text`."""
        if self._achievements is None:
            from .achievements import parse  # a page is rendered without it

            self._achievements = parse(_as_text(self._text))
        return self._achievements

    def to_data(self) -> dict:
        if self._achievements is not None:
            text = self._achievements.to_text()
            if text != _as_text(self._text):  # edited through the achievements
                self._text = None if text == "" and self._loaded["_text"] is None else text
        return super().to_data()


def _as_text(value: Any) -> str:
    """`content.text` as Hugo's markdownify reads it: a number as written, no mapping."""
    if value is None or isinstance(value, (dict, list)):
        return ""  # `check` reports the wrong type
    return str(value).lower() if isinstance(value, bool) else str(value)


@dataclass(eq=False)
class CollectionBlock(Block):
    title: str | None = key("content", "title")
    filters: Filters = field(default_factory=Filters)
    count: int | None = key("content", "count")
    offset: int | None = key("content", "offset")
    page_type: str | None = key("content", "page_type")
    sort_by: str | None = key("content", "sort_by")
    order: str | None = key("content", "order")
    view: str | None = key("design", "view")
    columns: int | None = key("design", "columns")

    @classmethod
    def _read(cls, data: dict, **extra):
        raw = get_in(data, ("content", "filters"))
        filters = Filters._read(raw if isinstance(raw, dict) else {})
        return super()._read(data, filters=filters, **extra)

    def to_data(self) -> dict:
        out = super().to_data()
        filters = get_in(out, ("content", "filters"))
        if isinstance(filters, dict):
            self.filters._write(filters)
        else:
            self.filters._write(fresh := {})
            if fresh:
                set_in(out, ("content", "filters"), fresh)
        return out

    @property
    def shown(self) -> int | None:
        """How many people the block shows at most: None for all (`count: 0`), else 5."""
        count = self.count if type(self.count) is int else 5
        return None if count == 0 else max(count, 0)


BLOCK_TYPES = {"markdown": MarkdownBlock, "collection": CollectionBlock}


def block_from_data(data: dict, line: int | None, lang: str) -> Block:
    kind = data.get("block", data.get("blox", "markdown"))
    cls = BLOCK_TYPES.get(kind, Block) if isinstance(kind, str) else Block
    return cls._read(data, type=str(kind), line=line, lang=lang)


@dataclass
class Organization:
    name: str
    url: str = ""


@dataclass
class Profile:
    icon: str
    url: str = ""
    label: str = ""


@dataclass(eq=False)
class Person:
    """A regular page a collection can show; for people, the card's fields."""

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

    def __repr__(self) -> str:
        return f"Person({self.slug!r}, {self.name!r}, lang={self.lang!r})"


@dataclass(eq=False)
class Page(_Mapped):
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

    @classmethod
    def from_source(cls, src: _source.Source, lang: str, site=None) -> Page:
        data = copy.deepcopy(src.data)  # edits to `.data` must not reach the loaded base
        sections, nodes = data.get("sections"), _source.child(src.node, "sections")
        if sections is not None and not isinstance(sections, list):
            raise src.error("sections: expected a list of blocks", nodes)
        blocks = []
        for index, item in enumerate(sections or []):
            node = nodes.value[index] if nodes is not None else None
            line = src.line(node) if node is not None else None
            if not isinstance(item, dict):
                raise LandingkitError(f"sections[{index}]: a block must be a mapping of keys, "
                                      f"got {_source._kind(item)}", src.path, line)
            blocks.append(block_from_data(item, line, lang))
        return cls._read(data, path=src.path, lang=lang, sections=blocks, source=src, site=site)

    @classmethod
    def load(cls, path: str | os.PathLike, lang: str = "en", site=None) -> Page:
        return cls.from_source(_source.read(path), lang, site)

    # lookup -------------------------------------------------------------
    def section(self, id: str) -> Block:
        for block, block_id in zip(self.sections, self.section_ids()):
            if id in (block.id, block_id):
                return block
        raise KeyError(f"{self.path}: no section with id {id!r}")

    def section_ids(self) -> list[str]:
        """Hugo's ids (`section-<type>` by default), made unique as HTML needs."""
        seen: dict[str, int] = {}
        ids = []
        for block in self.sections:
            base = str(block.id or f"section-{block.type}")
            seen[base] = seen.get(base, 0) + 1
            ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
        return ids

    @property
    def achievements(self) -> Achievements:
        """The achievements of the first Markdown block that has any."""
        blocks = [b for b in self.sections if isinstance(b, MarkdownBlock)]
        for block in blocks:
            if len(block.achievements):
                return block.achievements
        raise LookupError(f"{self.path}: no Markdown block lists achievements")

    def people(self, block: CollectionBlock | str | None = None) -> list[Person]:
        """The people a collection block shows (the first collection by default)."""
        if isinstance(block, str):
            block = self.section(block)
        if block is None:
            block = next(b for b in self.sections if isinstance(b, CollectionBlock))
        return self.site.select(block, self.lang)

    # saving ---------------------------------------------------------------
    def to_data(self) -> dict:
        out = copy.deepcopy(self.data)
        self._write(out)
        if self.sections or isinstance(out.get("sections"), list):  # `sections:` empty stays
            out["sections"] = [block.to_data() for block in self.sections]
        return out

    def to_text(self) -> str:
        return _source.patch(self.source, self.to_data())

    def diff(self) -> str:
        """Unified diff of the unsaved changes against the file as loaded."""
        import difflib

        name = display_path(self.path)
        before, after = (f"a/{name}", f"b/{name}") if not os.path.isabs(name) else (name, name)
        return "".join(difflib.unified_diff(
            self.source.text.splitlines(keepends=True), self.to_text().splitlines(keepends=True),
            before, after))

    @property
    def dirty(self) -> bool:
        return self.to_text() != self.source.text

    def save(self) -> bool:
        """Write the changes; return False when there were none (nothing is written)."""
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

    def restore(self, text: str) -> None:
        """Hold `text` (an earlier `to_text()`) as unsaved edits; used for undo.

        The file as loaded stays the base: `diff()` compares with it and `save()` still
        refuses when the file changed on disk since it was loaded.
        """
        base = self.source
        self._adopt(Page.from_source(_source.parse(text.encode("utf-8"), self.path),
                                     self.lang, self.site))
        self.source = base
        if self.to_text() != text:
            raise LandingkitError("internal error: the page cannot be restored to an "
                                  "earlier text", self.path)

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
