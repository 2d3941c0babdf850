"""A knitted beanie pulled down over the head: a rounded crown and a folded-up cuff with ribs, low on the forehead.

Why: a woolly hat is one of the hats people ask for most, and no pictogram shows one worn; drawn as cloth (the
scarf's knit shading, the photo's own light, a soft shadow on the brow) it reads as worn rather than pasted on.
"""

from __future__ import annotations

from PIL import Image

from openbanana.engines.draft.photo.face_frame import Frame, finish, layer_for
from openbanana.engines.draft.photo.knit import in_light, knitted

BEANIE_NAVY = (44, 62, 104)  # the colour when none is named
TURNED = 1.5  # how far the hat moves back across the head, in nose-to-eyes offsets, when the face is turned aside
CAT_WIDTH = 0.9  # a cat's face box takes in its cheeks and ears: its head between the ears is narrower than that
BROW = 0.06  # how far below the hairline the cuff comes down, as a share of the face's height


def beanie(canvas: Image.Image, frame: Frame, color: tuple[int, int, int] | None = None) -> tuple[int, int, int, int]:
    """Draw the beanie on the head `frame` is of (navy unless a colour is named); the box it covers."""
    red, green, blue = color or BEANIE_NAVY
    base = (red, green, blue, 255)
    cuff_tone = (round(red * 0.82), round(green * 0.82), round(blue * 0.82), 255)
    width = frame.face.width * (CAT_WIDTH if frame.face.kind == "cat" else 1.3)
    height = frame.hair * 1.15 + frame.tall * BROW
    layer, draw, _ = layer_for(width, height)
    w, h = layer.size
    cuff = h * 0.3
    draw.chord((w * 0.04, 0, w * 0.96, (h - cuff) * 2 + cuff * 0.6), 180, 360, fill=base)  # the rounded crown
    draw.rectangle((w * 0.04, h - cuff - cuff * 0.2, w * 0.96, h - cuff * 0.5), fill=base)
    draw.rounded_rectangle((0, h - cuff, w, h), radius=cuff * 0.35, fill=cuff_tone)  # the folded cuff
    line = max(2, round(w * 0.01))
    for x in range(round(w * 0.05), round(w * 0.96), max(4, round(w * 0.035))):  # the cuff's ribs
        draw.line((x, h - cuff * 0.9, x, h - cuff * 0.1), fill=(round(red * 0.62), round(green * 0.62),
                                                              round(blue * 0.62), 255), width=line)
    eyes, nose = frame.eyes, frame.face.nose
    turned = (eyes[0] - nose[0]) * frame.across[0] + (eyes[1] - nose[1]) * frame.across[1]
    # a face turned aside has its hairline toward the nose: the head's crown is back the other way
    centre = frame.move(frame.face.forehead, up=height / 2 - frame.tall * BROW, across=turned * TURNED)
    return finish(canvas, in_light(knitted(layer), canvas, centre), centre, frame)
