"""The non-local field: each sample against a prediction made from look-alike samples elsewhere on its row.

Why a module of its own: it is the last stage's one field that reads content elsewhere in the image rather than
around the sample, and its cost and gate are its own.

Why it reads what the other fields do not: a text page shrunk to 0.3-0.5x and WebP-compressed keeps the fine mark
only in the blocks with strokes (the codec's dead zone takes it off the paper), 30-100x weaker than the strokes
themselves. Every local trend (a box mean, a median, an edge-preserving mean, a blurred straight step fitted per
window) leaves most of the strokes in its residual, because at that scale a glyph is a few samples across and no
window sees a straight edge. But a page repeats a few glyphs many times along its lines: the same stroke at a like
sub-sample phase is somewhere else on the same row, under a mark of its own that is independent of this sample's
(the keyed chips are uncorrelated more than a few samples apart). A weighted mean of the samples whose patches look
like this sample's patch (non-local means) predicts the stroke and not the mark, so sign(y - prediction) keeps the
mark. At the geometry the attack applied (bench/watermark_stroke_model.py) it reads text-page draws whose plain,
edge and median fields read nothing.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from openbanana.imaging.watermark_fields import _EDGE_FLAT_MIN, _gray, _reduction, _remove_grid
from openbanana.imaging.watermark_tile import FloatArray, _box

_REACH = 64  # samples either way along the row searched for look-alikes
_NEAR = 4  # samples: closer candidates are skipped (their band-limited chips carry this sample's mark too)
_PATCH = 3  # side of the patch two samples are compared by
_SPREAD = 8.0  # grey levels: a patch distance (mean square per sample) of this squared weighs exp(-1)
_MAX_SAMPLES = 400_000  # larger fields (an image not shrunk: earlier fields read it) get no non-local field


def _nonlocal_field(image: Image.Image) -> FloatArray | None:
    """sign(y - the row-wise non-local mean of y), JPEG grid removed, at the detector's box-reduction; None for an
    image that is not flat enough to be a page (the edge field's gate) or too large to be a shrunk one."""
    rgb = image.convert("RGB")
    _, factor = _reduction(rgb)
    y = _gray(rgb, factor)
    if y.size > _MAX_SAMPLES or float(np.mean(np.abs(y - _box(y, 3)) < 0.5)) < _EDGE_FLAT_MIN:
        return None
    return _remove_grid(np.sign(y - _row_prediction(y)).astype(np.float32), factor)


def _row_prediction(y: FloatArray) -> FloatArray:
    """Each sample predicted by the samples _NEAR to _REACH away on its row, weighed by how like its own their
    _PATCH x _PATCH patches are (a sample with no look-alike keeps its own value, so its sign reads 0)."""
    cols = y.shape[1]
    padded = np.pad(y, ((0, 0), (_REACH, _REACH)), mode="edge")
    total = np.zeros_like(y)
    weights = np.zeros_like(y)
    scale = np.float32(-1.0 / (_SPREAD * _SPREAD))
    for shift in range(_NEAR, _REACH + 1):
        for dx in (-shift, shift):
            other = padded[:, _REACH + dx: _REACH + dx + cols]
            weight = np.exp(_box((y - other) ** 2, _PATCH) * scale)
            total += weight * other
            weights += weight
    return np.asarray(np.where(weights > 1e-6, total / np.maximum(weights, 1e-6), y), dtype=np.float32)
