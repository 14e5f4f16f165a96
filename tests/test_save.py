"""Saving: a temporary file in the page's folder renamed over the page, so that a save killed
at any moment leaves the old file or the new one; a change on disk since loading (by content,
not by time stamp) makes the save refuse and write nothing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from landingkit import CollectionBlock, LandingkitError, Page

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "content" / "research" / "multimodal" / "index.md"
CHANGED = ("changed on disk since it was loaded; reload it (your edits are kept in memory) "
           "and save again")


def members(page: Page) -> CollectionBlock:
    return next(b for b in page.sections if isinstance(b, CollectionBlock))


@pytest.fixture
def seed(tmp_path) -> Path:
    path = tmp_path / "multimodal" / "index.md"
    path.parent.mkdir()
    shutil.copyfile(SEED, path)
    return path


def others(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


# ---------------------------------------------------------------- how a save writes

_events: list[tuple[str, tuple]] | None = None


def _audit(event: str, args: tuple) -> None:
    if _events is not None and event in ("open", "os.rename", "os.remove", "os.truncate"):
        _events.append((event, args))


sys.addaudithook(_audit)  # observes the real calls; audit hooks cannot be removed


def test_save_writes_a_temporary_file_beside_the_page_and_renames_it(seed):
    global _events
    page = Page.load(seed)
    members(page).count = 7
    inode = seed.stat().st_ino
    _events = []
    try:
        assert page.save() is True
    finally:
        events, _events = _events, None
    writes = [args[0] for event, args in events if event == "open" and isinstance(args[0], str)
              and isinstance(args[2], int) and args[2] & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)]
    assert len(writes) == 1
    tmp = Path(writes[0])
    assert tmp.parent == seed.parent
    assert tmp.name.startswith(".index.md.") and tmp.name.endswith(".tmp")
    assert [tuple(map(str, args[:2])) for event, args in events if event == "os.rename"] \
        == [(str(tmp), str(seed))]
    assert not any(event in ("os.remove", "os.truncate") for event, _ in events)
    assert not tmp.exists()
    assert seed.stat().st_ino != inode  # a new file took the old one's place
    assert others(seed) == []
    assert "      count: 7\n" in seed.read_text(encoding="utf-8")


def test_save_keeps_the_file_mode(seed):
    for mode in (0o600, 0o640, 0o664, 0o755):
        seed.chmod(mode)
        page = Page.load(seed)
        members(page).count = (members(page).count or 0) + 1
        assert page.save()
        assert stat.S_IMODE(seed.stat().st_mode) == mode


def test_no_change_writes_nothing(seed):
    page = Page.load(seed)
    before = seed.stat()
    members(page).count = 5
    members(page).count = 0
    assert page.save() is False
    after = seed.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_two_saves_in_a_row_each_check_against_what_the_first_wrote(seed):
    page = Page.load(seed)
    members(page).count = 1
    assert page.save()
    members(page).count = 2
    assert page.save()
    assert "      count: 2\n" in seed.read_text(encoding="utf-8")
    members(page).count = 3
    seed.write_bytes(seed.read_bytes().replace(b"count: 2", b"count: 9"))
    with pytest.raises(LandingkitError) as err:
        page.save()
    assert str(err.value) == f"{seed}: {CHANGED}"


# ---------------------------------------------------------------- a change on disk


def test_a_change_with_the_same_size_and_time_stamp_is_detected(seed):
    page = Page.load(seed)
    members(page).count = 7
    before = seed.stat()
    theirs = seed.read_bytes().replace(b"tag: mm_prof", b"tag: mm_stud")
    seed.write_bytes(theirs)
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (seed.stat().st_size, seed.stat().st_mtime_ns) == (before.st_size,
                                                              before.st_mtime_ns)
    with pytest.raises(LandingkitError) as err:
        page.save()
    assert str(err.value) == f"{seed}: {CHANGED}"
    assert seed.read_bytes() == theirs
    assert others(seed) == []
    assert page.dirty and members(page).count == 7  # the edit is still there to redo


def test_a_deleted_file_is_not_written_again(seed):
    page = Page.load(seed)
    members(page).count = 7
    seed.unlink()
    with pytest.raises(LandingkitError) as err:
        page.save()
    assert str(err.value) == f"{seed}: {CHANGED}"
    assert not seed.exists()
    assert others(seed) == []


def test_a_touched_but_unchanged_file_saves(seed):
    page = Page.load(seed)
    members(page).count = 7
    time.sleep(0.01)
    seed.touch()
    assert page.save() is True


def test_a_failing_write_says_so_and_leaves_the_file(seed):
    """A real failure: the file size limit (RLIMIT_FSIZE) is below the new file's size."""
    script = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
from landingkit import LandingkitError, Page
page = Page.load(sys.argv[1])
page.achievements[0].body = "A long text. " * 1000
try:
    page.save()
except LandingkitError as exc:
    print(exc)
"""
    raw = seed.read_bytes()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(  # this tree's landingkit
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", script, str(seed)], capture_output=True,
                          text=True, timeout=120, cwd=seed.parent, env=env)
    assert done.stderr == ""
    assert done.stdout == "index.md: cannot save: File too large; the file on disk is unchanged\n"
    assert seed.read_bytes() == raw
    assert others(seed) == []


# ---------------------------------------------------------------- killed while saving


def _save_forever(path: Path) -> None:
    """In a forked child: alternate between two versions of the page, saving each."""
    try:
        page = Page.load(path)
        while True:
            block = members(page)
            block.count = 1 - (block.count or 0)
            page.save()
    finally:
        os._exit(1)


def kill_while_saving(path: Path, kills: int, rng: random.Random) -> dict[str, int]:
    """Kill a saving process `kills` times; after each, the file is version A or B, whole."""
    a = path.read_bytes()
    page = Page.load(path)
    members(page).count = 1
    b = page.to_text().encode("utf-8")
    assert a != b
    seen = {"old": 0, "new": 0, "temporary file left": 0}
    for _ in range(kills):
        pid = os.fork()
        if pid == 0:
            _save_forever(path)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        now = path.read_bytes()
        assert now in (a, b), f"after a kill the file is neither version ({len(now)} bytes)"
        seen["old" if now == a else "new"] += 1
        leftovers = others(path)
        assert all(n.startswith(".index.md.") and n.endswith(".tmp") for n in leftovers)
        seen["temporary file left"] += bool(leftovers)
        for name in leftovers:
            (path.parent / name).unlink()
        Page.load(path)  # whole, and readable
    return seen


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(seed):
    # a longer page makes each write take longer, so more kills land inside one
    page = Page.load(seed)
    page.achievements[0].body = "\n\n".join(f"Paragraph {i}. " * 40 for i in range(300))
    page.save()
    seen = kill_while_saving(seed, 40, random.Random(6))
    assert seen["old"] + seen["new"] == 40
