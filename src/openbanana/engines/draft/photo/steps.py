"""One function per kind of photo edit: each changes the working photo and returns what the answer must admit.

A step that cannot find its target leaves the photo as it was and returns a "Not done: …" sentence naming the
request (the answer text then leaves that edit out of what it says was made); a step that made the edit in an
approximate way returns a plain sentence saying how.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.accessories import unworn, wear
from openbanana.engines.draft.photo.arrays import U8, Mask, f32, resize_to, rgb_array, shrink
from openbanana.engines.draft.photo.backdrop import replace_background, separate
from openbanana.engines.draft.photo.by_color import color_match
from openbanana.engines.draft.photo.colour_splash import splash_note
from openbanana.engines.draft.photo.face_frame import find_head_top
from openbanana.engines.draft.photo.faces import Face, find_faces
from openbanana.engines.draft.photo.focus import FOCUSED, focus_cut
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.ink import INK_WORDS, find_ink
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.metal import recolor_named
from openbanana.engines.draft.photo.people import choose_face
from openbanana.engines.draft.photo.relight import relight, replace_sky
from openbanana.engines.draft.photo.removal import remove
from openbanana.engines.draft.photo.season_styles import SEASONS, green_share
from openbanana.engines.draft.photo.segmentation import backdrop_cut, clean_cut, people_mask, subject_mask
from openbanana.engines.draft.photo.styles import STYLES
from openbanana.engines.draft.photo.target_words import findable, head_noun, in_background, is_people
from openbanana.engines.draft.photo.text_boxes import ink, near_edges, paint_out, text_available, text_boxes
from openbanana.engines.draft.photo.things import fill_plain, lone_thing
from openbanana.engines.draft.photo.wearers import no_face, wearer, wearer_faces, worn_by
from openbanana.plan import PhotoEdit
from openbanana.wording import with_article

TEXT_MARKS = frozenset({"text", "words", "word", "watermark", "logo", "caption", "writing", "lettering", "date",
                        "timestamp", "stamp"})
STAND_OUT = 0.9  # a stand-in's colour must be rarer around it than within it (the red cup: 0.83; blue sky: 0.99)


@dataclass
class Photo:
    """The photo being edited, with what has been found in it so far (found once, reused by later steps)."""

    rgb: U8
    rng: random.Random
    drawn: list[tuple[int, int, int, int]] = field(default_factory=list)  # boxes of accessories and additions
    unlit: U8 | None = None  # the photo before its light or sky changed: where its sky and water are found
    _faces: list[Face] | None = None
    _people: Mask | None = None
    _people_done: bool = False

    @property
    def faces(self) -> list[Face]:
        if self._faces is None:
            self._faces = find_faces(self.rgb)
        return self._faces

    @property
    def people(self) -> Mask | None:
        if not self._people_done:
            self._people, self._people_done = people_mask(self.rgb), True
        return self._people

    @property
    def scene(self) -> U8:
        """The photo to find places in (water, sky): a sunset-orange lake is still the lake found before."""
        return self.unlit if self.unlit is not None else self.rgb

    def relit(self, rgb: U8) -> None:
        """Take pixels whose light changed, keeping the unlit photo to find places in."""
        if self.unlit is None:
            self.unlit = self.rgb
        self.changed(rgb)

    def changed(self, rgb: U8, *, layout: bool = False) -> None:
        """Take the edited pixels; when things moved or went (`layout`), what was found must be found again."""
        self.rgb = rgb
        if layout:
            self._faces, self._people, self._people_done, self.unlit = None, None, False, None


def not_done(edit: PhotoEdit, reason: str) -> str:
    """The sentence for an edit that was not made; the answer text recognises it by its opening."""
    return f"Not done: {request_of(edit)}: {reason}"


def request_of(edit: PhotoEdit) -> str:
    return edit.request or f"{edit.kind} {edit.target or edit.name}".strip()


def _with_the(target: str) -> str:
    words = target.split()
    if words and words[0] in ("the", "a", "an", "his", "her", "their", "my", "its", "all", "every", "any"):
        return target
    return f"the {target}" if target else "it"


def style(photo: Photo, edit: PhotoEdit) -> str | None:
    apply = STYLES.get(edit.name)
    if apply is None:
        return not_done(edit, f"I have no {edit.name.replace('_', ' ')} style.")
    if edit.name in SEASONS and green_share(photo.rgb) < 0.01:  # a black-and-white lawn: nothing to turn
        return not_done(edit, f"I found no green leaves or grass in the photo to turn {edit.name}-coloured, so it "
                              "is unchanged.")
    photo.changed(apply(photo.rgb, photo.rng))
    return None


def relight_step(photo: Photo, edit: PhotoEdit) -> str | None:
    relit = relight(photo.rgb, edit.name, photo.rng)
    photo.relit(relit.rgb)
    if not relit.sky_found:
        return "I found no open sky in the photo, so only its light was changed, not its sky."
    return None


def sky(photo: Photo, edit: PhotoEdit) -> str | None:
    swapped = replace_sky(photo.rgb, edit.name, photo.rng)
    if swapped is None:
        return not_done(edit, "I could not find any sky in the photo, so it is unchanged.")
    photo.relit(swapped)
    return None


def recolor_step(photo: Photo, edit: PhotoEdit) -> str | None:
    if edit.color is None:
        return not_done(edit, "no new colour was named.")
    inked = head_noun(edit.target) in INK_WORDS and edit.target_color is None  # "the writing": its strokes
    found = find_ink(photo.rgb) if inked else find_target(photo.rgb, edit.target, edit.target_color, edit.placement,
                                                          stand_in=True)
    target = _with_the(edit.target)
    if found is None:
        how = " by its colour" if edit.target_color is not None else ""
        return not_done(edit, f"I could not find {target} in the photo{how}, so nothing was recoloured.")
    mask = found.mask if found.exact else _dominant_color_part(photo.rgb, found.mask)
    if mask is None and found.others is not None:  # a thing found by its own outline stands out by that outline
        mask = found.mask
    if mask is None:
        return not_done(edit, f"I cannot recognise {target} as such, and nothing in the photo stands out from its "
                              "surroundings to take for it, so nothing was recoloured.")
    photo.changed(recolor_named(edit.name, photo.rgb, mask, edit.color, fill_holes=found.exact))
    if found.exact and found.how.startswith("its colour ("):
        return f"The photo has none of that colour as such, so I took its own colour nearest to it to be {target}."
    if not found.exact:
        return (f"I cannot recognise {target} as such, so I recoloured {found.how} of the photo, taking "
                f"{_it(found)} to be {target}.")
    return None


def _dominant_color_part(rgb: U8, region: Mask) -> Mask | None:
    """Within a region, the pixels of its most common strong hue (a red car's paint, not its tyres and glass); None
    when that hue is as common around the region as in it (a patch of blue sky taken for a subject: recolouring it
    would change an arbitrary piece of the photo)."""
    small, small_region = shrink(rgb, 512), shrink(region, 512)  # the statistics need no more than a small copy
    pixels = small[small_region > 0.5]
    if pixels.size == 0:
        return region
    spread = pixels.max(axis=1).astype(np.int16) - pixels.min(axis=1)
    saturated = pixels[spread > 50]
    if len(saturated) < 0.15 * len(pixels):
        return region  # a grey, white or black thing: all of it
    hsv = cv2.cvtColor(saturated[None], cv2.COLOR_RGB2HSV)[0]
    counts = np.bincount(hsv[:, 0], minlength=180).astype(np.float32)
    counts = np.convolve(np.concatenate([counts[-4:], counts, counts[:4]]), np.ones(9), "valid")
    peak = int(np.argmax(counts))
    dominant = cv2.cvtColor(np.asarray([[[peak, 220, 200]]], np.uint8), cv2.COLOR_HSV2RGB)[0, 0]
    color = (int(dominant[0]), int(dominant[1]), int(dominant[2]))
    near = color_match(small, color, tolerance=16.0)
    outside = float((near * (1 - small_region)).sum() / max(float((1 - small_region).sum()), 1.0))
    if outside > STAND_OUT * float((near * small_region).sum() / max(float(small_region.sum()), 1.0)):
        return None
    return f32(region * np.clip(color_match(rgb, color, tolerance=16.0) * 1.5, 0, 1))


def remove_step(photo: Photo, edit: PhotoEdit) -> str | None:
    if set(re.findall(r"[a-z]+", edit.target.lower())) & TEXT_MARKS:
        return remove_text(photo, edit)
    found = find_target(photo.rgb, edit.target, edit.target_color, edit.placement, stand_in=False)
    target = _with_the(edit.target)
    if found is None:
        noun = head_noun(edit.target) or "that"
        where = "in the background of the photo" if in_background(edit.target) else "in the photo"
        if findable(edit.target) or edit.target_color is not None or edit.placement != "auto":
            return not_done(edit, f"I could not find {with_article(noun)} {where}, so nothing was removed.")
        return not_done(edit, f"I can't pick out {with_article(noun)} in a photo by itself (I can find people, faces, "
                              "hair, clothes, the sky, a thing by its colour or its place, one of several things "
                              "laid out on a plain background by its size or place, or the one thing alone on a plain "
                              "wall), so nothing was removed.")
    exact_shape = found.face is not None or found.others is not None or found.how.startswith("its colour and")
    mask = found.mask if exact_shape else _whole(photo.rgb, found.mask)
    others = photo.people * (1 - mask) if photo.people is not None and photo.faces else None
    removed = fill_plain(photo.rgb, mask, found.others, photo.rng) if found.others is not None else remove(
        photo.rgb, mask, photo.rng, others)
    photo.changed(removed, layout=True)
    if not found.exact:
        return f"I removed {found.how}, taking {_it(found)} to be {target}."
    return None


def remove_text(photo: Photo, edit: PhotoEdit) -> str | None:
    """Text painted out: every line found when text is asked to go; a watermark's credit or a date stamp only near
    the photo's edges (text on the things in the photo stays)."""
    if not text_available():
        return not_done(edit, "I have no text finder installed here, so nothing was removed.")
    height, width = photo.rgb.shape[:2]
    boxes = text_boxes(photo.rgb)
    everywhere = bool(set(re.findall(r"[a-z]+", edit.target.lower())) & {"text", "words", "word", "writing",
                                                                         "lettering", "caption"})
    boxes = boxes if everywhere else near_edges(boxes, width, height)
    if not boxes:
        where = "" if everywhere else " near its edges, where a watermark's credit or a date stamp is printed"
        return not_done(edit, f"I found no text in the photo{where}, so nothing was removed.")
    photo.changed(paint_out(photo.rgb, ink(photo.rgb, boxes)))
    if "watermark" in edit.target or "logo" in edit.target:  # said as not done: its faint part may be left
        lines = "one line" if len(boxes) == 1 else f"{len(boxes)} lines"
        return not_done(edit, f"I could only paint out the text I found near the photo's edges ({lines}); a faint "
                              "mark across the picture that does not read as text, if there is one, is still there.")
    if everywhere:
        return f"I found {len(boxes)} runs of text; faint or very small print that I did not find is still there."
    return None


def _whole(rgb: U8, part: Mask) -> Mask:
    """A found part grown to the whole thing: its convex hull, and what GrabCut adds around it (a cup's white rim
    beside its red glaze)."""
    hull = _hull(part)
    grown = subject_mask(rgb, seed=hull)
    return np.maximum(hull, grown) if grown is not None and grown.mean() < hull.mean() * 2.5 else hull


def _hull(mask: Mask) -> Mask:
    """The mask's convex hull: a found part (a cup's red glaze) grown to the whole compact thing (rim and all)."""
    small = (shrink(mask, 384) > 0.5).astype(np.uint8)
    contours, _ = cv2.findContours(small, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return mask
    hull = np.zeros_like(small)
    cv2.fillPoly(hull, [cv2.convexHull(np.concatenate(contours))], 1)
    return f32(np.maximum(mask, resize_to(hull.astype(np.float32), mask.shape[1], mask.shape[0])))


def _it(found: Found) -> str:
    """"them" for a stand-in of several things ("all 24 separate shapes", "the commonest green leaves", "the 6 in the
    row nearest the bottom", "the 9 small bright spots"), else "it"."""
    several = found.how.startswith("all ") or found.how.endswith("leaves") or re.match(r"the \d+ ", found.how)
    return "them" if several else "it"


def accessory(photo: Photo, edit: PhotoEdit) -> str | None:
    kind = wearer(edit.target)
    cat = kind == "cat"
    faces = wearer_faces(kind, photo.rgb, photo.faces)
    if not faces:
        return not_done(edit, no_face(kind, edit.target))
    height, width = photo.rgb.shape[:2]
    everyone = head_noun(edit.target) in ("everyone", "everybody", "all", "them", "people", "both", "they")
    chosen = faces if everyone else [choose_face(faces, edit.placement, width, height) or faces[0]]
    canvas = Image.fromarray(photo.rgb)
    for face in chosen:
        box = wear(canvas, edit.name, face, None if cat else find_head_top(face, photo.people), edit.color)
        if box is None:
            return not_done(edit, unworn(edit.name, face, height))
        photo.drawn.append(box)
    photo.changed(rgb_array(canvas))
    return worn_by(kind, edit.target)


def background(photo: Photo, edit: PhotoEdit) -> str | None:
    faces = photo.faces
    lone = None if faces else lone_thing(photo.rgb, halo=3)  # alone on a plain wall: its own outline
    plain = None if faces or lone is not None else backdrop_cut(photo.rgb)  # on a plain backdrop: cut by it
    subject = None if faces and photo.people is not None else lone.mask if lone is not None else plain \
        if plain is not None else subject_mask(photo.rgb)
    keep = separate(photo.rgb, photo.people, bool(faces), subject)
    if keep is None:
        return not_done(edit, "I could not tell the subject from the background, so it is unchanged.")
    said = None
    if keep is subject and not faces and not clean_cut(keep, photo.rgb):  # a person's outline is never convex
        keep, said = focus_cut(photo.rgb), FOCUSED  # a close-up: the sharp subject before its blurred background
        if keep is None:
            return not_done(edit, "I could not cut the subject cleanly from its background (it fills most of the "
                                  "photo), so the background is unchanged.")
    photo.changed(replace_background(photo.rgb, keep, edit.name, edit.color, photo.rng))
    splash = splash_note(edit.request, keep is photo.people) if edit.name == "grayscale" else None
    if splash is not None:  # "black and white but keep the flag in colour": what stayed in colour is said
        return f"{said} {splash}" if said else splash
    if said or (not faces and is_people(edit.target)):
        return said or "I found no face, so I kept the photo's main subject in front of the new background."
    return None


Step = Callable[[Photo, PhotoEdit], "str | None"]
STEPS: dict[str, Step] = {
    "style": style, "relight": relight_step, "sky": sky, "recolor": recolor_step, "remove": remove_step,
    "accessory": accessory, "background": background,
}
