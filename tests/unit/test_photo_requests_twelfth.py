"""The twelfth round of everyday photo-edit requests (bench/data/edits_eyes12.jsonl), through the real planner and
draft engine: a photo extended to a new frame grows its margins from pieces of its own edges (image quilting), so a
plain backdrop stays plain (no piece of the subject beside it) and foliage continues as foliage rather than as a
smear of its colours; the answer says the margins are no new detail from the scene."""

from __future__ import annotations

import random

import numpy as np

from openbanana.engines.draft.photo.quilting import quilted
from tests.unit.test_photo_requests import ask, photo
from tests.unit.test_photo_requests_third import edge_energy


def test_a_plain_backdrop_is_extended_plain_with_no_piece_of_the_subject_in_it() -> None:
    image = photo("horse.jpg")  # a black horse on white, its tail and nose near the sides
    out, answer = ask("make it a wide 16:9 picture", image, ratio="16:9")
    height, width = out.shape[:2]
    left = (width - round(height * image.width / image.height)) // 2
    for margin in (out[:, :left - 4], out[:, width - left + 4:]):
        assert margin.min() > 200  # white all through: no copy of the tail or the head
    assert "extended to the new frame" in answer and "not new detail" in answer


def test_foliage_beside_the_photo_continues_as_foliage_not_a_smear() -> None:
    image = photo("china.jpg")
    out, _answer = ask("extend it into a wide panorama", image, ratio="21:9")
    height, width = out.shape[:2]
    left = (width - round(height * image.width / image.height)) // 2
    trees, photo_trees = out[2 * height // 3:, left - 60:left - 10], out[2 * height // 3:, left + 10:left + 60]
    assert edge_energy(trees) > 0.3 * edge_energy(photo_trees)  # leaves near the seam, not flat colour
    assert trees[..., 1].mean() > trees[..., 2].mean() + 20  # and green


def test_quilted_margins_are_taken_from_the_edge_they_continue() -> None:
    """Sky above grass: the rows beside the sky are sky-blue and those beside the grass green."""
    small = np.zeros((60, 90, 3), np.float32)
    small[:30] = (120, 170, 230)
    small[30:] = (60, 140, 50)
    small += np.random.default_rng(2).normal(0, 6, small.shape).astype(np.float32)
    grown = quilted(small, (0, 0, 40, 40), random.Random(1))
    for side in (grown[:, :36], grown[:, -36:]):
        assert side[:24, :, 2].mean() > 200 and side[36:, :, 1].mean() > side[36:, :, 2].mean() + 60
    assert np.array_equal(grown[:, 40:130], small)  # the photo itself untouched
