"""Draw this fixture site's images: `python tests/sites/academic48/draw_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from sample_art import draw_avatar, draw_diagram  # noqa: E402

#: the people's avatars (Tomas Reyes has none: his card shows no image)
AVATARS = {
    "content/authors/mira-solberg/avatar.png": "MS",
    "content/authors/jonas-okoro/avatar.jpg": "JO",
    "content/authors/li-wen/avatar.png": "LW",
    "content/authors/petra-nyx/avatar.png": "PN",
}
#: the bundles' featured images (the compact view shows them 150 px wide)
DIAGRAMS = {
    "content/post/tide-gauge/featured.png": ("Tide gauge", (1200, 800)),
    "content/talk/harbour-talk/featured.png": ("Harbour talk", (1200, 675)),
}


def main() -> None:
    for path, initials in AVATARS.items():
        draw_avatar(HERE / path, initials, (300, 300))
    for path, (title, size) in DIAGRAMS.items():
        draw_diagram(HERE / path, title, size)


if __name__ == "__main__":
    main()
