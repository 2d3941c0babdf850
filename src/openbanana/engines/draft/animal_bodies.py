"""Animals the pictogram font draws as a face alone (a bear, a lion, a fox, a wolf, a panda, a koala, a hamster, a
unicorn, a raccoon, a deer) drawn with a body: "a bear walking through a forest" or "a lion resting on a rock" was a
giant disembodied head filling the animal's box. The face sits on a four-legged body in its own coat, standing
side-on (walking, running, or doing nothing said), sitting up (sitting, eating, perched, climbing) or lying down
(asleep, resting), the whole fitted in the box so that the head is an animal's head, not the picture. One someone
holds or one in a document's corner keeps its face (a sticker, a mascot)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from openbanana.engines.draft.babies import face_on_body
from openbanana.engines.draft.figures import rasterised
from openbanana.engines.draft.limbs import Part, Shape
from openbanana.imaging.drawing.glyph_fit import fitted_size
from openbanana.imaging.drawing.glyphs import Sprite, sprite
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity

# face pictogram → its tail ("bushy", "brush", "tuft", "stub") and whether its legs are the face's darkest colour
# (a panda's)
FACES: dict[str, tuple[str, bool]] = {
    "🐻": ("stub", False), "🐻\u200d❄": ("stub", False), "🦁": ("tuft", False), "🦊": ("brush", False),
    "🐺": ("bushy", False), "🐼": ("stub", True), "🐨": ("stub", False), "🐹": ("stub", False),
    "🦄": ("bushy", False), "🦝": ("bushy", False), "🦌": ("stub", False),
}
SITTING = frozenset({"sitting", "sits", "sat", "eating", "eats", "munching", "chewing", "perched", "climbing",
                     "begging", "waiting", "watching", "reading", "holding", "hugging", "playing", "having",
                     "picnicking", "fishing"})
LYING = frozenset({"sleeping", "asleep", "sleeps", "lying", "lies", "napping", "resting", "rests", "dozing",
                   "hibernating", "lounging", "sunbathing"})
COATS: dict[str, RGB] = {"🦁": (232, 172, 72)}  # where the face's largest colour is not the coat (a lion's mane)
SITS_BY_NATURE = frozenset({"🐨", "🐼"})  # a koala or a panda doing nothing said sits (as they are known)
# pose → (width ÷ height of the whole, the head's height as a share of the whole's, its centre x, y as shares)
POSES: dict[str, tuple[float, float, float, float]] = {
    "standing": (1.55, 0.6, 0.76, 0.31), "sitting": (0.9, 0.52, 0.5, 0.27), "lying": (1.9, 0.78, 0.78, 0.42)}
SUPERSAMPLE = 2
WIDEN = 1.25  # how far past its box's width a body may reach, so that a side-on animal is not drawn tiny


def base(glyph: str) -> str:
    return glyph.replace("\ufe0f", "")


def animal_poses(entities: Sequence[Entity], subjects: Sequence[Subject], held: Sequence[str],
                 holders: Sequence[str] = ()) -> dict[str, str]:
    """Entity id → the pose each face-only animal nobody holds (nor dresses) is drawn in with its body; one that
    holds something (`holders`: "a bear holding an umbrella") sits up with its paws free, as a holding action does."""
    seated = {s.entity for s in subjects if s.pose == "sitting"}
    poses = {}
    for entity in entities:
        glyph = base(entity.glyph or "")
        if glyph not in FACES or entity.id in held:
            continue
        words = entity.action.lower().split()
        action = words[0] if words else ""
        if action in LYING:
            poses[entity.id] = "lying"
        elif (action in SITTING or entity.id in seated or entity.id in holders
              or (not action and glyph in SITS_BY_NATURE)):
            poses[entity.id] = "sitting"
        else:
            poses[entity.id] = "standing"
    return poses


def fit_animal(subject: Subject, size: tuple[int, int], poses: Mapping[str, str]) -> tuple[Sprite, int, int] | None:
    """The animal with its body, as large as its box allows in the pose's shape, standing on the box's bottom."""
    pose = poses.get(subject.entity)
    glyph = base(subject.glyph or "")
    if pose is None or glyph not in FACES or subject.figure or subject.role not in ("hero", "support"):
        return None
    aspect, head, hx, hy = POSES[pose]
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * size[0], (bottom - top) * size[1]
    height = max(8, round(min(box_h, box_w * WIDEN / aspect)))
    width = round(height * aspect)
    face = sprite(subject.glyph or glyph, fitted_size(glyph, height * head, height * head), subject.tint)
    if face is None:
        return None
    coat, dark = _coat(face)
    coat = COATS.get(glyph, coat) if subject.tint is None else coat
    tail, dark_legs = FACES[glyph]
    big = (width * SUPERSAMPLE, height * SUPERSAMPLE)
    body = rasterised(_body(pose, *big, coat, dark if dark_legs else coat, tail), big, (width, height))
    return face_on_body(body, face, (width, height), (hx, hy), subject.box, size)


def _coat(face: Sprite) -> tuple[RGB, RGB]:
    """The face's coat (its largest colour) and its darkest large colour (a panda's ears, a lion's mane's shade)."""
    inked = [(int(np.asarray(layer.mask, dtype=np.int64).sum()), layer.color[:3]) for layer in face.layers]
    coat = max(inked)[1]
    biggest = max(ink for ink, _ in inked)
    dark = min((c for ink, c in inked if ink > biggest * 0.04), key=sum)
    return (coat[0], coat[1], coat[2]), (dark[0], dark[1], dark[2])


def _shade(color: RGB, amount: float) -> RGB:
    r, g, b = (round(c * amount) for c in color)
    return (r, g, b)


def _body(pose: str, w: int, h: int, coat: RGB, legs: RGB, tail: str) -> list[Part]:
    """The body, legs and tail in the whole's pixels, the far legs in shade (the head is laid over them)."""
    far, near = _shade(legs, 0.8), legs
    leg_w = w * (0.085 if pose == "standing" else 0.12)
    if pose == "standing":  # side-on, facing right: the head at the front, over the shoulders
        trunk: Shape = ("ellipse", (w * 0.08, h * 0.34, w * 0.8, h * 0.8))
        back: list[Shape] = [("rect", (w * x, h * 0.6, w * x + leg_w, h)) for x in (0.2, 0.58)]
        front: list[Shape] = [("rect", (w * x, h * 0.62, w * x + leg_w, h)) for x in (0.12, 0.5)]
        rear = (w * 0.12, h * 0.48)
    elif pose == "sitting":  # sitting up, facing us: the head over a pear-shaped body, paws in front
        trunk = ("ellipse", (w * 0.14, h * 0.36, w * 0.86, h))
        back = [("ellipse", (w * 0.04, h * 0.84, w * 0.34, h)), ("ellipse", (w * 0.66, h * 0.84, w * 0.96, h))]
        front = [("rect", (w * x, h * 0.58, w * x + leg_w, h * 0.97)) for x in (0.33, 0.55)]
        rear = (w * 0.8, h * 0.86)
    else:  # lying down, facing right: the head resting over the forepaws
        trunk = ("ellipse", (w * 0.04, h * 0.36, w * 0.8, h))
        back = [("ellipse", (w * 0.02, h * 0.8, w * 0.26, h))]
        front = [("ellipse", (w * 0.56, h * 0.84, w * 0.98, h))]
        rear = (w * 0.06, h * 0.7)
    trunk_coat = _shade(coat, 0.92) if pose == "sitting" else coat  # paws held in front show against the belly
    parts: list[Part] = [(far, back), *_tail(tail, rear, w, h, coat), (trunk_coat, [trunk]), (near, front)]
    return parts


def _tail(kind: str, at: tuple[float, float], w: int, h: int, coat: RGB) -> list[Part]:
    """A bushy tail (a wolf's; a fox's brush with its white tip) sweeping out behind, a lion's thin one with a dark
    tuft, or a stub."""
    x, y = at
    size = min(w, h)
    parts: list[Part]
    if kind in ("bushy", "brush"):  # a fox's brush ends in white
        parts = [(coat, [("ellipse", (x - size * 0.3, y - size * 0.12, x + size * 0.06, y + size * 0.14))])]
        if kind == "brush":
            parts.append(((250, 246, 238), [("ellipse", (x - size * 0.32, y - size * 0.08, x - size * 0.18,
                                                         y + size * 0.08))]))
    elif kind == "tuft":
        ex, ey = x - size * 0.22, y + size * 0.24
        parts = [(coat, [("line", (x, y, ex, ey, size * 0.05))]),
                 (_shade(coat, 0.55), [("ellipse", (ex - size * 0.06, ey - size * 0.06, ex + size * 0.06,
                                                    ey + size * 0.06))])]
    else:
        parts = [(_shade(coat, 0.9), [("ellipse", (x - size * 0.08, y - size * 0.06, x + size * 0.04,
                                                   y + size * 0.06))])]
    return parts
