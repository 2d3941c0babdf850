"""Whole-photo styles: watercolour, pencil sketch, cartoon, oil paint, pixel art, vintage film, black and white, HDR,
a colouring page, a blueprint; autumn foliage and spring blossom come from season_styles.py, a cyanotype and a tile
mosaic and a chalk drawing from print_styles.py.

The costly filters run on a copy of at most 1K and are scaled back up (their output is smooth, so nothing shows);
what must stay crisp (pencil lines, pixel edges, grain, HDR's detail) is made or applied at full size.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, luma, resize_to, shrink, u8
from openbanana.engines.draft.photo.block_prints import linocut
from openbanana.engines.draft.photo.camera_looks import thermal, tilt_shift, x_ray
from openbanana.engines.draft.photo.neon import neon
from openbanana.engines.draft.photo.press_prints import halftone, risograph
from openbanana.engines.draft.photo.print_styles import chalk, cyanotype, mosaic
from openbanana.engines.draft.photo.season_styles import autumn, spring
from openbanana.engines.draft.photo.skies import fractal_noise
from openbanana.engines.draft.photo.stencil import stencil

STYLE_LONG_SIDE = 1024


def _full(small: U8 | F32, rgb: U8) -> F32:
    return np.asarray(resize_to(small.astype(np.float32), rgb.shape[1], rgb.shape[0]), np.float32)


def _paper(height: int, width: int, rng: random.Random, strength: float) -> F32:
    """A paper's tooth: low-contrast fibres of seeded noise around 1."""
    grain = fractal_noise(max(2, width // 4), max(2, height // 4), rng, octaves=4, base=24)
    return np.asarray(1 - strength + strength * 2 * cv2.resize(grain, (width, height)), np.float32)


def watercolor(rgb: U8, rng: random.Random) -> U8:
    """Transparent washes on paper: the photo's colour areas (mean shift at 512 px, no outlines) softened and bled
    past their edges, a thin darker rim of pigment where a wash dried, blotches of uneven pigment, granulation, and
    the paper showing through the light parts."""
    small = shrink(rgb, 512)
    areas = cv2.pyrMeanShiftFiltering(small, 7, 30).astype(np.float32)
    height, width = small.shape[:2]
    amplitude = width / 120
    dx = (fractal_noise(width, height, rng, octaves=3, base=10) - 0.5) * 2 * amplitude
    dy = (fractal_noise(width, height, rng, octaves=3, base=10) - 0.5) * 2 * amplitude
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    bled = f32(cv2.GaussianBlur(cv2.remap(areas, xs + dx, ys + dy, cv2.INTER_LINEAR,
                                          borderMode=cv2.BORDER_REFLECT), (0, 0), max(1.0, width / 400)))
    gray = bled.mean(axis=2)
    rims = np.abs(gray - cv2.GaussianBlur(gray, (0, 0), 1.5))
    pigment = 1 + 0.14 * (fractal_noise(width, height, rng, octaves=3, base=6) - 0.5)
    granulation = 1 - 0.08 * fractal_noise(width, height, rng, octaves=2, base=90)
    washed = bled * (1 - np.clip(rims / 60, 0, 0.18))[..., None] * (pigment * granulation)[..., None]
    lightness = washed.mean(axis=2, keepdims=True) / 255
    paper = np.asarray([252, 249, 242], np.float32)
    transparent = washed + (paper - washed) * (0.22 + 0.3 * lightness**2)  # light washes thin to the paper
    out = _full(transparent, rgb) * _paper(rgb.shape[0], rgb.shape[1], rng, 0.06)[..., None]
    return u8(out)


def pencil_sketch(rgb: U8, rng: random.Random) -> U8:
    """Graphite on paper: a colour-dodge sketch (the photo's edges as lines, its flat areas as paper) at ≤ 1K, with
    a little of OpenCV's pencil shading for texture, on a warm paper."""
    small = shrink(rgb, STYLE_LONG_SIDE)
    gray = 50 + f32(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)) * np.float32(205 / 255)  # no solid black fills
    blurred = f32(cv2.GaussianBlur(255 - gray, (0, 0), max(2.0, small.shape[1] / 120)))
    dodge = np.clip(gray * 255 / np.maximum(255 - blurred, 1), 0, 255) / 255
    shading, _ = cv2.pencilSketch(small, sigma_s=50, sigma_r=0.08, shade_factor=0.02)
    strokes = f32(np.clip(dodge ** 3 * 0.8 + f32(shading) / 255 * 0.2, 0, 1))
    full = _full(strokes, rgb) * _paper(rgb.shape[0], rgb.shape[1], rng, 0.04)
    paper = np.asarray([250, 246, 236], np.float32)
    return u8(full[..., None] * paper)


def cartoon(rgb: U8, rng: random.Random) -> U8:
    """Flat colour areas (bilateral smoothing, then a palette of 10 colours) with bold dark outlines."""
    small = shrink(rgb, STYLE_LONG_SIDE)
    smooth = small
    for _ in range(2):
        smooth = u8(cv2.bilateralFilter(smooth, 9, 60, 7))
    flat = _palette(smooth, 10, rng)
    hsv = cv2.cvtColor(flat, cv2.COLOR_RGB2HSV)
    hsv[..., 1] = np.clip(hsv[..., 1].astype(np.float32) * 1.2, 0, 255).astype(np.uint8)
    flat = u8(cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB))
    return u8(_full(flat, rgb) * _outlines(small, rgb)[..., None])


def _outlines(small: U8, rgb: U8) -> F32:
    """Bold dark outlines at the photo's size (0 on a line, 1 off it), found on the small copy."""
    gray = cv2.medianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), 7)
    block = max(7, (small.shape[1] // 80) | 1)
    lines = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 7) == 0
    lines = _long_lines(lines, max(8, small.shape[1] // 60))  # outlines, not the specks of grass or gravel
    ink = _full(np.where(lines, 0, 255).astype(np.uint8), rgb) / 255
    return f32(np.clip((ink - 0.35) / 0.4, 0, 1))


POP_PALETTES = (((24, 22, 80), (232, 40, 126), (255, 214, 0), (140, 228, 255)),
                ((40, 10, 60), (255, 90, 40), (60, 200, 120), (255, 240, 120)),
                ((10, 40, 90), (250, 60, 60), (255, 170, 200), (255, 250, 200)))


def pop_art(rgb: U8, rng: random.Random) -> U8:
    """A screen print: four flat inks of a bold palette by brightness, halftone dots in the middle tones, and the
    cartoon's outlines."""
    small = shrink(rgb, STYLE_LONG_SIDE)
    smooth = small
    for _ in range(2):
        smooth = u8(cv2.bilateralFilter(smooth, 9, 60, 7))
    gray = cv2.cvtColor(smooth, cv2.COLOR_RGB2GRAY)
    levels = np.digitize(gray, np.quantile(gray, [0.22, 0.5, 0.78]))
    flat = np.asarray(rng.choice(POP_PALETTES), np.float32)[levels]
    pitch = max(4, small.shape[1] // 110)
    ys, xs = np.mgrid[0:small.shape[0], 0:small.shape[1]]
    dots = ((xs % pitch - pitch / 2) ** 2 + (ys % pitch - pitch / 2) ** 2) < (pitch * 0.3) ** 2
    flat[dots & (levels == 2)] *= np.float32(0.78)
    return u8(_full(flat, rgb) * _outlines(small, rgb)[..., None])


def _long_lines(ink: np.ndarray, shortest: int) -> np.ndarray:
    """The connected strokes of `ink` whose box reaches `shortest` pixels in some direction; specks dropped."""
    _count, parts, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    long_parts = np.flatnonzero(np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) >= shortest)
    return np.isin(parts, long_parts[long_parts > 0])


def _palette(rgb: U8, colors: int, rng: random.Random) -> U8:
    """Every pixel replaced by the nearest of `colors` k-means colours, learned from a sample of the pixels."""
    pixels = rgb.reshape(-1, 3).astype(np.float32)
    generator = np.random.default_rng(rng.getrandbits(32))
    sample = pixels[generator.choice(len(pixels), size=min(len(pixels), 20_000), replace=False)]
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 16, 1.0)
    cv2.setRNGSeed(rng.getrandbits(31))
    _, _, centres = cv2.kmeans(sample, min(colors, len(sample)), np.empty(0), criteria, 1, cv2.KMEANS_PP_CENTERS)
    centres = centres.astype(np.float32)
    distances = (pixels ** 2).sum(1)[:, None] - 2 * pixels @ centres.T + (centres ** 2).sum(1)[None, :]
    nearest = np.argmin(distances, axis=1)
    return u8(centres[nearest]).reshape(rgb.shape)


def oil_paint(rgb: U8, rng: random.Random) -> U8:
    """Thick paint: mean-shift colour areas at 768 px, brush strokes that follow the photo's contours, a lit
    impasto relief."""
    small = shrink(rgb, 768)  # at 512 px, or merging wider colour ranges, thin dark towers melted into a dusk sky
    areas = cv2.pyrMeanShiftFiltering(small, 6, 18)
    areas = u8(cv2.medianBlur(areas, 3))
    full = _full(areas, rgb)
    height, width = rgb.shape[:2]
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    gx, gy = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=5), cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=5)
    along_x = np.abs(gx) < np.abs(gy)  # strokes run along edges, not across them
    generator = np.random.default_rng(rng.getrandbits(32))
    bristles = generator.random((height, width), dtype=np.float32)
    length = max(5, width // 120) | 1
    horizontal = cv2.blur(bristles, (length, 1))
    vertical = cv2.blur(bristles, (1, length))
    strokes = np.where(along_x, horizontal, vertical)
    strokes = (strokes - strokes.mean()) / max(float(strokes.std()), 1e-6)  # unit contrast, whatever the length
    relief = cv2.Sobel(cv2.GaussianBlur(strokes, (3, 3), 0), cv2.CV_32F, 1, 1, ksize=3)
    lit = full * (1 + 0.06 * strokes[..., None]) + np.clip(relief * 6, -22, 22)[..., None]
    return u8(lit)


def pixel_art(rgb: U8, rng: random.Random) -> U8:
    """About 96 big pixels across, in a palette of 24 colours, scaled back up with hard edges."""
    height, width = rgb.shape[:2]
    across = 96
    cells = (across, max(1, round(across * height / width)))
    tiny = u8(cv2.resize(cv2.bilateralFilter(shrink(rgb, 512), 7, 50, 5), cells, interpolation=cv2.INTER_AREA))
    return u8(cv2.resize(_palette(tiny, 24, rng), (width, height), interpolation=cv2.INTER_NEAREST))


def vintage_film(rgb: U8, rng: random.Random) -> U8:
    """Faded film: lifted blacks, warm highlights and cool shadows, less saturation, grain, a soft vignette."""
    image = rgb.astype(np.float32) / 255
    gray = luma(image)
    image = gray[..., None] + (image - gray[..., None]) * 0.72
    image = 0.08 + image * 0.84  # faded: no true black, no pure white
    tint_shadow, tint_light = np.asarray([0.0, 0.02, 0.05], np.float32), np.asarray([0.06, 0.025, -0.04], np.float32)
    image = image + tint_shadow * (1 - gray[..., None]) + tint_light * gray[..., None]
    height, width = rgb.shape[:2]
    generator = np.random.default_rng(rng.getrandbits(32))
    grain = cv2.GaussianBlur(generator.normal(0, 0.035, (height, width)).astype(np.float32), (0, 0), 0.8)
    ys, xs = np.ogrid[0:height, 0:width]
    distance = ((xs / width - 0.5) ** 2 + (ys / height - 0.5) ** 2).astype(np.float32)
    vignette = 1 - 0.55 * distance
    return u8((image + grain[..., None]) * vignette[..., None] * 255)


def black_and_white(rgb: U8, rng: random.Random) -> U8:
    """A filmic monochrome: a red-leaning channel mix, a gentle S-curve."""
    gray = rgb.astype(np.float32) @ np.asarray([0.4, 0.45, 0.15], np.float32) / 255
    curved = gray + 0.35 * gray * (1 - gray) * (gray - 0.5) * 4
    return np.repeat(u8(curved * 255)[..., None], 3, axis=2)


def hdr(rgb: U8, rng: random.Random) -> U8:
    """Local-contrast "HDR": OpenCV's detail enhancement at ≤ 1K, its added detail applied to the full photo, the
    shadows opened up."""
    small = shrink(rgb, STYLE_LONG_SIDE)
    enhanced = cv2.detailEnhance(small, sigma_s=12, sigma_r=0.2)
    detail = _full(enhanced.astype(np.float32) - small.astype(np.float32), rgb)
    base = rgb.astype(np.float32)
    luma = base.mean(axis=2, keepdims=True) / 255
    opened = base * (1 + 0.35 * (1 - luma) ** 2)
    return u8(opened + detail * 1.2)


def coloring_page(rgb: U8, rng: random.Random) -> U8:
    """Black outlines on white paper, nothing filled in."""
    return u8(np.repeat((255 - 235 * _line_art(rgb, rng))[..., None], 3, axis=2))


BLUEPRINT_PAPER, BLUEPRINT_INK = (24, 66, 140), (236, 244, 255)


def blueprint(rgb: U8, rng: random.Random) -> U8:
    """A blueprint: the photo's outlines as pale lines on deep blue paper ruled with a faint grid, the blue a little
    uneven as a print's is."""
    height, width = rgb.shape[:2]
    lines = np.clip((_line_art(rgb, rng) - 0.4) / 0.3, 0, 1)  # thinner than a colouring page's: a pen, not a brush
    grid = np.zeros((height, width), np.float32)
    step = max(8, round(max(width, height) / 28))
    thick = max(1, round(step / 40))
    for offset in range(step // 2, width, step):
        grid[:, offset:offset + thick] = 1.0
    for offset in range(step // 2, height, step):
        grid[offset:offset + thick, :] = 1.0
    paper = np.asarray(BLUEPRINT_PAPER, np.float32) * _paper(height, width, rng, 0.08)[..., None]
    ink = np.clip(np.maximum(lines, grid * 0.18), 0, 1)[..., None]
    return u8(paper + (np.asarray(BLUEPRINT_INK, np.float32) - paper) * ink)


def _line_art(rgb: U8, rng: random.Random) -> F32:
    """How much each pixel is on an outline (1) or off it (0): the borders between the photo's flat colour areas
    (mean shift and a palette of 8 at 512 px) that follow an edge, with the specks of texture (grass, fur) dropped,
    drawn smooth at full size."""
    small = shrink(rgb, 512)
    areas = _palette(u8(cv2.pyrMeanShiftFiltering(u8(cv2.bilateralFilter(small, 9, 60, 7)), 8, 36)), 8, rng)
    label = areas.astype(np.int32) @ np.asarray([65536, 256, 1], np.int32)
    border = np.zeros(label.shape, bool)
    border[:, 1:] |= label[:, 1:] != label[:, :-1]
    border[1:, :] |= label[1:, :] != label[:-1, :]
    gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), (0, 0), 1.5)
    edges = cv2.dilate(cv2.Canny(gray, 30, 80), np.ones((3, 3), np.uint8)) > 0
    border &= edges  # a border across soft shading (a cheek, a fold) is no outline to colour up to
    lines = _long_lines(border, max(12, small.shape[1] // 25)).astype(np.float32)
    ink = _full(f32(cv2.GaussianBlur(lines, (0, 0), 0.8)), rgb)
    return f32(np.clip((ink - 0.12) / 0.25, 0, 1))


STYLES: dict[str, Callable[[U8, random.Random], U8]] = {
    "watercolor": watercolor, "pencil_sketch": pencil_sketch, "cartoon": cartoon, "oil_painting": oil_paint,
    "pixel_art": pixel_art, "vintage_film": vintage_film, "black_and_white": black_and_white, "hdr": hdr,
    "coloring_page": coloring_page, "autumn": autumn, "spring": spring, "pop_art": pop_art, "blueprint": blueprint,
    "cyanotype": cyanotype, "mosaic": mosaic, "chalk": chalk, "linocut": linocut, "neon": neon,
    "halftone": halftone, "risograph": risograph, "thermal": thermal, "x_ray": x_ray, "tilt_shift": tilt_shift,
    "stencil": stencil,
}
