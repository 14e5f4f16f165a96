"""Images of a page: which file a source names, and the processed copy an export shows.

Where a local source is looked for, in this order (the format's rules, as Hugo does it):

1. a file of the page's bundle with that name (`videomae.png`);
2. `assets/media/<source>` of the site (the theme's media library);
3. the source read as a URL of the live site, from the page's URL: a file of a page bundle
   (`/research/multimodal/videomae.png` is `content/research/multimodal/videomae.png`) or a
   file of `static/`. The base URL's path (`/lm/` on a site at https://x.edu/lm/, so that
   `/lm/images/github.svg` is `static/images/github.svg`) and then a leading `/<lang>/` of the
   page's language are dropped first.

A source never leads outside the site folder (the folder holding `content/`): a path that
climbs out of it, or a symbolic link that points out of it, is refused and never read. Other
schemes than `http(s):` (shown as an external image: not embedded) and raster `data:image/...`
are refused too.

Processing (Pillow): an avatar is cropped to a square around its centre and scaled to
300x300 (twice its 150 px display size); a content image wider than 1200 px is scaled to
1200 px wide; a template's `.Fill "WxH Anchor"` (`fill_kind`) is cropped at Hugo's anchor
(`Smart` by smartcrop, the algorithm Hugo's own follows) and scaled to WxH; anything else
keeps its bytes. Results are cached by the content hash of the source in `$LANDINGKIT_CACHE`
(default `$XDG_CACHE_HOME/landingkit` or `~/.cache/landingkit`), so a second export does not
process an image again.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
import posixpath
import re
import stat
import threading
from dataclasses import dataclass
from importlib import util
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, unquote

from .source import unfinished, write_atomically  # noqa: F401  (the one atomic writer)

AVATAR_SIZE = 300  # pixels: 2x the card's 150 px
CONTENT_WIDTH = 1200  # pixels: content images at most this wide
CACHE_VERSION = "images-v1"

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
#: compiled by `re` when first used (a page seldom has a data: image)
_DATA_IMAGE = r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$"
_FORMATS = {  # Pillow format -> (extension, MIME type, what to save a processed copy as)
    "PNG": ("png", "image/png", "PNG"),
    "JPEG": ("jpg", "image/jpeg", "JPEG"),
    "WEBP": ("webp", "image/webp", "WEBP"),
    "GIF": ("gif", "image/gif", "PNG"),
}


class ImageProblem(Exception):
    """Why an image cannot be shown (the message names the source, never a file's content)."""


# ------------------------------------------------------------------ where a source points


class Located(NamedTuple):
    """The result of looking a source up: a file, an external URL, or a problem."""

    path: Path | None = None
    url: str | None = None  # an external http(s) URL or a data: URL, used as written
    problem: str | None = None


@dataclass(eq=False, repr=False)
class Places:
    """The folders a page's images may come from."""

    site: Path  # the site folder (resolved): nothing outside it is ever read
    content: Path  # its content folder
    bundle: Path  # the page's bundle folder
    page_url: str  # the page's URL path without language prefix: "/research/multimodal/"
    lang_prefix: str | None = None  # "zh" for a page whose URLs start with /zh/
    base_path: str = "/"  # the path of the site's base URL, which site URLs start with: "/lm/"

    @classmethod
    def of(cls, page_path: Path, content: Path | None, lang: str | None = None,
           default_lang: str | None = None, site: Path | None = None,
           base_path: str = "/") -> Places:
        bundle = Path(page_path).resolve().parent
        if content is None:
            content = next((p for p in (bundle, *bundle.parents) if p.name == "content"), None)
        if content is None:  # a page outside any site: its own folder is all it may read
            return cls(bundle, bundle, bundle, "/")
        content = Path(content).resolve()
        try:
            rel = bundle.relative_to(content).as_posix()
        except ValueError:
            rel = ""
        page_url = "/" if rel in ("", ".") else f"/{rel}/"
        prefix = lang if lang and default_lang and lang != default_lang else None
        return cls(Path(site).resolve() if site is not None else content.parent, content,
                   bundle, page_url, prefix, base_path or "/")


class Folders:
    """Folders as one rendering finds them: each one's real path (links followed) and whether
    it is a page bundle, looked at once however many images it holds. Made anew for each
    export or preview, so that a folder replaced by a link later is seen as it is then."""

    def __init__(self):
        self._real: dict[str, str | None] = {}
        self._bundle: dict[str, bool] = {}

    def real(self, folder: str) -> str | None:
        """An absolute, normalised `folder` with every link on its way followed (None: it is
        not a folder): its parent's real path and one `lstat`, where `realpath` would look at
        every folder from the root again."""
        if folder in self._real:
            return self._real[folder]
        parent = os.path.dirname(folder)
        real = None
        if parent == folder:  # the root
            real = folder
        elif (up := self.real(parent)) is not None:
            kind = _kind(folder)
            if kind == stat.S_IFLNK:
                real = _realpath(folder)
                real = real if real is not None and os.path.isdir(real) else None
            elif kind == stat.S_IFDIR:
                real = os.path.join(up, os.path.basename(folder))
        self._real[folder] = real
        return real

    def real_file(self, path: str | os.PathLike) -> Path | None:
        """The real path of the regular file at `path` (links followed), or None."""
        path = os.fspath(path)
        if ".." not in path.split(os.sep):  # `..` is read as the system reads it, not as text
            path = os.path.abspath(path)
            up = self.real(os.path.dirname(path))
            kind = _kind(path) if up is not None else None
            if kind == stat.S_IFREG:
                return Path(up, os.path.basename(path))
            if kind != stat.S_IFLNK:
                return None
        real = _realpath(path)  # a link to the file, or a path through `..`
        return Path(real) if real is not None and os.path.isfile(real) else None

    def is_bundle(self, folder: Path) -> bool:
        """Whether `folder` holds an index.md or _index.md (in any language)."""
        key = str(folder)
        if key not in self._bundle:
            try:
                names = os.listdir(folder)
            except OSError:
                names = []
            self._bundle[key] = any(name.endswith(".md") and name.split(".")[0] in
                                    ("index", "_index") for name in names)
        return self._bundle[key]


def _kind(path: str) -> int | None:
    try:
        return stat.S_IFMT(os.lstat(path).st_mode)
    except OSError:
        return None


def _realpath(path: str) -> str | None:
    try:
        return os.path.realpath(path, strict=True)
    except (OSError, RuntimeError):
        return None


def locate(source: str, places: Places, folders: Folders | None = None) -> Located:
    """The file (or external URL) an image source names, following the rules above."""
    src = source.strip()
    if not src:
        return Located(problem="the image has no source")
    scheme = _SCHEME.match(src)
    if src.startswith("//") or (scheme and scheme.group(1).lower() in ("http", "https")):
        return Located(url=src)
    if scheme:
        if scheme.group(1).lower() == "data":
            if re.match(_DATA_IMAGE, src):
                return Located(url=src)
            return Located(problem="only PNG, JPEG, GIF and WebP data: images are allowed")
        return Located(problem=f"{scheme.group(1)}: image sources are not allowed")
    path = unquote(re.split(r"[?#]", src, maxsplit=1)[0])
    if not path or "\x00" in path or "\\" in path:
        return Located(problem=f"{source!r} is not a usable image path")
    folders = folders or Folders()
    refused = None
    for base, rel, need_bundle in _candidates(path, places):
        found, why = _inside(places.site, base, rel, folders)
        refused = refused or why
        if found is None:
            continue
        if need_bundle and not folders.is_bundle(found.parent):
            continue
        return Located(path=found)
    if refused:
        return Located(problem=f"image {source!r}: {refused}; it was not read")
    return Located(problem=f"cannot find image {source!r} (looked in the page's folder, "
                           "assets/media/, static/ and the page bundle at that URL)")


def _candidates(path: str, places: Places):
    """(base folder, relative path, must be a bundle file) in the order Hugo looks."""
    if not path.startswith("/"):
        yield places.bundle, path, False
        yield places.site / "assets" / "media", path, False
        url = posixpath.join(places.page_url, path)
    else:
        base = places.base_path
        if base != "/" and (path + "/").startswith(base):  # /lm/images/x.svg on a /lm/ site
            path = "/" + path[len(base):]
        yield places.site / "assets" / "media", path.lstrip("/"), False
        url = path
    url = posixpath.normpath(url)  # as a browser resolves it: never above "/"
    parts = url.lstrip("/").split("/")
    if places.lang_prefix and parts[0] == places.lang_prefix:
        parts = parts[1:]
    rel = "/".join(parts)
    if rel and rel != ".":
        yield places.content, rel, True
        yield places.site / "static", rel, False


def _inside(root: Path, base: Path, rel: str,
            folders: Folders) -> tuple[Path | None, str | None]:
    """The file `base/rel` if it exists and it (and where its links lead) is inside `root`."""
    joined = os.path.normpath(base / rel)
    if not Path(joined).is_relative_to(root):
        return None, "the path leads outside the site folder"
    real = folders.real_file(joined)
    if real is None:
        return None, None
    if not real.is_relative_to(root):
        return None, "it is a link to a file outside the site folder"
    return real, None


def in_assets(site: Path, name: object, folder: str = "media") -> Path | None:
    """The file `resources.Get (printf "media/%s" name)` finds: Hugo cleans the joined slash
    path, so `/x.jpg` and `a/../x.jpg` are found, trims no space, and sees nothing above
    assets/."""
    if not isinstance(name, str) or not name:
        return None
    rel = posixpath.normpath(f"{folder}/{name}")
    if rel == ".." or rel.startswith(("../", "/")):
        return None
    path = Path(site) / "assets" / rel
    return path if path.is_file() else None


def widget_media(site, name: object) -> tuple[Path | None, str, bool]:
    """The file an Academic or Wowchemy theme shows for a widget's image `name` (a hero's
    `hero_media`, a section's `design.background.image`), the folder it looks in, and whether
    a missing one stops Hugo's build. Academic up to v4.8 writes the URL `img/<name>` (a file
    of static/img/, the theme's included, never checked), Wowchemy v5.0 `<media_dir>/<name>`
    (static/media/ by default), later versions and blox-bootstrap `resources.Get
    "media/<name>"` (assets/media/, `errorf` when missing)."""
    config = site.config
    version = config.wowchemy_version
    if version is None or version > (5, 0):
        return in_assets(site.folder, name), "assets/media/", True
    folder = "img" if version < (5, 0) else str(config.params().get("media_dir") or "media")
    if isinstance(name, str) and name:
        rel = posixpath.normpath(f"{folder}/{name}")
        if rel != ".." and not rel.startswith(("../", "/")):
            roots = [site.folder, *(site.folder / "themes" / n for n in config.theme_names)]
            for root in roots:
                if (root / "static" / rel).is_file():
                    return root / "static" / rel, f"static/{folder}/", False
    return None, f"static/{folder}/", False


def inside_site(path: Path, site: Path, folders: Folders | None = None) -> Path:
    """`path` resolved, or ImageProblem when it (or a link on the way) leads out of `site`."""
    real = (folders or Folders()).real_file(path)
    if real is None:
        raise ImageProblem(f"cannot read {path.name}")
    if not real.is_relative_to(site):
        raise ImageProblem(f"{path.name} is a link to a file outside the site folder; "
                           "it was not read")
    return real


# ------------------------------------------------------------------ processing


@dataclass(eq=False, repr=False)  # not a screenful of image bytes
class Processed:
    """An image ready for a page: its bytes, type and pixel size."""

    data: bytes
    ext: str
    mime: str
    width: int
    height: int
    digest: str  # sha256 of the source's bytes

    def file_name(self, stem: str, kind: str) -> str:
        """A name that is the same for the same content, so a site stores each image once."""
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:40] or "image"
        suffix = "-a" if kind == "avatar" else kind[4:] if kind.startswith("fill-") else ""
        return f"{stem}-{self.digest[:12]}{suffix}.{self.ext}"

    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


#: Hugo's image anchors (case does not matter) -> Pillow's centering; "smart" is smartcrop's
ANCHORS = {"topleft": (0, 0), "top": (0.5, 0), "topright": (1, 0), "left": (0, 0.5),
           "center": (0.5, 0.5), "right": (1, 0.5), "bottomleft": (0, 1), "bottom": (0.5, 1),
           "bottomright": (1, 1), "smart": None}


def fill_kind(width: int, height: int, anchor: object, default: object = "smart") -> str:
    """The kind of `.Fill "<width>x<height> <anchor>"`: an anchor Hugo does not know is the
    site's `imaging.anchor` (`default`), and that Smart, as Hugo reads them."""
    known = next((str(name).lower() for name in (anchor, default)
                  if str(name).lower() in ANCHORS), "smart")
    return f"fill-{width}x{height}-{known}"


def _fill(kind: str) -> tuple[tuple[int, int], str] | None:
    """(size, anchor) of a `fill_kind`, None for another kind."""
    if not kind.startswith("fill-"):
        return None
    size, _, anchor = kind[5:].partition("-")
    width, _, height = size.partition("x")
    return (int(width), int(height)), anchor


_memo: dict[tuple, Processed] = {}
_lock = threading.Lock()


def process(path: Path, kind: str) -> Processed:
    """The image at `path` prepared as `kind` ("avatar", "content" or a `fill_kind`); cached."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise ImageProblem(f"cannot read {path.name}: {exc.strerror}") from None
    key = (str(path), st.st_mtime_ns, st.st_size, kind)
    done = _memo.get(key)
    if done is None:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ImageProblem(f"cannot read {path.name}: {exc.strerror}") from None
        done = _process_bytes(raw, path.name, kind)
        with _lock:
            _memo[key] = done
    return done


def _process_bytes(raw: bytes, name: str, kind: str) -> Processed:
    digest = hashlib.sha256(raw).hexdigest()
    if name.lower().endswith(".svg"):
        head = raw[:1024].lstrip().lower()
        if not head.startswith((b"<svg", b"<?xml", b"<!--")):
            raise ImageProblem(f"{name} is not an SVG image")
        return Processed(raw, "svg", "image/svg+xml", 0, 0, digest)
    known = _recall(raw, digest, kind)
    if known is not None:
        return known
    done = _process_image(raw, name, kind, digest)
    _remember(done, kind, as_is=done.data is raw)
    return done


def _recall(raw: bytes, digest: str, kind: str) -> Processed | None:
    """What an earlier run made of these bytes, read without opening Pillow."""
    meta = _cache_path(digest, kind, "meta")
    try:
        ext, mime, width, height, as_is = meta.read_text(encoding="ascii").split()
        data = raw if as_is == "1" else _cache_path(digest, kind, ext).read_bytes()
        return Processed(data, ext, mime, int(width), int(height), digest)
    except (AttributeError, OSError, ValueError):
        return None


def _remember(done: Processed, kind: str, as_is: bool) -> None:
    meta = _cache_path(done.digest, kind, "meta")
    if meta is not None:
        line = f"{done.ext} {done.mime} {done.width} {done.height} {int(as_is)}\n"
        store_cached(meta, line.encode("ascii"))


def _process_image(raw: bytes, name: str, kind: str, digest: str) -> Processed:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(raw)) as im:
            fmt = im.format
            size = im.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise ImageProblem(f"{name} is not an image Pillow can read") from None
    ext, mime, save_as = _FORMATS.get(fmt, ("png", "image/png", "PNG"))
    target = _target_size(size, kind)
    if target == size and fmt in _FORMATS and not (kind == "avatar" and size[0] != size[1]) \
            and _fill(kind) is None:
        return Processed(raw, ext, mime, size[0], size[1], digest)  # as it is
    if save_as != fmt:
        ext, mime = _FORMATS[save_as][:2]
    cached = _cache_path(digest, kind, ext)
    if cached is not None and cached.is_file():
        try:
            return Processed(cached.read_bytes(), ext, mime, target[0], target[1], digest)
        except OSError:
            pass
    data = _transform(raw, kind, target, save_as, name)
    if cached is not None:
        store_cached(cached, data)
    return Processed(data, ext, mime, target[0], target[1], digest)


def _target_size(size: tuple[int, int], kind: str) -> tuple[int, int]:
    width, height = size
    fill = _fill(kind)
    if fill is not None:  # Hugo's Fill scales up too
        return fill[0]
    if kind == "avatar":
        side = min(width, height, AVATAR_SIZE)
        return side, side
    if width > CONTENT_WIDTH:
        return CONTENT_WIDTH, max(1, round(height * CONTENT_WIDTH / width))
    return width, height


def _transform(raw: bytes, kind: str, target: tuple[int, int], save_as: str, name: str) -> bytes:
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(raw)) as im:
            im.seek(0)
            im = ImageOps.exif_transpose(im)
            if im.mode not in ("RGB", "RGBA", "L", "LA"):
                im = im.convert("RGBA" if _has_alpha(im) else "RGB")
            fill = _fill(kind)
            if kind == "avatar":
                im = ImageOps.fit(im, target, Image.Resampling.LANCZOS, centering=(0.5, 0.5))
            elif fill is not None and ANCHORS.get(fill[1]) is None:
                im = _smart_fill(im, target)
            elif fill is not None:
                im = ImageOps.fit(im, target, Image.Resampling.LANCZOS, centering=ANCHORS[fill[1]])
            elif im.size != target:
                im = im.resize(target, Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if save_as == "JPEG":
                im.convert("RGB").save(out, "JPEG", quality=85, optimize=True, progressive=True)
            elif save_as == "WEBP":
                im.save(out, "WEBP", quality=85, method=4)
            else:
                im.save(out, "PNG", optimize=True)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageProblem(f"{name}: cannot process the image ({exc})") from None


def _smart_fill(im, target: tuple[int, int]):
    """Hugo's `Smart` anchor: the crop of the target's shape, at the full height or width,
    that smartcrop scores best (skin, saturation and detail), scaled to `target`."""
    from PIL import Image
    from smartcrop import SmartCrop

    width, height = target
    found = SmartCrop().crop(im.convert("RGB"), width, height, min_scale=1.0)["top_crop"]
    box = (found["x"], found["y"], found["x"] + found["width"], found["y"] + found["height"])
    return im.resize(target, Image.Resampling.LANCZOS, box=box)


def _has_alpha(im) -> bool:
    return im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info


# ------------------------------------------------------------------ the cache folder


def cache_dir() -> Path:
    """Where processed images are kept: $LANDINGKIT_CACHE, else the user's cache folder."""
    explicit = os.environ.get("LANDINGKIT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "landingkit"


@functools.cache
def package_file(package: str, start: str) -> tuple[Path, str] | None:
    """The first file (by name) of an installed package whose name starts with `start`,
    found without importing the package, and a stamp of its size and time: what the cache
    keeps from it, filed under the stamp, is not used again after an upgrade."""
    try:
        folder = next(iter(util.find_spec(package).submodule_search_locations))
        name = next(name for name in sorted(os.listdir(folder)) if name.startswith(start))
        info = os.stat(os.path.join(folder, name))
    except (AttributeError, ImportError, OSError, StopIteration, TypeError, ValueError):
        return None
    return Path(folder, name), f"{info.st_size}-{info.st_mtime_ns}"


def _cache_path(digest: str, kind: str, ext: str) -> Path | None:
    root = cache_dir()
    if not str(root):
        return None
    return root / CACHE_VERSION / digest[:2] / f"{digest}-{kind}.{ext}"


def store_cached(path: Path, data: bytes) -> None:
    """Write a cache file atomically; a cache that cannot be written is simply not used."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except OSError:
        pass


# ------------------------------------------------------------------ placeholders


def placeholder_uri(label: str) -> str:
    """A visible 'missing image' box naming `label`, as an SVG data: URL."""
    text = (label if len(label) <= 60 else label[:57] + "...")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="160" '
           'viewBox="0 0 600 160"><rect x="1" y="1" width="598" height="158" rx="8" '
           'fill="#f1f3f5" stroke="#6b7280" stroke-width="2" stroke-dasharray="8 6"/>'
           '<text x="300" y="86" text-anchor="middle" font-family="system-ui,sans-serif" '
           f'font-size="20" fill="#374151">Missing image: {text}</text></svg>')
    return "data:image/svg+xml," + quote(svg, safe="=:/,;'")
