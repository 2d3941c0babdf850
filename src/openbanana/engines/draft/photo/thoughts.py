"""A thought bubble over a head with a thing pictured in it ("a thought bubble above the cat with a fish in it"):
a white cloud beside or above the head, a trail of shrinking circles down to it, and the thing drawn inside.

Why: a thought is shown by the bubble, not by the thing alone; a fish laid on a cat's cheek says nothing of what
the cat thinks. The head is found here (a cat's face, else a person's); without one the bubble goes at the top and
the answer says so.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.faces import find_cat_faces
from openbanana.engines.draft.photo.shading import lay_in
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit, Subject

BUBBLE = 0.3  # the bubble's height, as a share of the photo's short side (its width 1.4 times that)
LOBES = ((0.0, 0.0, 1.0, 1.0), (0.08, -0.1, 0.55, 0.45), (0.45, -0.12, 0.95, 0.4), (-0.06, 0.3, 0.35, 0.85),
         (0.68, 0.28, 1.06, 0.8), (0.25, 0.55, 0.8, 1.08))  # a cloud: overlapping ellipses, fractions of its box
INK, PAPER = (70, 70, 78), (252, 252, 250)


def add_thought(photo: Photo, edit: PhotoEdit) -> str | None:
    height, width = photo.rgb.shape[:2]
    short = min(width, height)
    cats = find_cat_faces(photo.rgb)
    heads = [c.box for c in cats] or [f.box for f in photo.faces]
    bh, bw = BUBBLE * short, BUBBLE * short * 1.4
    note = None
    if heads:
        x0, y0, x1, y1 = heads[0]
        right = width - x1 >= x0  # the side with more room
        left = x1 - 0.15 * (x1 - x0) if right else x0 + 0.15 * (x1 - x0) - bw
        top = y0 - bh * 0.9
        head = ((x0 + x1) / 2 + (0.25 if right else -0.25) * (x1 - x0), y0 + 0.1 * (y1 - y0))  # its crown
    else:
        left, top, head = (width - bw) / 2, 0.03 * height, (width / 2, 0.03 * height + bh * 1.6)
        note = "I found no face to think it, so the thought bubble is at the top."
    left = min(max(left, 0.02 * width), width - bw - 0.02 * width)
    top = min(max(top, 0.02 * height), height - bh - 0.02 * height)
    canvas = Image.fromarray(photo.rgb)
    _cloud(canvas, (left, top, left + bw, top + bh), head, short)
    inner = ((left + 0.28 * bw) / width, (top + 0.18 * bh) / height, (left + 0.72 * bw) / width,
             (top + 0.82 * bh) / height)
    laid = lay_in(np.asarray(canvas), Subject(edit.name, edit.glyph or "", inner, z=3, role="support",
                                              tint=edit.color), shadow=False, seed=photo.rng.randrange(2**32))
    if laid is None:
        return not_done(edit, f"I have no picture of {edit.name} to put in the bubble.")
    photo.drawn.append(laid[1])
    photo.changed(laid[0])
    return note


def _cloud(canvas: Image.Image, box: tuple[float, float, float, float], head: tuple[float, float], short: int) -> None:
    """The cloud (each lobe outlined, then all filled, so only its outer edge shows) and its trail to `head`."""
    draw = ImageDraw.Draw(canvas)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    line = max(2, round(short / 220))
    ellipses = [(x0 + a * w, y0 + b * h, x0 + c * w, y0 + d * h) for a, b, c, d in LOBES]
    for e in ellipses:
        draw.ellipse(e, fill=INK)
    for e in ellipses:
        draw.ellipse((e[0] + line, e[1] + line, e[2] - line, e[3] - line), fill=PAPER)
    start = ((x0 + x1) / 2, y1)
    for step, radius in ((0.35, 0.07), (0.6, 0.05), (0.82, 0.033)):
        cx, cy = start[0] + (head[0] - start[0]) * step, start[1] + (head[1] - start[1]) * step
        r = radius * short
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=PAPER, outline=INK, width=line)
