"""Draw the photo of the sections fixture site: `python tests/sites/sections_art.py`."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
PHOTO = HERE / "sections-bootstrap" / "assets" / "media" / "quay-night.jpg"


def draw_night(path: Path = PHOTO, size: tuple[int, int] = (1600, 900)) -> None:
    """A dark harbour at night: a navy sky over a darker sea, a quay and lit windows."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # sky to sea, navy to near black
        t = y / height
        draw.line([(0, y), (width, y)], fill=(int(20 + 10 * t), int(30 + 5 * t), int(70 - 40 * t)))
    draw.rectangle([0, height * 2 // 3, width, height], fill=(12, 16, 28))
    draw.rectangle([width // 8, height // 2, width * 5 // 8, height * 2 // 3], fill=(34, 36, 48))
    for i in range(12):
        x = width // 8 + 40 + i * 60
        draw.rectangle([x, height // 2 + 40, x + 24, height // 2 + 70], fill=(230, 190, 90))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=70)


if __name__ == "__main__":
    draw_night()
