"""Things this engine cannot recognise, found by their shape instead: one of several separate things laid out on a
plain background ("the biggest coin", "the coin in the top left corner"), or a texture that fills the whole frame
("the wall" in a photo of bricks, "the moon" in a photo of its surface).

Why: no detector here knows a coin or a brick, but a row of coins on a cloth is a set of blobs on a smooth
background, and a photo of a wall is the wall from edge to edge. Both are said as found by their shape, never as
recognised.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from openbanana.engines.draft.photo.arrays import U8, Mask, blend, bounding_box, dilate, f32, feather, resize_to, shrink
from openbanana.scene import Placement

WORK_SIDE = 256  # blobs and textures are found on a copy this size
FIT_SIDE = 256  # a hole's surrounding light is fitted on about this many pixels across
MIN_THING, MAX_THING = 0.002, 0.2  # a thing's share of the frame
PLAIN = 14.0  # the background's own spread (grey levels) after its smooth light is taken out
PLAIN_SHARE = 0.45  # and the least share of the frame it must cover
LONE_MAX, LONE_MIN = 0.45, 0.01  # a lone thing's largest and least share of the frame
LONE_REST = 0.15  # everything else found, against the lone thing's area: specks, not a second thing
# A lone thing's background must be plainer than a set's (a bare wall: 4.2; a dahlia's blurred leaves, 12.0, are not
# a background to fill a hole from)
LONE_PLAIN = 7.0
LONE_HALO = 13  # pixels at the work size that a lone thing's mask is grown by, to take its soft rim
LAID_OUT = 0.1  # the least share of the frame the things cover together: a set laid out, not a few specks
SOLID = 0.75  # a thing's area over its convex hull's: coins and cups, not leaves, shadows or folds
# A photo is one texture when its 4×4 cells differ this little in mean Lab colour (a wall of bricks: 1.0, gravel:
# 2.5, the moon's surface: 4.6; a cat's close-up: 12.9, coins on cloth: 15.6).
TEXTURE_MEAN, TEXTURE_MAX = 6.0, 16.0
# What a texture photo may be of: surfaces, materials and the things that fill such a photo.
TEXTURES = frozenset({"wall", "walls", "brick", "bricks", "brickwork", "stone", "stones", "gravel", "pebbles",
                      "rocks", "rock", "sand", "soil", "dirt", "ground", "grass", "lawn", "moon", "surface",
                      "texture", "pattern", "fabric", "cloth", "wood", "leaves", "snow", "ice", "tiles", "floor",
                      "planks", "boards", "road", "pavement", "concrete", "field", "carpet", "rug", "galaxies",
                      "stars", "space", "crater", "craters", "terrain", "background", "everything"})
ANCHORS: dict[str, tuple[float, float]] = {  # the point a placement names, as fractions of the photo
    "top_left": (0.0, 0.0), "top_right": (1.0, 0.0), "bottom_left": (0.0, 1.0), "bottom_right": (1.0, 1.0),
    "top": (0.5, 0.0), "bottom": (0.5, 1.0), "left": (0.0, 0.5), "right": (1.0, 0.5), "center": (0.5, 0.5),
}
BIGGEST = r"\b(?:biggest|largest|big|large|widest)\b"
SMALLEST = r"\b(?:smallest|tiniest|littlest)\b"
LINE = r"\b(?:row|rows|line|column|columns)\b"  # "the bottom row of coins", "the left column"
LINE_SIDES = {"top": "row", "bottom": "row", "left": "column", "right": "column"}  # the line a side's words name
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
PLURAL = r"\b(?:all|every|each)\b|[a-z]{3,}[^s]s\s*$"  # "the coins", "all the coins", "every coin"


@dataclass(frozen=True)
class Picked:
    mask: Mask  # the chosen thing, at the photo's size
    others: Mask  # every other separate thing, so a fill never borrows from them
    how: str  # how it was chosen, for the answer


def selector(target: str, placement: Placement) -> bool:
    """Whether the target picks one thing out of several by size or place ("the biggest coin", "the coin in the
    middle")."""
    return placement != "auto" or bool(re.search(f"{BIGGEST}|{SMALLEST}", target))


def pick_thing(rgb: U8, target: str, placement: Placement) -> Picked | None:
    """One of several separate things on a plain background, by its size or place, or all of them for a plural
    ("the coins"); None when the photo is not a set of things on a plain background."""
    every = placement == "auto" and bool(re.search(PLURAL, target))
    if not selector(target, placement) and not every:
        return None
    labels, areas, centres = _things(rgb)
    if len(areas) < 3 or sum(areas) < LAID_OUT * labels.size:
        return None  # not a set of things laid out on a plain background (lights on a launch pad, craters)
    height, width = rgb.shape[:2]
    if every and not re.search(f"{BIGGEST}|{SMALLEST}", target):  # "the coins": all of them
        return Picked(_full(labels > 0, width, height), np.zeros((height, width), np.float32),
                      f"all {len(areas)} separate shapes on the plain background")
    sized = re.search(f"{BIGGEST}|{SMALLEST}", target)
    several = _count_before(target, sized.start()) if sized else 1
    if sized and 1 < several < len(areas):  # "the two smallest coins": that many, by size
        order = np.argsort(areas)
        smallest = bool(re.search(SMALLEST, target))
        members = order[:several] if smallest else order[::-1][:several]
        chosen = np.zeros(labels.shape, bool)
        for member in members:
            chosen |= _hull(labels == int(member) + 1)
        return Picked(_full(chosen, width, height), _full((labels > 0) & ~chosen, width, height),
                      f"the {several} {'smallest' if smallest else 'largest'} of the {len(areas)} separate shapes "
                      "on the plain background")
    if re.search(SMALLEST, target):
        index, how = int(np.argmin(areas)), "the smallest"
    elif re.search(BIGGEST, target):
        index, how = int(np.argmax(areas)), "the largest"
    elif placement in LINE_SIDES and re.search(LINE, target):  # "the bottom row of coins": all of that row
        chosen, count = _line_of(labels, areas, centres, placement)
        return Picked(_full(chosen, width, height), _full((labels > 0) & ~chosen, width, height),
                      f"the {count} in the {LINE_SIDES[placement]} nearest the {placement} of the {len(areas)} "
                      "separate shapes on the plain background")
    elif placement in ANCHORS:
        ax, ay = ANCHORS[placement]
        index = int(np.argmin([(cx - ax) ** 2 + (cy - ay) ** 2 for cx, cy in centres]))
        how = f"the one nearest the {placement.replace('_', ' ').replace('center', 'middle')}"
    else:
        return None
    chosen = _hull(labels == index + 1)
    others = (labels > 0) & ~chosen
    return Picked(_full(chosen, width, height), _full(others, width, height),
                  f"{how} of the {len(areas)} separate shapes on the plain background")


def _count_before(target: str, at: int) -> int:
    """How many things a size word picks: "the two smallest" or "the 3 biggest" name a count just before it, else
    one."""
    counted = re.search(rf"\b({'|'.join(COUNT_WORDS)}|\d+)\s+$", target[:at])
    if not counted:
        return 1
    word = counted.group(1)
    return int(word) if word.isdigit() else COUNT_WORDS[word]


def _line_of(labels: npt.NDArray[np.int32], areas: list[int], centres: list[tuple[float, float]],
             side: str) -> tuple[npt.NDArray[np.bool_], int]:
    """The things in the row or column nearest a side: those whose centre lies within about half a thing's width
    of the outermost one's, across the line (so a row's slightly higher or lower coins are still in it)."""
    across = 1 if side in ("top", "bottom") else 0
    extent = labels.shape[0] if across else labels.shape[1]
    reach = 0.6 * float(np.sqrt(np.median(areas))) / extent  # about half a typical thing's width, as a fraction
    positions = np.asarray([centre[across] for centre in centres])
    outermost = positions.max() if side in ("bottom", "right") else positions.min()
    members = [index for index, at in enumerate(positions) if abs(at - outermost) <= reach]
    chosen = np.zeros(labels.shape, bool)
    for index in members:
        chosen |= _hull(labels == index + 1)
    return chosen, len(members)


def lone_thing(rgb: U8, halo: int = LONE_HALO) -> Picked | None:
    """The one thing that stands out on a plain background ("the clock" on a bare wall, "the rocket" on a clear
    sky): exactly one solid shape of a fair size, and nothing else there of note; None otherwise. `halo`: the pixels
    (at the work size) its mask is grown by, to take a soft rim with it (a removal wants it, a cut-out less)."""
    labels, areas, _centres = _things(rgb, LONE_MAX, LONE_PLAIN)
    if not areas or max(areas) < LONE_MIN * labels.size or sum(areas) - max(areas) > LONE_REST * max(areas):
        return None
    height, width = rgb.shape[:2]
    index = int(np.argmax(areas))
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (halo, halo))  # its soft or blurred rim too
    grown = cv2.dilate(_hull(labels == index + 1).astype(np.uint8), disc).astype(np.float32)
    rounded = np.asarray(cv2.GaussianBlur(grown, (0, 0), 2.5) > 0.5)  # the hull's corners rounded off
    return Picked(_full(rounded, width, height), np.zeros((height, width), np.float32),
                  "the one thing that stands out from the plain background")


def _things(rgb: U8, largest: float = MAX_THING,
            plain: float = PLAIN) -> tuple[npt.NDArray[np.int32], list[int], list[tuple[float, float]]]:
    """The separate things on a plain background, none over `largest` of the frame (labels at the work size, their
    areas and centres as fractions); no things when the background is not plain."""
    gray = f32(cv2.cvtColor(shrink(rgb, WORK_SIDE), cv2.COLOR_RGB2GRAY))
    height, width = gray.shape
    ring = max(2, min(height, width) // 30)
    border = np.zeros_like(gray, dtype=bool)
    border[:ring], border[-ring:], border[:, :ring], border[:, -ring:] = True, True, True, True
    background = np.abs(gray - float(np.median(gray[border]))) < 25
    for _ in range(2):  # fitted to the border's level first, then to what that fit calls background
        residual = gray - _smooth_light(gray, background)
        background = np.abs(residual) < 25
    if background.all() or not background.any() or float(np.std(residual[background])) > plain or \
            background.mean() < PLAIN_SHARE or background[border].mean() < 0.75:  # (nothing on it, or no plain)
        return np.zeros((height, width), np.int32), [], []
    sign = 1.0 if float(np.median(residual[~background])) >= 0 else -1.0 if (~background).any() else 1.0
    strength = np.clip(sign * residual, 0, 255).astype(np.uint8)
    level, _ = cv2.threshold(strength, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    sure = strength > max(18.0, level)
    weak = cv2.morphologyEx((strength > max(9.0, level * 0.45)).astype(np.uint8), cv2.MORPH_OPEN,
                            np.ones((3, 3), np.uint8))
    _count, parts = cv2.connectedComponents(weak, connectivity=8)  # a thing's dim side joins its bright side
    solid = np.isin(parts, np.unique(parts[sure & (weak > 0)])) & (parts > 0)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(solid.astype(np.uint8), connectivity=8)
    kept = np.zeros(labels.shape, np.int32)
    areas: list[int] = []
    centres: list[tuple[float, float]] = []
    for label in range(1, count):
        share = stats[label, cv2.CC_STAT_AREA] / (height * width)
        x, y, w, h = stats[label, :4]
        sides = int(x <= 0) + int(y <= 0) + int(x + w >= width) + int(y + h >= height)
        if not MIN_THING <= share <= largest or sides > 1:
            continue  # specks, and bands of the background's own light running across the frame
        filled = _filled(labels == label)
        contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        hull = cv2.contourArea(cv2.convexHull(np.concatenate(contours)))
        if filled.sum() < SOLID * hull:
            continue
        areas.append(int(filled.sum()))
        centres.append((float(centroids[label][0]) / width, float(centroids[label][1]) / height))
        kept[labels == label] = len(areas)
    return kept, areas, centres


def _smooth_light(gray: npt.NDArray[np.float32], background: npt.NDArray[np.bool_]) -> npt.NDArray[np.float32]:
    """The background's light as a quadratic surface fitted to its pixels (a cloth lit from one side)."""
    height, width = gray.shape
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    xs, ys = xs / width - 0.5, ys / height - 0.5
    terms = np.stack([np.ones_like(xs), xs, ys, xs * xs, ys * ys, xs * ys], axis=-1)
    if background.sum() < 12:
        return np.full_like(gray, float(gray.mean()))
    coefficients, *_ = np.linalg.lstsq(terms[background], gray[background], rcond=None)
    return f32(terms @ coefficients)


def _filled(part: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """A thing with its holes filled (a coin's dark relief is still the coin)."""
    contours, _ = cv2.findContours(part.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros(part.shape, np.uint8)
    cv2.drawContours(filled, contours, -1, 1, -1)
    return filled.astype(bool)


def _hull(part: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """A thing as its convex hull: a coin's faint rim, below the threshold, is still the coin."""
    contours, _ = cv2.findContours(part.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    hull = np.zeros(part.shape, np.uint8)
    cv2.fillPoly(hull, [cv2.convexHull(np.concatenate(contours))], 1)
    return hull.astype(bool)


def _full(part: npt.NDArray[np.bool_], width: int, height: int) -> Mask:
    grown = cv2.dilate(part.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(np.float32)
    return f32(np.clip(resize_to(cv2.GaussianBlur(grown, (3, 3), 0), width, height), 0, 1))


def fills_frame(rgb: U8, noun: str) -> bool:
    """Whether the photo is one texture from edge to edge and the noun names what such a photo is of (the wall,
    the gravel, the moon's surface): then the named thing is the whole frame."""
    if noun not in TEXTURES:
        return False
    small = cv2.resize(rgb, (64, 64), interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    means = lab.reshape(4, 16, 4, 16, 3).mean(axis=(1, 3)).reshape(16, 3)
    spread = np.linalg.norm(means - means.mean(axis=0), axis=1)
    return float(spread.mean()) < TEXTURE_MEAN and float(spread.max()) < TEXTURE_MAX


def fill_plain(rgb: U8, mask: Mask, others: Mask, rng: random.Random) -> U8:
    """`rgb` with the things in `mask` taken off their plain background, one at a time (each hole filled from the
    background round it, the other things left out)."""
    if cv2.connectedComponents((shrink(mask, WORK_SIDE * 2) > 0.25).astype(np.uint8))[0] <= 2:  # one thing
        return _fill_one(rgb, mask, others, rng)
    count, labels = cv2.connectedComponents((mask > 0.25).astype(np.uint8))
    out = rgb
    for label in range(1, count):
        part = f32(mask * (labels == label))
        out = _fill_one(out, part, f32(np.maximum(others, mask - part)), rng)
    return out


def _surface(coefficients: npt.NDArray[np.float32], height: int, width: int) -> npt.NDArray[np.float32]:
    """The fitted quadratic light over a window, per channel (coefficients: 6 × channels)."""
    xs = (np.arange(width, dtype=np.float32) / width - 0.5)[None, :, None]
    ys = (np.arange(height, dtype=np.float32) / height - 0.5)[:, None, None]
    c = coefficients[:, None, None, :]
    return f32(c[0] + c[1] * xs + c[2] * ys + c[3] * xs * xs + c[4] * ys * ys + c[5] * xs * ys)


def _fill_one(rgb: U8, mask: Mask, others: Mask, rng: random.Random) -> U8:
    """`rgb` with the thing in `mask` taken off its plain background: the hole gets the background's own light
    (a quadratic surface fitted to the background round it, the other things left out) and its grain, so no ghost
    of the thing or of its neighbours is left. Only a window round the hole is worked on."""
    height, width = rgb.shape[:2]
    margin = max(2, round(max(width, height) / 150))
    box = bounding_box(mask, 0.25)
    if box is None:
        return rgb
    reach = max(box[2] - box[0], box[3] - box[1]) + 2 * margin
    x0, y0 = max(0, box[0] - reach), max(0, box[1] - reach)
    x1, y1 = min(width, box[2] + reach), min(height, box[3] + reach)
    hole = dilate((mask[y0:y1, x0:x1] > 0.25).astype(np.float32), margin)
    window = rgb[y0:y1, x0:x1].astype(np.float32)
    taken = (hole > 0.01) | (dilate(others[y0:y1, x0:x1], margin) > 0.25)
    ring = (dilate(hole, max(2, reach // 3)) > 0.5) & ~taken  # the background close round it
    if ring.sum() < 12:
        return rgb
    h, w = taken.shape
    step = max(1, round(max(h, w) / FIT_SIDE))  # the light is fitted on every step-th pixel: a smooth surface
    ys, xs = np.nonzero(ring[::step, ::step])
    ys, xs = ys.astype(np.float32) * step / h - 0.5, xs.astype(np.float32) * step / w - 0.5
    terms = np.stack([np.ones_like(xs), xs, ys, xs * xs, ys * ys, xs * ys], axis=-1)
    values = window[::step, ::step][ring[::step, ::step]]
    coefficients, *_ = np.linalg.lstsq(terms, values, rcond=None)
    residual = (values - terms @ coefficients).mean(axis=-1)
    spread = 1.4826 * float(np.median(np.abs(residual - np.median(residual))))  # robust: edges and specks aside
    steady = np.abs(residual - np.median(residual)) < 3 * spread + 2  # refitted without a shadow or a rim left
    if 12 <= steady.sum() < steady.size:
        coefficients, *_ = np.linalg.lstsq(terms[steady], values[steady], rcond=None)
    # the light is a smooth quadratic: worked out on a grid FIT_SIDE across and scaled up, not per pixel at 2K
    light = _surface(f32(coefficients), h, w) if step == 1 else f32(resize_to(
        _surface(f32(coefficients), max(2, h // step), max(2, w // step)), w, h))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 1.0, (h, w)).astype(np.float32)
    grain = f32(cv2.GaussianBlur(noise, (0, 0), 0.8))
    grain = f32(grain * (spread / max(float(grain.std()), 1e-6)))
    out = rgb.copy()
    out[y0:y1, x0:x1] = blend(rgb[y0:y1, x0:x1], light + grain[..., None], feather(hole, margin / 2))
    return out
