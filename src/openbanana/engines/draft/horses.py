"""A horse standing still or grazing ("horses grazing at sunset", "a pony wearing a flower crown at a fair", "a girl
feeding carrots to a horse over a fence"). The font's only whole horse gallops, legs flung out, and read as running
away from whoever stood by it. A horse nobody rides and whose action is no run is drawn standing side-on in the
pictogram's coat (or the colour asked): a barrel body on four straight legs with dark hooves, the near legs lit and
the far ones in shade, its neck raised to the head, or lowered to the grass when it grazes, eats or drinks, a dark
mane and tail. A galloping, running or jumping horse keeps the pictogram.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openbanana.engines.draft.figures import rasterised
from openbanana.engines.draft.limbs import Part, Shape
from openbanana.imaging.drawing.glyphs import Sprite
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity, Relation

HORSE = "🐎"
RUNS = frozenset({"galloping", "gallops", "running", "runs", "racing", "races", "jumping", "jumps", "leaping",
                  "charging", "rearing", "bucking", "cantering", "fleeing", "stampeding", "chasing"})
GRAZES = frozenset({"grazing", "grazes", "eating", "eats", "munching", "nibbling", "drinking", "drinks", "sniffing"})
COAT: RGB = (184, 108, 70)  # the pictogram's bay
ASPECT = 1.3  # width over height of the whole
SUPERSAMPLE = 2
WIDEN = 1.2  # how far past its box's width the side-on body may reach


def horse_poses(entities: Sequence[Entity], relations: Sequence[Relation], held: Sequence[str]) -> dict[str, str]:
    """Entity id → "standing" or "grazing" for every horse drawn with the galloping pictogram that is not running
    (nor ridden, nor held as a toy is)."""
    ridden = {r.object for r in relations if r.predicate == "riding"}
    poses = {}
    for entity in entities:
        if (entity.glyph or "").replace("\ufe0f", "") != HORSE or entity.id in held or entity.id in ridden:
            continue
        words = entity.action.lower().split()
        action = words[0] if words else ""
        if action not in RUNS:
            poses[entity.id] = "grazing" if action in GRAZES else "standing"
    return poses


def fit_horse(subject: Subject, size: tuple[int, int], poses: Mapping[str, str]) -> tuple[Sprite, int, int] | None:
    """The standing or grazing horse, as large as its box allows, standing on the box's bottom."""
    pose = poses.get(subject.entity)
    if (pose is None or (subject.glyph or "").replace("\ufe0f", "") != HORSE or subject.figure or subject.also_shows
            or subject.role not in ("hero", "support")):
        return None
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    height = max(8, round(min(box_h, box_w * WIDEN / ASPECT)))
    width = round(height * ASPECT)
    coat = subject.tint or COAT
    big = (width * SUPERSAMPLE, height * SUPERSAMPLE)
    layers = rasterised(_horse(pose, *big, coat), big, (width, height))
    x = round(left * size[0] + (box_w - width) / 2)  # centred across the box, standing on its bottom
    return Sprite(tuple(layers), (width, height)), x, round(bottom * size[1] - height)


def _shade(color: RGB, amount: float) -> RGB:
    r, g, b = (round(c * amount) for c in color)
    return (r, g, b)


def _leg(x: float, top: float, bottom: float, w: int, h: int) -> Shape:
    """A leg tapering from the body to the hoof."""
    return ("polygon", (w * (x - 0.045), h * top, w * (x + 0.045), h * top, w * (x + 0.025), h * bottom,
                        w * (x - 0.025), h * bottom))


def _mirrored(shape: Shape, w: int) -> Shape:
    """The shape turned to face left, as the pictogram does (so the composer's flips turn both alike)."""
    kind, p = shape
    if kind in ("rect", "ellipse"):
        return kind, (w - p[2], p[1], w - p[0], p[3])
    if kind == "line":
        return kind, (w - p[0], p[1], w - p[2], p[3], p[4])
    return kind, tuple(w - v if i % 2 == 0 else v for i, v in enumerate(p))


def _horse(pose: str, w: int, h: int, coat: RGB) -> list[Part]:
    """The horse, facing left in the whole's pixels: far legs, tail, body, near legs, neck and head, mane, hooves,
    eye (drawn facing right, then mirrored)."""
    dark = _shade(coat, 0.38) if sum(coat) > 150 else _shade(coat, 0.6)

    def pts(*xy: float) -> Shape:
        return ("polygon", tuple(v * (w if i % 2 == 0 else h) for i, v in enumerate(xy)))

    near = [_leg(x, 0.5, 0.95, w, h) for x in (0.24, 0.68)]
    far = [_leg(x, 0.5, 0.93, w, h) for x in (0.32, 0.6)]
    hooves: list[Shape] = [("ellipse", (w * (x - 0.035), h * 0.91, w * (x + 0.035), h)) for x in (0.24, 0.68)]
    body: Shape = ("ellipse", (w * 0.14, h * 0.28, w * 0.8, h * 0.62))
    if pose == "grazing":  # the neck runs down and forward, the muzzle in the grass
        neck = pts(0.6, 0.32, 0.74, 0.32, 0.93, 0.72, 0.83, 0.8, 0.66, 0.56)
        head = pts(0.82, 0.7, 0.93, 0.64, 1.0, 0.93, 0.93, 1.0, 0.86, 0.95)
        mane: Shape = ("line", (w * 0.63, h * 0.3, w * 0.87, h * 0.68, w * 0.045))
        eye: Shape = ("ellipse", (w * 0.9, h * 0.74, w * 0.925, h * 0.78))
    else:  # the neck raised, the head held up and the muzzle down-forward
        neck = pts(0.58, 0.4, 0.72, 0.1, 0.86, 0.1, 0.82, 0.52)
        head = pts(0.76, 0.1, 0.83, 0.02, 0.9, 0.04, 1.0, 0.26, 0.97, 0.32, 0.9, 0.31, 0.82, 0.22)
        mane = ("line", (w * 0.59, h * 0.37, w * 0.74, h * 0.07, w * 0.05))  # down the back of the neck
        eye = ("ellipse", (w * 0.86, h * 0.1, w * 0.885, h * 0.14))
    tail: Shape = ("line", (w * 0.16, h * 0.34, w * 0.07, h * 0.72, w * 0.06))
    parts: list[Part] = [(_shade(coat, 0.78), far), (dark, [tail]), (coat, [body, neck, head, *near]),
                         (dark, [mane, *hooves, eye])]
    return [(colour, [_mirrored(shape, w) for shape in shapes]) for colour, shapes in parts]
