"""Text that looks set, not stamped: sizes fitted to the box, word wrapping, contrast colour and a soft shadow."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageStat

from openbanana.engines.draft.fonts import text_font
from openbanana.plan import RGB, TextBlock

LINE_SPACING = 1.15
MIN_FONT_PX = 8


@dataclass(frozen=True)
class SetText:
    """A text block after fitting: its font, its lines, and where the block lands on the canvas."""

    font: ImageFont.FreeTypeFont
    lines: tuple[str, ...]
    line_height: int
    origin: tuple[int, int]
    size: tuple[int, int]


def wrap(text: str, font: ImageFont.FreeTypeFont, max_width: float) -> list[str]:
    """Greedy word wrap; a single word wider than the line stays whole (the fit step shrinks the font)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if current and font.getlength(candidate) > max_width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def fit_text(block: TextBlock, canvas_size: tuple[int, int]) -> SetText:
    """The largest font size whose wrapped lines fit the block's box (binary search on the size)."""
    width, height = canvas_size
    left, top, right, bottom = block.box
    box_w, box_h = (right - left) * width, (bottom - top) * height
    lo, hi = MIN_FONT_PX, max(MIN_FONT_PX, int(box_h))
    best = _measure(block, MIN_FONT_PX, box_w)
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = _measure(block, mid, box_w)
        if candidate[1][0] <= box_w and candidate[1][1] <= box_h:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    font, (block_w, block_h), lines, line_h = best
    x = {"left": left * width, "right": right * width - block_w}.get(block.align, left * width + (box_w - block_w) / 2)
    y = top * height + (box_h - block_h) / 2
    return SetText(font, tuple(lines), line_h, (round(x), round(y)), (round(block_w), round(block_h)))


def _measure(block: TextBlock, size: int, max_width: float) -> tuple[ImageFont.FreeTypeFont, tuple[float, float],
                                                                      list[str], int]:
    font = text_font(block.font, size)
    lines = wrap(block.text, font, max_width)
    ascent, descent = font.getmetrics()
    line_h = round((ascent + descent) * LINE_SPACING)
    block_w = max((font.getlength(line) for line in lines), default=0.0)
    return font, (block_w, line_h * (len(lines) - 1) + ascent + descent), lines, line_h


def draw_text(canvas: Image.Image, block: TextBlock) -> None:
    fitted = fit_text(block, canvas.size)
    color = block.color or contrast_color(canvas, fitted)
    shadow = (0, 0, 0) if _luminance(color) > 0.5 else (255, 255, 255)
    pad = max(2, fitted.line_height // 6)
    _soft_shadow(canvas, fitted, block, shadow, pad)
    draw = ImageDraw.Draw(canvas)
    for index, line in enumerate(fitted.lines):
        x = _line_x(fitted, block, line)
        draw.text((x, fitted.origin[1] + index * fitted.line_height), line, font=fitted.font, fill=color)


def contrast_color(canvas: Image.Image, fitted: SetText) -> RGB:
    """White on dark ground, near-black on light ground, judged from the pixels under the block."""
    x, y = fitted.origin
    region = canvas.crop((x, y, x + max(1, fitted.size[0]), y + max(1, fitted.size[1])))
    mean = ImageStat.Stat(region.convert("RGB")).mean
    return (250, 250, 250) if _luminance((round(mean[0]), round(mean[1]), round(mean[2]))) < 0.55 else (20, 20, 24)


def _soft_shadow(canvas: Image.Image, fitted: SetText, block: TextBlock, color: RGB, pad: int) -> None:
    x0, y0 = fitted.origin[0] - pad * 3, fitted.origin[1] - pad * 3
    layer = Image.new("L", (fitted.size[0] + pad * 6, fitted.size[1] + pad * 6), 0)
    draw = ImageDraw.Draw(layer)
    for index, line in enumerate(fitted.lines):
        x = _line_x(fitted, block, line) - x0 + pad // 2
        draw.text((x, fitted.origin[1] - y0 + index * fitted.line_height + pad // 2), line, font=fitted.font, fill=150)
    layer = layer.filter(ImageFilter.GaussianBlur(pad))
    canvas.paste(color, (x0, y0), layer)


def _line_x(fitted: SetText, block: TextBlock, line: str) -> float:
    spare = fitted.size[0] - fitted.font.getlength(line)
    return fitted.origin[0] + {"left": 0.0, "right": spare}.get(block.align, spare / 2)


def _luminance(color: RGB) -> float:
    r, g, b = (c / 255 for c in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
