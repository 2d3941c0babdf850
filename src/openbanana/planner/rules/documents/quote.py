"""Quote cards: a large opening quotation mark above the quote, the quote set large, a short rule, and the
attribution under it."""

from __future__ import annotations

import math
from dataclasses import replace

from openbanana.plan import Box, Shape
from openbanana.planner.rules.documents.frame import DocumentLayout, Page
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import spacer, stack

MARK = 0.13  # the quotation mark's height (canvas heights)


def lay_out(page: Page) -> DocumentLayout:
    rows = []
    for row in rows_for(page):
        if row.spec.role == "quote":
            rows += [spacer(MARK), replace(row, group="top", inset=0.08, max_size=row.max_size * 0.75)]
        elif row.spec.role == "attribution":
            rows.append(replace(row, group="top", height=0.08, max_size=0.045))
        else:
            rows.append(row)
    stacked = stack(rows, page, share=0.7, variant="text-top" if page.has_subjects else "centered")
    shapes = list(stacked.shapes)
    for box in stacked.reserved[:1]:
        shapes.extend(quotation_mark(box, page))
    byline = next((b for b in stacked.blocks if b.role == "attribution"), None)
    if byline is not None:
        cx, y = (byline.box[0] + byline.box[2]) / 2, byline.box[1] + 0.006
        shapes.append(Shape("line", ((round(cx - 0.04 / page.ratio, 5), round(y, 5)),
                                     (round(cx + 0.04 / page.ratio, 5), round(y, 5))), stroke=page.accent,
                            stroke_width=0.004))
    return DocumentLayout(f"quote-{stacked.variant}", stacked.blocks, tuple(shapes), stacked.area,
                          shortfalls=stacked.shortfalls)


def quotation_mark(box: Box, page: Page) -> list[Shape]:
    """An opening “ centred in `box`: two marks, each a round head with a tail that curls up to the right."""
    left, top, right, bottom = box
    height = (bottom - top) * 0.85
    r = height * 0.3  # the head's radius, in canvas heights
    cy = bottom - r - (bottom - top) * 0.05
    centre = (left + right) / 2
    shapes = []
    for offset in (-1.25, 1.25):
        cx = centre + offset * r / page.ratio
        head = ((round(cx - r / page.ratio, 5), round(cy - r, 5)), (round(cx + r / page.ratio, 5), round(cy + r, 5)))
        shapes.append(Shape("ellipse", head, fill=page.accent))
        outer = [(cx + r * 0.9 * math.cos(a) / page.ratio * (1 + t * 0.4), cy - r * 0.2 + r * 1.1 * math.sin(a)
                  * (1 + t * 0.9)) for t, a in ((i / 8, math.radians(180 + i * 11)) for i in range(9))]
        tip = (cx + r * 0.75 / page.ratio, cy - r * 2.5)
        inner = [(cx + r * 0.15 / page.ratio + (tip[0] - cx - r * 0.15 / page.ratio) * (1 - i / 6) ** 1.4,
                  cy - r * 0.7 + (tip[1] - cy + r * 0.7) * (1 - i / 6)) for i in range(7)]
        points = [*outer, tip, *inner]
        shapes.append(Shape("polygon", tuple((round(x, 5), round(y, 5)) for x, y in points), fill=page.accent))
    return shapes
