"""The coarse second mark, as built in bench/watermark_coarse_mark.py: it reads what it should, only that.

The mark is measured there as an embedder variant and not part of the module (docs/benchmarks.md, "The coarse mark
built and replayed on the tuning draws"); these tests keep its reader honest for the next round: a shrunk, cropped,
WebP-compressed text page is read with the right id bits, the same page unmarked or read for another issuer is not,
and the variant leaves the module's embedder as it found it.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from bench import watermark_coarse_mark as coarse
from bench import watermark_coarse_read as read
from bench import watermark_coarse_visibility as visibility
from bench.watermark import KEY
from bench.watermark import text_page as bench_text_page
from bench.watermark_attacks import Draw
from PIL import Image

from openbanana.imaging import watermark, watermark_embed
from openbanana.imaging.watermark_tile import _grid_scale

PAYLOAD = watermark.WatermarkPayload(33, 0x5EED_D6E2)


def shrunk_and_webp(image: Image.Image) -> Image.Image:
    """A two-side crop, 0.43x (box), WebP q87: a tuning draw the coarse mark reads at 0.5 grey levels."""
    w, h = image.size
    cropped = image.crop((round(0.19 * w), round(0.05 * h), round(0.89 * w), round(0.97 * h)))
    small = cropped.resize((round(cropped.width * 0.43), round(cropped.height * 0.43)), Image.Resampling.BOX)
    buffer = io.BytesIO()
    small.save(buffer, "WEBP", quality=87)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return bench_text_page(1200, 896, np.random.default_rng(11))


@pytest.fixture(scope="module")
def peaks(page: Image.Image) -> list[coarse.Peak]:
    """The scan's best peaks on the marked page after the attack (scanned once for the tests below)."""
    received = shrunk_and_webp(coarse.embed(page, PAYLOAD, KEY, 0.5))
    field = coarse.field(received, 60.0)
    assert field is not None, "a light text page has a coarse field"
    return coarse.scan(field, coarse.keyed(KEY))


def test_a_shrunk_webp_text_page_is_read_by_the_coarse_mark(peaks: list[coarse.Peak]) -> None:
    keyed = coarse.keyed(KEY)
    assert coarse.id_bits(PAYLOAD) in [coarse.decode(peak.aligned, keyed, PAYLOAD.issuer) for peak in peaks]


def test_the_coarse_read_checks_the_issuer_and_an_unmarked_page_reads_nothing(
        page: Image.Image, peaks: list[coarse.Peak]) -> None:
    keyed = coarse.keyed(KEY)
    assert [coarse.decode(peak.aligned, keyed, PAYLOAD.issuer + 1) for peak in peaks] == [None] * len(peaks)
    field = coarse.field(shrunk_and_webp(page), 60.0)
    assert field is not None
    assert [coarse.decode(peak.aligned, keyed, PAYLOAD.issuer) for peak in coarse.scan(field, keyed)] == [None, None]


def test_the_variant_leaves_the_modules_embedder_as_it_found_it(page: Image.Image) -> None:
    before = np.asarray(watermark.embed_watermark(page, PAYLOAD, KEY))
    with_coarse = np.asarray(coarse.embed(page, PAYLOAD, KEY, 0.5))
    after = np.asarray(watermark.embed_watermark(page, PAYLOAD, KEY))
    assert watermark_embed._add_to_channels.__module__ == watermark_embed.__name__
    assert np.array_equal(before, after)
    change = np.abs(with_coarse.astype(np.float64) - before).mean(axis=2)
    assert 0.2 < float(np.sqrt(np.mean(change**2))) < 0.8  # the coarse layer, ~0.5 grey levels on a light page


@pytest.mark.parametrize(("weighted", "summed"), [(False, False), (True, False), (False, True), (True, True)])
def test_each_read_variant_decodes_the_page_at_the_geometry_the_attack_applied(
        page: Image.Image, weighted: bool, summed: bool) -> None:
    """The read variants bench/watermark_coarse_read.py compares are reads of the same mark: at the true geometry each
    decodes the id bits, with a per-code-bit SNR the code can decode, and an unmarked page's soft values carry none."""
    keyed = coarse.keyed(KEY)
    marked, unmarked = (coarse.field(shrunk_and_webp(image), 60.0, weighted=weighted)
                        for image in (coarse.embed(page, PAYLOAD, KEY, 0.5), page))
    assert marked is not None and unmarked is not None
    period = coarse.TILE * _grid_scale(*page.size) * 0.43 / marked.factor
    replayed = coarse.Replayed(0, "page", PAYLOAD, page.size, 0.0, page, Draw(scale=0.43), None)
    truth = coarse.at_truth(marked, keyed, period, 0.0, summed)
    assert coarse.decode(truth.aligned, keyed, PAYLOAD.issuer) == coarse.id_bits(PAYLOAD)
    assert read.snr(truth, keyed, read.code_signs(replayed)) > 0.7
    blank = coarse.at_truth(unmarked, keyed, period, 0.0, summed)
    assert abs(read.snr(blank, keyed, read.code_signs(replayed))) < 0.3


def test_lightness_is_cielab_l_star_of_srgb_greys() -> None:
    greys = Image.fromarray(np.array([[[0] * 3, [119] * 3, [128] * 3, [255] * 3]], dtype=np.uint8))
    assert visibility.lightness(greys)[0] == pytest.approx([0.0, 50.0, 53.6, 100.0], abs=0.1)
