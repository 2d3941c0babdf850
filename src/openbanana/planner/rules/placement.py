"""Places the subjects in the area the layout leaves: the hero on a third, on the ground, supports beside it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import Box, Subject
from openbanana.planner.rules.documents.frame import Slot
from openbanana.planner.rules.reading import PLATE, FoundSubject
from openbanana.planner.rules.vocabulary.scenes import Scene

PLATE_SQUASH = 0.42


def place_subjects(found: Sequence[FoundSubject], scene: Scene | None, area: Box, ratio: float, horizon: float,
                   rng: random.Random) -> tuple[Subject, ...]:
    """The hero on a third (or centred), standing on the ground line; supports beside it, props at the edges."""
    items = list(found)
    props = [p for p in (scene.props if scene else ()) if p not in {f.glyph for f in items}]
    decor_count = min(len(props), max(0, 3 - len(items)) if items else 2)
    if not items and not props:
        return ()
    left, top, right, bottom = area
    area_w, area_h = (right - left) * ratio, bottom - top  # in units of canvas height
    if area_w <= 0.05 or area_h <= 0.05:
        return ()
    ground = bottom - area_h * 0.06
    if scene and scene.kind in ("table", "floor", "ground", "sea", "stage") and top < horizon < bottom:
        ground = min(bottom - 0.01, horizon + (bottom - horizon) * 0.55)
    usable_h = ground - top
    subjects: list[Subject] = []
    if not items:  # only the place: its props, as a still life
        items = [FoundSubject(f"{p}", p) for p in props[:2]]
        props, decor_count = [], 0
    count = len(items)
    hero_share = 0.8 if count == 1 else 0.55 if count <= 3 else 0.42
    hero_size = min(usable_h * 0.95, area_w * hero_share)
    hero_size = max(0.12, hero_size)
    support_size = min(hero_size * 0.5, usable_h * 0.6)
    if count > 1:
        free_w = area_w - hero_size
        per_side = (count - 1 + 1) // 2
        support_size = max(0.08, min(support_size, free_w / max(1, per_side * 2) * 0.92 * 2 / 2))
    slots = ("left", "right", "center") if count > 1 else ("center", "left", "right")
    position = rng.choice(slots) if count > 1 or area_w / max(area_h, 1e-6) > 1.6 else "center"
    if count > 1 and position == "center" and area_w < hero_size + 2 * support_size:
        position = "left"
    if position == "left":
        hero_cx = left * ratio + max(hero_size / 2, area_w / 3)
    elif position == "right":
        hero_cx = left * ratio + min(area_w - hero_size / 2, area_w * 2 / 3)
    else:
        hero_cx = left * ratio + area_w / 2
    hero_cx = min(max(hero_cx, left * ratio + hero_size / 2), right * ratio - hero_size / 2)
    hero = items[0]
    hero_box = _square(hero_cx, ground - hero_size / 2, hero_size, ratio)
    if hero.on_plate:  # the plate lies on the table (squashed in perspective) and the food sits on it
        plate_h = hero_size * PLATE_SQUASH
        plate_box = (round((hero_cx - hero_size / 2) / ratio, 5), round(ground - plate_h, 5),
                     round((hero_cx + hero_size / 2) / ratio, 5), round(ground, 5))
        subjects.append(Subject("plate", PLATE, plate_box, z=0, role="decor", squash=PLATE_SQUASH))
        food = min(hero_size * 0.62, ground - plate_h * 0.5 - top)
        subjects.append(Subject(hero.label, hero.glyph, _square(hero_cx, ground - plate_h * 0.45 - food / 2, food,
                                                                ratio), z=2, role="hero", tint=hero.tint))
    else:
        subjects.append(Subject(hero.label, hero.glyph, hero_box, z=1, role="hero", tint=hero.tint))
    occupied = [(hero_cx - hero_size / 2, hero_cx + hero_size / 2)]
    rest = items[1:] + [FoundSubject("prop", p) for p in props[:decor_count]]
    gap = support_size * 0.12
    for index, item in enumerate(rest):
        is_prop = item.label == "prop"
        size = support_size * (0.8 if is_prop else 1.0)
        placed = None
        for _ in range(6):  # shrink until it fits beside what is placed: every named subject must appear
            placed = _beside(occupied, size, gap, left * ratio, right * ratio,
                             prefer_right=(index % 2 == 0) ^ (position == "right"))
            if placed is not None or is_prop:
                break
            size *= 0.78
            gap = size * 0.12
        if placed is None:
            continue
        occupied.append((placed - size / 2, placed + size / 2))
        depth = rng.uniform(-0.015, 0.0)
        cy = ground - size / 2 + depth
        label = "scenery" if is_prop else item.label
        subjects.append(Subject(label, item.glyph, _square(placed, cy, size, ratio), z=0,
                                role="decor" if is_prop else "support", tint=item.tint))
    return tuple(_clamp(s) for s in subjects)


def _beside(occupied: list[tuple[float, float]], size: float, gap: float, lo: float, hi: float, *,
            prefer_right: bool) -> float | None:
    """The centre x (in canvas heights) of a free slot next to what is already placed, or None."""
    candidates = []
    for a, b in occupied:
        candidates.append(b + gap + size / 2)
        candidates.append(a - gap - size / 2)
    centre = (occupied[0][0] + occupied[0][1]) / 2
    candidates.sort(key=lambda c: (abs(c - centre), (c < occupied[0][0]) == prefer_right))
    for c in candidates:
        if c - size / 2 < lo or c + size / 2 > hi:
            continue
        if all(c + size / 2 + gap / 2 <= a or c - size / 2 - gap / 2 >= b for a, b in occupied):
            return c
    return None


def _square(cx: float, cy: float, size: float, ratio: float) -> Box:
    """A square of `size` canvas-heights centred at (cx in canvas-heights, cy), as canvas fractions."""
    half = size / 2
    return (round((cx - half) / ratio, 5), round(cy - half, 5), round((cx + half) / ratio, 5), round(cy + half, 5))


def _clamp(subject: Subject) -> Subject:
    left, top, right, bottom = subject.box
    dx = max(0.0, -left) - max(0.0, right - 1)
    dy = max(0.0, -top) - max(0.0, bottom - 1)
    return replace(subject, box=(left + dx, top + dy, right + dx, bottom + dy))


def place_in_slots(found: Sequence[FoundSubject], slots: Sequence[Slot], ratio: float, horizon: float,
                   rng: random.Random) -> tuple[Subject, ...]:
    """A document's small areas (a step's icon, a comic panel's characters): what each wants by name, else the
    subjects in turn when there are enough for every slot (a panel takes up to two)."""
    placed: list[Subject] = []
    for index, slot in enumerate(slots):
        named = [f for f in found if f.label in slot.wants.split() or f.label == slot.wants]
        if not named and len(found) >= len(slots):
            named = [found[index]]
        elif not named and slot.wants == "" and found:
            named = list(found[:2])
        placed.extend(place_subjects(named[:2], None, slot.box, ratio, horizon, rng))
    return tuple(placed)
