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
import hashlib
import os
import sys
import time
from pathlib import Path

from .model import Page

MEDIA = "media"


def content_security_policy(css: str, files: bool = False) -> str:
    """No script, no connection, no frame; images from data: (and the site's files); the
    one stylesheet by its hash."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    images = "'self' data:" if files else "data:"
    return (f"default-src 'none'; img-src {images}; style-src 'sha256-{digest}'; "
            "base-uri 'none'; form-action 'none'")


def page_document(page: Page, assets_dir: str | os.PathLike | None = None,
                  html_dir: str | os.PathLike | None = None) -> str:
    """`page` as a complete HTML document.

    Images are embedded, or, with `assets_dir`, written there once and referred to by a path
    relative to `html_dir` (the folder the document will be saved in; default: the parent of
    `assets_dir`).
    """
    from .render import Embed, Files

    if assets_dir is None:
        images = Embed()
    else:
        assets_dir = Path(assets_dir)
        html_dir = Path(html_dir) if html_dir is not None else assets_dir.parent
        prefix = Path(os.path.relpath(assets_dir.resolve(), html_dir.resolve())).as_posix()
        images = Files(assets_dir, prefix.rstrip("/") + "/")
    return _document(page, images)


def _document(page: Page, images) -> str:
    from markupsafe import Markup

    from .render import Files, page_title, render_page, template

    css, body = render_page(page, images)
    return template("base.html").render(
        lang=page.lang, title=page_title(page), css=Markup(css), body=Markup(body),
        csp=Markup(content_security_policy(css, isinstance(images, Files)))) + "\n"


def default_output(page: Page) -> Path:
    """build/<bundle>.html, with .<lang> for a language other than the site's default."""
    site = getattr(page, "site", None)
    lang = "" if site is None or page.lang == site.default_lang else f".{page.lang}"
    return Path("build") / f"{page.path.parent.name}{lang}.html"


def export_page(page: Page, out: str | os.PathLike | None = None, assets: bool = False) -> Path:
    """Write `page` as one HTML file (images embedded; with `assets`, in `media/` beside it)."""
    out = Path(out) if out is not None else default_output(page)
    assets_dir = out.parent / MEDIA if assets else None
    write_text(out, page_document(page, assets_dir=assets_dir, html_dir=out.parent))
    return out


def page_output(site, page: Page) -> Path:
    """Where a site export puts `page`, relative to the output folder (Hugo's URL)."""
    root = Path(site.root).resolve()
    path = Path(page.path).resolve()
    rel = path.parent.relative_to(root)
    stem = path.name.split(".")[0]
    if stem not in ("index", "_index"):
        rel = rel / stem
    if page.lang != site.default_lang:
        rel = Path(page.lang) / rel
    return rel / "index.html"


def export_site(site, out: str | os.PathLike, assets: bool = True,
                progress: bool | object = True, jobs: int = 1) -> list[Path]:
    """Write every landing page of `site` in every language under `out`; return the files.

    `progress`: True draws a progress bar on stderr when it is a terminal; a file object
    draws it there. `jobs`: processes rendering pages at once. With more than one, workers are
    forked once the people are loaded (where the platform forks; elsewhere pages render here),
    each renders a card once and shares the media folder, and the files are the same bytes.
    """
    out = Path(out)
    pages = sorted(site.pages(), key=lambda p: (page_output(site, p).as_posix(), p.lang))
    bar = _Progress(len(pages), progress)
    writer = _Writer(site, pages, out, assets)
    chunks = [range(i, min(i + CHUNK, len(pages))) for i in range(0, len(pages), CHUNK)]
    jobs = min(jobs, len(chunks))
    if jobs > 1 and hasattr(os, "fork"):
        for lang in sorted({page.lang for page in pages}):
            site.people(lang)  # loaded once, before the fork, for every worker
        reports = writer.in_workers(chunks, jobs, bar)
    else:
        reports = [writer.write(chunk, bar) for chunk in chunks]
    for problems in reports:
        for problem in problems:
            site.report(problem)
    bar.close()
    return [out / page_output(site, page) for page in pages]


CHUNK = 4  # pages a worker renders per task: small enough to keep both cores busy to the end


class _Writer:
    """Renders and writes pages of one site export, in this process or in forked workers."""

    def __init__(self, site, pages: list[Page], out: Path, assets: bool):
        from .render import Embed, Files

        self.site, self.pages, self.out, self.assets = site, pages, out, assets
        self.files, self.embed = Files(out / MEDIA, f"{MEDIA}/"), Embed()  # shared by all pages

    def write(self, indices: range, bar: _Progress | None = None) -> list:
        """Write the pages at `indices`; return the problems met, in page order."""
        seen = len(self.site.problems)
        for page in (self.pages[i] for i in indices):
            rel = page_output(self.site, page)
            if self.assets:
                images = self.files.at("../" * (len(rel.parts) - 1) + f"{MEDIA}/")
            else:
                images = self.embed
            write_text(self.out / rel, _document(page, images))
            if bar is not None:
                bar.step(rel.parent.as_posix())
        return self.site.problems[seen:]

    def in_workers(self, chunks: list[range], jobs: int, bar: _Progress) -> list[list]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_adopt,
                                 initargs=(self,)) as pool:  # forked: `self` is not pickled
            futures = {pool.submit(_write_in_worker, chunk): chunk for chunk in chunks}
            try:
                for done in as_completed(futures):
                    done.result()  # a worker's error ends the export here
                    for i in futures[done]:
                        bar.step(page_output(self.site, self.pages[i]).parent.as_posix())
            except BaseException:
                pool.shutdown(cancel_futures=True)
                raise
            return [future.result() for future in futures]


_worker: _Writer | None = None


def _adopt(writer: _Writer) -> None:
    import signal

    global _worker
    _worker = writer
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _write_in_worker(indices: range) -> list:
    return _worker.write(indices)


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
