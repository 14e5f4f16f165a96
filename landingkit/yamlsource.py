"""The YAML half of `source`: front matter read into values with where each sits, and
patched at the spans of the values that changed.

Only reading a file for the first time and saving need PyYAML: a file read before is taken
from `cache.Known`, with the positions of its values as `source.Spot`s, so that rendering a
page whose files are known does not import it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import LandingkitError
from .source import MAX_YAML, Source, Spot, _kind, same

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64
_TAGS = {f"tag:yaml.org,2002:{name}" for name in
         ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_STR = "tag:yaml.org,2002:str"
_AT_CONTEXT = ("found unexpected end of stream", "did not find expected ',' or",
               "could not find expected ':'")
_KINDS = {"timestamp": "a date", "int": "an integer", "float": "a number",
          "bool": "true or false"}


def nodes(src: Source) -> yaml.Node | None:
    """The node tree of a file read from `cache.Known` (whose values are known to load)."""
    if src.format == "yaml":
        return load(src)[0]
    if src.format == "json":
        return json_node(src)
    return None


def json_node(src: Source) -> yaml.MappingNode | None:
    """JSON front matter's nodes, from YAML's parser (JSON is YAML's flow style); None for
    JSON that YAML reads otherwise: it loads, and refuses edits."""
    try:
        node = Loader(src.yaml_text).get_single_node()
    except yaml.YAMLError:
        return None
    return node if isinstance(node, yaml.MappingNode) else None


def spots(node: yaml.Node) -> Spot:
    """What checks and messages read of a node tree, without PyYAML's classes."""
    line = node.start_mark.line
    if isinstance(node, yaml.MappingNode):
        return Spot("mapping", line, [(spots(k), spots(v)) for k, v in node.value])
    if isinstance(node, yaml.SequenceNode):
        return Spot("sequence", line, [spots(item) for item in node.value])
    return Spot("scalar", line, node.value, node.style)


def load(src: Source) -> tuple[yaml.Node | None, dict]:
    text = src.yaml_text
    if len(text) > MAX_YAML:
        raise LandingkitError(f"front matter is {len(text) // 1024} KiB; front matter over "
                              f"{MAX_YAML // 1024 // 1024} MiB is refused", src.path,
                              src.first_line)
    loader = Loader(text)
    try:
        if _depth_bound(text) > MAX_DEPTH:
            _check_depth(src, text)
        node = loader.get_single_node()
        if node is None:
            return None, {}
        bad: list[yaml.ScalarNode] = []
        data = _walk(src, node, set(), 0, {}, bad)
        if bad:  # refused only now: what `_walk` refuses is said first, wherever it is
            raise _bad_value(src, bad[0])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and (exc.problem or "").startswith(_AT_CONTEXT):
            mark = exc.context_mark  # where the unclosed quote, bracket or key started
        what = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            what = f"{exc.problem} ({exc.context})"
        if mark is not None and text[mark.index:mark.index + 1] == "\t":
            what = "a tab character; YAML indentation and separation must use spaces"
        raise LandingkitError(f"YAML syntax error: {what}", src.path,
                              src.line(mark) if mark else src.first_line) from None
    except yaml.reader.ReaderError as exc:
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise LandingkitError(f"the control character U+{char:04X} is not allowed in YAML",
                              src.path,
                              src.first_line + text.count("\n", 0, exc.position)) from None
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


_PREFIX = re.compile(r"^(?:[ \t]|[-?:](?![^ \t\r\n]))*", re.M)



def _depth_bound(text: str) -> int:
    """A cheap upper bound of the nesting depth of YAML `text`, from its characters.

    Flow collections each need a bracket. A block collection starts at a column greater
    than its parent's (a list under a key may share the key's column), so block nesting
    is at most twice the longest run of spaces and `-`/`?`/`:` indicators opening a line.
    """
    prefix = max((len(m) for m in _PREFIX.findall(text)), default=0)
    return text.count("[") + text.count("{") + 2 * prefix + 4


def _check_depth(src: Source, text: str) -> None:
    """Refuse deep nesting from the event stream, before building nodes recursively.

    The C composer recurses once per level: a few thousand levels crash the process.
    """
    loader = Loader(text)
    depth = 0
    too_deep = f"front matter is nested more than {MAX_DEPTH} levels deep"
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.CollectionStartEvent, yaml.ScalarEvent,
                                  yaml.AliasEvent)) and depth > MAX_DEPTH:
                raise src.error(too_deep, event)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        # libyaml >= 0.2.6 (PyYAML 6.0.4) has a nesting limit of its own; its scanner looks
        # ahead, so it can stop there before the events reach ours: the same refusal
        if "nesting depth" not in (exc.problem or ""):
            raise
        raise src.error(too_deep, exc.problem_mark) from None
    finally:
        loader.dispose()


def _first_alias(text: str):
    """Where the first `*name` is (a node shared by an alias only knows its anchor)."""
    loader = Loader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark
    finally:
        loader.dispose()
    return None


def _tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _walk(src: Source, node: yaml.Node, seen: set[int], depth: int, cache: dict,
          bad: list) -> Any:
    """The value of `node`, refusing what a patch cannot follow: shared (aliased) nodes,
    merges, duplicate keys, tags other than YAML's plain types. Strings (most values) are
    taken as they are; other scalars are made by PyYAML's constructor. A scalar it cannot
    make is noted in `bad` (and read as None)."""
    if id(node) in seen:
        raise src.error("YAML aliases (*name) are not supported in front matter",
                        _first_alias(src.yaml_text) or node)
    if depth > MAX_DEPTH:
        raise src.error(f"front matter is nested more than {MAX_DEPTH} levels deep", node)
    seen.add(id(node))
    tag = node.tag
    if tag == "tag:yaml.org,2002:value" and isinstance(node, yaml.ScalarNode):
        node.tag = tag = _STR  # a plain `=`: Hugo reads the text "=", PyYAML has no constructor
    if tag not in _TAGS and tag != "tag:yaml.org,2002:merge":
        raise src.error(f"YAML tag {_tag(tag)!r} is not allowed in front matter", node)
    if isinstance(node, yaml.MappingNode):
        keys: dict[Any, yaml.Node] = {}
        out = {}
        for key, value in node.value:
            if key.tag == "tag:yaml.org,2002:merge":
                raise src.error("YAML merge keys (<<) are not supported in front matter", key)
            if not isinstance(key, yaml.ScalarNode):
                raise src.error("a mapping key must be a plain value", key)
            unreadable = len(bad)
            name = _walk(src, key, seen, depth + 1, cache, bad)
            if len(bad) > unreadable:  # a key is needed now, to tell duplicates apart
                raise _bad_value(src, key)
            if name in keys:
                first = keys[name]
                same_text = first.value == key.value
                raise src.error((f"duplicate key {key.value!r} (first at line "
                                 f"{src.line(first)})" if same_text else
                                 f"duplicate key {key.value!r}: YAML reads it as the same key "
                                 f"as {first.value!r} (line {src.line(first)})")
                                + "; Hugo 0.152 and later stop the build on it", key)
            keys[name] = key
            out[name] = _walk(src, value, seen, depth + 1, cache, bad)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(src, item, seen, depth + 1, cache, bad) for item in node.value]
    if tag == _STR:
        return node.value
    constructor = cache.setdefault("constructor", yaml.constructor.SafeConstructor())
    try:
        return constructor.construct_object(node)
    except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError):
        bad.append(node)
        return None


def _bad_value(src: Source, node: yaml.Node) -> LandingkitError:
    """The error for the first scalar under `node` that YAML cannot turn into a value."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, yaml.ScalarNode):
            try:
                yaml.constructor.SafeConstructor().construct_object(item)
            except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError) as exc:
                kind = _tag(item.tag)
                kind = _KINDS.get(kind[2:], f"a value of type {kind}")
                detail = f" ({exc})" if kind == "a date" and type(exc) is ValueError else ""
                return src.error(f"{item.value!r} cannot be read as {kind}{detail}", item)
        elif isinstance(item, yaml.MappingNode):
            stack.extend(part for pair in reversed(item.value) for part in reversed(pair))
        else:
            stack.extend(reversed(item.value))
    return src.error("front matter cannot be read", node)



class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key, as Hugo sites write them."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)

    def represent_str(self, data):
        # `|` when it reads back alone: not `|+` (it would take in the blank lines after it)
        # nor with an indentation indicator (`|2`) that a patch at another column breaks
        style = "|" if ("\n" in data.rstrip("\n") and not data.endswith("\n\n")
                        and not data.startswith((" ", "\n"))) else None
        if any(c in data for c in "\x85\u2028\u2029\ufeff"):
            style = '"'  # line breaks to YAML but not to Python: only escapes keep them
        return self.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _Dumper.represent_str)


def dump(value: Any, style: str | None = None, flow: bool | None = False) -> str:
    return yaml.dump(value, Dumper=_Dumper, default_style=style, default_flow_style=flow,
                     allow_unicode=True, sort_keys=False, width=1 << 30)



def patched(src: Source, data: dict) -> str:
    """The front matter (YAML, JSON, or none yet) with `data`, changed only where values
    differ."""
    if src.format == "none":  # front matter is added at the top, as YAML
        return "---\n" + dump(data) + "---\n"
    if src.format == "json":
        return _patch_json(src, data)
    if src.node is None:
        return dump(data)
    text, edits = src.yaml_text, []
    _Patcher(text, edits).node(src.node, src.data, data, 0)
    # from the end; of two insertions at one place, the one made first ends up first
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], edits[i][1], i))
    for start, end, new in (edits[i] for i in reversed(order)):
        text = text[:start] + new + text[end:]
    return text


def _patch_json(src: Source, new: dict) -> str:
    """JSON with each changed value written anew at its span (json's own spelling)."""
    import json

    if src.node is None:
        raise LandingkitError("this JSON front matter cannot be edited in place (YAML's "
                              "parser, which finds where values sit, reads it otherwise); "
                              "nothing was written", src.path, src.first_line)
    text, edits = src.yaml_text, []

    def walk(node, old, value) -> None:
        if same(old, value):
            return
        nodes = ({k.value: v for k, v in node.value}  # a key written twice: the last, as
                 if isinstance(node, yaml.MappingNode) else {})  # json (and Go's) reads it
        if (isinstance(old, dict) and isinstance(value, dict) and list(old) == list(value)
                and set(old) <= set(nodes)):
            for key in old:
                walk(nodes[key], old[key], value[key])
        elif (isinstance(node, yaml.SequenceNode) and isinstance(old, list)
              and isinstance(value, list) and len(old) == len(value)):
            for child_node, a, b in zip(node.value, old, value):
                walk(child_node, a, b)
        else:
            edits.append((node.start_mark.index, node.end_mark.index,
                          json.dumps(value, ensure_ascii=False, default=str)))

    walk(src.node, src.data, new)
    for start, end, value in sorted(edits, reverse=True):
        text = text[:start] + value + text[end:]
    return text


def _shape(value: Any) -> tuple:
    """What must match for an old list item to be edited into a new one in place."""
    if isinstance(value, dict):
        kind = value.get("block", value.get("blox"))
        return ("block", repr(kind)) if kind is not None else ("mapping",)
    return ("list",) if isinstance(value, list) else ("scalar",)


class _Patcher:
    def __init__(self, text: str, edits: list):
        self.text = text
        self.edits = edits
        self.in_flow = False  # inside a flow collection: every value is written in flow style

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
        if "+" in self.text[node.start_mark.index:start].split("#")[0]:
            return end  # trailing blank lines belong to a scalar kept with `|+`
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
        outer = self.in_flow
        if isinstance(node, yaml.MappingNode) and isinstance(new, dict) and isinstance(old, dict):
            if node.flow_style and old.keys() != new.keys():
                return self.replace(node, new, indent)
            self.in_flow = outer or node.flow_style
            self.mapping(node, old, new, indent)
        elif (isinstance(node, yaml.SequenceNode) and isinstance(new, list)
              and isinstance(old, list)):
            if node.flow_style and len(old) != len(new):
                return self.replace(node, new, indent)
            self.in_flow = outer or node.flow_style
            self.sequence(node, old, new, indent)
        else:
            self.replace(node, new, indent)
        self.in_flow = outer

    def mapping(self, node: yaml.MappingNode, old: dict, new: dict, indent: int) -> None:
        pairs = list(zip(old, node.value))
        kept = [key in new for key in old]
        if not node.flow_style and node.value and not any(kept):
            return self.replace(node, new, indent)  # nothing left to anchor the edits to
        first = node.value[0][0].start_mark.index if node.value else 0
        head = kept.index(True) if any(kept) else 0
        if head and self.text[self.line_start(first):first].strip():
            # keys removed at the head of a `- key: value` item: the first kept key (or
            # what precedes it) moves up to the dash line, at the same column
            end = self.line_end(self.content_end(pairs[head - 1][1][1]))
            while end < len(self.text) and self.text[end] == " ":
                end += 1
            self.edits.append((first, end, ""))
            pairs = pairs[head:]
        for key, (key_node, value_node) in pairs:
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
        one_per_line = all(
            self.text[self.line_start(item.start_mark.index):item.start_mark.index].strip()
            == "-" for item in node.value)
        if node.flow_style or not node.value or not new or not one_per_line:
            if len(old) == len(new):
                for item, a, b in zip(node.value, old, new):
                    self.node(item, a, b, item.start_mark.column)
                return
            return self.replace(node, new, indent)
        first = self.text.rfind("-", 0, node.value[0].start_mark.index)
        column = first - self.line_start(first)
        # an item kept (moved, copied) keeps its lines as they are, comments included
        originals: dict[str, str] = {}
        for item, value in zip(node.value, old):
            originals.setdefault(repr(value), self.text[self.line_start(item.start_mark.index):
                                                       self.line_end(self.content_end(item))])
        import difflib  # only saving needs it

        old_keys, new_keys = list(map(repr, old)), list(map(repr, new))
        matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                continue
            # within a changed run, an edited item is patched in place when it has the
            # shape of the old one there (a block of the same type); the rest is replaced
            pairs = difflib.SequenceMatcher(None, [_shape(v) for v in old[a1:a2]],
                                            [_shape(v) for v in new[b1:b2]], autojunk=False)
            for op2, c1, c2, d1, d2 in pairs.get_opcodes():
                common = c2 - c1 if op2 == "equal" else 0
                for k in range(common):
                    if new_keys[b1 + d1 + k] in originals:
                        common = k  # a copy of an item that exists: take its lines
                        break
                    item = node.value[a1 + c1 + k]
                    self.node(item, old[a1 + c1 + k], new[b1 + d1 + k], item.start_mark.column)
                for item in node.value[a1 + c1 + common:a1 + c2]:
                    start = self.line_start(item.start_mark.index)
                    self.edits.append((start, self.line_end(self.content_end(item)), ""))
                if d2 - d1 > common:
                    prev = a1 + c1 + common - 1
                    at = (self.line_end(self.content_end(node.value[prev])) if prev >= 0
                          else self.line_start(first))
                    added = slice(b1 + d1 + common, b1 + d2)
                    self.insert(at, "".join(originals.get(key) or self.block([value], column)
                                            for key, value in zip(new_keys[added],
                                                                  new[added])))

    def insert(self, at: int, block: str) -> None:
        if at > 0 and self.text[at - 1] != "\n":
            block = "\n" + block
        self.edits.append((at, at, block))

    # emitting ----------------------------------------------------------------
    @staticmethod
    def block(value: Any, column: int) -> str:
        """Keys or list items as block lines at `column`, one per line."""
        pad = " " * column
        text = dump(value).rstrip("\n").removesuffix("\n...")  # no end-of-document mark
        return "".join(pad + line + "\n" if line else "\n" for line in text.split("\n"))

    def replace(self, node: yaml.Node, new: Any, indent: int) -> None:
        start, end = node.start_mark.index, self.content_end(node)
        if self.in_flow:  # inside `[...]` or `{...}`: one line, quoted as a flow needs
            lead = " " if start == end and self.text[start - 1:start] not in (" ", "\t") else ""
            text = dump([new], flow=True).strip()
            return self.edits.append((start, end, lead + text[1:-1]))
        old_text = self.text[start:end]
        if start == end:  # an empty value: the mark sits right after `key:`
            while end < len(self.text) and self.text[end] in " \t":
                end += 1
            start = end
            lead = "" if self.text[start - 1] in " \t" else " "
            if not isinstance(new, (dict, list)) or not new:
                text, end = self.end_line(lead + self.scalar(node, new, indent), end,
                                          indent)
                return self.edits.append((start, end, text))
        if isinstance(node, yaml.ScalarNode) and node.style == "|" and isinstance(new, str):
            literal = self.literal(node, old_text, new, indent)
            if literal is not None:
                return self.edits.append((start, end, literal))
        if end > start and self.text[end - 1] == "\n":
            end -= 1  # a span ending in a block scalar ends past its newline: keep that one
        if isinstance(new, (dict, list)) and new:
            if getattr(node, "flow_style", False) or (
                    isinstance(node, yaml.ScalarNode) and not old_text.strip()
                    and self.text[self.line_start(start):start].strip() == "-"):
                text = dump(new, flow=True).rstrip("\n")
            else:
                column = node.start_mark.column if not isinstance(node, yaml.ScalarNode) \
                    else indent
                if isinstance(new, dict):  # keys deeper than their parent's (a list at
                    column = max(column, indent)  # the parent key's column is fine)
                lines = self.block(new, column)
                if isinstance(node, yaml.ScalarNode):
                    # `key: old` -> `key:` newline, block below
                    lead = start
                    while lead > 0 and self.text[lead - 1] == " ":
                        lead -= 1
                    text, end = self.end_line("\n" + lines.rstrip("\n"), end, 0)
                    return self.edits.append((lead, end, text))
                text, end = self.end_line(lines[node.start_mark.column:].rstrip("\n"), end,
                                          node.start_mark.column)
                return self.edits.append((start, end, text))
        else:
            text = self.scalar(node, new, indent)
        if (isinstance(node, yaml.CollectionNode) and not node.flow_style
                and node.start_mark.column < indent):
            # a list written at its key's column becomes a value that must sit deeper
            text = " " * (indent - node.start_mark.column) + text
        text, end = self.end_line(text, end, node.start_mark.column)
        self.edits.append((start, end, text))

    def end_line(self, text: str, end: int, column: int) -> tuple[str, int]:
        """What followed the old value on its line (spaces, a comment) must not join the last
        line of a new value that spans lines (a block scalar would take it in): spaces go, a
        comment moves up to a block scalar's header, after `key:`, or to a line of its own."""
        if "\n" not in text or text.lstrip(" ").startswith(("'", '"')):
            return text, end  # one line, or quoted: what follows the closing quote is fine
        stop = self.text.find("\n", end)
        stop = len(self.text) if stop < 0 else stop
        rest = self.text[end:stop].strip()
        if not rest:
            return text, stop
        if not rest.startswith("#"):
            return text, end
        header, newline, body = text.partition("\n")
        if not header.strip() or header.lstrip().startswith(("|", ">")):
            return f"{header} {rest}{newline}{body}", stop
        return f"{rest}\n{' ' * column}{text}", stop

    def scalar(self, node: yaml.Node, new: Any, indent: int) -> str:
        style = getattr(node, "style", None)
        if isinstance(new, str) and "\n" in new.rstrip("\n"):
            out = dump(new, style="|")
            if re.match(r"[|>][-+]?\d|[|>]\d?\+", out):
                # an indentation indicator, or `|+` whose value would take in the blank
                # lines that follow it in the file: a quoted string says it exactly
                out = yaml.dump(new, Dumper=yaml.SafeDumper, default_style='"',
                                allow_unicode=True, width=1 << 30)
        elif isinstance(new, str) and style in ("'", '"'):
            out = dump(new, style=style)
        else:
            out = dump(new)
        out = out.removesuffix("\n").removesuffix("\n...")
        if not out.startswith(("|", ">")):  # a block keeps its blank lines: `|+` has some
            out = out.rstrip("\n")
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
        if chomp == "+" and match.group(1) != "+":
            return None  # `|+` would take in the blank lines after it; see `scalar`
        if chomp == "+":
            tail = [""] * (newlines - 1)
        elif match.group(1) == "+":
            tail = []
        out: list[str] = []
        wanted = core.split("\n")
        import difflib  # only saving needs it

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
