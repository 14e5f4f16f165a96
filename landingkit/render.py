"""A page as HTML: the one renderer behind the notebook preview and every export.

`render_page(page, images)` gives the page's stylesheet and its body fragment
(`<div class="lk-page">...</div>`); `preview_html(page)` is both together for Jupyter, and
`export.page_document` puts the same two into a standalone document.

- Templates (Jinja2, autoescape on): `templates/page.html` lays out the sections; each block
  type draws itself from its own folder (`blocks/<type>/`, its templates named
  `"<type>/block.html"`), found by name with `blocks.find`, as a collection's views are with
  `blocks.view`; `blocks/generic/` stands in for the types landingkit does not model.
  A block's `render(ctx, block, index, section_id)` gets a `_Context`: its methods
  (`render`, `title_html`, `text_html`, `role_html`, `avatar_url`, `image_url`, `href`,
  `card`, `shared`) are all a block needs of this module.
- Markdown goes through `markdown` (markdown-it-py, Hugo's heading ids, the sanitiser).
- Images go through `images` (where a source points, crop/resize, cache); how the page refers
  to them (embedded data: URLs, or files written beside the HTML) is an `Images` object.
- Each person's card is rendered once per (person file, language, image mode, variant) and
  kept in the site's cache (`site.cache.cards`, see `cache.Cache`) for every page that shows
  it, which is what makes a 200-page site with the same 250 people cheap.
- Problems (a missing image or avatar, an image path refused) are reported to the page's site
  (`site.problems`) with the file and line of the Markdown that names the image.

The CSS is scoped: every rule starts with `:is(.lk-page,#lk-page)`, which matches only the
page's root element yet counts as an id selector, so JupyterLab's own rules (classes) cannot
override it, and `all: revert` on the elements a page uses drops whatever they would add.
"""

from __future__ import annotations

import functools
import html
import os
import re
import warnings
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from . import frame as _frame
from . import images as _images
from . import markdown as _markdown
from . import section as _section
from .config import tailwind_since, wowchemy_before
from .errors import LandingkitError, Problem
from .model import Block, Page, Person

SCOPE = ":is(.lk-page,#lk-page)"
_LENGTH = re.compile(r"^(?:0|[0-9]*\.?[0-9]+(?:px|rem|em|%|vh|vw|vmin|vmax|ch|ex|pt))$")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# ------------------------------------------------------------------ templates


@functools.cache
def environment():
    """The Jinja2 environment (templates compile once, on first use)."""
    from jinja2 import (
        ChoiceLoader,
        Environment,
        FileSystemBytecodeCache,
        FunctionLoader,
        PackageLoader,
        StrictUndefined,
    )

    compiled = _images.cache_dir() / "templates"
    try:
        compiled.mkdir(parents=True, exist_ok=True)
        bytecode = FileSystemBytecodeCache(str(compiled))  # keyed by each template's source
    except OSError:
        bytecode = None
    loader = ChoiceLoader([PackageLoader("landingkit", "templates"),
                           FunctionLoader(_block_template)])
    env = Environment(loader=loader, autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined,
                      keep_trailing_newline=False, bytecode_cache=bytecode,
                      auto_reload=False)  # the package's templates: no stat on every use
    env.filters["safe_url"] = safe_url
    return env


def _block_template(name: str):
    """`<type>/<file>` from the folder block type `<type>` registered (looked up at each
    first use, so a type registered later is found too)."""
    from . import blocks

    prefix, _, rest = name.partition("/")
    if prefix.startswith("view-"):
        blocks.view(prefix[5:])  # the view is registered, with its folder
    elif prefix not in blocks.folders:
        blocks.find(prefix)
    folder = blocks.folders.get(prefix)
    if folder is None or not rest or ".." in rest.split("/"):
        return None
    path = folder / rest
    try:
        return path.read_text(encoding="utf-8"), str(path), lambda: True
    except OSError:
        return None


def template(name: str):
    return environment().get_template(name)


_TEMPLATES = Path(__file__).parent / "templates"

#: the look's stylesheets of each variant (templates/looks/): Wowchemy v5.0-v5.4 over v5.5's,
#: Academic v4 and Wowchemy v5.0 over those
VARIANT_STYLES = {"kit": ("looks/kit.css",), "wowchemy": ("looks/wowchemy.css",),
                  "wowchemy-5.4": ("looks/wowchemy.css", "looks/wowchemy-5.4.css"),
                  "academic": ("looks/wowchemy.css", "looks/wowchemy-5.4.css",
                               "looks/academic.css")}


@functools.cache
def base_css(look: str = "tailwind", variant: str | None = None) -> str:
    """templates/landing.css and the look's stylesheet (templates/looks/), its shortcodes'
    (`shortcodes/<look>.css`, where the look draws them otherwise), then its variant's
    (`looks/kit.css`), scope written out."""
    from . import theme

    shortcodes = f"shortcodes/{look}.css"  # where the look draws them otherwise than landing.css
    names = ("landing.css", theme.LOOKS[look].stylesheet,
             *((shortcodes,) if (_TEMPLATES / shortcodes).is_file() else ()),
             *VARIANT_STYLES.get(variant, ()))
    return "".join(_scoped(environment().loader.get_source(environment(), name)[0])
                   for name in names)


def code_css(site, lang: str | None = None) -> str:
    """The colours of code highlighted with Chroma's classes (a site whose theme's `markup`
    sets `highlight.noClasses: false`) in the light and dark styles the site's theme shows
    (codestyles.theme_styles), for a page that has such code; '' where the theme colours no
    code (Wowchemy without highlight.js turned on). blox-bootstrap's stylesheets colour the
    code's box too."""
    from . import codestyles

    config = getattr(site, "config", None)
    params = config.params(lang) if config is not None else {}
    generation = getattr(config, "theme", None)
    names = codestyles.theme_styles(generation, params)
    if not names:
        return ""
    return _scoped(codestyles.class_css(*names, background=generation == "blox-bootstrap"))


#: blox-tailwind's versions from v0.5 on, each with the stylesheets in a block's folder
#: (`tailwind-<version>.css`) that hold from it on, the earlier ones under the later
TAILWIND_STEPS = ("0.5", "0.6", "0.8", "0.9", "0.10")
_tailwind = {step: tuple(f"tailwind-{s}.css" for s in TAILWIND_STEPS[:n])
             for n, step in enumerate(TAILWIND_STEPS, 1)}
#: a variant's stylesheets in a block's folder, where they are more than `<variant>.css`: the
#: 2025 card (`card.css`) from blox-tailwind v0.6 and the gradient mesh (`mesh.css`) from v0.10,
#: which the kit draws too
VARIANT_FOLDER_STYLES = {"kit": ("card.css", "mesh.css", "kit.css"),
                         "tailwind-0.5": _tailwind["0.5"],
                         **{f"tailwind-{step}": ("card.css", *_tailwind[step])
                            for step in ("0.6", "0.8", "0.9")},
                         "tailwind-0.10": ("card.css", "mesh.css", *_tailwind["0.10"])}


@functools.cache
def folder_css(look: str, folders: tuple[Path, ...], variant: str | None = None) -> str:
    """The stylesheets of the block types and views in `folders`: each one's for every look
    (`<folder>/block.css`), then its look's (`<folder>/<look>.css`), then the look's variant
    of a generation that draws it otherwise (`<folder>/kit.css`), scope written out: a page
    carries the styles of its own blocks."""
    names = ("block.css", f"{look}.css", *VARIANT_FOLDER_STYLES.get(
        variant, (f"{variant}.css",) if variant else ()))
    paths = (folder / name for folder in folders for name in names)
    return "".join(_scoped(path.read_text(encoding="utf-8")) for path in paths if path.is_file())


def _scoped(source: str) -> str:
    source = re.sub(r"/\*.*?\*/\s*", "", source, flags=re.S)
    return source.replace(".lk-page", SCOPE).strip() + "\n"


def _folders(page) -> tuple[Path, ...]:
    """The folders of the page's block types and of the views its blocks name."""
    from . import blocks

    found: dict[Path, None] = {}
    for block in page.sections:
        kind = blocks.find(block)
        found[Path(kind.folder)] = None
        design = block.data.get("design")
        name = kind.view_of(block) if kind.view_of is not None else (
            design.get("view") if isinstance(design, dict) else None)
        named = blocks.view(name)
        if named is not None:
            found[Path(named.folder)] = None
    return tuple(found)


_looks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def site_look(site) -> tuple[str, str]:
    """(the look's name, the site's own stylesheet scoped to the page), found once per site.

    The stylesheet is written twice: inside `@scope` of the page's root, for its at-rules
    (`@keyframes`, `@font-face`, which a style rule cannot hold), and nested in the root
    (`:is(.lk-page,#lk-page) { ... }`), so that its rules count the root's id as the page's
    own do and, coming last, win over the reset of landing.css (`all: revert`, the root and
    an element) as a site's custom.css wins over the theme's on Hugo's page; rules of the
    page's blocks that name a class as well still win. The page the site's rules name
    (`body`, `html`, `.dark`) is the root (`theme.page_rules`)."""
    from . import theme

    if site is None:
        return theme.TAILWIND, ""
    known = _looks.get(site)
    if known is None:
        look = theme.generation(site.config)
        version = site.config.wowchemy_version
        template = look == theme.BOOTSTRAP and not wowchemy_before(version, (5, 0))
        custom = theme.page_rules(theme.custom_css(site.folder, template=template))
        known = (look, f"@scope ({SCOPE}) {{\n{custom}\n}}\n{SCOPE} {{\n{custom}\n}}\n"
                 if custom.strip() else "")
        _looks[site] = known
    return known


def look_variant(site) -> str | None:
    """"kit" on a site of the 2026 kit, which draws some blocks and the frame otherwise than
    blox-tailwind (its variants are `kit.css` and `kit` templates in a block's folder);
    "wowchemy" on a Wowchemy site, whose text differs from blox-bootstrap's
    (`looks/wowchemy.css`), "wowchemy-5.4" on one of v5.1-v5.4 (`looks/wowchemy-5.4.css`
    too), "academic" on an Academic v4 or Wowchemy v5.0 site (`looks/academic.css` too, and
    `academic.css` in a block's folder); on a blox-tailwind site from v0.5, "tailwind-" and
    the last of TAILWIND_STEPS it has reached: v0.5 (Tailwind 4 and typography 0.5), v0.6
    (the collection cards the kit's, `card.css`), v0.8, v0.9 and v0.10 (the gradient mesh),
    each step's `tailwind-<step>.css` in a block's folder over the earlier steps'."""
    theme = site.config.theme if site is not None else None
    if theme == "wowchemy" and _before_wowchemy_5_5(site.config):
        version = site.config.wowchemy_version
        return "academic" if wowchemy_before(version, (5, 1)) else "wowchemy-5.4"
    for step in reversed(TAILWIND_STEPS):
        if tailwind_since(site.config, tuple(int(n) for n in step.split("."))):
            return f"tailwind-{step}"
    return theme if theme in ("kit", "wowchemy") else None


def _before_wowchemy_5_5(config) -> bool:
    """Whether a Wowchemy site builds with a version before v5.5 (`Config.wowchemy_version`),
    or, no version known, sets those versions' theming keys (`frame.older_theming`)."""
    version = config.wowchemy_version
    if version is not None:
        return version < (5, 5)
    return _frame.older_theming(config.params())


def safe_url(url: str) -> str:
    """`url` when it is a web, mail or relative link; '' for anything else (javascript: ...)."""
    url = (url or "").strip()
    squeezed = re.sub(r"[\x00-\x20\x7f]", "", url)  # browsers ignore these inside a scheme
    scheme = _SCHEME.match(squeezed)
    if (scheme and scheme.group(1).lower() not in LINK_SCHEMES) or "\\" in url:
        return ""
    return url


# ------------------------------------------------------------------ how images are referred to


class Images:
    """How a rendered page refers to its images.

    One object serves the pages of one export (or one preview): it remembers what it has
    found on disk (`stats`, `folders`) and the people grids it has drawn (`grids`), so that
    200 pages showing the same 250 people look at each file once and draw each grid once.
    """

    key: tuple = ()

    def __init__(self):
        self.stats: dict[Path, tuple] = {}
        self.folders = _images.Folders()
        self.grids: dict[tuple, tuple] = {}  # see _people_grid

    def stat_key(self, path: Path | None) -> tuple:
        """(path, mtime, size) of a file, looked up once per Images object."""
        if path is None:
            return ()
        key = self.stats.get(path)
        if key is None:
            try:
                st = os.stat(path)
                key = (str(path), st.st_mtime_ns, st.st_size)
            except OSError:
                key = (str(path),)
            self.stats[path] = key
        return key

    def url(self, processed: _images.Processed, name: str) -> str:
        raise NotImplementedError


class Embed(Images):
    """Every image inside the HTML as a data: URL: one self-contained file."""

    key = ("embed",)

    def url(self, processed: _images.Processed, name: str) -> str:
        return processed.data_uri()


class Files(Images):
    """Images written once into `folder`, referred to as `prefix + name` from the HTML."""

    def __init__(self, folder: str | os.PathLike, prefix: str):
        super().__init__()
        self.folder = Path(folder)
        self.prefix = prefix
        self.key = ("files", str(self.folder.resolve()), prefix)
        self.written: dict[str, Path] = {}
        self._siblings: dict[str, Files] = {prefix: self}

    def at(self, prefix: str) -> Files:
        """The same folder seen from HTML elsewhere (`../media/`), sharing what was written."""
        sibling = self._siblings.get(prefix)
        if sibling is None:
            sibling = Files(self.folder, prefix)
            sibling.written, sibling.stats = self.written, self.stats
            sibling.folders = self.folders
            sibling._siblings = self._siblings
            self._siblings[prefix] = sibling
        return sibling

    def url(self, processed: _images.Processed, name: str) -> str:
        if processed.ext == "svg":  # an SVG opened on its own could run script: keep it inline
            return processed.data_uri()
        if name not in self.written:
            path = self.folder / name
            if not (path.is_file() and path.stat().st_size == len(processed.data)):
                write_file(path, processed.data)
            self.written[name] = path
        return self.prefix + name


def write_file(path: Path, data: bytes) -> None:
    """Write a file of an export atomically (see `source.write_atomically`), making its
    folder when it is missing (most writes of a site export go to folders already there).
    Failures are said as `path: message`."""
    try:
        try:
            _images.write_atomically(path, data)
        except (FileNotFoundError, NotADirectoryError):
            _make_folder(path.parent)
            _images.write_atomically(path, data)
    except OSError as exc:
        raise LandingkitError(f"cannot write the file: {exc.strerror}", path) from None


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = ("a file of that name is in the way" if isinstance(exc, FileExistsError)
                  else exc.strerror)
        raise LandingkitError(f"cannot make this folder: {reason}",
                              exc.filename or folder) from None


# ------------------------------------------------------------------ rendering state


@dataclass(eq=False, repr=False)
class _Context:
    """One rendering of one page."""

    page: Page
    images: Images
    places: _images.Places
    site_root: Path | None
    ids: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    uses: list[tuple[_images.Processed, str]] = field(default_factory=list)
    icons: dict[str, Markup] = field(default_factory=dict)  # name -> <symbol>, in order
    links: Any = None  # a frame.Links: where the site's URLs go in this output

    def href(self, url: str) -> str:
        """A site URL (`/post/x/`) as a link of this output: an exported file, or the live
        site."""
        if self.links is None:
            self.links = _frame.default_links(self.page)
        return self.links.href(url)

    @functools.cached_property
    def markup(self) -> _markdown.MarkupSettings:
        """The site's `markup` settings, which every Markdown text of the page is rendered
        with (RenderString and markdownify both take them)."""
        return _markup(self.page)

    def icon(self, name: str) -> Markup | None:
        """The inline `<svg>` of a profile icon (its symbol joins the page's sprite), or None."""
        from . import icons

        symbol = icons.symbol(name)
        if symbol is None:
            return None
        self.icons.setdefault(name, symbol)
        return icons.use(name)

    def report(self, path, line, message: str, level: str = "warning") -> None:
        self.problems.append(Problem(Path(path), line, level, message))

    def report_at(self, block: Block | None, keys: tuple, message: str,
                  level: str = "warning") -> None:
        """Report at `keys` of `block` (`("content", "items", 0, "image")`), in the file the
        block is written in: a Wowchemy widget file's own (its keys at its top level), else
        the page's; at the block's line when the file does not hold the keys."""
        page = self.page
        path, source, at = page.path, page.source, None
        if block is not None and block.widget:
            part = next((part for part in (*getattr(page, "parts", ()), page)
                         if part.sections and part.sections[0] is block), None)
            path, source = (part.path, part.source) if part is not None else (path, None)
            at = keys
        elif block is not None:
            index = next((n for n, b in enumerate(page.sections) if b is block), None)
            at = ("sections", index, *keys) if index is not None else None
        line = source.line_at(at) if source is not None and at is not None else None
        self.report(path, line or (block.line if block is not None else None), message, level)

    def site_image_url(self, path: Path, kind: str, stem: str | None = None) -> str:
        """`image_url` of a file found in the site's folders, once `images.inside_site` has
        checked that it (or a link on the way) stays inside the site; ImageProblem if not."""
        real = _images.inside_site(path, self.places.site, self.images.folders)
        return self.image_url(real, kind, stem)

    def image_url(self, path: Path, kind: str, stem: str | None = None) -> str:
        processed = _images.process(path, kind)
        name = processed.file_name(stem or (path.stem if kind != "avatar"
                                            else path.parent.name), kind)
        self.uses.append((processed, name))
        return self.images.url(processed, name)

    # what a block's renderer uses -------------------------------------------
    def render(self, name: str, **values) -> Markup:
        """Template `name` (e.g. "people/block.html") filled with `values`."""
        return Markup(template(name).render(**values))

    def title_html(self, block: Block, index: int) -> Markup:
        """`content.title` as inline Markdown ("" when empty)."""
        return _title_html(self, block, index)

    def text_html(self, block: Block, index: int, path: tuple = ("content", "text"),
                  text: str | None = None, content: bool = False) -> Markup | str:
        """Markdown text of the block (`content.text` by default) as HTML, its images'
        problems naming their lines; "" when there is none. `content`: drawn as a page's
        `.Content` (a lone paragraph keeps its `<p>`; emojified only by `enableEmoji`)."""
        return _text_html(self, block, index, path, text, content)

    def role_html(self, person: Person) -> Markup:
        return _role_html(self, person)

    def inline_html(self, text: str) -> Markup:
        """A line of Markdown (a group name, an interest) as Hugo's markdownify gives it."""
        if not str(text).strip():
            return Markup("")
        state = _markdown.RenderState(set(), markup=self.markup)
        return Markup(_markdown.markdownify(str(text), state))

    def avatar_url(self, person: Person, missing: str | None = None,
                   kind: str = "avatar") -> str | None:
        """The URL of the person's avatar, or None; `missing`: the warning when there is
        none (None: the block draws no image then, and says nothing, as the theme does)."""
        if person.avatar is None:
            if missing:
                self.report(person.path, None, missing)
            return None
        try:
            return self.site_image_url(person.avatar, kind, stem=person.slug if kind == "avatar"
                                       and person.origin == "data" else None)
        except _images.ImageProblem as exc:
            shown = "a placeholder is shown" if missing else "the card shows no photo"
            self.report(person.path, None, f"avatar: {exc}; {shown}")
            return None

    def card(self, person: Person, variant: str, draw) -> Markup:
        """`draw(ctx, person)`, done once per (person file, avatar, language, image mode,
        variant) and reused across pages."""
        return _card(self, person, variant, draw)

    def shared(self, key: tuple, draw, keep=None) -> Markup:
        """`draw(ctx)`, done once per Images object for `key`: pages of one export that show
        the same people share it (`keep`: what must live as long as the key's ids)."""
        known = self.images.grids.get(key)
        if known is None:
            sub = _Context(self.page, self.images, self.places, self.site_root, links=self.links)
            known = (draw(sub), sub.problems, sub.icons, keep)
            self.images.grids[key] = known
        self.problems.extend(known[1])
        for name, symbol in known[2].items():
            self.icons.setdefault(name, symbol)
        return known[0]

    @staticmethod
    def initials(name: str) -> str:
        """What a card without a photo shows: the name's initials."""
        return _initials(name)


def _report_all(page: Page, problems: list[Problem]) -> None:
    site = getattr(page, "site", None)
    for problem in problems:
        if site is not None:
            site.report(problem)
        else:
            warnings.warn(str(problem), stacklevel=3)


# ------------------------------------------------------------------ the page


def render_page(page: Page, images: Images | None = None, frame: bool = True,
                links=None) -> tuple[str, str]:
    """(stylesheet, body fragment) of `page`; problems go to `page.site.report`. `frame`:
    the site's navbar and footer around it, their links made by `links` (a `frame.Links`;
    default: the files of one page's export, `export.default_output`)."""
    css, body, problems = _render(page, images or Embed(), frame, links)
    _report_all(page, problems)
    return css, body


def render_problems(page: Page) -> list[Problem]:
    """What rendering `page` would warn about (images, lengths), reported nowhere."""
    return _render(page, Embed())[2]


def _render(page: Page, images: Images, framed: bool = True,
            links=None) -> tuple[str, str, list[Problem]]:
    site = getattr(page, "site", None)
    content = site.content_dir_of(page.path) if site is not None else None
    places = _images.Places.of(page.path, content, page.lang,
                               getattr(site, "default_lang", None), getattr(site, "folder", None),
                               getattr(site, "base_path", "/"))
    ctx = _Context(page, images, places, content, links=links)
    root_id = _root_id(page, content)
    section_ids = page.section_ids()
    ctx.ids.update(section_ids)
    ctx.ids.add(root_id)
    sections, rules, designed = [], [], False
    kit = look_variant(site) == "kit"
    look, custom = site_look(site)
    if kit:
        from .blocks import kitsection as _kit
    for index, (block, section_id) in enumerate(zip(page.sections, section_ids)):
        if not shown(block, site):
            continue
        padding = _padding(ctx, block, index)
        selector = f"#{root_id} #{_css_ident(section_id)}"
        if padding:
            rules.append(f"{selector}{{padding:{padding}}}")
        drawn = _render_block(ctx, block, index, section_id)
        design = _section.design_of(ctx, block, index)
        if design is not None:
            drawn, designed = _section.wrap(drawn, design), True
            rules.append(_section.rule(selector, design))
        elif kit:  # the kit's wrapper, around every block (the hero's template draws its own)
            own = _kit.draws_own(block)
            wrapped = drawn if own else _kit.wrap(ctx, drawn, _kit.section(ctx, block))
            designed = designed or own or wrapped is not drawn
            drawn = wrapped
        sections.append(_section.dress(drawn, _section.theme_classes(
            look, block, site.config.theme if site is not None else None), "", ""))
    # a widget file's `design` is its widget's; the page's spacing is its widget page's, and
    # blox-tailwind's only: blox-bootstrap and Wowchemy read no page-wide `design.spacing`
    own = None if (page.sections and page.sections[0].widget) or look == "bootstrap" \
        else page.spacing
    spacing = _length(own)
    if own is not None and spacing is None:
        ctx.report(page.path, _line_of(page, ("design", "spacing")),
                   f"design.spacing: {own!r} is not a CSS length; ignored")
    from . import theme

    variant = look_variant(site)
    folders = _folders(page) + ((Path(__file__).parent / "templates" / "frame",) if framed else ())
    if designed:
        folders += (Path(__file__).parent / "templates" / "section",)
    system = theme.system_font(getattr(site, "config", None))
    css = base_css(look, variant) + folder_css(look, folders, variant)
    if look == theme.BOOTSTRAP and site is not None:
        params = site.config.params(page.lang)
        css += theme.bootstrap_type_css(params, f"#{root_id}")
        if not theme.bootstrap_type(params)[1]:  # a native font set embeds none
            css = theme.font_css(look) + css
    elif not system:
        css = theme.font_css(look) + css
    if any('<pre tabindex="0" class="chroma">' in section for section in sections):
        css += code_css(site, page.lang)
    if spacing:
        css += f"#{root_id} .lk-section{{padding:{spacing} 0 {spacing} 0}}\n"
    palette = theme.primary_palette(site.config, page.lang) \
        if look == "tailwind" and variant != "kit" and site is not None else "blue"
    if system:
        # and Tailwind 4's type scale: text-xl in 28 px lines where v0.3.1's were 30 px
        css += f"#{root_id}{{--lk-font:{theme.SYSTEM_SANS};--lk-text-xl-line:28px}}\n"
    if palette != "blue":  # the look's own is blue and zinc
        packs = tailwind_since(site.config, (0, 6))  # with a secondary
        secondary = theme.SECONDARY.get(palette, "zinc") if packs else "zinc"
        css += f"#{root_id}{{{theme.palette_css(palette, secondary)}}}\n"
    css += "".join(rule + "\n" for rule in rules if rule) + custom
    words = _frame.words(page.lang)
    frame = navbar = footer = None
    if framed:
        if ctx.links is None:
            ctx.links = _frame.default_links(page)
        frame = _frame.build(page, ctx.links, look)
        navbar, footer = _frame_html(ctx, frame, root_id, words)
    body = template("page.html").render(
        root_id=root_id, lang=page.lang, title=page_title(page), sections=sections,
        sprite=list(ctx.icons.values()), frame=frame, navbar=navbar, footer=footer,
        words=words)
    return css, body, ctx.problems


def _frame_html(ctx: _Context, frame, root_id: str, words: dict) -> tuple[Markup, Markup]:
    """The navbar and the footer of `frame`, their icons joining the page's sprite."""
    logo = None
    if frame.logo is not None:
        try:
            logo = ctx.image_url(frame.logo, "content")
        except _images.ImageProblem as exc:
            ctx.report(frame.logo, None, f"logo: {exc}; the site's title is shown instead")
    footer_logo = None
    columns = frame.footer_columns
    if columns is not None and columns.logo is not None:
        try:
            footer_logo = ctx.image_url(columns.logo, "content")
        except _images.ImageProblem as exc:
            ctx.report(columns.logo, None, f"logo: {exc}; the footer shows none")
    copyright_ = Markup(_markdown.render_inline(
        frame.copyright, _markdown.RenderState(set(), markup=ctx.markup)))  # markdownify's
    text = Markup(_markdown.emojify(_markdown.markdownify(frame.footer_text, _markdown.RenderState(
        set(), markup=ctx.markup)))) if frame.footer_text.strip() else None  # minimal.html's
    navbar = template("frame/navbar.html").render(
        frame=frame, root_id=root_id, logo=logo, icon=ctx.icon, words=words)
    footer = template("frame/footer.html").render(
        frame=frame, copyright=copyright_, icon=ctx.icon, words=words, footer_logo=footer_logo,
        social=[(link, _social_icon(ctx, link.icon)) for link in frame.social],
        footer_text=text)
    return Markup(navbar), Markup(footer)


def _social_icon(ctx: _Context, name: str) -> Markup | None:
    """A social link's icon as the kit's get_icon gives it: an `emoji/` name as its emoji, a
    known icon as its SVG, a bare name no pack has as the text itself (an emoji written
    out), both in an inline span; None for an icon of a pack landingkit lacks (the link is
    drawn empty)."""
    pack, _, icon = name.strip().rpartition("/")
    if pack == "emoji":
        wrapped = icon if icon.startswith(":") else f":{icon}:"
        return Markup('<span class="lk-social-emoji">{}</span>').format(
            _markdown.emojify(wrapped))
    drawn = ctx.icon(name) if name.strip() else None
    if drawn is None and not pack and name.strip():
        return Markup('<span class="lk-social-emoji">{}</span>').format(name)
    return drawn


def preview_html(page: Page, frame: bool = True) -> str:
    """The page for Jupyter's inline display: the same HTML as an export, CSS scoped."""
    css, body = render_page(page, Embed(), frame)
    return f"<style>{css}</style>\n{body}"


def _root_id(page: Page, content: Path | None) -> str:
    path = Path(page.path).resolve()
    try:
        rel = path.parent.relative_to(content).as_posix() if content else path.parent.name
    except ValueError:
        rel = path.parent.name
    slug = re.sub(r"[^a-z0-9]+", "-", rel.lower()).strip("-") or "page"
    return f"lk-{slug}-{re.sub(r'[^a-z0-9]+', '-', str(page.lang).lower())}"


def _css_ident(ident: str) -> str:
    """An id as a CSS selector (ids of blocks are user text)."""
    out = []
    for index, ch in enumerate(ident):
        if (ch.isalnum() and ch.isascii() and not (index == 0 and ch.isdigit())) or ch in "-_":
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):x} ")
    return "".join(out)


def page_title(page: Page) -> str:
    """The page's title as plain text (its folder's name when it has none)."""
    title = page.title
    return str(title).strip() if title not in (None, "") else Path(page.path).parent.name


def _length(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text if _LENGTH.match(text) else None


def _padding(ctx: _Context, block: Block, index: int) -> str | None:
    design = block.data.get("design")
    spacing = design.get("spacing") if isinstance(design, dict) else None
    padding = spacing.get("padding") if isinstance(spacing, dict) else None
    if padding is None:
        return None
    values = padding if isinstance(padding, list) else [padding]
    lengths = [_length(v) for v in values]
    if not 1 <= len(values) <= 4 or None in lengths:
        ctx.report_at(block, ("design", "spacing", "padding"),
                      f"design.spacing.padding: {padding!r} is not a list of CSS lengths; ignored")
        return None
    return " ".join(lengths)


#: the environment variable that turns a generation's demo mode on (its landing_page.html)
DEMO_SWITCH = {"blox-bootstrap": "WC_DEMO", "blox-tailwind": "HUGO_BLOX_DEMO",
               "kit": "HUGO_BLOX_DEMO"}


def shown(block: Block, site=None) -> bool:
    """Whether the published page shows `block`: the theme's landing_page.html leaves out a
    block whose `demo` is true to Go (anything but false, 0, "", null or empty) unless its
    demo switch (`DEMO_SWITCH`) is "true" where the page is drawn; a Wowchemy widget file has
    no `demo` (its `active: false` leaves it out)."""
    generation = getattr(getattr(site, "config", None), "theme", None) or "blox-tailwind"
    switch = DEMO_SWITCH.get(generation)
    demo = block.data.get("demo")
    if switch is None or block.widget or demo in (None, False, 0, 0.0, "", [], {}):
        return True
    return os.environ.get(switch) == "true"


def _render_block(ctx: _Context, block: Block, index: int, section_id: str) -> Markup:
    from .blocks import GENERIC, find

    kind = find(block)
    draw = kind.render or find(GENERIC).render
    return Markup(draw(ctx, block, index, section_id))


def _title_html(ctx: _Context, block: Block, index: int) -> Markup:
    title = getattr(block, "title", None)
    if title is None or not str(title).strip():
        return Markup("")
    line = _line_of(ctx.page, ("sections", index, "content", "title")) or block.line
    state = _markdown.RenderState(ctx.ids, _content_images(ctx, {}, None, line),
                                  markup=ctx.markup)
    return Markup(_markdown.render_inline(str(title), state))


# ------------------------------------------------------------------ markdown text


def _text_html(ctx: _Context, block: Block, index: int, path: tuple,
               text: str | None, content: bool = False) -> Markup | str:
    text = getattr(block, "text", "") if text is None else text
    if not text.strip():
        return ""
    first_line = _text_line(ctx.page, text, ("sections", index, *path))
    state = _markdown.RenderState(ctx.ids, markup=ctx.markup, icon=ctx.icon,
                                  figure=_figure(ctx.page),
                                  emoji=not content or _enable_emoji(ctx.page))
    tokens = _markdown.parse(text, state)
    if state.found:  # what the site defines, for the text's shortcodes to be drawn or marked
        from . import shortcodes

        state.shortcodes = _shortcodes(ctx.page)
        state.ref = lambda code: shortcodes.reference(code, ctx.page.site, ctx.page)
    lines = _image_lines(tokens) if first_line is not None else {}
    state.image = _content_images(ctx, lines, first_line, block.line)
    return Markup(_markdown.render_tokens(tokens, state, trim=not content))


def _enable_emoji(page: Page) -> bool:
    """The site's `enableEmoji` (Hugo's default: false), which emojifies a page's content."""
    config = getattr(getattr(page, "site", None), "config", None)
    data = getattr(config, "data", None)
    if not isinstance(data, dict):
        return False
    return next((v for k, v in data.items() if str(k).lower() == "enableemoji"), False) is True


def _shortcodes(page: Page) -> frozenset[str] | None:
    """The shortcodes Hugo finds for the page's site (None: not known)."""
    from . import shortcodes

    site = getattr(page, "site", None)
    return shortcodes.defined(site) if site is not None else None


#: the classes of each generation's image hook around an image (`_markup/render-image.html`
#: of blox-tailwind v0.3.1, blox-bootstrap v5.9.7, Wowchemy v5.5.0 and the kit)
FIGURES = {"blox-tailwind": ("flex justify-center", "w-100"),
           "blox-bootstrap": ("d-flex justify-content-center", "w-100"),
           "wowchemy": ("d-flex justify-content-center", "w-100"),
           "kit": ("flex justify-center", "w-full")}


def _figure(page: Page) -> tuple[str, str] | None:
    """How the site's theme draws a Markdown image (None: Hugo's own <img>, no theme)."""
    config = getattr(getattr(page, "site", None), "config", None)
    return FIGURES.get(getattr(config, "theme", None))


def _markup(page: Page) -> _markdown.MarkupSettings:
    """The site's `markup` settings (with its theme's, as Hugo merges them), Hugo's
    defaults without a site."""
    markup = getattr(getattr(getattr(page, "site", None), "config", None), "markup", None)
    settings = _markdown.MarkupSettings
    return settings.of(markup) if isinstance(markup, dict) else settings()


def _content_images(ctx: _Context, lines: dict[str, int], first_line: int | None,
                    fallback: int | None):
    """The image resolver of one Markdown text: source -> URL, warnings with lines."""
    path = ctx.page.path

    def resolve(src: str) -> str | None:
        line = first_line + lines[src] if src in lines else fallback
        return _image_src(ctx, src, path, line, ctx.places)

    return resolve


def _image_src(ctx: _Context, src: str, path: Path, line: int | None,
               places: _images.Places) -> str | None:
    found = _images.locate(src, places, ctx.images.folders)
    if found.url is not None:
        if found.url.startswith("data:"):
            return found.url
        ctx.report(path, line, f"image {src!r} is on another site; a standalone page does not "
                               "load it, so a placeholder is shown")
        return _images.placeholder_uri(f"{src} (external)")
    if found.problem is not None:
        ctx.report(path, line, found.problem + "; a placeholder is shown")
        return _images.placeholder_uri(_short(src))
    try:
        return ctx.image_url(found.path, "content")
    except _images.ImageProblem as exc:
        ctx.report(path, line, f"{exc}; a placeholder is shown")
        return _images.placeholder_uri(_short(src))


def _short(src: str) -> str:
    """What a placeholder calls an image: its file name."""
    if src.lstrip().lower().startswith("data:"):
        return "a data: URL"
    return src.rsplit("/", 1)[-1] or src


#: an `<img>`'s source in raw HTML (compiled by `re` when first used: most texts have none)
_RAW_IMG = r"(?i)<img\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))"


def _image_lines(tokens) -> dict[str, int]:
    """Image source (as the sanitiser will see it) -> 0-based line in the text, first seen."""
    found: dict[str, int] = {}
    for token in tokens:
        if not token.map:
            continue
        if token.type == "html_block":
            for match in re.finditer(_RAW_IMG, token.content):
                src = html.unescape(next(g for g in match.groups() if g is not None))
                found.setdefault(src, token.map[0] + token.content.count("\n", 0, match.start()))
        elif token.type == "inline":
            breaks = 0
            for child in token.children or []:
                if child.type in ("softbreak", "hardbreak"):
                    breaks += 1
                elif child.type == "image":
                    found.setdefault(str(child.attrGet("src")), token.map[0] + breaks)
                elif child.type == "html_inline":
                    for match in re.finditer(_RAW_IMG, child.content):
                        src = html.unescape(next(g for g in match.groups() if g is not None))
                        found.setdefault(src, token.map[0] + breaks)
    return found


def _line_of(page: Page, path: tuple) -> int | None:
    source = getattr(page, "source", None)
    return source.line_at(path) if source is not None else None


def _text_line(page: Page, text: str, path: tuple) -> int | None:
    """File line of the first line of a text, when the file still holds that text there."""
    node = page.source.node_at(path) if page.source is not None else None
    if getattr(node, "id", None) != "scalar" or node.value != text:
        return None
    if node.style in ("|", ">"):
        return page.source.line(node) + 1  # the text starts under the `|` line
    return page.source.line(node)


# ------------------------------------------------------------------ people


def _card(ctx: _Context, person: Person, variant: str, draw) -> Markup:
    site = ctx.page.site
    cards = site.cache.cards if site is not None else {}  # see cache.Cache
    stat = ctx.images.stat_key
    key = (stat(person.path), stat(person.avatar), person.lang, ctx.images.key,
           str(ctx.site_root), variant)
    cached = cards.get(key)
    if cached is None:
        sub = _Context(ctx.page, ctx.images, ctx.places, ctx.site_root, links=ctx.links)
        html_ = Markup(draw(sub, person))
        cached = (html_, sub.uses, sub.problems, sub.icons)
        cards[key] = cached
    else:
        for processed, name in cached[1]:
            ctx.images.url(processed, name)  # a new export writes the file once more
    ctx.problems.extend(cached[2])
    for name, symbol in cached[3].items():
        ctx.icons.setdefault(name, symbol)
    return cached[0]


def _role_html(ctx: _Context, person: Person) -> Markup:
    if not person.role.strip():
        return Markup("")
    def resolve(src: str) -> str | None:  # the places are worked out only for a role's image
        site = ctx.page.site
        places = _images.Places.of(person.path, site.content_dir_of(person.path), person.lang,
                                   site.default_lang, site.folder, site.base_path)
        return _image_src(ctx, src, person.path, None, places)

    # ids inside a role are not headings
    state = _markdown.RenderState(set(), resolve, markup=ctx.markup)
    return Markup(_markdown.render_inline(person.role, state))


def _initials(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper() if words[0].isascii() else words[0][:1]
    return (words[0][0] + words[-1][0]).upper()
