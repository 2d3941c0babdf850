"""Plans an edit of reference images: global changes, a crop, exact text on plates, stickers, and what it can't do."""

from __future__ import annotations

import random
import re

from openbanana.plan import Background, EditOp, Plan, Subject, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules.layout import overlaps, text_height
from openbanana.planner.rules.notes import edit_notes
from openbanana.planner.rules.reading import FoundSubject, PromptReading
from openbanana.planner.rules.vocabulary.edits import CROPS, EDIT_WORDS, SEMANTIC_EDITS
from openbanana.scene import TextSpec


def plan_edit(request: PlanningInput, reading: PromptReading, rng: random.Random) -> Plan:
    """The references as the canvas, with the global changes, crop, text and stickers the prompt asks for."""
    lowered, texts, colors = reading.lowered, reading.texts, reading.background_colors
    edits = _edits(lowered)
    crop = next((box for phrase, box in CROPS.items() if re.search(rf"\b{re.escape(phrase)}\b", lowered)), None)
    unsupported = _unsupported(lowered, texts)
    ratio = request.width / request.height
    background = Background("reference" if request.reference_count == 1 else "collage", tuple(colors[:2]))
    blocks = _text_on_plates(texts, lowered, reading.text_specs[:1])
    found = [f for f in reading.subjects
             if not any(re.search(rf"\b{re.escape(f.label)}", clause) for clause in unsupported)]
    stickers = _stickers(found, lowered, blocks, ratio, rng)
    notes = edit_notes(request.reference_count, crop, edits, blocks, stickers, unsupported)
    changed = bool(edits or crop or blocks or stickers)
    return Plan(
        prompt=request.prompt, background=background,
        palette=tuple(colors[:6]), subjects=stickers, texts=tuple(blocks), style=reading.style, edits=edits,
        notes=notes, reference_count=request.reference_count, seed=request.seed, layout="edit", crop=crop,
        unsupported=unsupported, shortfalls=() if changed else (_UNCHANGED,),
    )


_UNCHANGED = "The photo itself is unchanged: none of the changes asked for is one I can make here, so it is only " \
             "fitted to the requested size."


def _text_on_plates(texts: tuple[str, ...], lowered: str, first: tuple[TextSpec, ...]) -> list[TextBlock]:
    """The first two texts, on plates so they read over any photo: at the foot, or the headline on top if asked."""
    blocks: list[TextBlock] = []
    at_top = bool(re.search(r"\b(top|above|header|title)\b", lowered)) or any(
        s.placement.startswith("top") for s in first)
    for index, text in enumerate(texts[:2]):
        h = text_height(text, "headline" if index == 0 else "caption") * 0.8
        y0 = 0.05 if (at_top and index == 0) else 1 - 0.05 - h - index * (h + 0.02)
        box = (0.08, y0, 0.92, y0 + h)
        if index == 0:
            blocks.append(TextBlock(text, "headline", box, font="display", treatment="plate", max_size=0.1))
        else:
            blocks.append(TextBlock(text, "caption", box, font="sans-medium", treatment="plate", max_size=0.06))
    return blocks


def _edits(lowered: str) -> tuple[EditOp, ...]:
    ops = [op for phrase, op in EDIT_WORDS.items() if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)]
    if "dramatic" in ops and "darker" in ops:
        ops.remove("darker")
    return tuple(dict.fromkeys(ops))


def _unsupported(lowered: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    said: list[str] = []
    for pattern in SEMANTIC_EDITS:
        for match in re.finditer(pattern, lowered):
            sentence = _clause(lowered, match.start())
            if sentence not in said:
                said.append(sentence)
    if texts and re.search(r"\b(replace|change|fix|correct)\b[^.]*\b(text|words?|title|caption|sign|label)", lowered):
        said.append("erasing the original lettering (the new text is set on a plate over the photo instead)")
    return tuple(said)


def _clause(lowered: str, at: int) -> str:
    start = max(lowered.rfind(c, 0, at) for c in ".,;!?\n") + 1
    ends = [i for i in (lowered.find(c, at) for c in ".,;!?\n") if i != -1]
    return re.sub(r"\s+", " ", lowered[start:min(ends) if ends else len(lowered)]).strip()


_CORNERS: dict[str, tuple[float, float]] = {
    "top left": (0.16, 0.18), "top right": (0.84, 0.18), "bottom left": (0.16, 0.8), "bottom right": (0.84, 0.8),
    "top": (0.5, 0.18), "bottom": (0.5, 0.8), "left": (0.14, 0.5), "right": (0.86, 0.5), "center": (0.5, 0.5),
    "middle": (0.5, 0.5), "corner": (0.84, 0.18),
}


def _stickers(found: list[FoundSubject], lowered: str, blocks: list[TextBlock], ratio: float,
              rng: random.Random) -> tuple[Subject, ...]:
    """Pictograms the edit asks to add, as stickers: where the prompt says, else in free corners."""
    if not found:
        return ()
    wanted = re.search(r"\b(top left|top right|bottom left|bottom right|top|bottom|left|right|center|middle|corner)"
                       r"\b", lowered)
    corners = [(0.84, 0.18), (0.16, 0.18), (0.84, 0.8), (0.16, 0.8)]
    rng.shuffle(corners)
    if wanted:
        corners.insert(0, _CORNERS[wanted.group(1)])
    size = 0.22 if ratio >= 1 else 0.22 * ratio
    stickers: list[Subject] = []
    for item in found[:4]:
        for cx, cy in list(corners):
            box = ((cx - size / 2 / ratio * (1 if ratio >= 1 else ratio)), cy - size / 2,
                   (cx + size / 2 / ratio * (1 if ratio >= 1 else ratio)), cy + size / 2)
            box = (max(0.02, box[0]), max(0.02, box[1]), min(0.98, box[2]), min(0.98, box[3]))
            if any(overlaps(box, b.box) for b in blocks) or any(overlaps(box, s.box) for s in stickers):
                continue
            corners.remove((cx, cy))
            stickers.append(Subject(item.label, item.glyph, box, z=3, role="sticker", tint=item.tint))
            break
    return tuple(stickers)
