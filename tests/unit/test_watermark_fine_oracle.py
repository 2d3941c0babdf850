"""bench/watermark_fine_oracle.py's reads at the true geometry: they find the fine mark where it is, and only there.

The bench splits the tuning misses into 'the mark is gone' and 'the content swamps it' by reading each draw at the
geometry the attack applied from several fields and from an oracle (the attacked image less the unmarked one under
the same attack); these tests keep that reader honest: on a mildly attacked page every field and the oracle decode,
the oracle reads more clearly than the detector's own field, and the same page unmarked reads no payload.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from bench.watermark import KEY, text_page
from bench.watermark_fine_oracle import aligned_at_truth, fields, judged, true_period
from PIL import Image

from openbanana.imaging import watermark, watermark_tile

PAYLOAD = watermark.WatermarkPayload(9, 0x0F1E_2D3C)
SCALE = 0.62


def attacked(image: Image.Image) -> Image.Image:
    """A two-side crop, 0.62x (bicubic), JPEG q80."""
    w, h = image.size
    small = image.crop((round(0.12 * w), 0, w, round(0.9 * h))).resize(
        (round(0.88 * w * SCALE), round(0.9 * h * SCALE)), Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=80)
    return Image.open(buffer).convert("RGB")


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return text_page(1376, 768, np.random.default_rng(5))


def test_every_field_and_the_oracle_decode_a_mildly_attacked_page(page: Image.Image) -> None:
    received, unmarked = attacked(watermark.embed_watermark(page, PAYLOAD, KEY)), attacked(page)
    keyed, period = watermark_tile._keyed(KEY), true_period(received, page.size, SCALE)
    reads = {name: judged(aligned_at_truth(field, period, 0.0, keyed)[1], PAYLOAD, keyed)
             for name, field in fields(received, unmarked).items() if field is not None}
    assert {"plain", "median", "oracle"} <= set(reads)
    assert all(right for _, right in reads.values()), reads
    assert reads["oracle"][0] > reads["plain"][0] > 0.7


def test_the_unmarked_page_reads_no_payload(page: Image.Image) -> None:
    received = attacked(page)
    keyed, period = watermark_tile._keyed(KEY), true_period(received, page.size, SCALE)
    for name in ("plain", "median"):
        field = fields(received, received)[name]
        assert field is not None
        snr, right = judged(aligned_at_truth(field, period, 0.0, keyed)[1], PAYLOAD, keyed)
        assert not right and abs(snr) < 0.3, (name, snr)
