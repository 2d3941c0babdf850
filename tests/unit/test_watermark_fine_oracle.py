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
from bench.watermark_attacks import HELD_ASIDE_SEED, SECOND_HELD_ASIDE_SEED, THIRD_HELD_ASIDE_SEED, TUNING_SEED
from bench.watermark_coarse_mark import replay_parser
from bench.watermark_fine_oracle import DETAIL_CLASSES, aligned_at_truth, by_detail, fields, judged, true_period
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
    """All but the plain field kept to the glyphs' edges (`busy`): there its sign is the edge's own, so it reads
    nothing even here, where the median field kept to the same samples still decodes."""
    received, unmarked = attacked(watermark.embed_watermark(page, PAYLOAD, KEY)), attacked(page)
    keyed, period = watermark_tile._keyed(KEY), true_period(received, page.size, SCALE)
    reads = {name: judged(aligned_at_truth(field, period, 0.0, keyed)[1], PAYLOAD, keyed)
             for name, field in fields(received, unmarked).items() if field is not None}
    assert {"plain", "median", "oracle"} <= set(reads)
    assert all(right for name, (_, right) in reads.items() if name != "busy"), reads
    assert abs(reads["busy"][0]) < 0.3 < reads["median busy"][0], reads
    assert reads["oracle"][0] > reads["plain"][0] > 0.7


def test_the_unmarked_page_reads_no_payload(page: Image.Image) -> None:
    received = attacked(page)
    keyed, period = watermark_tile._keyed(KEY), true_period(received, page.size, SCALE)
    for name in ("plain", "median"):
        field = fields(received, received)[name]
        assert field is not None
        snr, right = judged(aligned_at_truth(field, period, 0.0, keyed)[1], PAYLOAD, keyed)
        assert not right and abs(snr) < 0.3, (name, snr)


def test_limited_fields_come_with_the_fields_asked_for_and_read_only_the_mark(page: Image.Image) -> None:
    """`--fields` and `--limits`: only the fields named, plus each limit's three; clipped at 8 grey levels the oracle
    decodes the page, and the same page unmarked gives the detector-side limited field nothing to read."""
    received, unmarked = attacked(watermark.embed_watermark(page, PAYLOAD, KEY)), attacked(page)
    keyed, period = watermark_tile._keyed(KEY), true_period(received, page.size, SCALE)
    made = fields(received, unmarked, frozenset({"plain"}), (8.0,))
    assert set(made) == {"plain", "limited 8", "median limited 8", "oracle limited 8"}
    oracle = made["oracle limited 8"]
    assert oracle is not None
    assert judged(aligned_at_truth(oracle, period, 0.0, keyed)[1], PAYLOAD, keyed)[1]
    bare = fields(unmarked, unmarked, frozenset(), (8.0,))["limited 8"]
    assert bare is not None
    snr, right = judged(aligned_at_truth(bare, period, 0.0, keyed)[1], PAYLOAD, keyed)
    assert not right and abs(snr) < 0.3, snr


def test_the_replay_takes_spent_seeds_only() -> None:
    """A fresh held-aside seed must never be replayed for study: the parser accepts the tuning seed and the held-aside
    seeds already reported, and nothing else."""
    parser = replay_parser(None, 60.0)
    assert parser.parse_args([]).seed == TUNING_SEED
    for seed in (HELD_ASIDE_SEED, SECOND_HELD_ASIDE_SEED, THIRD_HELD_ASIDE_SEED):
        assert parser.parse_args(["--seed", str(seed)]).seed == seed
    with pytest.raises(SystemExit):
        parser.parse_args(["--seed", "12345"])


def test_the_mark_read_by_detail_class_accounts_for_the_whole_image(page: Image.Image) -> None:
    """`--by-detail`: the classes cover every sample and all of the oracle difference's energy, and on a mildly
    attacked page the busiest class (the glyphs' edges, where the masking put most of the mark) decodes alone."""
    received, unmarked = attacked(watermark.embed_watermark(page, PAYLOAD, KEY)), attacked(page)
    keyed, period = watermark_tile._keyed(KEY), true_period(received, page.size, SCALE)
    rows = by_detail(received, unmarked, period, 0.0, PAYLOAD, keyed)
    assert len(rows) == len(DETAIL_CLASSES)
    assert sum(row[0] for row in rows) == pytest.approx(1.0)
    assert sum(row[1] for row in rows) == pytest.approx(1.0)
    assert rows[-1][3], rows
