"""Jewellery worn on a face found: a necklace hung round the neck below the chin (a chain of beads, pearls, or a
chain with a heart pendant) and a pair of earrings at the ear lobes. Drawn gold unless a colour is named (the
accessory layer is then tinted, as every accessory is), pearls white."""

from __future__ import annotations

from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.face_frame import Frame, finish, layer_for
from openbanana.geometry import enclosing

GOLD = (214, 172, 58, 255)
GOLD_SHADE = (150, 112, 30, 255)
PEARL = (244, 240, 228, 255)
PEARL_SHADE = (176, 168, 150, 255)


def necklace(canvas: Image.Image, frame: Frame, *, pearls: bool = False,
             heart: bool = False) -> tuple[int, int, int, int]:
    """Beads along a hanging curve round the front of the neck, lowest in the middle; a heart at its lowest point."""
    face = frame.face
    width, sag = face.width * 0.72, frame.tall * 0.28
    layer, draw, scale = layer_for(width, sag * 1.6)
    w = layer.width
    bead = max(2.0, w * (0.03 if pearls else 0.017))
    fill, edge = (PEARL, PEARL_SHADE) if pearls else (GOLD, GOLD_SHADE)
    count = max(8, round(w / (bead * 2.1)))
    for i in range(count + 1):
        t = i / count
        x = bead + (w - 2 * bead) * t
        y = bead + (sag * scale - 2 * bead) * (1 - (2 * t - 1) ** 2)  # a hanging curve: lowest in the middle
        draw.ellipse((x - bead, y - bead, x + bead, y + bead), fill=fill, outline=edge)
    if heart:
        _heart(draw, w / 2, sag * scale, w * 0.11)
    below = 0.22 if face.kind != "cat" else 0.45  # a cat's found chin is its mouth: the neck lies further down
    centre = frame.move(face.chin, up=-(frame.tall * below + sag * 0.8))
    return finish(canvas, layer, centre, frame)


def pearl_necklace(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    return necklace(canvas, frame, pearls=True)


def heart_necklace(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    return necklace(canvas, frame, heart=True)


def _heart(draw: ImageDraw.ImageDraw, x: float, top: float, size: float) -> None:
    """A heart pendant hanging from (x, top), `size` wide: two lobes over a point."""
    r = size / 4
    draw.ellipse((x - 2 * r, top, x, top + 2 * r), fill=GOLD, outline=GOLD_SHADE)
    draw.ellipse((x, top, x + 2 * r, top + 2 * r), fill=GOLD, outline=GOLD_SHADE)
    draw.polygon([(x - 2 * r + 1, top + 1.3 * r), (x + 2 * r - 1, top + 1.3 * r), (x, top + 4 * r)], fill=GOLD)


def earrings(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """A gold hoop hanging at each ear lobe: at the face's sides, a little below the eyes."""
    face = frame.face
    hoop = face.width * 0.13
    boxes = []
    for cheek, out in ((face.cheek_left, -1.0), (face.cheek_right, 1.0)):
        layer, draw, _scale = layer_for(hoop, hoop * 1.2)
        w, h = layer.size
        line = max(2, round(w * 0.14))
        draw.ellipse((line, h - w + line, w - line, h - line), outline=GOLD, width=line)
        draw.line((w / 2, 0, w / 2, h - w + line * 2), fill=GOLD_SHADE, width=max(1, line // 2))
        lobe = frame.move(cheek, up=-face.width * 0.02, across=out * face.width * 0.16)
        boxes.append(finish(canvas, layer, frame.move(lobe, up=-hoop * 0.6), frame))
    return enclosing(boxes)
