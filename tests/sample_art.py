"""Deterministic placeholder art for the sample site under ``content/``.

Run ``python tests/sample_art.py`` to redraw every image of the sample content.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

CONTENT = Path(__file__).resolve().parents[1] / "content"

_STAGES = ("Input", "Tokens", "Encoder", "Memory", "Fusion", "Decoder", "Heads", "Output")

DIAGRAMS = {
    "research/multimodal/videomae.png": "VideoMAE: masked video pre-training",
    "research/multimodal/videochat.png": "VideoChat: video-centric dialogue",
    "research/multimodal/internvideo.png": "InternVideo: general video foundation model",
    "research/vision/scenegraph.png": "Open-vocabulary scene graphs",
    "research/vision/depth.png": "Self-supervised depth from motion",
    "research/vision/tracking.png": "Any-point tracking in long videos",
    "../assets/media/welcome.png": "Example Research Centre",
}

#: the research pages' featured images, 16:9 as the theme's article-grid crops them (960x540)
FEATURED = {
    "research/multimodal/featured.png": "Multimodal Large Models",
    "research/vision/featured.png": "Computer Vision",
}

AVATARS = {
    "authors/anlan-zhou/avatar.jpg": "AZ",
    "authors/yutong-chen/avatar.png": "YC",
    "authors/mingyuan-lu/avatar.jpg": "ML",
    "authors/shuqing-wang/avatar.png": "SW",
    "authors/jiahe-he/avatar.jpg": "JH",
    "authors/elena-marchetti/avatar.png": "EM",
    "authors/kofi-mensah/avatar.jpg": "KM",
    "authors/beatriz-almeida/avatar.png": "BA",
    "authors/ingrid-solberg/avatar.jpg": "IS",
    "authors/emile-durand/avatar.png": "ED",
    "authors/hana-kobayashi/avatar.png": "HK",
    "authors/sofia-lindqvist/avatar.jpg": "SL",
    "authors/nadia-haddad/avatar.png": "NH",
    "authors/lukas-meier/avatar.jpg": "LM",
    "authors/tomas-varga/avatar.png": "TV",
    "authors/daniel-okafor/avatar.jpg": "DO",
}


def _rng(text: str, seed: int | None) -> random.Random:
    """Return a random generator seeded by ``seed``, or by ``text`` when it is None."""
    return random.Random(zlib.crc32(text.encode()) if seed is None else seed)


def _colour(rng: random.Random, low: int, high: int) -> tuple[int, int, int]:
    """Return a random RGB colour with channels in [low, high]."""
    return (rng.randint(low, high), rng.randint(low, high), rng.randint(low, high))


def _save_png(image: Image.Image, path: Path, colours: int) -> None:
    """Save ``image`` as a small palette PNG."""
    palette = image.quantize(colours, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    palette.save(path, "PNG", optimize=True)


def draw_diagram(
    path: str | Path, title: str, size: tuple[int, int] = (1200, 600), seed: int | None = None
) -> Path:
    """Draw a labelled diagram (gradient, boxes, arrows, ``title``) to the PNG file ``path``."""
    rng = _rng(title, seed)
    width, height = size
    ramp = Image.linear_gradient("L").rotate(90).resize(size)
    image = Image.composite(
        Image.new("RGB", size, _colour(rng, 200, 250)),
        Image.new("RGB", size, _colour(rng, 150, 210)),
        ramp,
    )
    draw = ImageDraw.Draw(image)
    unit = min(width, height)
    title_font = ImageFont.load_default(size=max(12, unit // 14))
    label_font = ImageFont.load_default(size=max(10, unit // 24))
    draw.text((width / 2, height * 0.16), title, fill=(30, 30, 45), font=title_font, anchor="mm")

    stages = [_STAGES[i] for i in sorted(rng.sample(range(len(_STAGES)), rng.randint(3, 4)))]
    slot = width / len(stages)
    box_w, box_h = slot * 0.62, height * 0.28
    top = height * 0.46
    ink = (40, 40, 60)
    for i, label in enumerate(stages):
        left = slot * i + (slot - box_w) / 2
        box = (left, top, left + box_w, top + box_h)
        fill = _colour(rng, 150, 235)
        draw.rounded_rectangle(box, radius=unit // 40, fill=fill, outline=ink, width=3)
        draw.text(
            (left + box_w / 2, top + box_h / 2), label, fill=ink, font=label_font, anchor="mm"
        )
        if i:
            start, end = left - (slot - box_w) + 4, left - 6
            mid = top + box_h / 2
            draw.line((start, mid, end, mid), fill=ink, width=4)
            draw.polygon([(end, mid), (end - 14, mid - 9), (end - 14, mid + 9)], fill=ink)
    path = Path(path)
    _save_png(image, path, colours=32)
    return path


def draw_avatar(
    path: str | Path, initials: str, size: tuple[int, int] = (400, 400), seed: int | None = None
) -> Path:
    """Draw ``initials`` on a coloured background; PNG or JPEG after the suffix of ``path``."""
    rng = _rng(initials, seed)
    width, height = size
    image = Image.new("RGB", size, _colour(rng, 60, 170))
    draw = ImageDraw.Draw(image)
    ring = min(width, height) * 0.42
    draw.ellipse(
        (width / 2 - ring, height / 2 - ring, width / 2 + ring, height / 2 + ring),
        fill=_colour(rng, 120, 220),
    )
    font = ImageFont.load_default(size=max(10, min(width, height) // 3))
    draw.text(
        (width / 2, height / 2),
        initials,
        fill="white",
        font=font,
        anchor="mm",
        stroke_width=3,
        stroke_fill=(30, 30, 40),
    )
    path = Path(path)
    if path.suffix.lower() in {".jpg", ".jpeg"}:
        image.save(path, "JPEG", quality=85, optimize=True)
    else:
        _save_png(image, path, colours=16)
    return path


def main() -> None:
    """Redraw every image of the sample content."""
    for name, title in DIAGRAMS.items():
        (CONTENT / name).parent.mkdir(parents=True, exist_ok=True)
        print(draw_diagram((CONTENT / name).resolve(), title).relative_to(CONTENT.parent))
    for name, title in FEATURED.items():
        print(draw_diagram(CONTENT / name, title, size=(960, 540)).relative_to(CONTENT.parent))
    for name, initials in AVATARS.items():
        (CONTENT / name).parent.mkdir(parents=True, exist_ok=True)
        print(draw_avatar(CONTENT / name, initials).relative_to(CONTENT.parent))


if __name__ == "__main__":
    main()
