"""Find what an edit names: a person by their face, the sky, a thing by its colour or its place, or the main subject.

Each finding says how it was found and whether it is the named thing (a face for "the man", the red pixels for "the
red car") or a stand-in (the main subject for "the car", which no detector here can recognise); callers only act on
a stand-in where that is safe, and the answer then says so. The finders themselves live in `people.py`,
`by_color.py`, `things.py`, `sky.py` and `scenery.py`; this module picks one by what the target's words name.
"""

from __future__ import annotations

import re

import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, dilate, f32, resize_to, shrink
from openbanana.engines.draft.photo.by_color import (
    PART_WORDS,
    REGIONS,
    find_by_color,
    find_color_part,
    find_every,
    find_leaves,
)
from openbanana.engines.draft.photo.faces import find_cat_faces, find_faces
from openbanana.engines.draft.photo.focus import focus_cut
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.lamps import LAMP_WORDS, lamp_mask
from openbanana.engines.draft.photo.people import find_person, find_worn
from openbanana.engines.draft.photo.rising import rising_thing
from openbanana.engines.draft.photo.scenery import find_water
from openbanana.engines.draft.photo.segmentation import backdrop_subject, subject_mask
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.target_words import (
    CATS,
    CLOTHES,
    COLOUR_PARTS,
    HAIR,
    LEAVES,
    PARTS,
    PEOPLE,
    SKY,
    SURFACES,
    WATER,
    head_noun,
    in_background,
    placed_by,
)
from openbanana.engines.draft.photo.things import fills_frame, lone_thing, pick_thing
from openbanana.plan import RGB
from openbanana.scene import Placement

BACKDROPS = frozenset({"wall", "walls", "backdrop", "background"})  # what a lone thing on a plain wall stands against
SKY_SIDE = 640  # the long side of the copy the sky is found on, to leave it out of a stand-in
FOCUSED_SHARE = 0.5  # a close-up subject taking more than this of the photo is too big to remove and fill
MOSTLY_SKY = 0.5  # a main subject keeping less than this share of itself without the sky is taken as it was
# What is never the one subject on a plain backdrop, though a removal may name it ("remove the shadow")
NOT_SUBJECTS = BACKDROPS | frozenset({"shadow", "shadows", "reflection", "glare", "dust", "spot", "spots", "scratch",
                                      "scratches", "noise", "blemish", "blemishes", "wrinkles", "stain", "stains"})


def find_target(rgb: U8, target: str, color: RGB | None, placement: Placement, *,
                stand_in: bool) -> Found | None:
    """The named thing's mask, or None when it cannot be found (or only guessed and `stand_in` is False)."""
    noun = head_noun(target)
    if noun in HAIR or noun in CLOTHES:
        return find_worn(rgb, placement, hair=noun in HAIR)
    if noun in PEOPLE:
        return find_person(rgb, placement, whole=noun not in ("face", "faces"), behind=in_background(target))
    if noun in SKY:
        sky = find_sky(rgb)
        return Found(sky.mask, True, "its colour and smoothness") if sky is not None else None
    if noun in WATER and color is None:
        water = find_water(rgb, find_sky(rgb))
        return Found(water.mask, True, "its smoothness and colour, below the sky") if water is not None else None
    green = color is not None and color[1] > max(color[0], color[2])  # "the green bushes": leaves are green anyway
    if noun in LEAVES and (color is None or green) and stand_in:  # recoloured as their green; never removed whole
        return find_leaves(rgb)
    if color is not None and noun in PART_WORDS:  # "the green part": all of that hue, not one region of it
        return find_color_part(rgb, color)
    every = find_every(rgb, color) if color is not None and placement == "auto" and re.fullmatch(
        r"[a-z]{2,}[^s]s", noun) else None  # "the black squares": all of them
    if every is not None:
        return every
    if color is not None:
        found = find_by_color(rgb, color, placement)
        if found is not None:
            return found
        return None
    lamps = lamp_mask(rgb) if noun in LAMP_WORDS and not stand_in else None
    if lamps is not None:  # "remove the lights along the ground": the small bright spots and their glow
        return Found(lamps[0], False, f"the {lamps[1]} small bright spots of light",
                     others=np.zeros_like(lamps[0]))  # their own shape, never grown to a whole thing
    if noun in CATS:
        cats = find_cat_faces(rgb)
        if cats:
            x0, y0, x1, y1 = cats[0].box
            w, h = rgb.shape[1], rgb.shape[0]
            within = (max(0, x0 - (x1 - x0)) / w, max(0, y0 - (y1 - y0) * 0.5) / h,
                      min(w, x1 + (x1 - x0)) / w, min(h, y1 + (y1 - y0) * 3) / h)
            mask = subject_mask(rgb, within)
            if mask is not None:
                return Found(mask, True, "its face", cats[0])
            sharp = focus_cut(rgb) if stand_in else None  # its face fills the photo: the cat is what is in focus
            if sharp is not None:
                return Found(sharp, False, "the in-focus part", cats[0])
    under = _under_things(rgb, target) if stand_in and noun in SURFACES else None
    if under is not None:  # "the cloth under the coins": what is round them, never the coins themselves
        return under
    picked = pick_thing(rgb, target, placement)  # "the biggest coin", "the coin in the middle": one of several
    if picked is not None:
        return Found(picked.mask, False, picked.how, others=picked.others)
    # the finders below take the one thing a removal names: never a part, a surface or someone's thing
    one_thing = not stand_in and noun not in PARTS | SURFACES and "'s " not in target
    # "remove the clock" alone on a bare wall: the one thing there (a recolour or an addition takes the main subject)
    lone = lone_thing(rgb) if one_thing else None
    if lone is not None:
        return Found(lone.mask, False, lone.how, others=lone.others)
    # "get rid of the horse" outlined on white: the one subject on the backdrop, however thin its legs
    single = backdrop_subject(rgb) if one_thing and noun not in NOT_SUBJECTS else None
    if single is not None:
        return Found(single, False, "the one subject on the plain backdrop", others=np.zeros_like(single))
    # "remove the rocket" standing up into a wide sky: the thing nearest the middle there (never "the towers")
    rising = rising_thing(rgb) if one_thing and noun not in NOT_SUBJECTS | SKY and not noun.endswith("s") else None
    if rising is not None:
        return rising
    # "remove the flower" in a close-up: the one sharp thing against a soft background (no sky, nobody in it)
    focused = in_focus(rgb) if one_thing and placement == "auto" and noun not in NOT_SUBJECTS | SKY and \
        not noun.endswith("s") else None  # "the small flower at the bottom" is not the one in focus
    if focused is not None:
        return Found(focused, False, "the one thing in focus")
    if stand_in and noun in BACKDROPS:  # "the wall behind the clock": all but the one thing on it
        alone = lone_thing(rgb, halo=3)  # its own outline: the wall runs up to it
        if alone is not None:
            return Found(f32(1 - alone.mask), False, "the plain background around the one thing that stands out")
    if stand_in and fills_frame(rgb, noun):  # "the wall" in a photo of bricks: all of it
        return Found(np.ones(rgb.shape[:2], np.float32), False, "the texture that fills the whole")
    if placement != "auto" and (stand_in or noun in ("thing", "object", "it", "one")):
        mask = _subject_at(rgb, placement)
        return Found(mask, False, "the most prominent thing there") if mask is not None else None
    if stand_in and may_stand_in(rgb, target):
        mask = subject_mask(rgb)
        return Found(_off_the_sky(rgb, mask), False, "the main subject") if mask is not None else None
    return None


def _under_things(rgb: U8, target: str) -> Found | None:
    """The plain background round a set of things laid out on it, for a surface named by them ("the cloth under the
    coins"): the things' outlines grown a little, so their rims stay theirs."""
    things = pick_thing(rgb, placed_by(target), "auto") if placed_by(target) else None
    if things is None:
        return None
    rim = max(2, round(max(rgb.shape[:2]) / 200))
    around = f32(1 - dilate(things.mask, rim))
    return Found(around, False, things.how.replace("all ", "the plain background round the ", 1).replace(
        " on the plain background", ""), others=np.zeros_like(around))


def in_focus(rgb: U8) -> Mask | None:
    """The sharp subject of a close-up that leaves most of the photo to its blurred background (under half of it),
    in a photo with no open sky (a smooth sky reads as blur) and no face (people are found as people)."""
    sharp = focus_cut(rgb)
    if sharp is None or float(sharp.mean()) > FOCUSED_SHARE or find_sky(rgb) is not None or find_faces(rgb):
        return None
    return sharp


def may_stand_in(rgb: U8, target: str) -> bool:
    """Whether the main subject may stand in for the target: a whole thing (not a part, "the cat's eyes", nor what
    things stand on, "the table") in a photo without people (with them, the main subject is a person)."""
    return head_noun(target) not in (PARTS - COLOUR_PARTS) | SURFACES and "'s " not in target and not find_faces(rgb)


def _off_the_sky(rgb: U8, mask: Mask) -> Mask:
    """The main subject without any open sky its outline took in (the haze beside a tower): a thing standing in for
    the one named is never the sky, and recolouring that sky leaves a blotch of the new colour in it. A subject that
    is mostly sky is kept whole: nothing stands out there, and the caller finds that it does not."""
    sky = find_sky(shrink(rgb, SKY_SIDE))  # the subject's outline is soft anyway: a small copy finds the sky
    if sky is None:
        return mask
    kept = f32(mask * (1 - resize_to(sky.mask, mask.shape[1], mask.shape[0])))
    return kept if float(kept.sum()) > MOSTLY_SKY * float(mask.sum()) else mask


def _subject_at(rgb: U8, placement: Placement) -> Mask | None:
    """The main subject if it stands in the named part of the photo, else the most prominent thing inside it."""
    whole = subject_mask(rgb)
    if whole is not None:
        ys, xs = np.nonzero(whole > 0.5)
        x0, y0, x1, y1 = REGIONS[placement]
        cx, cy = xs.mean() / rgb.shape[1], ys.mean() / rgb.shape[0]
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            return whole
    return subject_mask(rgb, REGIONS[placement])

