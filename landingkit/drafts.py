"""Unsaved edits of open editors, kept where an export of the same page finds them.

An editor keeps its page's unsaved text in the cache folder (never in the site) while it has
edits, and removes it when they are saved or dropped. `jupyter nbconvert --to landing` exports
that text, so the export is what the preview shows; a draft whose editor has stopped is
ignored. Nothing here imports widgets or nbconvert.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .images import cache_dir, write_atomically

__all__ = ["Draft", "find", "keep"]


@dataclass(frozen=True)
class Draft:
    path: str  # the page's file, resolved
    pid: int  # the process of the editor
    base: str  # sha256 of the file the edits were made on
    text: str  # the whole file as the editor shows it
    staged: tuple[str, ...] = ()  # uploaded images not saved yet


def _file(path: str | os.PathLike) -> Path:
    key = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:32]
    return cache_dir() / "drafts" / f"{key}.json"


def keep(page, text: str | None, staged: list[str] = ()) -> None:
    """Keep `text` as the unsaved edits of `page` (None: there are none). Best effort: a
    cache that cannot be written keeps nothing."""
    target = _file(page.path)
    with contextlib.suppress(OSError):
        if text is None:
            target.unlink(missing_ok=True)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        record = {"path": str(Path(page.path).resolve()), "pid": os.getpid(),
                  "base": page.source.digest, "text": text, "staged": list(staged)}
        write_atomically(target, json.dumps(record, ensure_ascii=False).encode("utf-8"))


def find(path: str | os.PathLike) -> Draft | None:
    """The unsaved edits an editor that still runs holds for the page at `path`, if any."""
    target = _file(path)
    try:
        record = json.loads(target.read_text(encoding="utf-8"))
        draft = Draft(record["path"], int(record["pid"]), record["base"], record["text"],
                      tuple(record.get("staged", ())))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if draft.path != str(Path(path).resolve()) or not _alive(draft.pid):
        return None
    return draft


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
