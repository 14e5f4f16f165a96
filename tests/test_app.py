"""`landingkit edit PAGE`: the editor as a Voilà web app, started as a user starts it.

The app listens on 127.0.0.1 only, refuses requests without its token, serves the same
editor (driven here in Chromium: change the Tag, save) and stops cleanly on Ctrl-C (SIGINT):
exit status 0, Voilà and its kernel gone, the port and the temporary folder released.
"""

from __future__ import annotations

import difflib
import http.client
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from browser import free_port, watch
from editor_checks import (
    BOXES,
    DRAWN,
    FONT_AWESOME,
    OUT_OF_SIGHT,
    drawn_sentence,
    side_by_side,
    stacked,
)

from landingkit.app import notebook
from landingkit.site import Site

REPO = Path(__file__).resolve().parents[1]
URL = re.compile(r"^Open this URL in a browser: (http://127\.0\.0\.1:(\d+)/\?token=([\w-]+))$")
SAVED = "Saved content/research/multimodal/index.md."  # the status after a save
MM_PROF = ["Anlan Zhou", "Daniel Okafor", "Jiahe He", "Mingyuan Lu", "Shuqing Wang",
           "Yutong Chen"]
STUDENT = ["Sofia Lindqvist", "Daniel Okafor", "Hana Kobayashi"]
PREVIEW_NAMES = """() => [...document.querySelectorAll('.lk-editor-preview .lk-name')].map(e => {
  const name = e.cloneNode(true);
  name.querySelectorAll('rt, rp').forEach(x => x.remove());
  return name.textContent.trim();
})"""

pytestmark = pytest.mark.jupyter


class App:
    """`landingkit edit` in a subprocess, its output read line by line."""

    def __init__(self, page_dir: Path, cwd: Path, port: int):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "landingkit.cli", "edit", str(page_dir), "--port", str(port)],
            cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.lines: queue.Queue[str] = queue.Queue()
        self.stdout: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_url(self, timeout: float = 90) -> re.Match:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.proc.poll() is None, (
                    f"app exited {self.proc.returncode}: {self.proc.stderr.read()}")
                continue
            self.stdout.append(line)
            if match := URL.match(line):
                return match
        raise TimeoutError(f"no URL printed in {timeout}s: {self.stdout}")

    def interrupt(self, timeout: float = 30) -> tuple[int, str, str]:
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=timeout)
        time.sleep(0.1)  # let the reader thread drain
        while not self.lines.empty():
            self.stdout.append(self.lines.get())
        return code, "\n".join(self.stdout), self.proc.stderr.read()

    def stop(self) -> None:
        """After a failure: stop the app as Ctrl-C does, and end whatever it left running."""
        if self.proc.poll() is not None:
            return
        below = descendants(self.proc.pid)  # Voilà runs in a session of its own
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for pid in below:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (Voilà and its kernel)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def listening_addresses(port: int) -> set[str]:
    """Local addresses of the sockets listening on `port`, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                if len(address) == 8:
                    found.add(socket.inet_ntop(socket.AF_INET,
                                               bytes.fromhex(address)[::-1]))
                else:
                    words = [bytes.fromhex(address[i:i + 8])[::-1] for i in range(0, 32, 8)]
                    found.add(socket.inet_ntop(socket.AF_INET6, b"".join(words)))
    return found


def names_are(page, expected: list[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while (names := page.evaluate(PREVIEW_NAMES)) != expected:
        assert time.monotonic() < deadline, f"preview shows {names}, expected {expected}"
        page.wait_for_timeout(50)


def get(port: int, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def test_the_app_notebook_opens_the_page_in_the_editor(tmp_site):
    page = Site(tmp_site).page("research/multimodal", "zh")
    nb = notebook(page)
    (cell,) = nb["cells"]
    assert f"page = Site({str(tmp_site.resolve())!r}).page(" in cell["source"]
    assert f"{str(page.path.resolve())!r}, 'zh')" in cell["source"]
    assert cell["source"].rstrip().endswith("landingkit.edit(page)")


def test_a_busy_port_is_refused_before_anything_starts(tmp_site, capsys):
    from landingkit.cli import main

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["edit", str(tmp_site / "research" / "multimodal"), "--port", str(port)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == (f"port {port} of 127.0.0.1 is in use: choose another with --port, or "
                   "leave it out for a free one\n")


def test_edit_app_in_chromium_then_ctrl_c(page, tmp_site, tmp_path):
    from playwright.sync_api import expect

    index = tmp_site / "research" / "multimodal" / "index.md"
    before = index.read_text(encoding="utf-8")
    port = free_port()
    app = App(tmp_site / "research" / "multimodal", tmp_site.parent, port)
    try:
        url, printed_port, token = app.wait_for_url().groups()
        assert int(printed_port) == port and len(token) >= 24
        assert app.stdout[0] == f"Editing {index} [en]"

        # 127.0.0.1 only, and nothing without the token
        assert listening_addresses(port) == {"127.0.0.1"}
        for path in ("/", "/?token=wrong", "/voila/api/contents/", "/api/kernels"):
            status, body = get(port, path)
            assert status in (302, 403, 404), (path, status)
            assert "landingkit" not in body

        page.set_viewport_size({"width": 1400, "height": 900})
        page.goto(url)
        editor = page.locator(".landingkit-editor")
        editor.wait_for(timeout=90_000)  # Voilà runs the notebook first
        names_are(page, MM_PROF)
        editor.get_by_label("Tag", exact=True).fill("student")
        names_are(page, STUDENT)
        expect(editor.locator(".landingkit-members li")).to_have_text(STUDENT)
        editor.get_by_role("button", name="Save").click()
        editor.get_by_text(SAVED, exact=True).wait_for(timeout=10_000)
        assert "".join(difflib.unified_diff(
            before.splitlines(keepends=True),
            index.read_text(encoding="utf-8").splitlines(keepends=True), n=0)) == (
            "--- \n+++ \n@@ -24 +24 @@\n-        tag: mm_prof\n+        tag: student\n")
        page.goto("about:blank")

        below = descendants(app.proc.pid)
        assert len(below) >= 2  # Voilà and the kernel it started for the page
        folder = next(arg for pid in below for arg in
                      Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
                      if "landingkit-edit-" in arg and arg.endswith(".ipynb"))
        code, stdout, stderr = app.interrupt()
    finally:
        app.stop()
    assert code == 0, stderr
    assert stdout.endswith("Press Ctrl-C to stop.\n\nStopping the editor app...")
    assert "Traceback" not in stderr
    assert [pid for pid in below if alive(pid)] == []
    assert not Path(folder).parent.exists()
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0


CV_PROF = ["Kofi Mensah", "Beatriz Almeida", "Émile Durand", "Ingrid Solberg"]


def in_sight(editor) -> str:
    return "\n".join(editor.evaluate(OUT_OF_SIGHT))


def card_names(html: str) -> list[str]:
    cards = re.findall(r'<h3 class="lk-name">(.*?)</h3>', html, re.S)
    return [re.sub(r"<(rp|rt)>.*?</\1>|<[^>]+>", "", card).strip() for card in cards]


def test_the_app_at_1280_and_390_px(page, tmp_site, tmp_path):
    """Offline with its icons; every control in sight; export with unsaved edits; an upload
    staged until Save; a merge with a conflict resolved by choice; stacked on a phone."""
    from PIL import Image

    index = tmp_site / "research" / "multimodal" / "index.md"
    bundle = index.parent
    files = sorted(p.name for p in bundle.iterdir())
    image = tmp_path / "chart.png"
    Image.new("RGB", (64, 48), "#16a34a").save(image)
    log = watch(page)
    app = App(bundle, tmp_site.parent, free_port())
    try:
        url = app.wait_for_url().group(1)
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(url)
        editor = page.locator(".landingkit-editor")
        editor.wait_for(timeout=90_000)
        names_are(page, MM_PROF)
        assert page.evaluate(FONT_AWESOME) == [True, '"Font Awesome 5 Free"', True]
        assert in_sight(editor) == ""
        assert side_by_side(editor.evaluate(BOXES))
        sentences, columns = editor.evaluate(DRAWN)
        assert sentences == [drawn_sentence(columns)]

        editor.get_by_label("Tag", exact=True).fill("cv_prof")
        names_are(page, CV_PROF)
        editor.get_by_role("button", name="Export").click()
        editor.get_by_text("Exported build/multimodal.html (with your unsaved edits).",
                           exact=True).wait_for(timeout=10_000)
        exported = (tmp_site.parent / "build" / "multimodal.html").read_text(encoding="utf-8")
        assert card_names(exported) == CV_PROF

        with page.expect_file_chooser() as chooser:
            editor.locator(".lk-card").nth(1).get_by_role("button", name="Upload image").click()
        chooser.value.set_files(image)
        editor.get_by_text("Added chart.png: Save writes it into the page's folder.").wait_for(
            timeout=10_000)
        assert sorted(p.name for p in bundle.iterdir()) == files

        outside = index.read_text(encoding="utf-8").replace("tag: mm_prof", "tag: student") \
            .replace("columns: 4", "columns: 3")
        index.write_text(outside, encoding="utf-8")
        editor.get_by_role("button", name="Save").click()
        editor.get_by_role("button", name="Merge with the file on disk").click()
        editor.get_by_text("sections[1].content.filters.tag", exact=True).wait_for()
        assert in_sight(editor) == ""
        editor.get_by_label("Take the disk's").check()
        editor.get_by_role("button", name="Apply the merge").click()
        names_are(page, STUDENT)
        editor.get_by_role("button", name="Save").click()
        editor.get_by_text(
            "Saved content/research/multimodal/index.md, content/research/multimodal/chart.png.",
            exact=True).wait_for(timeout=10_000)
        editor.evaluate("e => { window.scrollTo(0, 0); e.querySelectorAll("
                        "'.lk-editor-form, .lk-editor-preview').forEach(x => x.scrollTop = 0); }")
        page.wait_for_timeout(300)
        page.screenshot(path=tmp_path / "editor-app-1280.png")
        if os.environ.get("UPDATE_SCREENSHOTS"):
            page.screenshot(path=REPO / "docs" / "screenshots" / "editor-app-1280.png")

        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(500)
        assert in_sight(editor) == ""
        assert stacked(editor.evaluate(BOXES))
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=tmp_path / "editor-app-390.png")
        if os.environ.get("UPDATE_SCREENSHOTS"):
            page.screenshot(path=REPO / "docs" / "screenshots" / "editor-app-390.png")
        page.goto("about:blank")
        code, _, stderr = app.interrupt()
    finally:
        app.stop()
    assert code == 0, stderr
    assert "".join(difflib.unified_diff(
        outside.splitlines(keepends=True), index.read_text(encoding="utf-8").splitlines(
            keepends=True), n=0)) == (
        "--- \n+++ \n@@ -36 +36 @@\n"
        "-        ![VideoMAE](/research/multimodal/videomae.png)\n"
        "+        ![VideoMAE](/research/multimodal/chart.png)\n")
    assert (bundle / "chart.png").read_bytes() == image.read_bytes()
    assert log.failed_requests == [] and log.page_errors == []
    assert [u for u in log.requests if not u.startswith(("http://127.0.0.1:", "data:",
                                                           "blob:"))] == []
