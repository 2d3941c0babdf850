"""Put the subject of one photo into another: cut it out, size it to the scene, match its colours, and ground it.

The cut-out is the person in the other photo (segmentation, confirmed by a face) or its main subject (GrabCut);
it is scaled to the people already there (same face size) or to a share of the frame, placed at the named spot or
beside the person there (never over a face), colour-matched to its new surroundings, and given a contact shadow.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, bounding_box, f32, feather, resize_to, shrink, u8
from openbanana.engines.draft.photo.faces import Face, find_faces
from openbanana.engines.draft.photo.placing import SPOTS, beside, box_at, face_boxes, free_box
from openbanana.engines.draft.photo.segmentation import clean_cut, people_mask, subject_mask
from openbanana.engines.draft.photo.target_words import PEOPLE, head_noun
from openbanana.engines.draft.photo.things import lone_thing, pick_thing
from openbanana.plan import Box
from openbanana.scene import Placement

CORNERS = ("top_left", "top_right", "bottom_left", "bottom_right")
CORNER_SCALE = 0.75  # a cut-out put in a corner is this much smaller than one put beside or in the middle
CUT_HALO = 3  # a lone thing's cut-out takes this much of its rim (pixels at the finder's work size)


@dataclass(frozen=True)
class Cutout:
    rgb: U8
    alpha: Mask
    face: Face | None  # in the cut-out's pixels
    cut_at_bottom: bool  # the subject runs off its photo's lower edge (a portrait cut at the waist)
    cropped: bool  # a close-up (no face, and it fills its photo): the cut-out is only part of the thing


def cut_out(rgb: U8, target: str) -> Cutout | None:
    """The named subject of a photo (a person, or its main subject), cropped to itself; None if none stands out."""
    faces = find_faces(rgb)
    wants_person = head_noun(target) in PEOPLE
    mask: Mask | None = None
    face = faces[0] if faces else None
    if face is not None:
        mask = people_mask(rgb)
    laid_out = pick_thing(rgb, target, "auto") if face is None and not wants_person else None
    lone = lone_thing(rgb, halo=CUT_HALO) if face is None and not wants_person and laid_out is None else None
    if laid_out is not None:  # "the coins" laid out on a cloth: each by its own outline, without the cloth
        mask = laid_out.mask
    elif lone is not None:  # alone on a plain wall: its own outline, not GrabCut's guess with a scrap of the wall
        mask, face = lone.mask, None
    elif mask is None or float((mask > 0.5).mean()) < 0.02:
        if wants_person:
            return None
        people = people_mask(rgb)
        share = float((people > 0.5).mean()) if people is not None else 0.0
        seeded = people is not None and 0.05 < share < 0.85
        mask = subject_mask(rgb, seed=people if seeded else None)
        face = None
        if mask is not None and not seeded and not faces and not clean_cut(mask, rgb):
            return None  # a ragged scrap of the thing, not the thing
    if mask is None:
        return None
    box = bounding_box(mask, 0.5)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    shifted = None
    if face is not None:
        fx0, fy0, fx1, fy1 = face.box
        shifted = Face((fx0 - x0, fy0 - y0, fx1 - x0, fy1 - y0), face.eye_left, face.eye_right, face.nose, face.mouth,
                       face.forehead, face.chin, face.cheek_left, face.cheek_right, face.under_nose, face.score)
    height, width = rgb.shape[:2]
    near = (x0 <= 0.08 * width) + (y0 <= 0.08 * height) + (x1 >= 0.92 * width) + (y1 >= 0.92 * height)
    close_up = face is None and (near >= 3 or (x1 - x0) * (y1 - y0) > 0.7 * width * height)
    return Cutout(rgb[y0:y1, x0:x1], mask[y0:y1, x0:x1], shifted, y1 >= height - 2, close_up)


def place(canvas: U8, cut: Cutout, placement: Placement, near_person: bool, faces: list[Face],
          next_to: Box | None = None, keep_clear: tuple[Box, ...] = ()) -> tuple[U8, bool]:
    """The canvas with the cut-out composited in (beside the thing at `next_to`, fractions, when given, in the room
    there, and off `keep_clear`: a cat's face); whether it could stand where it was asked."""
    height, width = canvas.shape[:2]
    ch, cw = cut.rgb.shape[:2]
    if cut.face is not None and faces:
        scale = (faces[0].box[2] - faces[0].box[0]) / max(1.0, cut.face.box[2] - cut.face.box[0])
    else:
        scale = (0.7 if cut.cut_at_bottom else 0.42) * height / ch
    if placement in CORNERS and not (cut.face is not None and faces):
        scale *= CORNER_SCALE  # tucked into the corner, not filling half the frame from it
    scale = min(scale, 0.95 * height / ch, 0.6 * width / cw)
    if next_to is not None:  # only as wide as the room beside the thing
        scale = min(scale, 0.9 * max(next_to[0], 1 - next_to[2]) * width / cw)
    size = (cw * scale / width, ch * scale / height)
    avoid = [*face_boxes(faces, width, height), *keep_clear]
    honoured = True
    if next_to is not None:
        wanted = beside(next_to, size, placement)
    elif near_person and faces:
        person = face_boxes(faces[:1], width, height, margin=0.6)[0]
        person = (person[0], person[1], person[2], 1.0)
        wanted = beside(person, size, placement)
    else:
        spot = SPOTS.get(placement, (0.5, 0.6)) if placement != "auto" else _roomiest_side(faces, width)
        wanted = box_at(spot, size)
    if cut.cut_at_bottom or wanted[3] > 0.9:
        wanted = (wanted[0], 1.0 - size[1], wanted[2], 1.0)  # runs off the bottom, as it did in its own photo
    box = free_box(wanted, avoid)
    honoured = box == wanted
    return _composite(canvas, cut, box, not cut.cut_at_bottom), honoured


def _roomiest_side(faces: list[Face], width: int) -> tuple[float, float]:
    if not faces:
        return (0.5, 0.62)
    centre = sum(f.centre[0] for f in faces) / len(faces) / width
    return (0.78, 0.62) if centre < 0.5 else (0.22, 0.62)


def _composite(canvas: U8, cut: Cutout, box: tuple[float, float, float, float], shadow: bool) -> U8:
    height, width = canvas.shape[:2]
    x0, y0 = round(box[0] * width), round(box[1] * height)
    w, h = max(2, round((box[2] - box[0]) * width)), max(2, round((box[3] - box[1]) * height))
    rgb = resize_to(cut.rgb, w, h).astype(np.float32)
    alpha = resize_to(feather(cut.alpha, max(0.6, cut.alpha.shape[1] / 500)), w, h)
    out = canvas.astype(np.float32)
    # Clip to the canvas.
    cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(width, x0 + w), min(height, y0 + h)
    if cx1 <= cx0 or cy1 <= cy0:
        return canvas
    rgb = rgb[cy0 - y0:cy1 - y0, cx0 - x0:cx1 - x0]
    alpha = alpha[cy0 - y0:cy1 - y0, cx0 - x0:cx1 - x0]
    region = out[cy0:cy1, cx0:cx1]
    rgb = _match_colors(rgb, alpha, out)
    if shadow:
        _contact_shadow(out, (cx0, cy0, cx1, cy1), alpha)
        region = out[cy0:cy1, cx0:cx1]
    out[cy0:cy1, cx0:cx1] = region * (1 - alpha[..., None]) + rgb * alpha[..., None]
    return u8(out + 0.5)


def _match_colors(rgb: np.ndarray, alpha: Mask, scene: np.ndarray) -> np.ndarray:
    """Move the cut-out's colour statistics 40 % of the way to the scene's (mean and spread per Lab channel)."""
    inside = alpha > 0.5
    if inside.sum() < 16:
        return rgb
    lab = cv2.cvtColor(np.clip(rgb, 0, 255).astype(np.uint8), cv2.COLOR_RGB2LAB).astype(np.float32)
    scene_lab = cv2.cvtColor(np.clip(shrink(scene, 512), 0, 255).astype(np.uint8),  # its statistics: a small copy
                             cv2.COLOR_RGB2LAB).astype(np.float32)
    mean, std = lab[inside].mean(axis=0), lab[inside].std(axis=0) + 1e-3
    s_mean, s_std = scene_lab.reshape(-1, 3).mean(axis=0), scene_lab.reshape(-1, 3).std(axis=0) + 1e-3
    target_mean, target_std = mean + (s_mean - mean) * 0.4, std + (s_std - std) * 0.25
    matched = (lab - mean) / std * target_std + target_mean
    return np.asarray(cv2.cvtColor(np.clip(matched, 0, 255).astype(np.uint8), cv2.COLOR_LAB2RGB), np.float32)


def _contact_shadow(out: np.ndarray, box: tuple[int, int, int, int], alpha: Mask) -> None:
    """A soft dark ellipse where the cut-out touches the ground."""
    x0, y0, x1, _y1 = box
    rows = np.nonzero(alpha.max(axis=1) > 0.5)[0]
    if rows.size == 0:
        return
    foot = y0 + int(rows.max())
    cols = np.nonzero(alpha[rows.max()] > 0.3)[0]
    cols = cols if cols.size else np.arange(alpha.shape[1])
    cx = x0 + float(cols.mean())
    half = max(4.0, (x1 - x0) * 0.45)
    height, width = out.shape[:2]
    sigma = max(2.0, half * 0.2)
    reach = round(half * 1.2 + 3 * sigma)  # the blurred ellipse's extent: work in that window only
    wx0, wy0 = max(0, round(cx) - reach), max(0, foot - reach)
    wx1, wy1 = min(width, round(cx) + reach), min(height, foot + reach)
    if wx1 <= wx0 or wy1 <= wy0:
        return
    factor = max(1.0, sigma / 6)  # a wide shadow is drawn and blurred on a reduced copy (a 90 px sigma at 2K: 2 s)
    small = np.zeros((max(2, round((wy1 - wy0) / factor)), max(2, round((wx1 - wx0) / factor))), np.float32)
    cv2.ellipse(small, (round((cx - wx0) / factor), round((min(height - 1, foot) - wy0) / factor)),
                (max(1, round(half / factor)), max(1, round(half * 0.16 / factor))), 0, 0, 360, 1.0, -1)
    small = f32(cv2.GaussianBlur(small, (0, 0), sigma / factor))
    shade = f32(cv2.resize(small, (wx1 - wx0, wy1 - wy0), interpolation=cv2.INTER_LINEAR))
    out[wy0:wy1, wx0:wx1] *= (1 - 0.45 * shade)[..., None]
