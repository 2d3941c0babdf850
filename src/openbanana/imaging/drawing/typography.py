"""Text that looks set, not stamped.

* Font size fitted to the box: a binary search over sizes, on word widths measured once (they scale linearly), then
  checked at the chosen size with the real shaper.
* Line breaking: greedy at the box width, then balanced (the narrowest width that keeps the same number of lines),
  so a headline does not end on a lone word. CJK breaks between characters.
* Kerning, ligatures and Arabic joining come from the font (libraqm).
* Display lines (type at least DISPLAY_SHARE of the canvas height) space their words at least DISPLAY_GAP_EM apart:
  a geometric or display face's own space is narrow for its size, and a reader (a person at a glance, or OCR) then
  runs the words together or splits them mid-letter ("Morning  g Brew").
* Per-run font fallback (see fonts.py): CJK, Arabic, emoji inside quoted text are drawn with the right font.
* Colour from contrast: the palette's accent when it reads well (WCAG contrast >= 4.5), else white or ink; a plate
  behind the block where the ground is busy or contrast is poor; a soft shadow (or a neon glow) otherwise.
* A clear band where the scene crosses the letters in their own colour: contrast is measured on the pixels right
  around each glyph, not only on the block's average. A white road line or horizon running through a white title
  would read as a stroke or an accent, so the ground behind the words is softened (thin detail melts into its own
  tone, the scene stays), and where a broad shape still meets them, a halo of the ground's own dark (or light)
  tone holds it back from every letter.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from openbanana.imaging.drawing.fonts import Run, face_path, font_features, load_font, split_runs
from openbanana.imaging.drawing.glyphs import draw_sprite, ink_box, sprite, union_mask
from openbanana.plan import RGB, FontName, TextBlock

LINE_SPACING = 1.14
MIN_FONT_PX = 8
REF_SIZE = 200  # widths are measured at this size and scaled
EMOJI_SCALE = 0.92  # emoji drawn slightly smaller than the em, as type designers size them
DISPLAY_SHARE = 0.045  # type this large (a share of the canvas height) is display type
DISPLAY_GAP_EM = 0.34  # the least word space of display type, in ems
OWN_SPACING: frozenset[FontName] = frozenset({"script", "mono"})  # joined letters, fixed cells: spaced as drawn
SOFTEN_EM = 0.7  # how far around the words the ground is softened, and how strongly, in ems
HALO_EM = 0.12  # how far a halo reaches from each glyph, in ems
CROSSED_CONTRAST = 1.8  # ground this close to the text's colour (WCAG ratio) is read as part of the letters
CROSSED_SHARE = 0.01  # a halo when this share of the ground around the glyphs is such ground
INK: RGB = (22, 22, 28)
PAPER: RGB = (250, 250, 247)


@dataclass(frozen=True)
class Token:
    text: str
    space_before: bool
    width: float  # at REF_SIZE


@dataclass(frozen=True)
class SetText:
    """A text block after fitting: its size, lines (as runs), and where the block lands on the canvas."""

    size: int
    lines: tuple[tuple[Run, ...], ...]
    widths: tuple[float, ...]
    line_height: int
    ascent: int
    origin: tuple[int, int]  # the block's top-left
    extent: tuple[int, int]  # the block's width and height
    gap: float = 0.0  # pixels added to each word space (display type)

    @property
    def box(self) -> tuple[int, int, int, int]:
        x, y = self.origin
        return (x, y, x + self.extent[0], y + self.extent[1])


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """Breakable pieces: words, with each CJK character a piece of its own; (piece, preceded by a space)."""
    pieces: list[tuple[str, bool]] = []
    for word_index, word in enumerate(text.split()):
        current = ""
        first = True
        for char in word:
            if _is_cjk(char):
                if current:
                    pieces.append((current, first and word_index > 0))
                    first, current = False, ""
                pieces.append((char, first and word_index > 0))
                first = False
            else:
                current += char
        if current:
            pieces.append((current, first and word_index > 0))
    return pieces


@lru_cache(maxsize=4096)
def _run_width(text: str, path: str, size: int) -> float:
    if path.endswith("Pictograms-COLR.ttf"):
        left, _, right, _ = ink_box(text)
        return (right - left + 0.08) * size * EMOJI_SCALE
    return float(load_font(path, size).getlength(text, features=font_features(path)))


def _width(text: str, face: FontName, size: int) -> float:
    return sum(_run_width(run.text, run.path, size) for run in split_runs(text, face))


@lru_cache(maxsize=512)
def _tokens(text: str, face: FontName) -> tuple[tuple[Token, ...], ...]:
    """Per paragraph, the breakable tokens with their widths at REF_SIZE."""
    paragraphs = []
    for paragraph in text.split("\n"):
        paragraphs.append(tuple(Token(piece, space, _width(piece, face, REF_SIZE))
                                for piece, space in _pieces(paragraph)))
    return tuple(paragraphs)


def _space(face: FontName) -> float:
    return float(load_font(face_path(face), REF_SIZE).getlength(" "))


def _wrap(tokens: tuple[Token, ...], limit: float, space: float) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    width = 0.0
    for token in tokens:
        gap = space if token.space_before and lines[-1] else 0.0
        if lines[-1] and width + gap + token.width > limit:
            lines.append([token])
            width = token.width
        else:
            lines[-1].append(token)
            width += gap + token.width
    return lines


def _line_width(line: list[Token], space: float) -> float:
    return sum(t.width for t in line) + sum(space for t in line[1:] if t.space_before)


def _display_gap(face: FontName, size: float, canvas_height: int) -> float:
    """Pixels to add to each word space at this size: none for text (nor for a script or a monospaced face), enough
    for display type to reach DISPLAY_GAP_EM."""
    if size < DISPLAY_SHARE * canvas_height or face in OWN_SPACING:
        return 0.0
    return max(0.0, DISPLAY_GAP_EM * size - _space(face) * size / REF_SIZE)


def _widened(run: Run) -> int:
    """How many of the run's spaces display type widens: those between words set left to right (a right-to-left
    run is shaped whole, so its order stays the shaper's)."""
    if run.is_emoji or any(0x0590 <= ord(c) <= 0x08FF or 0xFB1D <= ord(c) <= 0xFEFC for c in run.text):
        return 0
    return run.text.count(" ")


def _layout(text: str, face: FontName, limit: float, space: float | None = None) -> list[list[Token]]:
    """Greedy lines at `limit` (REF_SIZE units), then balanced: the narrowest limit keeping the line count.
    `space`: the word space in REF_SIZE units (the face's own by default)."""
    space = _space(face) if space is None else space
    lines: list[list[Token]] = []
    for paragraph in _tokens(text, face):
        greedy = _wrap(paragraph, limit, space)
        if len(greedy) > 1:
            lo = max(t.width for t in paragraph)
            hi = limit
            for _ in range(12):
                mid = (lo + hi) / 2
                if len(_wrap(paragraph, mid, space)) <= len(greedy):
                    hi = mid
                else:
                    lo = mid
            greedy = _wrap(paragraph, hi, space)
        lines.extend(greedy)
    return lines


def _join(line: list[Token]) -> str:
    return "".join((" " if t.space_before and i else "") + t.text for i, t in enumerate(line))


@lru_cache(maxsize=64)
def _metrics(face: FontName) -> tuple[float, float]:
    ascent, descent = load_font(face_path(face), REF_SIZE).getmetrics()
    return ascent / REF_SIZE, descent / REF_SIZE


@lru_cache(maxsize=512)
def fit_text(block: TextBlock, canvas_size: tuple[int, int]) -> SetText:
    """The largest font size whose balanced lines fit the block's box (cached: shapes measure text first)."""
    width, height = canvas_size
    left, top, right, bottom = block.box
    box_w, box_h = max(1.0, (right - left) * width), max(1.0, (bottom - top) * height)
    ascent_em, descent_em = _metrics(block.font)
    space = _space(block.font)
    cap = box_h if block.max_size <= 0 else min(box_h, block.max_size * height)

    def fits(size: float) -> bool:
        scale = REF_SIZE / size
        spaced = space + _display_gap(block.font, size, height) * scale
        lines = _layout(block.text, block.font, box_w * scale, spaced)
        widest = max((_line_width(line, spaced) for line in lines), default=0.0) / scale
        total = size * (ascent_em + descent_em) + (len(lines) - 1) * size * (ascent_em + descent_em) * LINE_SPACING
        return widest <= box_w and total <= box_h

    lo, hi = float(MIN_FONT_PX), max(float(MIN_FONT_PX), cap)
    for _ in range(14):
        mid = (lo + hi) / 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    size = max(MIN_FONT_PX, math.floor(lo))
    while True:  # confirm with the shaper at the real size (hinting and kerning are not linear)
        set_text = _set(block, size, box_w, box_h, canvas_size)
        if (set_text.extent[0] <= box_w and set_text.extent[1] <= box_h + 0.5) or size <= MIN_FONT_PX:
            return set_text
        size = max(MIN_FONT_PX, math.floor(size * 0.96))


def _set(block: TextBlock, size: int, box_w: float, box_h: float, canvas_size: tuple[int, int]) -> SetText:
    width, height = canvas_size
    left, top, _, _ = block.box
    ascent_em, descent_em = _metrics(block.font)
    gap = _display_gap(block.font, size, height)
    spaced = _space(block.font) + gap * REF_SIZE / size
    lines = [_join(line) for line in _layout(block.text, block.font, box_w * REF_SIZE / size, spaced)]
    runs = tuple(tuple(split_runs(line, block.font)) for line in lines)
    widths = tuple(sum(_run_width(r.text, r.path, size) + gap * _widened(r) for r in line) for line in runs)
    ascent, descent = round(ascent_em * size), round(descent_em * size)
    line_h = round((ascent + descent) * LINE_SPACING)
    block_w = max(widths, default=0.0)
    block_h = line_h * (len(lines) - 1) + ascent + descent
    x0 = left * width
    x = {"left": x0, "right": x0 + box_w - block_w}.get(block.align, x0 + (box_w - block_w) / 2)
    x = max(math.floor(x0), min(round(x), math.floor(x0 + box_w) - math.ceil(block_w)))  # whole pixels, inside
    y = top * height + (box_h - block_h) / 2
    return SetText(size, runs, widths, line_h, ascent, (x, round(y)), (math.ceil(block_w), block_h), gap)


def _line_x(fitted: SetText, block: TextBlock, index: int) -> float:
    spare = fitted.extent[0] - fitted.widths[index]
    return fitted.origin[0] + {"left": 0.0, "right": spare}.get(block.align, spare / 2)


def draw_runs(target: Image.Image, fitted: SetText, block: TextBlock, fill: RGB | int,
              offset: tuple[int, int] = (0, 0), stroke: tuple[int, RGB] | None = None) -> None:
    """Draw every line run by run on `target` (RGB canvas, or an L mask when `fill` is an int)."""
    draw = ImageDraw.Draw(target)
    for index, line in enumerate(fitted.lines):
        x = _line_x(fitted, block, index) - offset[0]
        baseline = fitted.origin[1] + fitted.ascent + index * fitted.line_height - offset[1]
        for run in line:
            run_w = _run_width(run.text, run.path, fitted.size) + fitted.gap * _widened(run)
            if run.is_emoji:
                _draw_emoji(target, run.text, fitted.size, (x, baseline), fill)
            else:
                font = load_font(run.path, fitted.size)
                features = font_features(run.path)
                words = run.text.split(" ") if fitted.gap > 0 and _widened(run) else [run.text]
                space = font.getlength(" ", features=features) + fitted.gap
                word_x = x
                for word in words:  # display type: word by word, each space widened by the gap
                    if stroke is not None:
                        draw.text((word_x, baseline), word, font=font, fill=fill, anchor="ls", features=features,
                                  stroke_width=stroke[0], stroke_fill=stroke[1])
                    else:
                        draw.text((word_x, baseline), word, font=font, fill=fill, anchor="ls", features=features)
                    word_x += font.getlength(word, features=features) + space
            x += run_w


def _draw_emoji(target: Image.Image, glyph: str, size: int, at: tuple[float, float], fill: RGB | int) -> None:
    em = max(1, round(size * EMOJI_SCALE))
    made = sprite(glyph, em)
    if made is None:
        return
    top = ink_box(glyph)[1]
    origin = (round(at[0] + 0.04 * em), round(at[1] + top * em))
    if isinstance(fill, int):  # a mask: the silhouette
        target.paste(fill, origin, union_mask(made))
    else:
        draw_sprite(target, made, origin)


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
    """Draw every block that fits whole at a readable size; returns what was left out, as the answer's sentence.
    A string is drawn whole and verbatim or not at all: never cut, never set smaller than its block allows."""
    missing = []
    for block in blocks:
        if fits(fit_text(block, canvas.size), block, canvas.size):
            draw_text(canvas, block, accents, style)
        else:
            missing.append(block.text)
    if not missing:
        return ()
    quoted = ", ".join(f'"{text}"' for text in missing)
    return (f"{len(blocks) - len(missing)} of {len(blocks)} text blocks fit at a readable size; left out: {quoted}.",)


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
    if treatment == "auto":
        weak = contrast(color, ground.mean) < 3.0
        treatment = "plate" if ground.busy > 0.13 or weak else ("shadow" if luminance(color) > 0.5 else "none")
        if treatment != "plate" and _crossed(canvas, fitted, block, color):
            _soften(canvas, fitted)  # thin detail (a road line, a horizon) behind the words melts into its ground
            treatment = "halo" if _crossed(canvas, fitted, block, color) else treatment
    if treatment == "halo":
        _halo(canvas, fitted, block, _halo_color(color, ground))
    elif treatment == "plate":
        plate = (12, 12, 16) if luminance(color) > 0.4 else (250, 250, 247)
        _plate(canvas, area, plate, fitted.size)
    elif treatment == "shadow":
        glow = "neon" in style and bool(accents)
        _soft_shadow(canvas, fitted, block, accents[0] if glow else (0, 0, 0), glow=glow)
    stroke = None
    if treatment == "outline":
        stroke = (max(1, fitted.size // 14), INK if luminance(color) > 0.4 else PAPER)
    draw_runs(canvas, fitted, block, color, stroke=stroke)
    return area if treatment == "plate" else fitted.box


def _plate(canvas: Image.Image, box: tuple[int, int, int, int], color: RGB, size: int) -> None:
    x0, y0, x1, y1 = box
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, x1 - x0 - 1, y1 - y0 - 1), radius=max(4, size // 4), fill=170)
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
