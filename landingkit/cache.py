"""What a site remembers between renderings, in one place with one rule.

A `Site` holds one `Cache`. Every entry is keyed by what it was made from: a card by the
(path, mtime, size) of the person's file and avatar, a selection by the block's settings
frozen into a hashable value, a person's taxonomy terms by the person's file and language
(the site reads each person once). `clear()` forgets everything: a test, or a long-lived
process that knows files changed, calls it. Between runs, on disk (`images.cache_dir()`):
processed image bytes, kept by `images` keyed by content hash, and the front matter of the
site's pages, kept by `Known` keyed by the file's path and times.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any


class Cache:
    def __init__(self):
        #: render: (person file, avatar, language, image mode, site, variant) -> card
        self.cards: dict[tuple, tuple] = {}
        #: site: (language, frozen block settings) -> people, in order; ("data", lang) -> ...;
        #: people: ("term dates", lang) -> the authors, dated as site.Pages dates them;
        #: site: ("pages by path", lang) -> what `Site.get_page` looks pages up in;
        #: site: ("tag filter", lang, block kind, tags) -> [`Site.tag_filter`'s answer]
        self.selections: dict[tuple, list] = {}
        #: collection: (person file, language, taxonomy) -> urlized terms
        self.terms: dict[tuple, frozenset[str]] = {}

    def clear(self) -> None:
        for store in (self.cards, self.selections, self.terms):
            store.clear()

    def __len__(self) -> int:
        return len(self.cards) + len(self.selections) + len(self.terms)


def freeze(value: Any) -> Any:
    """`value` as a hashable key that tells apart what Hugo tells apart (`1`, `1.0`, `true`
    and `"1"` are four different settings), instead of its repr()."""
    if isinstance(value, dict):
        return ("map", tuple(sorted(((str(k), freeze(v)) for k, v in value.items()),
                                    key=lambda kv: kv[0])))
    if isinstance(value, (list, tuple)):
        return ("list", tuple(freeze(v) for v in value))
    return (type(value).__name__, value if _hashable(value) else repr(value))


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


class Known:
    """The front matter of a site's pages as read before, kept on disk between runs.

    Every export reads the people a page may show, and reading them (with the positions that
    errors name) is most of the work of a small page. An entry is taken only while its file
    has the same size, inode, and modification and change times as when it was read, and a
    file changed in the last two seconds is not kept, since a file system with coarse times
    could change it again unseen (git's "racy" rule). The page being rendered and the
    site's configuration are kept by the digest of their bytes, with where each value sits
    (`recall`), so that a page whose files were all read before is rendered without PyYAML,
    whose import alone takes longer than the page. A file that cannot be read is never
    kept: it is read again, and its error told again. Each entry is kept pickled as it was
    read, so every reading gets its own copy, whatever was done to an earlier one. Processes
    that read parts of a site side by side add what each read to the same file, one at a
    time (`fcntl.flock`).
    """

    RACY_NS = 2_000_000_000
    VERSION = 2  # of the file's layout: path -> (stamp, pickled front matter), and
    # "path\0source" -> (digest, pickled (values, positions)) for `recall`; 2: TOML's positions

    def __init__(self, folder: Path):
        from .images import cache_dir

        name = hashlib.sha256(os.fsencode(folder)).hexdigest()[:24]
        self.file = cache_dir() / f"front-matter-v{self.VERSION}" / f"{name}.pickle"
        self._entries: dict[str, tuple] | None = None
        self._new: dict[str, tuple] = {}

    @staticmethod
    def stamp(path: Path) -> tuple | None:
        try:
            info = os.stat(path)
        except OSError:
            return None
        return info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns

    def get(self, path: Path, stamp: tuple | None) -> dict | None:
        if stamp is None:
            return None
        data = self._taken(str(path), stamp)
        return data if isinstance(data, dict) else None

    def recall(self, path: Path, digest: str) -> Any:
        """What `remember` kept of the file at `path` when its bytes had this digest: the
        bytes are the key, so no time rule applies."""
        return self._taken(_source_key(path), digest)

    def _taken(self, key: str, stamp) -> Any:
        if self._entries is None:
            self._entries = self._load()
        entry = self._entries.get(key)
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == stamp):
            return None
        import pickle

        try:
            return pickle.loads(entry[1])
        except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError,
                TypeError, ValueError):
            return None

    def remember(self, path: Path, digest: str, value: Any) -> None:
        import pickle

        self._new[_source_key(path)] = (digest, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def put(self, path: Path, stamp: tuple | None, data: dict) -> None:
        if stamp is not None and time.time_ns() - max(stamp[2:]) > self.RACY_NS:
            import pickle

            self._new[str(path)] = (stamp, pickle.dumps(data, pickle.HIGHEST_PROTOCOL))

    def save(self) -> None:
        """Add what was read since the last save to the file (nothing happens on an error:
        the cache is only ever a shortcut)."""
        if not self._new:
            return
        import pickle

        from .source import write_atomically

        new, self._new = self._new, {}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with open(self.file.with_suffix(".lock"), "a") as lock:
                _lock(lock)
                entries = self._load()
                entries.update(new)
                write_atomically(self.file, pickle.dumps(entries, pickle.HIGHEST_PROTOCOL))
        except OSError:
            return
        self._entries = entries

    def _load(self) -> dict[str, tuple]:
        import pickle

        try:
            with open(self.file, "rb") as fh:
                entries = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
                IndexError, TypeError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}


def _source_key(path: Path) -> str:
    """A file's entry of values and positions, beside (not over) its entry as a person."""
    return f"{path}\0source"


def _lock(fh) -> None:
    try:
        import fcntl
    except ImportError:  # not on a POSIX system: the last writer wins, and the rest is read again
        return
    fcntl.flock(fh, fcntl.LOCK_EX)
