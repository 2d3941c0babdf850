"""A whole figure drawn mirrored (it faces left) mirrored about its own box, not about its sprite.

A figure's sprite is wider than its body where a seated lap reaches forward or an arm reaches out to what it
holds; flipping that sprite in place moved the body by the lap's width and swung the arm away from the held
thing, so a seated fisherman's hat (put on the head the composer planned at the box's middle) hung beside his
face and his net beside his shoulder. The figure is fitted in the mirrored canvas instead (what it holds and
where it aims mirrored too), then the sprite and its place are mirrored back about the box's centre line.
"""

from __future__ import annotations

from dataclasses import replace

from PIL import Image

from openbanana.engines.draft.figures import fit_figure
from openbanana.engines.draft.gestures import STILL, Act
from openbanana.engines.draft.pictograms import transformed
from openbanana.imaging.drawing.glyphs import Sprite
from openbanana.plan import RGB, Subject

PixelBox = tuple[float, float, float, float]


def fit_facing(subject: Subject, size: tuple[int, int], holds: PixelBox | None = None,
               wears: tuple[RGB | None, RGB | None] = (None, None), feet: tuple[RGB, bool] | None = None,
               act: Act = STILL, apron: RGB | None = None,
               cape: RGB | None = None) -> tuple[Sprite, int, int] | None:
    """`fit_figure`, with the subject's `flip` already applied: the body stays centred in its box either way."""
    if not subject.flip:
        return fit_figure(subject, size, holds, wears, feet, act, apron, cape)
    axis = (subject.box[0] + subject.box[2]) * size[0]  # twice the box's centre, in pixels
    mirrored = None if holds is None else (axis - holds[2], holds[1], axis - holds[0], holds[3])
    fitted = fit_figure(subject, size, mirrored, wears, feet, replace(act, aim=-act.aim), apron, cape)
    if fitted is None:
        return None
    made, x, y = fitted
    return transformed(made, Image.Transpose.FLIP_LEFT_RIGHT), round(axis - x - made.size[0]), y
