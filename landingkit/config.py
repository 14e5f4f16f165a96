"""A Hugo site's configuration, read and merged as Hugo reads it.

Hugo takes the first of `hugo.{toml,yaml,yml,json}` (then `config.*`) beside the content, then
merges the configuration folder on top: `config/_default/` and then `config/<environment>/`
(`HUGO_ENVIRONMENT`, `production` for a build). In that folder each file holds one top-level
key (`params.yaml` is `params`), `hugo.*` / `config.*` hold the root, and `menus.zh.yaml` is
`languages.zh.menus`. Maps merge key by key, the later file winning; every key is read without
regard to case, as Hugo does (`baseURL` is `baseurl`). `hugo config --format json` prints the
same merge, which is what the tests compare with.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from .errors import LandingkitError

ROOT_NAMES = ("hugo", "config")
EXTENSIONS = ("toml", "yaml", "yml", "json")
_PER_LANGUAGE = re.compile(r"^(?P<key>[^.]+)\.(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)$")


class MenuEntry(NamedTuple):
    """One entry of a menu, as the theme's navbar draws it."""

    name: str
    url: str
    weight: int = 0
    identifier: str = ""
    parent: str = ""
    children: tuple[MenuEntry, ...] = ()


class Language(NamedTuple):
    """One language of the site; `content_dir` is where its pages live."""

    code: str
    label: str
    weight: int
    content_dir: Path
    config: dict  # languages.<code>, keys lower-case


@dataclass(eq=False)
class Config:
    """The merged configuration of the site at `folder` (keys lower-case)."""

    folder: Path
    data: dict
    files: list[Path]

    def get(self, *path: str, lang: str | None = None, default: Any = None) -> Any:
        """The value at `path`, the language's own value first (`languages.<lang>.<path>`)."""
        for source in ((self.language_config(lang), self.data) if lang else (self.data,)):
            value = _get_in(source, tuple(p.lower() for p in path))
            if value is not None:
                return value
        return default

    def language_config(self, lang: str | None) -> dict:
        languages = self.data.get("languages")
        own = languages.get(str(lang).lower()) if isinstance(languages, dict) and lang else None
        return own if isinstance(own, dict) else {}

    @property
    def default_lang(self) -> str:
        return str(self.data.get("defaultcontentlanguage") or "en").lower()

    @property
    def base_url(self) -> str:
        return str(self.data.get("baseurl") or "/")

    @property
    def base_path(self) -> str:
        """The path of the base URL (`/lm/` for https://x.edu/lm/), with both slashes."""
        url = self.base_url
        path = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "", url)
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"

    @property
    def languages(self) -> dict[str, Language]:
        """The configured languages, by weight then code, the default one always there."""
        raw = self.data.get("languages")
        raw = raw if isinstance(raw, dict) else {}
        codes = set(map(str, raw)) | {self.default_lang}
        content = str(self.data.get("contentdir") or "content")
        found = []
        for code in codes:
            conf = raw.get(code) if isinstance(raw.get(code), dict) else {}
            weight = conf.get("weight") if type(conf.get("weight")) is int else 0
            label = conf.get("label") or conf.get("languagename") or code
            found.append(Language(code, str(label), weight,
                                  self.folder / str(conf.get("contentdir") or content), conf))
        # Hugo orders languages by weight, weight 0 last, then by code
        found.sort(key=lambda lang: (lang.weight == 0, lang.weight, lang.code))
        return {lang.code: lang for lang in found}

    @property
    def multilingual(self) -> bool:
        return isinstance(self.data.get("languages"), dict) and len(self.data["languages"]) > 0

    def title(self, lang: str | None = None) -> str:
        return str(self.get("title", lang=lang) or "")

    def params(self, lang: str | None = None) -> dict:
        """`params`: the theme module's defaults, the site's over them, the language's own
        over those, merged as Hugo merges a module's configuration into the site's."""
        base = self.data.get("params") if isinstance(self.data.get("params"), dict) else {}
        base = merge_module(base, THEME_PARAMS, "deep") if self.theme is not None else base
        own = self.language_config(lang).get("params")
        return merge(base, own) if isinstance(own, dict) else dict(base)

    def menu(self, lang: str | None = None, name: str = "main") -> list[MenuEntry]:
        """The menu `name` of `lang` in the order Hugo sorts it: weight, then name; entries
        with a `parent` nest under the entry of that identifier (or name)."""
        entries = self.get("menus", name, lang=lang) or self.get("menu", name, lang=lang) or []
        if isinstance(entries, dict):  # one entry written as a mapping
            entries = [entries]
        items = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

        def entry(item: dict, children=()) -> MenuEntry:
            weight = item.get("weight")
            return MenuEntry(str(item.get("name") or item.get("identifier") or ""),
                             str(item.get("url") or item.get("pageref") or ""),
                             weight if type(weight) is int else 0,
                             str(item.get("identifier") or item.get("name") or ""),
                             str(item.get("parent") or ""), tuple(children))

        flat = [entry(item) for item in items]
        order = sorted(range(len(flat)), key=lambda i: (flat[i].weight == 0, flat[i].weight,
                                                       flat[i].name.lower(), i))
        kids: dict[str, list[MenuEntry]] = {}
        for i in order:
            if flat[i].parent:
                kids.setdefault(flat[i].parent, []).append(flat[i])
        return [entry(items[i], kids.get(flat[i].identifier, ())) for i in order
                if not flat[i].parent]

    def copyright(self, lang: str | None = None) -> str:
        """The footer's copyright: the theme's `params.footer.copyright.notice`, else Hugo's
        `copyright`."""
        notice = _get_in(self.params(lang), ("footer", "copyright", "notice"))
        return str(notice if notice is not None else self.get("copyright", lang=lang) or "")

    @functools.cached_property
    def theme(self) -> str | None:
        """The theme generation the site builds with: "wowchemy", "blox-bootstrap",
        "blox-tailwind" or "kit" (the 2026 `modules/blox`): the first of `theme_names` that
        names one (plugins, blox-plugin-..., name none); None when none does."""
        for name in self.theme_names:
            for pattern, generation in GENERATIONS:
                if re.search(pattern, name):
                    return generation
        return None

    @functools.cached_property
    def wowchemy_version(self) -> tuple[int, int] | None:
        """(major, minor) of a Wowchemy or Academic site's theme, None when landingkit cannot
        tell (it then follows v5.5.0, the last): the theme folder's `data/academic.toml` or
        `data/wowchemy.toml` `version`, else Academic's name (v4.8.0, its last), else the
        version of the module go.mod requires (`wowchemy/v5 v5.3.0`; the module without
        `/v5`, v5.0 to v5.2, is required by a pseudo-version: v5.0)."""
        if self.theme != "wowchemy":
            return None
        for name in self.theme_names:
            for data in ("academic.toml", "wowchemy.toml"):
                with contextlib.suppress(OSError):
                    text = (self.folder / "themes" / name / "data" / data).read_text(
                        encoding="utf-8", errors="replace")
                    found = re.search(r'^\s*version\s*=\s*"(\d+)\.(\d+)', text, re.M)
                    if found:
                        return (int(found[1]), int(found[2]))
        if any(re.search(r"(?:^|/)(?:hugo-)?academic(?:$|/)", n, re.I) for n in self.theme_names):
            return (4, 8)
        required = self._required("wowchemy/v5")
        if required != (0, 0):
            return required
        return (5, 0) if any(re.search(r"/wowchemy$", n) for n in self.theme_names) else None

    @functools.cached_property
    def people_named_by(self) -> str:
        """The key an Academic or Wowchemy theme names a person by, `name` or `title`: Academic
        renamed `name` to `title` after v4.8.0 (601620c7) in commits whose data file still says
        4.8.0, so the widget's template, the site's own or its theme folder's, is asked first,
        then the version."""
        if self.theme != "wowchemy":
            return "title"
        widget = Path("layouts", "partials", "widgets", "people.html")
        for folder in (self.folder, *(self.folder / "themes" / n for n in self.theme_names)):
            with contextlib.suppress(OSError):
                text = (folder / widget).read_text(encoding="utf-8", errors="replace")
                return "name" if ".Params.name" in text else "title"
        version = self.wowchemy_version
        return "name" if wowchemy_before(version, (5, 0)) else "title"

    @functools.cached_property
    def tailwind_version(self) -> tuple[int, int] | None:
        """(major, minor) of the blox-tailwind module a blox-tailwind site's go.mod requires,
        None when it names none (landingkit then draws v0.3.1's blocks)."""
        if self.theme != "blox-tailwind":
            return None
        required = self._required("blox-tailwind")
        return required if required != (0, 0) else None

    @functools.cached_property
    def theme_names(self) -> tuple[str, ...]:
        """What the site names its theme by, in the order Hugo looks: module imports, go.mod's
        requirements, the `theme` key, the folders of `themes/`."""
        names: list[str] = []
        module = self.data.get("module")
        imports = module.get("imports") if isinstance(module, dict) else None
        for item in imports if isinstance(imports, list) else [imports] if imports else []:
            path = item.get("path") if isinstance(item, dict) else item
            if isinstance(path, str):
                names.append(path)
        try:
            gomod = (self.folder / "go.mod").read_text(encoding="utf-8", errors="replace")
        except OSError:
            gomod = ""
        names += re.findall(r"^\s*(?:require\s+)?([\w.-]+\.[a-z]+/\S+)\s+v\S+", gomod, re.M)
        theme = self.data.get("theme")
        names += [str(t) for t in (theme if isinstance(theme, list) else [theme] if theme else [])]
        with contextlib.suppress(OSError):
            names += sorted(entry.name for entry in os.scandir(self.folder / "themes")
                            if entry.is_dir())
        return tuple(names)

    @functools.cached_property
    def markup(self) -> dict:
        """`markup`: the site's own, with the theme module's under it as far as the site's
        `_merge` lets it in (Hugo Blox's starters write `markup: {_merge: deep}`; without a
        `_merge`, Hugo takes nothing of a module's `markup`)."""
        value = self.data.get("markup")
        value = value if isinstance(value, dict) else {}
        theme = THEME_MARKUP.get(self.theme or "")
        if self.theme == "blox-tailwind" and (0, 0) < self._required("blox-tailwind") < (0, 3):
            theme = THEME_MARKUP["blox-tailwind<0.3"]
        return merge_module(value, theme, "none") if theme else _without_merge_keys(value)


    def _required(self, module: str) -> tuple[int, int]:
        """(major, minor) of the `module` the site's go.mod requires, (0, 0) when unknown."""
        try:
            gomod = (self.folder / "go.mod").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return (0, 0)
        found = re.search(rf"/{re.escape(module)}\s+v(\d+)\.(\d+)", gomod)
        return (int(found[1]), int(found[2])) if found else (0, 0)


def _get_in(data: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


#: which generation a module path or theme name is of (the kit's module is `modules/blox`)
GENERATIONS = ((r"(?i)blox-tailwind", "blox-tailwind"), (r"(?i)blox-bootstrap", "blox-bootstrap"),
               (r"(?i)wowchemy|(?:^|/)(?:hugo-)?academic(?:$|/)", "wowchemy"),
               (r"(?i)/modules/blox(?:/v\d+)?$", "kit"))
#: the generations drawn in the bootstrap look
BOOTSTRAP = ("blox-bootstrap", "wowchemy")

#: the `params` every generation's module configuration sets (blox-tailwind v0.3.1 and v0.10.0
#: hugo.yaml, blox-bootstrap v5.9.7 hugo.yaml, Wowchemy v5.5.0 config.yaml, the kit's
#: modules/blox/hugo.yaml): Hugo merges them under the site's own
THEME_PARAMS = {"locale": {"date_format": "Jan 2, 2006", "time_format": "3:04 PM",
                           "address_format": "en-us"}}


#: the `markup` each generation's module configuration sets, as Hugo reads it (keys
#: lower-case): blox-tailwind v0.3.0 to v0.10.0 hugo.yaml (v0.1 and v0.2, as a site's go.mod
#: requires them, had neither passthrough nor extras), the kit's modules/blox/hugo.yaml,
#: blox-bootstrap v5.9.7 hugo.yaml, Wowchemy v5.5.0 config.yaml. What changes a text's HTML:
#: raw HTML kept, block attributes, passthrough of TeX math between `$`, `$$`, `\(`, `\[`
#: (left for MathJax or KaTeX), the extras `==mark==`, `~sub~` (which strikethrough takes
#: first), `^sup^`, and Chroma's classes instead of inline styles, with a fence of no language
#: highlighted as "fallback" (guessSyntax). (`noHl` is not read by Hugo for code fences;
#: `tableOfContents` and the link hook's `useEmbedded` change no text.)
_GOLDMARK_BASE = {"renderer": {"unsafe": True},
                  "parser": {"attribute": {"block": True, "title": True}}}
_HIGHLIGHT = {"codeFences": True, "noHl": False, "lineNumbersInTable": False,
              "noClasses": False, "guessSyntax": True}
_TOC = {"startLevel": 2, "endLevel": 3}
_BLOX_TAILWIND_MARKUP = {
    "defaultMarkdownHandler": "goldmark",
    "goldmark": {
        "renderHooks": {"link": {"useEmbedded": "fallback"}},
        **_GOLDMARK_BASE,
        "extensions": {
            "passthrough": {"enable": True,
                            "delimiters": {"block": [["\\[", "\\]"], ["$$", "$$"]],
                                           "inline": [["\\(", "\\)"], ["$", "$"]]}},
            "extras": {"insert": {"enable": False}, "mark": {"enable": True},
                       "subscript": {"enable": True}, "superscript": {"enable": True}}}},
    "highlight": _HIGHLIGHT,
    "tableOfContents": _TOC,
}
_WOWCHEMY_HIGHLIGHT = {"codeFences": True, "noHl": True, "lineNumbersInTable": False,
                       "noClasses": False}


def merge_module(site: dict, module: dict, strategy: str, parent: str = "") -> dict:
    """`module` (a theme module's configuration) merged under `site` as Hugo merges them:
    a map's `_merge` (else its parent's, else `strategy`) says how, `none` taking nothing of
    the module's, `shallow` only its keys the site lacks at that level, `deep` those at
    every level below too. The `_merge` keys are left out of the result."""
    own = site.get("_merge")
    mode = own if own in ("none", "shallow", "deep") else strategy
    takes = mode != "none" and parent != "shallow"
    out = {}
    for key, value in site.items():
        if key == "_merge":
            continue
        theirs = module.get(key)
        if isinstance(value, dict) and isinstance(theirs, dict):
            value = merge_module(value, theirs, mode, mode)
        elif isinstance(value, dict):
            value = _without_merge_keys(value)
        out[key] = value
    if takes:
        for key, value in module.items():
            if key not in out and key != "_merge":
                out[key] = value
    return out


def _without_merge_keys(value: dict) -> dict:
    return {k: _without_merge_keys(v) if isinstance(v, dict) else v
            for k, v in value.items() if k != "_merge"}


def merge(base: dict, over: dict) -> dict:
    """`over` merged into a copy of `base`: maps key by key, anything else replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def lower_keys(value: Any) -> Any:
    """Keys of every map lower-cased, as Hugo reads configuration keys."""
    if isinstance(value, dict):
        return {str(k).lower(): lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [lower_keys(v) for v in value]
    return value


THEME_MARKUP = {generation: lower_keys(markup) for generation, markup in (
    ("blox-tailwind", _BLOX_TAILWIND_MARKUP),
    ("blox-tailwind<0.3", {**_BLOX_TAILWIND_MARKUP, "goldmark": _GOLDMARK_BASE}),
    ("kit", _BLOX_TAILWIND_MARKUP),
    ("blox-bootstrap", {"defaultMarkdownHandler": "goldmark", "goldmark": _GOLDMARK_BASE,
                        "highlight": _HIGHLIGHT, "tableOfContents": _TOC}),
    ("wowchemy", {"defaultMarkdownHandler": "goldmark", "goldmark": _GOLDMARK_BASE,
                  "highlight": _WOWCHEMY_HIGHLIGHT, "tableOfContents": _TOC}),
)}


def find_site_folder(path: Path) -> Path | None:
    """The nearest folder at or above `path` that holds a Hugo configuration."""
    here = path.resolve()
    for folder in (here, *here.parents):
        if config_files(folder):
            return folder
    return None


def config_files(folder: Path, environment: str | None = None) -> list[Path]:
    """The configuration files of the site at `folder`, in the order they are merged."""
    files = []
    names = _files_in(folder)
    root = next((name for stem in ROOT_NAMES for ext in EXTENSIONS
                 if (name := f"{stem}.{ext}") in names), None)
    if root is not None:
        files.append(folder / root)
    env = environment or os.environ.get("HUGO_ENVIRONMENT") or "production"
    for part in ("_default", env):
        where = folder / "config" / part
        found = [name for name in _files_in(where) if os.path.splitext(name)[1][1:] in EXTENSIONS]
        files += sorted((where / name for name in found),
                        key=lambda p: (p.stem.split(".")[0] not in ROOT_NAMES, p.name))
    return files


def _files_in(folder: Path) -> set[str]:
    """The names of the files in `folder` (none when it is not one), from one listing: the
    configuration is looked for in every folder above a page."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries if entry.is_file()}
    except OSError:
        return set()


def read_config(folder: str | os.PathLike, environment: str | None = None,
                known=None) -> Config:
    """The merged configuration of the site at `folder` (empty when it has none); with
    `known` (the site's `cache.Known`), each file as read before from the same bytes."""
    folder = Path(folder)
    files = config_files(folder, environment)
    data: dict = {}
    for path in files:
        value = lower_keys(load_file(path, known))
        if path.parent.parent.name == "config" and path.parent.parent.parent == folder:
            stem = path.name.rsplit(".", 1)[0]
            if stem.lower() not in ROOT_NAMES:
                per_lang = _PER_LANGUAGE.match(stem)
                if per_lang:
                    value = {"languages": {per_lang["lang"].lower():
                                           {per_lang["key"].lower(): value}}}
                else:
                    value = {stem.lower(): value}
        data = merge(data, value)
    return Config(folder, data, files)


def load_file(path: Path, known=None) -> dict:
    """One configuration file as a mapping; a syntax error says `file:line`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LandingkitError(f"cannot read the Hugo configuration: {exc}", path) from None
    if known is None:
        return _parse_file(path, raw)
    digest = hashlib.sha256(raw).hexdigest()
    value = known.recall(path, digest)
    if not isinstance(value, dict):
        value = _parse_file(path, raw)
        known.remember(path, digest, value)
    return value


def _parse_file(path: Path, raw: bytes) -> dict:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LandingkitError(f"cannot read the Hugo configuration: {exc}", path) from None
    if not text.strip():
        return {}
    ext = path.suffix[1:]
    if ext in ("yaml", "yml"):
        import yaml

        from .yamlsource import Loader

        try:
            value = yaml.load(text, Loader=Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            if "end of stream" in str(getattr(exc, "problem", "")):  # where it was opened
                mark = getattr(exc, "context_mark", None) or mark
            raise LandingkitError(
                f"cannot read the Hugo configuration: {getattr(exc, 'problem', None) or exc}",
                path, mark.line + 1 if mark is not None else None) from None
    else:
        try:
            if ext == "toml":
                import tomllib

                value = tomllib.loads(text)
            else:
                value = json.loads(text)
        except ValueError as exc:  # tomllib's and json's errors
            match = re.search(r"line (\d+)", str(exc))
            line = getattr(exc, "lineno", None) or (int(match.group(1)) if match else None)
            reason = getattr(exc, "msg", None) or re.sub(r" \(at line \d+, column \d+\)",
                                                          "", str(exc))
            raise LandingkitError(f"cannot read the Hugo configuration: {reason}", path,
                                  line) from None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise LandingkitError("the Hugo configuration must be a mapping of keys", path, 1)
    return value


def wowchemy_before(version: tuple[int, int] | None, release: tuple[int, int]) -> bool:
    """Whether a Wowchemy or Academic site's theme `version` (`Config.wowchemy_version`) is
    older than `release`; an unknown version (None) is v5.5.0, the last, so it is not."""
    return version is not None and version < release


def tailwind_since(config: Config | None, version: tuple[int, int]) -> bool:
    """Whether a site builds with blox-tailwind `version` or later, as its go.mod names it
    (`Config.tailwind_version`; a site whose go.mod names none, or no site, is older)."""
    return config is not None and (config.tailwind_version or (0, 0)) >= version
