"""Draw the images of the kithero-kit fixture site: `python tests/sites/kithero_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_avatar, draw_diagram  # noqa: E402

SITE = HERE / "kithero-kit"
#: (file, title, size, seed): the heroes' media, a dark variant, a video's poster, a
#: background, the cards' featured images
IMAGES = [("assets/media/survey.png", "Dune survey", (1200, 800), 3),
          ("assets/media/archive.png", "Flight archive", (1200, 900), 4),
          ("assets/media/archive-dark.png", "Flight archive (dark)", (1200, 900), 5),
          ("static/media/gauge-poster.png", "Tide gauge", (1280, 720), 6),
          ("assets/media/shore.png", "Shore", (1600, 900), 7),
          ("content/posts/survey/featured.png", "Dune survey", (960, 540), 8),
          ("content/events/open-day/featured.png", "Open day", (960, 540), 9)]
AVATARS = {"mara-lind": "ML"}  # Tomás Brandt has none


def main() -> None:
    for name, title, size, seed in IMAGES:
        draw_diagram(SITE / name, title, size, seed=seed)
    for slug, initials in AVATARS.items():
        draw_avatar(SITE / "assets/media/authors" / f"{slug}.png", initials)


if __name__ == "__main__":
    main()
