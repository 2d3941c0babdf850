"""Crop a photo to a named thing ("crop to the dog", "crop it to her face"): the thing found as the other edits find
it (a face, a person, a cat's face, else the main subject as a stand-in that the answer names), framed with a margin
in the output's shape."""

from __future__ import annotations

import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.arrays import U8, rgb_array
from openbanana.engines.draft.photo.faces import find_cat_faces, find_faces
from openbanana.engines.draft.photo.locate import may_stand_in
from openbanana.engines.draft.photo.segmentation import people_mask, subject_mask
from openbanana.engines.draft.photo.steps import not_done
from openbanana.engines.draft.photo.target_words import CATS, PEOPLE, head_noun
from openbanana.imaging.sizes import SEED_SIZES
from openbanana.plan import PhotoEdit

SHAPE_TOLERANCE = 0.03  # a frame this close to the asked shape has it
MARGIN = 0.18  # of the thing's size, on each side
MOST = 0.9  # a frame this much of the photo's area is no crop


def shape_unmet(edit: PhotoEdit, width: int, height: int) -> str | None:
    """What the answer must say when a crop names a shape ("crop it square", "crop it to 4:5") that the output
    frame, set by the request, does not have: the crop is not made (None: the frame has it, or none was named).
    Cropping a 3:2 photo to a 3:2 frame and calling it square was an edit claimed and not made."""
    if not edit.destination:
        return None
    across, down = (1, 1) if edit.destination == "square" else (int(n) for n in edit.destination.split(":"))
    if down and abs((width / height) / (across / down) - 1) <= SHAPE_TOLERANCE:
        return None
    frame = SEED_SIZES.nearest_aspect_ratio(width, height)
    wanted = "1:1" if edit.destination == "square" else edit.destination
    named = "a square" if edit.destination == "square" else edit.destination
    return not_done(edit, f"the picture's frame is {frame} (the one the request asks for, or the photo's own when it "
                          f"asks for none), so it cannot be cropped to {named}; ask for the {wanted} aspect ratio "
                          "with the request and it will be.")


def crop_to(image: Image.Image, edit: PhotoEdit, ratio: float) -> tuple[Image.Image, str | None]:
    """The photo cropped to the edit's target in the output's ratio, and what the answer must say (None: nothing)."""
    rgb = rgb_array(image)
    found = _thing_box(rgb, edit.target)
    target = edit.target or "the subject"
    if found is None:
        return image, not_done(edit, f"I could not pick out {target} in the photo (I find faces, people, a cat's "
                                     "face, or a main subject in a photo without people), so it is not cropped.")
    box, exact = found
    x0, y0, x1, y1 = _framed(box, ratio, image.width, image.height)
    if (x1 - x0) * (y1 - y0) > MOST * image.width * image.height:
        what = target if exact else f"the main subject, which I took to be {target},"
        return image, not_done(edit, f"{what} already fills the photo, so there was nothing to crop.")
    cropped = image.crop((x0, y0, x1, y1))
    if exact:
        return cropped, None
    return cropped, (f"I cannot recognise {target} as such, so I cropped to the main subject of the photo, taking "
                     f"it to be {target}.")


def _thing_box(rgb: U8, target: str) -> tuple[tuple[float, float, float, float], bool] | None:
    """The box of what the target names, and whether it is that thing (not a stand-in)."""
    words = set(target.lower().replace("'s", " ").split())
    if words & CATS:
        cats = find_cat_faces(rgb)
        if cats and "face" in words:
            return cats[0].box, True
    elif head_noun(target) in PEOPLE or words & PEOPLE:
        faces = find_faces(rgb)
        if not faces:
            return None
        if head_noun(target) in ("face", "faces", "head"):
            x0, y0, x1, y1 = faces[0].box  # the whole head: hair above the face box, chin and neck below
            w, h = x1 - x0, y1 - y0
            return (x0 - 0.3 * w, y0 - 0.55 * h, x1 + 0.3 * w, y1 + 0.25 * h), True
        people = people_mask(rgb)
        if people is None:
            return faces[0].box, True
        return _mask_box(people) or faces[0].box, True
    if not may_stand_in(rgb, target):
        return None
    mask = subject_mask(rgb)
    box = _mask_box(mask) if mask is not None else None
    return (box, False) if box is not None else None


def _mask_box(mask: np.ndarray) -> tuple[float, float, float, float] | None:
    ys, xs = np.nonzero(mask > 0.5)
    if xs.size == 0:
        return None
    return float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)


def _framed(box: tuple[float, float, float, float], ratio: float, width: int,
            height: int) -> tuple[int, int, int, int]:
    """The box with a margin, grown to the output's ratio, moved (not shrunk) to lie inside the photo."""
    x0, y0, x1, y1 = box
    w, h = (x1 - x0) * (1 + 2 * MARGIN), (y1 - y0) * (1 + 2 * MARGIN)
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    scale = min(1.0, width / w, height / h)
    w, h = w * scale, h * scale
    cx = min(max((x0 + x1) / 2, w / 2), width - w / 2)
    cy = min(max((y0 + y1) / 2, h / 2), height - h / 2)
    return round(cx - w / 2), round(cy - h / 2), round(cx + w / 2), round(cy + h / 2)
