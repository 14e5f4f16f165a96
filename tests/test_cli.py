"""Every message of the `landingkit` command, compared as text, from where a user runs it."""

from __future__ import annotations

import pytest

from landingkit.cli import main

AVATAR = ("content/authors/daniel-okafor/index.md: warning: no avatar image in this person's "
          "folder (a file named avatar.png or avatar.jpg); a placeholder is shown, and Hugo "
          "stops the build\n")


@pytest.fixture
def site(tmp_site, monkeypatch):
    """The sample site's folder, the working directory (as in the README's quick start)."""
    monkeypatch.chdir(tmp_site.parent)
    return tmp_site.parent


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["show", "export", "check"])
def test_a_path_that_does_not_exist_is_named_once(site, capsys, command):
    assert run(capsys, command, "content/research/nope") == (
        1, "", "content/research/nope: no such file or folder\n")


def test_a_path_from_another_folder_is_named_as_typed(site, capsys, monkeypatch):
    monkeypatch.chdir(site.parent)
    assert run(capsys, "show", f"{site.name}/content/research/nope") == (
        1, "", f"{site.name}/content/research/nope: no such file or folder\n")


def test_show_a_content_folder_is_the_site_summary(site, capsys):
    assert run(capsys, "show", "content") == (0, (
        ".: Example Research Centre\n"
        "  base URL: https://example.edu/\n"
        "  language en (English, default): content/, 4 landing pages\n"
        "    content/_index.md:\n"
        "    content/people/index.md: People\n"
        "    content/research/multimodal/index.md: Multimodal Large Model Research Group\n"
        "    content/research/vision/index.md: Computer Vision Research Group\n"
        "    menu: Home | Research | People | News\n"
        "  language zh (中文): content/, 1 landing page\n"
        "    content/research/multimodal/index.zh.md: 多模态大模型课题组\n"
        "    menu: 首页 | 研究\n"), "")


def test_show_a_page(site, capsys):
    assert run(capsys, "show", "content/research/vision") == (0, (
        "content/research/vision/index.md [en]: Computer Vision Research Group\n"
        "  #section-markdown (markdown) Computer Vision Research Group\n"
        "  #members (collection) Faculty\n"
        "    - Beatriz Almeida: Associate Professor\n"
        "    - Émile Durand: Research Scientist\n"
        "  #section-markdown-2 (markdown) Research Overview\n"
        "    1. Open-Vocabulary Scene Graphs [scenegraph.png]\n"
        "    2. Self-Supervised Depth from Motion [depth.png]\n"
        "    3. Any-Point Tracking in Long Videos [tracking.png]\n"), "")


def test_export_of_a_person_says_what_it_is(site, capsys):
    assert run(capsys, "export", "content/authors/anlan-zhou") == (1, "", (
        "content/authors/anlan-zhou/index.md: not a landing page: this is a person (its folder "
        "is under authors/); landingkit shows and exports pages whose front matter lists "
        "`sections`\n"))
    assert not (site / "build").exists()


def test_export_says_where_it_wrote(site, capsys):
    assert run(capsys, "export", "content/research/multimodal", "-o", "new/folder/mm.html") == (
        0, f"wrote {site / 'new' / 'folder' / 'mm.html'}\n", "")
    assert run(capsys, "export", "content/research/multimodal") == (
        0, f"wrote {site / 'build' / 'multimodal.html'}\n", "")
    assert run(capsys, "export", "content", "-q", "-o", "out") == (
        0, f"wrote 5 pages to {site / 'out'}/\n", "")


def test_export_warns_of_a_person_shown_without_an_avatar(site, capsys):
    (site / "content" / "authors" / "daniel-okafor" / "avatar.jpg").unlink()
    assert run(capsys, "export", "content/research/multimodal") == (
        0, f"wrote {site / 'build' / 'multimodal.html'}\n", AVATAR)
    assert run(capsys, "export", "content", "-q", "-o", "out") == (
        0, f"wrote 5 pages to {site / 'out'}/\n", AVATAR)


def test_a_folder_of_the_site_that_is_no_page(site, capsys):
    (site / "content" / "elsewhere").mkdir()
    assert run(capsys, "show", "content/elsewhere") == (
        1, "", "content/elsewhere: no index.md or _index.md in this folder\n")


def test_a_folder_outside_any_site(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "show", ".") == (
        1, "", ".: not inside a Hugo site (no hugo.*, config.* or config/_default/ above it, "
               "and no folder named 'content')\n")


def test_help_lists_every_command_and_a_wrong_name_gets_the_choices(capsys):
    """Only the named command's parser is made; help and a wrong name get them all."""
    with pytest.raises(SystemExit) as exit_help:
        main(["--help"])
    out = capsys.readouterr().out
    listed = [line.split()[0] for line in out.split("positional arguments:\n")[1]
              .split("\n\n")[0].splitlines()[1:]]
    assert (exit_help.value.code, listed) == (0, ["check", "show", "export", "edit"])
    with pytest.raises(SystemExit) as exit_wrong:
        main(["expor", "content"])
    assert (exit_wrong.value.code, capsys.readouterr().err.splitlines()[-1]) == (
        2, "landingkit: error: argument COMMAND: invalid choice: 'expor' (choose from "
           "'check', 'show', 'export', 'edit')")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert capsys.readouterr().out.startswith("usage: landingkit export [-h] [-o OUTPUT]")
