"""Menus and price lists: the title, sections with a rule under each, items on the left and their prices
right-aligned in a column with leader dots between, in as many columns as the page needs. Lines that still do not
fit at a readable size are left out, from the end, and the answer says which."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from openbanana.imaging.drawing.typography import luminance
from openbanana.plan import RGB, Box, FontName, Shape, TextBlock
from openbanana.planner.rules.documents.frame import (
    DocumentLayout,
    Page,
    block,
    left_out,
    text_width,
)
from openbanana.scene import TextSpec

ROW_MAX = 0.075  # the tallest an item's row gets (canvas heights): a short menu is not set huge
ROW_MIN = 0.034  # below this a line is too small to read at 1K: more columns, or lines left out
CHALKBOARD: tuple[RGB, ...] = ((46, 58, 52), (30, 38, 34))
PAPER: tuple[RGB, ...] = ((252, 248, 238), (242, 233, 214))
SERIFS = ("serif", "serif-bold", "serif-display", "serif-italic")


@dataclass(frozen=True)
class Entry:
    """A line of the menu: a section header, or an item with its price (if any)."""

    spec: TextSpec
    price: TextSpec | None = None

    @property
    def lines(self) -> float:
        return 1.45 if self.spec.role == "section" else 1.0


def entries(texts: tuple[TextSpec, ...]) -> tuple[list[TextSpec], list[Entry]]:
    """The titles, and the sections and items in order, each price with the item before it."""
    titles: list[TextSpec] = []
    lines: list[Entry] = []
    for spec in texts:
        if spec.role == "price" and lines and lines[-1].spec.role == "item" and lines[-1].price is None:
            lines[-1] = Entry(lines[-1].spec, spec)
        elif spec.role in ("headline", "title", "subtitle", "tagline") and not lines:
            titles.append(spec)
        else:
            lines.append(Entry(spec))
    return titles, lines


def lay_out(page: Page) -> DocumentLayout:
    titles, lines = entries(page.texts)
    chalk = any(w in page.prose for w in ("chalkboard", "blackboard", "chalk"))
    serif = page.head_face in SERIFS
    item_face: FontName = "serif" if serif else "sans-medium"
    blocks: list[TextBlock] = []
    shapes: list[Shape] = []
    y = page.my
    for index, title in enumerate(titles):
        h = (0.13 if index == 0 else 0.07) * (1.0 if page.ratio >= 1 else 0.85)
        font = page.head_face if index == 0 else item_face
        blocks.append(block(title, (page.mx + 0.02, y, 1 - page.mx - 0.02, y + h), font, max_size=h * 0.8))
        y += h + 0.015
    body_top = y + 0.01
    body_h = 1 - page.my - body_top
    columns, row, kept = _columns(lines, page, body_h)
    shortfalls: tuple[str, ...] = ()
    if kept < len(lines):
        missing = [f"{e.spec.text} {e.price.text}" if e.price else e.spec.text for e in lines[kept:]]
        shortfalls = (left_out("menu lines", kept, len(lines), missing),)
        lines = lines[:kept]
    accent = page.accent if not chalk and not page.dark and luminance(page.accent) < 0.35 else None
    gap = 0.05 / page.ratio
    width = (1 - 2 * page.mx - gap * (columns - 1)) / columns
    split = _split(lines, columns)
    if not page.has_subjects:  # nothing to picture: the menu stands in the middle of the page
        tallest = max(sum(e.lines for e in column) * row + row * 0.35 for column in split) if lines else 0.0
        shift = max(0.0, (1 - page.my - body_top - tallest) / 2)
        blocks = [replace(b, box=(b.box[0], b.box[1] + shift, b.box[2], b.box[3] + shift)) for b in blocks]
        body_top += shift
    used = 0.0
    headed = any(column[0].spec.role == "section" for column in split if column)
    for index, column in enumerate(split):
        x0 = page.mx + index * (width + gap)
        # a column that carries on a section starts level with the others' first items, under their headers
        lead = row * 1.45 if headed and column and column[0].spec.role != "section" else 0.0
        bottom = _column(column, (x0, body_top + lead, x0 + width, 1 - page.my), row, page, item_face, accent,
                         blocks, shapes)
        used = max(used, bottom)
    area = (page.mx, used + 0.03, 1 - page.mx, 1 - page.my) if 1 - page.my - used > 0.18 else None
    name = f"menu-{columns}-column" + ("s" if columns > 1 else "")
    return DocumentLayout(name, tuple(blocks), tuple(shapes), area, paper=CHALKBOARD if chalk else PAPER,
                          shortfalls=shortfalls)


def _columns(lines: list[Entry], page: Page, body_h: float) -> tuple[int, float, int]:
    """How many columns, how tall a row, and how many lines fit."""
    most = 1 if page.ratio < 0.8 else 2 if page.ratio < 1.5 else 3
    fewest = min(most, max(1, round(page.ratio / 1.1)), max(1, len(lines) // 3))  # a wide page: no long lines
    count = sum(e.lines for e in lines)
    for columns in range(fewest, most + 1):
        per_column = math.ceil(count / columns) + (1 if columns > 1 else 0)  # sections keep their items together
        row = min(ROW_MAX, body_h / max(1.0, per_column))
        if row >= ROW_MIN and _wide_enough(lines, page, columns, row):
            return columns, row, len(lines)
    row = ROW_MIN
    capacity = body_h / row * most - (1 if most > 1 else 0) * most
    kept, used = 0, 0.0
    for entry in lines:
        if used + entry.lines > capacity:
            break
        used += entry.lines
        kept += 1
    return most, row, kept


def _wide_enough(lines: list[Entry], page: Page, columns: int, row: float) -> bool:
    """Whether the longest item and its price set side by side at the row's size in a column this wide."""
    width = (1 - 2 * page.mx) / columns * page.ratio  # canvas heights
    size = row * 0.55
    longest = max((text_width(e.spec.text, "sans-medium", size) + (
        text_width(e.price.text, "sans-medium", size) + size * 2 if e.price else 0) for e in lines), default=0.0)
    return longest <= width * 1.05 or columns == 1


def _split(lines: list[Entry], columns: int) -> list[list[Entry]]:
    """Lines into columns of about equal height; a section header never ends a column."""
    if columns == 1:
        return [lines]
    target = sum(e.lines for e in lines) / columns
    out: list[list[Entry]] = [[]]
    height = 0.0
    for index, entry in enumerate(lines):
        last_fits = index + 1 < len(lines) and height + entry.lines > target
        if len(out) < columns and out[-1] and (height >= target - 0.5 or (entry.spec.role == "section" and last_fits)):
            out.append([])
            height = 0.0
        out[-1].append(entry)
        height += entry.lines
    return out


def _column(column: list[Entry], box: Box, row: float, page: Page, face: FontName, accent: RGB | None,
            blocks: list[TextBlock], shapes: list[Shape]) -> float:
    left, y, right, _ = box
    size = row * 0.55
    for entry in column:
        if entry.spec.role == "section":
            h = row * entry.lines
            y += row * 0.35
            blocks.append(block(entry.spec, (left, y, right, y + row), "sans-bold" if face != "serif" else "serif-bold",
                                align="left", max_size=row * 0.62, color=accent, treatment="none"))
            rule_y = round(y + row * 1.0, 5)
            shapes.append(Shape("line", ((left, rule_y), (right, rule_y)), stroke=accent, stroke_width=0.0022,
                                opacity=0.55))
            y += h - row * 0.35
            continue
        price_w = 0.0
        if entry.price is not None:
            # prices in the sans: lone short figures ("$3") in the serif are what OCR, and hurried eyes, misread
            price_w = min((right - left) * 0.4, (text_width(entry.price.text, "sans-medium", size) + size * 0.3)
                          / page.ratio)
            blocks.append(block(entry.price, (right - price_w, y, right, y + row), "sans-medium", align="right",
                                max_size=size, treatment="none"))
            baseline = round(y + row / 2 + size * 0.32, 5)
            shapes.append(Shape("leader", ((left, baseline), (right, baseline)), stroke_width=0.0032, opacity=0.6))
        name_right = right - price_w - (size * 0.6 / page.ratio if price_w else 0)
        blocks.append(block(entry.spec, (left, y, name_right, y + row), face, align="left", max_size=size,
                            min_size=min(0.014, size * 0.6), treatment="none"))
        y += row
    return y
