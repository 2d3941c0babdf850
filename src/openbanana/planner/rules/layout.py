"""Layout templates for the aspect ratio and the amount of text: text boxes, their type, the area for subjects."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from openbanana.plan import Box, FontName, TextBlock, TextRole
from openbanana.planner.rules.vocabulary.moods import Mood

MAX_TEXTS = 4
SAFE = 0.05  # margin kept clear at every edge, as a fraction of the short side
AMBIGUOUS_I = frozenset({"geometric", "sans-bold", "sans", "condensed", "rounded"})
HEADLINE_FACES: tuple[FontName, ...] = ("display", "geometric", "sans-bold")
BODY_FACES: dict[FontName, FontName] = {"serif-display": "serif-italic", "serif-bold": "serif-bold"}


def text_roles(count: int) -> list[TextRole]:
    roles: list[TextRole] = ["headline", "subtitle", "caption", "caption"]
    return roles[:count]


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


def text_block(text: str, role: TextRole, box: Box, font: FontName, ratio: float) -> TextBlock:
    caps = {"headline": 0.16, "subtitle": 0.075, "caption": 0.05}
    cap = caps.get(role, 0.05) * (1.0 if ratio >= 1 else 0.8)
    return TextBlock(text, role, box, font=font, align="center", max_size=cap)


def text_height(text: str, role: str) -> float:
    words = len(text.split())
    if role == "headline":
        return 0.17 if words <= 3 else 0.22 if words <= 8 else 0.3
    if role == "subtitle":
        return 0.09 if words <= 8 else 0.14
    return 0.07 if words <= 10 else 0.1


def choose_layout(texts: Sequence[str], ratio: float, has_subjects: bool,
                  rng: random.Random) -> tuple[str, list[Box], Box]:
    """A template for this ratio and text: text boxes (headline, subtitle, captions) and the area for subjects."""
    mx, my = SAFE / ratio if ratio > 1 else SAFE, SAFE if ratio > 1 else SAFE * ratio
    texts = texts[:MAX_TEXTS]
    if not texts:
        return rng.choice(("hero-left", "hero-right", "hero-center")), [], (mx, my, 1 - mx, 1 - my)
    options = ["text-top"]
    if ratio >= 1.25 and has_subjects:
        options += ["text-left", "text-right"]
    if has_subjects and ratio <= 1.3:
        options.append("text-bottom")
    layout = rng.choice(options)
    heights = [text_height(t, r) for t, r in zip(texts, text_roles(len(texts)), strict=True)]
    if layout in ("text-left", "text-right"):
        column = 0.46 if sum(heights) < 0.5 else 0.52
        x0, x1 = (mx, column) if layout == "text-left" else (1 - column, 1 - mx)
        total = min(1 - 2 * my, sum(h * 1.6 for h in heights))
        scale = total / sum(h * 1.6 for h in heights)
        y = 0.5 - total / 2
        boxes = []
        for h in heights:
            boxes.append((x0, y, x1, y + h * 1.6 * scale))
            y += h * 1.6 * scale
        area = (column + 0.02, my, 1 - mx, 1 - my) if layout == "text-left" else (mx, my, 1 - column - 0.02, 1 - my)
        return layout, boxes, area
    head, rest = heights[0], heights[1:]
    boxes = []
    if layout == "text-bottom":
        y = 1 - my - sum(heights) - 0.01 * len(rest)
        top_area = my
        for h in heights:
            boxes.append((mx + 0.02, y, 1 - mx - 0.02, y + h))
            y += h + 0.01
        return layout, boxes, (mx, top_area, 1 - mx, 1 - my - sum(heights) - 0.03)
    y = my
    boxes.append((mx + 0.02, y, 1 - mx - 0.02, y + head))
    y += head
    bottom = 1 - my
    for index, h in enumerate(rest):
        if index == 0:  # the subtitle sits under the headline
            boxes.append((mx + 0.08, y, 1 - mx - 0.08, y + h))
            y += h
        else:  # captions go to the foot
            boxes.append((mx + 0.05, bottom - h, 1 - mx - 0.05, bottom))
            bottom -= h
    return layout, boxes, (mx, y + 0.02, 1 - mx, bottom - 0.02)


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes (canvas fractions) share any area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
