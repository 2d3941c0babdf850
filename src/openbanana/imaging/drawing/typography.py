"""Set text drawn onto a picture so that it reads there: its colour, and what keeps the picture out of its letters.

* Colour from contrast: the palette's accent when it reads well (WCAG contrast >= 4.5), else white or ink; a plate
  behind the block where the ground is busy (spread in tone, or edges under the line: a window frame, plank seams;
  see busyness.py) or contrast is poor; a soft shadow (or a neon glow) otherwise.
* A clear band where the scene crosses the letters in their own colour: contrast is measured on the pixels right
  around each glyph, not only on the block's average. A white road line or horizon running through a white title
  would read as a stroke or an accent, so the ground behind the words is softened (thin detail melts into its own
  tone, the scene stays), and where a broad shape still meets them, a halo of the ground's own dark (or light)
  tone holds it back from every letter.

Fitting and setting the text itself (sizes, lines, spacing) is typesetting.py's; `fit_text` is named here too, as
the callers that measure text before drawing it have always imported it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from openbanana.imaging.drawing.busyness import busy_under
from openbanana.imaging.drawing.fonts import unset_characters
from openbanana.imaging.drawing.typesetting import MIN_FONT_PX, SetText, draw_runs, fit_text, line_boxes
from openbanana.plan import RGB, TextBlock

__all__ = ["INK", "PAPER", "Ground", "choose_color", "contrast", "draw_text", "draw_texts", "fit_text", "fits",
           "luminance", "read_ground"]

SOFTEN_EM = 0.7  # how far around the words the ground is softened, and how strongly, in ems
HALO_EM = 0.12  # how far a halo reaches from each glyph, in ems
CROSSED_CONTRAST = 1.8  # ground this close to the text's colour (WCAG ratio) is read as part of the letters
CROSSED_SHARE = 0.01  # a halo when this share of the ground around the glyphs is such ground
# A plate's opacity (of 255). Under a thinner plate the ground's marks stayed faint in the words: at 170 a seam ran
# through them, and at 220 a floor's tile seams crossed an italic capital's hairline arms and "Every" read "Lvery"
# (bench/plated_strings.py: at 235 it reads, and no other string read worse).
PLATE = 235  # over a ground of spread tone
EDGED_PLATE = 235  # over a ground whose edges run through the line
INK: RGB = (22, 22, 28)
PAPER: RGB = (250, 250, 247)


def luminance(color: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour (0..255 per channel)."""
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color[0]) + 0.7152 * channel(color[1]) + 0.0722 * channel(color[2])


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


@dataclass(frozen=True)
class Ground:
    mean: tuple[float, float, float]
    busy: float  # standard deviation of luminance, 0..1


def read_ground(canvas: Image.Image, box: tuple[int, int, int, int]) -> Ground:
    """The average colour and busyness of the canvas under a box (read from a small copy: fast at 4K)."""
    region = canvas.crop(box)
    small = region.reduce(max(1, min(region.size) // 48)) if min(region.size) > 96 else region
    pixels = np.asarray(small.convert("RGB"), dtype=np.float32).reshape(-1, 3)
    mean = pixels.mean(axis=0)
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32) / 255
    return Ground((float(mean[0]), float(mean[1]), float(mean[2])), float(luma.std()))


def choose_color(ground: Ground, accents: tuple[RGB, ...], role: str) -> RGB:
    """An accent colour when it reads clearly on this ground (headlines only), else white or ink."""
    if role == "headline":
        for accent in accents:
            if contrast(accent, ground.mean) >= 4.5 and ground.busy < 0.08:
                return accent
    return PAPER if contrast(PAPER, ground.mean) >= contrast(INK, ground.mean) else INK


def fits(fitted: SetText, block: TextBlock, canvas_size: tuple[int, int]) -> bool:
    """Whether the set text is whole inside its box at no less than the block's smallest size."""
    width, height = canvas_size
    left, top, right, bottom = block.box
    smallest = max(MIN_FONT_PX, block.min_size * height)
    inside = fitted.extent[0] <= (right - left) * width + 1.5 and fitted.extent[1] <= (bottom - top) * height + 1.5
    return inside and fitted.size + 0.5 >= smallest


def draw_texts(canvas: Image.Image, blocks: Sequence[TextBlock], accents: tuple[RGB, ...] = (),
               style: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Draw every block that fits whole at a readable size; returns what was left out, as the answer's sentences.
    A string is drawn whole and verbatim or not at all: never cut, never set smaller than its block allows; a
    character no bundled font has is the one exception, and the answer names it."""
    missing = []
    said: list[str] = []
    for block in blocks:
        if fits(fit_text(block, canvas.size), block, canvas.size):
            draw_text(canvas, block, accents, style)
            said.extend(_unset_sentence(block))
        else:
            missing.append(block.text)
    if missing:
        quoted = ", ".join(f'"{text}"' for text in missing)
        said.insert(0, f"{len(blocks) - len(missing)} of {len(blocks)} text blocks fit at a readable size; "
                       f"left out: {quoted}.")
    return tuple(said)


def _unset_sentence(block: TextBlock) -> tuple[str, ...]:
    """What the answer says of a string set without a character that no bundled font has."""
    lacking = unset_characters(block.text, block.font)
    if not lacking:
        return ()
    named = " or ".join(f'"{char}"' for char in lacking)
    pronoun = "it" if len(lacking) == 1 else "them"
    return (f'No bundled typeface has {named}, so "{block.text}" was set without {pronoun}.',)


def draw_text(canvas: Image.Image, block: TextBlock, accents: tuple[RGB, ...] = (),
              style: tuple[str, ...] = ()) -> tuple[int, int, int, int]:
    """Fit, colour and draw one block; returns the box the ink (and any plate) covers."""
    fitted = fit_text(block, canvas.size)
    pad = max(4, round(fitted.size * 0.35))
    x0, y0, x1, y1 = fitted.box
    area = (max(0, x0 - pad), max(0, y0 - pad), min(canvas.width, x1 + pad), min(canvas.height, y1 + pad))
    ground = read_ground(canvas, area)
    color = block.color or choose_color(ground, accents, block.role)
    treatment: str = block.treatment
    edged = False
    if treatment == "auto":
        weak = contrast(color, ground.mean) < 3.0
        # a frame or seams through any one line (a window's edge under a title's second line): a fuller plate
        lines = line_boxes(fitted, block) if len(fitted.lines) > 1 else [fitted.box]
        edged = any(busy_under(canvas, line, fitted.size) for line in lines)
        treatment = "plate" if weak or edged or ground.busy > 0.13 else ("shadow" if luminance(color) > 0.5 else "none")
        if treatment != "plate" and _crossed(canvas, fitted, block, color):
            _soften(canvas, fitted)  # thin detail (a road line, a horizon) behind the words melts into its ground
            treatment = "halo" if _crossed(canvas, fitted, block, color) else treatment
    if treatment == "halo":
        _halo(canvas, fitted, block, _halo_color(color, ground))
    elif treatment == "plate":
        plate = (12, 12, 16) if luminance(color) > 0.4 else (250, 250, 247)
        _plate(canvas, area, plate, fitted.size, EDGED_PLATE if edged else PLATE)
    elif treatment == "shadow":
        glow = "neon" in style and bool(accents)
        _soft_shadow(canvas, fitted, block, accents[0] if glow else (0, 0, 0), glow=glow)
    stroke = None
    if treatment == "outline":
        stroke = (max(1, fitted.size // 14), INK if luminance(color) > 0.4 else PAPER)
    draw_runs(canvas, fitted, block, color, stroke=stroke)
    return area if treatment == "plate" else fitted.box


def _plate(canvas: Image.Image, box: tuple[int, int, int, int], color: RGB, size: int, opacity: int) -> None:
    x0, y0, x1, y1 = box
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, x1 - x0 - 1, y1 - y0 - 1), radius=max(4, size // 4), fill=opacity)
    canvas.paste(color, (x0, y0), mask)


def _soft_shadow(canvas: Image.Image, fitted: SetText, block: TextBlock, color: RGB, *, glow: bool) -> None:
    """The text's silhouette, blurred at a quarter of the size (cheap at 4K) and laid under it, offset."""
    blur = max(2, fitted.size // (5 if glow else 9))
    x0, y0 = fitted.origin[0] - blur * 3, fitted.origin[1] - blur * 3
    w, h = fitted.extent[0] + blur * 6, fitted.extent[1] + blur * 6
    layer = Image.new("L", (w, h), 0)
    draw_runs(layer, fitted, block, 200 if glow else 140, offset=(x0, y0))
    factor = 4 if min(w, h) > 64 else 1
    small = layer.reduce(factor).filter(ImageFilter.GaussianBlur(blur / factor))
    layer = small.resize((w, h), Image.Resampling.BILINEAR)
    shift = 0 if glow else max(1, fitted.size // 24)
    canvas.paste(color, (x0 + shift, y0 + shift), layer)


def _silhouette(fitted: SetText, block: TextBlock, reach: int) -> tuple[Image.Image, tuple[int, int]]:
    """The text's ink as an L mask with `reach` pixels of room around it, and where its top-left lies."""
    x0, y0 = fitted.origin[0] - reach, fitted.origin[1] - reach
    layer = Image.new("L", (fitted.extent[0] + 2 * reach, fitted.extent[1] + 2 * reach), 0)
    draw_runs(layer, fitted, block, 255, offset=(x0, y0))
    return layer, (x0, y0)


def _near(layer: Image.Image, reach: int, factor: int) -> Image.Image:
    """Everything within about `reach` pixels of the ink (a blur stretched to full: a cheap dilation), at 1/factor."""
    small = layer.reduce(factor) if factor > 1 else layer
    return small.filter(ImageFilter.GaussianBlur(max(1.0, reach / factor / 2))).point(lambda v: min(255, v * 8))


def _crossed(canvas: Image.Image, fitted: SetText, block: TextBlock, color: RGB) -> bool:
    """Whether the ground right around the glyphs has enough of the text's own tone (a line, a cloud edge, a
    horizon) to merge with the letters: measured on the pixels there, at about 40 pixels to the em."""
    reach = max(2, round(fitted.size * HALO_EM))
    layer, (x0, y0) = _silhouette(fitted, block, reach)
    factor = max(1, round(fitted.size / 40))
    ground = canvas.crop((x0, y0, x0 + layer.width, y0 + layer.height))
    if factor > 1:
        ground, ink = ground.reduce(factor), layer.reduce(factor)
    else:
        ink = layer
    near = np.asarray(_near(layer, reach, factor)) > 0
    ring = near & (np.asarray(ink) < 8)
    if not ring.any():
        return False
    pixels = np.asarray(ground.convert("RGB"), dtype=np.float32)[ring] / 255
    linear = np.where(pixels <= 0.03928, pixels / 12.92, ((pixels + 0.055) / 1.055) ** 2.4)
    lum = linear @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)
    own = luminance(color)
    ratio = (np.maximum(lum, own) + 0.05) / (np.minimum(lum, own) + 0.05)
    return float((ratio < CROSSED_CONTRAST).mean()) > CROSSED_SHARE


def _soften(canvas: Image.Image, fitted: SetText) -> None:
    """Blur the ground behind the set words (SOFTEN_EM around them, feathered at the edge): lines and small
    marks fade into their surroundings while colours and broad shapes stay where they were."""
    pad = max(2, round(fitted.size * SOFTEN_EM))
    x0, y0, x1, y1 = fitted.box
    box = (max(0, x0 - pad), max(0, y0 - pad), min(canvas.width, x1 + pad), min(canvas.height, y1 + pad))
    region = canvas.crop(box)
    factor = max(1, min(region.size) // 96)
    small = region.reduce(factor) if factor > 1 else region
    blurred = small.filter(ImageFilter.GaussianBlur(pad / factor)).resize(region.size, Image.Resampling.BILINEAR)
    mask = Image.new("L", small.size, 0)
    inset = max(1, pad // (2 * factor))
    ImageDraw.Draw(mask).rectangle((inset, inset, small.width - 1 - inset, small.height - 1 - inset), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(inset / 2)).resize(region.size, Image.Resampling.BILINEAR)
    canvas.paste(blurred, box[:2], mask)


def _halo_color(color: RGB, ground: Ground) -> RGB:
    """The ground's own tone taken far from the text's: deep for light type, pale for dark type."""
    mean = ground.mean
    if luminance(color) > 0.4:
        halo = (round(mean[0] * 0.3), round(mean[1] * 0.3), round(mean[2] * 0.3))
        return halo if contrast(halo, color) >= 7.0 else INK
    halo = (round(255 - (255 - mean[0]) * 0.2), round(255 - (255 - mean[1]) * 0.2), round(255 - (255 - mean[2]) * 0.2))
    return halo if contrast(halo, color) >= 7.0 else PAPER


def _halo(canvas: Image.Image, fitted: SetText, block: TextBlock, color: RGB) -> None:
    """A band of `color` hugging every glyph (about HALO_EM wide, soft at its edge), laid under the text."""
    reach = max(2, round(fitted.size * HALO_EM))
    layer, origin = _silhouette(fitted, block, 2 * reach)
    factor = 4 if min(layer.size) > 64 else 1
    halo = _near(layer, reach, factor).resize(layer.size, Image.Resampling.BILINEAR)
    canvas.paste(color, origin, halo.point(lambda v: v * 235 // 255))
