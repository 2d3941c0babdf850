"""A whole figure's head and arms, in the figure's own pixels: its build, the face sized to it, where the
shoulders are, where a reaching hand goes and where each arm of a gesture goes (`figures.py` draws the body
around them; the tending and holding that move the hands are decided before, in `subjects.py` and `tending.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.engines.draft.gestures import Act
from openbanana.imaging.drawing.glyphs import Sprite, ink_box, quantise, sprite
from openbanana.imaging.people import CHILD_HEADS, face_of

Reach = tuple[bool, tuple[int, int]]  # an arm (True: the figure's right) and where its hand is, in figure pixels
ARM = 0.42  # an arm's reach, as a fraction of the figure's height


@dataclass(frozen=True)
class Build:
    """A figure's proportions, as fractions of its height."""

    head: float  # the face's height
    waist: float  # where the shirt ends
    hem: float  # where a dress ends


CHILD = Build(head=0.40, waist=0.68, hem=0.80)
ADULT = Build(head=0.29, waist=0.60, hem=0.78)

def figure_width(glyph: str, height: int) -> int | None:
    face = face_sprite(glyph, height)
    return None if face is None else max(face.size[0], round(face.size[0] * 1.25))


def face_sprite(glyph: str, height: int) -> Sprite | None:
    """The face alone (a role's bust without its costume), sized to the build's head."""
    build = CHILD if glyph[0] in CHILD_HEADS else ADULT
    face = face_of(glyph)
    _, top, _, bottom = ink_box(face)
    return sprite(face, quantise(height * build.head / max(1e-6, bottom - top)))


def face_height(glyph: str, height: int) -> int:
    face = face_sprite(glyph, height)
    return face.size[1] if face is not None else height // 3


def shoulder_at(glyph: str, height: int, width: int, right: bool) -> tuple[float, float]:
    """Where an arm starts, in the figure's own pixels (its top-left at 0, 0)."""
    face = face_sprite(glyph, height)
    head_w, head_h = face.size if face is not None else (width, height // 3)
    shoulders = head_w * 0.8
    return (width / 2 + (shoulders / 2 if right else -shoulders / 2), head_h * 0.86 + shoulders * 0.1)


def hand_radius(glyph: str, height: int) -> int:
    face = face_sprite(glyph, height)
    return max(2, round((face.size[0] if face is not None else height / 3) * 0.8 * 0.2 * 0.62)) + 1


def hand_at(glyph: str, height: int, width: int, holds: tuple[float, float, float, float],
          origin: tuple[int, int]) -> tuple[int, int] | None:
    """Where the reaching hand goes, in the figure's own pixels: at the held thing's nearest edge, a little inside
    it (a cartoon arm stretches a little); None when that is well beyond an arm's length (another of several
    people holds it)."""
    x0, y0, x1, y1 = (v - origin[i % 2] for i, v in enumerate(holds))
    right = (x0 + x1) / 2 > width / 2
    sx, sy = shoulder_at(glyph, height, width, right)
    tx = min(max(sx, x0 + (x1 - x0) * 0.15), x1 - (x1 - x0) * 0.15) if x0 < sx < x1 else (
        x0 + (x1 - x0) * 0.15 if right else x1 - (x1 - x0) * 0.15)
    ty = min(max(sy, y0 + (y1 - y0) * 0.3), y1 - (y1 - y0) * 0.3)
    reach = height * ARM
    dx, dy = tx - sx, ty - sy
    length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    if length > reach * 1.6:
        return None
    return round(sx + dx), round(sy + dy)


def arm_reaches(glyph: str, height: int, width: int, hand: tuple[int, int] | None, act: Act) -> tuple[Reach, ...]:
    """Where each arm that does not hang goes (in the figure's own pixels): to the held thing, then the gesture's
    arms on the sides still free (a wave beside the head, both arms up to cheer, an arm out toward what it points
    at, a throwing arm raised when the thrown thing has left the hand)."""
    reach: list[Reach] = [(hand[0] > width / 2, hand)] if hand is not None else []
    face = face_sprite(glyph, height)
    head_w, head_h = face.size if face is not None else (width, height // 3)
    shoulders, radius, gesture = head_w * 0.8, hand_radius(glyph, height), act.gesture
    if gesture == "cheer":
        sides = [False, True]
    elif gesture == "wave":  # the arm away from whom it waves to, so it does not cover them
        sides = [act.aim < 0, act.aim > 0]
    elif gesture == "point" or (gesture == "throw" and hand is None):
        sides = [act.aim > 0, act.aim < 0]
    else:
        return tuple(reach)
    sides = [side for side in sides if all(side != taken for taken, _ in reach)][: 2 if gesture == "cheer" else 1]
    for side in sides:
        sx, sy = shoulder_at(glyph, height, width, side)
        out = 1 if side else -1
        if gesture == "point":
            point = (sx + out * height * ARM * 0.85, sy + head_h * 0.05)
        elif gesture == "wave":
            point = (sx + out * shoulders * 0.7, head_h * 0.2 + radius)
        else:  # up high: cheering, or the throwing arm
            point = (sx + out * shoulders * (0.55 if gesture == "cheer" else 0.45), radius + 1.0)
        reach.append((side, (round(point[0]), round(point[1]))))
    return tuple(reach)
