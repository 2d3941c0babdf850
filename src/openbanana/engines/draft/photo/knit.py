"""Make a drawn piece of clothing (a scarf) look worn in the photo rather than pasted on: rounded shading across its
width, knit ribs and yarn grain, soft edges, a contact shadow, and the photo's own light; and turn a drawn accessory
to the colour the request names ("a pink bow").

Why: a flat fill with hard outlines reads as a cartoon sticker on a photograph; shade that follows the fabric's
roll and a shadow where it lies on the body make it read as cloth in the scene.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.arrays import f32, resize_to, shrink

RIB = 0.035  # the knit ribs' spacing, as a share of the layer's width
SHADOW = 0.45  # how dark the contact shadow under the cloth is
SHADOW_SIDE = 640  # a layer longer than this has its shadow blurred on a copy this size


def knitted(layer: Image.Image, seed: int = 0) -> Image.Image:
    """`layer` (RGBA, the drawn cloth) shaded as a rolled knitted fabric, with a soft shadow round it."""
    rgba = np.asarray(layer, np.float32)
    alpha = rgba[..., 3] / 255
    height, width = alpha.shape
    inside = (alpha > 0.5).astype(np.uint8)
    depth = cv2.distanceTransform(inside, cv2.DIST_L2, 5)
    reach = max(2.0, float(np.percentile(depth[inside > 0], 90))) if inside.any() else 2.0
    roll = 0.62 + 0.38 * np.sqrt(np.clip(depth / reach, 0, 1))  # darker where the cloth turns away at its edges
    xs = np.arange(width, dtype=np.float32)[None, :]
    ys = np.arange(height, dtype=np.float32)[:, None]
    ribs = 0.9 + 0.1 * np.abs(np.sin(np.pi * (xs + 0.35 * ys) / max(2.0, RIB * width)))  # knit ribs
    grain = np.random.default_rng(seed).normal(1.0, 0.05, (height, width)).astype(np.float32)
    grain = f32(cv2.GaussianBlur(grain, (0, 0), 1.2))
    shade = f32(roll * ribs * grain)
    rgb = np.clip(rgba[..., :3] * shade[..., None], 0, 255)
    soft = f32(cv2.GaussianBlur(alpha, (0, 0), max(0.8, width / 500)))  # no cut-paper edge
    drop = max(2, round(height * 0.02))
    below = np.zeros_like(alpha)
    below[drop:] = alpha[:-drop]
    shadow = f32(_soft_shadow(below, max(2.0, width / 60)) * SHADOW)
    total = soft + shadow * (1 - soft)
    out_rgb = rgb * (soft / np.maximum(total, 1e-6))[..., None]  # the shadow is black, so it only weighs
    out = np.dstack([np.clip(out_rgb, 0, 255), np.clip(total * 255, 0, 255)]).astype(np.uint8)
    return Image.fromarray(out, "RGBA")


def _soft_shadow(mask: np.ndarray, sigma: float) -> np.ndarray:
    """`mask` blurred by `sigma`; a big layer (a beanie sized to a close-up's face at 2K) is blurred on a small copy,
    as a blur that wide loses nothing there (on the full layer it took six seconds)."""
    height, width = mask.shape
    if max(height, width) <= SHADOW_SIDE:
        return np.asarray(cv2.GaussianBlur(mask, (0, 0), sigma))
    small = shrink(mask, SHADOW_SIDE)
    blurred = cv2.GaussianBlur(small, (0, 0), sigma * small.shape[1] / width)
    return resize_to(blurred, width, height)


def in_light(layer: Image.Image, canvas: Image.Image, centre: tuple[float, float]) -> Image.Image:
    """`layer` dimmed to the photo's light where it goes (a scarf in a dim room is not lit like a studio)."""
    half_w, half_h = layer.width / 2, layer.height / 2
    box = (max(0, round(centre[0] - half_w)), max(0, round(centre[1] - half_h)),
           min(canvas.width, round(centre[0] + half_w)), min(canvas.height, round(centre[1] + half_h)))
    if box[2] <= box[0] or box[3] <= box[1]:
        return layer
    around = float(np.asarray(canvas.crop(box).convert("L"), np.float32).mean())
    factor = float(np.clip(0.55 + around / 255 * 0.6, 0.6, 1.0))
    rgba = np.asarray(layer, np.float32)
    rgba[..., :3] *= factor
    return Image.fromarray(np.clip(rgba, 0, 255).astype(np.uint8), "RGBA")


def tinted(layer: Image.Image, color: tuple[int, int, int]) -> Image.Image:
    """`layer` (RGBA) with its main colour turned to `color`'s hue and saturation, its own light and shade kept ("a
    pink bow" drawn from a red one)."""
    rgba = np.asarray(layer, np.uint8)
    hsv = cv2.cvtColor(np.ascontiguousarray(rgba[..., :3]), cv2.COLOR_RGB2HSV).astype(np.float32)
    target = cv2.cvtColor(np.asarray([[color]], np.uint8), cv2.COLOR_RGB2HSV)[0, 0].astype(np.float32)
    coloured = (hsv[..., 1] > 40) & (rgba[..., 3] > 0)  # outlines and highlights of grey or white stay as they are
    if coloured.any():  # only its main colour turns (a crown's gold, not its jewels)
        counts = np.bincount(hsv[..., 0][coloured].astype(np.int64), minlength=180)
        main = float(np.argmax(np.convolve(np.concatenate([counts[-5:], counts, counts[:5]]), np.ones(11), "valid")))
        coloured &= np.abs((hsv[..., 0] - main + 90) % 180 - 90) < 12
    value = hsv[..., 2] / max(1.0, float(np.percentile(hsv[..., 2][coloured], 90))) if coloured.any() else hsv[..., 2]
    hsv[..., 0] = np.where(coloured, target[0], hsv[..., 0])
    hsv[..., 1] = np.where(coloured, target[1], hsv[..., 1])
    hsv[..., 2] = np.where(coloured, np.clip(value * target[2], 0, 255), hsv[..., 2])
    rgb = cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB)
    return Image.fromarray(np.dstack([rgb, rgba[..., 3]]), "RGBA")
