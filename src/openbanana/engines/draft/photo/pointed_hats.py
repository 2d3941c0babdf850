"""Pointed hats with a brim: a wizard's (deep blue, gold stars) and a witch's (black, a purple band).

Why drawn: no pictogram shows either, and the top hat that stood in for them is another hat; a tall cone leaning a
little back over a wide brim, shaded down one side, reads as the hat asked for at a glance.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.face_frame import Frame, finish, layer_for

Color = tuple[int, int, int, int]


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: Color) -> None:
    points = [(cx + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
               cy - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5)) for i in range(10)]
    draw.polygon(points, fill=fill)


def _pointed(body: Color, shade: Color, band: Color | None, stars: Color | None) -> Callable[
        [Image.Image, Frame], tuple[int, int, int, int]]:
    def draw_hat(canvas: Image.Image, frame: Frame) -> tuple[int, int, int, int]:
        width, height = frame.face.width * 1.5, frame.tall * 1.15
        layer, draw, _ = layer_for(width, height)
        w, h = layer.size
        brim = h * 0.14
        base_y = h - brim * 0.55
        tip = (w * 0.62, 0.0)  # the cone leans a little back, as a soft hat does
        draw.polygon([tip, (w * 0.78, base_y), (w * 0.22, base_y)], fill=body)
        draw.polygon([tip, (w * 0.78, base_y), (w * 0.56, base_y)], fill=shade)  # the side away from the light
        draw.ellipse((0, h - brim, w, h), fill=body)
        draw.ellipse((w * 0.06, h - brim, w * 0.94, h - brim * 0.35), fill=shade)
        if band is not None:
            draw.polygon([(w * 0.22, base_y), (w * 0.78, base_y), (w * 0.745, base_y - h * 0.08),
                          (w * 0.255, base_y - h * 0.08)], fill=band)
        if stars is not None:
            for fx, fy, fr in ((0.45, 0.62, 0.07), (0.58, 0.4, 0.05), (0.4, 0.8, 0.045), (0.62, 0.72, 0.04)):
                _star(draw, w * fx, h * fy, w * fr, stars)
        centre = frame.move(frame.face.forehead, up=frame.hair * 0.55 + height / 2 - height * 0.07)
        return finish(canvas, layer, centre, frame)

    return draw_hat


wizard_hat = _pointed((38, 44, 120, 255), (26, 30, 88, 255), None, (246, 200, 60, 255))
witch_hat = _pointed((28, 26, 32, 255), (14, 12, 18, 255), (120, 56, 160, 255), None)
