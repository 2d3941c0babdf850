"""Greeting cards and invitations (a decorative double border, the greeting large, details under it) and product
labels (a label panel with a double rule, the name, then the smaller lines)."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.imaging.drawing.typography import luminance
from openbanana.plan import Shape
from openbanana.planner.rules.documents.frame import DocumentLayout, Page
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import mapped, stack

PAPER_LABEL = (252, 250, 244)
# Between the label's inner rule and its strings: a name set against the rule reads as one thing with it (OCR read
# "Crunchy Oat Hoops" under the rule as "Crunchy , Oat Hoops").
RULE_CLEARANCE = 0.04
# The picture asked above the label's words ("a bee drawn above the name", "a cat above "Salmon Supper""): the words
# stay at the panel's foot. Otherwise the name heads its label, the picture under it (it had been set under the
# picture, mid-page, though asked "as the title" or "at the top").
PICTURE_ABOVE = re.compile(r"\babove (?:the |its )?(?:name|title|words|heading|brand|text|lettering|label's)\b"
                           r"|\babove [\"“']")


def lay_out(page: Page) -> DocumentLayout:
    if page.kind == "label":
        return _label(page)
    inset = 0.03
    frame = [_frame(inset, page, 0.004), _frame(inset + 0.012, page, 0.0015)]
    stacked = stack(rows_for(page), page, share=0.6, variant="centered" if not page.has_subjects else
                    page.rng.choice(("text-top", "text-bottom")))
    return DocumentLayout(f"card-{stacked.variant}", stacked.blocks, (*frame, *stacked.shapes), stacked.area,
                          shortfalls=stacked.shortfalls)


def _frame(inset: float, page: Page, width: float) -> Shape:
    color = page.accent if not page.dark else (240, 230, 200)
    return Shape("rect", ((round(inset / page.ratio, 5), inset), (round(1 - inset / page.ratio, 5), 1 - inset)),
                 stroke=color, stroke_width=width, radius=0.02, layer="under")


def _label(page: Page) -> DocumentLayout:
    """The label as a panel in the middle of the page; its strings stacked inside it, the name on top of the mark
    unless the mark is asked above it."""
    w, h = (0.8, 0.62) if page.ratio >= 1 else (0.84, 0.56)
    box = ((1 - w) / 2, (1 - h) / 2, (1 + w) / 2, (1 + h) / 2)
    ink = page.accent if luminance(page.accent) < 0.3 else (60, 50, 40)
    panel = [Shape("rect", ((box[0], box[1]), (box[2], box[3])), fill=PAPER_LABEL, stroke=ink, stroke_width=0.005,
                   radius=0.03, layer="under"),
             Shape("rect", ((box[0] + 0.014 / page.ratio, box[1] + 0.014),
                            (box[2] - 0.014 / page.ratio, box[3] - 0.014)),
                   stroke=ink, stroke_width=0.0015, radius=0.022, layer="under")]
    inside = (box[0], box[1] + RULE_CLEARANCE, box[2], box[3] - RULE_CLEARANCE)  # the strings clear of the rules
    inner = replace(page, ratio=page.ratio * w / (h - 2 * RULE_CLEARANCE), dark=False)
    rows = [replace(r, inset=0.06) for r in rows_for(inner)]
    variant = "centered" if not page.has_subjects else "text-bottom" if PICTURE_ABOVE.search(page.prose) \
        else "text-top"
    stacked = mapped(stack(rows, inner, share=0.55, variant=variant), inside)
    return DocumentLayout(f"label-{stacked.variant}", stacked.blocks, (*panel, *stacked.shapes), stacked.area,
                          shortfalls=stacked.shortfalls)
