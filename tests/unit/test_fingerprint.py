"""The perceptual fingerprint matches an image through crops, scales, re-encoding and brightness, not another one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance

from openbanana.imaging.fingerprint import MATCH_MIN, SIDE, content_match, fingerprint

PHOTOS = Path(__file__).parents[1] / "data" / "photos"


def photo(name: str) -> Image.Image:
    return Image.open(PHOTOS / f"{name}.jpg").convert("RGB")


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(buffer).convert("RGB")


def two_side_crop(image: Image.Image, left: float, top: float, right: float, bottom: float) -> Image.Image:
    w, h = image.size
    return image.crop((round(left * w), round(top * h), round(w * (1 - right)), round(h * (1 - bottom))))


def test_the_stored_form_is_a_small_thumbnail() -> None:
    stored = fingerprint(photo("coffee"))
    assert stored[0] == SIDE and len(stored) == 2 + stored[0] * stored[1] <= 2 + SIDE * SIDE


@pytest.mark.parametrize("name", ["astronaut", "coffee", "rocket"])
def test_transformed_copies_match(name: str) -> None:
    original = photo(name)
    stored = fingerprint(original)
    cropped = two_side_crop(original, 0.2, 0.15, 0.05, 0.2)
    for received in (original, jpeg(original.resize((original.width // 3, original.height // 3)), 50),
                     jpeg(cropped.resize((round(cropped.width * 1.7), round(cropped.height * 1.7))), 70),
                     ImageEnhance.Brightness(cropped).enhance(1.2).rotate(1.5, Image.Resampling.BILINEAR)):
        assert content_match(stored, received) >= MATCH_MIN


@pytest.mark.parametrize(("recorded", "other"), [("astronaut", "coffee"), ("rocket", "chelsea"), ("flower", "china")])
def test_unrelated_pictures_do_not_match(recorded: str, other: str) -> None:
    received = two_side_crop(photo(other), 0.1, 0.1, 0.1, 0.1)
    assert content_match(fingerprint(photo(recorded)), received) < MATCH_MIN


def test_a_damaged_fingerprint_never_matches() -> None:
    image = photo("coffee")
    assert content_match(b"", image) == -1.0
    assert content_match(bytes((64, 64)) + b"\0" * 10, image) == -1.0
    assert content_match(bytes((4, 4)) + b"\x80" * 16, image) < MATCH_MIN  # a flat thumbnail correlates with nothing
