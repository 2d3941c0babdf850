"""The second round of everyday photo-edit requests (bench/data/edits_eyes2.jsonl), each through the real planner and
draft engine: the pixels show the edit was made where it was asked, and the answer says what was done and no more."""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.faces import find_cat_faces
from tests.unit.test_photo_requests import ask, fitted, photo


def changed(out: np.ndarray, before: np.ndarray) -> np.ndarray:
    """Where the edit changed the picture."""
    return np.abs(out.astype(np.int16) - before).max(axis=2) > 40


def test_a_close_up_cats_face_is_found() -> None:
    (face, *_) = find_cat_faces(np.asarray(photo("chelsea.jpg")))
    x0, _, x1, _ = face.box
    assert x1 - x0 > 250 and 60 < (x0 + x1) / 2 < 420  # the face fills the frame; its nose is at x 250 of 451
    assert face.eye_left[1] < 240 and face.eye_right[1] < 240 and face.mouth[1] > 200


def test_sunglasses_on_a_close_up_cat_cover_its_eyes() -> None:
    image = photo("chelsea.jpg")
    out, answer = ask("give the cat some cool sunglasses", image)
    before = fitted(image, out)
    dark = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY) < 70
    height, width = out.shape[:2]
    eyes = (slice(int(height * 0.35), int(height * 0.7)), slice(int(width * 0.25), int(width * 0.7)))
    assert dark[eyes].mean() > (cv2.cvtColor(before, cv2.COLOR_RGB2GRAY) < 70)[eyes].mean() + 0.12
    assert answer.endswith("with sunglasses on the cat.")


def test_a_party_hat_on_a_cat_whose_head_runs_off_the_top_is_still_in_the_picture() -> None:
    image = photo("chelsea.jpg")
    out, answer = ask("give the cat a party hat", image)
    moved = changed(out, fitted(image, out))
    ys, _ = np.nonzero(moved)
    assert moved.mean() > 0.02 and ys.mean() < 0.45 * out.shape[0]  # seen, at the top of the head
    assert answer.endswith("with a party hat on the cat.")


def test_a_bow_tie_is_drawn_under_the_chin_not_refused_as_a_tie() -> None:
    image = photo("chelsea.jpg")
    out, answer = ask("put a bow tie on the cat", image)
    moved = changed(out, fitted(image, out))
    ys, _ = np.nonzero(moved)
    assert moved.mean() > 0.01 and ys.mean() > 0.7 * out.shape[0]
    assert "Not done" not in answer and answer.endswith("with a bow tie on the cat.")
