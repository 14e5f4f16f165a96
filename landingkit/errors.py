"""One error type and one problem record, both pointing at `path:line`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple


def display_path(path: str | os.PathLike | None) -> str:
    """Paths relative to the working folder read best in a terminal; others stay absolute."""
    if path is None:
        return "<string>"
    text = os.fspath(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return text
    return text if rel.startswith("..") else rel


def where(path, line: int | None) -> str:
    return f"{display_path(path)}:{line}" if line else display_path(path)


class LandingkitError(Exception):
    """Anything wrong with content or a request, said as `path:line: message`."""

    def __init__(self, message: str, path: str | os.PathLike | None = None,
                 line: int | None = None):
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(f"{where(path, line)}: {message}" if path is not None else message)

    def __reduce__(self):  # from a worker process to its parent, whole
        return type(self), (self.message, self.path, self.line)


class Problem(NamedTuple):
    """One finding of `check`: an error makes content unusable, a warning surprises a reader.
    (A named tuple: a frozen dataclass compiles six methods in every process that imports it.)"""

    path: Path
    line: int | None
    level: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{where(self.path, self.line)}: {self.level}: {self.message}"
