"""The sky of another photo put into this one ("use the sky from the second photo"): both skies found, the other's
taken from its top down to its horizon with whatever stands in it (a tower, a branch) filled from the sky round it,
stretched over this photo's sky and laid in through its mask.

Why: a sky is the one part of a photo that can be moved whole without a cut-out; both photos' sky finders already
give the masks, so this needs no subject, only the band of open sky.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, blend, shrink
from openbanana.engines.draft.photo.reflections import mirror_sky
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

WORK_SIDE = 384  # the other sky is cleaned at this size: it is smooth, so nothing is lost


def sky_from(photo: Photo, edit: PhotoEdit, other: U8, ordinal: str) -> str | None:
    here = find_sky(photo.scene)
    if here is None:
        return not_done(edit, "I could not find any sky in this photo to replace, so it is unchanged.")
    there = find_sky(other)
    if there is None:
        return not_done(edit, f"I could not find any sky in the {ordinal} photo to take, so it is unchanged.")
    width = photo.rgb.shape[1]
    rows = np.nonzero(here.mask.max(axis=1) > 0.05)[0]
    reach = max(2, int(rows[-1]) + 1 if rows.size else 2)  # down to the lowest sky seen, in any column
    band = _open_band(other, there.mask, float(np.quantile(there.horizon, 0.5)))
    stretched = cv2.resize(band, (width, reach), interpolation=cv2.INTER_CUBIC)
    swapped = photo.rgb.copy()
    swapped[:reach] = blend(photo.rgb[:reach], stretched, here.mask[:reach])
    photo.relit(mirror_sky(swapped, photo.rgb, here))
    return None


def _open_band(rgb: U8, mask: np.ndarray, line: float) -> U8:
    """The other photo from its top to its horizon, what stands in its sky painted out from the sky round it."""
    rows = max(2, round(line * rgb.shape[0]))
    band, open_sky = shrink(rgb[:rows], WORK_SIDE), shrink(mask[:rows], WORK_SIDE)
    holes = (open_sky < 0.5).astype(np.uint8)
    if holes.any():
        band = cv2.inpaint(band, cv2.dilate(holes, np.ones((7, 7), np.uint8)), 9, cv2.INPAINT_TELEA)
    return np.asarray(cv2.GaussianBlur(band, (0, 0), 1.2), np.uint8)
