"""The content model over the bundled sample site: pages, people, selection and order."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk
from landingkit.model import Block

CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(scope="module")
def site():
    return lk.Site(CONTENT)


def names(people):
    return [p.name for p in people]


def test_default_language_comes_from_the_hugo_config(site):
    assert site.default_lang == "en"
    assert list(site.languages) == ["en", "zh"]  # by weight
    assert [lang.label for lang in site.languages.values()] == ["English", "中文"]


def test_page_by_folder_and_by_file_is_the_same_file(site):
    by_folder = site.page("research/multimodal")
    by_file = site.page(CONTENT / "research/multimodal/index.md")
    assert by_folder.path == by_file.path == CONTENT / "research/multimodal/index.md"
    assert by_folder.lang == "en"
    assert site.page("research/multimodal", lang="zh").path.name == "index.zh.md"


def test_seed_page_sections(site):
    page = site.page("research/multimodal")
    assert page.title == "Multimodal Large Model Research Group"
    assert page.date == dt.date(1020, 1, 1)
    assert page.spacing == "1rem"
    assert [(b.type, type(b).__name__) for b in page.sections] == [
        ("markdown", "MarkdownBlock"), ("collection", "CollectionBlock"),
        ("markdown", "MarkdownBlock")]
    assert page.section_ids() == ["section-markdown", "members", "section-markdown-2"]
    intro, members, overview = page.sections
    assert intro.title is None
    assert intro.text == "## Multimodal Large Model Research Group\n"
    assert page.section("members") is members
    assert page.section("section-markdown-2") is overview
    assert (members.title, members.count, members.offset, members.sort_by, members.order,
            members.view, members.columns) == ("Team Members", 0, None, None, None,
                                               "people-grid", 4)
    assert (members.filters.folders, members.filters.tag) == (["authors"], "mm_prof")
    assert members.shown is None


def test_seed_achievements(site):
    page = site.page("research/multimodal")
    items = page.achievements
    assert items.label == "Representative Achievement"
    assert items.intro == ""
    assert [a.title for a in items] == [
        "Shusheng Multimodal Large Model Series - InternVL",
        "Video Fundamental Representation Model - VideoMAE Series",
        "Video Multimodal Large Model - VideoChat Series",
        "Shusheng Video Large Model - InternVideo Series"]
    assert [(a.image_alt, a.image_src) for a in items] == [
        ("", ""), ("VideoMAE", "/research/multimodal/videomae.png"),
        ("VideoChat", "/research/multimodal/videochat.png"),
        ("InternVideo", "/research/multimodal/internvideo.png")]
    assert items[0].body == ""
    assert items[1].body.startswith("This work proposed the video masked autoencoder")
    assert items[3].body.endswith("compared to the previous generation.")


def test_members_in_hugo_order_english(site):
    page = site.page("research/multimodal")
    # weight 1 first, then no weight and no date: by title
    assert names(page.people()) == ["Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu",
                                    "Shuqing Wang", "Yutong Chen"]


def test_members_in_pinyin_order_chinese(site):
    page = site.page("research/multimodal", lang="zh")
    chosen = names(page.people())
    assert chosen == ["周安澜", "陈雨桐", "何嘉禾", "路明远", "王书晴"]
    assert chosen[1:] != sorted(chosen[1:])  # code-point order would differ


def test_sort_keys_are_kept_so_the_next_process_sorts_without_icu(tmp_path):
    code = ("import sys\nimport landingkit as lk\n"
            f"page = lk.load({str(CONTENT / 'research' / 'multimodal')!r}, 'zh')\n"
            "print([p.name for p in page.people()], 'icu' in sys.modules)\n")
    env = {**os.environ, "LANDINGKIT_CACHE": str(tmp_path / "cache")}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True).stdout

    order = "['周安澜', '陈雨桐', '何嘉禾', '路明远', '王书晴']"
    assert run() == f"{order} True\n"
    assert run() == f"{order} False\n"
    [kept] = (tmp_path / "cache" / "collation").rglob("zh.*")
    kept.write_bytes(b"not what was written")
    assert run() == f"{order} True\n"  # an unreadable file is made again
    assert run() == f"{order} False\n"


def test_count_and_sort_by_title_ascending(site):
    page = site.page("research/vision")
    block = page.section("members")
    assert (block.count, block.sort_by, block.order) == (2, "title", "asc")
    # collation puts É with the E's (code points would put it after Ingrid)
    assert names(page.people()) == ["Beatriz Almeida", "Émile Durand"]


def test_list_page_person_is_left_out_and_reported(site):
    block = site.page("research/multimodal").section("members")
    assert [p.slug for p in site.left_out(block)] == ["elena-marchetti"]
    assert "elena-marchetti" not in [p.slug for p in site.select(block)]
    assert site.left_out(block, "zh") == []


def test_changing_filters_changes_the_selection(site):
    page = site.page("research/multimodal")
    block = page.section("members")
    block.filters.tag = "cv_prof"
    block.sort_by, block.order = "title", "asc"
    assert names(site.select(block)) == ["Beatriz Almeida", "Émile Durand", "Ingrid Solberg",
                                         "Kofi Mensah"]
    block.count, block.offset = 2, 1
    assert names(site.select(block)) == ["Émile Durand", "Ingrid Solberg"]
    block.filters.tag = "Nobody Has This"
    assert site.select(block) == []


def test_people_fields(site):
    people = {p.slug: p for p in site.people()}
    assert sorted(people) == sorted(
        d.name for d in (CONTENT / "authors").iterdir() if (d / "index.md").exists())
    lu = people["mingyuan-lu"]
    assert lu.pronunciation == "Lù Míngyuǎn"
    assert lu.avatar is not None and lu.avatar.parent.name == "mingyuan-lu"
    assert people["daniel-okafor"].avatar == CONTENT / "authors" / "daniel-okafor" / "avatar.jpg"
    assert people["anlan-zhou"].weight == 1
    assert people["shuqing-wang"].homepage.startswith("https://")
    assert "<a href=" in people["yutong-chen"].role
    assert people["daniel-okafor"].tags == ["mm_prof", "student"]
    icons = [p.icon for p in people["jiahe-he"].profiles]  # old `social` style
    assert icons and all("/" in i or i for i in icons)
    assert all(isinstance(o, lk.Organization) for o in people["yutong-chen"].organizations)


def test_pages_lists_every_landing_page_in_every_language(site):
    found = sorted((p.path.relative_to(CONTENT).as_posix(), p.lang) for p in site.pages())
    assert found == [("_index.md", "en"), ("people/index.md", "en"),
                     ("research/multimodal/index.md", "en"),
                     ("research/multimodal/index.zh.md", "zh"),
                     ("research/vision/index.md", "en")]


def test_unknown_block_types_keep_their_data(tmp_path):
    root = tmp_path / "content" / "p"
    root.mkdir(parents=True)
    text = ("---\ntitle: T\nsections:\n  - block: reading-list\n    content:\n"
            "      title: Hi  # c\n"
            "      cta: {url: /x, text: Go}\n---\n")
    (root / "index.md").write_text(text)
    page = lk.load(root)
    (unknown,) = page.sections
    assert type(unknown) is Block and unknown.type == "reading-list"
    assert unknown.to_data() == {"block": "reading-list",
                                 "content": {"title": "Hi",
                                             "cta": {"url": "/x", "text": "Go"}}}
    assert page.to_text() == text


def test_load_finds_the_site_above_the_page(tmp_path):
    page = lk.load(CONTENT / "research" / "vision")
    assert page.site.root == CONTENT
    lab = Path(__file__).parent / "sites" / "lab"  # content/ja is Japanese by its folder
    assert lk.load(lab / "content" / "ja" / "research" / "robots").lang == "ja"
    with pytest.raises(lk.LandingkitError, match="not a Markdown file of the site's content"):
        lk.load(Path(__file__))  # in the repository's site, but not one of its pages
    (tmp_path / "x.md").write_text("---\ntitle: X\n---\n")
    with pytest.raises(lk.LandingkitError, match="not inside a Hugo site"):
        lk.load(tmp_path / "x.md")
