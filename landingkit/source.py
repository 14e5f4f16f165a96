"""One content file: read its front matter, patch it, write it back.

Front matter is found as Hugo finds it: after a byte-order mark and blank lines, YAML between
`---` lines, TOML between `+++` lines, or a JSON object; a file with none (an empty file
included) is a page without parameters. Saving never re-serialises the file. The YAML parser
reports where every value sits; a changed value is re-emitted by the YAML library at that span
and every other byte (comments, quoting, trailing spaces, blank lines) stays as it was. TOML is
patched through tomlkit, which keeps every byte it is not asked to change, and JSON at the
spans of the changed values (JSON is YAML's flow style, so YAML's parser finds them).

PyYAML's half of this (reading YAML with positions, patching it) is `yamlsource`; a file
whose bytes were read before comes from the site's `cache.Known` as its values and `Spot`s,
without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .errors import LandingkitError

_BLANK = re.compile(r"\ufeff?[ \t\r\n]*")  # what Hugo's lexer skips before front matter
_FENCES = {"-": ("yaml", "---"), "+": ("toml", "+++")}
_CLOSE = {"---": re.compile(r"^---", re.M), "+++": re.compile(r"^\+\+\+", re.M)}
_NEWLINE = re.compile(r"\r?\n")
MAX_BYTES = 4 * 1024 * 1024
MAX_YAML = 1024 * 1024  # characters of front matter: a node costs ~200 bytes of memory
_UNREAD: Any = object()


class Spot(NamedTuple):
    """Where a value of the front matter sits: what checks and messages read of YAML's node
    for it (`id`, `value`, `style`, and its line in the front matter, 0-based, as a mark's),
    in a form kept between runs. A mapping's value is its (key, value) pairs, a list's its
    items, a scalar's the text as written."""

    id: str  # "mapping", "sequence" or "scalar", as YAML's nodes say
    line: int
    value: Any
    style: str | None = None


@dataclass(eq=False, repr=False)  # compared by identity; its repr would be the whole file
class Source:
    """The text of a file and its parsed front matter, with positions."""

    path: Path
    text: str  # the whole file, newlines as on disk
    start: int  # offset of the YAML text in `text`
    end: int  # offset of the closing `---` line
    data: dict
    digest: str  # sha256 of the bytes read: detects any change on disk
    newline: str = "\n"
    format: str = "yaml"  # "yaml", "toml", "json", or "none" (no front matter)
    _node: Any = field(default=_UNREAD, repr=False)
    _tree: Any = field(default=_UNREAD, repr=False)

    @property
    def node(self):
        """YAML's node tree of the front matter, which patching needs (None for TOML and no
        front matter), parsed when first asked for a file taken from `cache.Known`."""
        if self._node is _UNREAD:
            from . import yamlsource

            self._node = yamlsource.nodes(self)
        return self._node

    @property
    def tree(self) -> Spot | None:
        """Where every value sits, as `Spot`s: what checks and messages read."""
        if self._tree is _UNREAD:
            if self.format == "toml":
                from . import tomlsource

                self._tree = tomlsource.spots(self.yaml_text, self.data)
            elif self.node is None:
                self._tree = None
            else:
                from . import yamlsource

                self._tree = yamlsource.spots(self.node)
        return self._tree

    @property
    def yaml_text(self) -> str:
        """The front matter (YAML, TOML or JSON), with CRLF read as LF in a file that uses CRLF
        throughout."""
        text = self.text[self.start:self.end]
        return text.replace("\r\n", "\n") if self.newline == "\r\n" else text

    @property
    def body(self) -> str:
        """The Markdown after the front matter."""
        if self.format == "none":
            return self.text[self.start:]
        rest = self.text[self.end:]
        return rest.lstrip("\r\n") if self.format == "json" else rest.partition("\n")[2]

    @property
    def first_line(self) -> int:
        """File line (1-based) of the first YAML line."""
        return self.text.count("\n", 0, self.start) + 1

    def line(self, node_or_mark) -> int:
        """File line of a `Spot`, a YAML node or a mark."""
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        return self.first_line + mark.line

    def error(self, message: str, node=None) -> LandingkitError:
        return LandingkitError(message, self.path, self.line(node) if node is not None else 1)

    def node_at(self, path: tuple) -> Spot | None:
        """The `Spot` of the value at `path` (keys and list indexes) of the front matter, or
        None: the one lookup of where a value sits, for messages that name its line."""
        node = self.tree
        for part in path:
            if isinstance(part, int):
                if getattr(node, "id", None) != "sequence" or not 0 <= part < len(node.value):
                    return None
                node = node.value[part]
            else:
                node = child(node, part)
            if node is None:
                return None
        return node

    def line_at(self, path: tuple) -> int | None:
        """File line of the value at `path`, or None when the file has none there."""
        node = self.node_at(path)
        return self.line(node) if node is not None else None


def read(path: str | os.PathLike, known=None) -> Source:
    """The file at `path`; with `known` (a site's `cache.Known`), its values and their
    positions as read before when its bytes are the same."""
    path = Path(path)
    return parse(read_bytes(path), path, known)


def read_bytes(path: Path, head: int | None = None) -> bytes:
    """The bytes of a regular file, reading no more than the size limit allows (with `head`:
    its first `head` bytes, whatever its size)."""
    try:  # non-blocking: opening a FIFO named like a page must not wait for a writer
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise LandingkitError("not a regular file", path)
            if head is not None:
                return fh.read(head)
            if info.st_size > MAX_BYTES:
                raise _too_big(info.st_size, path)
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LandingkitError("no such file", path) from None
    except IsADirectoryError:
        raise LandingkitError("is a folder, not a Markdown file", path) from None
    except OSError as exc:
        raise LandingkitError(f"cannot read: {exc.strerror}", path) from None


def read_data(path: str | os.PathLike) -> dict:
    """Front matter of a file that is only read (people).

    The careful reading of `read`: a fast path with the bare C loader, tried before, was no
    faster once it had to refuse what `read` refuses (aliases, tags, duplicate keys, deep
    nesting), and only `read` says exactly where a problem is.
    """
    return read(path).data


def _too_big(size: int, path: Path) -> LandingkitError:
    return LandingkitError(f"file is {size // 1024} KiB; front matter files over "
                           f"{MAX_BYTES // 1024 // 1024} MiB are refused", path, 1)


def parse(raw: bytes, path: Path, known=None) -> Source:
    """The file's text and front matter; with `known`, its values and their positions as
    read before from the same bytes (its digest is the key: no YAML is parsed then)."""
    if len(raw) > MAX_BYTES:
        raise _too_big(len(raw), path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LandingkitError("file is UTF-16 (it starts with a UTF-16 byte-order mark); save "
                              "it as UTF-8", path, 1)
    try:
        text = raw.decode("utf-8")  # a UTF-8 byte-order mark stays in `text`, and on saving
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LandingkitError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", path,
                              line) from None
    digest = hashlib.sha256(raw).hexdigest()
    crlf = "\r\n" in text and not re.search(r"(?<!\r)\n", text)
    newline = "\r\n" if crlf else "\n"
    lead = _BLANK.match(text).end()
    first = text[lead:lead + 1]
    if first == "{":
        src = _json_source(path, text, lead, digest, newline)
    elif first not in _FENCES:  # no front matter: Hugo reads a page without parameters
        start = 1 if text.startswith("\ufeff") else 0
        return Source(path, text, start, start, {}, digest, newline, "none", None, None)
    else:
        src = _fenced(path, text, lead, first, digest, newline)
    kept = known.recall(path, digest) if known is not None else None
    if (isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[0], dict)
            and isinstance(kept[1], (Spot, type(None)))):
        src.data, src._tree = kept
        return src
    if src.format == "yaml":
        from . import yamlsource

        src._node, src.data = yamlsource.load(src)
    elif src.format == "toml":
        src._node, src.data = None, _load_toml(src)
    if known is not None:
        known.remember(path, digest, (src.data, src.tree))
    return src


def _fenced(path: Path, text: str, lead: int, first: str, digest: str,
            newline: str) -> Source:
    """As Hugo's lexer: three delimiters, a newline if one follows, then everything up to
    the first line that starts with the same three."""
    kind, fence = _FENCES[first]
    line = text.count("\n", 0, lead) + 1
    if not text.startswith(fence, lead):
        raise LandingkitError(f"the file starts with {first!r} but not with {fence!r}: Hugo "
                              f"reads that as a broken front matter delimiter and stops the "
                              f"build", path, line)
    start = lead + 3
    opened = _NEWLINE.match(text, start)
    start = opened.end() if opened else start
    closing = _CLOSE[fence].search(text, start)
    if not closing:
        raise LandingkitError(f"front matter opened here is never closed: add a '{fence}' "
                              "line after it", path, line)
    return Source(path, text, start, closing.start(), {}, digest, newline, kind)


def _load_toml(src: Source) -> dict:
    import tomllib

    try:
        return tomllib.loads(src.yaml_text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        line = src.first_line + int(match.group(1)) - 1 if match else src.first_line
        reason = str(exc)[:match.start()].strip() if match else str(exc)
        raise LandingkitError(f"TOML syntax error: {reason}", src.path, line) from None


def _json_source(path: Path, text: str, start: int, digest: str, newline: str) -> Source:
    """A JSON object at the top of the file (its nodes, for patching, come from YAML's
    parser when asked)."""
    import json

    try:
        data, end = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise LandingkitError(f"JSON syntax error: {exc.msg}", path, exc.lineno) from None
    if not isinstance(data, dict):
        raise LandingkitError("front matter must be a mapping of keys", path,
                              text.count("\n", 0, start) + 1)
    return Source(path, text, start, end, data, digest, newline, "json")


def child(node, key: str):
    """The value of `key` in a mapping (a `Spot` or a YAML node; None when `node` is not a
    mapping or lacks it): where a value sits, for messages that name its line."""
    if node is not None and node.id == "mapping":
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    return None


def kind_of(value: Any) -> str:
    """What a value is, in a message's words ("list", "mapping", "empty value", ...)."""
    return _kind(value)


def _kind(value: Any) -> str:
    return {list: "list", dict: "mapping", str: "string", int: "number", float: "number",
            bool: "boolean", type(None): "empty value"}.get(type(value), type(value).__name__)


# ---------------------------------------------------------------- patching


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1 == True must not count)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    return a == b


def patch(src: Source, data: dict) -> str:
    """The file's text with `data` as its front matter, changed only where values differ."""
    if same(src.data, data):
        return src.text
    if src.format == "toml":
        new_yaml = _patch_toml(src.yaml_text, src.data, data)
    else:
        from . import yamlsource

        new_yaml = yamlsource.patched(src, data)
    if src.newline != "\n":
        new_yaml = new_yaml.replace("\n", src.newline)
    return src.text[:src.start] + new_yaml + src.text[src.end:]


def _patch_toml(text: str, old: dict, new: dict) -> str:
    """TOML with `new`'s values where they differ from `old`: tomlkit keeps the rest."""
    import tomlkit

    doc = tomlkit.parse(text)
    _set_toml(doc, old, new)
    return tomlkit.dumps(doc)


def _set_toml(table, old: dict, new: dict) -> None:
    from tomlkit.container import Container
    from tomlkit.items import AoT, String, StringType, Table

    body = table if isinstance(table, Container) else table.value  # the document, or a table
    for key in [k for k in old if k not in new]:
        del table[key]
    for key, value in new.items():
        before = old.get(key)
        if key in old and same(before, value):
            continue
        item = body.item(key) if key in old else None
        if isinstance(before, dict) and isinstance(value, dict):
            _set_toml(table[key], before, value)
        elif (isinstance(before, list) and isinstance(value, list) and len(before) == len(value)
              and isinstance(item, AoT)):
            for part, a, b in zip(table[key], before, value):  # an array of tables
                _set_toml(part, a, b)
        elif isinstance(item, String) and isinstance(value, str):
            # the same kind of string; a multi-line one keeps its newline after the quotes
            # (which TOML drops from the value)
            multiline = item.type in (StringType.MLB, StringType.MLL)
            try:
                string = tomlkit_string(value, item.type in (StringType.SLL, StringType.MLL),
                                        multiline)
            except ValueError:  # a literal string cannot hold that text: a basic one can
                string = tomlkit_string(value, False, multiline)
            if (multiline and item.as_string()[3:4] == "\n"
                    and string.as_string()[3:4] != "\n"):
                string = String(string.type, value, "\n" + string.as_string()[3:-3],
                                string.trivia)
            table[key] = string
        elif key in old:
            table[key] = value
        else:  # a new key goes after the table's last plain key, indented as they are
            plain = [k for k, v in body.items() if not isinstance(v, (Table, AoT))]
            new_item = tomlkit_item(value)
            if plain:
                new_item.trivia.indent = body.item(plain[-1]).trivia.indent
                body._insert_after(plain[-1], key, new_item)
            else:
                table[key] = new_item


def tomlkit_string(text: str, literal: bool, multiline: bool):
    import tomlkit

    return tomlkit.string(text, literal=literal, multiline=multiline)


def tomlkit_item(value: Any):
    import tomlkit

    return tomlkit.item(value)




# ---------------------------------------------------------------- writing


#: the temporary files this process is writing: what a worker stopped midway removes
unfinished: set[str] = set()


def write_atomically(path: Path, data: bytes, durable: bool = False,
                     mode: int | None = None) -> None:
    """The one atomic writer: `data` goes to a temporary file beside `path`
    (`.<name>.<pid>-<thread>.tmp`), which is then renamed into place, so a reader, another
    process writing the same file, or a crash sees the old file or the new one, never a
    half. `durable`: synced to disk, the folder too (a save); `mode`: the permissions to
    keep. Raises OSError; the temporary file is gone whatever happens."""
    tmp = str(path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp"))
    unfinished.add(tmp)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        unfinished.discard(tmp)
    if durable:
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def write(src: Source, text: str) -> str:
    """Write `text` in place of the file `src` was read from; return the new digest.

    Refuses when the file changed on disk since it was read. The new text goes to a
    temporary file in the same folder, which is then renamed over the old one, so a
    crash leaves either the old file or the new one, never a half.
    """
    path = src.path
    try:
        current = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        current = None
    if current != src.digest:
        raise LandingkitError("changed on disk since it was loaded; reload it (your edits "
                              "are kept in memory) and save again", path)
    data = text.encode("utf-8")
    try:
        write_atomically(path, data, durable=True, mode=os.stat(path).st_mode & 0o7777)
    except OSError as exc:  # a full disk, a read-only folder: say so, write nothing
        raise LandingkitError(f"cannot save: {exc.strerror or exc}; the file on disk is "
                              "unchanged", path) from None
    return hashlib.sha256(data).hexdigest()
