"""Content problems as `path:line: level: message` records, for people and pages."""

from __future__ import annotations

import datetime as dt
import glob
from pathlib import Path
from typing import Any

import yaml

from . import source as _source
from .errors import LandingkitError, Problem, display_path
from .model import BLOCK_TYPES, CollectionBlock, MarkdownBlock, Page
from .render import render_problems
from .site import ContentFile, Site

THEME_BLOCKS = {"markdown", "collection", "hero", "features", "stats", "testimonials",
                "cta-card", "cta-button-list", "cta-image-paragraph", "resume-biography",
                "resume-biography-3", "resume-experience", "resume-skills", "resume-languages",
                "resume-awards"}

# The collection views each generation's templates define (layouts/partials/views/), and the
# one a view it does not know falls back to (its functions/render_view.html)
THEME_VIEWS = {
    "blox-tailwind": ({"article-grid", "card", "citation", "date-title-summary"}, "card"),
    "blox-bootstrap": ({"card", "citation", "compact", "list", "masonry", "showcase"},
                       "compact"),
    "wowchemy": ({"card", "citation", "compact", "list", "masonry", "showcase"}, "compact"),
}
# design.columns the generation's templates draw: blox-bootstrap lays a block out as one
# column ("1") or title beside content ("2"); blox-tailwind's grid classes go to 12
COLUMNS = {"blox-bootstrap": (1, 2), "wowchemy": (1, 2), "blox-tailwind": (1, 12)}

TEXT, INT, BOOL, MAP, LIST = "a string", "an integer", "true or false", "a mapping", "a list"
DATE = "a date"
_DESIGN = {"columns": INT, "view": TEXT, "background": MAP, "spacing": MAP, "css_class": TEXT,
           "css_style": TEXT}
_FILTERS = {"folders": LIST, "tag": TEXT, "category": TEXT, "author": TEXT,
            "publication_type": TEXT, "exclude_publication_type": TEXT, "featured_only": BOOL,
            "exclude_featured": BOOL, "exclude_past": BOOL, "exclude_future": BOOL,
            "kinds": LIST}
_COLLECTION = {"title": TEXT, "subtitle": TEXT, "text": TEXT, "filters": MAP, "count": INT,
               "offset": INT, "page_type": TEXT, "sort_by": TEXT, "order": TEXT,
               "sort_ascending": BOOL, "archive": MAP}
_MARKDOWN = {"title": TEXT, "subtitle": TEXT, "text": TEXT}
_BLOCK = {"block": TEXT, "blox": TEXT, "id": TEXT, "content": MAP, "design": MAP, "demo": BOOL}
_PAGE = {"title": TEXT, "date": DATE, "type": TEXT, "design": MAP, "sections": LIST}
_PERSON = {"title": TEXT, "first_name": TEXT, "last_name": TEXT, "name_pronunciation": TEXT,
           "role": TEXT, "homepage": TEXT, "tags": LIST, "weight": INT, "date": DATE,
           "organizations": LIST, "profiles": LIST, "social": LIST, "superuser": BOOL,
           "highlight_name": BOOL, "interests": LIST, "user_groups": LIST, "bio": TEXT,
           "email": TEXT, "status": MAP, "authors": LIST,
           "education": None,  # a list, or Academic's older {courses: [...]}: any shape
           "name_display": TEXT, "graduation_year": INT}


def _fits(value: Any, expected: str) -> bool:
    if value is None:
        return True  # an empty value means "not set", as in Hugo
    if expected == TEXT:
        return isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if expected == INT:
        return (type(value) is int) or (isinstance(value, str) and value.strip().isdigit())
    if expected == BOOL:
        return isinstance(value, bool)
    if expected == MAP:
        return isinstance(value, dict)
    if expected == LIST:
        return isinstance(value, list)
    if expected == DATE:  # an integer is Unix seconds to Hugo
        return isinstance(value, (dt.date, str, int)) and not isinstance(value, bool)
    return True


def _got(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(value)
    return {dict: "a mapping", list: "a list"}.get(type(value), type(value).__name__)


class _Checker:
    """Walks front matter beside its YAML nodes, so each finding knows its line."""

    def __init__(self, src: _source.Source):
        self.src = src
        self.problems: list[Problem] = []

    def add(self, level: str, message: str, node=None) -> None:
        line = self.src.line(node) if node is not None else self.src.first_line
        self.problems.append(Problem(self.src.path, line, level, message))

    def keys(self, data: dict, node, schema: dict[str, str], where: str) -> None:
        if not isinstance(node, yaml.MappingNode):
            return
        for key_node, value_node in node.value:
            name = key_node.value
            value = data.get(name)
            path = f"{where}.{name}" if where else name
            known = str(name).lower()  # Hugo reads keys without regard to case
            if known in schema:
                if not _fits(value, schema[known]):
                    self.add("error", f"{path}: expected {schema[known]}, got {_got(value)}",
                             value_node)
            else:
                import difflib  # only a key the schema does not know needs it

                close = difflib.get_close_matches(known, schema, n=1, cutoff=0.75)
                if close:
                    self.add("warning", f"{path}: unknown key (did you mean {close[0]!r}?); "
                                        "it is kept but has no effect", key_node)


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


def front_matter_problems(site: Site, page: Page, selection: bool = True) -> list[Problem]:
    """What is wrong in the page's own front matter; `selection=False` leaves out whom the
    collections select (it reads the people), so that an export can refuse what `check`
    calls an error before it renders anything."""
    c = _Checker(page.source)
    c.keys(page.data, page.source.node, _PAGE, "")
    sections = _source.child(page.source.node, "sections")
    for index, block in enumerate(page.sections):
        node = sections.value[index] if sections is not None else None
        _check_block(c, site, page, block, node, f"sections[{index}]", selection)
    return c.problems


def _leftovers(path: Path) -> list[Problem]:
    """Temporary files of saves killed half-way (source.write names them `.index.md.*.tmp`)."""
    return [Problem(tmp, None, "warning", "left by a save that was interrupted; the page "
                    "beside it is whole (the old or the new version): delete this file")
            for tmp in sorted(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))]


def _check_block(c: _Checker, site: Site, page: Page, block, node, where: str,
                 selection: bool = True) -> None:
    c.keys(block.data, node, _BLOCK, where)
    content, design = block.data.get("content"), block.data.get("design")
    content_node, design_node = _source.child(node, "content"), _source.child(node, "design")
    if block.type not in BLOCK_TYPES:
        known = "a block type of the theme" if block.type in THEME_BLOCKS else "an unknown type"
        c.add("warning", f"{where}.block: {block.type!r} is {known} that landingkit does not "
                         "render yet; it is kept unchanged", _source.child(node, "block") or node)
    if isinstance(design, dict):
        c.keys(design, design_node, _DESIGN, f"{where}.design")
    if isinstance(block, MarkdownBlock) and isinstance(content, dict):
        c.keys(content, content_node, _MARKDOWN, f"{where}.content")
        for number, item in enumerate(block.achievements, 1):
            if item.image_src and not item.image_alt.strip():
                c.add("warning", f"{where}: achievement {number} ({item.title!r}) has an image "
                                 "without alt text", _source.child(content_node, "text"))
    if isinstance(block, CollectionBlock) and isinstance(content, dict):
        c.keys(content, content_node, _COLLECTION, f"{where}.content")
        filters, filters_node = content.get("filters"), _source.child(content_node, "filters")
        if isinstance(filters, dict):
            c.keys(filters, filters_node, _FILTERS, f"{where}.content.filters")
            if selection:
                _check_selection(c, site, page, block, filters_node, where)
        _check_view(c, site, block, design_node, where)
        order = block.order
        if isinstance(order, str) and order.lower() not in ("asc", "desc"):
            c.add("error", f"{where}.content.order: expected 'asc' or 'desc', got {order!r}",
                  _source.child(content_node, "order"))


def site_views(site: Site) -> set[str]:
    """The views the site's own layouts define (`layouts/[_]partials/views/<name>.html`)."""
    names = set()
    for folder in ("partials", "_partials"):
        for path in (site.folder / "layouts" / folder / "views").glob("*.html"):
            names.add(path.name.removesuffix(".html").split(".")[0].split("--")[0].lower())
    return names


def _check_view(c: _Checker, site: Site, block: CollectionBlock, design_node,
                where: str) -> None:
    generation = site.config.theme
    theme, fallback = THEME_VIEWS.get(generation, (set().union(
        *(views for views, _ in THEME_VIEWS.values())), None))
    view, columns = block.view, block.columns
    if isinstance(view, str) and view.strip():
        known = theme | site_views(site)
        if view.lower() not in known:
            import difflib

            close = difflib.get_close_matches(view.lower(), sorted(known), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            shown = (f"; the theme warns and shows its {fallback!r} view instead" if fallback
                     else "")
            c.add("error", f"{where}.design.view: {view!r} is not a view of the theme or of "
                           f"the site{hint}{shown}", _source.child(design_node, "view"))
    number = int(columns) if isinstance(columns, str) and columns.strip().isdigit() else columns
    span = COLUMNS.get(generation)
    if span and type(number) is int and not span[0] <= number <= span[1]:
        c.add("error", f"{where}.design.columns: {columns!r} is out of range: {generation} "
                       f"draws {span[0]} to {span[1]} columns",
              _source.child(design_node, "columns"))


def _check_selection(c: _Checker, site: Site, page: Page, block: CollectionBlock, node,
                     where: str) -> None:
    if not all(_fits(getattr(block.filters, k, block.filters.data.get(k)), t)
               for k, t in _FILTERS.items()):
        return  # wrong types were reported; a selection from them would mislead
    if not site.select(block, page.lang):
        filters = {k: v for k, v in block.filters.data.items() if v not in (None, "", [])}
        c.add("warning", f"{where}: the filters {filters} match nobody in language "
                         f"{page.lang!r}; the section will be empty", node)
    for person in site.left_out(block, page.lang):
        if person.section != "authors":
            continue  # a section's own list page: a collection of its pages never meant it
        c.add("warning", f"{where}: {display_path(person.path)} matches the filters but Hugo "
                         "never shows an _index.md page in a collection; rename it to "
                         "index.md", node)


def _people_problems(site: Site, page: Page) -> list[Problem]:
    """The problems of the people the page shows (not of the posts or publications its
    collections list, whose front matter is not a person's)."""
    files = {}
    for block in page.sections:
        if isinstance(block, CollectionBlock):
            for person in site.select(block, page.lang):
                if person.section == "authors":
                    files[person.path] = None
    by_path = {f.path: f for f in site.files()}
    problems = list(site.problems)
    for path in files:
        problems += check_person(site, by_path[path])
    return problems


def check_person(site: Site, f: ContentFile) -> list[Problem]:
    try:
        src = _source.read(f.path)
    except LandingkitError as exc:
        return [Problem(exc.path, exc.line, "error", exc.message)]
    c = _Checker(src)
    c.keys(src.data, src.node, _PERSON, "")
    for name in ("organizations", "profiles", "social"):
        items = src.data.get(name)
        if isinstance(items, list):
            node = _source.child(src.node, name)
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    c.add("error", f"{name}[{index}]: expected a mapping, got {_got(item)}",
                          node.value[index])
    return c.problems


def check_site(site: Site, under: str | Path | None = None) -> list[Problem]:
    """Problems of every page and person below `under` (the whole content folder by default)."""
    base = Path(under).resolve() if under else site.root.resolve()
    problems: list[Problem] = []
    for f in site.files():
        if base not in (f.path.resolve(), *f.path.resolve().parents):
            continue
        if f.section == "authors":
            problems += check_person(site, f)
            continue
        try:
            data = _source.read_data(f.path)
        except LandingkitError as exc:
            problems.append(Problem(exc.path, exc.line, "error", exc.message))
            continue
        if data.get("type") == "landing" or "sections" in data:
            found = check_page(site, f.path, f.lang)
            problems += [p for p in found if p not in problems]
    return sorted(set(problems), key=lambda p: (str(p.path), p.line or 0, p.message))
