"""Speech bubbles on a photo: the bubble beside the speaker's face, on the side with more room, its tail pointing at
the mouth, and the words set inside it; never over the face.

Why here: only the engine knows where the face is, so the planner asks for words in the "speech" role and this
module places them, draws the bubble under them, and says where it went when there was no face to point at.
"""

from __future__ import annotations

from dataclasses import replace

from PIL import Image

from openbanana.engines.draft.photo.faces import Face
from openbanana.imaging.drawing.shapes import draw_shapes
from openbanana.plan import Box, Shape, TextBlock

WIDTH, HEIGHT = 0.36, 0.17  # the bubble, as fractions of the photo
INSET = 0.18  # of the bubble's size, kept clear round the words


def with_bubble(canvas: Image.Image, block: TextBlock, faces: list[Face]) -> tuple[TextBlock, str | None]:
    """Draw the bubble for one "speech" block on the canvas; the block moved inside it, and what the answer must
    say (None: nothing)."""
    width, height = canvas.size
    if faces:
        face = faces[0]
        x0, y0, x1, _ = face.box
        right = (width - x1) >= x0  # the side with more room
        left_edge = x1 / width + 0.02 if right else x0 / width - 0.02 - WIDTH
        left_edge = min(max(left_edge, 0.02), 0.98 - WIDTH)
        top = min(max(y0 / height - HEIGHT * 0.6, 0.02), 0.98 - HEIGHT)
        box: Box = (left_edge, top, left_edge + WIDTH, top + HEIGHT)
        mouth = (face.mouth[0] / width, face.mouth[1] / height)
        tail = (mouth[0] + (0.04 if right else -0.04), mouth[1] - 0.02)
        said = None
    else:
        left_edge = 0.5 - WIDTH / 2 + 0.12  # at the top, a little right of the middle, pointing down into the picture
        box = (left_edge, 0.04, left_edge + WIDTH, 0.04 + HEIGHT)
        tail = (0.5, 0.04 + HEIGHT + 0.1)
        said = (f'I found no face to point the speech bubble at, so the bubble with "{block.text}" is at the top, '
                "pointing down into the picture.")
    draw_shapes(canvas, (Shape("bubble", (box[:2], box[2:], tail), stroke_width=0.004, radius=0.04),), "over")
    inset_x, inset_y = (box[2] - box[0]) * INSET / 2, (box[3] - box[1]) * INSET
    inner = (box[0] + inset_x, box[1] + inset_y, box[2] - inset_x, box[3] - inset_y)
    return replace(block, box=inner, treatment="none", color=block.color or (22, 22, 28)), said
