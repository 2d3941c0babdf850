"""A baby drawn with a body: the font's baby (👶) is a face alone, so "a baby crawling on a rug" or "a baby asleep
on a blanket" was a giant round head filling the hero's box. The face sits on a small body in a onesie, crawling on
all fours, lying asleep or sitting up, the whole fitted in the box: the head is a baby's head, not the picture.
A baby someone holds keeps the face alone (it is in their arms), and so does one wearing something (the composer laid
its pyjamas or its bow out for the face)."""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence

from openbanana.engines.draft.figures import rasterised, skin
from openbanana.engines.draft.limbs import Part, Shape
from openbanana.imaging.drawing.glyph_fit import fitted_size
from openbanana.imaging.drawing.glyphs import Layer, Sprite, sprite
from openbanana.imaging.people import SKIN_TONE_MARKS
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity

BABY = "👶"
CRAWLING = frozenset({"crawling", "crawls", "crawl", "creeping"})
LYING = frozenset({"sleeping", "asleep", "sleeps", "lying", "napping", "resting", "dozing", "lies"})
# pose → (width ÷ height of the whole, the head's height as a fraction of the whole's height, its centre x, y)
POSES: dict[str, tuple[float, float, float, float]] = {
    "crawling": (1.5, 0.58, 0.74, 0.32), "lying": (2.3, 0.72, 0.2, 0.5), "sitting": (0.95, 0.52, 0.5, 0.27)}
ONESIES: tuple[RGB, ...] = ((160, 200, 240), (246, 184, 206), (176, 224, 196), (255, 255, 255))  # none skin-yellow
SUPERSAMPLE = 2


def is_baby(subject: Subject) -> bool:
    glyph = "".join(c for c in subject.glyph or "" if c not in SKIN_TONE_MARKS + "\ufe0f")
    return glyph == BABY and not subject.figure and subject.role in ("hero", "support")


def baby_poses(entities: Sequence[Entity], held: Sequence[str]) -> dict[str, str]:
    """Entity id → the pose each baby nobody holds (nor dresses: `held` names both) is drawn in (crawling, lying
    or sitting)."""
    poses = {}
    for entity in entities:
        if entity.glyph is None or entity.id in held or not is_baby(Subject(entity.noun, entity.glyph, (0, 0, 1, 1))):
            continue
        action = entity.action.lower().split()[0] if entity.action else ""
        poses[entity.id] = "crawling" if action in CRAWLING else "lying" if action in LYING else "sitting"
    return poses


def fit_baby(subject: Subject, size: tuple[int, int], poses: Mapping[str, str]) -> tuple[Sprite, int, int] | None:
    """The baby with its body, as large as its box allows in the pose's shape, standing on the box's bottom."""
    pose = poses.get(subject.entity)
    if pose is None or subject.glyph is None:
        return None
    aspect, head, hx, hy = POSES[pose]
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    height = max(8, round(min(box_h, box_w / aspect)))
    width = round(height * aspect)
    face = sprite(subject.glyph, fitted_size(subject.glyph, height * head, height * head))
    if face is None:
        return None
    onesie = ONESIES[zlib.crc32(f"{subject.entity}|{subject.box[0]:.3f}".encode()) % len(ONESIES)]
    body = rasterised(_body(pose, width * SUPERSAMPLE, height * SUPERSAMPLE, onesie, skin(subject.glyph)),
                      (width * SUPERSAMPLE, height * SUPERSAMPLE), (width, height))
    return face_on_body(body, face, (width, height), (hx, hy), subject.box, size)


def face_on_body(body: Sequence[Layer], face: Sprite, whole: tuple[int, int], centre: tuple[float, float],
                 box: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[Sprite, int, int]:
    """The face laid over its body with its centre at `centre` (shares of the `whole`, kept inside it), the whole
    centred across the box and standing on its bottom; with its top-left on the canvas of `size`."""
    width, height = whole
    fx = min(max(0, round(width * centre[0] - face.size[0] / 2)), width - face.size[0])
    fy = min(max(0, round(height * centre[1] - face.size[1] / 2)), height - face.size[1])
    layers = (*body, *(Layer(layer.mask, (layer.offset[0] + fx, layer.offset[1] + fy), layer.color)
                       for layer in face.layers))
    left, _, right, bottom = box
    x = round(left * size[0] + ((right - left) * size[0] - width) / 2)
    return Sprite(layers, whole), x, round(bottom * size[1] - height)


def _body(pose: str, w: int, h: int, onesie: RGB, tone: RGB) -> list[Part]:
    """The onesie's torso and limbs, hands and feet in the skin's tone, in the whole's pixels (head not drawn)."""
    limb = h * 0.13
    torso: Shape
    limbs: list[Shape]
    ends: list[Shape]
    if pose == "crawling":  # on all fours, facing right: the head over the hands
        torso = ("ellipse", (w * 0.12, h * 0.38, w * 0.7, h * 0.78))
        limbs = [("line", (w * 0.6, h * 0.62, w * 0.64, h * 0.93, limb)),
                 ("line", (w * 0.24, h * 0.66, w * 0.3, h * 0.93, limb * 1.1)),
                 ("line", (w * 0.3, h * 0.93, w * 0.06, h * 0.93, limb))]
        ends = [("ellipse", (w * 0.6, h * 0.86, w * 0.7, h * 1.0)), ("ellipse", (w * 0.01, h * 0.86, w * 0.1, h))]
    elif pose == "lying":  # on its back, asleep: the head at the left
        torso = ("ellipse", (w * 0.3, h * 0.3, w * 0.8, h * 0.86))
        limbs = [("line", (w * 0.72, h * 0.6, w * 0.93, h * 0.5, limb)),
                 ("line", (w * 0.72, h * 0.72, w * 0.93, h * 0.8, limb)),
                 ("line", (w * 0.42, h * 0.45, w * 0.55, h * 0.3, limb * 0.9))]
        ends = [("ellipse", (w * 0.9, h * 0.4, w * 0.99, h * 0.6)), ("ellipse", (w * 0.9, h * 0.7, w * 0.99, h * 0.9))]
    else:  # sitting up, legs out in front
        torso = ("ellipse", (w * 0.24, h * 0.42, w * 0.76, h * 0.9))
        limbs = [("line", (w * 0.28, h * 0.56, w * 0.12, h * 0.74, limb)),
                 ("line", (w * 0.72, h * 0.56, w * 0.88, h * 0.74, limb)),
                 ("line", (w * 0.34, h * 0.88, w * 0.2, h * 0.93, limb * 1.1)),
                 ("line", (w * 0.66, h * 0.88, w * 0.8, h * 0.93, limb * 1.1))]
        ends = [("ellipse", (w * 0.04, h * 0.68, w * 0.18, h * 0.8)),
                ("ellipse", (w * 0.82, h * 0.68, w * 0.96, h * 0.8)),
                ("ellipse", (w * 0.08, h * 0.86, w * 0.24, h)), ("ellipse", (w * 0.76, h * 0.86, w * 0.92, h))]
    return [(onesie, [torso, *limbs]), (tone, ends)]
