"""Northern lights in a drawn scene's sky ("a cabin under the northern lights"): the photo edits' curtains of green
light (`photo.effects.aurora`), screened over the sky before the far hills and mountains are drawn in front of them.
Without them the prompt's one named sight was a plain starry night."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.effects import aurora

EFFECT_LONG_SIDE = 512  # the curtains are soft: made small and scaled up


def draw_aurora(image: Image.Image, row: int, rng: random.Random) -> None:
    """Curtains of light over the sky (the rows above `row`), their feet near the horizon."""
    width = image.width
    if row < 8:
        return
    scale = min(1.0, EFFECT_LONG_SIDE / max(width, row))
    small_w, small_h = max(8, round(width * scale)), max(8, round(row * scale))
    light, strength = aurora(small_w, small_h, 0.92, rng)
    glow = np.clip(light * strength[..., None], 0, 255).astype(np.uint8)
    layer = Image.fromarray(glow, "RGB").resize((width, row), Image.Resampling.BILINEAR)
    sky = image.crop((0, 0, width, row))
    base = np.asarray(sky, dtype=np.float32)
    add = np.asarray(layer, dtype=np.float32)
    screened = 255 - (255 - base) * (1 - add / 255)  # light added as a screen: bright over a dark sky, never clipped
    image.paste(Image.fromarray(screened.astype(np.uint8), "RGB"), (0, 0))
