"""`landingkit check`: each problem as `path:line: level: message`, exit codes, no tracebacks."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

AVATAR = """\
content/authors/daniel-okafor/index.md: warning: no avatar image in this person's folder \
(a file named avatar.png or avatar.jpg); a placeholder is shown, and Hugo stops the build
"""
SAMPLE_PROBLEMS = """\
content/research/multimodal/index.md:22: warning: sections[1]: \
content/authors/elena-marchetti/_index.md matches the filters but Hugo never shows an \
_index.md page in a collection; rename it to index.md
"""


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "landingkit.cli", *args], cwd=cwd,
                          capture_output=True, text=True, env={**os.environ, "COLUMNS": "100"})


@pytest.fixture
def site(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    for folder in ("config", "layouts", "assets"):  # the sample site beside content/
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_sample_site_has_only_the_intended_warnings(site):
    result = run("check", "content", cwd=site)
    assert (result.returncode, result.stdout) == (0, SAMPLE_PROBLEMS)
    assert result.stderr == "0 errors, 1 warning\n"


def test_a_person_a_people_grid_shows_without_an_avatar_is_a_warning(site):
    (site / "content/authors/daniel-okafor/avatar.jpg").unlink()
    result = run("check", "content", cwd=site)
    assert (result.returncode, result.stdout) == (0, AVATAR + SAMPLE_PROBLEMS)
    assert result.stderr == "0 errors, 2 warnings\n"


def test_wrong_type_names_the_key_path_and_line(site):
    page = site / "content/research/multimodal/index.md"
    edit(page, "      count: 0\n", "      count: all\n")
    result = run("check", "content/research/multimodal", cwd=site)
    assert result.returncode == 1
    assert ("content/research/multimodal/index.md:25: error: sections[1].content.count: "
            "expected an integer, got 'all'") in result.stdout.splitlines()


def test_unknown_block_typo_tag_nobody_and_missing_alt(site):
    page = site / "content/research/vision/index.md"
    text = page.read_text(encoding="utf-8")
    text = text.replace("tag: cv_prof", "tag: nobody_has_it")
    text = text.replace("columns: 3", "colums: 3")
    text = text.replace("\nsections:\n",
                        "\nsections:\n  - block: reading-list\n    content: {title: Hi}\n")
    text = text.replace("![Scene graphs](scenegraph.png)", "![](scenegraph.png)")
    page.write_text(text, encoding="utf-8")
    own = site / "layouts/partials/blox/reading-list.html"  # the site's own block
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("<ul></ul>\n", encoding="utf-8")
    result = run("check", "content/research/vision/index.md", cwd=site)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    prefix = "content/research/vision/index.md"
    messages = [line.split(": ", 1)[1] for line in lines if line.startswith(prefix)]
    assert "warning: sections[0].block: 'reading-list' is an unknown type that " \
           "landingkit does not render yet; it is kept unchanged" in messages
    assert any(m.startswith("warning: sections[2]: the filters {") and
               m.endswith("match nobody in language 'en'; the section will be empty")
               for m in messages), messages
    assert any(m.startswith("warning: sections[2].design.colums: unknown key (did you mean "
                            "'columns'?)") for m in messages), messages
    assert any(m.startswith("warning: sections[3]: achievement 1 (")
               and m.endswith("has an image without alt text") for m in messages), messages


TOML_PAGE = """\
+++
title = "Robot Learning"
type = "landing"

[[sections]]
  block = "markdown"
  [sections.content]
    title = "Overview"
    text = \"\"\"
### Representative Achievement 1: Grasping
![](grasp.png)
Robots learn to grasp.
\"\"\"

[[sections]]
  block = "collection"
  'id' = "members"
  [sections.content]
    title = 'Members'
    count = "all"
    filters = { folders = ["authors"], "tag" = "nobody_has_it" }
  [sections.design]
    view = "people-grid"
    colums = 3
+++
"""


def test_a_toml_page_is_checked_and_each_problem_named_at_its_line(site):
    """TOML front matter (Academic's widget files, older pages) is checked as YAML is, each
    problem at the line of its key, table or value."""
    page = site / "content/research/robots/index.md"
    page.parent.mkdir()
    page.write_text(TOML_PAGE, encoding="utf-8")
    result = run("check", "content/research/robots", cwd=site)
    at = "content/research/robots/index.md"
    assert result.stdout.splitlines() == [
        f"{at}:9: warning: sections[0]: achievement 1 ('Grasping') has an image without alt "
        "text",
        f"{at}:24: warning: sections[1].design.colums: unknown key (did you mean 'columns'?); "
        "it is kept but has no effect",
        f"{at}:20: error: sections[1].content.count: expected an integer, got 'all'",
        f"{at}:21: warning: sections[1]: the filters {{'folders': ['authors'], 'tag': "
        "'nobody_has_it'} match nobody in language 'en'; the section will be empty",
        f"{at}:11: warning: cannot find image 'grasp.png' (looked in the page's folder, "
        "assets/media/, static/ and the page bundle at that URL); a placeholder is shown",
    ]
    assert (result.returncode, result.stderr) == (1, "1 error, 4 warnings\n")


def test_only_profiles_of_authors_are_checked_as_people(site):
    """A publication or a headless widget file kept in a person's folder (as real sites keep
    them) is a page of its own: `highlight` and `subtitle` mean something there, and are not
    a person's misspelt keys; a profile's are."""
    folder = site / "content/authors/daniel-okafor"
    (folder / "2015-flames.md").write_text(
        "+++\ntitle = \"Flames\"\nhighlight = true\n+++\n", encoding="utf-8")
    (folder / "talks.md").write_text(
        "---\nwidget: pages\nheadless: true\ntitle: Talks\nsubtitle: Given\n---\n",
        encoding="utf-8")
    edit(folder / "index.md", "\n---\n", "\nsubtitle: Student\n---\n")
    result = run("check", "content/authors", cwd=site)
    assert result.stdout.splitlines() == [
        "content/authors/daniel-okafor/index.md:"
        f"{(folder / 'index.md').read_text().splitlines().index('subtitle: Student') + 1}: "
        "warning: subtitle: unknown key (did you mean 'title'?); it is kept but has no effect"]


def test_yaml_syntax_error_is_reported_at_its_file_line(site):
    page = site / "content/research/multimodal/index.md"
    edit(page, "      columns: 4\n", "      columns: [4\n")
    before = page.read_bytes()
    result = run("check", "content", cwd=site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert any(line.startswith("content/research/multimodal/index.md:")
               and ": error: YAML syntax error: " in line for line in result.stdout.splitlines())
    assert page.read_bytes() == before


def test_missing_path_is_a_clear_error(site):
    result = run("check", "content/nowhere", cwd=site)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "content/nowhere: no such file or folder\n")


def test_show_prints_sections_people_and_achievements(site):
    result = run("show", "content/research/vision", cwd=site)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "content/research/vision/index.md [en]: Computer Vision Research Group"
    members = [line.strip()[2:].split(":")[0] for line in lines if line.startswith("    - ")]
    assert members == ["Beatriz Almeida", "Émile Durand"]


def test_buffered_output_is_all_written_before_the_quick_exit(site):
    """The command leaves without the interpreter's teardown: what it printed must be flushed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    command = [sys.executable, "-c", "from landingkit.cli import run; run()"]  # `landingkit`
    shown = subprocess.run([*command, "show", "content/research/vision"], cwd=site,
                           capture_output=True, text=True, env=env)
    assert shown.returncode == 0, shown.stderr
    last = shown.stdout.splitlines()[-1]
    assert last == "    3. Any-Point Tracking in Long Videos [tracking.png]"
    checked = subprocess.run([*command, "check", "content"], cwd=site, capture_output=True,
                             text=True, env=env)
    assert checked.stderr.splitlines()[-1] == "0 errors, 1 warning"


def test_output_cut_short_by_a_closed_pipe_is_no_error(site):
    shown = subprocess.run(f"{sys.executable} -c 'from landingkit.cli import run; run()' show "
                           "content/research/multimodal | head -n 1", shell=True, cwd=site,
                           capture_output=True, text=True, executable="/bin/bash")
    assert shown.stdout == ("content/research/multimodal/index.md [en]: "
                            "Multimodal Large Model Research Group\n")
    assert shown.stderr == ""


def test_a_temporary_file_left_by_an_interrupted_save_is_reported(site):
    bundle = site / "content/research/vision"
    (bundle / ".index.md.k3x9_q.tmp").write_text("---\ntitle: half")
    (bundle / ".index.md.tmp").write_text("not made by a save: no random part in its name")
    result = run("check", "content/research/vision", cwd=site)
    assert result.returncode == 0
    assert result.stdout == (
        "content/research/vision/.index.md.k3x9_q.tmp: warning: left by a save that was "
        "interrupted; the page beside it is whole (the old or the new version): delete this "
        "file\n")


def test_help_lists_every_command():
    result = run("--help", cwd=REPO)
    assert result.returncode == 0
    for command in ("check", "show", "export", "edit"):
        assert f"  {command} " in result.stdout


def test_missing_and_escaping_images_are_named_with_their_lines(site):
    page = site / "content/research/multimodal/index.md"
    edit(page, "](/research/multimodal/videochat.png)", "](/research/multimodal/gone.png)")
    edit(page, "](/research/multimodal/videomae.png)", "](../../../../etc/passwd)")
    result = run("check", "content/research/multimodal", cwd=site)
    assert result.returncode == 0
    images = [line for line in result.stdout.splitlines() if "image '" in line]
    assert images == [
        "content/research/multimodal/index.md:36: warning: image '../../../../etc/passwd': the "
        "path leads outside the site folder; it was not read; a placeholder is shown",
        "content/research/multimodal/index.md:41: warning: cannot find image "
        "'/research/multimodal/gone.png' (looked in the page's folder, assets/media/, static/ "
        "and the page bundle at that URL); a placeholder is shown"]


REAL_SITE_CASES = {
    # a blox-bootstrap site (as its module.yaml says), a team page with mistakes in it
    "config/_default/module.yaml":
        "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5\n",
    "content/home/index.md": """\
---
type: landing
sections:
  - block: collection
    content:
      title: Team
      filters: {folders: [authors], tag: lab}
      count: lots
    design: {view: people-gird, columns: 9}
  - block: collection
    content:
      title: News
      filters: {folders: [post]}
    design: {view: Compact, columns: '2'}
---
""",
    # a person whose keys are capitalised and whose date is Unix seconds: both fine in Hugo
    "content/authors/ana/index.md": "---\ntitle: Ana\nInterests: [x]\ndate: 01\ntags: [lab]\n"
                                    "---\n",
    # a post with keys a person does not have, no avatar, and a section page beside it
    "content/post/_index.md": "---\ntitle: News\n---\n",
    "content/post/first/index.md": "---\ntitle: First\nsubtitle: A subtitle\ndate: 2026-01-01\n"
                                   "---\n",
}


def test_check_on_a_real_site_shape_says_only_what_is_true(tmp_path):
    for name, text in REAL_SITE_CASES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "layouts/partials/views").mkdir(parents=True)
    (tmp_path / "layouts/partials/views/people-grid.html").write_text("{{ .item.Title }}\n")
    result = run("check", "content", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "content/home/index.md:8: error: sections[0].content.count: expected an integer, got "
        "'lots'",
        "content/home/index.md:9: warning: sections[0].design.columns: 9 is out of range: "
        "blox-bootstrap draws 1 to 2 columns; Hugo builds it, and it is shown as the theme's "
        "templates read it",
        "content/home/index.md:9: error: sections[0].design.view: 'people-gird' is not a view "
        "of the theme or of the site (did you mean 'people-grid'?); the theme warns and shows "
        "its 'compact' view instead"]
    assert (result.returncode, result.stderr) == (1, "2 errors, 1 warning\n")
    exported = run("export", "content", "-o", "build", "-q", cwd=tmp_path)
    assert exported.returncode == 1
    assert exported.stderr.splitlines() == [  # export says what stops it: the errors
        line for line in result.stdout.splitlines() if ": error: " in line]
    assert exported.stdout == f"wrote 1 page to {tmp_path / 'build'}/; 1 file with errors: " \
                              "see above\n"


NEWS = ["Best Paper Award for Open-Vocabulary Scene Graphs",
        "The Centre Opens a New Robotics Lab", "Summer School on Video Understanding"]


@pytest.mark.parametrize("order, shown, warning", [
    # the theme: `sort_ascending | default (eq order "asc")`, so a real site's `descending`
    # builds newest first as meant, and nothing is said of it
    ("descending", NEWS, None),
    ("Desc", NEWS, None),
    ("asc", NEWS[::-1], None),
    ("ascending", NEWS, "content/_index.md:35: warning: sections[1].content.order: only 'asc' "
                        "sorts ascending; 'ascending' sorts descending (write 'asc' or 'desc')"),
    ("ASC", NEWS, "content/_index.md:35: warning: sections[1].content.order: only 'asc' "
                  "sorts ascending; 'ASC' sorts descending (write 'asc' or 'desc')"),
])
def test_an_order_is_read_as_the_theme_reads_it_and_said_only_when_it_misleads(
        site, order, shown, warning):
    import landingkit as lk

    edit(site / "content/_index.md", "      order: desc\n", f"      order: {order}\n")
    home = lk.Site(site / "content").page(site / "content/_index.md")
    assert [p.name for p in home.site.select(home.sections[1])] == shown
    result = run("check", "content", cwd=site)
    assert result.stdout == (f"{warning}\n" if warning else "") + SAMPLE_PROBLEMS
