"""Labelled diagrams: the object in the middle, its labels in columns either side, each joined to a point on the
object by a callout line ending in a dot. Labels beyond what the columns hold at a readable size are said."""

from __future__ import annotations

from openbanana.plan import Box, Shape, TextBlock
from openbanana.planner.rules.documents.frame import MIN_TEXT, DocumentLayout, Page, block, left_out
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import stack
from openbanana.scene import TextSpec

UNLABELLED_MARGIN = 0.04  # the side margin of a diagram's things when no label stands beside them
ROW_MIN = 0.05  # the least height a label's row may have (canvas heights)
LINE_WIDTH = 0.0035
# Where on the object's box the callouts land, as fractions of it: inside the edge, so they touch the drawing.
INSET = 0.3
# Where down a column a label asked "at the top", "in the middle" or "at the bottom" stands (a share of its height):
# "Roots" asked at the bottom is set by the roots, not mid-page because it was the one label on its side.
_ASKED_SHARE = {"top": 0.5 / 4, "top_left": 0.5 / 4, "top_right": 0.5 / 4, "center": 0.5,
                "bottom": 3.5 / 4, "bottom_left": 3.5 / 4, "bottom_right": 3.5 / 4}


def lay_out(page: Page) -> DocumentLayout:
    labels = [s for s in page.texts if s.role == "label"]
    others = tuple(s for s in page.texts if s.role != "label")
    framed = stack(rows_for(page, others), page, share=0.3, variant="text-top")
    left, top, right, bottom = framed.area or (page.mx, page.my, 1 - page.mx, 1 - page.my)
    height = bottom - top
    side_rows = max(1, int(height / ROW_MIN))
    shortfalls = framed.shortfalls
    if len(labels) > 2 * side_rows:
        shortfalls += (left_out("labels", 2 * side_rows, len(labels), [s.text for s in labels[2 * side_rows:]]),)
        labels = labels[:2 * side_rows]
    size = min(height * 0.8, (right - left) * page.ratio * (0.42 if labels else 0.8))
    cx, cy = (left + right) / 2, (top + bottom) / 2
    thing = (cx - size / 2 / page.ratio, cy - size / 2, cx + size / 2 / page.ratio, cy + size / 2)
    if not labels:  # no callout to leave room for (a diagram of the solar system): the page's width, so a row of
        thing = (left + UNLABELLED_MARGIN, thing[1], right - UNLABELLED_MARGIN, thing[3])  # planets stays a row
    half = (len(labels) + 1) // 2
    sides = [("left", labels[:half]), ("right", labels[half:])] if len(labels) > 1 else [("right", labels)]
    blocks, shapes = list(framed.blocks), list(framed.shapes)
    for side, group in sides:
        _column(side, group, thing, (left, top, right, bottom), page, blocks, shapes)
    if not page.has_subjects:  # nothing to draw for the object: a plate marks where it stands, so callouts land
        shapes.insert(0, Shape("rect", ((thing[0], thing[1]), (thing[2], thing[3])), fill=(255, 255, 255),
                               stroke=page.accent, stroke_width=0.003, radius=0.03, layer="under", opacity=0.6))
    return DocumentLayout("diagram", tuple(blocks), tuple(shapes), thing, shortfalls=shortfalls)


def _column(side: str, labels: list[TextSpec], thing: Box, body: Box, page: Page, blocks: list[TextBlock],
            shapes: list[Shape]) -> None:
    """Labels down one side, spread over the object's height, each with its callout."""
    if not labels:
        return
    left, top, right, bottom = body
    gap = 0.045 / page.ratio
    x0, x1 = (left, thing[0] - gap) if side == "left" else (thing[2] + gap, right)
    span_top, span_bottom = min(thing[1], top + 0.02), max(thing[3], bottom - 0.02)
    row = (span_bottom - span_top) / len(labels)
    row_h = min(row * 0.9, 0.11)
    for spec, share in zip(labels, _shares(labels), strict=True):
        y = span_top + (span_bottom - span_top) * share
        box = (x0, y - row_h / 2, x1, y + row_h / 2)
        blocks.append(block(spec, box, "sans-bold", align="right" if side == "left" else "left",
                            max_size=min(0.05, row_h * 0.5), min_size=MIN_TEXT, treatment="none"))
        anchor_y = thing[1] + (thing[3] - thing[1]) * (0.25 + 0.5 * share)
        width = thing[2] - thing[0]
        anchor_x = thing[0] + width * INSET if side == "left" else thing[2] - width * INSET
        start_x = x1 + 0.008 / page.ratio if side == "left" else x0 - 0.008 / page.ratio
        shapes.append(Shape("callout", ((round(start_x, 5), round(y, 5)), (round(anchor_x, 5), round(anchor_y, 5))),
                            fill=page.accent, stroke_width=LINE_WIDTH))


def _shares(labels: list[TextSpec]) -> list[float]:
    """Each label's place down its column: spread evenly in order, or where its words ask, when no two labels of
    the column then share a place."""
    even = [(index + 0.5) / len(labels) for index in range(len(labels))]
    asked = [_ASKED_SHARE.get(spec.placement, share) for spec, share in zip(labels, even, strict=True)]
    return asked if len(set(asked)) == len(asked) else even
