"""Plans an edit of reference images: photo edits, global changes, a crop, exact text on plates, stickers, and what
it can't do."""

from __future__ import annotations

import random
import re

from openbanana.plan import PHOTO_UNCHANGED, Background, EditOp, Plan, Subject, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules.edit_texts import place_texts
from openbanana.planner.rules.layout import overlaps
from openbanana.planner.rules.notes import edit_notes
from openbanana.planner.rules.photo_covering import not_covered
from openbanana.planner.rules.photo_detail_notes import detail_shortfalls
from openbanana.planner.rules.photo_parts import asks_a_change
from openbanana.planner.rules.photo_place_notes import place_shortfalls
from openbanana.planner.rules.photo_reading import EditReading, read_photo_edits, split_clauses
from openbanana.planner.rules.photo_size_notes import size_shortfalls
from openbanana.planner.rules.photo_style_notes import style_shortfalls
from openbanana.planner.rules.reading import FoundSubject, PromptReading
from openbanana.planner.rules.stand_in_stickers import stand_ins
from openbanana.planner.rules.vocabulary.edits import CROPS, EDIT_WORDS, SEMANTIC_EDITS


def plan_edit(request: PlanningInput, reading: PromptReading, rng: random.Random) -> Plan:
    """The references as the canvas, with the photo edits, global changes, crop, text and stickers the prompt asks
    for; what cannot be done is said in `unsupported`."""
    lowered, texts, colors = reading.lowered, reading.texts, reading.background_colors
    photo = read_photo_edits(lowered, request.reference_count)
    free = " . ".join(c for c in split_clauses(lowered) if c not in photo.handled)  # words no photo edit took
    edits = tuple(op for op in _edits(free) if op not in photo.replaced_ops and op not in _style_ops(photo, lowered))
    crop = next((box for phrase, box in CROPS.items() if re.search(rf"\b{re.escape(phrase)}\b", free)
                 and (phrase not in _PLACES or re.search(_CROP_VERBS, free))), None)
    unsupported = _unsupported(lowered, texts, photo.handled) + photo.undrawable
    ratio = request.width / request.height
    collage = request.reference_count > 1 and not any(e.kind == "combine" for e in photo.edits)
    background = Background("collage" if collage else "reference", tuple(colors[:2]))
    blocks = place_texts(texts, request.prompt)
    spoken_for = (*unsupported, *photo.handled)
    named_ops = [phrase for phrase in EDIT_WORDS if " " in phrase and re.search(rf"\b{re.escape(phrase)}\b", free)]
    found = [f for f in reading.subjects if _added(f.label, lowered)
             and not any(re.search(rf"\b{re.escape(f.label)}", clause) for clause in (*spoken_for, *named_ops))]
    # (no "film" sticker for "add film grain": the word is part of a global change's name)
    stickers = _stickers(found, lowered, blocks, ratio, rng)
    unsupported += _unread(free, [s.label for s in stickers], crop is not None, unsupported, bool(blocks))
    notes = edit_notes(request.reference_count, crop, edits, blocks, stickers, unsupported, photo.edits)
    changed = bool(edits or crop or blocks or stickers or photo.edits)
    return Plan(
        prompt=request.prompt, background=background,
        palette=tuple(colors[:6]), subjects=stickers, texts=tuple(blocks), style=reading.style, edits=edits,
        notes=notes, reference_count=request.reference_count, seed=request.seed, layout="edit", crop=crop,
        unsupported=unsupported, photo_edits=photo.edits,
        shortfalls=(*stand_ins(split_clauses(lowered), [s.label for s in stickers]), *not_covered(photo.edits),
                    *style_shortfalls(photo.edits), *place_shortfalls(photo.edits), *size_shortfalls(photo.edits),
                    *detail_shortfalls(photo.edits, lowered, bool(blocks)),
                    *((UNBLURRED,) if "sharpen" in edits and _BLUR_UNDONE.search(lowered) else ())) if changed
        else (_UNCHANGED,),
    )


# a crop only with a crop's verb: "add a planet in the middle", "write 'Mission Ready' on the left side" are places
_PLACES = ("center", "centre", "middle", "left side", "right side", "left half", "right half", "top half",
           "bottom half")
_CROP_VERBS = r"\b(?:crop|cropped|zoom|focus|cut|just|only|keep)\b"
_UNCHANGED = f"{PHOTO_UNCHANGED}: none of the changes asked for is one I can make here, so it is only " \
             "fitted to the requested size."
# Blur asked to be undone is only sharpened: said, so "fix the motion blur" is never claimed as fixed
_BLUR_UNDONE = re.compile(r"\b(?:fix|remove|reduce|undo|correct)\b[^.]*\bblur|\b(?:unblur|deblur)|"
                          r"\b(?:less|not) blurry\b")
UNBLURRED = "Blur cannot be undone here: the photo is only sharpened, which crisps its edges but does not bring back " \
            "the detail the blur lost."
_STYLE_OPS: dict[str, tuple[EditOp, ...]] = {"vintage_film": ("sepia",), "black_and_white": ("grayscale",)}


def _style_ops(photo: EditReading, lowered: str) -> tuple[EditOp, ...]:
    """Global tone changes a style already makes ("vintage" is the film look, not a sepia tint on top of it), unless
    named themselves ("make it sepia and add film grain": the film look, toned sepia)."""
    return tuple(op for e in photo.edits if e.kind == "style" for op in _STYLE_OPS.get(e.name, ())
                 if not re.search(rf"\b{op}\b", lowered))


def _added(label: str, lowered: str) -> bool:
    """Whether the prompt asks to add the thing ("add a dog", "put two stars in the corner", "with a heart"), not
    merely names something in the photo ("make the grass greener", "fix the red eyes"): only then is it a sticker."""
    return bool(re.search(rf"\b(?:add|put|place|insert|draw|include|stick|paste|scatter|strew|"
                          rf"sprinkle|with)\s+(?:an? |some |the |one |two |"
                          rf"three |a few |little |small |big |cute )?(?:[a-z]+\s+)?{re.escape(label)}|\b"
                          rf"{re.escape(label)}\s+(?:sticker|emoji|icon|stamp)", lowered))


def _edits(lowered: str) -> tuple[EditOp, ...]:
    ops = [op for phrase, op in EDIT_WORDS.items() if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)]
    if "dramatic" in ops and "darker" in ops:
        ops.remove("darker")
    return tuple(dict.fromkeys(ops))


def _unsupported(lowered: str, texts: tuple[str, ...], handled: tuple[str, ...]) -> tuple[str, ...]:
    """Clauses that ask for a change needing an understanding of the photo that no photo edit here covers."""
    said: list[str] = []
    for clause in split_clauses(lowered):
        if clause in handled or clause in said:
            continue
        if any(re.search(pattern, clause) for pattern in SEMANTIC_EDITS):
            said.append(clause)
    if texts and re.search(r"\b(replace|change|fix|correct)\b[^.]*\b(text|words?|title|caption|sign|label)", lowered):
        said.append("erasing the original lettering (the new text is set on a plate over the photo instead)")
    return tuple(said)


# A clause that asks for a change to a thing or to the photo, by its opening verb ("light up the tower")
_ASKS = re.compile(r"^(?:add|put|place|draw|make|turn|give|paint|light up|change|replace|insert|tie|hang|wrap)\b")


# What carries quoted words, or a verb whose object was the quote ("add 'Hi' at the top", its quote taken out)
_CARRIES_TEXT = re.compile(r"\b(?:text|words?|caption|label|banner|sticker|tag|bubble|sign|letters|title|quote|"
                           r"message|saying|says)\b|^\w+ (?:in|at|on|across|along|over|under|above|below)\b")


def _unread(free: str, stickers: list[str], cropped: bool, said: tuple[str, ...], texts: bool) -> tuple[str, ...]:
    """Clauses that ask for a change yet that no edit, look, crop, text or sticker took: said as not done, so a
    request of two parts never comes back with one done and the other silently dropped."""
    return tuple(clause for clause in dict.fromkeys(c.strip() for c in free.split(" . "))
                 if (_ASKS.match(clause) or asks_a_change(clause))
                 and clause not in said and not _edits(clause) and not cropped
                 and not (texts and _CARRIES_TEXT.search(clause))
                 and not any(re.search(rf"\b{re.escape(s)}", clause) for s in stickers))


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
    if re.search(r"\b(?:big|large|huge|giant|massive|enormous)\b", lowered):  # "a big ringed planet"
        size *= 1.8
    elif re.search(r"\b(?:small|little|tiny)\b", lowered):
        size *= 0.6
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
