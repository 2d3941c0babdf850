"""A monocle: one round lens in a thin gold rim over one eye, its chain hanging down from the rim's outer side.
Without it "give the cat a monocle" was answered as not done; it is drawn, not a pictogram (none exists), anchored
to the eye the face finder gives, so it sits on a person's or a cat's eye alike."""

from __future__ import annotations

import math

from PIL import Image

from openbanana.engines.draft.photo.face_frame import Frame, finish, layer_for

GOLD, GOLD_SHADE = (214, 170, 70, 255), (150, 110, 40, 255)
LENS = 0.36  # the lens's radius, in eye distances (a glasses' lens is 0.4: a monocle sits in the socket)
CHAIN = 1.6  # how far the chain hangs below the lens, in lens radii


def monocle(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """The lens over the face's right eye as the viewer sees it, glass faintly lit, and a chain of small links
    curving down and out from the rim."""
    face = frame.face
    eye = max(face.eye_left, face.eye_right, key=lambda point: point[0])
    radius = math.dist(face.eye_left, face.eye_right) * LENS
    reach = radius * (1 + CHAIN)
    layer, draw, scale = layer_for(reach * 2.2, reach * 2)
    w, h = layer.size
    r, cx, cy = radius * scale, w / 2, h / 2
    rim = max(2, round(r * 0.13))
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(236, 242, 248, 40), outline=GOLD, width=rim)
    draw.arc((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), 200, 250, fill=(255, 255, 255, 170),
             width=max(1, rim // 2))
    links = 14
    for step in range(links):  # a chain: a sagging curve from the rim's outer side down and out
        t = step / (links - 1)
        x = cx + r * 0.9 + t * r * 0.9
        y = cy + r * 0.45 + t * r * CHAIN * 0.95 - math.sin(t * math.pi) * r * 0.25
        link = max(1.5, r * 0.06)
        draw.ellipse((x - link, y - link, x + link, y + link), outline=GOLD_SHADE if step % 2 else GOLD,
                     width=max(1, round(link * 0.5)))
    return finish(canvas, layer, eye, frame)
