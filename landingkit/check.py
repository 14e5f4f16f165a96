"""Content problems as `path:line: level: message` records, for people and pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import source as _source
from .blocks import catalog, find, known, schema
from .blocks.generic import THEME_BLOCKS
from .blocks.schema import BOOL, DATE, INT, LIST, MAP, TEXT, TEXT_OR_LIST
from .errors import LandingkitError, Problem
from .model import Page, widget_file
from .render import render_problems
from .site import ContentFile, Site

_PAGE = {"title": TEXT, "date": DATE, "type": TEXT, "design": MAP, "sections": LIST}
#: the keys of a Wowchemy widget file besides a page's (`content/home/people.md`)
_WIDGET = {"widget": TEXT, "headless": BOOL, "active": BOOL, "weight": INT, "subtitle": TEXT,
           "content": MAP, "id": TEXT}
_PERSON = {"title": TEXT, "first_name": TEXT, "last_name": TEXT, "name_pronunciation": TEXT,
           "role": TEXT, "homepage": TEXT, "tags": TEXT_OR_LIST, "weight": INT, "date": DATE,
           "organizations": LIST, "profiles": LIST, "social": LIST, "superuser": BOOL,
           "highlight_name": BOOL, "interests": LIST, "user_groups": LIST, "bio": TEXT,
           "email": TEXT, "status": MAP, "authors": TEXT_OR_LIST,  # taxonomies: one term
           "education": None,  # a list, or Academic's older {courses: [...]}: any shape
           "name_display": TEXT, "graduation_year": INT}


_fits = schema.fits


def _got(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(value)
    return {dict: "a mapping", list: "a list"}.get(type(value), type(value).__name__)


class _Checker:
    """Walks front matter beside where its values sit (`source.Spot`s), so each finding
    knows its line."""

    def __init__(self, src: _source.Source, warnings: bool = True):
        self.src = src
        self.problems: list[Problem] = []
        self.warnings = warnings  # False: errors only, and a rule that can only warn is skipped

    def add(self, level: str, message: str, node=None) -> None:
        if level == "warning" and not self.warnings:
            return
        line = self.src.line(node) if node is not None else self.src.first_line
        self.problems.append(Problem(self.src.path, line, level, message))

    def keys(self, data: dict, node, schema: dict[str, str], where: str,
             reads: dict | None = None) -> None:
        """`reads`: how the theme reads a key's value of another kind, where that builds."""
        if getattr(node, "id", None) != "mapping":
            return
        for key_node, value_node in node.value:
            name = key_node.value
            value = data.get(name)
            path = f"{where}.{name}" if where else name
            known = str(name).lower()  # Hugo reads keys without regard to case
            if known in schema:
                if _fits(value, schema[known]):
                    continue
                message = f"{path}: expected {schema[known]}, got {_got(value)}"
                if reads is not None and known in reads:
                    self.add("warning", f"{message}; the theme reads it as "
                                        f"{_got(reads[known](value))}", value_node)
                else:
                    self.add("error", message, value_node)
            else:
                import difflib  # only a key the schema does not know needs it

                close = difflib.get_close_matches(known, schema, n=1, cutoff=0.75)
                if close:
                    self.add("warning", f"{path}: unknown key (did you mean {close[0]!r}?); "
                                        "it is kept but has no effect", key_node)

    def options(self, data: dict, node, options: dict, where: str) -> None:
        """Keys against a schema's options, then each mapping option's own keys."""
        self.keys(data, node, {name: o.expected for name, o in options.items()}, where,
                  {name: o.read for name, o in options.items() if o.read is not None})
        for name, option in options.items():
            if option.keys is not None and isinstance(data.get(name), dict):
                self.options(data[name], _source.child(node, name), option.keys,
                             f"{where}.{name}")


def check_page(site: Site, path: str | Path, lang: str | None = None) -> list[Problem]:
    """Problems of one landing page and of the people its collections show."""
    try:
        f = site.locate(path, lang)
        page = Page.load(f.path, f.lang, site)
    except LandingkitError as exc:
        return [Problem(exc.path or Path(path), exc.line, "error", exc.message)]
    found = front_matter_problems(site, page) + _leftovers(f.path) + _people_problems(site, page)
    seen = {(p.path, p.message) for p in found}
    return found + [p for p in render_problems(page) if (p.path, p.message) not in seen]


def front_matter_problems(site: Site, page: Page, selection: bool = True,
                          warnings: bool = True) -> list[Problem]:
    """What is wrong in the page's own front matter; `selection=False` leaves out whom the
    collections select (it reads the people), and `warnings=False` everything but errors,
    so that an export can refuse what `check` calls an error before it renders anything."""
    if page.parts:  # a Wowchemy widget page: its blocks are its widget files
        return [p for part in page.parts
                for p in front_matter_problems(site, part, selection, warnings)]
    c = _Checker(page.source, warnings)
    if page.sections and page.sections[0].widget:  # a Wowchemy widget file: one block
        c.keys(page.data, page.source.tree, {**_PAGE, **_WIDGET}, "")
        _check_block(c, site, page, page.sections[0], page.source.tree, "", selection,
                     widget=True)
    else:
        c.keys(page.data, page.source.tree, _PAGE, "")
        sections = _source.child(page.source.tree, "sections")
        for index, block in enumerate(page.sections):
            node = sections.value[index] if sections is not None else None
            _check_block(c, site, page, block, node, f"sections[{index}]", selection)
    return c.problems


def _leftovers(path: Path) -> list[Problem]:
    """Temporary files of saves killed half-way (source.write names them `.index.md.*.tmp`)."""
    import glob

    return [Problem(tmp, None, "warning", "left by a save that was interrupted; the page "
                    "beside it is whole (the old or the new version): delete this file")
            for tmp in sorted(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))]


def _check_block(c: _Checker, site: Site, page: Page, block, node, where: str,
                 selection: bool = True, widget: bool = False) -> None:
    """The keys every block has, then its type's own (from its schema) and rules
    (`selection`: whom a block selects as well, which reads the people)."""
    kind = find(block)
    block_schema = kind.schema_for(site)
    at = f"{where}." if where else ""
    if not widget:  # a widget file's own keys were checked as the page's
        c.keys(block.data, node, block_schema.expected(schema.BLOCK), where)
    content, design = block.data.get("content"), block.data.get("design")
    missing = catalog.missing(site, block.kind or block.type, widget)
    if missing is not None:
        name = "widget" if widget else "block"
        c.add("error", f"{at}{name}: {block.type!r}: {missing}; Hugo stops the build on it",
              _source.child(node, name) or node)
    elif not known(block):
        what = "a block type of the theme" if block.type in THEME_BLOCKS else "an unknown type"
        name = "widget" if widget else "block"
        c.add("warning", f"{at}{name}: {block.type!r} is {what} that landingkit does not "
                         "render yet; it is kept unchanged", _source.child(node, name) or node)
    if isinstance(design, dict):
        c.options(design, _source.child(node, "design"), block_schema.design_keys,
                  f"{at}design")
    if block_schema.content is not None and isinstance(content, dict):
        c.options(content, _source.child(node, "content"), block_schema.content,
                  f"{at}content")
        if kind.check is not None:
            kind.check(c, site, page, block, node, where, selection)


def _people_problems(site: Site, page: Page) -> list[Problem]:
    """The problems of the people the page shows (content pages of `authors/`, not the
    posts or publications a collection lists, nor data/authors files, reported when read)."""
    files: dict[Path, None] = {}
    for block in page.sections:
        if find(block).shows_people:
            for person in page.people(block):
                if person.origin != "data" and person.section == "authors":
                    files[person.path] = None
    by_path = {f.path: f for f in site.files()}
    problems = list(site.problems)
    for path in files:
        problems += check_person(site, by_path[path])
    return problems


def _profile(f: ContentFile) -> bool:
    """Whether a file of `authors/` is a person's profile (`authors/<slug>/_index.md`,
    `index.md`, or `authors/<slug>.md`), whose keys the person schema knows; a publication or
    a headless widget kept beside a profile is a page of its own, whose keys mean something
    there (`highlight`, `subtitle`)."""
    parts = f.rel.split("/")
    if len(parts) == 3:
        return f.is_bundle_index or f.is_list_page
    return len(parts) == 2 and not f.is_list_page


def check_person(site: Site, f: ContentFile) -> list[Problem]:
    """A person's front matter (a missing avatar is said where a view needs one: rendering
    the seed's people-grid reports it)."""
    try:
        src = _source.read(f.path)
    except LandingkitError as exc:
        return [Problem(exc.path, exc.line, "error", exc.message)]
    c = _Checker(src)
    c.keys(src.data, src.tree, _PERSON, "")
    for name in ("organizations", "profiles", "social"):
        items = src.data.get(name)
        if isinstance(items, list):
            node = _source.child(src.tree, name)
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    c.add("error", f"{name}[{index}]: expected a mapping, got {_got(item)}",
                          node.value[index])
    _check_name_key(c, site, src)
    return c.problems


def _check_name_key(c: _Checker, site: Site, src) -> None:
    """Academic up to v4.8.0 names a person by `name` (widgets/people.html `.Params.name`),
    later versions by the page's `title` (`Config.people_named_by`): a file with only the
    other shows no name on that theme's card (the real builds of tests/sites/academic48 at
    v4.8.0 and v5.4.0 say so)."""
    if site.config.theme != "wowchemy":
        return

    def given(key: str) -> bool:
        return isinstance(src.data.get(key), str) and bool(src.data[key].strip())

    by = site.config.people_named_by
    if by == "name" and given("title") and not given("name"):
        c.add("warning", "name: this site's theme (Academic v4.8) names a person by `name`, "
                         "and this file has only `title`: the theme's card shows no name, "
                         "and a page's author list the username",
              _source.child(src.tree, "title"))
    elif by == "title" and given("name") and not given("title"):
        c.add("warning", "title: this site's theme names a person by the page's `title` "
                         "(`name` was Academic v4.8's), and this file has none: the theme's "
                         "card shows no name", _source.child(src.tree, "name"))


def check_site(site: Site, under: str | Path | None = None) -> list[Problem]:
    """Problems of every page and person below `under` (the whole content folder by default)."""
    base = Path(under).resolve() if under else site.root.resolve()
    problems: list[Problem] = []
    for f in site.files():
        if base not in (f.path.resolve(), *f.path.resolve().parents):
            continue
        if f.section == "authors":
            if _profile(f):
                problems += check_person(site, f)
            continue
        try:
            data = _source.read_data(f.path)
        except LandingkitError as exc:
            problems.append(Problem(exc.path, exc.line, "error", exc.message))
            continue
        widget = widget_file(data, f.path) and data.get("active") is not False
        if data.get("type") == "landing" or "sections" in data or widget:
            found = check_page(site, f.path, f.lang)
            problems += [p for p in found if p not in problems]
    return sorted(set(problems), key=lambda p: (str(p.path), p.line or 0, p.message))
