"""The editor widget in plain pytest: set values, click buttons, check model, preview and file.

No browser and no kernel: ipywidgets work without a front end. With no event loop running,
the editor draws the preview at once, so every assertion sees the final state.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import difflib
import html
import re
import shutil
from pathlib import Path

import ipywidgets as widgets
import pytest
from PIL import Image

import landingkit as lk
from landingkit.editor import Editor

KIT = Path(__file__).resolve().parent / "kit_site"

MM_PROF = ["Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu", "Shuqing Wang",
           "Yutong Chen"]
CV_PROF = ["Kofi Mensah", "Beatriz Almeida", "Émile Durand", "Ingrid Solberg"]
STUDENT = ["Sofia Lindqvist", "Daniel Okafor", "Hana Kobayashi"]
TITLES = ["Shusheng Multimodal Large Model Series - InternVL",
          "Video Fundamental Representation Model - VideoMAE Series",
          "Video Multimodal Large Model - VideoChat Series",
          "Shusheng Video Large Model - InternVideo Series"]


@pytest.fixture
def landing(tmp_site) -> lk.Page:
    """The sample page, loaded from a temporary copy of the site."""
    return lk.load(tmp_site / "research" / "multimodal")


@pytest.fixture
def editor(landing) -> Editor:
    ed = lk.edit(landing)
    assert ed.errors == []
    yield ed
    ed.close()


def preview_names(editor: Editor) -> list[str]:
    """Names on the cards of the preview, in order."""
    cards = re.findall(r'<h3 class="lk-name">(.*?)</h3>', editor.preview.value, re.S)
    cards = [re.sub(r"<(rp|rt)>.*?</\1>", "", card) for card in cards]  # drop <ruby> readings
    return [re.sub(r"<[^>]+>", "", card).strip() for card in cards]


def preview_headings(editor: Editor) -> list[str]:
    found = re.findall(r"<h3\b(?![^>]*lk-name)[^>]*>(.*?)</h3>", editor.preview.value, re.S)
    return [re.sub(r"<[^>]+>", "", h).strip() for h in found]


def members_list(editor: Editor) -> list[str]:
    """The live list of people under the Members controls."""
    html = editor._sections[0].people.value
    return re.findall(r"<li>(.*?)</li>", html)


def card_numbers(editor: Editor) -> list[str]:
    return [re.sub(r"<[^>]+>", "", card.number.value) for card in editor._sections[1].cards]


def changed_lines(before: str, after: str) -> str:
    """The unified diff (no context lines) between two texts of the file."""
    return "".join(difflib.unified_diff(before.splitlines(keepends=True),
                                        after.splitlines(keepends=True), "before", "after", n=0))


def saved(editor: Editor, before: str) -> str:
    editor.control("Save").click()
    return changed_lines(before, editor.page.path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the form mirrors the page


def test_controls_show_the_page(editor):
    assert isinstance(editor, widgets.VBox)
    assert editor.control("Folders").value == ("authors",)
    assert editor.control("Folders").options == ("authors", "people", "post", "publication",
                                                  "research")
    assert editor.control("Tag").value == "mm_prof"
    assert editor.control("Tag").options == ("mm_prof (6 people)", "cv_prof (4 people)",
                                             "student (3 people)", "alumni (1 person)")
    assert editor.control("Count").value == 0
    assert editor.control("Offset").value == 0
    assert editor.control("Sort by").value == ""  # not set: Date, descending
    assert editor.control("Order").value == ""
    assert editor.control("View").value == "people-grid"
    assert editor.control("Columns").value == 4
    assert [c.value for c in editor.controls("Title")] == TITLES
    assert [c.value for c in editor.controls("Image")] == [
        "", "/research/multimodal/videomae.png", "/research/multimodal/videochat.png",
        "/research/multimodal/internvideo.png"]
    assert [c.value for c in editor.controls("Alt text")] == ["", "VideoMAE", "VideoChat",
                                                              "InternVideo"]
    assert editor.controls("Text")[1].value.startswith("This work proposed the video masked")
    assert card_numbers(editor) == [f"Representative Achievement {n}" for n in (1, 2, 3, 4)]
    assert members_list(editor) == MM_PROF
    assert preview_names(editor) == MM_PROF
    assert preview_headings(editor)[-4:] == [
        f"Representative Achievement {n}: {t}" for n, t in enumerate(TITLES, 1)]
    assert editor.control("Undo").disabled


def test_control_lookup_names_what_exists(editor):
    with pytest.raises(KeyError, match=r"no control described 'Nope'.*Add achievement"):
        editor.control("Nope")
    assert len(editor.controls("Remove")) == 4


def test_left_out_index_person_is_warned_with_the_fix(editor):
    html = editor._sections[0].people.value
    assert ("Elena Marchetti (<code>content/authors/elena-marchetti/_index.md</code>) matches "
            "but is left out") in html
    assert "Fix: rename the file to <code>index.md</code>." in html
    assert "Elena Marchetti" not in preview_names(editor)


def test_renderer_problems_show_beside_the_preview(tmp_site):
    (tmp_site / "authors" / "daniel-okafor" / "avatar.jpg").unlink()
    editor = lk.edit(lk.load(tmp_site / "research" / "multimodal"))
    assert [(p.path, p.level) for p in editor.problems] == [
        (tmp_site / "authors" / "daniel-okafor" / "index.md", "warning")]
    assert ("⚠ content/authors/daniel-okafor/index.md: warning: no avatar image in this "
            "person&#x27;s folder") in editor.problems_box.value
    editor.control("Tag").value = "cv_prof"  # nobody without an avatar any more
    assert editor.problems == [] and editor.problems_box.value == ""
    assert "Saved" not in editor.status.value
    assert editor.status.value.endswith(
        "<code>content/research/multimodal/index.md</code> [en]: unsaved changes</span>")
    editor.close()


# ------------------------------------------------------------------ members


def test_tag_change_updates_model_members_preview_and_file(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    editor.control("Tag").value = "cv_prof"
    assert landing.section("members").filters.tag == "cv_prof"
    assert members_list(editor) == CV_PROF
    assert preview_names(editor) == CV_PROF
    assert "left out" not in editor._sections[0].people.value  # Elena is not cv_prof
    assert saved(editor, before) == (
        "--- before\n+++ after\n"
        "@@ -24 +24 @@\n"
        "-        tag: mm_prof\n"
        "+        tag: cv_prof\n")
    assert "Saved" in editor.status.value and editor.errors == []


def test_picking_a_tag_option_keeps_the_bare_tag(editor, landing):
    editor.control("Tag").value = "student (3 people)"
    assert landing.section("members").filters.tag == "student"
    assert editor.control("Tag").value == "student"
    assert preview_names(editor) == STUDENT


def test_nobody_matches_says_why_and_how_to_fix(editor, landing):
    editor.control("Tag").value = "mm_pro"
    html = editor._sections[0].people.value
    assert members_list(editor) == []
    assert preview_names(editor) == []
    assert ("Nobody matches: no one in authors has the tag <code>mm_pro</code>. "
            "Fix: pick a tag from the list.") in html
    editor.control("Tag").value = "mm_prof"
    editor.control("Offset").value = 6
    assert ("Nobody is shown: the offset 6 skips everyone who matches. Fix: lower the offset."
            in editor._sections[0].people.value)


def test_count_offset_sort_order_and_columns(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    editor.control("Sort by").value = "Title"
    editor.control("Order").value = "asc"
    assert members_list(editor) == sorted(MM_PROF)
    editor.control("Count").value = 3
    editor.control("Offset").value = 1
    assert members_list(editor) == sorted(MM_PROF)[1:4]
    assert preview_names(editor) == sorted(MM_PROF)[1:4]
    editor.control("Columns").value = 3
    assert 'lk-cols-3' in editor.preview.value
    assert saved(editor, before) == (
        "--- before\n+++ after\n"
        "@@ -25 +25,4 @@\n"
        "-      count: 0\n"
        "+      count: 3\n"
        "+      offset: 1\n"
        "+      sort_by: Title\n"
        "+      order: asc\n"
        "@@ -28 +31 @@\n"
        "-      columns: 4\n"
        "+      columns: 3\n")


def test_folders_choose_where_tags_come_from(editor, landing):
    editor.control("Folders").value = ("research",)
    assert landing.section("members").filters.folders == ["research"]
    assert editor.control("Tag").options == ()
    assert members_list(editor) == []
    assert "no one in research has the tag <code>mm_prof</code>" in (
        editor._sections[0].people.value)
    editor.control("Folders").value = ("authors",)
    assert members_list(editor) == MM_PROF
    assert landing.dirty is False  # back to the file's own value


def test_values_of_the_file_outside_the_choices_are_kept(tmp_site):
    page = lk.load(tmp_site / "research" / "vision")
    ed = lk.edit(page)
    assert ed.control("Sort by").options[-1] == ("title (as in the file)", "title")
    assert ed.control("Sort by").value == "title" and ed.control("Count").value == 2
    assert members_list(ed) == ["Beatriz Almeida", "Émile Durand"]
    ed.control("Sort by").value = "Weight"
    ed.control("Sort by").value = "title"
    assert page.dirty is False
    ed.close()


def test_unset_count_and_offset_stay_unset(tmp_site):
    index = tmp_site / "research" / "multimodal" / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("      count: 0\n", ""),
                     encoding="utf-8")
    landing = lk.load(index)
    editor = lk.edit(landing)
    assert editor.control("Count").value == 5  # the theme's default
    assert members_list(editor) == MM_PROF[:5]
    editor.control("Count").value = 2
    assert members_list(editor) == MM_PROF[:2]
    editor.control("Count").value = 5
    editor.control("Offset").value = 1
    editor.control("Offset").value = 0
    assert landing.section("members").count is None
    assert landing.section("members").offset is None
    assert landing.dirty is False
    editor.close()


def test_a_page_in_another_language_selects_its_people(tmp_site):
    page = lk.Site(tmp_site).page("research/multimodal", "zh")
    ed = lk.edit(page)
    assert members_list(ed) == ["周安澜", "陈雨桐", "何嘉禾", "路明远", "王书晴"]
    assert ed.control("Tag").options == ("mm_prof (5 people)",)
    assert ed.status.value.endswith(
        "<code>content/research/multimodal/index.zh.md</code> [zh]: no changes</span>")
    ed.close()


# ------------------------------------------------------------------ achievements


def test_add_achievement_and_type_its_title(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    editor.control("Add achievement").click()
    assert card_numbers(editor)[-1] == "Representative Achievement 5"
    title = editor.controls("Title")[4]
    for end in range(1, len("Open Video Benchmarks") + 1):  # one keystroke at a time
        title.value = "Open Video Benchmarks"[:end]
    editor.controls("Text")[4].value = "A shared benchmark for *long* videos."
    assert landing.achievements[4].title == "Open Video Benchmarks"
    assert preview_headings(editor)[-1] == "Representative Achievement 5: Open Video Benchmarks"
    assert "A shared benchmark for <em>long</em> videos." in editor.preview.value
    assert saved(editor, before) == (
        "--- before\n+++ after\n"
        "@@ -49,0 +50,4 @@\n"
        "+\n"
        "+        ### Representative Achievement 5: Open Video Benchmarks\n"
        "+\n"
        "+        A shared benchmark for *long* videos.\n")


def test_move_and_remove_renumber_at_once(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    assert editor.controls("Move up")[0].disabled and editor.controls("Move down")[3].disabled
    editor.controls("Move up")[3].click()  # InternVideo before VideoChat
    assert [a.title for a in landing.achievements] == [TITLES[0], TITLES[1], TITLES[3],
                                                       TITLES[2]]
    assert [c.value for c in editor.controls("Title")] == [TITLES[0], TITLES[1], TITLES[3],
                                                           TITLES[2]]
    assert card_numbers(editor) == [f"Representative Achievement {n}" for n in (1, 2, 3, 4)]
    assert preview_headings(editor)[-2:] == [f"Representative Achievement 3: {TITLES[3]}",
                                             f"Representative Achievement 4: {TITLES[2]}"]
    editor.controls("Remove")[0].click()
    assert [a.title for a in landing.achievements] == [TITLES[1], TITLES[3], TITLES[2]]
    assert card_numbers(editor) == [f"Representative Achievement {n}" for n in (1, 2, 3)]
    editor.controls("Move down")[0].click()
    assert [c.value for c in editor.controls("Title")] == [TITLES[3], TITLES[1], TITLES[2]]
    # Achievement 1 now holds InternVideo's text; achievements 2 and 3 read as before
    body = "        " + landing.achievements[0].body + "\n"
    image = "        ![InternVideo](/research/multimodal/internvideo.png)\n"
    assert saved(editor, before) == (
        "--- before\n+++ after\n"
        "@@ -33 +33,5 @@\n"
        f"-        ### Representative Achievement 1: {TITLES[0]}\n"
        f"+        ### Representative Achievement 1: {TITLES[3]}\n"
        f"+\n+{image}+\n+{body}"
        "@@ -44,6 +47,0 @@\n"
        f"-\n-        ### Representative Achievement 4: {TITLES[3]}\n"
        f"-\n-{image}-        \n-{body}")


def test_remove_takes_the_clicked_one_of_two_equal_achievements(editor, landing):
    editor.control("Add achievement").click()
    first = landing.achievements[4]
    editor.control("Add achievement").click()
    assert landing.achievements[4] == landing.achievements[5]  # both empty
    editor.controls("Remove")[5].click()
    assert len(landing.achievements) == 5 and landing.achievements[4] is first


def test_save_keeps_the_form_bound_to_the_saved_page(editor, landing):
    title = editor.controls("Title")[0]
    title.value = "InternVL"
    editor.control("Save").click()
    saved_text = landing.path.read_text(encoding="utf-8")
    assert editor.controls("Title")[0] is title  # the same controls, not a new form
    title.value = "InternVL 2.5"
    assert landing.achievements[0].title == "InternVL 2.5"
    assert saved(editor, saved_text) == (
        "--- before\n+++ after\n@@ -33 +33 @@\n"
        "-        ### Representative Achievement 1: InternVL\n"
        "+        ### Representative Achievement 1: InternVL 2.5\n")


def test_pick_a_bundle_image(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    image = editor.controls("Image")[0]
    assert [label for label, _ in image.options] == [
        "(no image)", "featured.png", "internvideo.png", "videochat.png", "videomae.png"]
    image.value = "/research/multimodal/videochat.png"
    assert editor.controls("Alt text")[0].value == "videochat"
    editor.controls("Alt text")[0].value = "InternVL"
    assert saved(editor, before) == (
        "--- before\n+++ after\n"
        "@@ -33,0 +34 @@\n"
        "+        ![InternVL](/research/multimodal/videochat.png)\n")


def png(color: str) -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def upload(control: widgets.FileUpload, name: str, content: bytes) -> None:
    control.value = ({"name": name, "type": "image/png", "size": len(content),
                      "content": memoryview(content),
                      "last_modified": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)},)


def listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_upload_is_staged_until_save(editor, landing):
    bundle = landing.path.parent
    before, files = landing.path.read_text(encoding="utf-8"), listing(bundle)
    upload(editor.controls("Upload image")[0], "../../internvl chart.png", png("red"))
    assert listing(bundle) == files and listing(bundle.parent) == ["multimodal", "vision"]
    assert landing.achievements[0].image_src == "/research/multimodal/internvl-chart.png"
    assert landing.achievements[0].image_alt == "internvl-chart"
    assert "internvl-chart.png" in [label for label, _ in editor.controls("Image")[3].options]
    assert editor.controls("Upload image")[0].value == ()
    assert "Added internvl-chart.png: Save writes it into the page&#x27;s folder." in (
        editor.status.value)
    # the preview shows it from memory, without a warning
    assert f'src="data:image/png;base64,{base64.b64encode(png("red")).decode()}"' in (
        editor.preview.value)
    assert editor.problems_box.value == ""
    editor.control("Show changes").click()
    assert ("New images, written on Save:</p><ul class='lk-staged' style='margin:0.2em 0'>"
            "<li><code>content/research/multimodal/internvl-chart.png</code> "
            f"({len(png('red'))} bytes)</li></ul>") in editor.changes.value
    # the same name with other bytes never takes the place of a file of the bundle
    upload(editor.controls("Upload image")[1], "videomae.png", png("blue"))
    assert landing.achievements[1].image_src == "/research/multimodal/videomae-1.png"
    assert listing(bundle) == files
    editor.control("Save").click()
    assert "Saved content/research/multimodal/index.md, content/research/multimodal/" \
        "internvl-chart.png, content/research/multimodal/videomae-1.png." in editor.status.value
    assert listing(bundle) == sorted([*files, "internvl-chart.png", "videomae-1.png"])
    assert (bundle / "internvl-chart.png").read_bytes() == png("red")
    assert (bundle / "videomae-1.png").read_bytes() == png("blue")
    assert changed_lines(before, landing.path.read_text(encoding="utf-8")) == (
        "--- before\n+++ after\n"
        "@@ -33,0 +34 @@\n"
        "+        ![internvl-chart](/research/multimodal/internvl-chart.png)\n"
        "@@ -36 +37 @@\n"
        "-        ![VideoMAE](/research/multimodal/videomae.png)\n"
        "+        ![VideoMAE](/research/multimodal/videomae-1.png)\n")
    assert editor.staged == {} and editor.errors == []


def test_undo_and_reload_drop_an_upload(editor, landing):
    bundle = landing.path.parent
    files = listing(bundle)
    upload(editor.controls("Upload image")[0], "chart.png", png("red"))
    assert list(editor.staged) == ["chart.png"]
    editor.control("Undo").click()
    assert editor.staged == {} and landing.achievements[0].image_src == ""
    assert "chart.png" not in [label for label, _ in editor.controls("Image")[0].options]
    assert base64.b64encode(png("red")).decode() not in editor.preview.value
    assert "no changes" in editor.status.value
    upload(editor.controls("Upload image")[2], "chart.png", png("red"))
    editor.control("Tag").value = "cv_prof"
    editor.reload()
    assert editor.staged == {} and "chart.png" not in editor.bundle_images()
    editor.control("Save").click()
    assert "Nothing to save" in editor.status.value
    assert listing(bundle) == files


def test_upload_of_a_non_image_is_an_error_shown_in_the_editor(editor, landing):
    before = sorted(p.name for p in landing.path.parent.iterdir())
    upload(editor.controls("Upload image")[0], "notes.txt", b"hello")
    assert sorted(p.name for p in landing.path.parent.iterdir()) == before
    assert editor.errors == [f"{landing.path.parent}: 'notes.txt' is not an image (expected "
                             "one of .png, .jpg, .jpeg, .gif, .webp, .svg, .avif)"]
    assert html.escape(editor.errors[0]) in editor.error_box.value
    assert editor.error_area.layout.display is None  # shown
    editor.control("Dismiss").click()
    assert editor.error_area.layout.display == "none"
    assert landing.dirty is False


def test_relative_images_stay_relative(tmp_site):
    page = lk.load(tmp_site / "research" / "vision")
    ed = lk.edit(page)
    assert [c.value for c in ed.controls("Image")] == ["scenegraph.png", "depth.png",
                                                       "tracking.png"]
    ed.controls("Image")[0].value = "depth.png"
    assert page.achievements[0].image_src == "depth.png"
    ed.close()


# ------------------------------------------------------------------ changes, save, conflicts


def test_show_changes_is_the_diff_against_disk(editor, landing):
    editor.control("Show changes").click()
    assert "No changes: the file is as on disk." in editor.changes.value
    editor.control("Tag").value = "cv_prof"  # the open panel follows the edits
    assert "+        tag: cv_prof" in editor.changes.value
    assert editor.show_changes() == landing.diff()
    assert "-        tag: mm_prof" in editor.changes.value
    editor.control("Hide changes").click()
    assert editor.changes_area.layout.display == "none"


def test_save_without_changes_writes_nothing(editor, landing):
    stat = landing.path.stat()
    editor.control("Save").click()
    assert "Nothing to save" in editor.status.value
    assert landing.path.stat().st_mtime_ns == stat.st_mtime_ns


def test_save_refuses_when_the_file_changed_on_disk(editor, landing):
    editor.control("Tag").value = "cv_prof"
    outside = landing.path.read_text(encoding="utf-8").replace("title: Team Members",
                                                              "title: The Team")
    landing.path.write_text(outside, encoding="utf-8")
    editor.control("Save").click()
    assert landing.path.read_text(encoding="utf-8") == outside  # nothing written
    assert editor.conflict_area.layout.display is None
    assert "changed on disk since it was loaded: nothing was written" in (
        editor.conflict_message.value)
    assert editor.control("Tag").value == "cv_prof"  # the edits stay visible
    assert landing.section("members").filters.tag == "cv_prof"
    editor.control("Reload from disk").click()
    assert landing.section("members").title == "The Team"
    assert editor.control("Tag").value == "mm_prof"
    assert members_list(editor) == MM_PROF
    assert editor.conflict_area.layout.display == "none"
    assert editor.control("Undo").disabled
    # the reloaded page is bound to the form: edits go to it and save
    editor.control("Tag").value = "student"
    assert saved(editor, outside) == (
        "--- before\n+++ after\n"
        "@@ -24 +24 @@\n"
        "-        tag: mm_prof\n"
        "+        tag: student\n")


def test_keep_my_edits_closes_the_conflict_and_keeps_them(editor, landing):
    editor.controls("Title")[0].value = "InternVL"
    landing.path.write_text(landing.path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    editor.control("Save").click()
    editor.control("Keep my edits").click()
    assert editor.conflict_area.layout.display == "none"
    assert landing.achievements[0].title == "InternVL"


def test_reload_makes_every_part_of_the_form_follow_the_new_text(editor, landing):
    text = landing.path.read_text(encoding="utf-8")
    landing.path.write_text(text.replace("title: Team Members", "title: The Team")
                            .replace("title: Research Overview", "title: Our Work")
                            .replace("columns: 4", "columns: 3"), encoding="utf-8")
    editor.control("Reload from disk").click()
    headings = [re.sub(r"<[^>]+>", "", section.heading.value) for section in editor._sections]
    assert headings == ["Members: The Team", "Achievements: Our Work"]
    assert editor.control("Columns").value == 3
    assert "lk-cols-3" in editor.preview.value


def write_outside(landing, *replacements) -> str:
    text = landing.path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    landing.path.write_text(text, encoding="utf-8")
    return text


def test_merge_keeps_both_sides_where_they_changed_different_values(editor, landing):
    editor.control("Tag").value = "cv_prof"
    outside = write_outside(landing, ("title: Team Members", "title: The Team"))
    editor.control("Save").click()
    assert landing.path.read_text(encoding="utf-8") == outside  # refused
    editor.control("Show changes").click()
    assert ("<p style='margin:0.3em 0 0'>Changed on disk:</p>" in editor.changes.value
            and "<span style='color:#991b1b'>-      title: Team Members</span>" in
            editor.changes.value)
    editor.control("Merge with the file on disk").click()
    assert editor.conflict_area.layout.display == "none"
    assert "Merged your edits into content/research/multimodal/index.md as it is on disk " \
        "now; Save writes them." in editor.status.value
    assert re.sub(r"<[^>]+>", "", editor._sections[0].heading.value) == "Members: The Team"
    assert "Changed on disk" not in editor.changes.value  # the diff is against disk now
    assert editor.show_changes() == landing.diff()
    assert changed_lines(outside, landing.to_text()) == (
        "--- before\n+++ after\n@@ -24 +24 @@\n"
        "-        tag: mm_prof\n+        tag: cv_prof\n")
    assert saved(editor, outside) == (
        "--- before\n+++ after\n@@ -24 +24 @@\n"
        "-        tag: mm_prof\n+        tag: cv_prof\n")


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_merge_asks_where_both_changed_the_same_value(editor, landing, choice):
    editor.control("Tag").value = "cv_prof"
    editor.control("Columns").value = 3
    outside = write_outside(landing, ("tag: mm_prof", "tag: student"),
                            ("title: Team Members", "title: The Team"))
    editor.control("Save").click()
    editor.control("Merge with the file on disk").click()
    assert [(c.where, c.line, c.base, c.mine, c.theirs) for c in editor.conflicts] == [
        ("sections[1].content.filters.tag", 24, "mm_prof", "cv_prof", "student")]
    assert landing.path.read_text(encoding="utf-8") == outside
    assert "1 value changed both here and in content/research/multimodal/index.md" in (
        editor.conflict_message.value)
    versions = editor.choices_box.children[0].value
    assert "<b>sections[1].content.filters.tag</b>, line 24" in versions
    assert "Yours:</div><pre" in versions and ">cv_prof</pre>" in versions
    assert "On disk:</div><pre" in versions and ">student</pre>" in versions
    editor.control("Apply the merge").click()  # nothing chosen yet
    assert "choose a version for every conflict first" in editor.status.value
    editor.control("Use").value = choice
    editor.control("Apply the merge").click()
    assert editor.conflicts == [] and editor.conflict_area.layout.display == "none"
    tag = {"mine": "cv_prof", "theirs": "student"}[choice]
    assert editor.control("Tag").value == tag
    assert preview_names(editor) == {"mine": CV_PROF, "theirs": STUDENT}[choice]
    assert saved(editor, outside) == "--- before\n+++ after\n" + (
        "@@ -24 +24 @@\n-        tag: student\n+        tag: cv_prof\n" if choice == "mine"
        else "") + "@@ -28 +28 @@\n-      columns: 4\n+      columns: 3\n"


def test_page_merge_in_the_api(landing):
    landing.achievements[0].title = "Mine"
    outside = write_outside(landing, ("InternVL\n", "InternVL 2\n"),
                            ("title: Team Members", "title: The Team"))
    (conflict,) = landing.merge()
    assert conflict.where == "sections[2].content.text" and conflict.line == 32
    assert conflict.mine.startswith("### Representative Achievement 1: Mine\n")
    assert conflict.theirs.startswith("### Representative Achievement 1: Shusheng "
                                      "Multimodal Large Model Series - InternVL 2\n")
    assert landing.dirty and landing.changed_on_disk()  # nothing changed yet
    with pytest.raises(ValueError, match=r"sections\[2\]\.content\.text: pick 'mine' or "
                                         r"'theirs', not 'both'"):
        landing.merge(lambda c: "both")
    assert landing.merge(lambda c: "theirs") == []
    assert landing.to_text() == outside and not landing.dirty
    assert landing.section("members").title == "The Team"


# ------------------------------------------------------------------ undo


def test_undo_takes_back_edits_one_at_a_time(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    title = editor.controls("Title")[1]
    for text in ("V", "Vi", "Vid", "Video"):  # typing in one field: one edit
        title.value = text
    editor.control("Tag").value = "cv_prof"
    editor.control("Add achievement").click()
    editor.controls("Move up")[4].click()
    assert len(landing.achievements) == 5

    editor.control("Undo").click()  # the move
    assert [a.title for a in landing.achievements][3:] == [TITLES[3], ""]
    editor.control("Undo").click()  # the added achievement
    assert len(landing.achievements) == 4 and len(editor.controls("Title")) == 4
    editor.control("Undo").click()  # the tag
    assert editor.control("Tag").value == "mm_prof" and preview_names(editor) == MM_PROF
    assert editor.controls("Title")[1].value == "Video"
    editor.control("Undo").click()  # the typing
    assert editor.controls("Title")[1].value == TITLES[1]
    assert landing.achievements[1].title == TITLES[1]
    assert editor.control("Undo").disabled
    assert landing.to_text() == before and not landing.dirty
    editor.control("Save").click()
    assert "Nothing to save" in editor.status.value


def test_after_undo_the_form_edits_the_restored_page(editor, landing):
    before = landing.path.read_text(encoding="utf-8")
    editor.control("Tag").value = "cv_prof"
    editor.control("Undo").click()
    editor.controls("Title")[0].value = "InternVL"
    assert landing.achievements[0].title == "InternVL"
    assert saved(editor, before) == (
        "--- before\n+++ after\n"
        "@@ -33 +33 @@\n"
        "-        ### Representative Achievement 1: "
        "Shusheng Multimodal Large Model Series - InternVL\n"
        "+        ### Representative Achievement 1: InternVL\n")


def test_undo_keeps_the_disk_check(editor, landing):
    editor.control("Tag").value = "cv_prof"
    editor.controls("Title")[0].value = "InternVL"
    editor.control("Undo").click()
    outside = landing.path.read_text(encoding="utf-8") + "\n"
    landing.path.write_text(outside, encoding="utf-8")
    editor.control("Save").click()
    assert landing.path.read_text(encoding="utf-8") == outside
    assert editor.conflict_area.layout.display is None


# ------------------------------------------------------------------ the Python API


def test_changes_through_the_api_show_in_the_editor(editor, landing):
    landing.section("members").filters.tag = "student"
    landing.achievements.append(lk.Achievement("From Python"))
    editor.refresh()  # a notebook does this after each cell
    assert editor.control("Tag").value == "student"
    assert members_list(editor) == STUDENT
    assert preview_names(editor) == STUDENT
    assert editor.controls("Title")[4].value == "From Python"
    assert card_numbers(editor)[4] == "Representative Achievement 5"
    editor.control("Undo").click()  # an API edit is an edit too
    assert editor.control("Tag").value == "mm_prof" and len(editor.controls("Title")) == 4


def test_reload_through_the_api_rebinds_the_form(editor, landing):
    landing.reload()  # new block objects, same text
    editor.refresh()
    editor.control("Tag").value = "cv_prof"
    assert landing.section("members").filters.tag == "cv_prof"
    assert preview_names(editor) == CV_PROF


# ------------------------------------------------------------------ errors and timing


def test_an_unexpected_error_shows_in_the_editor_with_its_traceback(editor, landing):
    (landing.path.parent / "chart.png").mkdir()  # a folder where the upload would go
    upload(editor.controls("Upload image")[0], "chart.png", png("red"))
    assert editor.errors == [f"IsADirectoryError: [Errno 21] Is a directory: "
                             f"'{landing.path.parent / 'chart.png'}'"]
    assert "<summary>Traceback</summary>" in editor.error_box.value
    assert "add_bundle_image" in editor.error_box.value
    assert landing.achievements[0].image_src == ""
    editor.control("Tag").value = "cv_prof"  # the editor goes on working
    assert preview_names(editor) == CV_PROF


def test_typing_is_debounced_and_the_last_keystroke_is_drawn(landing):
    async def typing():
        ed = Editor(landing)
        ed.delay, ed.max_wait = 0.3, 10.0  # wide margins: a slow machine types "fast" too
        renders = len(ed.render_times)
        title = ed.controls("Title")[0]
        for end in range(1, 11):
            title.value = "InternVL 3"[:end]
            await asyncio.sleep(0.005)
        assert ed._pending is not None  # still typing: the preview waits
        assert "InternVL 3" not in ed.preview.value
        await asyncio.sleep(ed.delay + 0.3)
        assert ed._pending is None
        drawn = len(ed.render_times) - renders
        headings = preview_headings(ed)
        ed.close()
        return drawn, headings

    drawn, headings = asyncio.run(typing())
    assert drawn == 1  # ten keystrokes, one preview, of the final text
    assert headings[-4] == "Representative Achievement 1: InternVL 3"


def test_typing_without_pause_still_updates_the_preview(landing):
    async def typing():
        ed = Editor(landing)
        ed.delay, ed.max_wait = 10.0, 0.05  # only the max wait can draw while typing
        title = ed.controls("Title")[0]
        title.value = "A"
        await asyncio.sleep(0.1)
        title.value = "AB"  # past the max wait: drawn now, not 10 s later
        headings = preview_headings(ed)
        ed.close()
        return headings

    assert asyncio.run(typing())[-4] == "Representative Achievement 1: AB"


def test_flush_draws_a_pending_preview(landing):
    async def edit_then_flush():
        ed = Editor(landing)
        ed.control("Tag").value = "cv_prof"
        pending = ed._pending is not None
        ed.flush()
        names = preview_names(ed)
        ed.close()
        return pending, names

    pending, names = asyncio.run(edit_then_flush())
    assert pending and names == CV_PROF


def test_export_writes_the_page_as_the_preview_shows_it(editor, landing, tmp_site):
    editor.control("Tag").value = "cv_prof"
    upload(editor.controls("Upload image")[0], "chart.png", png("red"))
    editor.control("Export").click()
    out = tmp_site.parent / "build" / "multimodal.html"
    assert "Exported build/multimodal.html (with your unsaved edits)." in editor.status.value
    html_text = out.read_text(encoding="utf-8")
    assert preview_names_in(html_text) == CV_PROF
    assert f"data:image/png;base64,{base64.b64encode(png('red')).decode()}" in html_text
    assert "tag: mm_prof" in landing.path.read_text(encoding="utf-8")  # nothing saved
    assert "chart.png" not in listing(landing.path.parent)


def preview_names_in(text: str) -> list[str]:
    cards = re.findall(r'<h3 class="lk-name">(.*?)</h3>', text, re.S)
    return [re.sub(r"<(rp|rt)>.*?</\1>|<[^>]+>", "", card).strip() for card in cards]


# ------------------------------------------------------------------ people and team-showcase

TEAM = [("Principal Investigators", ["Kofi Mensah", "Anlan Zhou"]),
        ("Researchers", ["Jiahe He", "Nadia Haddad", "Lukas Meier"]),
        ("Students", ["Hana Kobayashi", "Sofia Lindqvist", "Daniel Okafor", "Tomás Reyes"]),
        ("Alumni", ["Sofia Lindqvist", "Lukas Meier", "Tomás Varga"])]


@pytest.fixture
def team(tmp_site) -> Editor:
    ed = lk.edit(lk.load(tmp_site / "people"))
    assert ed.errors == []
    yield ed
    ed.close()


def live_groups(editor: Editor, index: int = 0) -> list[tuple[str, list[str]]]:
    """The live list under a people block's controls: (group, names) in order."""
    html = editor._sections[index].people.value
    return [(name, re.findall(r"<li>(.*?)</li>", items)) for name, items in
            re.findall(r"<b>(.*?)</b>: \d+ \w+</p><ol[^>]*>(.*?)</ol>", html)]


def warnings_of(editor: Editor, index: int = 0) -> list[str]:
    found = re.findall(r"⚠ (.*?)</div>", editor._sections[index].people.value)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)) for text in found]


def test_people_section_shows_groups_counts_sorts_and_switches(team):
    assert [label for label, _ in team.control("Groups").options] == [
        "Principal Investigators (2 people)", "Researchers (3 people)",
        "Students (4 people)", "Alumni (3 people)"]
    assert [label for label, _ in team.control("New group").options] == [
        "Faculty (2 people)", "Visitors (1 person)"]
    assert team.control("Sort by").value == "Params.last_name"
    assert team.control("Sort by").options[-1] == ("Last name (as in the file)",
                                                   "Params.last_name")
    assert team.control("Ascending").value is True
    assert {name: team.control(name).value for name in (
        "show_role", "show_interests", "show_organizations", "show_social")} == {
        "show_role": True, "show_interests": False, "show_organizations": False,
        "show_social": True}
    assert live_groups(team) == TEAM
    assert preview_names(team) == [n for _, people in TEAM for n in people]
    assert warnings_of(team) == [
        "Elena Marchetti is in Visitors, which no block of this page lists.",
        "Mingyuan Lu is in Faculty, which no block of this page lists.",
        "Yutong Chen is in Faculty, which no block of this page lists."]


def test_adding_a_group_lists_its_people_and_saves_one_line(team):
    page = team.page
    before = page.path.read_text(encoding="utf-8")
    team.control("New group").value = "Visitors"
    team.control("Add group").click()
    assert page.sections[0].user_groups == ["Principal Investigators", "Researchers",
                                            "Students", "Alumni", "Visitors"]
    assert live_groups(team) == [*TEAM, ("Visitors", ["Elena Marchetti"])]
    assert [label for label, _ in team.control("New group").options] == ["Faculty (2 people)"]
    assert not any("Elena" in text for text in warnings_of(team))
    assert preview_names(team)[-1] == "Elena Marchetti"
    assert saved(team, before) == (
        "--- before\n+++ after\n"
        "@@ -17,0 +18 @@\n"
        "+        - Visitors\n")
    assert team.errors == []


def test_moving_and_removing_groups_then_undo(team):
    page = team.page
    before = page.path.read_text(encoding="utf-8")
    team.control("Groups").value = 3
    team.control("Group up").click()
    assert page.sections[0].user_groups == ["Principal Investigators", "Researchers",
                                            "Alumni", "Students"]
    assert team.control("Groups").value == 2  # the moved group stays chosen
    assert [g for g, _ in live_groups(team)] == ["Principal Investigators", "Researchers",
                                                 "Alumni", "Students"]
    team.control("Groups").value = 0
    team.control("Group down").click()
    team.control("Remove group").click()  # the moved one: Principal Investigators
    assert page.sections[0].user_groups == ["Researchers", "Alumni", "Students"]
    assert live_groups(team) == [TEAM[1], TEAM[3], TEAM[2]]
    assert "Kofi Mensah is in Principal Investigators, which no block of this page lists." \
        in warnings_of(team)
    assert [label for label, _ in team.control("New group").options] == [
        "Faculty (2 people)", "Principal Investigators (2 people)", "Visitors (1 person)"]
    assert saved(team, before) == (
        "--- before\n+++ after\n"
        "@@ -14 +13,0 @@\n"
        "-        - Principal Investigators\n"
        "@@ -15,0 +15 @@\n"
        "+        - Alumni\n"
        "@@ -17 +16,0 @@\n"
        "-        - Alumni\n")
    assert team.undo() and team.undo()
    assert page.sections[0].user_groups == ["Principal Investigators", "Researchers",
                                            "Alumni", "Students"]
    assert [label for label, _ in team.control("Groups").options][2] == "Alumni (3 people)"


def test_sort_and_switches_patch_their_own_lines(team):
    page = team.page
    before = page.path.read_text(encoding="utf-8")
    team.control("Sort by").value = "first_name"
    team.control("Ascending").value = False
    assert page.sections[0].sort_by == "first_name"
    assert live_groups(team)[0] == ("Principal Investigators", ["Kofi Mensah", "Anlan Zhou"])
    assert live_groups(team)[2] == ("Students", ["Tomás Reyes", "Sofia Lindqvist",
                                                 "Hana Kobayashi", "Daniel Okafor"])
    team.control("show_interests").value = True
    team.control("show_organizations").value = True
    assert page.sections[0].show_interests is True
    assert saved(team, before) == (
        "--- before\n+++ after\n"
        "@@ -18,2 +18,2 @@\n"
        "-      sort_by: Params.last_name\n"
        "-      sort_ascending: true\n"
        "+      sort_by: first_name\n"
        "+      sort_ascending: false\n"
        "@@ -21 +21 @@\n"
        "-      show_interests: false\n"
        "+      show_interests: true\n"
        "@@ -23,0 +24 @@\n"
        "+      show_organizations: true\n")


def test_a_misspelled_group_is_warned_with_the_spelling_listed(tmp_site):
    (tmp_site / "authors" / "tomas-varga" / "index.md").write_text(
        "+++\ntitle = \"Tomás Varga\"\nuser_groups = [\"Alumnus\"]\n+++\n", encoding="utf-8")
    ed = lk.edit(lk.load(tmp_site / "people"))
    try:
        assert "Tomás Varga is in Alumnus, which no block of this page lists. Did you mean " \
               "Alumni?" in warnings_of(ed)
        assert live_groups(ed)[3] == ("Alumni", ["Sofia Lindqvist", "Lukas Meier"])
    finally:
        ed.close()


def test_team_showcase_members_keep_the_groups_own_sorts(tmp_path):
    shutil.copytree(KIT, tmp_path / "kit")
    page = lk.load(tmp_path / "kit" / "content" / "team")
    before = page.path.read_text(encoding="utf-8")
    ed = lk.edit(page)
    try:
        assert [label for label, _ in ed.control("Groups").options] == [
            "Principal Investigators (1 person)", "Researchers (2 people)",
            "Students (2 people)", "Alumni (2 people)", "Visitors (0 people)"]
        assert warnings_of(ed) == ["The group Visitors is empty: nobody's user_groups "
                                   "names it."]
        assert ed.control("show_social").value is True
        assert 'class="lk-profiles"' in ed.preview.value
        ed.control("Groups").value = 4
        ed.control("Group up").click()
        ed.control("show_social").value = False
        assert 'class="lk-profiles"' not in ed.preview.value  # the preview follows the switch
        assert [g for g, _ in live_groups(ed)] == ["Principal Investigators", "Researchers",
                                                   "Students", "Visitors", "Alumni"]
        assert live_groups(ed)[4] == ("Alumni", ["Bruno Salas", "Fatima Zahra"])  # its own sort
        assert saved(ed, before) == (
            "--- before\n+++ after\n"
            "@@ -15,0 +16 @@\n"
            "+        - Visitors\n"
            "@@ -19 +19,0 @@\n"
            "-        - Visitors\n"
            "@@ -23,0 +24 @@\n"
            "+      show_social: false\n")
    finally:
        ed.close()


def test_team_showcase_without_groups_lists_everyone_and_a_lone_group_is_kept(tmp_path):
    shutil.copytree(KIT, tmp_path / "kit")
    ed = lk.edit(lk.load(tmp_path / "kit" / "content" / "everyone"))
    try:
        assert live_groups(ed)[0] == ("Everyone (no groups listed)", [
            "Chen Wei", "Ada Okoye", "Eli Park", "Dara M. Quinn", "Bruno Salas",
            "Fatima Zahra"])
        assert ed.control("Groups").options == ()
    finally:
        ed.close()
    team = tmp_path / "kit" / "content" / "team" / "index.md"
    text = team.read_text(encoding="utf-8")
    start = text.index("      user_groups:")
    team.write_text(text[:start] + "      user_groups: Alumni\n"
                    + text[text.index("    design:"):], encoding="utf-8")
    page = lk.load(team.parent)
    ed = lk.edit(page)
    try:
        assert [label for label, _ in ed.control("Groups").options] == ["Alumni (2 people)"]
        ed.control("New group").value = "Students"
        ed.control("Add group").click()
        assert page.sections[0].user_groups == ["Alumni", "Students"]
    finally:
        ed.close()
