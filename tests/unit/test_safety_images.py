"""Perceptual hashes and the operator's image-hash list: robust to re-encoding and resizing, blind to others."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from openbanana.safety.images import ImageHashList, ImageHashListError, main, perceptual_hash
from openbanana.safety.policy import Action, BlockReason


def picture(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", size, tuple(int(c) for c in rng.integers(0, 255, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = int(rng.integers(0, size[0])), int(rng.integers(0, size[1]))
        draw.ellipse((x, y, x + size[0] // 4, y + size[1] // 4), fill=tuple(int(c) for c in rng.integers(0, 255, 3)))
    return image


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def distance(a: Image.Image, b: Image.Image) -> int:
    return (perceptual_hash(a) ^ perceptual_hash(b)).bit_count()


def test_hash_survives_reencoding_resizing_and_mode_changes() -> None:
    original = picture(1)
    assert distance(original, jpeg(original, 40)) <= 4
    assert distance(original, original.resize((1280, 960))) <= 4
    assert distance(original, original.convert("RGBA")) == 0


def test_unrelated_images_are_far_apart() -> None:
    distances = [distance(picture(a), picture(b)) for a, b in ((1, 2), (3, 4), (5, 6), (7, 8))]
    assert min(distances) > 12


def test_the_list_blocks_listed_images_only(tmp_path: Path) -> None:
    listed = picture(1)
    path = tmp_path / "hashes.txt"
    path.write_text(f"# known bad\n{perceptual_hash(listed):016x}  # from an incident report\n")
    hashes = ImageHashList.load(path)
    verdict = hashes.check(jpeg(listed.resize((320, 240)), 60))
    assert verdict.action is Action.BLOCK and verdict.reason is BlockReason.BLOCKLIST
    assert hashes.check(picture(2)).allowed


def test_bad_hash_lines_name_the_line() -> None:
    with pytest.raises(ImageHashListError, match="<text>:2"):
        ImageHashList.parse("0123456789abcdef\nnot-a-hash\n")


def test_the_hash_command_prints_the_list_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.png"
    picture(3).save(path)
    assert main([str(path)]) == 0
    line = capsys.readouterr().out.strip()
    assert ImageHashList.parse(line).hashes == (perceptual_hash(picture(3)),)
