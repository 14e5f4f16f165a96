"""A bootstrap fixture site exported in both looks: as it is, and with blox-tailwind imported in
place of blox-bootstrap (the same content), for the browser tests that compare the two."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import export

SITES = Path(__file__).resolve().parent / "sites"
BOOTSTRAP_MODULE = "github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5"
TAILWIND_MODULE = "github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind"


def export_both_looks(name: str, root: Path):
    """{look: the exported home page} of tests/sites/`name`, in a cache folder of `root`
    (yielded: the cache is restored after)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("LANDINGKIT_CACHE", str(root / "cache"))
    out = {}
    for look, module in (("bootstrap", BOOTSTRAP_MODULE), ("tailwind", TAILWIND_MODULE)):
        site = root / look
        shutil.copytree(SITES / name, site)
        config = site / "hugo.yaml"
        config.write_text(config.read_text(encoding="utf-8").replace(BOOTSTRAP_MODULE, module),
                          encoding="utf-8")
        out[look] = export.export_page(lk.load(site / "content"), root / f"{look}.html")
    yield out
    mp.undo()


def tailwind_at(folder: Path, version: str) -> Path:
    """`folder`, a fixture site's copy, its go.mod requiring blox-tailwind `version`."""
    gomod = folder / "go.mod"
    gomod.write_text(re.sub(r"(/modules/blox-tailwind) v\S+", rf"\1 {version}",
                            gomod.read_text()))
    return folder
