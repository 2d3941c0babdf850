"""Logos: the mark and the wordmark locked up side by side on a wide page or stacked on a square or tall one (the
wordmark over the mark when it is asked at the top, "curved along the top"), the tagline under the wordmark, or under
the mark when the wordmark is on top and the tagline asked at the bottom ("Est. 2024" at the bottom) or the mark asked
in the middle; plain ground.
With no pictogram for the mark, a simple emblem in the accent colour."""

from __future__ import annotations

import re

from openbanana.plan import Box, Shape, TextBlock
from openbanana.planner.rules.documents.frame import DocumentLayout, Page, block

PAPER = ((252, 252, 250), (244, 244, 240))
# The mark asked in the middle ("an anchor in the middle and "Est. 1887" underneath"): the name over it, the rest
# under it, as when the name is asked at the top.
MARK_IN_THE_MIDDLE = re.compile(r"\b(?:a|an|the|its)\s+[a-z][a-z -]*?\s+in the (?:middle|centre|center)\b")


def lay_out(page: Page) -> DocumentLayout:
    words = [s for s in page.texts if s.role == "wordmark"][:1] or list(page.texts[:1])
    rest = [s for s in page.texts if s not in words]
    centred = MARK_IN_THE_MIDDLE.search(page.prose) is not None and bool(words) and words[0].placement == "auto"
    on_top = bool(words) and (words[0].placement in ("top", "top_left", "top_right") or centred)
    wide = page.ratio >= 1.3 and not on_top
    below = [s for s in rest if on_top and (centred or s.placement in ("bottom", "bottom_left", "bottom_right"))]
    if wide:
        mark_h = 0.42
        mark = (0.5 - 0.38 / page.ratio * 1.0 - mark_h / 2 / page.ratio, 0.5 - mark_h / 2,
                0.5 - 0.38 / page.ratio * 1.0 + mark_h / 2 / page.ratio, 0.5 + mark_h / 2)
        mark = (max(page.mx, mark[0]), mark[1], max(page.mx, mark[0]) + mark_h / page.ratio, mark[3])
        text_left = mark[2] + 0.04 / page.ratio
        word_box = (text_left, 0.5 - 0.14, 1 - page.mx, 0.5 + (0.06 if rest else 0.14))
        tag_top = word_box[3] + 0.01
        tag_box = (text_left, tag_top, 1 - page.mx, tag_top + 0.08)
        align = "left"
    else:
        mark_h = 0.36 if page.ratio >= 0.9 else 0.3
        mark_top = 0.14
        word_top = mark_top + mark_h + 0.05
        if on_top:  # the words first, then the mark under them (and under the tagline, when there is one)
            word_top = 0.06
            mark_top = word_top + 0.17 + (0.1 if len(below) < len(rest) else 0.0) + 0.05
        mark = (0.5 - mark_h / 2 / page.ratio, mark_top, 0.5 + mark_h / 2 / page.ratio, mark_top + mark_h)
        word_box = (page.mx + 0.04, word_top, 1 - page.mx - 0.04, word_top + 0.17)
        tag_box = (page.mx + 0.08, word_box[3] + 0.01, 1 - page.mx - 0.08, word_box[3] + 0.09)
        align = "center"
    blocks: list[TextBlock] = []
    for spec in words:
        blocks.append(block(spec, word_box, page.head_face, align=align, max_size=0.16, color=_ink(page)))  # type: ignore[arg-type]
    y, low = tag_box[1], mark[3] + 0.03  # a tagline asked at the bottom goes under a mark the words stand over
    for spec in rest:
        top = low if spec in below else y
        box = (tag_box[0], top, tag_box[2], top + (tag_box[3] - tag_box[1]))
        blocks.append(block(spec, box, page.body_face, align=align, max_size=0.05))  # type: ignore[arg-type]
        low, y = (box[3] + 0.005, y) if spec in below else (low, box[3] + 0.005)
    shapes = () if page.has_subjects else emblem(mark, page)
    return DocumentLayout("logo-" + ("horizontal" if wide else "stacked"), tuple(blocks), shapes, mark, paper=PAPER)


def _ink(page: Page) -> tuple[int, int, int] | None:
    return None if page.dark else (28, 28, 34)


def emblem(box: Box, page: Page) -> tuple[Shape, ...]:
    """A disc in the accent colour with a ring inside: a mark to stand in for one the prompt's words cannot draw."""
    left, top, right, bottom = box
    dx, dy = (right - left) * 0.16, (bottom - top) * 0.16
    return (Shape("ellipse", ((left, top), (right, bottom)), fill=page.accent),
            Shape("ellipse", ((left + dx, top + dy), (right - dx, bottom - dy)), stroke=(255, 255, 255),
                  stroke_width=0.008))
