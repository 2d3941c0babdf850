"""Render styles: the same scene finished as flat colour, watercolour, sketch, pixel art, a photographic look, a
poster or 3D. A style says at what size it paints, what it does to the world before subjects stand in it, how it
treats the subjects, and how it finishes the picture; text is always set afterwards, at full size."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import Image

from openbanana.engines.draft.styles.photo import depth_of_field, photo_finish
from openbanana.engines.draft.styles.pixel import pixelate
from openbanana.engines.draft.styles.poster import outline_sprite, poster, shade_sprite, solid
from openbanana.engines.draft.styles.sketch import sketch
from openbanana.engines.draft.styles.watercolor import watercolor
from openbanana.engines.draft.subjects import Treatment
from openbanana.scene import RenderStyle

Finish = Callable[[Image.Image, random.Random], Image.Image]


@dataclass(frozen=True)
class Style:
    name: RenderStyle
    max_side: int | None = None  # paint at most this long side and scale up afterwards; None: full size
    world: Callable[[Image.Image, float], Image.Image] | None = None  # on the world before subjects (horizon given)
    treatment: Treatment = field(default_factory=Treatment)  # how subjects are drawn
    finish: Finish | None = None
    scale_up: Image.Resampling = Image.Resampling.BILINEAR  # how the painted picture reaches the full size


STYLES: dict[RenderStyle, Style] = {
    "flat": Style("flat"),
    "watercolor": Style("watercolor", 2048, finish=watercolor),
    "sketch": Style("sketch", 2048, finish=sketch),
    "pixel": Style("pixel", 640, treatment=Treatment(before=outline_sprite), finish=pixelate,
                   scale_up=Image.Resampling.NEAREST),
    "photo": Style("photo", 2048, world=depth_of_field, treatment=Treatment(blur_far=1.0), finish=photo_finish),
    "poster": Style("poster", 2048, treatment=Treatment(before=outline_sprite), finish=poster),
    "3d": Style("3d", 2048, treatment=Treatment(after=shade_sprite, shadow=1.8), finish=solid),
}


HALF_FROM = 1600  # above this long side a soft style paints at half size (but at least SOFT_FLOOR)
SOFT_FLOOR = 1536


def paint_size(style: Style, width: int, height: int) -> tuple[int, int]:
    """The size the scene is painted at before the style scales it to the requested size: full size for the
    crisp flat style; for the soft ones at most `max_side`, and half size on big canvases (their washes, pencil
    and film grain lose nothing by it, and the text is set afterwards at full size)."""
    long_side = max(width, height)
    if style.max_side is None:
        return width, height
    target = min(long_side, style.max_side)
    if long_side > HALF_FROM:
        target = min(target, max(SOFT_FLOOR, long_side // 2))
    if target >= long_side:
        return width, height
    factor = target / long_side
    return max(1, round(width * factor)), max(1, round(height * factor))
