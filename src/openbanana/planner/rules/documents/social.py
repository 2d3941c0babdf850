"""Social posts: a white card on the page, the author's avatar and handle at its top, the picture, the text under
it, and hashtags at the foot."""

from __future__ import annotations

from dataclasses import replace

from openbanana.plan import Shape
from openbanana.planner.rules.documents.frame import INK, DocumentLayout, Page, block
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import mapped, stack

CARD = (255, 255, 255)


def lay_out(page: Page) -> DocumentLayout:
    margin = 0.06
    card = (margin / page.ratio if page.ratio > 1 else margin, margin * min(1.0, page.ratio),
            1 - (margin / page.ratio if page.ratio > 1 else margin), 1 - margin * min(1.0, page.ratio))
    shapes = [Shape("rect", ((card[0] + 0.006, card[1] + 0.01), (card[2] + 0.006, card[3] + 0.01)), fill=(0, 0, 0),
                    radius=0.03, layer="under", opacity=0.12),
              Shape("rect", ((card[0], card[1]), (card[2], card[3])), fill=CARD, radius=0.03, layer="under")]
    handles = [s for s in page.texts if s.text.startswith("@")][:1]
    rest = tuple(s for s in page.texts if s not in handles)
    h = card[3] - card[1]
    blocks = []
    head = 0.0
    if handles:
        head = 0.1
        d = 0.06 * h
        x0, y0 = card[0] + 0.04 / page.ratio, card[1] + 0.025
        shapes.append(Shape("ellipse", ((x0, y0), (x0 + d / page.ratio, y0 + d)), fill=page.accent))
        blocks.append(block(handles[0], (x0 + (d + 0.02) / page.ratio, y0, card[2] - 0.04, y0 + d), "sans-bold",
                            align="left", max_size=d * 0.5, color=INK, treatment="none"))
    inner_box = (card[0], card[1] + head * h, card[2], card[3])
    w, ih = inner_box[2] - inner_box[0], inner_box[3] - inner_box[1]
    inner = replace(page, texts=rest, ratio=page.ratio * w / ih, dark=False)
    stacked = mapped(stack(rows_for(inner), inner, share=0.45,
                           variant="text-bottom" if page.has_subjects else "centered"), inner_box)
    return DocumentLayout(f"social-{stacked.variant}", (*blocks, *stacked.blocks), (*shapes, *stacked.shapes),
                          stacked.area, shortfalls=stacked.shortfalls)
