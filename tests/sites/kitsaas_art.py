"""Draw the images of the kitsaas-kit fixture site: `python tests/sites/kitsaas_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_avatar  # noqa: E402

SITE = HERE / "kitsaas-kit"


def main() -> None:
    draw_avatar(SITE / "assets/media/people/ana.png", "AD", (240, 240), seed=11)
    draw_avatar(SITE / "assets/media/people/ben.png", "BO", (240, 240), seed=12)


if __name__ == "__main__":
    main()
