"""Find a person in the photo: their face, their whole figure (the face detector and the person mask), or what they
wear (hair above the face, clothes below the chin).

Why: people are the one kind of thing this engine recognises for itself, so "the man on the left", "her hair" and
"the person in the background" are found as the named thing, never as a stand-in.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, resize_to, shrink
from openbanana.engines.draft.photo.faces import Face, find_faces
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.segmentation import people_mask, subject_mask
from openbanana.scene import Placement

MIN_SHARE = 0.003  # less of the frame than this is not a person's hair or clothes
GARMENT_REACH = 60.0  # Lab distance from a garment's commonest colour still taken as the garment (folds, shade)
BEHIND_AREA = 0.5  # a face this much smaller than the largest one is someone further back


def choose_face(faces: list[Face], placement: Placement, width: int, height: int) -> Face | None:
    """The face at the named place (the leftmost for "left", …), else the largest."""
    if not faces:
        return None
    if placement in ("left", "top_left", "bottom_left"):
        return min(faces, key=lambda f: f.centre[0])
    if placement in ("right", "top_right", "bottom_right"):
        return max(faces, key=lambda f: f.centre[0])
    if placement == "center":
        return min(faces, key=lambda f: abs(f.centre[0] - width / 2) + abs(f.centre[1] - height / 2))
    return faces[0]



def find_person(rgb: U8, placement: Placement, *, whole: bool, behind: bool = False) -> Found | None:
    """One person (the one at `placement`): their whole figure, or only their face when `whole` is False. `behind`:
    only someone clearly further back than the photo's main person (a face under half the largest one's area), so
    "the person in the background" is never the subject of a portrait."""
    height, width = rgb.shape[:2]
    faces = find_faces(rgb)
    if behind and faces:
        largest = _area(faces[0])
        faces = [f for f in faces[1:] if _area(f) < BEHIND_AREA * largest]
    face = choose_face(faces, placement, width, height)
    if face is None:
        return None
    if not whole:
        return Found(face_mask(face, width, height), True, "the face detector", face)
    people = people_mask(rgb)
    if people is None:  # no segmentation model: GrabCut, sure of the face and hoping for a body below it
        x0, y0, x1, _ = face.box
        fw = x1 - x0
        within = (max(0, x0 - fw * 1.6) / width, max(0, y0 - fw * 0.6) / height, min(width, x1 + fw * 1.6) / width,
                  1.0)
        seed = np.zeros((height, width), np.float32)
        seed[int(face.chin[1]):, int(max(0, x0 - fw * 0.6)):int(min(width, x1 + fw * 0.6))] = 0.5
        seed = np.maximum(seed, face_mask(face, width, height))
        mask = subject_mask(rgb, within, seed)
        return Found(mask, True, "the face detector", face) if mask is not None else None
    figure = _figure_of(people, face, width)
    if behind:  # a small figure far back is segmented faintly: take its whole head and a margin round it
        figure = _grown(np.maximum(figure, face_mask(face, width, height)), face.width * 0.25)
    return Found(figure, True, "the face detector and the person mask", face)


def _grown(mask: Mask, pixels: float) -> Mask:
    size = max(3, int(pixels) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    return np.asarray(cv2.dilate((mask > 0.3).astype(np.float32), kernel), np.float32)


def _area(face: Face) -> float:
    return (face.box[2] - face.box[0]) * (face.box[3] - face.box[1])


def find_worn(rgb: U8, placement: Placement, *, hair: bool) -> Found | None:
    """A person's hair (above and beside the face) or clothes (their figure but the head, below the hairline): their
    figure there, less the pixels of their skin's colour."""
    person = find_person(rgb, placement, whole=True)
    if person is None or person.face is None:
        return None
    face = person.face
    height, width = rgb.shape[:2]
    tall = abs(face.chin[1] - face.forehead[1])
    ys = np.arange(height, dtype=np.float32)[:, None]
    xs = np.arange(width, dtype=np.float32)[None, :]
    if hair:
        band = (ys < face.eye_left[1] + tall * 0.1) & (np.abs(xs - face.centre[0]) < face.width * 0.95)
    else:  # all of the figure but the head (hair and all): a man stooping to his camera has shoulders above his chin
        head = np.zeros((height, width), np.uint8)
        centre = (round(face.centre[0]), round((face.forehead[1] + face.chin[1]) / 2 - tall * 0.1))
        cv2.ellipse(head, centre, (max(2, round(face.width * 1.0)), max(2, round(tall * 0.95))), face.roll, 0, 360,
                    1, -1)
        band = (head == 0) & (ys > face.forehead[1])
    skin = _skin_likeness(rgb, face)
    region = person.mask * band * (1 - skin) * (1 - face_mask(face, width, height) * (0.0 if not hair else 1.0))
    region = np.asarray(region, np.float32)
    if float((region > 0.5).mean()) < MIN_SHARE:
        return None
    if not hair:  # the garment's own colour: not the camera in his hands or a bright badge held against it
        region = _of_its_colour(rgb, region)
    return Found(region, True, "the person's " + ("hair" if hair else "clothes"), face)


def _of_its_colour(rgb: U8, region: Mask) -> Mask:
    """The part of a region near its commonest colour (Lab, on a small copy): a black coat without the grey camera
    held in front of it."""
    small, part = shrink(rgb, 384), shrink(region, 384) > 0.5
    if part.sum() < 50:
        return region
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    centre = np.median(lab[part], axis=0)
    near = np.clip((GARMENT_REACH - np.linalg.norm(lab - centre, axis=2)) / 12, 0, 1)
    near = cv2.morphologyEx(near.astype(np.float32), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))  # its folds
    return np.asarray(region * resize_to(np.asarray(near, np.float32), region.shape[1], region.shape[0]), np.float32)


def _skin_likeness(rgb: U8, face: Face) -> Mask:
    """How close each pixel is to the colour of the face's cheeks (1: skin)."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32)
    samples = []
    for px, py in (face.cheek_left, face.cheek_right, face.nose):
        x = int(min(rgb.shape[1] - 1, max(0, (px + face.nose[0]) / 2)))
        y = int(min(rgb.shape[0] - 1, max(0, py)))
        samples.append(lab[y, x])
    skin = np.median(np.asarray(samples), axis=0)
    distance = np.linalg.norm(lab - skin, axis=2)
    return np.asarray(np.clip((24 - distance) / 10, 0, 1), np.float32)


def _figure_of(people: Mask, face: Face, width: int) -> Mask:
    """The connected part of the people mask that holds this face; others' figures are cut away at the midpoints."""
    small = shrink(people, 384)
    factor = small.shape[1] / width
    solid = small > 0.5
    _count, labels = cv2.connectedComponents(solid.astype(np.uint8))
    cx, cy = (int(min(small.shape[1] - 1, face.centre[0] * factor)), int(min(small.shape[0] - 1,
                                                                             face.centre[1] * factor)))
    label = labels[cy, cx]
    if label == 0:  # the face sits on a hole: take the component nearest to it
        ys, xs = np.nonzero(labels)
        if xs.size == 0:
            return np.zeros_like(people)
        nearest = int(np.argmin((xs - cx) ** 2 + (ys - cy) ** 2))
        label = labels[ys[nearest], xs[nearest]]
    keep = resize_to((labels == label).astype(np.float32), people.shape[1], people.shape[0])
    return np.asarray(people * np.clip(keep * 1.5, 0, 1), dtype=np.float32)


def face_mask(face: Face, width: int, height: int) -> Mask:
    """An ellipse over the face, from the hairline to the chin."""
    mask = np.zeros((height, width), np.float32)
    centre = (round(face.centre[0]), round((face.forehead[1] + face.chin[1]) / 2))
    axes = (max(2, round(face.width * 0.55)), max(2, round(abs(face.chin[1] - face.forehead[1]) * 0.62)))
    cv2.ellipse(mask, centre, axes, face.roll, 0, 360, 1.0, -1, cv2.LINE_AA)
    return mask

