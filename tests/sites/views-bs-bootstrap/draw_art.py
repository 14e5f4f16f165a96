"""Draw this fixture site's images: `python tests/sites/views-bs-bootstrap/draw_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from sample_art import draw_avatar, draw_diagram  # noqa: E402

#: featured images of different shapes (the views crop and resize them differently)
DIAGRAMS = {
    "content/post/first-light/featured.png": ("First light", (1200, 800)),
    "content/publication/graph-paper/featured.png": ("Sparse graphs", (1200, 600)),
    "content/project/robots/featured.png": ("Patient robots", (900, 900)),
    "assets/media/sky.png": ("Sky maps", (1600, 900)),
}
AVATARS = {"content/authors/ada-lovelace/avatar.png": "AL",
           "content/authors/ben-okafor/avatar.png": "BO"}


def main() -> None:
    for path, (title, size) in DIAGRAMS.items():
        draw_diagram(HERE / path, title, size)
    for path, initials in AVATARS.items():
        draw_avatar(HERE / path, initials)


if __name__ == "__main__":
    main()
