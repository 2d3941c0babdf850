"""The last stage's median field: what it reads that the plain and edge fields do not, and what it must not read.

A checkerboard upscaled 1.86x and passed through a screenshot's double resample (a tuning draw of
bench/watermark_attacks.py that every earlier route missed) keeps its mark, but the plain high-pass there is set by
the squares' blurred edges; compared with the median of its 5x5 window, each sample is read against the level of
its own side of the edge. A flat poster shrunk to 0.54x and WebP-compressed (another tuning draw) decodes there only
at the refined alignment its scan found, not at the one the polish moved it to.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from bench.watermark import KEY as BENCH_KEY
from bench.watermark_attacks import TUNING_SEED, attack
from PIL import Image, ImageEnhance

from openbanana.imaging import watermark
from openbanana.imaging.fitting import cover_fit
from openbanana.imaging.watermark import WatermarkPayload, detect_watermark, embed_watermark
from openbanana.imaging.watermark_calibration import _MEDIAN_READS, _NONLOCAL_READS
from openbanana.imaging.watermark_fields import _median_field
from openbanana.imaging.watermark_nonlocal import _nonlocal_field
from openbanana.imaging.watermark_search import _aligned_chips
from openbanana.imaging.watermark_tile import _decode_v2

KEY = b"operator-secret"
PAYLOAD = WatermarkPayload(issuer=0x0B0A, image_id=0xDEADBEEF)
PHOTOS = Path(__file__).parents[1] / "data" / "photos"
POSTER = Path(__file__).parents[1] / "data" / "watermark" / "grand_opening_poster.png"


def _upscaled_screenshot(image: Image.Image) -> Image.Image:
    """The tuning draw: a four-side crop, 1.855x (box), contrast 1.2, a 1.58x bicubic zoom and back (bilinear)."""
    w, h = image.size
    cropped = image.crop((round(0.16 * w), round(0.21 * h), round(0.84 * w), round(0.92 * h)))
    big = cropped.resize((round(cropped.width * 1.855), round(cropped.height * 1.855)), Image.Resampling.BOX)
    toned = ImageEnhance.Contrast(big).enhance(1.2)
    zoomed = toned.resize((round(toned.width * 1.58), round(toned.height * 1.58)), Image.Resampling.BICUBIC)
    return zoomed.resize(toned.size, Image.Resampling.BILINEAR)


@pytest.fixture(scope="module")
def board() -> Image.Image:
    return cover_fit(Image.open(PHOTOS / "checkerboard.png").convert("RGB"), 1152, 928)


def test_an_upscaled_checkerboard_after_a_screenshot_is_read_by_the_median_field(
        board: Image.Image, monkeypatch: pytest.MonkeyPatch) -> None:
    attacked = _upscaled_screenshot(embed_watermark(board, PAYLOAD, KEY))
    detection = detect_watermark(attacked, KEY, PAYLOAD.issuer)
    assert detection.found and detection.payload == PAYLOAD, detection
    assert detection.confidence >= 0.5
    monkeypatch.setattr(watermark, "_MEDIAN_READS", 0)  # the last stage without the median field's reads
    assert not detect_watermark(attacked, KEY, PAYLOAD.issuer).found


def test_the_unmarked_checkerboard_under_the_same_attack_reads_nothing(board: Image.Image) -> None:
    detection = detect_watermark(_upscaled_screenshot(board), KEY, PAYLOAD.issuer)
    assert not detection.found and detection.payload is None


def test_the_median_field_is_silent_on_flat_areas_and_follows_an_edges_sides() -> None:
    """A flat field reads 0 everywhere; a sharp step reads 0 on both of its sides too (the median is each side's
    own level), where the plain high-pass would read the step's blur as a band of signs along it."""
    step = np.full((256, 256), 40, dtype=np.uint8)
    step[:, 128:] = 220
    field = _median_field(Image.fromarray(step).convert("RGB"))
    assert field.shape[0] > 0 and float(np.abs(field).max()) < 1e-6



def test_a_shrunk_webp_poster_reads_at_the_median_fields_refined_peak_and_not_its_polished_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A tuning draw (bench/watermark_attacks.py --tuning, image 0, its first draw, with the bench's key and
    payload): the GRAND OPENING poster cropped on four sides, 0.54x (box), WebP q61. No earlier route reads it;
    the median field's scan finds its geometry, and of that scan's reads (its best two polished, then the same two
    as refined) only a refined one decodes. The poster is the draft that draw was made from, stored (the drafts
    the bench renders now change whenever the composer does)."""
    poster = Image.open(POSTER).convert("RGB")
    payload = WatermarkPayload(0, TUNING_SEED)
    attacked, draw = attack(embed_watermark(poster, payload, BENCH_KEY), np.random.default_rng([TUNING_SEED, 0]))
    assert "webp q61" in str(draw) and round(draw.scale, 2) == 0.54
    stages = watermark._Stages(attacked, BENCH_KEY)
    after = _NONLOCAL_READS if _nonlocal_field(attacked) is not None else 0  # the non-local field's reads come last
    median = stages.edge[len(stages.edge) - after - _MEDIAN_READS: len(stages.edge) - after]
    reads = [_decode_v2(_aligned_chips(peak, stages.keyed), stages.keyed, payload.issuer) for peak in median]
    assert reads[:2] == [None, None] and payload in reads[2:], reads
    assert [p.score for p in median[:2]] == [p.score for p in median[2:]]
    detection = watermark._decide(stages, payload.issuer)
    assert detection.found and detection.payload == payload, detection
    monkeypatch.setattr(watermark, "_MEDIAN_READS", 0)  # the last stage without the median field's reads
    assert not detect_watermark(attacked, BENCH_KEY, payload.issuer).found
