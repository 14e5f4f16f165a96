"""What a site remembers between renderings, in one place with one rule.

A `Site` holds one `Cache`. Every entry is keyed by what it was made from: a card by the
(path, mtime, size) of the person's file and avatar, a selection by the block's settings
frozen into a hashable value, a person's taxonomy terms by the person's file and language
(the site reads each person once). `clear()` forgets everything: a test, or a long-lived
process that knows files changed, calls it. Processed image bytes are kept by `images`,
keyed by content hash, and the cache folder on disk is `images.cache_dir()`.
"""

from __future__ import annotations

from typing import Any


class Cache:
    def __init__(self):
        #: render: (person file, avatar, language, image mode, site, variant) -> card
        self.cards: dict[tuple, tuple] = {}
        #: site: (language, frozen block settings) -> people, in order; ("data", lang) -> ...
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
