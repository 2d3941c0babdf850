"""Optional NSFW image detector: NudeNet's ONNX model, which ships inside its wheel (no download at run time).

Licence: the nudenet wheel's trove classifier says MIT, but the LICENSE files it bundles are GNU AGPL-3.0. It is
therefore only an optional extra (`pip install 'openbanana[nsfw]'`), never a dependency of the Apache-2.0 core:
whoever installs it takes on the AGPL's terms for a network service. See LICENSES/README.md.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import numpy as np
from PIL import Image

from openbanana.safety.policy import HarmCategory

INSTALL_HINT = (
    "the NSFW image detector needs the 'nsfw' extra: pip install 'openbanana[nsfw]' "
    "(it installs nudenet, whose bundled licence is AGPL-3.0)"
)
EXPLICIT_LABELS = frozenset({
    "FEMALE_BREAST_EXPOSED", "FEMALE_GENITALIA_EXPOSED", "MALE_GENITALIA_EXPOSED", "BUTTOCKS_EXPOSED", "ANUS_EXPOSED",
})
"""NudeNet's detector labels that count as sexually explicit; the covered-body and face labels do not."""


class NsfwUnavailableError(RuntimeError):
    """nudenet (or its onnxruntime/opencv dependencies) is not installed."""


def nudenet_available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("nudenet", "onnxruntime", "cv2"))


class NudeNetDetector:
    """Scores HARM_CATEGORY_IMAGE_SEXUALLY_EXPLICIT as the most confident explicit-body-part detection."""

    name = "nudenet"

    def __init__(self) -> None:
        try:
            from nudenet import NudeDetector
        except ImportError as exc:
            raise NsfwUnavailableError(INSTALL_HINT) from exc
        self._detector: Any = NudeDetector()

    def detections(self, image: Image.Image) -> list[dict[str, Any]]:
        # NudeNet converts its input with COLOR_RGBA2BGR, so it gets RGBA pixels.
        pixels = np.ascontiguousarray(np.asarray(image.convert("RGBA")))
        found: list[dict[str, Any]] = self._detector.detect(pixels)
        return found

    def scores(self, image: Image.Image) -> dict[HarmCategory, float]:
        explicit = [float(d["score"]) for d in self.detections(image) if d["class"] in EXPLICIT_LABELS]
        return {HarmCategory.IMAGE_SEXUALLY_EXPLICIT: max(explicit, default=0.0)}
