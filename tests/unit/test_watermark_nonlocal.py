"""The last stage's non-local field: what it reads that the other fields do not, and what it must not read.

A text page shrunk to 0.465x and WebP-compressed (a tuning draw of bench/watermark_attacks.py that every earlier
route missed) keeps its mark only under its strokes; predicted from look-alike samples along their rows (the page
repeats its glyphs), the strokes come out of the residual and the mark stays in it.
"""

from __future__ import annotations

import numpy as np
import pytest
from bench.watermark import KEY as BENCH_KEY
from bench.watermark import text_page
from bench.watermark_attacks import TUNING_SEED, attack
from PIL import Image

from openbanana.imaging import watermark
from openbanana.imaging.watermark import WatermarkPayload, detect_watermark, embed_watermark
from openbanana.imaging.watermark_nonlocal import _nonlocal_field, _row_prediction
from openbanana.imaging.watermark_tile import _box

INDEX = 29  # the page's place among the tuning set's 36 spread images; its payload is the bench's for it
PAYLOAD = WatermarkPayload(INDEX % (1 << 16), (INDEX * 2654435761 + TUNING_SEED) % (1 << 32))


def _tuning_page() -> Image.Image:
    """bench/watermark.py's text page 1376x768 of the randomised attacks' tuning set (seed 10001, its 4th synthetic
    image), made from its generator's state at that image rather than by replaying the images before it."""
    rng = np.random.default_rng()
    rng.bit_generator.state = {"bit_generator": "PCG64", "has_uint32": 1, "uinteger": 1957755343, "state": {
        "state": 22026317104403862703306932890086625373, "inc": 59894319765793677792020418773999653885}}
    return text_page(1376, 768, rng)


def _shrunk_draw(image: Image.Image) -> Image.Image:
    """The bench's draw of that image cropped on four sides, shrunk 0.465x (bicubic), darker and WebP q65 (its
    draws replayed in order from the bench's generator until that one)."""
    rng = np.random.default_rng([TUNING_SEED, INDEX])
    for _ in range(4):
        attacked, draw = attack(image, rng)
        if "webp q65" in str(draw):
            assert round(draw.scale, 3) == 0.465, draw
            return attacked
    raise AssertionError("the tuning draw was not replayed")


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return _tuning_page()


def test_a_shrunk_webp_text_page_is_read_by_the_nonlocal_field(page: Image.Image,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    attacked = _shrunk_draw(embed_watermark(page, PAYLOAD, BENCH_KEY))
    detection = detect_watermark(attacked, BENCH_KEY, PAYLOAD.issuer)
    assert detection.found and detection.payload == PAYLOAD, detection
    monkeypatch.setattr(watermark, "_NONLOCAL_READS", 0)  # the last stage without the non-local field's reads
    assert not detect_watermark(attacked, BENCH_KEY, PAYLOAD.issuer).found


def test_the_unmarked_page_under_the_same_attack_reads_nothing(page: Image.Image) -> None:
    detection = detect_watermark(_shrunk_draw(page), BENCH_KEY, PAYLOAD.issuer)
    assert not detection.found and detection.payload is None


def test_the_prediction_takes_repeated_strokes_out_and_leaves_a_small_mark_in() -> None:
    """Rows of one sharp glyph-like profile repeated every 11 samples (60 grey levels deep) plus a +-1 mark: the
    residual of the row-wise prediction follows the mark (sign agreement ~0.99), where the plain field's high-pass
    (y less its twice 3x3-box-blurred self) is mostly the strokes' (~0.26)."""
    rng = np.random.default_rng(5)
    glyph = np.array([0, 0, 60, 60, 0, 30, 60, 0, 0, 0, 0], dtype=np.float32)
    content = 200 - np.tile(np.tile(glyph, 24), (64, 1))
    mark = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), content.shape)
    y = (content + mark).astype(np.float32)
    residual = y - _row_prediction(y)
    local = y - _box(_box(y, 3), 3)
    inner = (slice(None), slice(80, -80))
    assert np.corrcoef(np.sign(residual[inner]).ravel(), mark[inner].ravel())[0, 1] > 0.95
    assert abs(np.corrcoef(np.sign(local[inner]).ravel(), mark[inner].ravel())[0, 1]) < 0.4


def test_textured_and_full_size_images_get_no_nonlocal_field() -> None:
    """Its gate: the edge field's flat share (a textured photo is left to the other fields) and a size a shrunk
    page has (a page at full size is read by the earlier fields, and the field's cost grows with its samples)."""
    noise = np.random.default_rng(3).integers(0, 256, (600, 600, 3), dtype=np.uint8)
    assert _nonlocal_field(Image.fromarray(noise)) is None
    assert _nonlocal_field(Image.new("RGB", (1376, 768), (236, 232, 222))) is None
    assert _nonlocal_field(Image.new("RGB", (640, 360), (236, 232, 222))) is not None
