"""`content.filters.tags` (a list) and `filters.kinds` of a collection, which blox-tailwind's
collection block reads from v0.9.0 (v0.9.0 and v0.10.0 `blox/collection/block.html`, the
same lines 23-50) and the 2026 kit's content-collection too (HugoBlox/kit f107371d): the
`range $tags` loop makes the union of the tags' term pages' pages (a tag no page has adds
none), `intersect`s the query with it when it is not empty, and takes the term page of the
first tag as the archive (no `with`: none when that tag has no page). v0.8.0 starts from
`site.RegularPages` and reads neither key.

On tests/sites/ftags-tailwind, built with the real theme: HugoBlox/hugo-blox-builder tag
modules/blox-tailwind/v0.10.0 with blox-analytics v0.2.0, extracted file by file as
real-theme-builds.md says, the module's hugo.yaml `includeFiles:` written `files:`, the site's
hugo.yaml given `build: {writeStats: true}` and security.exec.allow with ^tailwindcss$,
@tailwindcss/cli from npm in the site's node_modules, built twice:
    HUGO_MODULE_REPLACEMENTS=... GOPROXY=off GOFLAGS=-mod=mod hugo build --source S
(Hugo 0.168). The card titles (`<h3>`) of each section of public/index.html, and the
"See all" link's href:
    both      Open day, Reef survey, Kelp census, Kelp on the reef       (count 0: no link)
    ghost     Open day                                     (more pages, yet no link)
    none      Open day, Reef survey, Tide log, Kelp census, Quiet day, Kelp on the reef
    blogkelp  Tide log                                     /tags/kelp/
    sections  Kelp census, Kelp on the reef, Blog
The same site at modules/blox-tailwind/v0.8.0 (blox-analytics v0.2.0, the same shim, go.mod
naming v0.8.0) shows all six pages in both, none and sections, Open day in ghost (no link)
and Reef survey in blogkelp, its link /blog/.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from two_looks import tailwind_at

import landingkit as lk
from landingkit import export
from landingkit.check import check_site

SITE = Path(__file__).resolve().parent / "sites" / "ftags-tailwind"

#: the real v0.10.0 build's items per section (the module docstring)
REAL = {
    "both": ["Open day", "Reef survey", "Kelp census", "Kelp on the reef"],
    "ghost": ["Open day"],
    "none": ["Open day", "Reef survey", "Tide log", "Kelp census", "Quiet day",
             "Kelp on the reef"],
    "blogkelp": ["Tide log"],
    "sections": ["Kelp census", "Kelp on the reef", "Blog"],
}
#: the real v0.8.0 build's (the module docstring), whose block reads neither key: every
#: regular page (of the folder), newest first (`site.RegularPages`, `where "Section" "in"`)
V08 = {
    "both": REAL["none"], "ghost": ["Open day"], "none": REAL["none"],
    "blogkelp": ["Reef survey"], "sections": REAL["none"],
}


def copy_site(tmp_path: Path, version: str) -> Path:
    """A copy of the fixture, its go.mod naming blox-tailwind `version`."""
    return tailwind_at(shutil.copytree(SITE, tmp_path / version), version)


def shown(folder: Path) -> dict[str, list[str]]:
    page = lk.load(folder / "content" / "_index.md")
    return {block.id: [p.name for p in page.people(block)] for block in page.sections}


@pytest.mark.parametrize("version", ["v0.9.0", "v0.10.0"])
def test_tags_select_as_the_real_build(tmp_path, version):
    """Any of the tags, a tag no page has left out, only such tags keeping every page, tags
    within a folder, section pages with `kinds`; v0.9.0's lines are v0.10.0's."""
    assert shown(copy_site(tmp_path, version)) == REAL


def test_v08_reads_no_tags_nor_kinds(tmp_path):
    assert shown(copy_site(tmp_path, "v0.8.0")) == V08


def test_the_kit_reads_tags_as_one_string_too(tmp_path):
    """The kit's content-collection takes a string as one tag, trimmed."""
    folder = copy_site(tmp_path, "v0.10.0")
    home = folder / "content" / "_index.md"
    text = home.read_text().replace("block: collection", "block: content-collection")
    home.write_text(text.replace("tags: [reef, Kelp]", "tags: ' reef '"))
    assert shown(folder)["both"] == ["Open day", "Reef survey", "Kelp on the reef"]


def see_all(html: str) -> dict[str, str]:
    out = {}
    for match in re.finditer(r'<section id="([^"]+)".*?</section>', html, re.S):
        for href in re.findall(r'<div class="lk-see-all"><a href="([^"]*)">', match.group(0)):
            out[match.group(1)] = href
    return out


def test_see_all_is_the_first_tags_term_page(tmp_path):
    """`index $tags 0`: blogkelp's link goes to /tags/kelp/; ghost's first tag has no page,
    so it has no link though it shows fewer pages than it keeps. v0.8.0 links blogkelp to
    its folder, and ghost, which names no folder, to nothing. (Both as the real builds.)"""
    links = {}
    for version in ("v0.10.0", "v0.8.0"):
        out = tmp_path / f"{version}.html"
        export.export_page(lk.load(copy_site(tmp_path, version) / "content" / "_index.md"), out)
        links[version] = see_all(out.read_text(encoding="utf-8"))
    assert links == {"v0.10.0": {"blogkelp": "https://example.org/tags/kelp/"},
                     "v0.8.0": {"blogkelp": "https://example.org/blog/"}}


def test_check_says_what_each_version_makes_of_the_keys(tmp_path):
    """v0.10.0 reads both keys: nothing to say (the fixture is otherwise clean); v0.8.0 reads
    neither; a string for the list stops v0.10.0's build (measured, Hugo 0.168: "range can't
    iterate over reef")."""
    said = {}
    for version in ("v0.10.0", "v0.8.0"):
        site = lk.load(copy_site(tmp_path, version) / "content" / "_index.md").site
        said[version] = [(p.line, p.level, p.message) for p in check_site(site)]
    assert said["v0.10.0"] == []
    old = "the collection of blox-tailwind before v0.9 does not read it: "
    assert said["v0.8.0"] == [
        *((line, "warning", f"sections[{n}].content.filters.tags: {old}it shows the pages "
           "the other filters keep") for n, line in enumerate((11, 20, 29, 39, 48))),
        (49, "warning", f"sections[4].content.filters.kinds: {old}it shows regular pages "
         "alone")]
    home = tmp_path / "v0.10.0" / "content" / "_index.md"
    home.write_text(home.read_text().replace("tags: [reef, Kelp]", "tags: reef"))
    site = lk.load(home).site
    assert [(p.line, p.level, p.message) for p in check_site(site)] == [
        (11, "error", "sections[0].content.filters.tags: the theme ranges over the tags, and "
         "over the text 'reef' it cannot: Hugo stops the build; write a list, tags: [reef]")]
