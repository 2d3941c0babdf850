"""Words asked for at a thing in the photo ("'Mine' on the cup", "'Time flies' under the clock", "'Feed me' on the
cat's face"): the thing found, and the words' block moved on, under, above or beside it.

Why: the planner cannot see the photo, so it places such words where words usually go; only here is the thing
found. When it cannot be, the words stay where they were put and the answer says where that is, so no answer
claims words on a thing that is not under them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from openbanana.engines.draft.photo.arrays import Mask, bounding_box
from openbanana.engines.draft.photo.faces import find_cat_faces
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.placing import fraction_box, where
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.steps import Photo
from openbanana.engines.draft.photo.target_words import CATS, PEOPLE, SKY, SURFACES, WATER, head_noun
from openbanana.engines.draft.photo.things import lone_thing
from openbanana.plan import Box, PhotoEdit, Plan, TextBlock

_ON_SURFACE = re.compile(r"(.+?)\s+(under|underneath|below|beneath|above|over|next to|beside|by)\s+(the\s+.+)")
_SIDES = {"under": "under", "underneath": "under", "below": "under", "beneath": "under", "above": "above",
          "over": "above", "next to": "beside", "beside": "beside", "by": "beside"}
NARROWER = (1.0, 0.8, 0.65)  # the sizes words "in the sky" may be set at, to fit the open sky
GAP = 0.02  # between the thing and words set under, above or beside it (a share of the frame)
EDGE = 0.02  # the least margin kept to the frame's edges
HAIR = 0.5  # how far a head reaches above the face's box, as a share of the box's height
PART = "the main subject"  # how a stand-in found by saliency is named: often a part of the thing, not all of it
WHOLE = 0.9  # a thing that covers this much of the photo is the photo itself (the wall, in a photo of a wall)


def texts_at_things(plan: Plan, photo: Photo) -> tuple[tuple[TextBlock, ...], list[str], frozenset[int]]:
    """The plan's words with each block asked for at a thing moved to it; a sentence for each one that could not be,
    or was set at a stand-in; and the indices of the blocks that were moved (kept where they are afterwards, even
    on a face: "on the cat's face" asks for that)."""
    asks = [e for e in plan.photo_edits if e.kind == "text"]
    texts, said, moved = list(plan.texts), [], set()
    for index, asked in enumerate(asks[:len(texts)]):
        block = texts[index]
        edit = _by_the_thing(asked)
        found = _thing_box(photo, edit.target)
        if found is None:
            said.append(f'I could not find {edit.target} in the photo, so the words "{block.text}" are at '
                        f"{where(block.box)}.")
            continue
        box, how = found
        sky = find_sky(photo.scene) if head_noun(edit.target) in SKY else None
        if sky is None and (box[2] - box[0]) * (box[3] - box[1]) > WHOLE:
            continue  # the photo is the thing: the words stay where the plan put them, on it (a sky between two
            # towers spans the frame too, yet has its own open part)
        low = how.startswith(PART) and edit.name == "under"  # the main subject stands in for a part of the thing
        # (a motorcycle's tank, not its wheels): words under the thing go at the foot of the photo, under all of it
        texts[index] = replace(block, box=_in_open_sky(block.box, sky.mask) if sky is not None else _placed(
            block.box, (box[0], box[1], box[2], 1.0) if low else box, edit.name))
        moved.add(index)
        if how:
            at = f"at the bottom of the photo, under {how}" if low else f"{edit.name} {how}"
            said.append(f'I cannot recognise {edit.target} as such, so I set the words "{block.text}" {at} of '
                        f"the photo, taking it to be {edit.target}.")
    return tuple(texts), said, frozenset(moved)


def _by_the_thing(edit: PhotoEdit) -> PhotoEdit:
    """Words on a surface placed by a thing on it ("on the table under the cup", "on the wall above the clock") are
    words under or above that thing: the surface itself has no place of its own to find."""
    named = _ON_SURFACE.fullmatch(edit.target.strip().lower())
    if edit.name != "on" or named is None or head_noun(named.group(1)) not in SURFACES:
        return edit
    return replace(edit, name=_SIDES[named.group(2)], target=named.group(3))


def _thing_box(photo: Photo, target: str) -> tuple[Box, str] | None:
    """The named thing's box (fractions of the photo) and, when it stands in for the thing, how it was found ("" when
    it is the thing itself); None when nothing can be taken for it."""
    height, width = photo.rgb.shape[:2]
    words = set(target.lower().replace("'s", " ").split())
    if words & CATS:
        cats = find_cat_faces(photo.rgb)
        return (_fractions(cats[0].box, width, height), "") if cats else None
    if words & PEOPLE or words & {"face", "forehead", "head"}:
        faces = photo.faces
        if not faces:
            return None
        x0, y0, x1, y1 = faces[0].box
        top = y0 - (y1 - y0) * HAIR if words & {"head", "hat", "hair"} else y0  # her head: the hair above her face
        return _fractions((x0, top, x1, y1), width, height), ""
    alone = lone_thing(photo.rgb) if head_noun(target) not in SKY | SURFACES | WATER else None
    if alone is not None:  # the one thing on a plain wall, by its own outline (the main subject cuts it smaller)
        found: Found | None = Found(alone.mask, False, alone.how)
    else:
        found = find_target(photo.rgb, target, None, "auto", stand_in=True)
    box = bounding_box(found.mask, 0.5) if found is not None else None
    if found is None or box is None:
        return None
    return fraction_box(box, width, height), "" if found.exact else found.how


def _fractions(box: tuple[float, float, float, float], width: int, height: int) -> Box:
    return (max(0.0, box[0] / width), max(0.0, box[1] / height), min(1.0, box[2] / width), min(1.0, box[3] / height))


def _in_open_sky(block: Box, sky: Mask) -> Box:
    """The block where it covers the most open sky, narrowed (the words set smaller) when that finds more of it:
    words "in the sky" never on a rooftop."""
    height, width = sky.shape[:2]
    best, most = block, -1.0
    for narrow in NARROWER:
        w, h = (block[2] - block[0]) * narrow, (block[3] - block[1]) * narrow
        for cx in np.linspace(EDGE + w / 2, 1 - EDGE - w / 2, 9):
            for cy in np.linspace(EDGE + h / 2, max(EDGE + h / 2, 0.6 - h / 2), 6):
                x0, y0 = int((cx - w / 2) * width), int((cy - h / 2) * height)
                x1, y1 = max(x0 + 1, int((cx + w / 2) * width)), max(y0 + 1, int((cy + h / 2) * height))
                open_sky = float(sky[y0:y1, x0:x1].mean())
                if open_sky > most + 0.02:  # the first (largest, highest, leftmost) of equally open places
                    best, most = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), open_sky
    return best


def _placed(block: Box, thing: Box, relation: str) -> Box:
    """The block moved (its size kept, narrowed to the thing when set on it) on, under, above or beside `thing`."""
    w, h = block[2] - block[0], block[3] - block[1]
    cx, cy = (thing[0] + thing[2]) / 2, (thing[1] + thing[3]) / 2
    if relation == "on":
        w = min(w, max(0.3, (thing[2] - thing[0]) * 0.9))
    elif relation == "under":
        cy = thing[3] + GAP + h / 2
    elif relation == "above":
        cy = thing[1] - GAP - h / 2
    elif relation == "beside":
        right = 1 - thing[2] >= thing[0]
        w = min(w, max(0.2, (1 - thing[2] if right else thing[0]) - GAP - EDGE))
        cx = thing[2] + GAP + w / 2 if right else thing[0] - GAP - w / 2
    cx = min(max(cx, EDGE + w / 2), 1 - EDGE - w / 2)
    cy = min(max(cy, EDGE + h / 2), 1 - EDGE - h / 2)
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)

