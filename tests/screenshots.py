"""Redraw the README's screenshots of the exported sample page (desktop and phone).

    python tests/screenshots.py

Exports content/research/multimodal as `landingkit export` does, opens it in Debian's headless
Chromium (the browser the tests use, see tests/browser.py) and writes
docs/screenshots/sample-desktop.png and docs/screenshots/sample-phone.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = REPO / "docs" / "screenshots"
SHOTS = {  # name: (viewport, device scale, height of the picture in CSS pixels)
    "sample-desktop.png": ({"width": 1280, "height": 900}, 1, 1500),
    "sample-phone.png": ({"width": 390, "height": 844}, 2, 1400),
}


def main() -> int:
    sys.path.insert(0, str(HERE))
    from browser import chromium_context, keep_offline, watch

    import landingkit as lk

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "multimodal.html"
        lk.export_page(lk.load(REPO / "content" / "research" / "multimodal"), html)
        for name, (viewport, scale, height) in SHOTS.items():
            with chromium_context(viewport=viewport, device_scale_factor=scale,
                                  color_scheme="light") as context:
                page = context.new_page()
                keep_offline(page)
                log = watch(page)
                page.goto(html.as_uri(), wait_until="load")
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
