"""Draw the images of the bootpage fixture site: `python tests/sites/bootpage_art.py`."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent / "bootpage-bootstrap"


def draw_cliff(path: Path, size: tuple[int, int] = (900, 735)) -> None:
    """A white chalk cliff over a grey sea, a kestrel's ledge halfway up."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, (190, 214, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 3 // 4, width, height], fill=(96, 118, 130))
    draw.polygon([(width // 3, height * 3 // 4), (width // 2, height // 5), (width, height // 6),
                  (width, height * 3 // 4)], fill=(238, 236, 226))
    draw.rectangle([width * 3 // 5, height // 2, width * 4 // 5, height // 2 + 12],
                   fill=(150, 120, 90))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", optimize=True)


def draw_portrait(path: Path, shade: tuple[int, int, int], size: int = 300) -> None:
    """A head and shoulders in one shade on a pale ground."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), (226, 222, 214))
    draw = ImageDraw.Draw(image)
    draw.ellipse([size * 0.32, size * 0.18, size * 0.68, size * 0.58], fill=shade)
    draw.ellipse([size * 0.12, size * 0.62, size * 0.88, size * 1.3], fill=shade)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=80)


def draw_field(path: Path, colour: tuple[int, int, int],
               size: tuple[int, int] = (800, 450)) -> None:
    """A project's featured picture: a hill in the project's colour under a pale sky."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, (214, 226, 236))
    draw = ImageDraw.Draw(image)
    draw.ellipse([-width // 4, height // 2, width * 5 // 4, height * 2], fill=colour)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", optimize=True)


if __name__ == "__main__":
    draw_cliff(HERE / "assets" / "media" / "cliff.png")
    for slug, shade in (("ada-reed", (120, 80, 60)), ("tomas-vale", (60, 90, 120)),
                        ("ines-marr", (90, 120, 70))):
        draw_portrait(HERE / "content" / "authors" / slug / "avatar.jpg", shade)
    for slug, colour in (("cliff-nests", (200, 170, 120)), ("prey-counts", (120, 150, 90)),
                         ("flight-paths", (110, 140, 190)), ("ringing", (180, 120, 130))):
        draw_field(HERE / "content" / "project" / slug / "featured.png", colour)
