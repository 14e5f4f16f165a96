"""One Markdown file with YAML front matter: read it, patch it, write it back.

Saving never re-serialises the file. The YAML parser reports where every value
sits; a changed value is re-emitted by the YAML library at that span and every
other byte (comments, quoting, trailing spaces, blank lines) stays as it was.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import LandingkitError

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_OPEN = re.compile(r"---[ \t]*(\r?\n)")
_CLOSE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.M)
MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64


@dataclass
class Source:
    """The text of a file and its parsed front matter, with positions."""

    path: Path
    text: str  # the whole file, newlines as on disk
    start: int  # offset of the YAML text in `text`
    end: int  # offset of the closing `---` line
    node: yaml.Node | None
    data: dict
    digest: str  # sha256 of the bytes read: detects any change on disk
    newline: str = "\n"

    @property
    def yaml_text(self) -> str:
        """The front matter, with CRLF read as LF in a file that uses CRLF throughout."""
        text = self.text[self.start:self.end]
        return text.replace("\r\n", "\n") if self.newline == "\r\n" else text

    @property
    def first_line(self) -> int:
        """File line (1-based) of the first YAML line."""
        return self.text.count("\n", 0, self.start) + 1

    def line(self, node_or_mark) -> int:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        return self.first_line + mark.line

    def error(self, message: str, node=None) -> LandingkitError:
        return LandingkitError(message, self.path, self.line(node) if node is not None else 1)


def read(path: str | os.PathLike) -> Source:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LandingkitError("no such file", path) from None
    except IsADirectoryError:
        raise LandingkitError("is a folder, not a Markdown file", path) from None
    except OSError as exc:
        raise LandingkitError(f"cannot read: {exc.strerror}", path) from None
    return parse(raw, path)


def read_data(path: str | os.PathLike) -> dict:
    """Front matter of a file that is only read (people): the C loader, no positions kept."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LandingkitError(f"cannot read: {exc.strerror}", path) from None
    if len(raw) > MAX_BYTES or raw.startswith(b"\xef\xbb\xbf"):
        return parse(raw, path).data  # the careful path reports the exact problem
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return parse(raw, path).data
    opening = _OPEN.match(text)
    closing = _CLOSE.search(text, opening.end()) if opening else None
    if not closing:
        return parse(raw, path).data
    try:
        data = yaml.load(text[opening.end():closing.start()], Loader=Loader)
    except yaml.YAMLError:
        return parse(raw, path).data
    if data is None:
        return {}
    return data if isinstance(data, dict) else parse(raw, path).data


def parse(raw: bytes, path: Path) -> Source:
    if len(raw) > MAX_BYTES:
        raise LandingkitError(f"file is {len(raw) // 1024} KiB; front matter files over "
                              f"{MAX_BYTES // 1024 // 1024} MiB are refused", path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raise LandingkitError("file starts with a byte-order mark (BOM); save it as UTF-8 "
                              "without BOM", path, 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LandingkitError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", path,
                              line) from None
    digest = hashlib.sha256(raw).hexdigest()
    opening = _OPEN.match(text)
    if not opening:
        if text.startswith("+++"):
            raise LandingkitError("TOML front matter (+++) is not supported; use YAML (---)",
                                  path, 1)
        raise LandingkitError("no front matter: the file must start with a '---' line",
                              path, 1)
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise LandingkitError("front matter opened here is never closed: add a '---' line "
                              "after it", path, 1)
    crlf = "\r\n" in text and not re.search(r"(?<!\r)\n", text)
    src = Source(path, text, opening.end(), closing.start(), None, {}, digest,
                 "\r\n" if crlf else "\n")
    src.node, src.data = _load(src)
    return src


def _load(src: Source) -> tuple[yaml.Node | None, dict]:
    loader = Loader(src.yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        _walk(src, node, set(), 0)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            what = f"{exc.problem} ({exc.context})"
        raise LandingkitError(f"YAML syntax error: {what}", src.path, src.line(mark)) from None
    except yaml.YAMLError as exc:
        raise LandingkitError(f"YAML error: {exc}", src.path, src.first_line) from None
    except RecursionError:
        raise LandingkitError("front matter is nested too deeply", src.path,
                              src.first_line) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise LandingkitError(f"front matter must be a mapping of keys, got a "
                              f"{_kind(data)}", src.path, src.line(node))
    return node, data


def _walk(src: Source, node: yaml.Node, seen: set[int], depth: int) -> None:
    """Refuse what a patch cannot follow: shared (aliased) nodes, merges, duplicate keys."""
    if id(node) in seen:
        raise src.error("YAML aliases (*name) are not supported in front matter", node)
    if depth > MAX_DEPTH:
        raise src.error(f"front matter is nested more than {MAX_DEPTH} levels deep", node)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if key.tag == "tag:yaml.org,2002:merge":
                raise src.error("YAML merge keys (<<) are not supported in front matter", key)
            if not isinstance(key, yaml.ScalarNode):
                raise src.error("a mapping key must be a plain value", key)
            if key.value in keys:
                raise src.error(f"duplicate key {key.value!r} (first at line "
                                f"{src.line(keys[key.value])})", key)
            keys[key.value] = key
            _walk(src, value, seen, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _walk(src, item, seen, depth + 1)
    elif node.tag.startswith("tag:yaml.org,2002:python/") or node.tag.startswith("!"):
        raise src.error(f"YAML tag {node.tag!r} is not allowed in front matter", node)


def _kind(value: Any) -> str:
    return {list: "list", dict: "mapping", str: "string", int: "number", float: "number",
            bool: "boolean", type(None): "empty value"}.get(type(value), type(value).__name__)


# ---------------------------------------------------------------- patching


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, as Hugo sites write them."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)

    def represent_str(self, data):
        style = "|" if "\n" in data.rstrip("\n") else None
        return self.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _Dumper.represent_str)


def dump(value: Any, style: str | None = None, flow: bool | None = False) -> str:
    return yaml.dump(value, Dumper=_Dumper, default_style=style, default_flow_style=flow,
                     allow_unicode=True, sort_keys=False, width=1 << 30)


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
    text = src.yaml_text
    if src.node is None:
        new_yaml = dump(data)
    else:
        edits: list[tuple[int, int, str]] = []
        _Patcher(text, edits).node(src.node, src.data, data, 0)
        for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            text = text[:start] + new + text[end:]
        new_yaml = text
    if src.newline != "\n":
        new_yaml = new_yaml.replace("\n", src.newline)
    return src.text[:src.start] + new_yaml + src.text[src.end:]


class _Patcher:
    def __init__(self, text: str, edits: list):
        self.text = text
        self.edits = edits

    # positions -----------------------------------------------------------
    def content_end(self, node: yaml.Node) -> int:
        """Where a node's own text ends: block nodes' marks run on over comments and blanks."""
        if isinstance(node, yaml.ScalarNode):
            if node.style in ("|", ">"):
                return self._block_scalar_end(node)
            return node.end_mark.index
        if node.flow_style or not node.value:
            return node.end_mark.index
        last = node.value[-1]
        return self.content_end(last[1] if isinstance(node, yaml.MappingNode) else last)

    def _block_scalar_end(self, node: yaml.ScalarNode) -> int:
        end = node.end_mark.index
        start = self.text.index("\n", node.start_mark.index) + 1 if "\n" in self.text[
            node.start_mark.index:end] else end
        lines = self.text[start:end].split("\n")
        # trailing whitespace-only lines belong to the scalar only when kept with `|+`
        pos = end
        for line in reversed(lines):
            if line.strip():
                break
            pos -= len(line) + 1
        return max(pos + 1, start) if pos < end else end

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_end(self, index: int) -> int:
        """Just past the newline of the line holding `index` (a trailing comment included)."""
        if index > 0 and self.text[index - 1] == "\n":
            return index
        nl = self.text.find("\n", index)
        return len(self.text) if nl < 0 else nl + 1

    # diffing ---------------------------------------------------------------
    def node(self, node: yaml.Node, old: Any, new: Any, indent: int) -> None:
        if same(old, new):
            return
        if isinstance(node, yaml.MappingNode) and isinstance(new, dict) and isinstance(old, dict):
            if node.flow_style and old.keys() != new.keys():
                return self.replace(node, new, indent)
            self.mapping(node, old, new, indent)
        elif (isinstance(node, yaml.SequenceNode) and isinstance(new, list)
              and isinstance(old, list)):
            if node.flow_style and len(old) != len(new):
                return self.replace(node, new, indent)
            self.sequence(node, old, new, indent)
        else:
            self.replace(node, new, indent)

    def mapping(self, node: yaml.MappingNode, old: dict, new: dict, indent: int) -> None:
        pairs = dict(zip(old, node.value))
        for key, (key_node, value_node) in pairs.items():
            if key not in new:
                start = self.line_start(key_node.start_mark.index)
                self.edits.append((start, self.line_end(self.content_end(value_node)), ""))
            else:
                self.node(value_node, old[key], new[key], key_node.start_mark.column + 2)
        added = {k: v for k, v in new.items() if k not in old}
        if added:
            column = node.value[0][0].start_mark.column if node.value else indent
            at = self.line_end(self.content_end(node.value[-1][1])) if node.value else None
            if at is None:
                return self.replace(node, new, indent)
            self.insert(at, self.block(added, column))

    def sequence(self, node: yaml.SequenceNode, old: list, new: list, indent: int) -> None:
        if len(old) == len(new):
            for item, a, b in zip(node.value, old, new):
                self.node(item, a, b, item.start_mark.column)
            return
        if not node.value:
            return self.replace(node, new, indent)
        first = self.text.rfind("-", 0, node.value[0].start_mark.index)
        column = first - self.line_start(first)
        matcher = difflib.SequenceMatcher(None, list(map(repr, old)), list(map(repr, new)),
                                          autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                continue
            common = min(a2 - a1, b2 - b1)
            for k in range(common):
                item = node.value[a1 + k]
                self.node(item, old[a1 + k], new[b1 + k], item.start_mark.column)
            for item in node.value[a1 + common:a2]:
                start = self.line_start(item.start_mark.index)
                self.edits.append((start, self.line_end(self.content_end(item)), ""))
            if b2 - b1 > common:
                prev = a1 + common - 1
                at = (self.line_end(self.content_end(node.value[prev])) if prev >= 0
                      else self.line_start(first))
                self.insert(at, self.block(new[b1 + common:b2], column))

    def insert(self, at: int, block: str) -> None:
        if at > 0 and self.text[at - 1] != "\n":
            block = "\n" + block
        self.edits.append((at, at, block))

    # emitting ----------------------------------------------------------------
    @staticmethod
    def block(value: Any, column: int) -> str:
        """Keys or list items as block lines at `column`, one per line."""
        pad = " " * column
        return "".join(pad + line + "\n" if line else "\n"
                       for line in dump(value).rstrip("\n").split("\n"))

    def replace(self, node: yaml.Node, new: Any, indent: int) -> None:
        start, end = node.start_mark.index, self.content_end(node)
        old_text = self.text[start:end]
        if start == end:  # an empty value: the mark sits right after `key:`
            while end < len(self.text) and self.text[end] in " \t":
                end += 1
            start = end
            lead = "" if self.text[start - 1] in " \t" else " "
            if not isinstance(new, (dict, list)) or not new:
                return self.edits.append((start, end, lead + self.scalar(node, new, indent)))
        if isinstance(node, yaml.ScalarNode) and node.style == "|" and isinstance(new, str):
            literal = self.literal(node, old_text, new, indent)
            if literal is not None:
                return self.edits.append((start, end, literal))
        if isinstance(new, (dict, list)) and new:
            if getattr(node, "flow_style", False) or (
                    isinstance(node, yaml.ScalarNode) and not old_text.strip()
                    and self.text[self.line_start(start):start].strip() == "-"):
                text = dump(new, flow=True).rstrip("\n")
            else:
                column = node.start_mark.column if not isinstance(node, yaml.ScalarNode) \
                    else indent
                lines = self.block(new, column)
                if isinstance(node, yaml.ScalarNode):
                    # `key: old` -> `key:` newline, block below
                    lead = start
                    while lead > 0 and self.text[lead - 1] == " ":
                        lead -= 1
                    return self.edits.append((lead, end, "\n" + lines.rstrip("\n")))
                text = lines[column:].rstrip("\n")
        else:
            text = self.scalar(node, new, indent)
        self.edits.append((start, end, text))

    def scalar(self, node: yaml.Node, new: Any, indent: int) -> str:
        style = getattr(node, "style", None)
        if isinstance(new, str) and "\n" in new.rstrip("\n"):
            out = dump(new, style="|")
            if re.match(r"\|\d", out):  # needs an indentation indicator: keep it simple
                out = dump(new, style='"')
        elif isinstance(new, str) and style in ("'", '"'):
            out = dump(new, style=style)
        else:
            out = dump(new)
        out = out.removesuffix("\n").removesuffix("\n...").rstrip("\n")
        if isinstance(new, (dict, list)):  # empty collection
            return dump(new, flow=True).rstrip("\n")
        lines = out.split("\n")
        if len(lines) == 1:
            return out
        if out.startswith("|"):
            lines[1:] = [" " * indent + line[2:] if line else "" for line in lines[1:]]
        else:
            lines[1:] = [" " * indent + line.lstrip(" ") if line else "" for line in lines[1:]]
        return "\n".join(lines)

    def literal(self, node: yaml.ScalarNode, old_text: str, new: str, indent: int) -> str | None:
        """A `|` block scalar patched line by line, so untouched lines keep every byte."""
        header, _, body = old_text.partition("\n")
        match = re.match(r"\|([+-]?)(\s*(?:#.*)?)$", header)
        if not match or not new.strip("\n") or new.startswith((" ", "\n")) or "\r" in new:
            return None
        raw_lines = body.split("\n")
        if raw_lines and raw_lines[-1] == "":
            raw_lines.pop()
        width = min((len(line) - len(line.lstrip(" ")) for line in raw_lines if line.strip()),
                    default=indent)
        pad = " " * width
        values = [line[width:] if len(line) > width else "" for line in raw_lines]
        while values and values[-1] == "" and not raw_lines[len(values) - 1].strip():
            values.pop()
        tail = raw_lines[len(values):]
        core = new.rstrip("\n")
        newlines = len(new) - len(core)
        chomp = "-" if newlines == 0 else "" if newlines == 1 else "+"
        if chomp == "+":
            tail = [""] * (newlines - 1)
        elif match.group(1) == "+":
            tail = []
        out: list[str] = []
        wanted = core.split("\n")
        matcher = difflib.SequenceMatcher(None, values, wanted, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                out.extend(raw_lines[a1:a2])
            else:
                out.extend(pad + line if line else "" for line in wanted[b1:b2])
        result = "|" + chomp + match.group(2) + "\n" + "\n".join(out + tail) + "\n"
        try:
            ok = yaml.load("k: " + result, Loader=Loader) == {"k": new}
        except yaml.YAMLError:
            ok = False
        return result if ok else None


# ---------------------------------------------------------------- writing


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
    mode = os.stat(path).st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
    return hashlib.sha256(data).hexdigest()
