"""Comics: a grid of panels, the characters in the lower part of each, and speech bubbles above them whose tails
point at the one speaking; narration in a box at the panel's top. Lines are shared out over the panels in order."""

from __future__ import annotations

import math
import re

from openbanana.plan import Box, Shape, TextBlock
from openbanana.planner.rules.documents.frame import (
    INK,
    MIN_TEXT,
    DocumentLayout,
    Page,
    Slot,
    block,
    text_width,
)
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
        slots.extend(_panel(panel, said, page, blocks, shapes))
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


def _panel(panel: Box, said: list[TextSpec], page: Page, blocks: list[TextBlock], shapes: list[Shape]) -> list[Slot]:
    """Bubbles in the top half, characters below; a bubble's tail points at its speaker's slot."""
    left, top, right, bottom = panel
    w, h = right - left, bottom - top
    pad_x, pad_y = 0.012 / page.ratio, 0.012
    narration = [s for s in said if s.role == "caption"]
    speech = [s for s in said if s.role == "speech"][:3]
    y = top + pad_y
    for line in narration:
        box_h = min(h * 0.16, 0.07)
        shapes.append(Shape("rect", ((left + pad_x, y), (right - pad_x, y + box_h)), fill=(255, 243, 176),
                            stroke=INK, stroke_width=0.002))
        blocks.append(block(line, (left + pad_x * 2, y + box_h * 0.1, right - pad_x * 2, y + box_h * 0.9), "comic",
                            max_size=box_h * 0.5, color=INK, treatment="none"))
        y += box_h + pad_y
    here = {s.target for s in speech}
    cast = [who for who in dict.fromkeys(s.target for s in page.texts if s.role == "speech") if who]
    if len(here) == 1 and len(cast) > 1:  # the one speaking and the one listening, where they always stand
        listener = next(who for who in cast if who not in here)
        here.add(listener)
    speakers = [who for who in cast if who in here] or list(dict.fromkeys(s.target for s in speech)) or [""]
    stage_top = top + h * 0.5
    slots = [Slot((left + w * i / len(speakers) + pad_x, stage_top, left + w * (i + 1) / len(speakers) - pad_x,
                   bottom - pad_y), who) for i, who in enumerate(speakers)]
    heads = min(_head(slot.box, page.ratio) for slot in slots)
    bubble_bottom = max(stage_top - h * 0.05, heads - h * 0.12)  # just over the heads: short tails
    room = bubble_bottom - y
    if not speech or room <= 0.02:
        return slots
    bubble_w = w * (0.86 if len(speech) == 1 else 0.72)
    size = min(0.05, h * 0.1, w * page.ratio * 0.065)
    gap = h * 0.03
    sized = []
    for line in speech:
        natural = text_width(line.text, "comic", size)
        lines = max(1, math.ceil(natural / (bubble_w * page.ratio * 0.8)))
        own_w = min(bubble_w, max(w * 0.3, (natural / lines + size * 2.2) / page.ratio))
        sized.append((line, own_w, lines * size * 1.35 + 0.035))
    squeeze = min(1.0, (room - gap * (len(sized) - 1)) / sum(bh for _, _, bh in sized))
    by0 = max(y, bubble_bottom - sum(bh * squeeze for _, _, bh in sized) - gap * (len(sized) - 1))
    for index, (line, own_w, natural_h) in enumerate(sized):
        bh = natural_h * squeeze
        slot = slots[speakers.index(line.target)] if line.target in speakers else slots[index % len(slots)]
        slot_cx = (slot.box[0] + slot.box[2]) / 2
        bx0 = min(max(left + pad_x, slot_cx - own_w / 2), right - pad_x - own_w)
        bubble = (bx0, by0, bx0 + own_w, by0 + bh)
        tip = (slot_cx, _head(slot.box, page.ratio))
        shapes.append(Shape("bubble", ((round(bubble[0], 5), round(bubble[1], 5)), (round(bubble[2], 5),
                                                                                    round(bubble[3], 5)),
                                       (round(tip[0], 5), round(tip[1], 5))),
                            fill=(255, 255, 255), stroke=INK, stroke_width=0.003, radius=min(bh * 0.45, 0.05)))
        inset_x, inset_y = size * 0.8 / page.ratio, bh * 0.14
        blocks.append(block(line, (bubble[0] + inset_x, bubble[1] + inset_y, bubble[2] - inset_x,
                                   bubble[3] - inset_y), "comic", max_size=size, min_size=MIN_TEXT, color=INK,
                            treatment="none"))
        by0 += bh + gap
    return slots


def _head(slot: Box, ratio: float) -> float:
    """About where the top of a character standing in the slot is: the composer sizes a lone subject to the slot's
    height or most of its width, whichever is less, and stands it on the slot's floor."""
    left, top, right, bottom = slot
    size = min((bottom - top) * 0.9, (right - left) * ratio * 0.78)
    return round(max(top, bottom - size - 0.012), 5)
