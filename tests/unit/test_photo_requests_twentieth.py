"""The twentieth round of everyday photo-edit requests, through the real planner and draft engine: a photo extended
to a new frame has margins with the photo's own texture at its own sharpness (grass blades, gravel, a coat's weave),
copied at full size from the places the quilt's squares came from, not a blur band beside a sharp photo. A new sky
keeps the thin dark girders of a lattice tower standing in it."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.quilting import quilted_with_sources
from tests.unit.test_photo_requests import ask, fitted, photo


def local_std(rgb: np.ndarray) -> float:
    """The mean standard deviation of grey levels in 9×9 windows: texture, whatever the region's colour."""
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY).astype(np.float32)
    mean = cv2.blur(grey, (9, 9))
    return float(np.sqrt(np.maximum(cv2.blur(grey * grey, (9, 9)) - mean * mean, 0)).mean())


def side_margins(prompt: str, name: str, ratio: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The left margin, the right margin and the photo's own band beside them, asked through the planner."""
    image = photo(name)
    out, answer = ask(prompt, image, ratio=ratio)
    assert "extended to the new frame" in answer
    height, width = out.shape[:2]
    left = (width - round(height * image.width / image.height)) // 2
    band = np.concatenate([out[:, left + 4:left + 4 + left // 2], out[:, width - left - 4 - left // 2:-left - 4]], 1)
    return out[:, 8:left - 8], out[:, width - left + 8:-8], band


def test_a_gravel_photo_widened_keeps_its_grain_in_the_margins_far_from_the_seam() -> None:
    left, right, band = side_margins("extend the gravel picture to a 21:9 cinema frame", "gravel.jpg", "21:9")
    for margin in (left, right):
        outer = margin[:, : margin.shape[1] // 2] if margin is left else margin[:, margin.shape[1] // 2:]
        assert local_std(outer) > 0.45 * local_std(band)  # stones, not a smear of their mean colour


def test_grass_beside_a_standing_man_continues_as_grass_with_its_blades() -> None:
    _left, right, band = side_margins("extend this shot to a 21:9 frame", "camera.jpg", "21:9")
    height = right.shape[0]
    grass, photo_grass = right[2 * height // 3:], band[2 * height // 3:, band.shape[1] // 2:]
    assert local_std(grass) > 0.4 * local_std(photo_grass)
    assert abs(float(grass.mean()) - float(photo_grass.mean())) < 25  # the same grey field, not another tone


def test_each_quilted_square_knows_the_place_in_the_photo_it_was_copied_from() -> None:
    rng = np.random.default_rng(5)
    small = rng.normal(128, 40, (48, 72, 3)).astype(np.float32)
    _grown, offsets = quilted_with_sources(small, (0, 0, 30, 30), random.Random(2))
    assert np.all(offsets[:, 30:102] == 0)  # the photo is its own source
    ys, xs = np.nonzero(~np.isnan(offsets[..., 0]) & (np.arange(132)[None, :] < 30))
    assert len(ys) > 0.5 * 48 * 30  # most of the margin is copied, not guessed
    sy, sx = ys + offsets[ys, xs, 0].astype(int), xs + offsets[ys, xs, 1].astype(int)
    assert np.all((sx >= 30) & (sx < 102) & (sy >= 0) & (sy < 48))  # every source lies in the photo


def test_a_new_sky_keeps_the_girders_of_a_lattice_tower_standing_in_it() -> None:
    """The launch tower at the right, thin dark girders against a dusk sky: its darkest fifth stays the photo's."""
    image = photo("rocket.jpg")
    out, answer = ask("swap the sky for a bright blue one", image)
    assert "blue sky in place of the old one" in answer
    before = fitted(image, out).astype(np.float32)
    height, width = out.shape[:2]
    rows, cols = slice(height // 10, 6 * height // 10), slice(86 * width // 100, 98 * width // 100)
    grey = before[rows, cols].mean(axis=2)
    girders = grey < np.percentile(grey, 20)
    change = np.abs(out[rows, cols].astype(np.float32) - before[rows, cols]).mean(axis=2)[girders]
    assert float(np.median(change)) < 60  # not painted over by the new sky (about 95 levels when they were)
    assert float((change < 20).mean()) > 0.33
