"""Invisible watermark benchmark: robustness, invisibility, speed and a calibrated false-positive rate.

Why this exists: the issue sets numeric targets for `openbanana.imaging.watermark` that unit tests can only
sample. This script measures all of them in one run on one machine:

1. robustness: >= 100 marked images (draft renders at many canonical sizes, every usable skimage.data photograph
   cover-fitted to a canonical size, synthetic photo-like/flat/text images), each attacked with JPEG q75/q50,
   WebP q80, resize 0.5x/0.75x, a 10 % crop from each side, brightness +-20 %, and the combination
   crop 10 % + resize 0.75x + JPEG q75 (plus a harder, informational crop + 0.5x + JPEG q50); a success is the
   exact payload. Wrong-key detections on the marked images are counted too.
2. invisibility: PSNR of every marked image (distribution).
3. speed: median embed / detect time at 1K, 2K and 4K, and the same for a baseline revision of the module
   (default: the float-path embed of the first release, `--baseline`) timed alternately in the same run, so
   that the ratio holds even when other jobs load the machine.
4. false positives: detection scores on >= 1,000 unmarked images (synthetic variety, every skimage.data
   photograph with random crops/resizes, unmarked draft renders, some JPEG-compressed, and brightened or
   clipped images that take the detector's edge-preserving path), a Gumbel fit of the
   per-candidate score, the threshold that fit implies for a 1e-6 false-positive rate, and the rate the
   module's own threshold gives.

Run: `.venv/bin/python bench/watermark.py` (about 10 minutes on 2 cores), `--quick` for a smoke run, `--timing`
for the speed study alone, `--json` for machine-readable output. Progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import PIL
from PIL import Image, ImageDraw, ImageEnhance, ImageFont

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging import watermark as wm
from openbanana.imaging import watermark_calibration as wm_calibration
from openbanana.imaging import watermark_format as wm_format
from openbanana.imaging import watermark_search as wm_search
from openbanana.imaging import watermark_tile as wm_tile
from openbanana.imaging.fitting import cover_fit
from openbanana.imaging.sizes import ASPECT_RATIOS, target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

KEY = b"bench-key"
WRONG_KEY = b"another-key"
SEED = 20261123
FALSE_POSITIVE_TARGET = 1e-6
# The module as first released (float-path embed, plain high-pass only): the speed baseline.
BASELINE_REV = "5d61cc2"
# share of clipped luma samples at which an attacked image counts as "clipped" (cf. wm_fields._SATURATED_MIN)
CLIPPED = 0.5

Attack = Callable[[Image.Image, int], Image.Image]

PROMPTS = [
    'a poster saying "GRAND OPENING" with a banana and confetti, warm sunset colors',
    "a calm blue minimal background",
    "a cat and a dog under a tree, pastel",
    'dark moody neon city "NIGHT"',
    'a birthday card that says "Happy Birthday Mia!" with balloons and cake, cheerful',
    "a rocket flying through space with stars, cosmic",
    'a minimalist white poster with the text "LESS IS MORE"',
    "an autumn forest with a fox and mushrooms",
    'a vintage coffee shop sign reading "OPEN DAILY"',
    "a beach with palm trees and the sun, summer",
    'a winter card "Season\'s Greetings" with a snowman',
    "an elegant gold and black luxury background",
    "a happy pizza with a slice of watermelon",
    'a banner saying "SALE 50% OFF" in red and yellow',
    "a stormy ocean with a lighthouse, dramatic",
    "a bright spring garden with flowers and a butterfly",
    "a cyberpunk robot with a laptop",
    'a cream colored wedding invitation "Anna & Tom"',
    "a retro car on a road at sunrise",
    "a purple and pink gradient",
    'a teal logo that says "NANO"',
    "a dog, a cat, a banana, a rocket and a heart",
    "a midnight sky with the moon and an owl",
    'an ivory menu card titled "Chef\'s Specials"',
]

PHOTOS = ["astronaut", "brick", "camera", "cat", "cell", "chelsea", "clock", "coffee", "coins", "colorwheel",
          "grass", "gravel", "hubble_deep_field", "immunohistochemistry", "logo", "microaneurysms", "moon", "page",
          "retina", "rocket", "text", "horse", "checkerboard", "binary_blobs", "shepp_logan_phantom"]


# ---------------------------------------------------------------------------------------------- image sources


def canonical_sizes(scales: tuple[str, ...] = ("1K",)) -> list[tuple[int, int]]:
    return [(t.width, t.height) for s in scales for t in (target_size(r, s) for r in ASPECT_RATIOS)]


def draft(prompt: str, width: int, height: int, seed: int) -> Image.Image:
    plan = plan_composition(PlanningInput(prompt=prompt, width=width, height=height, seed=seed))
    return DraftEngine().render(RenderRequest(plan=plan, width=width, height=height, seed=seed)).image


def skimage_photo(name: str) -> Image.Image:
    from skimage import data

    array = getattr(data, name)()
    if array.dtype == bool:
        array = array.astype(np.uint8) * 255
    elif array.dtype != np.uint8:
        array = np.clip(array * 255 if array.max() <= 1.0 else array, 0, 255).astype(np.uint8)
    image = Image.fromarray(array)
    return image.convert("RGB")


def extra_photos() -> list[Image.Image]:
    """The stereo pair and the face crops of skimage.data: more real content for the false-positive study."""
    from skimage import data

    left, right, _ = data.stereo_motorcycle()
    faces = data.lfw_subset()[:40]
    tiles = [Image.fromarray(np.clip(face * 255, 0, 255).astype(np.uint8)).convert("RGB") for face in faces]
    return [Image.fromarray(left), Image.fromarray(right), *tiles]


def pink_noise(width: int, height: int, rng: np.random.Generator, slope: float = 1.8) -> Image.Image:
    """Photo-like colour texture: 1/f^slope power spectrum."""
    fy, fx = np.fft.fftfreq(height)[:, None], np.fft.rfftfreq(width)[None, :]
    radius = np.sqrt(fx * fx + fy * fy)
    radius[0, 0] = 1.0
    channels = []
    base = np.fft.irfft2(np.fft.rfft2(rng.normal(size=(height, width))) / radius ** (slope / 2), s=(height, width))
    for _ in range(3):
        own = np.fft.irfft2(np.fft.rfft2(rng.normal(size=(height, width))) / radius ** (slope / 2), s=(height, width))
        mix = 0.7 * base / base.std() + 0.3 * own / own.std()
        channels.append(mix / mix.std())
    array = np.stack(channels, -1) * rng.uniform(20, 60) + rng.uniform(70, 190)
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))


def gradient(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    a, b = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
    angle = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:height, 0:width]
    t = (xx * math.cos(angle) + yy * math.sin(angle)).astype(np.float64)
    t = (t - t.min()) / max(float(np.ptp(t)), 1.0)
    array = a[None, None, :] * (1 - t[..., None]) + b[None, None, :] * t[..., None]
    return Image.fromarray(np.round(array).astype(np.uint8))


def shapes(width: int, height: int, rng: np.random.Generator, count: int = 12) -> Image.Image:
    """Flat illustration: a flat or gradient background with flat-coloured shapes."""
    image = gradient(width, height, rng) if rng.random() < 0.5 else Image.new(
        "RGB", (width, height), tuple(int(v) for v in rng.integers(0, 256, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(count):
        x0, y0 = rng.uniform(0, width), rng.uniform(0, height)
        w, h = rng.uniform(0.05, 0.4) * width, rng.uniform(0.05, 0.4) * height
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        box = (x0, y0, x0 + w, y0 + h)
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    return image


def text_page(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    """Dark text on a light page (documents, screenshots)."""
    background = tuple(int(v) for v in rng.integers(215, 256, 3))
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    size = int(rng.integers(14, 40)) * max(1, width // 1024)
    font = ImageFont.load_default(size)
    words = "the quick brown fox jumps over a lazy dog banana gemini image watermark 2026".split()
    y = size
    while y < height - size:
        line = " ".join(rng.choice(words, int(rng.integers(4, 12))))
        draw.text((size, y), line, fill=tuple(int(v) for v in rng.integers(0, 90, 3)), font=font)
        y += int(size * 1.6)
    return image


def stripes(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    """Periodic patterns (the hardest case for a tiled detector): stripes or checks of random period."""
    period = rng.uniform(2, 64)
    yy, xx = np.mgrid[0:height, 0:width]
    angle = rng.uniform(0, math.pi)
    phase = (xx * math.cos(angle) + yy * math.sin(angle)) / period
    wave = np.sign(np.sin(2 * math.pi * phase)) if rng.random() < 0.5 else np.sin(2 * math.pi * phase)
    if rng.random() < 0.4:
        wave = wave * np.sign(np.sin(2 * math.pi * yy / period + 0.3))
    array = 128 + wave[..., None] * rng.uniform(10, 120) * np.ones(3)
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))


def flat(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    return Image.new("RGB", (width, height), tuple(int(v) for v in rng.integers(0, 256, 3)))


def white_noise(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    sigma = rng.uniform(1, 40)
    array = rng.normal(rng.uniform(60, 200), sigma, (height, width, 1)) * np.ones(3)
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))


SYNTHETIC: dict[str, Callable[[int, int, np.random.Generator], Image.Image]] = {
    "pink-noise": pink_noise, "gradient": gradient, "shapes": shapes, "text-page": text_page,
    "stripes": stripes, "flat": flat, "white-noise": white_noise,
}


@dataclass(frozen=True)
class Sample:
    kind: str  # draft / photo / synthetic
    name: str
    image: Image.Image


def marked_set(quick: bool, seed: int = SEED) -> Iterator[Sample]:
    """The robustness set: drafts over all canonical ratios (1K, some 2K and 4K), photos, synthetic images."""
    rng = np.random.default_rng(seed)
    sizes_1k, sizes_2k, sizes_4k = canonical_sizes(("1K",)), canonical_sizes(("2K",)), canonical_sizes(("4K",))
    drafts = 6 if quick else 60
    for i in range(drafts):
        if i % 15 == 14:
            size = sizes_4k[i % 10]
        elif i % 5 == 4:
            size = sizes_2k[i % 10]
        else:
            size = sizes_1k[i % 10]
        prompt = PROMPTS[i % len(PROMPTS)]
        yield Sample("draft", f"{prompt[:28]}@{size[0]}x{size[1]}", draft(prompt, *size, seed=seed + i))
    photos = PHOTOS[:4] if quick else PHOTOS
    for i, name in enumerate(photos):
        size = sizes_1k[(i * 3) % 10]
        yield Sample("photo", f"{name}@{size[0]}x{size[1]}", cover_fit(skimage_photo(name), *size))
    kinds = ["pink-noise", "gradient", "shapes", "text-page", "pink-noise", "shapes"]
    count = 4 if quick else 24
    for i in range(count):
        kind = kinds[i % len(kinds)]
        size = sizes_1k[int(rng.integers(0, 10))] if i % 8 else sizes_2k[i % 10]
        yield Sample("synthetic", f"{kind}@{size[0]}x{size[1]}", SYNTHETIC[kind](*size, rng))


def unmarked_set(quick: bool, seed: int = SEED) -> Iterator[Sample]:
    """The false-positive set: >= 1,000 images that never saw the mark."""
    rng = np.random.default_rng(seed + 1)
    odd = [(512, 512), (640, 480), (800, 600), (1000, 750), (1280, 720), (1920, 1080), (333, 777), (1100, 1100)]
    all_sizes = [*canonical_sizes(("1K",)), *odd, (2048, 1536)]
    per_photo = 2 if quick else 14
    photos = [(skimage_photo(name), per_photo) for name in (PHOTOS[:6] if quick else PHOTOS)]
    extra = extra_photos()[: 4 if quick else 42]
    photos += [(image, per_photo if image.width > 100 else 3) for image in extra]
    for i, (photo, reps) in enumerate(photos):
        for _ in range(reps):
            yield Sample("photo", f"photo{i}", random_view(photo, all_sizes, rng))
    synthetic = 60 if quick else 560
    names = list(SYNTHETIC)
    for i in range(synthetic):
        size = all_sizes[int(rng.integers(0, len(all_sizes)))]
        if size[0] * size[1] > 2.2e6:
            size = (1024, 1024)
        image = SYNTHETIC[names[i % len(names)]](*size, rng)
        yield Sample("synthetic", names[i % len(names)], maybe_jpeg(image, rng))
    drafts = 10 if quick else 110
    for i in range(drafts):
        size = canonical_sizes(("1K",))[i % 10]
        prompt = PROMPTS[(i * 7) % len(PROMPTS)]
        yield Sample("draft", prompt[:20], maybe_jpeg(draft(prompt, *size, seed=seed + 1000 + i), rng))
    yield from clipped_set(quick, rng, all_sizes, seed)


def clipped_set(quick: bool, rng: np.random.Generator, sizes: list[tuple[int, int]], seed: int) -> Iterator[Sample]:
    """Unmarked images brightened until most of them clips: what the detector's edge-preserving path sees."""
    count = 20 if quick else 200
    sources = ["text-page", "text-page", "shapes", "gradient", "draft", "photo", "pink-noise", "white-noise"]
    for i in range(count):
        kind = sources[i % len(sources)]
        size = sizes[int(rng.integers(0, len(sizes)))]
        if size[0] * size[1] > 2.2e6:
            size = (1024, 1024)
        if kind == "draft":
            prompt = PROMPTS[(i * 5) % len(PROMPTS)]
            image = draft(prompt, *canonical_sizes(("1K",))[i % 10], seed=seed + 3000 + i)
        elif kind == "photo":
            image = random_view(skimage_photo(PHOTOS[i % len(PHOTOS)]), sizes, rng)
        else:
            image = SYNTHETIC[kind](*size, rng)
        bright = ImageEnhance.Brightness(image).enhance(float(rng.uniform(1.15, 2.5)))
        yield Sample("clipped", kind, maybe_jpeg(bright, rng))


def random_view(photo: Image.Image, sizes: list[tuple[int, int]], rng: np.random.Generator) -> Image.Image:
    """A random crop of a photograph, resized to a random (often canonical) size, sometimes JPEG-compressed."""
    w, h = photo.size
    keep = rng.uniform(0.5, 1.0)
    cw, ch = max(16, int(w * keep)), max(16, int(h * rng.uniform(0.5, 1.0)))
    x0, y0 = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    size = sizes[int(rng.integers(0, len(sizes)))]
    view = photo.crop((x0, y0, x0 + cw, y0 + ch)).resize(size, Image.Resampling.BICUBIC)
    return maybe_jpeg(view, rng)


def maybe_jpeg(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    return jpeg(image, int(rng.integers(50, 95))) if rng.random() < 0.3 else image


# ---------------------------------------------------------------------------------------------- attacks


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def webp(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def resize(image: Image.Image, factor: float) -> Image.Image:
    w, h = image.size
    return image.resize((round(w * factor), round(h * factor)), Image.Resampling.BICUBIC)


def crop(image: Image.Image, side: str, fraction: float = 0.1) -> Image.Image:
    w, h = image.size
    dx, dy = round(w * fraction), round(h * fraction)
    boxes = {"left": (dx, 0, w, h), "right": (0, 0, w - dx, h), "top": (0, dy, w, h), "bottom": (0, 0, w, h - dy)}
    return image.crop(boxes[side])


SIDES = ("left", "right", "top", "bottom")
ATTACKS: dict[str, Attack] = {
    "none": lambda im, i: im,
    "jpeg q75": lambda im, i: jpeg(im, 75),
    "jpeg q50": lambda im, i: jpeg(im, 50),
    "webp q80": lambda im, i: webp(im, 80),
    "resize 0.5x": lambda im, i: resize(im, 0.5),
    "resize 0.75x": lambda im, i: resize(im, 0.75),
    "crop 10% left": lambda im, i: crop(im, "left"),
    "crop 10% right": lambda im, i: crop(im, "right"),
    "crop 10% top": lambda im, i: crop(im, "top"),
    "crop 10% bottom": lambda im, i: crop(im, "bottom"),
    "brightness +20%": lambda im, i: ImageEnhance.Brightness(im).enhance(1.2),
    "brightness -20%": lambda im, i: ImageEnhance.Brightness(im).enhance(0.8),
    "crop+0.75x+jpeg75": lambda im, i: jpeg(resize(crop(im, SIDES[i % 4]), 0.75), 75),
}
INFORMATIONAL = {
    "crop+0.5x+jpeg50 (info)": lambda im, i: jpeg(resize(crop(im, SIDES[i % 4]), 0.5), 50),
}


# ---------------------------------------------------------------------------------------------- studies


@dataclass
class Robustness:
    images: int = 0
    psnr: list[float] = field(default_factory=list)
    ok: dict[str, int] = field(default_factory=dict)
    wrong: dict[str, int] = field(default_factory=dict)
    scores: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)
    wrong_key_found: int = 0
    wrong_key_scores: list[float] = field(default_factory=list)
    saturated_by_brightening: int = 0
    clipped_scores: list[float] = field(default_factory=list)  # +20 % brightness, images left >= CLIPPED clipped
    clipped_failures: int = 0


def robustness(quick: bool, seed: int, log: Callable[[str], None]) -> Robustness:
    result = Robustness()
    attacks = {**ATTACKS, **INFORMATIONAL}
    for index, sample in enumerate(marked_set(quick, seed)):
        payload = wm.WatermarkPayload(index % (1 << 16), (index * 2654435761) % (1 << 32))
        marked = wm.embed_watermark(sample.image, payload, KEY)
        original = np.asarray(sample.image.convert("RGB"), dtype=np.float64)
        mse = float(np.mean((np.asarray(marked, dtype=np.float64) - original) ** 2))
        result.psnr.append(10 * math.log10(255**2 / mse) if mse > 0 else float("inf"))
        luma = np.asarray(marked.convert("L"))
        if float(np.mean(luma < 212)) < 0.02:
            result.saturated_by_brightening += 1
        for name, attack in attacks.items():
            attacked = attack(marked, index)
            detection = wm.detect_watermark(attacked, KEY, payload.issuer)
            good = detection.found and detection.payload == payload
            if name == "brightness +20%" and clipped_share(attacked) >= CLIPPED:
                result.clipped_scores.append(detection.score)
                result.clipped_failures += not good
            result.ok[name] = result.ok.get(name, 0) + good
            result.wrong[name] = result.wrong.get(name, 0) + (detection.found and not good)
            result.scores.setdefault(name, []).append(detection.score)
            if not good:
                result.failures.setdefault(name, []).append(f"{sample.name} ({detection.score:.1f})")
        other = wm.detect_watermark(marked, WRONG_KEY, payload.issuer)
        result.wrong_key_found += other.found
        result.wrong_key_scores.append(other.score)
        result.images += 1
        log(f"marked {index + 1}: {sample.kind} {sample.name} psnr {result.psnr[-1]:.1f}")
    return result


def clipped_share(image: Image.Image) -> float:
    luma = np.asarray(image.convert("L"))
    return float(np.mean((luma == 0) | (luma == 255)))


@dataclass
class FalsePositives:
    images: int = 0
    image_scores: list[float] = field(default_factory=list)
    candidate_scores: list[float] = field(default_factory=list)
    candidates: list[int] = field(default_factory=list)
    found: int = 0
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    edge_preserving: list[float] = field(default_factory=list)  # scores of the images that got the clipped-image field
    checked_reads: int = 0  # version-1 and version-2 decodes at each image's best peaks, whatever their score
    checked_passes: int = 0  # ... that passed the CRC and version bits (a false accept the score did not stop)
    edge_reads: int = 0  # version-2 decodes at the last stage's peaks (edge, median and non-local fields)
    edge_passes: int = 0  # ... that passed the CRC-24 and version bits


def false_positives(quick: bool, seed: int, log: Callable[[str], None], every: int = 1) -> FalsePositives:
    """Search every `every`-th unmarked image; also read version-1 and version-2 payloads (the default issuer's) at
    its best peaks with no threshold, and version 2 at the edge stage's peaks (the stage reads nothing else),
    which measures the checks' share of the bound directly."""
    result = FalsePositives()
    keyed = wm_tile._keyed(KEY)
    for index, sample in enumerate(unmarked_set(quick, seed)):
        if index % every:
            continue
        stages = wm._Stages(sample.image, KEY)  # one search: the decision's peaks are the ones counted below
        result.found += wm._decide(stages, wm.DEFAULT_ISSUER).found
        peaks = stages.searched
        score = peaks[0].score
        for peak in peaks[:wm_calibration._CHECKED_READS]:
            chips = wm_search._aligned_chips(peak, keyed)
            result.checked_reads += 2
            result.checked_passes += wm_tile._decode_v1(chips, keyed) is not None
            result.checked_passes += wm_tile._decode_v2(chips, keyed, wm.DEFAULT_ISSUER) is not None
        for peak in stages.edge:
            result.edge_reads += 1
            result.edge_passes += wm_tile._decode_v2(wm_search._aligned_chips(peak, keyed), keyed,
                                                     wm.DEFAULT_ISSUER) is not None
        result.image_scores.append(score)
        result.candidate_scores.extend(p.score for p in peaks)
        result.candidates.append(wm_search._CANDIDATES)
        if len(stages.prepared.fields) > 1:  # the clipped-image (edge-preserving) field was made
            result.edge_preserving.append(score)
        result.by_kind.setdefault(sample.kind, []).append(score)
        result.images += 1
        if index % 100 == 99:
            log(f"unmarked {index + 1}")
    return result


def tail_fit(samples: list[float], fraction: float = 0.1) -> dict[str, float]:
    """Peaks over threshold: exponential fit to the top `fraction` of the scores (the Gumbel domain's tail).

    Also fits a generalised Pareto shape as a check: a clearly positive shape would mean a heavier tail than
    the exponential extrapolation assumes.
    """
    from scipy import stats

    values = np.sort(np.asarray([s for s in samples if s > 0]))
    start = float(np.quantile(values, 1 - fraction))
    excess = values[values > start] - start
    scale = float(excess.mean())
    shape = float(stats.genpareto.fit(excess, floc=0)[0])
    return {"start": start, "fraction": fraction, "scale": scale, "exceedances": float(excess.size),
            "scale_upper": scale * (1 + 1.645 / math.sqrt(excess.size)), "gpd_shape": shape}


def tail_probability(fit: dict[str, float], score: float, scale_key: str = "scale_upper") -> float:
    return fit["fraction"] * math.exp(-(score - fit["start"]) / fit[scale_key]) if score > fit["start"] else 1.0


def tail_threshold(fit: dict[str, float], probability: float) -> float:
    return fit["start"] + fit["scale_upper"] * math.log(fit["fraction"] / probability)


def ecc_false_accept() -> dict[str, float]:
    """P(a random soft word decodes and passes the version check), analytically and by a small simulation."""
    code = wm_format._CODE
    sphere = sum(math.comb(code.n, i) for i in range(code.t + 1))
    per_decode = sphere / 2 ** (code.n - code.k)
    decodes = wm_calibration._DECODE_TRIES * (1 + 2**wm_format._CHASE_BITS)
    analytic = min(1.0, decodes * per_decode / 2**wm_format._VERSION_BITS)
    rng = np.random.default_rng(SEED + 3)
    trials, accepted = 300, 0
    for _ in range(trials):
        soft = rng.normal(size=code.n)
        decoded = code.decode((soft > 0).astype(np.uint8)) or code.decode_soft(soft, chase_bits=wm_format._CHASE_BITS)
        accepted += decoded is not None
    return {"analytic": analytic, "per_hard_decode": per_decode, "simulated_trials": trials,
            "simulated_accepts": accepted}


def baseline_module(rev: str) -> ModuleType | None:
    """`openbanana.imaging.watermark` as of git revision `rev`, imported under another name (None if unavailable),
    with that revision's other watermark modules and `spectral_fold` in place of today's, so a ratio against it
    times the baseline's own code throughout (the watermark has been split by job into several modules)."""
    names = [name for name in _imaging_files_at(rev) if name.startswith("watermark") or name == "spectral_fold.py"]
    if "watermark.py" not in names:
        return None
    prefix = f"baseline_{re.sub(r'[^0-9A-Za-z]', '_', rev)}_"
    folder = Path(tempfile.mkdtemp())
    for name in names:
        source = _source_at(rev, name) or ""
        source = re.sub(r"openbanana\.imaging\.(watermark\w*|spectral_fold)\b", prefix + r"\1", source)
        (folder / f"{prefix}{name}").write_text(source)
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(prefix + "watermark")
    finally:
        sys.path.remove(str(folder))


def _imaging_files_at(rev: str) -> list[str]:
    """The file names in src/openbanana/imaging/ at git revision `rev` (none if unavailable)."""
    root = Path(__file__).resolve().parent.parent
    try:
        listing = subprocess.run(["git", "ls-tree", "--name-only", f"{rev}:src/openbanana/imaging/"], cwd=root,
                                 check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return listing.split()


def _source_at(rev: str, name: str) -> str | None:
    """The text of src/openbanana/imaging/`name` at git revision `rev` (None if unavailable)."""
    root = Path(__file__).resolve().parent.parent
    try:
        return subprocess.run(["git", "show", f"{rev}:src/openbanana/imaging/{name}"], cwd=root,
                              check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def timing(log: Callable[[str], None], reps: int, baseline: ModuleType | None) -> dict[str, dict[str, float]]:
    """Median embed/detect times; the baseline, if any, runs alternately with the current code on the same image.

    Detection is timed after all the embeds, so that neither inherits the other's freed memory, each module on the
    image it marked itself (payload formats differ between revisions), with the default issuer (which the current
    format's check covers).
    """
    rng = np.random.default_rng(SEED + 2)
    out: dict[str, dict[str, float]] = {"load_before": {"loadavg_1min": os.getloadavg()[0]}}
    modules = {"": wm} if baseline is None else {"": wm, "baseline_": baseline}
    for label, (w, h) in {"1K": (1024, 1024), "2K": (2048, 2048), "4K": (4096, 4096)}.items():
        image = pink_noise(w, h, rng)
        marks = {prefix: module.embed_watermark(image, module.WatermarkPayload(1, 0xC0FFEE), KEY)
                 for prefix, module in modules.items()}
        times: dict[str, list[float]] = {}
        for step in ("embed", "detect"):
            for _ in range(reps + 1):  # the first round warms the key caches and is dropped
                for prefix, module in modules.items():
                    payload = module.WatermarkPayload(1, 0xC0FFEE)
                    start = time.perf_counter()
                    if step == "embed":
                        module.embed_watermark(image, payload, KEY)
                    else:
                        module.detect_watermark(marks[prefix], KEY)
                    times.setdefault(prefix + step, []).append(time.perf_counter() - start)
        row = {"pixels": float(w * h)}
        row.update({f"{name}_ms": 1000 * statistics.median(values[1:]) for name, values in times.items()})
        if baseline is not None:
            row["embed_speedup"] = row["baseline_embed_ms"] / row["embed_ms"]
            row["detect_speedup"] = row["baseline_detect_ms"] / row["detect_ms"]
        out[label] = row
        log(f"timing {label}: {row}")
    out["load_after"] = {"loadavg_1min": os.getloadavg()[0]}
    return out


# ---------------------------------------------------------------------------------------------- report


def environment() -> dict[str, Any]:
    return {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {_cores()} cores, CPU only",
            "python": platform.python_version(), "numpy": np.__version__, "pillow": PIL.__version__}


def summarise(rob: Robustness | None, fp: FalsePositives | None) -> dict[str, Any]:
    """The robustness and false-positive summaries, either of which may be left out (`--part`)."""
    return {**(summarise_robustness(rob) if rob else {}), **(summarise_false_positives(fp) if fp else {})}


def summarise_robustness(rob: Robustness) -> dict[str, Any]:
    psnr = sorted(rob.psnr)
    return {
        "marked_images": rob.images,
        "attacks": {name: {"recovered": rob.ok[name], "rate": rob.ok[name] / rob.images,
                           "wrong_payload": rob.wrong[name],
                           "score_min": min(rob.scores[name]), "score_median": statistics.median(rob.scores[name]),
                           "failures": rob.failures.get(name, [])[:8]}
                    for name in rob.ok},
        "images_saturated_by_brightening": rob.saturated_by_brightening,
        "clipped_by_brightening": {"images": len(rob.clipped_scores), "failures": rob.clipped_failures,
                                   "score_min": min(rob.clipped_scores, default=0.0),
                                   "score_median": statistics.median(rob.clipped_scores or [0.0])},
        "wrong_key": {"found": rob.wrong_key_found, "score_max": max(rob.wrong_key_scores)},
        "psnr": {"min": psnr[0], "p5": psnr[max(0, int(0.05 * len(psnr)) - 1)], "median": statistics.median(psnr),
                 "max": psnr[-1], "below_40": sum(p < 40 for p in psnr)},
    }


def summarise_false_positives(fp: FalsePositives) -> dict[str, Any]:
    bound = wm_search._CANDIDATES
    per_candidate = tail_fit(fp.candidate_scores)
    per_image = tail_fit(fp.image_scores)
    ecc = ecc_false_accept()
    module_sync = min(1.0, bound * tail_probability(per_candidate, wm.SCORE_THRESHOLD))
    checked = (tail_probability(per_image, wm.CHECKED_THRESHOLD) * wm_calibration._CHECK_FALSE_ACCEPT
               + tail_probability(per_image, wm.V2_THRESHOLD) * wm_calibration._V2_CHECK_FALSE_ACCEPT)
    return {
        "false_positives": {
            "images": fp.images, "found": fp.found, "candidate_scores": len(fp.candidate_scores),
            "degenerate_images": sum(s <= 0 for s in fp.image_scores),
            "candidates_max": max(fp.candidates), "candidates_median": statistics.median(fp.candidates),
            "score_quantiles": {q: float(np.quantile(fp.image_scores, q)) for q in (0.5, 0.9, 0.99, 1.0)},
            "score_by_kind_max": {k: max(v) for k, v in fp.by_kind.items()},
            "edge_preserving": {"images": len(fp.edge_preserving), "score_max": max(fp.edge_preserving, default=0.0)},
            "tail_per_candidate": per_candidate,
            "tail_per_image": per_image,
            "calibrated_threshold": tail_threshold(per_candidate, FALSE_POSITIVE_TARGET / bound),
            "image_fit_threshold": tail_threshold(per_image, FALSE_POSITIVE_TARGET),
            "module_threshold": wm.SCORE_THRESHOLD,
            "module_constants": {"start": wm_calibration._TAIL_START, "fraction": wm_calibration._TAIL_FRACTION,
                                 "scale": wm_calibration._TAIL_SCALE},
            "estimated_fp_sync": module_sync,
            "estimated_fp_sync_image_fit": tail_probability(per_image, wm.SCORE_THRESHOLD),
            "scan_threshold": wm.SCAN_THRESHOLD,
            "estimated_fp_scan_image_fit": tail_probability(per_image, wm.SCAN_THRESHOLD),
            "checked_threshold": wm.CHECKED_THRESHOLD,
            "checks": {"analytic": wm_calibration._CHECK_FALSE_ACCEPT,
                       "analytic_v2": wm_calibration._V2_CHECK_FALSE_ACCEPT,
                       "v2_threshold": wm.V2_THRESHOLD, "reads": fp.checked_reads, "passes": fp.checked_passes,
                       "edge_reads": fp.edge_reads, "edge_passes": fp.edge_passes},
            "estimated_fp_checked_image_fit": checked,
            # An image found by a score-alone route has its best score above SCORE_THRESHOLD (< SCAN_THRESHOLD).
            "estimated_fp_total_image_fit": tail_probability(per_image, wm.SCORE_THRESHOLD) + checked,
            "ecc": ecc,
            "estimated_fp_with_ecc": module_sync * ecc["analytic"],
        },
    }


def print_header(summary: dict[str, Any]) -> None:
    print(f"Invisible watermark benchmark: {summary['date']}, {summary['machine']}, Python {summary['python']}, "
          f"numpy {summary['numpy']}, Pillow {summary['pillow']}")


def print_report(summary: dict[str, Any]) -> None:
    print(f"\nRobustness: exact payload recovered, {summary['marked_images']} marked images\n")
    print("| attack | recovered | rate | wrong payload | score min | score median |")
    print("|---|---|---|---|---|---|")
    for name, row in summary["attacks"].items():
        print(f"| {name} | {row['recovered']}/{summary['marked_images']} | {100 * row['rate']:.1f} % "
              f"| {row['wrong_payload']} | {row['score_min']:.1f} | {row['score_median']:.1f} |")
    print(f"\nImages with < 2 % of pixels below 212 (fully saturated by +20 % brightness): "
          f"{summary['images_saturated_by_brightening']}")
    c = summary["clipped_by_brightening"]
    print(f"Images left >= {100 * CLIPPED:.0f} % clipped by +20 % brightness: {c['images']}, failures {c['failures']}, "
          f"score min {c['score_min']:.1f}, median {c['score_median']:.1f}")
    print(f"Wrong key on the marked images: found {summary['wrong_key']['found']}, "
          f"max score {summary['wrong_key']['score_max']:.2f}")
    for name, row in summary["attacks"].items():
        if row["failures"]:
            print(f"  failures, {name}: {', '.join(row['failures'])}")
    p = summary["psnr"]
    print(f"\nPSNR dB: min {p['min']:.1f}, p5 {p['p5']:.1f}, median {p['median']:.1f}, max {p['max']:.1f}; "
          f"{p['below_40']} images below 40 dB")


def print_false_positives(summary: dict[str, Any]) -> None:
    f = summary["false_positives"]
    q = f["score_quantiles"]
    print(f"\nFalse positives: {f['images']} unmarked images, {f['candidate_scores']} per-candidate scores "
          f"(median {f['candidates_median']:.0f}, max {f['candidates_max']} candidates per image)")
    print(f"  image score quantiles: median {q[0.5]:.2f}, p90 {q[0.9]:.2f}, p99 {q[0.99]:.2f}, max {q[1.0]:.2f}")
    print(f"  max score by kind: {', '.join(f'{k} {v:.2f}' for k, v in f['score_by_kind_max'].items())}")
    print(f"  images searched with the edge-preserving (clipped-image) field too: {f['edge_preserving']['images']}, "
          f"max score {f['edge_preserving']['score_max']:.2f}")
    t = f["tail_per_candidate"]
    print(f"  tail fit per candidate (top {100 * t['fraction']:.0f} %, {t['exceedances']:.0f} exceedances over "
          f"{t['start']:.3f}): scale {t['scale']:.3f} (95 % upper {t['scale_upper']:.3f}), "
          f"GPD shape {t['gpd_shape']:+.3f}")
    print(f"  threshold for {FALSE_POSITIVE_TARGET:g} with {wm_search._CANDIDATES} candidates (Bonferroni): "
          f"{f['calibrated_threshold']:.2f}; from the per-image-max fit: {f['image_fit_threshold']:.2f}; "
          f"module threshold {f['module_threshold']:.2f} "
          f"(start {f['module_constants']['start']}, scale {f['module_constants']['scale']})")
    e = f["ecc"]
    print(f"  estimated FP rate at the module threshold: sync alone {f['estimated_fp_sync']:.1e} "
          f"(per-image-max fit {f['estimated_fp_sync_image_fit']:.1e}); ECC + version gate "
          f"{e['analytic']:.1e} (simulated {e['simulated_accepts']}/{e['simulated_trials']}); "
          f"combined {f['estimated_fp_with_ecc']:.1e}")
    print(f"  scan threshold {f['scan_threshold']:.2f} (only when the fixed guesses do not decode): per-image-max fit "
          f"there {f['estimated_fp_scan_image_fit']:.1e}")
    v = f["checks"]
    print(f"  version-1 route from {f['checked_threshold']:.2f} (payload must pass CRC-16 + version, analytic "
          f"{v['analytic']:.1e} per image), version-2 route from {v['v2_threshold']:.2f} (CRC-24 + version, "
          f"{v['analytic_v2']:.1e}): {v['passes']} of {v['reads']} reads at the best peaks and {v['edge_passes']} of "
          f"{v['edge_reads']} version-2 reads at the last stage's peaks (edge, median and non-local fields)"
          f" passed with no score threshold; "
          f"per-image-max fit x check there {f['estimated_fp_checked_image_fit']:.1e}; total "
          f"(score alone from {f['module_threshold']:.2f}, + the version-1/2 route) "
          f"{f['estimated_fp_total_image_fit']:.1e}")
    print(f"  found on unmarked images: {f['found']} of {f['images']} ({f['degenerate_images']} degenerate: "
          "no detail at all, score 0)")


def print_timing(summary: dict[str, Any]) -> None:
    timing = summary["timing"]
    print(f"\nTiming (load average {timing['load_before']['loadavg_1min']:.1f} before, "
          f"{timing['load_after']['loadavg_1min']:.1f} after; other processes share the 2 cores)")
    with_baseline = "embed_speedup" in timing.get("1K", {})
    if with_baseline:
        print(f"\n| size | pixels | embed median | detect median | baseline ({summary['baseline']}) embed / detect "
              "| embed speed-up | detect speed-up |\n|---|---|---|---|---|---|---|")
    else:
        print("\n| size | pixels | embed median | detect median |\n|---|---|---|---|")
    for label, row in timing.items():
        if "pixels" not in row:
            continue
        line = f"| {label} | {row['pixels'] / 1e6:.1f} MP | {row['embed_ms']:.0f} ms | {row['detect_ms']:.0f} ms |"
        if with_baseline:
            line += (f" {row['baseline_embed_ms']:.0f} / {row['baseline_detect_ms']:.0f} ms "
                     f"| {row['embed_speedup']:.2f}x | {row['detect_speedup']:.2f}x |")
        print(line)


def _cores() -> int:
    return os.cpu_count() or 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a smoke run: ~20 marked and ~200 unmarked images")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of tables")
    parser.add_argument("--seed", type=int, default=SEED,
                        help="seed for the image sets; another value gives an independent validation set")
    parser.add_argument("--timing", action="store_true", help="only the speed study")
    parser.add_argument("--part", choices=("all", "robustness", "false-positives"), default="all",
                        help="run only the marked images' attacks or only the unmarked set (with --timing off)")
    parser.add_argument("--every", type=int, default=1, help="only every N-th unmarked image (an evenly spread 1/N)")
    parser.add_argument("--baseline", default=BASELINE_REV,
                        help="git revision of the module to time alongside the current one ('none' to skip)")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    baseline = None if args.baseline == "none" else baseline_module(args.baseline)
    if baseline is None and args.baseline != "none":
        log(f"baseline {args.baseline} not available (no git checkout?): timing the current code only")
    summary = {**environment(), "seed": args.seed, "baseline": args.baseline,
               "timing": timing(log, 3 if args.quick else 7, baseline) if args.part == "all" else {}}
    if not args.timing:
        rob = robustness(args.quick, args.seed, log) if args.part != "false-positives" else None
        fp = false_positives(args.quick, args.seed, log, args.every) if args.part != "robustness" else None
        summary.update(summarise(rob, fp))
    summary["wall_s"] = time.perf_counter() - started
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print_header(summary)
    if "attacks" in summary:
        print_report(summary)
    if summary["timing"]:
        print_timing(summary)
    if "false_positives" in summary:
        print_false_positives(summary)
    print(f"\n(wall time {summary['wall_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
