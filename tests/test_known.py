"""The front matter a site read before (cache.Known): taken again only while the file is the
one read, never for a file that could not be read, never for one changed a moment ago."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from landingkit.cache import Known
from landingkit.site import Site

REPO = Path(__file__).resolve().parents[1]
AN_HOUR_AGO = 3600 * 10**9


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "site"
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "config", root / "config")
    return root


def _entries(site: Path) -> dict:
    with open(Known(site).file, "rb") as fh:
        return pickle.load(fh)


def _kept(site: Path) -> dict:
    """The people's entries, kept by their files' times."""
    return {key: entry for key, entry in _entries(site).items() if "\0" not in key}


def _recalled(site: Path) -> list[str]:
    """The files kept by the digest of their bytes (pages rendered, configuration)."""
    return sorted(key.split("\0")[0] for key in _entries(site) if key.endswith("\0source"))


def _authors(site: Path, lang: str = "en") -> list[str]:
    return sorted(str(f.path) for f in Site(site / "content").files()
                  if f.section == "authors" and f.lang == lang)


def test_a_file_read_is_kept_and_a_changed_one_read_again(site, monkeypatch):
    monkeypatch.setattr(Known, "RACY_NS", 0)  # files written by this test are seconds old
    before = {p.slug: p.role for p in Site(site / "content").people()}
    assert sorted(_kept(site)) == _authors(site)
    page = site / "content" / "authors" / "anlan-zhou" / "index.md"
    text = page.read_text(encoding="utf-8")
    role = before["anlan-zhou"]
    page.write_text(text.replace(f"role: {role}", f"role: {role[::-1]}"), encoding="utf-8")
    assert len(page.read_bytes()) == len(text.encode())  # the same size: the times tell
    after = {p.slug: p.role for p in Site(site / "content").people()}
    assert after == {**before, "anlan-zhou": role[::-1]}
    assert pickle.loads(_kept(site)[str(page)][1])["role"] == role[::-1]


def test_a_file_changed_a_moment_ago_is_not_kept(site):
    page = site / "content" / "authors" / "anlan-zhou" / "index.md"
    old = (page.stat().st_mtime_ns - AN_HOUR_AGO) / 1e9
    for path in map(Path, _authors(site)):
        os.utime(path, (old, old))  # the change time stays now: every file is new
    Site(site / "content").people()
    assert _kept(site) == {}


def test_a_file_that_cannot_be_read_is_read_again_and_its_error_told_again(site, monkeypatch):
    monkeypatch.setattr(Known, "RACY_NS", 0)
    page = site / "content" / "authors" / "anlan-zhou" / "index.md"
    page.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    for _ in range(2):
        fresh = Site(site / "content")
        assert "anlan-zhou" not in [p.slug for p in fresh.people()]
        assert [(p.path, p.line, p.level) for p in fresh.problems] == [(page, 2, "error")]
    assert str(page) not in _kept(site)
    assert sorted(_kept(site)) == [p for p in _authors(site) if p != str(page)]


def test_a_broken_cache_file_is_read_as_empty_and_written_anew(site, monkeypatch):
    monkeypatch.setattr(Known, "RACY_NS", 0)
    known = Known(site)
    known.file.parent.mkdir(parents=True)
    known.file.write_bytes(b"not a pickle")
    names = [p.name for p in Site(site / "content").people()]
    assert names == [p.name for p in Site(site / "content").people()]
    assert sorted(_kept(site)) == _authors(site)


def test_processes_exporting_a_site_side_by_side_keep_all_they_read(site, tmp_path,
                                                                      monkeypatch):
    from landingkit.export import export_site

    monkeypatch.setattr(Known, "RACY_NS", 0)
    export_site(Site(site / "content"), tmp_path / "out", jobs=2)
    everyone = sorted(_authors(site, "en") + _authors(site, "zh"))
    assert [path for path in sorted(_kept(site)) if "/authors/" in path] == everyone


def test_each_reading_gets_its_own_copy(site, monkeypatch):
    monkeypatch.setattr(Known, "RACY_NS", 0)
    Site(site / "content").people()
    known = Site(site / "content")
    first, second = known.people()[0], known.regular_pages(folders=["authors"])[0]
    assert first.params == second.params and first.params is not second.params


def test_an_entry_of_another_shape_is_read_anew(site, monkeypatch):
    monkeypatch.setattr(Known, "RACY_NS", 0)
    names = [p.name for p in Site(site / "content").people()]
    known = Known(site)
    entries = _kept(site)
    entries = {path: (stamp, {"title": "Not this"}) for path, (stamp, _) in entries.items()}
    known.file.write_bytes(pickle.dumps(entries))
    assert [p.name for p in Site(site / "content").people()] == names


_EXPORT = """
import sys
from landingkit.cli import main
main(["export", sys.argv[1], "-o", sys.argv[2]])
print("yaml" in sys.modules, "tinycss2" in sys.modules)
"""


def test_a_page_read_before_is_rendered_without_yaml_and_to_the_same_bytes(site, tmp_path,
                                                                          monkeypatch):
    import subprocess
    import sys

    from landingkit.cli import main

    monkeypatch.setattr(Known, "RACY_NS", 0)  # the people, copied a moment ago, are kept
    for folder in ("assets", "layouts"):  # the sample's own view and styles
        shutil.copytree(REPO / folder, site / folder)
    page = site / "content" / "research" / "multimodal"
    assert main(["export", str(page), "-o", str(tmp_path / "1.html")]) == 0
    said = subprocess.run([sys.executable, "-c", _EXPORT, str(page), str(tmp_path / "2.html")],
                          env=os.environ, cwd=tmp_path, capture_output=True, text=True,
                          check=True).stdout.splitlines()
    # neither yaml nor tinycss2 was imported: the sample's stylesheet names `html` (in a
    # comment), so its page rules were made once, by the first export, and kept
    assert said[-1] == "False False"
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()
    assert _recalled(site) == sorted(
        [str(page / "index.md")] + [str(p) for p in (site / "config" / "_default").iterdir()])


_PROBLEMS = """---
title: Problems
type: landing
sections:
  - block: markdown
    content:
      title: Text
      txet: a typo
      text: |
        First line.

        ![Missing](missing.png)
    design:
      spacing:
        padding: [wide]
  - block: collection
    content:
      count: many
---
"""


def test_messages_name_the_same_lines_from_a_page_read_before(site, monkeypatch):
    from landingkit.check import check_page

    page = site / "content" / "problems" / "index.md"
    page.parent.mkdir()
    page.write_text(_PROBLEMS, encoding="utf-8")
    found = [[(p.line, p.level, p.message) for p in check_page(Site(site / "content"), page)]
             for _ in range(2)]
    assert _recalled(site).count(str(page)) == 1  # the second reading was the kept one
    assert found[0] == found[1]
    assert [line for line, _, _ in found[0]] == [8, 18, 15, 12]  # key, value, list, image


def test_a_page_changed_within_the_same_size_and_times_is_read_anew(site):
    page = site / "content" / "research" / "multimodal" / "index.md"
    before = Site(site / "content").page(page).title
    times = page.stat()
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(f"title: {before}", f"title: {before[::-1]}", 1),
                    encoding="utf-8")
    os.utime(page, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert page.stat().st_size == times.st_size
    assert Site(site / "content").page(page).title == before[::-1]


def test_a_kept_page_of_another_shape_is_read_anew(site):
    page = site / "content" / "research" / "multimodal" / "index.md"
    title = Site(site / "content").page(page).title
    known = Known(site)
    entries = _entries(site)
    digest, _ = entries[f"{page}\0source"]
    for wrong in ({"title": "Not this"}, ({"title": "Not this"}, "no positions"),
                  ({"title": "Not this"},)):
        entries[f"{page}\0source"] = (digest, pickle.dumps(wrong))
        known.file.write_bytes(pickle.dumps(entries))
        again = Site(site / "content").page(page)
        assert (again.title, again.sections[0].line) == (title, 12)
