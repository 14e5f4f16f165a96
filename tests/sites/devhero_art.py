"""Draw the images of the devhero-kit fixture site: `python tests/sites/devhero_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_avatar  # noqa: E402

SITE = HERE / "devhero-kit"


def main() -> None:
    draw_avatar(SITE / "assets/media/authors/me.png", "RT", (480, 360), seed=11)


if __name__ == "__main__":
    main()
