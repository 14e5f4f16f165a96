"""Draw the images of the tailv10-tailwind fixture site: `python tests/sites/tailv10_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_avatar, draw_diagram  # noqa: E402

SITE = HERE / "tailv10-tailwind"
FEATURED = {"kelp-census": "Kelp census", "sediment-cores": "Sediment cores"}
AVATARS = {"rosa-ortiz": "RO"}  # Ken Abe has none


def main() -> None:
    for slug, title in FEATURED.items():
        draw_diagram(SITE / "content/post" / slug / "featured.png", title, (960, 540), seed=5)
    for slug, name in AVATARS.items():
        draw_avatar(SITE / "content/authors" / slug / "avatar.png", name)


if __name__ == "__main__":
    main()
