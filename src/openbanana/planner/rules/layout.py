"""Type and geometry the rules planner shares: the headline face a mood or the seed picks, text heights, overlaps.

The layout of text itself is the document templates' (planner/rules/documents).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from openbanana.geometry import overlaps as overlaps  # re-exported: editing.py and edit_texts.py import it from here
from openbanana.plan import FontName
from openbanana.planner.rules.vocabulary.moods import Mood

SAFE = 0.05  # margin kept clear at every edge, as a fraction of the short side
AMBIGUOUS_I = frozenset({"geometric", "sans-bold", "sans", "condensed", "rounded"})
HEADLINE_FACES: tuple[FontName, ...] = ("display", "geometric", "sans-bold")
BODY_FACES: dict[FontName, FontName] = {"serif-display": "serif-italic", "serif-bold": "serif-bold"}


def choose_fonts(texts: Sequence[str], moods: Sequence[Mood], rng: random.Random) -> list[FontName]:
    mood_font = next((m.font for m in moods if m.font), None)
    head: FontName = mood_font if mood_font is not None else rng.choice(HEADLINE_FACES)
    if texts and head in ("condensed", "rounded") and not texts[0].isupper():
        # Bebas Neue has capitals only (mixed case must keep its case); Comfortaa's round p reads as a rho
        head = "geometric" if head == "condensed" else "display"
    if texts and not texts[0].isupper() and re.search(r"\bI|I\b", texts[0]) and head in AMBIGUOUS_I:
        head = "display"  # a sans capital I next to lowercase reads as l ("AI" → "Al"): Inter's serifed I does not
    body = BODY_FACES.get(head, "sans-medium")
    return [head, body, "sans-medium", "sans-medium"][:len(texts)]


def text_height(text: str, role: str) -> float:
    words = len(text.split())
    if role == "headline":
        return 0.17 if words <= 3 else 0.22 if words <= 8 else 0.3
    if role == "subtitle":
        return 0.09 if words <= 8 else 0.14
    return 0.07 if words <= 10 else 0.1
