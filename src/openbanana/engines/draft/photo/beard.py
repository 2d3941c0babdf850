"""A full beard: a U of hair from cheek to cheek below the mouth, hanging a little past the chin and tapering, with
strands of lighter and darker hair through it and the mouth left clear. Without it "give him a long grey beard" was
answered as not done. Drawn brown and turned to a named colour like every accessory ("grey", "white", "ginger")."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.face_frame import Frame, finish, layer_for

HAIR = (98, 72, 52, 255)
DROP = 0.5  # how far it hangs below the chin, in face widths
STRANDS = 260


def beard(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
    """The beard's U from the mouth's height down past the chin, the mouth cut out of it, combed with strands."""
    face = frame.face
    mouth_to_chin = math.dist(face.mouth, face.chin)
    top_above_chin = mouth_to_chin * 1.35
    width, height = face.width * 1.02, top_above_chin + face.width * DROP
    layer, draw, scale = layer_for(width, height)
    w, h = layer.size
    outline = [(w / 2 + w / 2 * math.cos(t) * (1 - 0.45 * math.sin(t) ** 2), h * math.sin(t))
               for t in (i * math.pi / 40 for i in range(41))]
    draw.polygon(outline, fill=HAIR)
    mouth_y = (top_above_chin - mouth_to_chin) * scale
    rx, ry = face.width * 0.19 * scale, mouth_to_chin * 0.3 * scale
    draw.ellipse((w / 2 - rx, mouth_y - ry, w / 2 + rx, mouth_y + ry), fill=(0, 0, 0, 0))
    combed = layer.copy()
    strands = ImageDraw.Draw(combed)
    rng = random.Random(7)
    line = max(1, round(w / 160))
    for _ in range(STRANDS):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        length = rng.uniform(0.04, 0.1) * h
        lean = (x - w / 2) / w * 0.6  # the hair falls down and in toward the chin's line
        shade = rng.choice(((138, 108, 84, 255), (66, 46, 32, 255), (120, 92, 70, 255)))
        strands.line([(x, y), (x - lean * length, y + length)], fill=shade, width=line)
    combed.putalpha(layer.getchannel("A"))
    centre = frame.move(face.chin, up=top_above_chin - height / 2)
    return finish(canvas, combed, centre, frame)
