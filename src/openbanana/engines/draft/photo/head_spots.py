"""Where a thing goes that is put at a part of a head ("a flower behind the cat's ear", "a pencil behind his ear", "a
bird on her head"): the part's place worked out from the face found, a cat's or a person's.

Why: the head is where such a thing is asked for on purpose, so it is placed there and not moved off the face as an
added thing usually is; the ears and the top of the head lie at known places round a face's box. When no face is
found the destination is left to the usual search, which says when it could not find the thing.
"""

from __future__ import annotations

import re

from openbanana.engines.draft.photo.faces import Face, find_cat_faces
from openbanana.engines.draft.photo.steps import Photo
from openbanana.engines.draft.photo.target_words import CATS, PEOPLE
from openbanana.plan import Box, PhotoEdit

_AT_PART = re.compile(r"(?:[a-z]+\s+){0,2}?(?:on|behind|in|at|over|next to|by|beside)\s+(?:the\s+)?([a-z]+?)(?:'s)?"
                      r"\s+(ears?|head)")
SIZE = 0.22  # the thing's size, as a share of the face box's width


def head_spot(photo: Photo, edit: PhotoEdit) -> Box | None:
    """The box (fractions of the photo) for a thing put at a head's ear or on its top; None when the destination
    names no part of a head, or no such face is found."""
    named = _AT_PART.fullmatch(edit.destination.strip().lower())
    if named is None:
        return None
    who, part = named.groups()
    if who in CATS:
        faces = find_cat_faces(photo.rgb)
    elif who in PEOPLE:
        faces = photo.faces
    else:
        return None
    if not faces:
        return None
    height, width = photo.rgb.shape[:2]
    return _at(faces[0], part, who in CATS, width, height)


def _at(face: Face, part: str, cat: bool, width: int, height: int) -> Box:
    """An ear on the side of the photo with more room (as seen): a cat's at the top corner of its face, a person's
    beside the face at eye level; or the top of the head above the forehead."""
    x0, y0, x1, y1 = face.box
    w, h = x1 - x0, y1 - y0
    side = SIZE * w
    right = width - x1 >= x0
    if part == "head":
        cx, cy = (x0 + x1) / 2, y0 - 0.25 * h
    elif cat:
        cx, cy = (x1 - 0.1 * w if right else x0 + 0.1 * w), y0 + 0.1 * h
    else:
        cx, cy = (x1 + 0.05 * w if right else x0 - 0.05 * w), y0 + 0.4 * h
    half_w, half_h = side / 2 / width, side / 2 / height
    cx = min(max(cx / width, half_w), 1 - half_w)
    cy = min(max(cy / height, half_h), 1 - half_h)
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
