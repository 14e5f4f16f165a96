"""Draw this fixture site's images: `python tests/sites/wowchemy-pages/draw_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from sample_art import draw_diagram  # noqa: E402

#: the bundles' featured images, of different shapes (the views resize and crop them)
DIAGRAMS = {
    "content/post/first-light/featured.png": ("First light", (1200, 800)),
    "content/post/robot-arm/featured.png": ("Robot arm", (900, 900)),
    "content/publication/graph-paper/featured.png": ("Sparse graphs", (1200, 600)),
    "content/event/open-night/featured.png": ("Open night", (1200, 675)),
}


def main() -> None:
    for path, (title, size) in DIAGRAMS.items():
        draw_diagram(HERE / path, title, size)


if __name__ == "__main__":
    main()
