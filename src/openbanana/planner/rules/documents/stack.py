"""Text in stacked rows at the top, middle and foot of the page, or in a column beside the picture: the poster, card,
cover and label templates build on it. A row's placement words ("at the top", "in the bottom-right corner", "on the
left") move it; what does not fit at a readable size is left out, last rows first, and said."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from openbanana.plan import Align, Box, FontName, Shape, TextBlock
from openbanana.planner.rules.documents.frame import MIN_TEXT, Page, block, left_out, on, text_width
from openbanana.scene import TextSpec

Group = Literal["top", "middle", "bottom"]
Side = Literal["full", "left", "right"]
GAP = 0.012
_CORNERS: dict[str, tuple[Group, Side]] = {"top_left": ("top", "left"), "top_right": ("top", "right"),
                                           "bottom_left": ("bottom", "left"), "bottom_right": ("bottom", "right"),
                                           "top": ("top", "full"), "bottom": ("bottom", "full"),
                                           "center": ("middle", "full")}


@dataclass(frozen=True)
class Row:
    """One string's line of the stack, before it is placed."""

    spec: TextSpec
    height: float  # canvas heights
    font: FontName
    max_size: float  # canvas heights
    group: Group = "top"
    side: Side = "full"
    inset: float = 0.02  # kept clear at each side, beyond the margin (canvas widths)
    button: bool = False  # a call to action, set on a pill-shaped button
    keep: int = 1  # which rows go first when space runs out: the lowest `keep`, then the last


@dataclass(frozen=True)
class Stacked:
    blocks: tuple[TextBlock, ...]
    shapes: tuple[Shape, ...]
    area: Box | None  # what the rows leave free for the picture
    shortfalls: tuple[str, ...]
    variant: str
    reserved: tuple[Box, ...] = ()  # where the spacer rows (no text: room for a drawn mark) landed


def spacer(height: float, group: Group = "top") -> Row:
    """A row with no text: room kept in the stack for something drawn (a quotation mark, an emblem)."""
    return Row(TextSpec(""), height, "sans", 0.0, group, keep=0)


def row_height(spec: TextSpec) -> float:
    """How tall a string's row is by role and length, before the stack is fitted to the page."""
    words = len(spec.text.split())
    if spec.role in ("headline", "title", "wordmark", "quote", "number"):
        return 0.17 if words <= 3 else 0.22 if words <= 8 else 0.3 if words <= 20 else 0.4
    if spec.role in ("subtitle", "tagline", "author"):
        return 0.09 if words <= 8 else 0.14
    if spec.role == "cta":
        return 0.085
    return 0.065 if words <= 10 else 0.1 if words <= 25 else 0.14


def placed(row: Row) -> Row:
    """The row moved where its own words put it."""
    if row.spec.placement in _CORNERS:
        group, side = _CORNERS[row.spec.placement]
        return replace(row, group=group, side=side)
    if row.spec.placement in ("left", "right"):
        return replace(row, side=row.spec.placement)
    return row


def stack(rows: Sequence[Row], page: Page, *, share: float, variant: str = "text-top") -> Stacked:
    """Place the rows. `share`: the most of the page height the text may take when there is a picture too;
    `variant`: "text-top", "text-bottom" (every row at the foot), "text-left"/"text-right" (a column), "centered"."""
    rows = [placed(r) for r in rows]
    explicit = any(r.spec.placement != "auto" for r in rows)
    if variant in ("text-left", "text-right") and explicit and not all(
            r.spec.placement in ("auto", variant[5:]) for r in rows):
        variant = "text-top"
    if variant == "text-bottom":
        rows = [r if r.spec.placement != "auto" else replace(r, group="bottom") for r in rows]
    elif variant == "centered":
        rows = [r if r.spec.placement != "auto" else replace(r, group="middle") for r in rows]
    column = variant in ("text-left", "text-right") and bool(rows)  # no strings: no column to keep the picture from
    budget = (1 - 2 * page.my) * (1.0 if column or variant == "centered" else share)
    every = rows
    rows, scale, dropped = _fit(rows, budget)
    shortfalls = (left_out("strings", len(rows), len(every), [r.spec.text for r in _in_order(dropped, every)]),) \
        if dropped else ()
    if column:
        return _column(rows, page, scale, variant, shortfalls)
    blocks: list[TextBlock] = []
    shapes: list[Shape] = []
    reserved: list[Box] = []
    top_y = page.my
    for row in (r for r in rows if r.group == "top"):
        top_y = _place(row, top_y, scale, page, blocks, shapes, reserved) + GAP
    bottom_rows = [r for r in rows if r.group == "bottom"]
    bottom_y = 1 - page.my - sum(r.height * scale + GAP for r in bottom_rows) + GAP
    y = bottom_y
    for row in bottom_rows:
        y = _place(row, y, scale, page, blocks, shapes, reserved) + GAP
    middle = [r for r in rows if r.group == "middle"]
    middle_h = sum(r.height * scale + GAP for r in middle) - GAP if middle else 0.0
    y = max(top_y, (top_y + bottom_y - GAP) / 2 - middle_h / 2) if middle else top_y
    middle_top = y
    for row in middle:
        y = _place(row, y, scale, page, blocks, shapes, reserved) + GAP
    area = _free_area(page, top_y, bottom_y - GAP, (middle_top, y - GAP) if middle else None)
    return Stacked(tuple(blocks), tuple(shapes), area, shortfalls, variant, tuple(reserved))


def _fit(rows: list[Row], budget: float) -> tuple[list[Row], float, list[Row]]:
    """Rows scaled to the budget; below half size, the least kept rows are left out until the rest fit.

    The rows go in a fixed order (least kept, then last first), so one pass does it: a running total of the
    heights, and a heap of the scale each text row needs to stay readable (rows already left out are skipped when
    they surface): O(n log n) for a page of thousands of strings."""
    if not rows:
        return [], 1.0, []
    order = sorted(range(len(rows)), key=lambda i: (rows[i].keep, i), reverse=True)
    needs = [(-_readable_scale(r), i) for i, r in enumerate(rows) if r.spec.text]
    heapq.heapify(needs)
    gone: set[int] = set()
    total = sum(r.height for r in rows)
    for victim in [*order, None]:
        count = len(rows) - len(gone)
        room = budget - GAP * (count - 1)
        scale = min(1.0, room / total) if total > 0 and room > 0 else 0.0
        while needs and needs[0][1] in gone:
            heapq.heappop(needs)
        readable = scale > 0 and (not needs or scale >= -needs[0][0])
        if readable or count == 1 or victim is None:
            kept = [r for i, r in enumerate(rows) if i not in gone]
            dropped = [rows[i] for i in order if i in gone]
            exact = sum(r.height for r in kept)  # the scale from a fresh sum, not the running one
            scale = min(1.0, room / exact) if exact > 0 and room > 0 else 0.0
            return kept, max(scale, 1e-3), dropped
        gone.add(victim)
        total -= rows[victim].height
    raise AssertionError("unreachable: the last row is always kept")


def _readable_scale(row: Row) -> float:
    """The least scale at which the row's text stays readable."""
    return max(MIN_TEXT * 1.35 / max(row.height, 1e-9), MIN_TEXT / max(row.max_size, 1e-9))


def _in_order(some: list[Row], rows: Sequence[Row]) -> list[Row]:
    position = {id(row): i for i, row in enumerate(rows)}
    return sorted(some, key=lambda r: position[id(r)])


def _place(row: Row, y: float, scale: float, page: Page, blocks: list[TextBlock], shapes: list[Shape],
           reserved: list[Box]) -> float:
    """Put one row at `y`; returns its bottom."""
    h = row.height * scale
    left, right = page.mx + row.inset, 1 - page.mx - row.inset
    if not row.spec.text:
        reserved.append((left, y, right, y + h))
        return y + h
    if row.side == "left":
        right = left + (right - left) * 0.55
    elif row.side == "right":
        left = right - (right - left) * 0.55
    align: Align = "left" if row.side == "left" else "right" if row.side == "right" else "center"
    if row.button:
        _button(row, (left, y, right, y + h), align, page, blocks, shapes)
    else:
        blocks.append(block(row.spec, (left, y, right, y + h), row.font, align=align, max_size=row.max_size * scale))
    return y + h


def _button(row: Row, box: Box, align: Align, page: Page, blocks: list[TextBlock], shapes: list[Shape]) -> None:
    """A call to action: its text on a pill in the accent colour, as wide as the text needs."""
    left, top, right, bottom = box
    h = bottom - top
    size = min(row.max_size, h * 0.42)
    width = min(right - left, (text_width(row.spec.text, row.font, size) + h * 1.1) / page.ratio)
    x0 = left if align == "left" else right - width if align == "right" else (left + right - width) / 2
    radius = h * 0.5 / min(1.0, page.ratio)  # a fraction of the short side
    shapes.append(Shape("rect", ((round(x0, 5), round(top, 5)), (round(x0 + width, 5), round(bottom, 5))),
                        fill=page.accent, radius=round(radius, 5), layer="over"))
    pad_x, pad_y = h * 0.45 / page.ratio, h * 0.2
    text = block(row.spec, (x0 + pad_x, top + pad_y, x0 + width - pad_x, bottom - pad_y), row.font, max_size=size,
                 color=on(page.accent), treatment="none")
    blocks.append(text)


def _column(rows: list[Row], page: Page, scale: float, variant: str, shortfalls: tuple[str, ...]) -> Stacked:
    heights = [r.height * scale for r in rows]
    total = sum(heights) + GAP * (len(rows) - 1)
    width = 0.46 if total < 0.5 else 0.52
    x0, x1 = (page.mx, width) if variant == "text-left" else (1 - width, 1 - page.mx)
    y = 0.5 - total / 2
    blocks: list[TextBlock] = []
    shapes: list[Shape] = []
    reserved: list[Box] = []
    for row, h in zip(rows, heights, strict=True):
        if not row.spec.text:
            reserved.append((x0, y, x1, y + h))
        elif row.button:
            _button(row, (x0, y, x1, y + h), "center", page, blocks, shapes)
        else:
            blocks.append(block(row.spec, (x0, y, x1, y + h), row.font, max_size=row.max_size * scale))
        y += h + GAP
    area = (width + 0.02, page.my, 1 - page.mx, 1 - page.my) if variant == "text-left" else (
        page.mx, page.my, 1 - width - 0.02, 1 - page.my)
    return Stacked(tuple(blocks), tuple(shapes), area, shortfalls, variant, tuple(reserved))


def _free_area(page: Page, top: float, bottom: float, middle: tuple[float, float] | None) -> Box | None:
    spans = [(top, bottom)] if middle is None else [(top, middle[0] - GAP), (middle[1] + GAP, bottom)]
    best = max(spans, key=lambda s: s[1] - s[0])
    if best[1] - best[0] < 0.12:
        return None
    return (page.mx, round(best[0] + 0.01, 5), 1 - page.mx, round(best[1] - 0.01, 5))


def mapped(stacked: Stacked, box: Box) -> Stacked:
    """A stack laid out on a whole page, moved into `box` (a card, a label, a panel): sizes scale with its height."""
    left, top, right, bottom = box
    w, h = right - left, bottom - top

    def at(x: float, y: float) -> tuple[float, float]:
        return (round(left + x * w, 5), round(top + y * h, 5))

    def moved(b: Box) -> Box:
        return (*at(b[0], b[1]), *at(b[2], b[3]))

    blocks = tuple(replace(b, box=moved(b.box), max_size=round(b.max_size * h, 5)) for b in stacked.blocks)
    shapes = tuple(replace(s, points=tuple(at(x, y) for x, y in s.points), radius=s.radius * min(w, h))
                   for s in stacked.shapes)
    area = moved(stacked.area) if stacked.area else None
    return Stacked(blocks, shapes, area, stacked.shortfalls, stacked.variant, tuple(moved(b) for b in stacked.reserved))
