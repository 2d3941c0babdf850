"""Where things go in a photo: boxes for added pictograms and stickers that never cover a face by accident.

A face is only ever covered on purpose (an accessory); everything else is placed at the named spot, beside the named
person, or in the sky, and moved to the nearest free spot when it would land on a face or on another addition.
"""

from __future__ import annotations

from openbanana.engines.draft.photo.faces import Face
from openbanana.geometry import intersection_area
from openbanana.plan import Box
from openbanana.scene import Placement

SPOTS: dict[str, tuple[float, float]] = {  # centres, as fractions of the photo
    "top_left": (0.18, 0.2), "top_right": (0.82, 0.2), "bottom_left": (0.18, 0.78), "bottom_right": (0.82, 0.78),
    "top": (0.5, 0.18), "bottom": (0.5, 0.8), "left": (0.16, 0.55), "right": (0.84, 0.55), "center": (0.5, 0.55),
}
_FALLBACK_ORDER = ("bottom_right", "bottom_left", "top_right", "top_left", "right", "left", "bottom", "top")


def face_boxes(faces: list[Face], width: int, height: int, margin: float = 0.15) -> list[Box]:
    """Each face with its hair and a margin, as fractions of the photo."""
    boxes = []
    for face in faces:
        x0, y0, x1, y1 = face.box
        w, h = x1 - x0, y1 - y0
        boxes.append(((x0 - w * margin) / width, (y0 - h * (0.45 + margin)) / height,
                      (x1 + w * margin) / width, (y1 + h * margin) / height))
    return boxes


def overlap(a: Box, b: Box) -> float:
    """The overlapping area as a fraction of `a`'s area."""
    return intersection_area(a, b) / max(1e-9, (a[2] - a[0]) * (a[3] - a[1]))


def fraction_box(box: tuple[int, int, int, int], width: int, height: int) -> Box:
    """A pixel box as fractions of the photo."""
    return (box[0] / width, box[1] / height, box[2] / width, box[3] / height)


def box_at(centre: tuple[float, float], size: tuple[float, float]) -> Box:
    """A box of `size` (fractions) centred at `centre`, kept inside the photo."""
    w, h = size
    x = min(max(centre[0], w / 2 + 0.01), 1 - w / 2 - 0.01)
    y = min(max(centre[1], h / 2 + 0.01), 1 - h / 2 - 0.01)
    return (x - w / 2, y - h / 2, x + w / 2, y + h / 2)


def free_box(wanted: Box, avoid: list[Box]) -> Box:
    """`wanted` if it covers nothing in `avoid`, else the nearest free spot of the same size (or the least covering,
    shrunk until it is free)."""
    if all(overlap(wanted, a) < 0.02 for a in avoid):
        return wanted
    size = (wanted[2] - wanted[0], wanted[3] - wanted[1])
    centre = ((wanted[0] + wanted[2]) / 2, (wanted[1] + wanted[3]) / 2)
    candidates = sorted((box_at(SPOTS[name], size) for name in _FALLBACK_ORDER),
                        key=lambda b: (b[0] + b[2] - 2 * centre[0]) ** 2 + (b[1] + b[3] - 2 * centre[1]) ** 2)
    for box in candidates:
        if all(overlap(box, a) < 0.02 for a in avoid):
            return box
    best = min(candidates, key=lambda b: sum(overlap(b, a) for a in avoid))
    for _ in range(6):
        cx, cy = (best[0] + best[2]) / 2, (best[1] + best[3]) / 2
        best = box_at((cx, cy), ((best[2] - best[0]) * 0.8, (best[3] - best[1]) * 0.8))
        if all(overlap(best, a) < 0.02 for a in avoid):
            break
    return best


def beside(person: Box, size: tuple[float, float], placement: Placement) -> Box:
    """A box standing beside a person (fractions), on the named side or the side with more room, feet level."""
    room_left, room_right = person[0], 1 - person[2]
    on_right = placement in ("right", "top_right", "bottom_right") or (
        placement not in ("left", "top_left", "bottom_left") and room_right >= room_left)
    cx = person[2] + size[0] * 0.55 if on_right else person[0] - size[0] * 0.55
    bottom = min(0.97, person[3])
    return box_at((cx, bottom - size[1] / 2), size)


def clear_of(wanted: Box, avoid: list[Box], least: float = 0.07) -> Box | None:
    """A text box kept off the boxes in `avoid` (faces) while staying where it was asked: the part of it above them,
    below them, or beside them (the wider side), or the same band on the other half of the photo. None when it
    covers nothing already, or when no part of it at least `least` high (and wide) is free."""
    hit = [a for a in avoid if overlap(wanted, a) >= 0.02]
    if not hit:
        return None
    x0, y0, x1, y1 = wanted
    top, bottom = min(a[1] for a in hit), max(a[3] for a in hit)
    left, right = min(a[0] for a in hit), max(a[2] for a in hit)
    upper = (y0 + y1) / 2 < 0.5
    above, below = (x0, y0, x1, min(y1, top - 0.01)), (x0, max(y0, bottom + 0.01), x1, y1)
    sides = sorted([(x0, y0, min(x1, left - 0.01), y1), (max(x0, right + 0.01), y0, x1, y1)],
                   key=lambda b: b[2] - b[0], reverse=True)
    mirrored = (x0, 1 - y1, x1, 1 - y0)
    for box in ((above, below) if upper else (below, above)) + (sides[0], mirrored):
        if box[3] - box[1] >= least and box[2] - box[0] >= 2.5 * least and all(overlap(box, a) < 0.02
                                                                                for a in avoid):
            return box
    return None


def where(box: Box) -> str:
    """A box's place in words ("the top right")."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    row = "top" if cy < 0.4 else "bottom" if cy > 0.6 else "middle"
    column = "left" if cx < 0.4 else "right" if cx > 0.6 else ""
    return f"the {row} {column}".strip() if row != "middle" or column else "the middle"


def cat_features(box: tuple[float, float, float, float], width: int, height: int) -> Box:
    """A cat's eyes, nose and mouth (the middle of its face box, as fractions): what an added thing must not cover;
    its cheeks and ears may be, or nothing could go in front of a cat whose face fills the photo."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    return ((x0 + 0.18 * w) / width, (y0 + 0.25 * h) / height, (x1 - 0.18 * w) / width, (y1 - 0.05 * h) / height)
