"""Draw the images of the bootlook fixture site: `python tests/sites/bootlook_art.py`."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent / "bootlook-bootstrap"


def draw_hide(path: Path, size: tuple[int, int] = (800, 400)) -> None:
    """A wooden hide on stilts over reeds, under a pale dawn sky."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, (236, 226, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 2 // 3, width, height], fill=(120, 140, 70))
    draw.rectangle([width // 3, height // 4, width * 2 // 3, height // 2], fill=(110, 80, 50))
    for x in (width // 3 + 20, width * 2 // 3 - 30):
        draw.rectangle([x, height // 2, x + 10, height * 5 // 6], fill=(80, 60, 40))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", optimize=True)


def draw_reeds(path: Path, size: tuple[int, int] = (1600, 700)) -> None:
    """Dark reeds against an evening sky, for a section's background."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=(int(60 - 40 * t), int(50 - 30 * t), int(40 + 10 * t)))
    for x in range(0, width, 9):
        draw.line([(x, height), (x + 6, height // 2 + (x * 37) % (height // 3))],
                  fill=(25, 30, 15), width=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=70)


if __name__ == "__main__":
    draw_hide(HERE / "content" / "hide.png")
    draw_reeds(HERE / "assets" / "media" / "reeds.jpg")
