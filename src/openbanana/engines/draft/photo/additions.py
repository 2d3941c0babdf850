"""Add a thing to a photo: a pictogram standing beside the named person, at the named spot or in the sky, grounded
by a shadow and kept off every face; a rainbow, and the scenery `painting` knows (boats, lighthouses, balloons,
fireworks, northern lights, snow), are drawn into the photo itself."""

from __future__ import annotations

import re

import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.arrays import Mask, blend, bounding_box, shrink
from openbanana.engines.draft.photo.confetti import add_confetti
from openbanana.engines.draft.photo.faces import find_cat_faces
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.glyphs import SEVERAL
from openbanana.engines.draft.photo.head_spots import head_spot
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.marks import MARKS
from openbanana.engines.draft.photo.moons import MOONS, add_moon
from openbanana.engines.draft.photo.painting import PAINTED, paint_step
from openbanana.engines.draft.photo.perches import perch_part, perched
from openbanana.engines.draft.photo.placing import (
    SPOTS,
    beside,
    box_at,
    cat_features,
    face_boxes,
    fraction_box,
    free_box,
    where,
)
from openbanana.engines.draft.photo.shading import lay_in
from openbanana.engines.draft.photo.skies import rainbow
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.smoke import add_smoke
from openbanana.engines.draft.photo.stars import add_stars
from openbanana.engines.draft.photo.steam import add_steam
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.engines.draft.photo.strewing import strew, strewn
from openbanana.engines.draft.photo.surfaces import on_floor
from openbanana.engines.draft.photo.target_words import CATS, PARTS, PEOPLE, SKY, head_noun
from openbanana.engines.draft.photo.thoughts import add_thought
from openbanana.imaging.drawing.glyphs import has_pictogram
from openbanana.plan import Box, PhotoEdit, Subject
from openbanana.wording import with_article

BESIDE_WORDS = ("next to", "beside", "by", "with", "near", "behind", "in front of")
WHOLE = 0.9  # a named thing whose box covers this much of the photo is the photo itself
ON_WORDS = "on|onto|on top of|sitting on|landing on"
NEXT_WORDS = "next to|beside|by|near"
IN_WORDS = "in(?! front of)|inside|into"
FRONT_WORDS = "in front of"
OVER_WORDS = "over|above|flying over|flying above|hovering over|soaring over|high above|circling over"
BEHIND_WORDS = "behind|standing behind"
UNDER_WORDS = "(?:sitting |standing |lying |sleeping )?(?:under|underneath|below|beneath)"
WRAPPED_WORDS = r"(?:around|round|tied (?:to|around|round|on)|wrapped (?:around|round)|hanging (?:from|round))\b"
FRAME_WORDS = frozenset({"photo", "picture", "image", "pic", "shot", "background", "scene", "frame", "middle",
                         "center", "centre", "corner", "foreground", "distance"})  # "in the picture": no thing
Spot = tuple[Box, "str | None", "Mask | None"]  # where an added thing goes, what the answer adds, what stays in front
SKY_COLUMNS = (0.5, 0.3, 0.7, 0.2, 0.8)  # where a thing added to the sky may stand, the middle first when it is open


def add_step(photo: Photo, edit: PhotoEdit) -> str | None:
    if edit.name == "rainbow":
        return _add_rainbow(photo)
    if edit.name == "steam":
        return add_steam(photo, edit)
    if edit.name in ("smoke", "fire"):
        return add_smoke(photo, edit)
    if edit.name == "confetti":
        return add_confetti(photo, edit)
    if edit.name == "stars":
        return add_stars(photo, edit)
    if edit.name in MOONS:
        return add_moon(photo, edit)
    if edit.name.endswith(("border", "circle", "arrow")) and edit.glyph is None:
        return MARKS[edit.name.split()[-1]](photo, edit)
    if edit.name.startswith("thought bubble"):
        return add_thought(photo, edit)
    if edit.name in PAINTED:
        return paint_step(photo, edit)
    if edit.glyph is None or not has_pictogram(edit.glyph):
        return not_done(edit, f"I have no picture of {edit.name or 'that'} to add.")
    if re.match(WRAPPED_WORDS, edit.destination.strip().lower()):  # a sticker beside the horse is no ribbon round it
        return not_done(edit, f"I cannot draw {with_article(edit.name)} wrapped or tied {edit.destination.strip()}, so "
                              "nothing was added.")
    height, width = photo.rgb.shape[:2]
    at_head = head_spot(photo, edit)  # "a flower behind the cat's ear": at the ear, on purpose
    if at_head is not None:
        return _lay(photo, edit, at_head, None, None)
    words = set(edit.destination.lower().split())
    near_person = bool(words & PEOPLE) and any(w in edit.destination.lower() for w in BESIDE_WORDS)
    in_sky = bool(words & SKY)
    faces = photo.faces
    short = min(width, height)
    note: str | None = None
    missing: str | None = None
    in_front: Mask | None = None  # a thing the added one stands behind, drawn again over it
    if near_person and faces:
        face = faces[0]
        tall = min(0.5 * height, (face.box[3] - face.box[1]) * 2.4)
        size = (tall / width, tall / height)
        person = face_boxes(faces[:1], width, height, margin=0.6)[0]
        wanted = beside((person[0], person[1], person[2], 1.0), size, edit.placement)
    else:
        size = (0.3 * edit.amount * short / width, 0.3 * edit.amount * short / height)  # "a small plant": smaller
        wanted = _spot(photo, edit, size, in_sky)
        if near_person:
            note = f"I found no person in the photo, so the {edit.name} stands on its own."
        on = (_on_thing(photo, edit, size) or _beside_thing(photo, edit, size) or _over_thing(photo, edit, size)
              or _behind_thing(photo, edit, size) or _under_thing(photo, edit, size)
              or on_floor(photo, edit, _thing_words(edit, ON_WORDS), size)) \
            if not near_person and not in_sky else None
        if on is not None:
            wanted, note, in_front = on
        elif not near_person and not in_sky:
            missing = _missing(photo, edit)  # "a bird sitting on the tripod": no tripod found
    cats = find_cat_faces(photo.rgb) if words & CATS else []  # "a ball of yarn in front of the cat": off its face
    avoid = [*face_boxes(faces, width, height), *(cat_features(cat.box, width, height) for cat in cats),
             *(fraction_box(b, width, height) for b in photo.drawn)]
    box = free_box(wanted, avoid)
    if missing is not None:  # said as not done, with where the thing went instead, so no answer claims the place
        note = not_done(edit, f"I could not find {missing} in the photo, so I put the {edit.name} at {where(box)} "
                              "instead.")
    aloft = in_sky or _thing_words(edit, OVER_WORDS) is not None  # flying over a thing: no shadow under it
    if strewn(edit) and in_front is None and strew(photo, edit, box, avoid, aloft=aloft):
        return note  # several strewn round the spot, so no "I drew one" is said
    return _lay(photo, edit, box, note, in_front, shadow=not aloft)


def _lay(photo: Photo, edit: PhotoEdit, box: Box, note: str | None, in_front: Mask | None, *,
         shadow: bool = False) -> str | None:
    """The pictogram laid into the photo at `box` (behind `in_front`, when given), and what the answer must add."""
    laid = lay_in(photo.rgb, Subject(edit.name, edit.glyph or "", box, z=2, role="support", tint=edit.color),
                  shadow=shadow, seed=photo.rng.randrange(2**32))
    if laid is None:
        return not_done(edit, f"I have no picture of {edit.name} to add.")
    rgb, drawn = laid
    if in_front is not None:  # "a barn behind the horse": the horse stays whole in front of it
        rgb = blend(rgb, photo.rgb, in_front)
    photo.drawn.append(drawn)
    photo.changed(rgb)
    if re.fullmatch(r"[a-z]+[^isu]s", edit.name) and edit.glyph not in SEVERAL:  # "some ducks": one drawn, and said
        single = f"{edit.name[:-3]}y" if edit.name.endswith("ies") else edit.name[:-1]
        one = f"I drew one {single} for the {edit.name} asked for."
        return f"{note} {one}" if note else one
    return note


def _thing_words(edit: PhotoEdit, words: str) -> str | None:
    """The thing the destination names after one of `words` ("on the flower", "on one of the petals" → "the
    petals"); None when it names none, or a person or the sky (placed otherwise)."""
    if words.startswith(ON_WORDS) and edit.placement == "auto":  # "a heart in the coffee foam": in it is on it
        words = f"{words}|{IN_WORDS}"
    named = re.fullmatch(rf"(?:{words})\s+(?:(?:one|some|each|any) of\s+)?(.+)", edit.destination.strip().lower())
    if named is None or set(named.group(1).split()) & (PEOPLE | SKY | FRAME_WORDS):
        return None
    return named.group(1)


def _named_thing(photo: Photo, edit: PhotoEdit, words: str) -> tuple[str, Box, bool, str, Mask] | None:
    """The thing the destination names after one of `words` ("on the flower", "next to the cup"): its words, its
    box (fractions of the photo), whether it was recognised as such, how it was found and its mask; None when the
    destination names no such thing or it cannot be found. A part ("the petals") is looked for as the main subject
    that has it."""
    target = _thing_words(edit, words)
    found = _find_thing(photo, target) if target is not None else None
    box = bounding_box(found.mask, 0.5) if found is not None else None
    height, width = photo.rgb.shape[:2]
    if target is None or found is None or box is None or (box[2] - box[0]) * (box[3] - box[1]) > WHOLE * width * height:
        return None  # not found, or it is the whole photo (a lawn from edge to edge): the usual spot is on it
    return target, fraction_box(box, width, height), found.exact, found.how, found.mask


def _find_thing(photo: Photo, target: str) -> Found | None:
    """The named thing, or for a part ("the petals") the main subject that has it."""
    found = find_target(photo.rgb, target, None, "auto", stand_in=True)
    if found is None and (head_noun(target) in PARTS or perch_part(target)):
        found = find_target(photo.rgb, "the thing", None, "auto", stand_in=True)
    return found


def _missing(photo: Photo, edit: PhotoEdit) -> str | None:
    """The thing the destination names when it cannot be found in the photo; None when it names none or it was."""
    target = _thing_words(edit, f"{ON_WORDS}|{NEXT_WORDS}|{FRONT_WORDS}|{OVER_WORDS}|{BEHIND_WORDS}|{UNDER_WORDS}")
    return target if target is not None and _find_thing(photo, target) is None else None


def _on_thing(photo: Photo, edit: PhotoEdit, size: tuple[float, float]) -> Spot | None:
    """"a butterfly on the flower": sitting on the upper part of the named thing, when it can be found (or the main
    subject stood in for it, which the note says); None when the destination names no thing to sit on."""
    thing = _named_thing(photo, edit, ON_WORDS)
    if thing is None:
        return None
    target, (x0, y0, x1, y1), exact, how, mask = thing
    small = (size[0] * 0.7, size[1] * 0.7)  # smaller than the thing it sits on
    spot = perched(target, mask, small) or box_at(((x0 + x1) / 2 + 0.12 * (x1 - x0), y0 + 0.28 * (y1 - y0)), small)
    return spot, _stand_in(edit, target, exact, how, "sits on"), None


def _beside_thing(photo: Photo, edit: PhotoEdit, size: tuple[float, float]) -> Spot | None:
    """"a croissant next to the cup": standing beside the named thing (or the main subject standing in for it, which
    the note says), on the side with more room, level with its foot; None when no thing is named or found."""
    thing = _named_thing(photo, edit, f"{NEXT_WORDS}|{FRONT_WORDS}")
    if thing is None:
        return None
    target, box, exact, how, _ = thing
    scale = min(1.0, 0.6 * (box[3] - box[1]) / size[1])  # smaller than the thing it stands by
    small = (size[0] * scale, size[1] * scale)
    front = re.match(FRONT_WORDS, edit.destination.strip().lower()) is not None
    # in front of it: nearer the camera, so lower in the frame, over the foot of the thing
    spot = box_at(((box[0] + box[2]) / 2, min(0.97, box[3]) - small[1] / 2), small) if front else beside(
        box, small, edit.placement)
    return spot, _stand_in(edit, target, exact, how, "stands in front of" if front else "stands beside"), None


def _over_thing(photo: Photo, edit: PhotoEdit, size: tuple[float, float]) -> Spot | None:
    """"a dragon flying over the tower": above the named thing when there is room over it, else beside its top,
    never on the ground below; None when the destination names no thing over which to go."""
    thing = _named_thing(photo, edit, OVER_WORDS)
    if thing is None:
        return None
    target, (x0, y0, x1, _bottom), exact, how, _ = thing
    w, h = size
    if y0 >= h + 0.04:
        spot = box_at(((x0 + x1) / 2, y0 - 0.02 - h / 2), size)
    else:  # it reaches the top of the frame: beside its top, on the side with more room
        right = 1 - x1 >= x0
        spot = box_at((x1 + w / 2 if right else x0 - w / 2, max(y0, 0.02) + h / 2), size)
    return spot, _stand_in(edit, target, exact, how, "flies over"), None


def _behind_thing(photo: Photo, edit: PhotoEdit, size: tuple[float, float]) -> Spot | None:
    """"a barn behind the horse": further back beside the named thing's upper half, the thing drawn again over
    it so it stays whole in front; None when the destination names no thing to stand behind."""
    thing = _named_thing(photo, edit, BEHIND_WORDS)
    if thing is None:
        return None
    target, (x0, y0, x1, y1), exact, how, mask = thing
    right = 1 - x1 >= x0
    spot = box_at((x1 - 0.1 * (x1 - x0) if right else x0 + 0.1 * (x1 - x0), y0 + 0.3 * (y1 - y0)), size)
    return spot, _stand_in(edit, target, exact, how, "stands behind"), mask


def _under_thing(photo: Photo, edit: PhotoEdit, size: tuple[float, float]) -> Spot | None:
    """"a cat sitting under the clock": below the named thing, centred on it, on the ground of the frame when the
    thing hangs high; None when the destination names no thing to go under."""
    thing = _named_thing(photo, edit, UNDER_WORDS)
    if thing is None:
        return None
    target, (x0, _top, x1, y1), exact, how, _ = thing
    below = min(y1 + 0.02 + size[1] / 2, 0.98 - size[1] / 2)
    return box_at(((x0 + x1) / 2, below), size), _stand_in(edit, target, exact, how, "is under"), None


def _stand_in(edit: PhotoEdit, target: str, exact: bool, how: str, stands: str) -> str | None:
    """What the answer says when the thing was not recognised but stood in for."""
    if re.fullmatch(r"[a-z ]*[^isu]s", edit.name):  # "the petals stand beside …"
        verb, _, rest = stands.partition(" ")
        stands = f"{'are' if verb == 'is' else verb[:-3] + 'y' if verb.endswith('ies') else verb[:-1]} {rest}"
    return None if exact else (f"I cannot recognise {target} as such, so the {edit.name} {stands} {how} of the "
                               f"photo, taking it to be {target}.")


def _spot(photo: Photo, edit: PhotoEdit, size: tuple[float, float], in_sky: bool) -> Box:
    if in_sky:
        found = find_sky(photo.rgb)
        if found is not None:
            y = found.line * 0.45
            if edit.placement != "auto":
                return box_at((SPOTS[edit.placement][0], y), size)
            return max((box_at((x, y), size) for x in SKY_COLUMNS), key=lambda b: _open_sky(found.mask, b))
        return box_at((0.5, 0.2), size)
    if edit.placement != "auto":
        return box_at(SPOTS[edit.placement], size)
    return box_at(SPOTS["bottom_right"], size)


def _open_sky(sky: np.ndarray, box: Box) -> float:
    """How much of a box is open sky (a moon set where it covers no rocket's nose and no tower)."""
    height, width = sky.shape[:2]
    x0, y0 = int(box[0] * width), int(box[1] * height)
    x1, y1 = max(x0 + 1, int(box[2] * width)), max(y0 + 1, int(box[3] * height))
    return float(sky[y0:y1, x0:x1].mean())


def _add_rainbow(photo: Photo) -> str | None:
    found = find_sky(photo.rgb)
    height, width = photo.rgb.shape[:2]
    base = photo.rgb.astype(np.float32)
    arc = rainbow(np.asarray(shrink(base, 768), np.float32), photo.rng)
    small = shrink(base, 768)
    delta = np.asarray(Image.fromarray(np.clip(arc - small + 128, 0, 255).astype(np.uint8)).resize((width, height)),
                       np.float32) - 128
    where = found.mask if found is not None else np.clip(1.2 - np.arange(height, dtype=np.float32) / height * 2, 0,
                                                          1)[:, None] * np.ones((1, width), np.float32)
    photo.changed(np.clip(base + delta * where[..., None], 0, 255).astype(np.uint8))
    return None if found is not None else "I found no open sky, so the rainbow arcs over the top of the photo."
