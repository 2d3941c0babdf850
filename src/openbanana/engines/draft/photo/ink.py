"""Find writing on a page ("make the writing blue ink"): the strokes darker than the paper around them.

Why: handwriting, print or a signature is thin dark lines on a lighter ground; the ground's own light is estimated
by closing the dark strokes away (so a shadow across the page or a vignette is not taken for ink), and what lies
well below it is the ink.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, f32, resize_to, shrink
from openbanana.engines.draft.photo.found import Found

INK_WORDS = frozenset({"writing", "handwriting", "ink", "scribbles", "scribble", "lettering", "letters", "text",
                       "words", "signature", "doodles", "equations", "formulas", "math", "notes"})
MIN_SHARE, MAX_SHARE = 0.003, 0.4


def find_ink(rgb: U8) -> Found | None:
    """The dark strokes on a lighter page, as a soft mask; None when there are none or the 'ink' is half the photo."""
    small = shrink(rgb, 768)
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32)
    reach = max(5, round(max(grey.shape) * 0.025)) | 1  # wider than a stroke, narrower than the page's shading
    paper = cv2.GaussianBlur(cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((reach, reach), np.uint8)), (0, 0),
                             reach / 2)
    depth = (paper - grey) / np.maximum(paper, 1.0)  # how much darker than the paper just around it
    ink = np.clip((depth - 0.12) / 0.12, 0, 1).astype(np.float32)
    share = float((ink > 0.5).mean())
    if not MIN_SHARE <= share <= MAX_SHARE or float(np.median(paper)) < 60:
        return None  # no strokes, or no light page for them to be on
    soft = f32(cv2.GaussianBlur(ink, (0, 0), 0.7))
    return Found(f32(resize_to(soft, rgb.shape[1], rgb.shape[0])), True, "its dark strokes on the lighter page")
