"""Numbered steps and process flows: a numbered circle, an icon area and the step's text per step, with arrows from
each step to the next: left to right on a wide page, top down on a tall one, in rows that snake (→ then ↓ then ←)
when there are many."""

from __future__ import annotations

import math
import re

from openbanana.plan import Box, Shape
from openbanana.planner.rules.documents.frame import MIN_TEXT, DocumentLayout, Page, Slot, block, left_out, on
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import stack
from openbanana.scene import TextSpec

MAX_STEPS = 12  # more than this and each is too small to read; the rest are said, not drawn
ARROW_WIDTH = 0.006


def lay_out(page: Page) -> DocumentLayout:
    steps = [s for s in page.texts if s.role == "step"]
    others = tuple(s for s in page.texts if s.role != "step")
    shortfalls: tuple[str, ...] = ()
    if len(steps) > MAX_STEPS:
        shortfalls = (left_out("steps", MAX_STEPS, len(steps), [s.text for s in steps[MAX_STEPS:]]),)
        steps = steps[:MAX_STEPS]
    framed = stack(rows_for(page, others), page, share=0.3, variant="text-top")
    body = framed.area or (page.mx, page.my, 1 - page.mx, 1 - page.my)
    count = len(steps)
    pictures = [_pictured(spec, index, count, page.subjects) for index, spec in enumerate(steps)]
    icons = any(pictures)
    area = None
    if page.has_subjects and not icons:  # pictures that belong to no one step: beside the steps, or under them
        body, area = _beside_picture(body, page.ratio)
    shape = (body[2] - body[0]) * page.ratio / max(1e-6, body[3] - body[1])
    if shape >= 1.3 and count <= 5:
        columns, name = count, "steps-across"
    elif shape >= 1.3:
        columns, name = (3 if count <= 6 else 4), "steps-snake"
    elif count <= (6 if shape >= 0.9 else 8):
        columns, name = 1, "steps-down"
    else:
        columns, name = (3 if shape >= 0.9 else 2), "steps-snake"
    cells = _cells(body, count, columns)
    blocks, shapes, slots = list(framed.blocks), list(framed.shapes), []
    circles = []
    for index, (spec, cell) in enumerate(zip(steps, cells, strict=True)):
        circle, text_box, icon = (_across(cell, page, name == "steps-snake", icons) if columns > 1 else
                                  _down(cell, page, icons))
        circles.append(circle)
        d = circle[3] - circle[1]
        shapes.append(Shape("ellipse", ((circle[0], circle[1]), (circle[2], circle[3])), fill=page.accent))
        number = TextSpec(str(index + 1), "number")
        inset = d * 0.22
        blocks.append(block(number, (circle[0] + inset / page.ratio, circle[1] + inset, circle[2] - inset / page.ratio,
                                     circle[3] - inset), "display", max_size=d * 0.55, color=on(page.accent),
                            treatment="none"))
        blocks.append(block(spec, text_box, page.body_face if page.body_face != "serif-italic" else "serif",
                            align="center" if columns > 1 else "left",
                            max_size=min(0.055, (text_box[3] - text_box[1]) * 0.45), min_size=MIN_TEXT))
        if icon is not None and pictures[index]:
            slots.append(Slot(icon, pictures[index]))
    for index in range(count - 1):
        shapes.append(_arrow(circles[index], circles[index + 1], cells[index], name == "steps-snake", page))
    return DocumentLayout(name, tuple(blocks), tuple(shapes), area, tuple(slots), shortfalls=framed.shortfalls
                          + shortfalls)


def _beside_picture(body: Box, ratio: float) -> tuple[Box, Box]:
    """The steps' part of the body and the picture's: side by side on a wide or square page, stacked on a tall."""
    left, top, right, bottom = body
    if (right - left) * ratio >= (bottom - top) * 0.9:
        split = left + (right - left) * 0.62
        return (left, top, split, bottom), (split + 0.02, top, right, bottom)
    split = top + (bottom - top) * 0.7
    return (left, top, right, split), (left, split + 0.02, right, bottom)


def _pictured(step: TextSpec, index: int, count: int, subjects: tuple[str, ...]) -> str:
    """The picture for a step's icon: one its words name ("Apply soap" → soap), else the index-th when there is one
    for every step, else none."""
    words = set(re.findall(r"[a-z]+", step.text.lower()))
    named = next((s for s in subjects if s in words or s.rstrip("s") in words or f"{s}s" in words), "")
    return named or (subjects[index] if len(subjects) >= count else "")


def _cells(body: Box, count: int, columns: int) -> list[Box]:
    """One box per step, in reading order; rows run right to left on every other row of a snake."""
    left, top, right, bottom = body
    rows = math.ceil(count / columns)
    w, h = (right - left) / columns, (bottom - top) / rows
    cells = []
    for index in range(count):
        row, col = divmod(index, columns)
        if row % 2 == 1 and columns > 1 and rows > 1:
            col = columns - 1 - col
        cells.append((left + col * w, top + row * h, left + (col + 1) * w, top + (row + 1) * h))
    return cells


def _across(cell: Box, page: Page, snake: bool, icons: bool) -> tuple[Box, Box, Box | None]:
    """The circle on top, the text under it, then the icon (a snake keeps room above the circle for the arrow that
    turns the row)."""
    left, top, right, bottom = cell
    w, h = (right - left) * page.ratio, bottom - top  # in canvas heights
    d = min(w * 0.3, h * (0.2 if icons else 0.3), 0.13)
    cx = (left + right) / 2
    text_h = min(h * (0.3 if icons else 0.42), 0.16)
    lead = h * 0.12 if snake else h * 0.04 if icons else max(h * 0.04, (h - d - h * 0.03 - text_h) / 2)
    circle = (cx - d / 2 / page.ratio, top + lead, cx + d / 2 / page.ratio, top + lead + d)
    text = (left + 0.012, circle[3] + h * 0.03, right - 0.012, circle[3] + h * 0.03 + text_h)
    space = bottom - h * 0.04 - text[3]
    icon = None
    if icons and space > 0.06:
        s = min(space, w * 0.7)
        icon = (cx - s / 2 / page.ratio, text[3] + h * 0.01, cx + s / 2 / page.ratio, text[3] + h * 0.01 + s)
    return circle, text, icon


def _down(cell: Box, page: Page, icons: bool) -> tuple[Box, Box, Box | None]:
    """Circle at the left, the text beside it, the icon at the right end of the row."""
    left, top, right, bottom = cell
    h = bottom - top
    d = min(h * 0.62, 0.12)
    cy = (top + bottom) / 2
    circle = (left, cy - d / 2, left + d / page.ratio, cy + d / 2)
    icon_size = min(h * 0.85, 0.2) if icons else 0.0
    icon = (right - icon_size / page.ratio, cy - icon_size / 2, right, cy + icon_size / 2) if icon_size else None
    text = (circle[2] + 0.025 / page.ratio, top + h * 0.08, right - (icon_size + 0.03) / page.ratio, bottom - h * 0.08)
    return circle, text, icon


def _arrow(a: Box, b: Box, cell_a: Box, snake: bool, page: Page) -> Shape:
    """From one step's circle to the next: across a row (either way), down a column, or down a snake's turn
    (from under the step's text to the next circle, so it crosses nothing)."""
    gap_x, gap_y = 0.018 / page.ratio, 0.014
    ay, by = (a[1] + a[3]) / 2, (b[1] + b[3]) / 2
    ax, bx = (a[0] + a[2]) / 2, (b[0] + b[2]) / 2
    if abs(ay - by) < 1e-6:
        points = ((a[2] + gap_x, ay), (b[0] - gap_x, by)) if bx > ax else ((a[0] - gap_x, ay), (b[2] + gap_x, by))
    elif snake:
        points = ((ax, cell_a[3] - 0.012), (bx, b[1] - gap_y * 0.6))
    else:
        points = ((ax, a[3] + gap_y), (bx, b[1] - gap_y))
    return Shape("arrow", tuple((round(x, 5), round(y, 5)) for x, y in points), stroke=page.accent,
                 stroke_width=ARROW_WIDTH)
