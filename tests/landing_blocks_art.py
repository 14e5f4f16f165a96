"""The images of tests/sites/blocks-a-tailwind (assets/media/), drawn into a copy of the site.

`python tests/landing_blocks_art.py FOLDER` draws them into FOLDER/assets/media/ (the copy a
real Hugo build of the site reads).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sample_art import draw_avatar, draw_diagram

#: the cta-image-paragraph's pictures (3:2, bigger than the 800 px the theme resizes them to)
PICTURES = {"field.png": "Field work", "lab.png": "The lab"}
#: the testimonials' portraits (square, bigger than the theme's 75x75 fill)
PORTRAITS = {"ada.png": "AM", "ben.png": "BO"}


def draw(site: Path) -> Path:
    media = Path(site) / "assets" / "media"
    media.mkdir(parents=True, exist_ok=True)
    for name, title in PICTURES.items():
        draw_diagram(media / name, title, size=(1200, 800))
    for name, initials in PORTRAITS.items():
        draw_avatar(media / name, initials, size=(200, 200))
    return media


if __name__ == "__main__":
    draw(Path(sys.argv[1]))
