"""Test helpers: Debian's headless Chromium through Playwright, and a real JupyterLab server.

The browser is Debian's ``chromium`` package (``make install`` puts it there); Playwright's own
browser downloads are never used. When Chromium or Playwright is missing a test is skipped on a
developer's machine and fails under CI (``CI=true``), so a CI run can't pass by skipping.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # we run as root in CI
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 800}
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when running under CI."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


@contextmanager
def chromium_context(**options) -> Iterator:
    """A Playwright persistent context of Debian Chromium, on a fresh profile, closed on exit."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        unavailable(f"{CHROMIUM} is missing: run `make install` (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed: run `make install`")
    options = {"viewport": VIEWPORT, **options}
    with (
        tempfile.TemporaryDirectory(prefix="lk-chromium-", ignore_cleanup_errors=True) as profile,
        sync_playwright() as pw,
    ):
        context = pw.chromium.launch_persistent_context(
            user_data_dir=profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            **options,
        )
        try:
            yield context
        finally:
            context.close()


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOOPBACK_HOSTS


def keep_offline(page) -> None:
    """Abort every request that is neither local (file:, data:, ...) nor to the loopback."""

    def handle(route) -> None:
        if _is_local(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    page.route("**/*", handle)


@dataclass
class PageLog:
    """What a page did: console errors, uncaught exceptions and every request it made."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    @property
    def network_requests(self) -> list[str]:
        """Requests that left the page's files (anything but file:, data:, blob:, about:)."""
        return [url for url in self.requests if urlsplit(url).scheme not in LOCAL_SCHEMES]


DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def open_page(page, path, viewport=DESKTOP, scheme="light") -> PageLog:
    """Open the file `path` at `viewport` in the colour `scheme`; what it logged and asked."""
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    log = watch(page)
    page.goto(path.as_uri(), wait_until="load")
    return log


def watch(page) -> PageLog:
    """Start recording a page's console errors, page errors and requests. Call before goto()."""
    log = PageLog()
    page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("request", lambda req: log.requests.append(req.url))
    page.on("requestfailed", lambda req: log.failed_requests.append(req.url))
    return log


def axe_violations(page, impacts=("serious", "critical"), context=None) -> list[dict]:
    """Run axe-core (bundled with axe-playwright-python, works offline) on the page.

    Returns axe's violation dicts (keys ``id``, ``impact``, ``help``, ``nodes``...) whose impact
    is in ``impacts``. ``context``, if given, is a CSS selector string (the package passes it to
    JavaScript through Python's repr, so a dict would not survive).

    ``preload`` is off: axe would otherwise re-fetch every stylesheet by XHR, which a file://
    page refuses (CORS) and which shows up as console errors and failed requests.
    """
    from axe_playwright_python.sync_playwright import Axe

    options = {"resultTypes": ["violations"], "preload": False}
    results = Axe().run(page, context=context, options=options)
    return [v for v in results.response["violations"] if v["impact"] in impacts]


def describe_violations(violations: list[dict]) -> str:
    """One line per violation, for assertion messages."""
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
    )


# --- JupyterLab ---------------------------------------------------------------------------

NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook panel on screen


@dataclass(frozen=True)
class JupyterLab:
    url: str  # base URL, ends with "/"
    token: str
    root_dir: Path
    home: Path  # private config/runtime/settings dirs and server.log; removed on exit

    def lab_url(self, path: str = "") -> str:
        """URL of the lab UI, opening ``path`` (relative to root_dir) when given."""
        tree = f"lab/tree/{quote(path)}" if path else "lab"
        return f"{self.url}{tree}?token={self.token}"

    def api(self, endpoint: str, method: str = "GET"):
        request = urllib.request.Request(
            f"{self.url}api/{endpoint}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _pids_mentioning(text: str) -> list[int]:
    """Processes whose command line contains ``text`` (our private runtime dir)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if text.encode() in (proc / "cmdline").read_bytes():
                    pids.append(int(proc.name))
            except OSError:
                pass
    return pids


@contextmanager
def jupyterlab_server(root_dir, timeout: float = 90) -> Iterator[JupyterLab]:
    """Run ``jupyter lab`` on 127.0.0.1 on a free port, serving ``root_dir``; stop it on exit.

    Config, runtime, workspace and user-settings dirs are private temporary dirs, so a
    developer's own JupyterLab setup doesn't leak in, and news/update toasts are switched off.
    """
    if importlib.util.find_spec("jupyterlab") is None:
        unavailable("jupyterlab is not installed: run `make install`")
    root_dir = Path(root_dir).resolve()
    home = Path(tempfile.mkdtemp(prefix="lk-jupyter-"))
    settings = home / "user-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True})
    )
    port, token = free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
    }
    cmd = [
        sys.executable, "-m", "jupyterlab",
        "--allow-root", "--no-browser",
        "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root_dir}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
        f"--LabApp.user_settings_dir={home / 'user-settings'}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    log_file = home / "server.log"
    with open(log_file, "wb") as log:
        proc = subprocess.Popen(
            cmd, env=env, cwd=root_dir, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    server = JupyterLab(f"http://127.0.0.1:{port}/", token, root_dir, home)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"jupyter lab exited with {proc.returncode}:\n{_log_tail(log_file)}"
                )
            try:
                server.api("status")
                break
            except OSError:  # includes URLError and HTTPError
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"jupyter lab did not answer /api/status in {timeout}s:\n"
                        f"{_log_tail(log_file)}"
                    ) from None
                time.sleep(0.2)
        try:
            yield server
        except BaseException:
            print(f"--- tail of the jupyter lab log ---\n{_log_tail(log_file, 60)}")
            raise
    finally:
        _stop(proc, server)
        shutil.rmtree(home, ignore_errors=True)


def lingering_processes(server: JupyterLab) -> list[int]:
    """Server or kernel processes still running from this server's private dirs."""
    return _pids_mentioning(str(server.home))


def _stop(proc: subprocess.Popen, server: JupyterLab) -> None:
    # Kernels run in process groups of their own, so ask the server to shut them down first,
    # then end the server's group, and last any kernel still using our private runtime dir.
    if proc.poll() is None:
        try:
            server.api("shutdown", method="POST")
            proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue
    proc.wait()
    for pid in lingering_processes(server):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def write_notebook(path, *sources: str) -> Path:
    """Write a Python 3 notebook with one code cell per source."""
    cells = [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": f"cell-{i}",
            "metadata": {},
            "outputs": [],
            "source": source,
        }
        for i, source in enumerate(sources)
    ]
    notebook = {
        "cells": cells,
        "metadata": {
            "kernelspec": {
                "display_name": "Python 3 (ipykernel)",
                "language": "python",
                "name": "python3",
            },
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = Path(path)
    path.write_text(json.dumps(notebook, indent=1))
    return path


def wait_kernel_idle(page, settle: float = 0.3, timeout: float = 60) -> None:
    """Wait until the visible notebook has its kernel and the kernel has stayed idle for
    ``settle`` seconds.

    While a notebook opens, its toolbar says "No Kernel" and its execution indicator "idle"
    before the server has started the kernel (about a second; longer on a busy machine). Run
    All Cells in that window runs nothing: JupyterLab finds no kernel and clears the cells'
    prompts. So idle counts only once the kernel's name is shown.
    """
    panel = page.locator(NOTEBOOK)
    deadline = time.monotonic() + timeout
    idle_since = None
    state = None
    while time.monotonic() < deadline:
        state = panel.evaluate(_KERNEL_STATE) if panel.count() == 1 else None
        if state is not None and state[1] == "idle" and state[0] not in ("", "No Kernel"):
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since >= settle:
                return
        else:
            idle_since = None
        page.wait_for_timeout(50)
    raise TimeoutError(f"kernel not idle after {timeout}s (kernel name and status: {state})")


# The kernel the notebook's toolbar names, and its execution status.
_KERNEL_STATE = """(panel) => [
  panel.querySelector('.jp-KernelName')?.textContent.trim() ?? '',
  panel.querySelector('.jp-Notebook-ExecutionIndicator')?.getAttribute('data-status') ?? null,
]"""


# Sets window.__lkStarted once any cell prompt of the visible notebook shows "[*]".
_WATCH_PROMPTS = """(panel) => {
  const notebook = document.querySelector(panel + ' .jp-Notebook');
  const running = () => [...notebook.querySelectorAll('.jp-InputPrompt')]
    .some(p => p.textContent.includes('*'));
  window.__lkStarted = false;
  window.__lkRunning = running;
  window.__lkObserver?.disconnect();
  window.__lkObserver = new MutationObserver(() => { if (running()) window.__lkStarted = true; });
  window.__lkObserver.observe(notebook, {subtree: true, childList: true, characterData: true});
}"""


def run_all_cells(page, timeout: float = 120) -> None:
    """Run > Run All Cells from the menu bar; return once every cell has run (no "[*]" left)."""
    wait_kernel_idle(page)
    page.evaluate(_WATCH_PROMPTS, NOTEBOOK)
    page.locator(".lm-MenuBar-item").get_by_text("Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(
            "() => window.__lkStarted && !window.__lkRunning()", timeout=timeout * 1000
        )
    except PlaywrightTimeout:
        prompts = page.locator(f"{NOTEBOOK} .jp-InputPrompt").all_inner_texts()
        status = page.locator(f"{NOTEBOOK} .jp-Notebook-ExecutionIndicator").get_attribute(
            "data-status")
        raise TimeoutError(f"cells still not run after {timeout}s: prompts {prompts}, "
                           f"kernel {status}") from None
    wait_kernel_idle(page, settle=0)
