"""Draw the images of the kitblocks-kit fixture site: `python tests/sites/kitblocks_art.py`."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample_art import draw_diagram  # noqa: E402

SITE = HERE / "kitblocks-kit"


def main() -> None:
    draw_diagram(SITE / "assets/media/areas/dunes.png", "Dunes", (960, 640), seed=5)
    draw_diagram(SITE / "assets/media/logos/sea-fund.png", "Sea Fund", (400, 160), seed=7)


if __name__ == "__main__":
    main()
