"""Text that looks set, not stamped: its size fitted to its box, its lines broken and balanced, its runs drawn.

* Font size fitted to the box: a binary search over sizes, on word widths measured once (they scale linearly), then
  checked at the chosen size with the real shaper.
* Line breaking: greedy at the box width, then balanced (the narrowest width that keeps the same number of lines),
  so a headline does not end on a lone word. CJK breaks between characters; a spaced dash never breaks from the
  words beside it.
* Kerning, ligatures and Arabic joining come from the font (libraqm); the space between words of display type,
  inside loose pairs ("°C") and after an attribution's leading dash ("- Ada") is spacing.py's.
* Per-run font fallback (see fonts.py): CJK, Arabic, emoji inside quoted text are drawn with the right font.

How the set text meets the picture under it (colour, plate, shadow, halo) is typography.py's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

from openbanana.imaging.drawing.fonts import Run, face_path, font_features, load_font, settable, split_runs
from openbanana.imaging.drawing.glyphs import draw_sprite, ink_box, sprite, union_mask
from openbanana.imaging.drawing.spacing import CLOSE_EM, LOOSE_EM, closed, display_gap, loosened, pieces, widened
from openbanana.plan import RGB, FontName, TextBlock

LINE_SPACING = 1.14
MIN_FONT_PX = 8
REF_SIZE = 200  # widths are measured at this size and scaled
EMOJI_SCALE = 0.92  # emoji drawn slightly smaller than the em, as type designers size them
BINDING_DASHES = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015"})  # never a line's edge


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


def _units(text: str) -> list[str]:
    """The words of `text`, with a dash standing alone between spaces bound to the words on both sides ("Open Daily
    - Cash Only" breaks as "Open Daily - Cash" / "Only", never at the dash): left at a line's end or start, the dash
    stands alone and a reader drops it, so the two halves read as two strings."""
    units: list[str] = []
    for word in text.split():
        if units and (word in BINDING_DASHES or units[-1].rsplit(" ", 1)[-1] in BINDING_DASHES):
            units[-1] += f" {word}"
        else:
            units.append(word)
    return units


def _pieces(text: str) -> list[tuple[str, bool]]:
    """Breakable pieces: words (a spaced dash bound to its neighbours), with each CJK character a piece of its own;
    (piece, preceded by a space)."""
    pieces: list[tuple[str, bool]] = []
    for word_index, word in enumerate(_units(text)):
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
    return sum(_run_width(run.text, run.path, size) + LOOSE_EM * size * loosened(run) for run in split_runs(text, face))


@lru_cache(maxsize=512)
def _tokens(text: str, face: FontName) -> tuple[tuple[Token, ...], ...]:
    """Per paragraph, the breakable tokens with their widths at REF_SIZE."""
    paragraphs = []
    for paragraph in text.split("\n"):
        paragraphs.append(tuple(Token(piece, space, _width(piece, face, REF_SIZE))
                                for piece, space in _pieces(settable(paragraph, face))))
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
        spaced = space + display_gap(block.font, size, height, block.text) * scale
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
    gap = display_gap(block.font, size, height, block.text)
    spaced = _space(block.font) + gap * REF_SIZE / size
    lines = [_join(line) for line in _layout(block.text, block.font, box_w * REF_SIZE / size, spaced)]
    runs = tuple(tuple(split_runs(line, block.font)) for line in lines)
    widths = tuple(sum(_advance(r, size, gap) for r in line) for line in runs)
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


def line_boxes(fitted: SetText, block: TextBlock) -> list[tuple[int, int, int, int]]:
    """Each line's box on the canvas (its own width, ascent to descent): what lies under one line of a block, which
    the block's whole box would average with the calm ground under its other lines."""
    boxes = []
    depth = fitted.extent[1] - (len(fitted.lines) - 1) * fitted.line_height  # one line's ascent and descent
    for index, width in enumerate(fitted.widths):
        x = round(_line_x(fitted, block, index))
        top = fitted.origin[1] + index * fitted.line_height
        boxes.append((x, top, x + math.ceil(width), top + depth))
    return boxes


def draw_runs(target: Image.Image, fitted: SetText, block: TextBlock, fill: RGB | int,
              offset: tuple[int, int] = (0, 0), stroke: tuple[int, RGB] | None = None) -> None:
    """Draw every line run by run on `target` (RGB canvas, or an L mask when `fill` is an int)."""
    draw = ImageDraw.Draw(target)
    for index, line in enumerate(fitted.lines):
        x = _line_x(fitted, block, index) - offset[0]
        baseline = fitted.origin[1] + fitted.ascent + index * fitted.line_height - offset[1]
        for run in line:
            if run.is_emoji:
                _draw_emoji(target, run.text, fitted.size, (x, baseline), fill)
            else:
                _draw_pieces(draw, run, fitted, (x, baseline), fill, stroke)
            x += _advance(run, fitted.size, fitted.gap)


def _advance(run: Run, size: int, gap: float) -> float:
    """The run's width as drawn: shaped whole, with each widened word space and each loose pair's space added, and a
    leading dash's word space narrowed to its close joint."""
    close = (CLOSE_EM * size - _run_width(" ", run.path, size)) * closed(run)
    return _run_width(run.text, run.path, size) + gap * widened(run) + LOOSE_EM * size * loosened(run) + close


def _draw_pieces(draw: ImageDraw.ImageDraw, run: Run, fitted: SetText, at: tuple[float, float], fill: RGB | int,
                 stroke: tuple[int, RGB] | None) -> None:
    """One text run, piece by piece where spacing.py opens it up (display word gaps, loose pairs)."""
    font = load_font(run.path, fitted.size)
    features = font_features(run.path)
    joints = {" ": font.getlength(" ", features=features) + fitted.gap, "": LOOSE_EM * fitted.size,
              "close": CLOSE_EM * fitted.size}
    x, baseline = at
    for piece, joint in pieces(run, fitted.gap != 0):
        if stroke is not None:
            draw.text((x, baseline), piece, font=font, fill=fill, anchor="ls", features=features,
                      stroke_width=stroke[0], stroke_fill=stroke[1])
        else:
            draw.text((x, baseline), piece, font=font, fill=fill, anchor="ls", features=features)
        x += font.getlength(piece, features=features) + (joints[joint] if joint is not None else 0.0)


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
