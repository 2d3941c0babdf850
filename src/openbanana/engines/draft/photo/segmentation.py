"""Who and what stands out: the people in a photo (selfie segmentation) and its main subject (saliency + GrabCut).

Masks are computed small (256 px) and brought back to the photo's size with a guided filter, so their edges follow
the photo's own edges; nothing here costs more than a few tens of milliseconds but GrabCut (about 0.1-0.3 s).
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from openbanana.engines.draft.photo.arrays import (
    F32,
    U8,
    Mask,
    f32,
    guided_refine,
    resize_to,
    shrink,
    u8,
)
from openbanana.engines.draft.photo.models import SELFIE_SEGMENTATION, load

MASK_LONG_SIDE = 200
ONE_PART = 0.9  # the share of a backdrop cut its largest part must hold for it to be one subject
GRABCUT_ITERATIONS = 3
REFINE_LONG_SIDE = 768
CLEAN_SOLIDITY = 0.88  # a cut-out this much of its convex hull is whole enough ...
CLEAN_ROUNDNESS = 0.5  # ... and so is one this round (4πA/P²), however concave
PLAIN_BACKDROP = 6.0  # the Lab spread of a backdrop that is one plain colour
BORDER_PLAIN = 0.95  # the share of the border in the backdrop's colour when the subject stands free on it ...
TOUCHING_PLAIN = 0.75  # ... and when it touches the edges (a retina's disc on black, a colour wheel on black)
GRABCUT_SEED = 7  # GrabCut seeds its colour models from OpenCV's RNG: fixed, so the same photo gives the same mask


def people_mask(rgb: U8) -> Mask | None:
    """How much each pixel belongs to a person (all people together), or None without the model."""
    model = load(SELFIE_SEGMENTATION)
    if model is None:
        return None
    width, height = model.size
    batch = cv2.resize(rgb, (width, height), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    raw = model.run(batch[None])[0][0, ..., 0]
    return _refined(rgb, np.clip(raw, 0, 1).astype(np.float32))


def _refined(rgb: U8, small: Mask) -> Mask:
    """A low-resolution mask, upscaled with its edges snapped to the photo's (guided filter at ≤ 768 px)."""
    guide = shrink(rgb, REFINE_LONG_SIDE)
    mask = resize_to(small, guide.shape[1], guide.shape[0])
    radius = max(2, guide.shape[1] // 128)
    refined = guided_refine(guide, mask, radius, 1e-3)
    return np.asarray(resize_to(refined, rgb.shape[1], rgb.shape[0]), dtype=np.float32)


def saliency(rgb: U8) -> F32:
    """Where the eye goes, in [0, 1] at `rgb`'s size: spectral residual on a 64 px copy, times a centre prior and the
    colour's distance from the photo's border colours."""
    height, width = rgb.shape[:2]
    gray = cv2.resize(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), (64, 64), interpolation=cv2.INTER_AREA)
    spectrum = np.fft.fft2(gray.astype(np.float32))
    log_amplitude = np.log(np.abs(spectrum) + 1e-6).astype(np.float32)
    residual = log_amplitude - cv2.blur(log_amplitude, (3, 3))
    back = np.abs(np.fft.ifft2(np.exp(residual + 1j * np.angle(spectrum)))) ** 2
    spectral = f32(cv2.GaussianBlur(f32(back), (9, 9), 2.5))
    spectral = f32(cv2.resize(spectral / max(float(spectral.max()), 1e-6), (width, height)))
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    ring = max(2, min(width, height) // 24)
    border = np.concatenate([lab[:ring].reshape(-1, 3), lab[-ring:].reshape(-1, 3), lab[:, :ring].reshape(-1, 3),
                             lab[:, -ring:].reshape(-1, 3)])
    centres = border[np.linspace(0, len(border) - 1, 48).astype(int)]
    distance = np.min(np.linalg.norm(lab[:, :, None, :] - centres[None, None], axis=-1), axis=-1)
    contrast = distance / max(float(np.percentile(distance, 99)), 1e-6)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    centre = np.exp(-(((xs / width - 0.5) / 0.35) ** 2 + ((ys / height - 0.5) / 0.35) ** 2))
    score = (0.35 * spectral + 0.65 * np.clip(contrast, 0, 1)) * (0.4 + 0.6 * centre)
    return np.asarray(score / max(float(score.max()), 1e-6), dtype=np.float32)


def subject_mask(rgb: U8, within: tuple[float, float, float, float] | None = None,
                 seed: Mask | None = None) -> Mask | None:
    """The main subject (inside `within`, fractions of the photo, when given): GrabCut started from a rectangle a
    little inside the frame with its most salient pixels (or `seed`) as sure foreground; None when nothing stands
    out from its surroundings."""
    if within is None and seed is None:
        cut = backdrop_cut(rgb)
        if cut is not None:
            return cut
    small = u8(shrink(rgb, MASK_LONG_SIDE))
    height, width = small.shape[:2]
    x0, y0, x1, y1 = within if within is not None else (0.06, 0.06, 0.94, 0.94)
    left, top = int(x0 * width), int(y0 * height)
    right, bottom = max(left + 4, int(x1 * width)), max(top + 4, int(y1 * height))
    trimap = np.full((height, width), cv2.GC_BGD, np.uint8)
    trimap[top:bottom, left:right] = cv2.GC_PR_FGD
    if seed is not None:
        hint = resize_to(seed, width, height)
        trimap[(hint < 0.2) & (trimap == cv2.GC_PR_FGD)] = cv2.GC_PR_BGD
        trimap[(hint > 0.8) & (trimap == cv2.GC_PR_FGD)] = cv2.GC_FGD
    else:
        hint = saliency(small)
        inside = trimap == cv2.GC_PR_FGD
        if inside.any():
            trimap[inside & (hint > np.quantile(hint[inside], 0.97))] = cv2.GC_FGD
    background_seeds = (trimap == cv2.GC_BGD) | (trimap == cv2.GC_PR_BGD)
    if min(height, width) < 16 or not background_seeds.any() or background_seeds.all():
        return None  # too small to separate anything, or nothing to tell apart
    cv2.setRNGSeed(GRABCUT_SEED)
    background, foreground = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    cv2.grabCut(small, trimap, (0, 0, 0, 0), background, foreground, GRABCUT_ITERATIONS, cv2.GC_INIT_WITH_MASK)
    chosen = _kept_parts((trimap == cv2.GC_FGD) | (trimap == cv2.GC_PR_FGD), trimap == cv2.GC_FGD)
    share = float(chosen.mean())
    if share < 0.01 or share > 0.85:
        return None
    chosen = cv2.morphologyEx(chosen.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8)).astype(bool)
    return _refined(rgb, f32(cv2.GaussianBlur(chosen.astype(np.float32), (3, 3), 0)))


def clean_cut(mask: Mask, rgb: U8 | None = None) -> bool:
    """Whether a subject mask is a whole thing that can be cut out and set in front of something else: one solid,
    rounded shape, or any shape on a plain backdrop (a horse's silhouette on white: its legs and tail are no
    scraps). A thing that fills its photo (a cat's face in close-up) comes back from GrabCut as a ragged fragment of
    itself (its lightest fur, its eyes); pasting that somewhere reads as a torn scrap, not the thing."""
    if rgb is not None and on_plain_backdrop(rgb, mask):
        return True
    solid = (mask > 0.5).astype(np.uint8)
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return False
    largest = max(contours, key=cv2.contourArea)
    area = float(cv2.contourArea(largest))
    hull = float(cv2.contourArea(cv2.convexHull(largest)))
    perimeter = float(cv2.arcLength(largest, True))
    solidity = area / max(hull, 1.0)
    roundness = 4 * np.pi * area / max(perimeter**2, 1.0)
    return solidity >= CLEAN_SOLIDITY or roundness >= CLEAN_ROUNDNESS


def backdrop_cut(rgb: U8) -> Mask | None:
    """A subject on a plain backdrop (a silhouette on white, a product on a studio sweep): every pixel that differs
    from the backdrop's colour, which the photo's border shows, or, when the subject touches the edges, all but the
    backdrop reaching in from them; None when the border is not mostly one plain colour."""
    small = shrink(rgb, MASK_LONG_SIDE)
    height, width = small.shape[:2]
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    ring = max(2, min(height, width) // 40)
    border = np.concatenate([lab[:ring].reshape(-1, 3), lab[-ring:].reshape(-1, 3), lab[:, :ring].reshape(-1, 3),
                             lab[:, -ring:].reshape(-1, 3)])
    backdrop = np.median(border, axis=0)
    plain = float((np.linalg.norm(border - backdrop, axis=1) < PLAIN_BACKDROP).mean())
    if plain < TOUCHING_PLAIN:
        return None
    differs = (np.linalg.norm(lab - backdrop, axis=2) > 4 * PLAIN_BACKDROP).astype(np.uint8)
    if plain < BORDER_PLAIN:  # a round thing touching the edges: only the backdrop reaching in from them is backdrop
        _count, labels = cv2.connectedComponents(1 - differs)
        edges = np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])
        differs = (~np.isin(labels, np.unique(edges[edges > 0]))).astype(np.uint8)
    differs = cv2.morphologyEx(differs, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    share = float(differs.mean())
    if not 0.02 < share < 0.85:
        return None
    return _refined(rgb, f32(cv2.GaussianBlur(differs.astype(np.float32), (3, 3), 0)))


def backdrop_subject(rgb: U8) -> Mask | None:
    """The one subject on a plain backdrop (a horse's silhouette on white), whatever its shape: the backdrop cut,
    when nine tenths of it is one connected part; None when there is no plain backdrop or several things on it."""
    cut = backdrop_cut(rgb)
    if cut is None:
        return None
    small = (shrink(cut, MASK_LONG_SIDE) > 0.5).astype(np.uint8)
    count, labels = cv2.connectedComponents(small)
    areas = np.bincount(labels[small > 0])
    return cut if count >= 2 and areas.max() >= ONE_PART * areas.sum() else None


def on_plain_backdrop(rgb: U8, mask: Mask) -> bool:
    """Whether everything outside the mask is one plain colour (a studio backdrop, a white page): then the mask's
    outline is the thing's own, whatever its shape."""
    small = shrink(rgb, MASK_LONG_SIDE)
    outside = resize_to(mask, small.shape[1], small.shape[0]) < 0.05
    if float(outside.mean()) < 0.2:
        return False
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)[outside]
    return float(np.linalg.norm(lab.std(axis=0))) < PLAIN_BACKDROP


def _kept_parts(mask: npt.NDArray[np.bool_], sure: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """The largest connected part, and every part holding a pixel known to be the subject (a face above a body)."""
    count, labels = cv2.connectedComponents(mask.astype(np.uint8))
    if count <= 2:
        return mask
    keep = set(np.unique(labels[sure & mask]).tolist()) | {int(np.argmax(np.bincount(labels[mask])))}
    keep.discard(0)
    return np.isin(labels, sorted(keep))
