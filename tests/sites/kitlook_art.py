"""Draw the images of the kitlook-look fixture site: `python tests/sites/kitlook_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_avatar, draw_diagram  # noqa: E402

SITE = HERE / "kitlook-look"
FEATURED = {"dune-survey": "Dune survey", "tide-gauge": "Tide gauge",
            "open-archive": "Flight archive"}
AVATARS = {"mara-lind": "ML", "yuki-sato": "YS"}  # Tomás Brandt has none


def main() -> None:
    for slug, title in FEATURED.items():
        draw_diagram(SITE / "content/posts" / slug / "featured.png", title, (960, 540), seed=3)
    for slug, name in AVATARS.items():
        draw_avatar(SITE / "assets/media/authors" / f"{slug}.png", name)


if __name__ == "__main__":
    main()
