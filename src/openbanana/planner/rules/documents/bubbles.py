"""Speech bubbles over a stage: a comic's panel, or the free area of a poster whose character speaks. Narration
goes in a box at the top, the speakers stand in the lower half, and each bubble's tail points at its speaker's
head."""

from __future__ import annotations

import math

from openbanana.plan import Box, Shape, TextBlock
from openbanana.planner.rules.documents.frame import INK, MIN_TEXT, Page, Slot, block, text_width
from openbanana.scene import TextSpec


def stage(panel: Box, said: list[TextSpec], page: Page, blocks: list[TextBlock], shapes: list[Shape]) -> list[Slot]:
    """Bubbles in the top half, characters below; a bubble's tail points at its speaker's slot. Adds the bubbles'
    blocks and shapes to `blocks` and `shapes`; returns the characters' slots."""
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
