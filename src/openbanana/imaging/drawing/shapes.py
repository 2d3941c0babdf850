"""A layout's drawn elements: buttons, panels, numbered circles, arrows, callout lines, leader dots, speech bubbles.

Each shape is drawn anti-aliased into its own small patch: a coverage mask drawn at up to 4x and reduced (a box
filter), then the colour pasted through it, so a 4K canvas costs what the shapes cover, not the frame. Lines with
no colour of their own take ink or paper, whichever reads on the ground under them. Leader dots stop short of the
text they run between: the text's set box is measured first (fit_text is cached) and the dots skip it. A callout
whose point missed the drawn object (a car is wide and low in its square) moves to the nearest of its ink.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
from PIL import Image, ImageDraw

from openbanana.imaging.drawing.typography import INK, PAPER, contrast, fit_text, read_ground
from openbanana.plan import RGB, Shape, ShapeLayer, TextBlock

Point = tuple[float, float]
PixelBox = tuple[int, int, int, int]
MAX_PATCH_SAMPLES = 1_500_000  # the supersampled patch's pixel budget: a big panel draws at 1-2x, a button at 4x
BUBBLE_FILL: RGB = (255, 255, 255)


def draw_shapes(canvas: Image.Image, shapes: Sequence[Shape], layer: ShapeLayer,
                texts: Sequence[TextBlock] = ()) -> None:
    """Draw the shapes of one layer ("under" the subjects, or "over" them and under the text) in order."""
    mine = [s for s in shapes if s.layer == layer]
    if not mine:
        return
    clear = [fit_text(t, canvas.size).box for t in texts] if any(s.kind == "leader" for s in mine) else []
    short = min(canvas.size)
    for shape in mine:
        points = [(x * canvas.width, y * canvas.height) for x, y in shape.points]
        width = max(1.0, shape.stroke_width * short)
        if shape.kind == "leader":
            _leader(canvas, shape, points, width, clear)
        elif shape.kind == "callout":
            _callout(canvas, shape, points, width)
        elif shape.kind in ("rect", "ellipse", "polygon", "bubble"):
            _area(canvas, shape, points, width, short)
        else:
            _path(canvas, shape, points, width)


def _patch(points: Iterable[Point], pad: float, size: tuple[int, int]) -> PixelBox | None:
    xs, ys = zip(*points, strict=True)
    box = (max(0, math.floor(min(xs) - pad)), max(0, math.floor(min(ys) - pad)),
           min(size[0], math.ceil(max(xs) + pad)), min(size[1], math.ceil(max(ys) + pad)))
    return box if box[2] > box[0] and box[3] > box[1] else None


def _factor(box: PixelBox) -> int:
    area = (box[2] - box[0]) * (box[3] - box[1])
    return max(1, min(4, int(math.sqrt(MAX_PATCH_SAMPLES / max(1, area)))))


def _paste(canvas: Image.Image, box: PixelBox, mask: Image.Image, factor: int, color: RGB, opacity: float) -> None:
    """Reduce a supersampled coverage mask and paint `color` through it."""
    small = mask.reduce(factor) if factor > 1 else mask
    if opacity < 1.0:
        small = small.point(lambda v: round(v * opacity))
    canvas.paste(color, box[:2], small.crop((0, 0, box[2] - box[0], box[3] - box[1])))


def _auto(canvas: Image.Image, box: PixelBox, color: RGB | None) -> RGB:
    if color is not None:
        return color
    ground = read_ground(canvas, box)
    return PAPER if contrast(PAPER, ground.mean) >= contrast(INK, ground.mean) else INK


def _local(points: Sequence[Point], box: PixelBox, factor: int) -> list[Point]:
    return [((x - box[0]) * factor, (y - box[1]) * factor) for x, y in points]


def _area(canvas: Image.Image, shape: Shape, points: list[Point], width: float, short: int) -> None:
    """Rects (rounded), ellipses, polygons and speech bubbles: a fill, then an outline."""
    outline = bubble_outline(points, shape.radius * short) if shape.kind == "bubble" else None
    box = _patch(outline or points, width + 2, canvas.size)
    if box is None:
        return
    factor = _factor(box)
    size = ((box[2] - box[0]) * factor, (box[3] - box[1]) * factor)
    fill = shape.fill if shape.fill is not None or shape.kind != "bubble" else BUBBLE_FILL
    stroke = shape.stroke if shape.stroke is not None or shape.kind != "bubble" else INK
    local = _local(outline or points, box, factor)
    for color, is_stroke in ((fill, False), (stroke, True)):
        if color is None or (is_stroke and shape.stroke_width <= 0 and shape.kind != "bubble"):
            continue
        mask = Image.new("L", size, 0)
        draw = ImageDraw.Draw(mask)
        w = round(width * factor)
        if shape.kind == "rect":
            corners = (local[0], (local[1][0] - 1, local[1][1] - 1))
            radius = round(shape.radius * short * factor)
            draw.rounded_rectangle(corners, radius=radius, fill=None if is_stroke else 255,
                                   outline=255 if is_stroke else None, width=w if is_stroke else 0)
        elif shape.kind == "ellipse":
            corners = (local[0], (local[1][0] - 1, local[1][1] - 1))
            draw.ellipse(corners, fill=None if is_stroke else 255, outline=255 if is_stroke else None,
                         width=w if is_stroke else 0)
        elif is_stroke:
            draw.line([*local, local[0]], fill=255, width=w, joint="curve")
        else:
            draw.polygon(local, fill=255)
        _paste(canvas, box, mask, factor, color, shape.opacity)


def bubble_outline(points: Sequence[Point], radius: float) -> list[Point]:
    """A speech bubble's outline: a rounded rectangle (two corners) with a tail out to the third point, leaving
    from the side that faces it."""
    (x0, y0), (x1, y1) = points[0], points[1]
    radius = max(2.0, min(radius, (x1 - x0) / 2, (y1 - y0) / 2))
    ring: list[Point] = []
    steps = max(6, min(24, round(radius / 5)))  # points per corner: smooth at 4K, cheap at 1K
    for cx, cy, start in ((x1 - radius, y0 + radius, -90), (x1 - radius, y1 - radius, 0),
                          (x0 + radius, y1 - radius, 90), (x0 + radius, y0 + radius, 180)):
        for step in range(steps + 1):
            angle = math.radians(start + step * 90 / steps)
            ring.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    if len(points) < 3:
        return ring
    tx, ty = points[2]
    cx = min(max(tx, x0 + radius + 4), x1 - radius - 4)
    base = max(6.0, min((x1 - x0) * 0.12, (y1 - y0) * 0.45, (x1 - x0) / 2 - radius))
    below = ty >= y1
    edge = y1 if below else y0
    a, b = (cx + base / 2, edge), (cx - base / 2, edge)
    if not below:
        a, b = b, a
    # insert the tail on the bottom edge (between the second and third corner) or the top (after the last)
    at = 2 * (steps + 1) if below else 4 * (steps + 1)
    return [*ring[:at], a, (tx, ty), b, *ring[at:]]


def _path(canvas: Image.Image, shape: Shape, points: list[Point], width: float) -> None:
    """Lines, polylines and arrows (a filled head at the last point)."""
    head: list[Point] = []
    if shape.kind == "arrow" and len(points) >= 2:
        (px, py), (qx, qy) = points[-2], points[-1]
        length = math.hypot(qx - px, qy - py) or 1.0
        ux, uy = (qx - px) / length, (qy - py) / length
        size = min(max(width * 4.5, 8.0), length * 0.6)
        base = (qx - ux * size, qy - uy * size)
        head = [(qx, qy), (base[0] - uy * size * 0.55, base[1] + ux * size * 0.55),
                (base[0] + uy * size * 0.55, base[1] - ux * size * 0.55)]
        points = [*points[:-1], (qx - ux * size * 0.8, qy - uy * size * 0.8)]
    box = _patch([*points, *head], width + 2, canvas.size)
    if box is None:
        return
    factor = _factor(box)
    mask = Image.new("L", ((box[2] - box[0]) * factor, (box[3] - box[1]) * factor), 0)
    draw = ImageDraw.Draw(mask)
    local = _local(points, box, factor)
    w = max(1, round(width * factor))
    draw.line(local, fill=255, width=w, joint="curve")
    for x, y in (local[0], local[-1]):  # round caps
        draw.ellipse((x - w / 2, y - w / 2, x + w / 2, y + w / 2), fill=255)
    if head:
        draw.polygon(_local(head, box, factor), fill=255)
    _paste(canvas, box, mask, factor, _auto(canvas, box, shape.stroke or shape.fill), shape.opacity)


def _leader(canvas: Image.Image, shape: Shape, points: list[Point], width: float, clear: list[PixelBox]) -> None:
    """Dots along the line, except where text stands, with half the text's height clear either side (a dot close
    to a word reads as its full stop: "Pepperoni." for "Pepperoni")."""
    (x0, y), (x1, _) = points[0], points[-1]
    step = width * 3.2
    blocked = [(b[0] - max(step * 1.2, (b[3] - b[1]) * 0.5), b[2] + max(step * 1.2, (b[3] - b[1]) * 0.5))
               for b in clear if b[1] - width <= y <= b[3] + width]
    dots = []
    x = x0 + step / 2
    while x < x1:
        if not any(a <= x <= b for a, b in blocked):
            dots.append(x)
        x += step
    if not dots:
        return
    box = _patch([(dots[0], y), (dots[-1], y)], width + 2, canvas.size)
    if box is None:
        return
    factor = 4
    mask = Image.new("L", ((box[2] - box[0]) * factor, (box[3] - box[1]) * factor), 0)
    draw = ImageDraw.Draw(mask)
    r = width / 2 * factor
    for dx in dots:
        cx, cy = (dx - box[0]) * factor, (y - box[1]) * factor
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    _paste(canvas, box, mask, factor, _auto(canvas, box, shape.stroke or shape.fill), shape.opacity)


def _callout(canvas: Image.Image, shape: Shape, points: list[Point], width: float) -> None:
    """A label's line to the object, ending in a dot on the object's ink."""
    start, end = points[0], on_ink(canvas, points[0], points[-1])
    _path(canvas, Shape("line", (), stroke=shape.stroke, opacity=shape.opacity), [start, end], width)
    r = max(3.0, width * 2.2)
    dot = Shape("ellipse", (), fill=shape.fill or shape.stroke or INK)
    _area(canvas, dot, [(end[0] - r, end[1] - r), (end[0] + r, end[1] + r)], width, min(canvas.size))


def on_ink(canvas: Image.Image, start: Point, end: Point) -> Point:
    """`end` if something is drawn there; else the nearest drawn pixel within reach (a third of the line's length),
    told from the ground by its colour: the ground is what lies under the line's start, beside the label."""
    reach = max(6, round(math.dist(start, end) / 3))
    x, y = round(end[0]), round(end[1])
    box = (max(0, x - reach), max(0, y - reach), min(canvas.width, x + reach + 1), min(canvas.height, y + reach + 1))
    if box[2] <= box[0] or box[3] <= box[1]:
        return end
    ground = np.asarray(read_ground(canvas, _around(start, 6, canvas.size)).mean, dtype=np.float32)
    patch = np.asarray(canvas.crop(box), dtype=np.float32)
    ink = np.abs(patch - ground).max(axis=2) > 48
    if not ink.any():
        return end
    ys, xs = np.nonzero(ink)
    distance = (xs + box[0] - end[0]) ** 2 + (ys + box[1] - end[1]) ** 2
    nearest = int(np.argmin(distance))
    if distance[nearest] == 0:
        return end
    # a little inside the ink, not on its very edge
    nx, ny = float(xs[nearest] + box[0]), float(ys[nearest] + box[1])
    length = math.dist((nx, ny), end) or 1.0
    step = min(4.0, reach / 10)
    return (nx + (nx - end[0]) / length * step, ny + (ny - end[1]) / length * step)


def _around(point: Point, radius: int, size: tuple[int, int]) -> PixelBox:
    x, y = round(point[0]), round(point[1])
    return (max(0, x - radius), max(0, y - radius), min(size[0], x + radius + 1), min(size[1], y + radius + 1))
