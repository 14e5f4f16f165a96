"""Profile icons as inline SVG, named as Hugo Blox names them.

- `at-symbol`, `hero/at-symbol`: Heroicons (outline), from the `heroicons` package.
- `brands/github`, `fab/github`: Font Awesome Free brands; `fas/...`, `far/...`: solid,
  regular; from the `fontawesomefree` package. `brands/x` is Font Awesome's `x-twitter`.
- `academicons/...` (`ai/...`): Academicons is not on PyPI. The few it shares with Font
  Awesome's brands (Google Scholar, ORCID, ResearchGate) use those; any other icon, and any
  unknown name, gives None and the caller shows the profile's label as text instead.
"""

from __future__ import annotations

import functools
import re
from importlib import util
from pathlib import Path

from markupsafe import Markup

from .images import cache_dir, package_file, store_cached

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PACKS = {"": "hero", "hero": "hero", "brands": "brands", "fab": "brands", "fas": "solid",
          "solid": "solid", "far": "regular", "regular": "regular", "academicons": "academicons",
          "ai": "academicons"}
_ALIASES = {
    ("brands", "x"): ("brands", "x-twitter"),
    ("academicons", "google-scholar"): ("brands", "google-scholar"),
    ("academicons", "orcid"): ("brands", "orcid"),
    ("academicons", "researchgate"): ("brands", "researchgate"),
}
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def symbol_id(name: str) -> str:
    """The id of `name`'s `<symbol>` in a page's sprite."""
    return "lk-icon-" + re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")


def use(name: str) -> Markup:
    """An inline `<svg>` showing the sprite's symbol of `name` (decorative: aria-hidden)."""
    return Markup('<svg class="lk-icon" aria-hidden="true" focusable="false">'
                  f'<use href="#{symbol_id(name)}"/></svg>')


@functools.lru_cache(maxsize=512)
def symbol(name: str) -> Markup | None:
    """The icon `name` as a `<symbol>` for a page's sprite, or None when there is no such icon."""
    text = svg(name)
    if text is None:
        return None
    match = _SVG_OPEN.match(text)
    attrs = dict(re.findall(r'([A-Za-z-]+)="([^"]*)"', match.group()))
    paint = " ".join(f'{k}="{v}"' for k, v in attrs.items()
                     if k in ("fill", "stroke", "stroke-width"))
    inner = text[match.end():].removesuffix("</svg>")
    return Markup(f'<symbol id="{symbol_id(name)}" viewBox="{attrs.get("viewBox", "0 0 24 24")}">'
                  f'<g {paint}>{inner}</g></symbol>')


@functools.lru_cache(maxsize=512)
def svg(name: str) -> Markup | None:
    """The icon `name` as an inline `<svg>` (decorative: aria-hidden), or None."""
    pack, _, icon = name.strip().lower().rpartition("/")
    pack = _PACKS.get(pack)
    if pack is None or not _NAME.match(icon):
        return None
    pack, icon = _ALIASES.get((pack, icon), (pack, icon))
    if pack == "hero":
        text = _heroicon(icon) or _fontawesome("solid", icon)
    elif pack in ("brands", "solid", "regular"):
        text = _fontawesome(pack, icon)
    else:
        text = None
    return Markup(text) if text else None


@functools.cache
def _heroicons():
    """The `heroicons` package's zip of SVGs, opened once (the package's own helpers reopen
    it per icon)."""
    from zipfile import ZipFile

    return ZipFile(package_file("heroicons", "heroicons.zip")[0])


def _heroicon(icon: str) -> str | None:
    """Icons taken from the zip are kept in the cache folder: indexing its 1288 entries costs
    more than rendering a whole page. Keyed by the zip's size and time, so an upgrade is seen."""
    stamp = package_file("heroicons", "heroicons.zip")[1]
    cached = cache_dir() / "icons" / f"heroicons-{stamp}" / f"{icon}.svg"
    try:
        return cached.read_text(encoding="utf-8") or None  # empty: not in the zip
    except OSError:
        pass
    try:
        text = _heroicons().read(f"outline/{icon}.svg").decode("utf-8")
    except KeyError:
        text = ""
    else:
        text = _tidy(text.replace(' xmlns="http://www.w3.org/2000/svg"', "", 1))
    store_cached(cached, text.encode("utf-8"))
    return text or None


@functools.cache
def _fontawesome_svgs() -> Path | None:
    """The `fontawesomefree` package's folder of SVGs, found without importing it."""
    try:
        folder = next(iter(util.find_spec("fontawesomefree").submodule_search_locations))
    except (AttributeError, ImportError, StopIteration, TypeError, ValueError):
        return None
    return Path(folder, "static", "fontawesomefree", "svgs")


def _fontawesome(style: str, icon: str) -> str | None:
    folder = _fontawesome_svgs()
    if folder is None:
        return None
    try:
        text = (folder / style / f"{icon}.svg").read_text(encoding="utf-8")
    except OSError:  # no such icon
        return None
    return _tidy(text.replace(' xmlns="http://www.w3.org/2000/svg"', "", 1),
                 'fill="currentColor"')


def _tidy(text: str, extra: str = "") -> str:
    """One line, no comment, sized by CSS, hidden from assistive technology."""
    text = _COMMENT.sub("", text)
    text = re.sub(r"\s*\n\s*", "", text).strip()
    match = _SVG_OPEN.match(text)
    if not match:
        return ""
    head = match.group()[:-1].replace(' aria-hidden="true"', "")
    head = re.sub(r' (width|height)="[^"]*"', "", head)
    attrs = f' class="lk-icon" aria-hidden="true" focusable="false"{" " + extra if extra else ""}'
    return head + attrs + ">" + text[match.end():]
