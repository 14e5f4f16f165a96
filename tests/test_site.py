"""Whole sites read as Hugo reads them: the sample, and tests/sites/lab, a bilingual site with
one content folder per language (`languages.<lang>.contentDir`), a base URL with a path and
its configuration split over config/_default/ in TOML."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LAB = HERE / "sites" / "lab"


def env() -> dict[str, str]:
    """The environment of a landingkit subprocess, read when it starts (it has the test
    session's cache folder then), with this checkout first on the path."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "landingkit.cli", *args], cwd=cwd,
                          capture_output=True, text=True, env=env(), timeout=120)


def pages(site: lk.Site) -> list[tuple[str, str]]:
    return [(p.path.relative_to(site.folder).as_posix(), p.lang) for p in site.pages()]


def test_one_content_folder_per_language():
    site = lk.Site(LAB)
    assert [(code, lang.content_dir.relative_to(LAB).as_posix())
            for code, lang in site.languages.items()] == [("en", "content/en"),
                                                          ("ja", "content/ja")]
    assert site.base_path == "/lab/"
    assert pages(site) == [("content/en/_index.md", "en"), ("content/ja/_index.md", "ja"),
                           ("content/en/research/robots/index.md", "en"),
                           ("content/ja/research/robots/index.md", "ja")]
    assert [p.name for p in site.people("ja")] == ["佐藤 健二"]
    assert [e.name for e in site.menu("en")] == ["Home", "Research"]
    assert [e.name for e in site.menu("ja")] == ["ホーム"]
    # a content folder given by itself is the same site, and its pages are in its language
    ja = lk.Site(LAB / "content" / "ja")
    assert ja.folder == LAB and ja.page(LAB / "content/ja/research/robots").lang == "ja"


def test_every_page_of_every_language_round_trips_byte_for_byte():
    for page in lk.Site(LAB).pages() + lk.Site(REPO / "content").pages():
        assert page.to_text().encode("utf-8") == page.path.read_bytes(), page.path


def test_export_writes_each_page_at_hugos_url(tmp_path):
    done = cli("export", str(LAB), "-o", str(tmp_path / "out"), "-q", cwd=tmp_path)
    assert done.stdout == f"wrote 4 pages to {tmp_path / 'out'}/\n"
    written = sorted(p.relative_to(tmp_path / "out").as_posix()
                     for p in (tmp_path / "out").rglob("*.html"))
    assert written == ["index.html", "ja/index.html", "ja/research/robots/index.html",
                       "research/robots/index.html"]
    assert '<html lang="ja"' in (tmp_path / "out" / "ja" / "index.html").read_text()


def test_the_sample_home_page_is_exported_as_index_html(tmp_path):
    done = cli("export", str(REPO / "content"), "-o", str(tmp_path / "out"), "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(tmp_path / "out").as_posix()
                  for p in (tmp_path / "out").rglob("index.html")) == [
        "index.html", "people/index.html", "research/multimodal/index.html",
        "research/vision/index.html", "zh/research/multimodal/index.html"]


def test_a_page_path_is_read_in_the_content_folder_first(tmp_path, monkeypatch):
    """`site.page("research/multimodal")` is the site's page even where the working folder has
    a folder of that name (a build output, say); `""` is the home page."""
    (tmp_path / "research" / "multimodal").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    site = lk.Site(REPO / "content")
    assert [site.page(path).path.relative_to(REPO).as_posix()
            for path in ("research/multimodal", "", "people")] == [
        "content/research/multimodal/index.md", "content/_index.md", "content/people/index.md"]


def test_show_prints_a_site_summary(tmp_path):
    shutil.copytree(LAB, tmp_path / "lab")
    done = cli("show", "lab", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        "lab: Example Robotics Lab",
        "  base URL: https://example.edu/lab/",
        "  language en (English, default): lab/content/en/, 2 landing pages",
        "    lab/content/en/_index.md: Example Robotics Lab",
        "    lab/content/en/research/robots/index.md: Robots",
        "    menu: Home | Research",
        "  language ja (日本語): lab/content/ja/, 2 landing pages",
        "    lab/content/ja/_index.md: ロボット研究室",
        "    lab/content/ja/research/robots/index.md: ロボット",
        "    menu: ホーム"]
    assert cli("show", "lab/content", cwd=tmp_path).stdout == done.stdout


@pytest.mark.parametrize("name", ["lab/content/en/authors/kenji-sato",
                                  "lab/content/ja/authors/kenji-sato/index.md"])
def test_a_person_is_not_exported_as_a_page(tmp_path, name):
    shutil.copytree(LAB, tmp_path / "lab")
    done = cli("export", name, "-o", "out.html", cwd=tmp_path)
    path = name if name.endswith(".md") else f"{name}/index.md"
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (f"{path}: not a landing page: this is a person (its folder is under "
                           "authors/); landingkit shows and exports pages whose front matter "
                           "lists `sections`\n")
    assert not (tmp_path / "out.html").exists()


WOWCHEMY = HERE / "wowchemy_site"


def test_a_wowchemy_widget_page_is_one_landing_page_of_its_widget_files():
    """Wowchemy v5.5.0 `layouts/partials/widget_page.html`: the bundle's pages whose `active`
    is not false, in Hugo's page order (weight); `content/home/` is the home page."""
    site = lk.Site(WOWCHEMY)
    assert pages(site) == [("content/en/home/index.md", "en"), ("content/ja/home/index.md", "ja")]
    page = site.page(WOWCHEMY / "content" / "en" / "home")
    assert [part.path.name for part in page.parts] == ["welcome.md", "people.md"]  # news: off
    assert [block.type for block in page.sections] == ["blank", "people"]
    assert page.section_ids() == ["welcome", "people"]


def test_an_edit_to_a_widget_patches_that_widget_file_only(tmp_path):
    shutil.copytree(WOWCHEMY, tmp_path / "site")
    home = tmp_path / "site" / "content" / "en" / "home"
    before = {p.name: p.read_bytes() for p in home.iterdir()}
    page = lk.Site(tmp_path / "site").page(home)
    page.section("people").show_interests = True
    assert page.dirty and page.diff() == (
        f"--- {home / 'people.md'}\n+++ {home / 'people.md'}\n"
        "@@ -17,7 +17,7 @@\n"
        "     - Alumni\n \n design:\n-  show_interests: false\n+  show_interests: true\n"
        "   show_role: true\n   show_social: true\n ---\n")
    assert page.save() is True
    after = {p.name: p.read_bytes() for p in home.iterdir()}
    assert {name for name in before if before[name] != after[name]} == {"people.md"}
    assert after["people.md"] == before["people.md"].replace(b"show_interests: false",
                                                             b"show_interests: true")
    assert lk.Site(tmp_path / "site").page(home).section("people").show_interests


def test_a_wowchemy_home_page_is_exported_as_the_sites_index(tmp_path):
    done = cli("export", str(WOWCHEMY), "-o", str(tmp_path / "out"), "-q", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"wrote 2 pages to {tmp_path / 'out'}/\n")
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert html.index('id="welcome"') < html.index('id="people"')
    assert "Nothing yet." not in html
    # the Japanese content folder's home page, with the people of that folder
    ja = (tmp_path / "out" / "ja" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ja"' in ja and "アナ・ルイス" in ja and "Ana Ruiz" not in ja


def test_the_editor_takes_a_widget_file_not_the_whole_widget_page():
    site = lk.Site(WOWCHEMY)
    page = site.page(WOWCHEMY / "content" / "en" / "home")
    with pytest.raises(lk.LandingkitError) as refused:
        lk.edit(page)
    people = WOWCHEMY / "content" / "en" / "home" / "people.md"
    assert (refused.value.path, refused.value.message) == (page.path, (
        "the editor takes one file, and this widget page is several: edit a "
        f"widget file, e.g. lk.edit(site.page('{people}'))"))
    assert lk.edit(site.page(people)).page.path == people
