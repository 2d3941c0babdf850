"""The parallel PNG writer produces standard PNGs that decode to exactly the pixels given."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from openbanana.imaging.codecs import decode_image, encode_image, sniff_mime_type
from openbanana.imaging.png import encode_png


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L"])
@pytest.mark.parametrize("size", [(1, 1), (77, 13), (1376, 768), (2200, 1100)])
def test_round_trip_is_lossless(mode: str, size: tuple[int, int]) -> None:
    rng = np.random.default_rng(size[0])
    channels = {"RGB": 3, "RGBA": 4, "L": 1}[mode]
    pixels = rng.integers(0, 256, (size[1], size[0], channels), dtype=np.uint8)
    image = Image.fromarray(pixels.squeeze(-1) if channels == 1 else pixels, mode)
    data = encode_png(image, {"Software": "openbanana"}, {"Comment": "ünïcode"})
    decoded = Image.open(io.BytesIO(data))
    decoded.load()
    assert decoded.mode == mode and decoded.size == size
    assert np.array_equal(np.asarray(decoded), np.asarray(image))
    assert decoded.info["Software"] == "openbanana" and decoded.info["Comment"] == "ünïcode"


@pytest.mark.parametrize(("mime", "quality"), [("image/png", 90), ("image/jpeg", 90), ("image/jpeg", 40),
                                               ("image/webp", 80)])
def test_encoded_bytes_are_what_the_mime_type_says(mime: str, quality: int) -> None:
    data = encode_image(Image.new("RGB", (64, 32), (10, 200, 30)), mime, quality=quality)
    assert sniff_mime_type(data) == mime
    assert decode_image(data).size == (64, 32)


def test_decode_flattens_transparency_onto_white() -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (4, 4), (0, 0, 0, 0)).save(buffer, "PNG")
    assert decode_image(buffer.getvalue()).getpixel((0, 0)) == (255, 255, 255)
