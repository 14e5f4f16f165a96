"""Standalone HTML: one page as one file, or every landing page of a site as a folder.

- `page_document(page)` is the complete document: the renderer's body and stylesheet, a
  Content-Security-Policy that allows no script at all, images embedded as data: URLs. With
  `assets_dir`, images are written there instead and referred to relatively.
- `export_page(page, out)` writes one page (self-contained unless `assets=True`).
- `export_site(site, out)` writes every landing page in every language as
  `<out>/[<lang>/]<page path>/index.html` (Hugo's URLs: the default language has no prefix)
  and each processed image once into `<out>/media/`, named by its content hash, so a person
  shown on 200 pages is one avatar file. Works opened from disk and on any static host.

Output is deterministic: the same content gives the same bytes (no dates, stable order).
"""

from __future__ import annotations

import base64
import contextlib
import gc
import hashlib
import os
import sys
import time
from pathlib import Path

from .errors import LandingkitError
from .model import Page

MEDIA = "media"


def content_security_policy(css: str | list[str], files: bool = False) -> str:
    """No script, no connection, no frame; images from data: (and the site's files), fonts
    from data:; the stylesheets by their hashes (a page Hugo built may have several), and
    `style` attributes, which content lays itself out with (the sanitiser keeps only
    properties that fetch nothing: `markdown.STYLE_PROPERTIES`; whatever slipped through could
    still fetch nothing, img-src, font-src and default-src say so)."""
    sheets = [css] if isinstance(css, str) else css
    styles = " ".join(dict.fromkeys(
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode(
            "ascii") + "'" for text in sheets)) or "'none'"
    images = "'self' data:" if files else "data:"
    return (f"default-src 'none'; img-src {images}; font-src data:; style-src {styles}; "
            "style-src-attr 'unsafe-inline'; base-uri 'none'; form-action 'none'")


RENDERERS = ("builtin", "hugo", "auto")


def page_document(page: Page, assets_dir: str | os.PathLike | None = None,
                  html_dir: str | os.PathLike | None = None, frame: bool = True,
                  renderer: str = "builtin") -> str:
    """`page` as a complete HTML document, in the site's frame unless `frame` is False.

    Images are embedded, or, with `assets_dir`, written there once and referred to by a path
    relative to `html_dir` (the folder the document will be saved in; default: the parent of
    `assets_dir`). `renderer`: "builtin", "hugo" (the site's own Hugo and theme, always
    self-contained) or "auto" (Hugo when the site builds with it; see landingkit.hugo).
    """
    if renderer != "builtin":
        return render_with(page, renderer, assets_dir)[0]
    from .render import Embed, Files

    if assets_dir is None:
        images = Embed()
    else:
        assets_dir = Path(assets_dir)
        html_dir = Path(html_dir) if html_dir is not None else assets_dir.parent
        prefix = Path(os.path.relpath(assets_dir.resolve(), html_dir.resolve())).as_posix()
        images = Files(assets_dir, prefix.rstrip("/") + "/")
    return _document(page, images, frame)


def render_with(page: Page, renderer: str, assets_dir=None) -> tuple[str, str]:
    """(document, the renderer that made it) for "builtin", "hugo" or "auto"."""
    if renderer not in RENDERERS:
        raise LandingkitError(f"unknown renderer {renderer!r}: expected one of "
                              f"{', '.join(RENDERERS)}")
    if renderer == "builtin":
        return page_document(page, assets_dir), "builtin"
    if assets_dir is not None:
        raise LandingkitError("the hugo renderer writes self-contained pages only: "
                              "images beside the page (assets) need the built-in renderer")
    from . import hugo

    if renderer == "hugo":
        return hugo.page_document(page), "hugo"
    return hugo.page_document_auto(page)


def _document(page: Page, images, frame: bool = True, links=None) -> str:
    from markupsafe import Markup

    from .render import Files, render_page, template

    css, body = render_page(page, images, frame, links)
    return template("base.html").render(
        lang=page.lang, title=document_title(page), css=Markup(css), body=Markup(body),
        csp=Markup(content_security_policy(css, isinstance(images, Files)))) + "\n"


def document_title(page: Page) -> str:
    """`<title>` as the theme writes it: `Page | Site`, or the site's title alone when the
    page has the same one."""
    from .render import page_title

    site = getattr(page, "site", None)
    name = site.config.title(page.lang) if site is not None else ""
    if name and (page.title is None or not str(page.title).strip()):
        return name  # the home page, whose title is left empty for the site's
    title = page_title(page)
    return f"{title} | {name}" if name and title != name else title or name


def default_output(page: Page) -> Path:
    """build/<bundle>.html, with .<lang> for a language other than the site's default."""
    site = getattr(page, "site", None)
    lang = "" if site is None or page.lang == site.default_lang else f".{page.lang}"
    return Path("build") / f"{page.path.parent.name}{lang}.html"


def export_page(page: Page, out: str | os.PathLike | None = None, assets: bool = False,
                frame: bool = True, renderer: str = "builtin") -> Path:
    """Write `page` as one HTML file (images embedded; with `assets`, in `media/` beside it);
    `frame=False` leaves out the site's navbar and footer."""
    out = Path(out) if out is not None else default_output(page)
    assets_dir = out.parent / MEDIA if assets else None
    write_text(out, page_document(page, assets_dir=assets_dir, html_dir=out.parent,
                                  frame=frame, renderer=renderer))
    return out


def page_output(site, page: Page) -> Path:
    """Where a site export puts `page`, relative to the output folder (Hugo's URL)."""
    root = site.content_dir_of(page.path)
    path = Path(page.path).resolve()
    rel = path.parent.relative_to(root)
    stem = path.name.split(".")[0]
    if stem not in ("index", "_index"):
        rel = rel / stem
    if getattr(page, "parts", None) and rel == Path("home") and page.data.get("headless"):
        rel = Path(".")  # Wowchemy's home page is the headless widget page content/home/
    if page.lang != site.default_lang:
        rel = Path(page.lang) / rel
    return rel / "index.html"


def export_site(site, out: str | os.PathLike, assets: bool = True,
                progress: bool | object = True, jobs: int = 1, frame: bool = True,
                renderer: str = "builtin") -> list[Path]:
    """Write every landing page of `site` in every language under `out`; return the files.

    `progress`: True draws a progress bar on stderr when it is a terminal; a file object
    draws it there. `jobs`: processes rendering pages at once. With more than one, workers are
    forked once the pages are read (where the platform forks; elsewhere pages render here), and
    read the people between them. Pages that show the same people go to the same worker, so
    each card is rendered in one process; the media folder is shared, and the files are the
    same bytes as with one. The frame's menu and language links go to the files written
    (other pages of the site to the live site); `frame=False` leaves the frame out. With
    `renderer` "hugo" or "auto", the pages are built by the site's Hugo, in one build,
    self-contained (Hugo's page is its own frame).
    """
    if renderer != "builtin":
        return _export_site_with(site, Path(out), renderer, progress)
    with _fewer_collections():
        return _export_site(site, Path(out), assets, progress, jobs, frame)


def front_matter_errors(site, page: Page) -> list:
    """The errors `check` finds in the page's front matter, reported to the site: an export
    says so (and the command exits 1) rather than render them silently."""
    from .check import front_matter_problems

    errors = [p for p in front_matter_problems(site, page, selection=False, warnings=False)
              if p.level == "error"]
    for problem in errors:
        site.report(problem)
    return errors


def _export_site(site, out: Path, assets: bool, progress, jobs: int,
                 frame: bool = True) -> list[Path]:
    pages = site.pages()
    for page in pages:
        front_matter_errors(site, page)
    placed = sorted(((page_output(site, page), page) for page in pages),
                    key=lambda pair: (pair[0].as_posix(), pair[1].lang))
    rels, pages = [rel for rel, _ in placed], [page for _, page in placed]
    bar = _Progress(len(pages), progress)
    writer = _Writer(site, pages, rels, out, assets, bar, frame)
    jobs = min(jobs, len(pages) // MIN_PAGES_PER_JOB)
    if jobs > 1 and hasattr(os, "fork"):
        found = writer.in_workers(_shares(pages, jobs), sorted({page.lang for page in pages}))
    else:
        found = [writer.page(index) for index in range(len(pages))]
    for problems in found:
        for problem in problems:
            site.report(problem)
    bar.close()
    return [out / rel for rel in rels]


def _export_site_with(site, out: Path, renderer: str, progress) -> list[Path]:
    """The site's pages by the hugo renderer (or "auto"), all from one build of the site."""
    from . import hugo

    placed = sorted(((page_output(site, page), page) for page in site.pages()),
                    key=lambda pair: (pair[0].as_posix(), pair[1].lang))
    pages = [page for _, page in placed]
    try:
        documents = hugo.page_documents(pages) if pages else []
    except hugo.HugoUnavailable as exc:
        if renderer != "auto":
            raise
        import warnings

        warnings.warn(f"renderer auto: using the built-in renderer ({exc})", stacklevel=3)
        documents = [page_document(page) for page in pages]
    bar = _Progress(len(placed), progress)
    for (rel, _), document in zip(placed, documents):
        write_text(out / rel, document)
        bar.step(rel.parent.as_posix())
    bar.close()
    return [out / rel for rel, _ in placed]


@contextlib.contextmanager
def _fewer_collections():
    """Run the cyclic garbage collector every 10,000 new objects instead of 700 (restored
    after). An export makes millions of short-lived objects (tokens, nodes, strings) that
    reference counting frees; with the default, each young collection also walked the
    site's long-lived pages and people, about 5% of an export's time."""
    before = gc.get_threshold()
    gc.set_threshold(10_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


MIN_PAGES_PER_JOB = 4  # fewer pages are quicker to render than a worker is to start


def _shares(pages: list[Page], jobs: int) -> list[list[int]]:
    """Page indices split into `jobs` shares of (nearly) equal size, pages that show the same
    people next to each other, so a group is split between two shares at most."""
    from .blocks import find
    from .cache import freeze
    from .collection import settings

    def people(index: int):
        page = pages[index]
        return (page.lang, *(repr(settings(b) if find(b).name == "collection"
                                  else freeze((b.type, b.data.get("content"))))
                             for b in page.sections if find(b).shows_people))

    order = sorted(range(len(pages)), key=lambda index: (people(index), index))
    size, extra = divmod(len(order), jobs)
    shares, start = [], 0
    for number in range(jobs):
        end = start + size + (number < extra)
        shares.append(order[start:end])
        start = end
    return shares


class _Writer:
    """Renders and writes pages of one site export, in this process or in forked workers."""

    def __init__(self, site, pages: list[Page], rels: list[Path], out: Path, assets: bool,
                 bar: _Progress, frame: bool = True):
        from .frame import page_url
        from .render import Embed, Files

        self.site, self.pages, self.rels, self.out = site, pages, rels, out
        self.assets, self.bar, self.frame = assets, bar, frame
        self.urls = {page_url(rel): rel.as_posix() for rel in rels}  # the frame's links
        self.files, self.embed = Files(out / MEDIA, f"{MEDIA}/"), Embed()  # shared by all pages

    def page(self, index: int, bar: bool = True) -> list:
        """Write page `index`; return the problems met that this process had not met before."""
        seen = len(self.site.problems)
        page, rel = self.pages[index], self.rels[index]
        if self.assets:
            images = self.files.at("../" * (len(rel.parts) - 1) + f"{MEDIA}/")
        else:
            images = self.embed
        from .frame import Links

        links = Links(self.site.config.base_url, self.urls, rel.as_posix())
        write_text(self.out / rel, _document(page, images, self.frame, links))
        if bar:
            self.bar.step(_label(rel))
        return self.site.problems[seen:]

    def in_workers(self, shares: list[list[int]], langs: list[str]) -> list[list]:
        """Each share written by a forked worker that reports each page as it is done.

        The workers first read the people side by side, each a part, and hand the parts to
        each other through this process: reading 1000 people takes longer than sending them.
        """
        import multiprocessing
        from multiprocessing.connection import wait

        context = multiprocessing.get_context("fork")
        found: list[list] = [[] for _ in self.pages]
        links, parts = {}, {}
        gc.freeze()  # the site, shared by the workers, stays out of their collections
        try:
            for number, share in enumerate(shares):
                ours, theirs = context.Pipe()
                worker = context.Process(target=self._serve, daemon=True,
                                         args=(share, theirs, langs, number, len(shares)))
                worker.start()
                theirs.close()
                links[ours] = worker
            while links:
                for link in wait(list(links)):
                    try:
                        message = link.recv()
                    except EOFError:  # the worker is done, or died
                        worker = links.pop(link)
                        worker.join()
                        if worker.exitcode:
                            raise LandingkitError("a process rendering pages ended unexpectedly "
                                                  f"(exit code {worker.exitcode})") from None
                        continue
                    if isinstance(message, BaseException):
                        raise message
                    if message[0] == "people":  # one part: passed on once all have come
                        parts[link] = message[1]
                        if len(parts) == len(shares):
                            for other in parts:
                                for part in (p for sender, p in parts.items() if sender != other):
                                    other.send_bytes(part)
                    elif message[0] == "problems":  # met reading the people
                        for problem in message[1]:
                            self.site.report(problem)
                    else:
                        _, index, problems = message
                        found[index] = problems
                        self.bar.step(_label(self.rels[index]))
        finally:
            gc.unfreeze()
            for worker in links.values():
                worker.terminate()
                worker.join()
        return found

    def _serve(self, share: list[int], link, langs: list[str], number: int,
               workers: int) -> None:
        """A worker's life: its part of the people, then its pages, each reported back; an
        error ends it, reported too."""
        import pickle
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        signal.signal(signal.SIGTERM, _stop)  # the parent stopping us
        try:
            ours = self.site.read_people(langs, number, workers)
            link.send(("people", pickle.dumps(ours, pickle.HIGHEST_PROTOCOL)))
            others = [pickle.loads(link.recv_bytes()) for _ in range(workers - 1)]
            problems = self.site.take_people(langs, [ours, *others])
            if number == 0:
                link.send(("problems", problems))
            for index in share:
                link.send(("page", index, self.page(index, bar=False)))
        except BaseException as exc:  # the parent raises it
            link.send(exc)
        finally:
            link.close()


def _label(rel: Path) -> str:
    """What the progress bar calls a page: its folder in the output, `/` for the home page."""
    folder = rel.parent.as_posix()
    return "/" if folder == "." else folder


def _stop(*_) -> None:
    """A worker stopped by its parent removes the files it was writing and ends at once. (An
    exception raised here could be swallowed by a library calling back into Python, nh3's
    attribute filter for one, and the worker would go on.)"""
    from .source import unfinished

    for tmp in list(unfinished):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    os._exit(1)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically: a reader never sees half a file."""
    from .render import write_file

    write_file(Path(path), text.encode("utf-8"))


class _Progress:
    """`[#####.....] 12/40 research/multimodal` redrawn in place on a terminal."""

    WIDTH = 28

    def __init__(self, total: int, where):
        stream = sys.stderr if where is True else where or None
        self.stream = stream if stream is not None and _isatty(stream) else None
        self.total, self.done, self.start = total, 0, time.monotonic()

    def step(self, label: str) -> None:
        self.done += 1
        if self.stream is None:
            return
        filled = self.WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label[:40]:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.stream is None:
            return
        seconds = time.monotonic() - self.start
        self.stream.write(f"\r[{'#' * self.WIDTH}] {self.done}/{self.total} "
                          f"in {seconds:.1f} s{' ' * 34}\n")
        self.stream.flush()


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
