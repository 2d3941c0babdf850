"""Edit the reference photos as the plan asks, in an order that keeps each step's finding true for the next.

The canvas comes first (the first photo cropped, to a named thing when asked, then fitted or extended to the new
frame; other photos' subjects cut out and placed into it; a collage when several photos are only to be shown
together), then what changes the photo's content (background, removal, recolouring), its light and sky, what is
added (additions, accessories, found on the unstyled photo), the style, and the global tone changes. Stickers the
plan adds are moved off faces.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from PIL import Image

from openbanana.engines.draft.edits import apply_edits, crop_box
from openbanana.engines.draft.photo.additions import add_step
from openbanana.engines.draft.photo.arrays import U8, bounding_box, rgb_array, to_image
from openbanana.engines.draft.photo.bubbles import with_bubble
from openbanana.engines.draft.photo.combine import cut_out, place
from openbanana.engines.draft.photo.cropping import crop_to, shape_unmet
from openbanana.engines.draft.photo.faces import find_cat_faces, find_faces
from openbanana.engines.draft.photo.light_and_sky import relight_under, sky_with_light
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.outpaint import outpaint
from openbanana.engines.draft.photo.placing import cat_features, clear_of, face_boxes, fraction_box, free_box, where
from openbanana.engines.draft.photo.segmentation import backdrop_cut
from openbanana.engines.draft.photo.sky_swap import sky_from
from openbanana.engines.draft.photo.steps import STEPS, Photo, not_done
from openbanana.engines.draft.photo.target_words import CATS, PEOPLE, SKY, SURFACES, WATER, head_noun
from openbanana.engines.draft.photo.text_places import texts_at_things
from openbanana.engines.draft.photo.things import fills_frame
from openbanana.imaging.collage import collage
from openbanana.imaging.fitting import cover_fit
from openbanana.plan import PHOTO_EXTENDED, Box, PhotoEdit, Plan, Subject, TextBlock

ORDER = {"background": 1, "remove": 1, "recolor": 2, "sky": 3, "relight": 3, "add": 4, "accessory": 4, "style": 5}
RATIO_TOLERANCE = 0.12  # a frame this much wider or taller than the photo is extended rather than cropped
MARGINS = ("The added margins are grown from pieces of the photo's own edges, softly; they are not new detail from the "
           "scene.")
ROOM_BESIDE = 0.12  # the least share of the width beside a thing for a cut-out to be put there
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


@dataclass(frozen=True)
class EditedPhoto:
    image: Image.Image
    stickers: tuple[Subject, ...]  # the plan's stickers, moved where they cover no face
    shortfalls: tuple[str, ...]
    texts: tuple[TextBlock, ...]  # the plan's words, moved where they cover no face


def edit_references(plan: Plan, references: tuple[Image.Image, ...], width: int, height: int,
                    rng: random.Random) -> EditedPhoto:
    photos = tuple(image.convert("RGB") for image in references)
    if plan.crop is not None:
        photos = (crop_box(photos[0], plan.crop), *photos[1:])
    edits = plan.photo_edits
    shortfalls: list[str] = []
    framed = next((e for e in edits if e.kind == "crop" and e.name == "frame"), None)
    unmet = shape_unmet(framed, width, height) if framed is not None else None
    if unmet:
        shortfalls.append(unmet)
        framed = None
    for asked_crop in (e for e in edits if e.kind == "crop" and e.name != "frame"):
        first, said = crop_to(photos[0], asked_crop, width / height)
        photos = (first, *photos[1:])
        if said:
            shortfalls.append(said)
    combines = [e for e in edits if e.kind == "combine"]
    photos = _scene_first(photos, combines)
    if len(photos) > 1 and not combines:
        photo = Photo(rgb_array(collage(photos, width, height)), rng)
    else:
        asked = next((e for e in edits if e.kind == "outpaint"), None)
        if asked is not None and asked.amount >= 1 and not _reshaped(photos[0], width, height):
            shortfalls.append(not_done(asked, "the photo already has the frame's shape, so there was nothing to "
                                              "extend."))
            asked = None
        if framed is not None and asked is None and not _reshaped(photos[0], width, height):
            shortfalls.append(not_done(framed, "the photo already has the frame's shape, so there was nothing to "
                                               "crop."))
        cropped = framed is not None and asked is None  # cut to the frame's shape, never extended to it
        photo = Photo(rgb_array(cover_fit(photos[0], width, height)) if cropped else _fit(
            photos[0], width, height, asked, rng), rng)
        if asked is not None:
            shortfalls.append(MARGINS)
        elif _reshaped(photos[0], width, height) and not cropped:
            shortfalls.append(f"{PHOTO_EXTENDED}: {MARGINS[:1].lower()}{MARGINS[1:]}")
    for edit in combines:
        said = _combine(photo, edit, photos)
        if said:
            shortfalls.append(said)
    drawn_sky = sky_with_light(edits)  # drawn by the relight, not swapped in and then painted over
    for edit in sorted((e for e in edits if e.kind in ORDER and e is not drawn_sky), key=lambda e: ORDER[e.kind]):
        step = add_step if edit.kind == "add" else STEPS[edit.kind]
        if drawn_sky is not None and edit.kind == "relight":
            said = relight_under(photo, edit, drawn_sky)
        else:
            said = step(photo, edit)
        if said:
            shortfalls.append(said)
    image = apply_edits(to_image(photo.rgb), plan.edits)
    stickers = _stickers_off_faces(plan, photo, width, height)
    placed, at_things, kept = texts_at_things(plan, photo)
    texts, moved = _texts_off_faces(replace(plan, texts=placed), photo, width, height, kept)
    moved = [*at_things, *moved]
    texts, moved = _speech_in_bubbles(image, texts, photo, moved)
    return EditedPhoto(image, stickers, tuple([*shortfalls, *moved]), texts)


def _scene_first(photos: tuple[Image.Image, ...], combines: list[PhotoEdit]) -> tuple[Image.Image, ...]:
    """The photos with the scene first: "put her in front of the tower" with her portrait given first and the tower
    second cuts her out of the first photo and puts her into the second, not the other way round; so does "put the
    horse by the lake" when the first photo is the horse on a plain backdrop and the second has nothing to cut out."""
    if len(combines) != 1 or not combines[0].destination or not 0 < combines[0].reference < len(photos):
        return photos
    edit = combines[0]
    index = edit.reference
    if not set(edit.target.lower().split()) & PEOPLE:  # "the horse": from the first photo when that is a cut-out
        if backdrop_cut(rgb_array(photos[0])) is None or cut_out(rgb_array(photos[index]), edit.target) is not None:
            return photos  # shot on a plain backdrop and the other photo has nothing to cut out
    elif find_faces(rgb_array(photos[index])) or not find_faces(rgb_array(photos[0])):  # "her", "the woman"
        return photos
    swapped = list(photos)
    swapped[0], swapped[index] = photos[index], photos[0]
    return tuple(swapped)


def _fit(image: Image.Image, width: int, height: int, asked: PhotoEdit | None, rng: random.Random) -> U8:
    """The first photo at the frame's size: extended when asked or when the frame's shape differs a lot, else
    cover-fitted (a sliver cropped at most)."""
    if asked is not None or _reshaped(image, width, height):
        zoom = asked.amount if asked is not None else 1.0
        return outpaint(rgb_array(image), width, height, rng, zoom)
    return rgb_array(cover_fit(image, width, height))


def _reshaped(image: Image.Image, width: int, height: int) -> bool:
    """Whether the frame's shape differs from the photo's by more than a sliver (then the photo is extended)."""
    return abs((width / height) / (image.width / image.height) - 1) > RATIO_TOLERANCE


def _combine(photo: Photo, edit: PhotoEdit, photos: tuple[Image.Image, ...]) -> str | None:
    index = edit.reference if edit.reference > 0 else 1
    ordinal = ORDINALS[index] if index < len(ORDINALS) else f"number {index + 1}"
    if index >= len(photos):
        return not_done(edit, f"there is no {ordinal} photo to take it from.")
    if head_noun(edit.target) in SKY:  # "use the sky from the second photo": the sky itself, no cut-out
        return sky_from(photo, edit, rgb_array(photos[index]), ordinal)
    cut = cut_out(rgb_array(photos[index]), edit.target)
    target = edit.target or "its subject"
    if cut is None:
        return not_done(edit, f"I could not cut {target} out of the {ordinal} photo.")
    destination = edit.destination.lower()
    near_person = bool(set(destination.split()) & PEOPLE)
    faces = photo.faces
    by = None if near_person else _thing_by(photo, destination)  # "on the table next to the cup"
    height, width = photo.rgb.shape[:2]
    cats = tuple(cat_features(cat.box, width, height) for cat in find_cat_faces(photo.rgb)) \
        if set(destination.split()) & CATS else ()  # "next to the cat": never over its eyes and mouth
    ground = re.fullmatch(r"(?:on|onto|in|into|across)\s+((?:the\s+|this\s+)?[a-z]+(?:\s+[a-z]+)?)", destination)
    scene = photo.rgb  # before the cut-out covers part of it
    canvas, honoured = place(photo.rgb, cut, edit.placement, near_person, faces, by[1] if by else None, cats)
    photo.changed(canvas, layout=True)
    unknown = destination and not near_person and by is None and not any(
        w in destination for w in ("left", "right", "middle", "center", "centre", "top", "bottom", "corner"))
    if unknown and ground and fills_frame(scene, head_noun(ground.group(1))):  # "on the gravel": all of it
        return (f"{ground.group(1)[:1].upper()}{ground.group(1)[1:]} fills the whole photo, so I put {target} on it "
                "where the picture had room.")
    if by is not None and by[2]:
        return (f"I cannot recognise {by[0]} as such, so I put {target} beside {by[2]} of the photo, taking it to "
                f"be {by[0]}.")
    if unknown or (near_person and not faces):
        return (f'I could not tell where "{edit.destination}" is in the photo, so I put {target} where the picture '
                "had room.")
    if cut.cropped:
        return (f"{target[:1].upper()}{target[1:]} fills most of the {ordinal} photo, so what could be cut out is a "
                "part of it, not the whole.")
    if not honoured:
        return f"{target[:1].upper()}{target[1:]} was moved aside so that it covers no face."
    return None


def _thing_by(photo: Photo, destination: str) -> tuple[str, Box, str] | None:
    """The thing a cut-out is put beside ("next to the cup"): its words, its box (fractions) and, when something
    stands in for it, how that was found ("" when it is the thing); None when none is named or found."""
    named = re.search(r"\b(?:next to|beside|by|near)\s+((?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)$", destination)
    if named is None or head_noun(named.group(1)) in WATER | SURFACES | SKY:  # by the lake: at its shore, as before
        return None
    found = find_target(photo.rgb, named.group(1), None, "auto", stand_in=True)
    box = bounding_box(found.mask, 0.5) if found is not None else None
    height, width = photo.rgb.shape[:2]
    if found is None or box is None or max(box[0] / width, 1 - box[2] / width) < ROOM_BESIDE:
        return None  # not found, or no room beside it: put where the picture has room, and said
    return named.group(1), fraction_box(box, width, height), "" if found.exact else found.how


def _stickers_off_faces(plan: Plan, photo: Photo, width: int, height: int) -> tuple[Subject, ...]:
    stickers = [s for s in plan.subjects if s.role == "sticker"]
    if not stickers:
        return ()
    avoid = face_boxes(photo.faces, width, height)
    avoid += [(b[0] / width, b[1] / height, b[2] / width, b[3] / height) for b in photo.drawn]
    avoid += [block.box for block in plan.texts]
    moved = []
    for sticker in stickers:
        box = free_box(sticker.box, avoid)
        moved.append(replace(sticker, box=box))
        avoid.append(box)
    return tuple(moved)


def _texts_off_faces(plan: Plan, photo: Photo, width: int, height: int,
                     kept: frozenset[int] = frozenset()) -> tuple[tuple[TextBlock, ...], list[str]]:
    """The plan's words, each moved off any face it would cover ("a caption at the top" of a portrait goes above the
    head, beside it, or to the bottom), with a sentence for each one moved; words that cover no face stay put, and
    so do those in `kept` (asked for at a thing, "on her forehead")."""
    if not plan.texts or not photo.faces:
        return plan.texts, []
    avoid = face_boxes(photo.faces, width, height, margin=0.1)
    texts, said = [], []
    for index, block in enumerate(plan.texts):
        # a bubble goes beside the face; words asked for at a thing stay at it
        box = clear_of(block.box, avoid) if block.role != "speech" and index not in kept else None
        if box is None:
            texts.append(block)
            continue
        texts.append(replace(block, box=box))
        said.append(f'I set the words "{block.text}" at {where(box)} so that they do not cover a face.')
    return tuple(texts), said


def _speech_in_bubbles(image: Image.Image, texts: tuple[TextBlock, ...], photo: Photo,
                       said: list[str]) -> tuple[tuple[TextBlock, ...], list[str]]:
    """Words asked for in a speech bubble: the bubble drawn beside the face, the words moved into it."""
    if not any(t.role == "speech" for t in texts):
        return texts, said
    placed = []
    for block in texts:
        if block.role != "speech":
            placed.append(block)
            continue
        inside, note = with_bubble(image, block, photo.faces)
        placed.append(inside)
        said += [note] if note else []
    return tuple(placed), said
