"""Redraw the README's screenshots of the exported sample page, in both theme looks, light and
dark, on a desktop and a phone.

    python tests/screenshots.py

Exports content/research/multimodal as `landingkit export` does, once as the sample is (a
blox-tailwind site) and once as a blox-bootstrap site (the same content and configuration with
its module.yaml naming blox-bootstrap, in a temporary folder), opens each in Debian's headless
Chromium (the browser the tests use, see tests/browser.py) and writes
docs/screenshots/<look>-<desktop|phone>[-dark].png.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = REPO / "docs" / "screenshots"
SHOTS = {  # name: (viewport, device scale, height of the picture in CSS pixels)
    "desktop": ({"width": 1280, "height": 900}, 1, 1500),
    "phone": ({"width": 390, "height": 844}, 2, 1400),
}
BOOTSTRAP = "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap\n"


def main() -> int:
    sys.path.insert(0, str(HERE))
    from browser import chromium_context, keep_offline, watch

    import landingkit as lk

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        boot = Path(tmp) / "bootstrap"
        shutil.copytree(REPO / "content", boot / "content")
        shutil.copytree(REPO / "config", boot / "config")
        shutil.copytree(REPO / "layouts", boot / "layouts")  # its own people-grid view
        (boot / "config" / "_default" / "module.yaml").write_text(BOOTSTRAP, encoding="utf-8")
        pages = {"tailwind": REPO / "content", "bootstrap": boot / "content"}
        for look, content in pages.items():
            html = Path(tmp) / f"{look}.html"
            lk.export_page(lk.Site(content).page("research/multimodal"), html)
            for kind, (viewport, scale, height) in SHOTS.items():
                for scheme in ("light", "dark"):
                    name = f"{look}-{kind}{'-dark' if scheme == 'dark' else ''}.png"
                    with chromium_context(viewport=viewport, device_scale_factor=scale,
                                          color_scheme=scheme) as context:
                        page = context.new_page()
                        keep_offline(page)
                        log = watch(page)
                        page.goto(html.as_uri(), wait_until="load")
                        page.evaluate("document.fonts.ready")
                        full = page.evaluate("document.documentElement.scrollHeight")
                        page.screenshot(path=str(OUT / name), full_page=True,
                                        clip={"x": 0, "y": 0, "width": viewport["width"],
                                              "height": min(height, full)})
                        if log.console_errors or log.page_errors or log.network_requests:
                            print(f"{name}: {log}", file=sys.stderr)
                            return 1
                    print(f"wrote {(OUT / name).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
