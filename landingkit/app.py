"""`landingkit edit PAGE`: the notebook editor as a standalone web app (Voilà).

A temporary notebook that opens the page in the editor is served by Voilà on 127.0.0.1
only, behind a random token; the URL with the token is printed. Ctrl-C stops Voilà and
its kernel and removes the temporary folder.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from pathlib import Path

from .errors import LandingkitError

HOST = "127.0.0.1"
TEMPLATES = Path(__file__).parent  # holds voila/templates/landingkit
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0

CELL = """\
import os

import landingkit
from landingkit.site import Site

os.chdir({cwd!r})  # paths in messages read as in the terminal that started the editor
page = Site({root!r}).page({path!r}, {lang!r})
landingkit.edit(page)
"""


def notebook(page) -> dict:
    """A notebook of one cell that shows `page` in the editor."""
    root = page.site.root if page.site is not None else page.path.parent
    source = CELL.format(cwd=os.getcwd(), root=str(Path(root).resolve()),
                         path=str(Path(page.path).resolve()), lang=page.lang)
    return {
        "cells": [{"cell_type": "code", "execution_count": None, "id": "editor",
                   "metadata": {}, "outputs": [], "source": source}],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                    "language": "python", "name": "python3"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def serve(page, port: int = 0) -> int:
    """Serve the editor for `page` until Ctrl-C; return the exit status (0 after Ctrl-C)."""
    try:
        import voila  # noqa: F401
    except ImportError:
        raise LandingkitError("the editor app needs Voilà: pip install 'landingkit[app]'") \
            from None
    if page.site is None:
        raise LandingkitError("the page must belong to a site (landingkit.load finds it)",
                              page.path)
    port = port or free_port()
    with socket.socket() as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            raise LandingkitError(f"port {port} of {HOST} is in use: choose another with "
                                  "--port, or leave it out for a free one") from None
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if main else None  # `kill` = Ctrl-C
    try:
        return _serve(page, port)
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


def _serve(page, port: int) -> int:
    token = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="landingkit-edit-") as folder:
        folder = Path(folder)
        name = f"{page.path.parent.name}.ipynb"
        (folder / name).write_text(json.dumps(notebook(page), indent=1), encoding="utf-8")
        (folder / "kernels").mkdir()
        cmd = [sys.executable, "-m", "voila", str(folder / name), "--no-browser",
               f"--Voila.ip={HOST}", f"--Voila.port={port}", "--Voila.port_retries=0",
               f"--Voila.token={token}", f"--Voila.connection_dir_root={folder / 'kernels'}",
               "--VoilaConfiguration.show_tracebacks=True", "--theme=light",
               "--template=landingkit"]
        # our template (landingkit/voila/templates/landingkit) is found on the Jupyter path
        env = {**os.environ, "JUPYTER_PATH": os.pathsep.join(
            [str(TEMPLATES), *filter(None, [os.environ.get("JUPYTER_PATH")])])}
        log_path = folder / "voila.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, cwd=folder, env=env,
                                    start_new_session=True)
        try:
            if not _wait_listening(proc, port):
                print(f"landingkit: the editor app did not start:\n{_tail(log_path)}",
                      file=sys.stderr)
                return 1
            url = f"http://{HOST}:{port}/?token={token}"
            print(f"Editing {page.path} [{page.lang}]", flush=True)
            print(f"Open this URL in a browser: {url}", flush=True)
            print("Press Ctrl-C to stop.", flush=True)
            while proc.poll() is None:
                time.sleep(0.2)
            print(f"landingkit: the editor app stopped (exit {proc.returncode}):\n"
                  f"{_tail(log_path)}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("\nStopping the editor app...", flush=True)
            return 0
        finally:
            _stop(proc, str(folder))


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _wait_listening(proc: subprocess.Popen, port: int) -> bool:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex((HOST, port)) == 0:
                return True
        time.sleep(0.1)
    return False


def _stop(proc: subprocess.Popen, marker: str) -> None:
    """Ask Voilà to stop (it shuts its kernels down), then make sure everything ended."""
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    for pid in processes_mentioning(marker):  # a kernel Voilà could not stop
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def processes_mentioning(text: str) -> list[int]:
    """Processes whose command line contains `text` (the app's private folder)."""
    found = []
    proc_root = Path("/proc")
    if not proc_root.is_dir():
        return found
    for entry in proc_root.iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            with suppress(OSError):
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
    return found


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
