"""The subject of a close-up by its focus: the sharp part of a photo whose background is blurred by a shallow depth of
field (a cat's face against a soft room, a flower against soft leaves).

Why: a subject that fills most of its photo defeats saliency and GrabCut (they return a ragged scrap of it), yet a
close-up's background is almost always out of focus, and fine detail (fur, petals, whiskers) is what the lens kept
sharp. The mask is found on a 256 px copy (local Laplacian energy, closed and hole-filled into one shape) and brought
to the photo's size with a guided filter, so that its edge follows the photo's own (GrabCut would square it off: a
subject that touches three edges leaves it no background there to learn from).
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, f32, guided_refine, resize_to, shrink

FOCUS_LONG_SIDE = 256
SHARP = 0.22  # of the photo's 95th-percentile detail: what counts as in focus
BLURRED = 0.3  # the background's detail must be under this share of the subject's: a real shallow depth of field
REFINE_LONG_SIDE = 768
FOCUSED = ("The subject fills most of the photo, so I kept its sharp, in-focus part in front of the new background; "
           "where it is out of focus it may be replaced too.")
SHARE = (0.2, 0.85)  # the share of the photo the sharp subject may take


def focus_cut(rgb: U8) -> Mask | None:
    """How much each pixel belongs to the in-focus subject, at the photo's size; None when the photo is sharp (or
    blurred) all over, so that focus tells nothing."""
    small = shrink(rgb, FOCUS_LONG_SIDE)
    gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32), (0, 0), 0.7)
    energy = cv2.GaussianBlur(np.abs(cv2.Laplacian(gray, cv2.CV_32F, ksize=3)), (0, 0), 4)
    reach = np.ones((max(3, small.shape[1] // 40),) * 2, np.uint8)
    sharp = cv2.morphologyEx(cv2.morphologyEx((energy > SHARP * float(np.percentile(energy, 95))).astype(np.uint8),
                                              cv2.MORPH_CLOSE, reach), cv2.MORPH_OPEN, reach)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(sharp)
    if count < 2:
        return None
    subject = _behind(_filled(labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))))
    if not SHARE[0] < float(subject.mean()) < SHARE[1]:
        return None
    if float(energy[~subject].mean()) > BLURRED * float(energy[subject].mean()):
        return None
    guide = shrink(rgb, REFINE_LONG_SIDE)
    soft = resize_to(f32(cv2.GaussianBlur(subject.astype(np.float32), (0, 0), 1.5)), guide.shape[1], guide.shape[0])
    refined = guided_refine(guide, soft, max(2, guide.shape[1] // 128), 1e-3)
    return f32(np.clip(resize_to(refined, rgb.shape[1], rgb.shape[0]), 0, 1))


def _behind(subject: np.ndarray) -> np.ndarray:
    """The subject with every blurred part that does not reach the photo's top edge given back to it: a close-up's
    background lies behind and above it, while a soft patch low in the frame is the subject's own near side (a
    cat's cheek too close to the lens to be sharp)."""
    _count, labels = cv2.connectedComponents((~subject).astype(np.uint8))
    return np.asarray(~np.isin(labels, np.unique(labels[0][labels[0] > 0])))


def _filled(mask: np.ndarray) -> np.ndarray:
    """The mask with every hole not open to the photo's edge filled (an eye's smooth iris is still the cat)."""
    _count, labels = cv2.connectedComponents((~mask).astype(np.uint8))
    edges = np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])
    return np.asarray(~np.isin(labels, np.unique(edges[edges > 0])))
