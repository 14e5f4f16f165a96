"""Which block types each generation of the theme defines, under which names, and where a
site may add its own: what Hugo answers when a page names a block.

Every generation looks a block's template up by its name, lower-cased, after its
`data/blox_aliases.yaml` renames, and stops the build (`errorf`, or a missing partial) when
there is none: blox-tailwind v0.3.1 `functions/parse_block_v2.html` (`blox/<name>.html`,
then `blox/community/<name>.html`), v0.10.0 and the 2026 kit `parse_block_v3.html`
(`hbx/blocks/<name>/block.html`, the kit's Preact blocks `js/hbx/blocks/<name>/
component.jsx`), blox-bootstrap v5.9.7 `parse_block_v2.html` (`blocks/<name>.html`) and
Wowchemy v5.5.0 `widget_page.html` (`widgets/<name>.html`; `custom` is `blank`, `projects`
is `portfolio`). The names below are those of every released version: a site whose theme
version is not known is never told that a block of some version is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

_RESUME = {"awards": "resume-awards", "biography": "resume-biography",
           "experience": "resume-experience", "languages": "resume-languages",
           "skills": "resume-skills"}

#: generation -> the names its theme defines (modules/blox-tailwind v0.1.1 to v0.10.0,
#: modules/blox-bootstrap v5.9.x, Wowchemy v4.8.0 to v5.5.0, HugoBlox/kit f107371d)
DEFINED = {
    "blox-tailwind": frozenset({
        "collection", "contact-info", "cta-button-list", "cta-card", "cta-image-paragraph",
        "faq", "features", "hero", "knowledge-categories", "logos", "markdown",
        "research-areas", "resume-awards", "resume-biography", "resume-biography-3",
        "resume-experience", "resume-languages", "resume-skills", "search-hero", "stats",
        "team-showcase", "testimonials", "trending-questions"}),
    "blox-bootstrap": frozenset({
        "about.avatar", "about.biography", "accomplishments", "collection", "contact",
        "experience", "features", "hero", "markdown", "people", "portfolio", "skills",
        "slider", "tag_cloud"}),
    "wowchemy": frozenset({
        "about", "about.avatar", "accomplishments", "blank", "contact", "experience",
        "featured", "featurette", "hero", "pages", "people", "portfolio", "slider",
        "tag_cloud"}),
    "kit": frozenset({
        "comparison-table", "contact-info", "content-collection", "cta-button-list",
        "cta-card", "cta-image-paragraph", "dev-hero", "faq", "features", "focus-areas",
        "help-categories", "help-questions", "hero", "logos", "markdown", "portfolio",
        "pricing", "resume-awards", "resume-biography", "resume-biography-3",
        "resume-experience", "resume-languages", "resume-skills", "search-hero", "stats",
        "steps", "team-showcase", "tech-stack", "testimonials"}),
}

#: generation -> its renames (old name -> the name looked up)
RENAMES = {
    "blox-tailwind": _RESUME,
    "blox-bootstrap": {},
    "wowchemy": {"custom": "blank", "projects": "portfolio"},
    "kit": {**_RESUME, "research-areas": "focus-areas", "knowledge-categories":
            "help-categories", "trending-questions": "help-questions",
            "collection": "content-collection"},
}

#: generation -> where a site's (or another module's) layouts add a block `{}`
OWN_TEMPLATES = {
    "blox-tailwind": ("layouts/partials/blox/{}.html", "layouts/_partials/blox/{}.html",
                      "layouts/partials/blox/community/{}.html",
                      "layouts/_partials/blox/community/{}.html",
                      "layouts/partials/hbx/blocks/{}/block.html",
                      "layouts/_partials/hbx/blocks/{}/block.html"),
    "blox-bootstrap": ("layouts/partials/blocks/{}.html", "layouts/_partials/blocks/{}.html"),
    "wowchemy": ("layouts/partials/widgets/{}.html", "layouts/_partials/widgets/{}.html"),
    "kit": ("layouts/_partials/hbx/blocks/{}/block.html",
            "layouts/partials/hbx/blocks/{}/block.html",
            "assets/js/hbx/blocks/{}/component.jsx"),
}

#: generation -> (the names, the renames, where a site adds one) of a widget page's widget
#: files (`content/home/<x>.md`), where the generation reads them otherwise than `sections`:
#: blox-bootstrap v5.9.x `functions/parse_block_v1.html` looks `blocks/v1/<name>.html` up
#: after its legacy renames (Wowchemy's widget files are its blocks above)
WIDGETS = {
    "blox-bootstrap": (
        frozenset({"about", "about.avatar", "accomplishments", "collection", "contact",
                   "experience", "features", "hero", "markdown", "people", "portfolio",
                   "slider", "tag_cloud"}),
        {"": "markdown", "blank": "markdown", "featurette": "features", "pages": "collection",
         "featured": "collection"},
        ("layouts/partials/blocks/v1/{}.html", "layouts/_partials/blocks/v1/{}.html")),
}

#: what to write instead of a block of another generation
_INSTEAD = {"blox-tailwind": {"people": "its team block is 'team-showcase'"},
            "kit": {"people": "its team block is 'team-showcase'",
                    "collection": "its collection is 'content-collection'"},
            "blox-bootstrap": {"team-showcase": "its team block is 'people'"},
            "wowchemy": {"team-showcase": "its team widget is 'people'"}}


def canonical(name: str, generation: str | None) -> str:
    """The name the theme looks `name` up by (Wowchemy takes it as written)."""
    name = name if generation == "wowchemy" else name.lower()
    return RENAMES.get(generation or "", {}).get(name, name)


def _roots(site) -> list[Path]:
    """The site folder and its themes' and vendored modules' folders: where Hugo finds
    layouts (a folder holding `layouts/`, at most five levels down)."""
    folder = Path(site.folder)
    found = [folder]
    for top in (folder / "themes", folder / "_vendor"):
        for here, dirs, _ in os.walk(top):
            depth = len(Path(here).relative_to(top).parts)
            if "layouts" in dirs and depth:
                found.append(Path(here))
            dirs[:] = [d for d in dirs if depth < 5 and d not in ("node_modules", "layouts")
                       and not d.startswith(".")]
    return found


def _only_hugo_blox(site) -> bool:
    """Whether every module the site imports is one of Hugo Blox's (their plugins define
    no blocks); a module from elsewhere may define any block."""
    module = site.config.data.get("module")
    imports = module.get("imports") if isinstance(module, dict) else None
    imports = imports if isinstance(imports, list) else [imports] if imports else []
    for item in imports:
        path = str(item.get("path", "")) if isinstance(item, dict) else str(item)
        if "hugoblox/" not in path.lower() and "wowchemy" not in path.lower():
            return False
    return True


def missing(site, name: str, widget: bool = False) -> str | None:
    """Why Hugo finds no template for block `name` on `site` (the build stops), or None when
    it finds one, or when landingkit cannot know (the theme is not named, or another
    module may define it). `widget`: the block is a widget file's."""
    generation = site.config.theme if site is not None else None
    if generation not in DEFINED or not _only_hugo_blox(site):
        return None
    if widget and generation in WIDGETS:
        defined, renames, own = WIDGETS[generation]
        looked_up = renames.get(name.lower(), name.lower())
    else:
        defined, own = DEFINED[generation], OWN_TEMPLATES[generation]
        looked_up = canonical(name, generation)
    if looked_up in defined:
        return None
    for root in _roots(site):
        if any((root / pattern.format(looked_up)).is_file() for pattern in own):
            return None
    what = "widget" if widget and generation in WIDGETS else "block"
    why = f"{generation} has no {looked_up!r} {what} and the site's layouts add none"
    instead = _INSTEAD.get(generation, {}).get(looked_up)
    if instead is None:
        import difflib  # only a block Hugo does not find needs it

        close = difflib.get_close_matches(looked_up, sorted(defined), 1, 0.75)
        instead = f"did you mean {close[0]!r}?" if close else None
    return why + (f" ({instead})" if instead else "")
