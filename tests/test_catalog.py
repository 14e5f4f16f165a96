"""A block the site's theme does not define stops Hugo's build: `check` says so, as the theme's
block parser does (blox-tailwind v0.3.1 and blox-bootstrap v5.9.7 `parse_block_v2.html`, the kit's
`parse_block_v3.html`: `errorf "... uses a `people` blox but the `people` blox was not
found"`), and is silent wherever Hugo finds a template, the site's own included. A block is
looked up by the name its generation gives it (`data/blox_aliases.yaml`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk
from landingkit.blocks import catalog, find

MODULE = "github.com/HugoBlox/hugo-blox-builder/modules/{}"


def site_of(tmp_path: Path, generation: str, sections: str, module: str | None = None) -> Path:
    """A small site of `generation` (named by its module import) with one landing page."""
    imports = {"blox-tailwind": MODULE.format("blox-tailwind"),
               "blox-bootstrap": MODULE.format("blox-bootstrap/v5"),
               "kit": "github.com/HugoBlox/kit/modules/blox"}[generation]
    extra = f"\n    - path: {module}" if module else ""
    (tmp_path / "hugo.yaml").write_text(
        f"title: Lab\nbaseURL: https://lab.example.org/\nmodule:\n  imports:\n"
        f"    - path: {imports}{extra}\n", encoding="utf-8")
    page = tmp_path / "content" / "team" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text(f"---\ntitle: Team\ntype: landing\nsections:\n{sections}---\n",
                    encoding="utf-8")
    return page


def check(page: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "landingkit.cli", "check", "content"],
                          cwd=page.parents[2], capture_output=True, text=True)


PEOPLE = "  - block: people\n    content:\n      title: Team\n      user_groups: [Staff]\n"


def test_a_bootstrap_block_on_a_tailwind_site_stops_the_build(tmp_path):
    page = site_of(tmp_path, "blox-tailwind", PEOPLE)
    result = check(page)
    assert (result.returncode, result.stdout) == (1, (
        "content/team/index.md:5: error: sections[0].block: 'people': blox-tailwind has no "
        "'people' block and the site's layouts add none (its team block is 'team-showcase'); "
        "Hugo stops the build on it\n"))
    out = tmp_path / "out.html"
    export = subprocess.run([sys.executable, "-m", "landingkit.cli", "export",
                             "content/team", "-o", str(out)], cwd=tmp_path,
                            capture_output=True, text=True)
    assert export.returncode == 1
    assert "'people': blox-tailwind has no 'people' block" in export.stderr


def test_the_same_block_on_a_bootstrap_site_is_the_themes(tmp_path):
    page = site_of(tmp_path, "blox-bootstrap", PEOPLE)
    result = check(page)
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize("own", ["layouts/partials/blox/people.html",
                                 "layouts/_partials/blox/community/people.html",
                                 "themes/lab-theme/layouts/partials/blox/people.html"])
def test_a_block_the_sites_own_layouts_define_is_found(tmp_path, own):
    page = site_of(tmp_path, "blox-tailwind", PEOPLE)
    (tmp_path / own).parent.mkdir(parents=True)
    (tmp_path / own).write_text("<p>team</p>\n", encoding="utf-8")
    assert "error" not in check(page).stdout


def test_a_module_from_elsewhere_may_define_any_block(tmp_path):
    page = site_of(tmp_path, "blox-tailwind", PEOPLE, module="github.com/lab/lab-blocks")
    assert "error" not in check(page).stdout


def test_a_site_naming_no_theme_is_told_nothing(tmp_path):
    page = site_of(tmp_path, "blox-tailwind", PEOPLE)
    (tmp_path / "hugo.yaml").write_text("title: Lab\n", encoding="utf-8")
    assert "error" not in check(page).stdout


def test_a_misspelt_block_is_told_the_name_it_is_close_to(tmp_path):
    page = site_of(tmp_path, "blox-tailwind", "  - block: markdwon\n    content: {text: Hi}\n")
    assert check(page).stdout.splitlines()[0] == (
        "content/team/index.md:5: error: sections[0].block: 'markdwon': blox-tailwind has no "
        "'markdwon' block and the site's layouts add none (did you mean 'markdown'?); Hugo "
        "stops the build on it")


@pytest.mark.parametrize(("generation", "written", "kind"), [
    ("blox-tailwind", "experience", "resume-experience"),
    ("blox-tailwind", "Markdown", "markdown"),
    ("blox-bootstrap", "experience", "experience"),
    ("kit", "collection", "content-collection"),
    ("kit", "research-areas", "focus-areas"),
])
def test_a_block_is_the_one_its_generation_names(tmp_path, generation, written, kind):
    page = site_of(tmp_path, generation, f"  - block: {written}\n    content: {{title: X}}\n")
    block = lk.Site(tmp_path).page("team/index.md").sections[0]
    assert (block.type, block.kind) == (written, kind)
    assert find(block) is find(kind)
    assert "block and the site's layouts add none" not in check(page).stdout
    assert block.to_data()["block"] == written  # saved as written


def test_the_default_section_id_is_the_themes():
    """`printf "section-%s" (replace $block_type "." "-")` of the looked-up name."""
    assert catalog.canonical("About.Biography", "blox-bootstrap") == "about.biography"
    page = lk.Page(path=Path("x.md"), lang="en", sections=[
        lk.model.block_from_data({"block": "Biography"}, 1, "en", generation="blox-tailwind"),
        lk.model.block_from_data({"block": "about.biography"}, 2, "en",
                                 generation="blox-bootstrap")])
    assert page.section_ids() == ["section-resume-biography", "section-about-biography"]


def test_a_bootstrap_widget_page_is_read_as_parse_block_v1_reads_it(tmp_path):
    """blox-bootstrap v5.9.x still builds a Wowchemy widget page (`content/home/*.md`, as a
    real lab site on v5.9.8 has it): `functions/parse_block_v1.html` renames the legacy
    `blank`, `featurette`, `pages` and `featured` widgets and looks `blocks/v1/<name>.html`
    up, which has no `skills` (`errorf ... block was not found`). A widget file's
    `design.spacing` is its own padding, not the page's."""
    (tmp_path / "hugo.yaml").write_text(
        "title: Lab\nbaseURL: https://lab.example.org/\nmodule:\n  imports:\n"
        f"    - path: {MODULE.format('blox-bootstrap/v5')}\n", encoding="utf-8")
    home = tmp_path / "content" / "home"
    home.mkdir(parents=True)
    (home / "index.md").write_text("---\ntype: widget_page\nheadless: true\n---\n")
    widgets = {
        "image": "widget: blank\nweight: 5\ndesign:\n  spacing:\n"
                 "    padding: ['150px', '0', '150px', '0']\n",
        "about": "widget: featurette\nweight: 10\ntitle: What we do\n",
        "news": "widget: pages\nweight: 20\ntitle: News\ncontent:\n  page_type: post\n"
                "  filters:\n    exclude_featured: false\n",
        "skills": "widget: skills\nweight: 30\ntitle: Skills\n",
        # headless, so never a page: its `sections` are never drawn (a real site has one)
        "work": "widget: experience\nweight: 40\ntype: landing\nsections:\n"
                "  - block: experience\n    content:\n      items:\n"
                "        - {title: Engineer, company_logo: org-x}\n",
    }
    for name, text in widgets.items():
        (home / f"{name}.md").write_text(f"---\n{text}headless: true\n---\n", encoding="utf-8")
    admin = tmp_path / "content" / "authors" / "admin" / "_index.md"
    admin.parent.mkdir(parents=True)
    admin.write_text("---\ntitle: Ada Quill\n---\n", encoding="utf-8")
    post = tmp_path / "content" / "post" / "first" / "index.md"
    post.parent.mkdir(parents=True)
    post.write_text("---\ntitle: First\ndate: 2026-01-02\n---\n", encoding="utf-8")
    page = lk.Site(tmp_path / "content").page(home / "index.md")
    assert [(b.type, b.widget) for b in page.sections] == [
        ("blank", True), ("featurette", True), ("pages", True), ("skills", True),
        ("experience", True)]
    # an index file is a page of its own, whatever it says of a widget (a real site's CV)
    cv = tmp_path / "content" / "cv" / "index.md"
    cv.parent.mkdir(parents=True)
    cv.write_text("---\ntitle: CV\nwidget: widget_page\nheadless: false\n---\n")
    assert lk.Site(tmp_path / "content").page(cv).sections == []
    result = check(home / "index.md")
    assert result.stdout.splitlines() == [
        "content/home/skills.md:2: error: widget: 'skills': blox-bootstrap has no 'skills' "
        "widget and the site's layouts add none; Hugo stops the build on it"]
    (tmp_path / "layouts/partials/blocks/v1").mkdir(parents=True)
    (tmp_path / "layouts/partials/blocks/v1/skills.html").write_text("skills\n")
    (post.parent.parent / "first").rename(post.parent.parent / "gone")
    (post.parent.parent / "gone" / "index.md").write_text("---\ntitle: Gone\ndraft: true\n---\n")
    assert check(home / "index.md").stdout.splitlines() == [
        "content/home/news.md:8: warning: the filters {'page_type': 'post', 'exclude_featured': "
        "False} match nobody in language 'en'; the section will be empty"]
