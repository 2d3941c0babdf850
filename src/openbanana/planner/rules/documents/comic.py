"""Comics: a grid of panels, the characters in the lower part of each, and speech bubbles above them whose tails
point at the one speaking; narration in a box at the panel's top. Lines are shared out over the panels in order."""

from __future__ import annotations

import math
import re

from openbanana.plan import Box, Shape
from openbanana.planner.rules.documents.bubbles import stage
from openbanana.planner.rules.documents.frame import INK, DocumentLayout, Page
from openbanana.planner.rules.documents.poster import rows_for
from openbanana.planner.rules.documents.stack import stack
from openbanana.scene import TextSpec

GUTTER = 0.022
PANEL_FILL = (255, 255, 255)
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "single": 1}
MAX_PANELS = 6


def panel_count(prose: str, lines: int) -> int:
    """As many panels as the prompt says ("a three-panel comic", "4 panels"), else one per line, two lines a panel
    past six, and three for a strip with no lines."""
    match = re.search(r"\b(one|two|three|four|five|six|single|[1-6])[- ]panels?\b", prose) or re.search(
        r"\bin (one|two|three|four|five|six|[1-6]) panels\b", prose)
    if match:
        word = match.group(1)
        return NUMBERS.get(word) or int(word)
    if lines == 0:
        return 3
    return min(MAX_PANELS, lines) if lines <= MAX_PANELS else min(MAX_PANELS, math.ceil(lines / 2))


def lay_out(page: Page) -> DocumentLayout:
    lines = [s for s in page.texts if s.role in ("speech", "caption")]
    others = tuple(s for s in page.texts if s.role not in ("speech", "caption"))
    framed = stack(rows_for(page, others), page, share=0.22, variant="text-top")
    body = framed.area or (page.mx, page.my, 1 - page.mx, 1 - page.my)
    count = panel_count(page.prose, len(lines))
    panels = _grid(body, count, page.ratio)
    per_panel = _share(lines, len(panels))
    blocks, shapes, slots = list(framed.blocks), list(framed.shapes), []
    for panel, said in zip(panels, per_panel, strict=True):
        shapes.append(Shape("rect", ((panel[0], panel[1]), (panel[2], panel[3])), fill=PANEL_FILL, stroke=INK,
                            stroke_width=0.004, radius=0.006, layer="under"))
        slots.extend(stage(panel, said, page, blocks, shapes))
    return DocumentLayout(f"comic-{len(panels)}-panels", tuple(blocks), tuple(shapes), None, tuple(slots),
                          shortfalls=framed.shortfalls)


def _grid(body: Box, count: int, ratio: float) -> list[Box]:
    """Panels about as tall as wide (a touch taller), rows filled: a strip on a wide page, a 2x2 on a square."""
    left, top, right, bottom = body
    aspect = (right - left) * ratio / max(1e-6, bottom - top)

    def badness(columns: int) -> float:
        rows = math.ceil(count / columns)
        return abs(math.log(aspect * rows / columns / 0.9)) + 0.35 * (rows * columns - count)

    columns = min(range(1, count + 1), key=badness)
    rows = math.ceil(count / columns)
    gx, gy = GUTTER / ratio, GUTTER
    h = (bottom - top - gy * (rows - 1)) / rows
    panels = []
    for index in range(count):
        row, col = divmod(index, columns)
        in_row = min(columns, count - row * columns)  # a short last row spreads its panels over the width
        width = (right - left - gx * (in_row - 1)) / in_row
        x = left + col * (width + gx)
        y = top + row * (h + gy)
        panels.append((round(x, 5), round(y, 5), round(x + width, 5), round(y + h, 5)))
    return panels


def _share(lines: list[TextSpec], panels: int) -> list[list[TextSpec]]:
    out: list[list[TextSpec]] = [[] for _ in range(panels)]
    for index, line in enumerate(lines):
        out[min(panels - 1, index * panels // max(1, len(lines)))].append(line)
    return out
