"""Invisible, keyed watermark: a tiled spread-spectrum mark on luminance, folded and FFT-correlated to detect.

The public face of the watermark: `embed_watermark`, `detect_watermark` and the payload they carry. The work is
split by job, each module saying why it is apart:

* `watermark_format`: the payload formats (versions 0-2, their codes and checks; `WatermarkPayload`);
* `watermark_tile`: the keyed tile (chips, pilots, band) and how chip sums read back as a payload;
* `watermark_embed`: embedding (strength, masking, the low layer, the 8-bit application);
* `watermark_fields`: the received image as detail-sign fields, and the fixed geometry guesses;
* `watermark_search`: folding and the continuous period/tilt scan;
* `watermark_calibration`: the thresholds fitted on unmarked images and the confidence they give.

This module decides (why it is here: it is the one place that weighs a peak's score against the route it is read
by):

4. At the best two candidates, the signed chip sums are gathered per code bit and un-whitened: at any score they
   are read as version 2 (Viterbi, version bits 10, CRC-24 with the reading server's issuer), from
   `CHECKED_THRESHOLD` on as version 1 (Viterbi, CRC, version bits 01), and from the stage's own threshold also as
   version 0 (BCH, version bits 00): the fixed guesses' (`SCORE_THRESHOLD`) or, once the scan
   has run, the scan's (`SCAN_THRESHOLD`, below). `found` = one of those reads checks out.
5. Only when nothing has read so far (since 2026-12-03, latest): the edge stage. The edge-preserving field
   (`watermark_fields._edge_field`: each sample against its neighbours within 12 grey levels, on any image with
   a flat share of at least 30 %) is scanned like the plain one, at 3 coarse tilts instead of 5 (+-0.8 degrees with
   the fine grid), its coarse grid scored only around the best of a cheaper 1-bin-per-chip prescreen
   (`watermark_search._prescreened`: a failed detection of an unmarked flat poster costs 1.4x, rather than 1.7x,
   what it costs without this stage), and its best two peaks are read as version 2 only.
   Why: a text page, a checkerboard or a flat poster shrunk below ~0.6x and WebP- or JPEG-compressed keeps its mark
   only in the blocks with strokes, where the plain high-pass sees the strokes' edges instead; compared with
   themselves, the strokes and the paper beside them still read. Version 2's check alone bounds these reads
   (2^-26 each, within its 1.2e-7 share at 8 reads), so no score threshold and no new fit are needed.
   Since 2026-12-05 the same stage also scans the median field (`watermark_fields._median_field`, any image, the
   full coarse grid at the same 3 tilts) and reads its best two as version 2 too: a checkerboard upscaled with a
   screenshot's resample and grass resized with nearest neighbours read there and nowhere else. Its cost: a failed
   detection (an unmarked image) takes 1.6-1.7x what it took with the edge stage alone, 2.1x on a textured image
   the edge field's gate leaves out (the median field has no gate). Its best two are read both polished and as
   refined (`watermark_search._polished`: at the code's edge the polish can move a read off the alignment that
   decodes; 4 reads, not 2).
   Since 2026-12-05 (latest) it also scans the non-local field (`watermark_nonlocal._nonlocal_field`: each sample
   against a weighted mean of look-alike samples along its row; pages past the edge field's gate and small enough
   to be shrunk ones) and reads its best two as the median field's are: a text page shrunk below ~0.5x and
   WebP-compressed keeps its mark only under the strokes, and only a prediction of the strokes from the page's own
   repeated glyphs leaves it readable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from PIL import Image

from openbanana.imaging.watermark_calibration import (
    _CHECK_FALSE_ACCEPT,
    _CHECKED_FALSE_POSITIVE,
    _DECODE_TRIES,
    _EDGE_READS,
    _FALSE_POSITIVE_TARGET,
    _MEDIAN_READS,
    _NONLOCAL_READS,
    _V2_CHECK_FALSE_ACCEPT,
    _V2_FALSE_POSITIVE,
    CHECKED_THRESHOLD,
    SCAN_THRESHOLD,
    SCORE_THRESHOLD,
    V2_THRESHOLD,
    _confidence,
    _fixed_probability,
    _image_tail,
    _scan_probability,
)
from openbanana.imaging.watermark_embed import embed_watermark
from openbanana.imaging.watermark_fields import _edge_field, _median_field, _prepare, _Prepared
from openbanana.imaging.watermark_format import DEFAULT_ISSUER, IMAGE_ID_BITS, ISSUER_BITS, WatermarkPayload
from openbanana.imaging.watermark_nonlocal import _nonlocal_field
from openbanana.imaging.watermark_search import _aligned_chips, _fixed_peaks, _Peak, _scan
from openbanana.imaging.watermark_tile import _decode_v0, _decode_v1, _decode_v2, _Keyed, _keyed

# The edge stage's coarse tilts: with the fine grid's +-0.2 they cover +-0.8 degrees, at 3/5 of the plain scan's cost.
_EDGE_TILTS = (-0.6, 0.0, 0.6)

__all__ = [
    "CHECKED_THRESHOLD",
    "DEFAULT_ISSUER",
    "IMAGE_ID_BITS",
    "ISSUER_BITS",
    "SCAN_THRESHOLD",
    "SCORE_THRESHOLD",
    "V2_THRESHOLD",
    "WatermarkDetection",
    "WatermarkPayload",
    "detect_watermark",
    "embed_watermark",
]


@dataclass(frozen=True)
class WatermarkDetection:
    """Result of `detect_watermark`; `score` is the raw statistic, `confidence` its calibrated reading."""

    found: bool
    confidence: float
    payload: WatermarkPayload | None
    score: float


def detect_watermark(image: Image.Image, key: bytes, issuer: int = DEFAULT_ISSUER) -> WatermarkDetection:
    """Look for a mark made with `key`; see the module docstring for the search and the threshold.

    The fixed guesses are tried first and the scan only when they do not decode: an image that was only resized
    (or not touched) costs one or a few folds. Each stage has its own threshold (the scan's is higher: it tries
    far more hypotheses), together keeping an unmarked image's chance of passing <= 1e-6; a version-1 payload,
    which must also pass its CRC, is accepted from CHECKED_THRESHOLD on in either stage. Last, the edge stage
    (module docstring, step 5) reads version 2 only."""
    return _decide(_Stages(image, key), issuer)


class _Stages:
    """One image's peaks by stage, each searched once, when first asked for.

    Why: `_decide` asks only for the stages it needs (an image read at a fixed guess never runs the scan), and
    bench/watermark.py's false-positive part asks for all of them after the decision and gets the very peaks the
    decision saw, instead of searching the image a second time."""

    def __init__(self, image: Image.Image, key: bytes) -> None:
        self.image = image
        self.keyed = _keyed(key)
        self.prepared = _prepare(image)

    @cached_property
    def fixed(self) -> list[_Peak]:
        """The fixed geometry guesses' peaks (in the order of the guesses)."""
        return _fixed_peaks(self.prepared, self.keyed)

    @cached_property
    def searched(self) -> list[_Peak]:
        """The fixed guesses' and the scan's peaks together, best first."""
        scanned = _scan(self.prepared.fields[0], self.prepared.plain_period, self.keyed)
        return sorted(self.fixed + scanned, key=lambda p: -p.score)

    @cached_property
    def edge(self) -> list[_Peak]:
        """The last stage's reads: the edge field's (`_edge_peaks`; none past its gate), then the median field's,
        then the non-local field's (none past its gate)."""
        median = _scan(_median_field(self.image), self.prepared.plain_period, self.keyed, _EDGE_TILTS,
                       unpolished=True)
        return (_edge_peaks(self.image, self.prepared, self.keyed) + median[:_MEDIAN_READS]
                + _nonlocal_peaks(self.image, self.prepared, self.keyed))


def _decide(stages: _Stages, issuer: int) -> WatermarkDetection:
    """The stages in order, each only when the ones before read nothing (`detect_watermark`)."""
    keyed = stages.keyed
    tried: dict[int, _Reading | None] = {}  # checked readings by peak: each peak is read once
    reading = _first_payload(stages.fixed, keyed, SCORE_THRESHOLD, _fixed_probability, tried, issuer)
    if reading is not None:
        return WatermarkDetection(True, _confidence(reading.probability), reading.payload, reading.score)
    peaks = stages.searched
    reading = _first_payload(peaks, keyed, SCAN_THRESHOLD, _scan_probability, tried, issuer)
    score = max((p.score for p in peaks), default=0.0)
    if reading is None:
        reading = _edge_reading(stages.edge, keyed, issuer)
    if reading is not None:
        return WatermarkDetection(True, _confidence(reading.probability), reading.payload, max(score, reading.score))
    return WatermarkDetection(False, _confidence(_scan_probability(score)), None, score)


def _edge_reading(edge_peaks: list[_Peak], keyed: _Keyed, issuer: int) -> _Reading | None:
    """The last stage: the best two peaks of the edge-preserving field (`_edge_peaks`) and of the median field,
    read as version 2 only. Its chance on an unmarked image is the check's alone (no fit of these fields' scores is
    needed: each read passes noise with 2^-26), which the version-2 budget already counts."""
    scale = _FALSE_POSITIVE_TARGET / _V2_FALSE_POSITIVE
    for peak in edge_peaks:
        if (payload := _decode_v2(_aligned_chips(peak, keyed), keyed, issuer)) is not None:
            return _Reading(payload, peak.score, _V2_CHECK_FALSE_ACCEPT * scale)
    return None


def _edge_peaks(image: Image.Image, prepared: _Prepared, keyed: _Keyed) -> list[_Peak]:
    """The edge stage's reads: the best _EDGE_READS peaks of the edge-preserving field (`_edge_field`), scanned
    at 3 coarse tilts with the prescreened coarse grid (none for an image the field's gate leaves out)."""
    edges = prepared.fields[1] if len(prepared.fields) > 1 else _edge_field(image)
    if edges is None:
        return []
    peaks = _scan(edges, prepared.plain_period, keyed, _EDGE_TILTS, prescreen=True)
    return sorted(peaks, key=lambda p: -p.score)[:_EDGE_READS]


def _nonlocal_peaks(image: Image.Image, prepared: _Prepared, keyed: _Keyed) -> list[_Peak]:
    """The non-local field's best two, polished and as refined, from the prescreened grid (as the edge field's: on the
    tuning draws it finds what the full grid finds at half its cost); none for an image its gate leaves out."""
    field = _nonlocal_field(image)
    if field is None:
        return []
    return _scan(field, prepared.plain_period, keyed, _EDGE_TILTS, prescreen=True, unpolished=True)[:_NONLOCAL_READS]


@dataclass(frozen=True)
class _Reading:
    """A payload that checked out, the score it was read at and that score's false-positive estimate."""

    payload: WatermarkPayload
    score: float
    probability: float  # scaled so a route's own threshold reads 1e-6 (confidence 0.5)


def _first_payload(peaks: list[_Peak], keyed: _Keyed, threshold: float, probability: Callable[[float], float],
                   tried: dict[int, _Reading | None], issuer: int) -> _Reading | None:
    """The best `_DECODE_TRIES` peaks: versions 2 and 1 from CHECKED_THRESHOLD, version 0 from the stage's
    `threshold`."""
    for peak in sorted(peaks, key=lambda p: -p.score)[:_DECODE_TRIES]:
        if peak.score < min(threshold, CHECKED_THRESHOLD, V2_THRESHOLD):
            break
        if id(peak) not in tried:
            tried[id(peak)] = _read_checked(peak, keyed, issuer)
        if (reading := tried[id(peak)]) is not None:
            return reading
        if peak.score >= threshold and (payload := _decode_v0(_aligned_chips(peak, keyed), keyed)) is not None:
            return _Reading(payload, peak.score, probability(peak.score))
    return None


def _read_checked(peak: _Peak, keyed: _Keyed, issuer: int) -> _Reading | None:
    """A version-2 or 1 reading of `peak`, each from its own threshold (its chance on an unmarked image: the image
    tail times the check's, scaled so the threshold reads 1e-6)."""
    chips = _aligned_chips(peak, keyed)
    if peak.score >= V2_THRESHOLD and (payload := _decode_v2(chips, keyed, issuer)) is not None:
        return _Reading(payload, peak.score,
                        _image_tail(peak.score) * _V2_CHECK_FALSE_ACCEPT * _FALSE_POSITIVE_TARGET / _V2_FALSE_POSITIVE)
    if peak.score >= CHECKED_THRESHOLD and (payload := _decode_v1(chips, keyed)) is not None:
        return _Reading(payload, peak.score, _image_tail(peak.score) * _CHECK_FALSE_ACCEPT * _FALSE_POSITIVE_TARGET
                        / _CHECKED_FALSE_POSITIVE)
    return None
