"""Draw the images of the blocks-c fixture sites: `python tests/sites/blocks_c_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_diagram  # noqa: E402

IMAGES = {
    "assets/media/slide-tide.png": ("Tides since 1998", (1600, 600)),
    "content/project/harbour-map/featured.png": ("Harbour map", (960, 540)),
    "content/project/tide-gauge/featured.png": ("Tide gauge", (960, 540)),
    "content/project/reef-survey/featured.png": ("Reef survey", (960, 540)),
    "content/projects/tide-gauge/featured.png": ("Tide gauge", (960, 540)),
}


def main() -> None:
    for site in ("blocks-c-bootstrap", "blocks-c-tailwind"):
        for name, (title, size) in IMAGES.items():
            path = HERE / site / name
            if path.parent.is_dir() or (name.startswith("assets/") and site.endswith("strap")):
                path.parent.mkdir(parents=True, exist_ok=True)
                draw_diagram(path, title, size, seed=7)


if __name__ == "__main__":
    main()
