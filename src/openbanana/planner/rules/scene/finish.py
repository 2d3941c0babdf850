"""The touches that need the subjects' places: the sun or moon where nothing covers it, the light falling on the
hero, and a room's window on the wall away from the hero."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from openbanana.geometry import overlaps
from openbanana.plan import Background, Box, Subject
from openbanana.planner.rules.scene.kinds import DISCS

TALL = 0.1  # furniture rising this far above the floor line stands in front of the wall where a window would be
SUN_RADIUS, MOON_RADIUS = 0.11 * 1.4, 0.07 * 1.4  # the disc and its halo, as the renderer draws them


def finish_background(background: Background, subjects: Sequence[Subject], avoid: Sequence[Box], ratio: float,
                      rng: random.Random, *, window_scale: float = 1.0) -> Background:
    """`window_scale`: a room's window as big as the prompt asked for it ("a big window")."""
    hero = next((s for s in subjects if s.role == "hero"), None)
    hero_x = (hero.box[0] + hero.box[2]) / 2 if hero else 0.5
    background = _disc(background, subjects, avoid, ratio, hero_x if hero else None, rng)
    if background.disc is not None and background.time_of_day in ("sunset", "dawn", "golden_hour"):
        light = (background.disc[0], min(background.disc[1] + 0.05, background.horizon))
    elif hero is not None:
        cy = (hero.box[1] + hero.box[3]) / 2
        light = (round(hero_x, 4), round(min(cy, background.horizon - 0.05) if background.scene != "none" else cy, 4))
    else:
        light = background.light
    background = replace(background, light=light)
    if background.scene == "floor" and background.backdrop == "room":  # clear of the text, and of tall furniture
        tall = [s.box for s in subjects if s.form and s.box[1] < background.horizon - TALL]  # (a bookcase)
        background = replace(background, window=_window(background.horizon, [*avoid, *tall], ratio, hero_x, rng,
                                                        window_scale))
    return background


def _disc(background: Background, subjects: Sequence[Subject], avoid: Sequence[Box], ratio: float,
          hero_x: float | None, rng: random.Random) -> Background:
    """Low over the horizon at sunrise and sunset, high otherwise; across from the hero (with no hero, on the
    side the seed picks); clear of everything. A sky lit by an hour has its sun or moon even when no effect asks
    for one (the renderer lights it so), so it gets a place too; a drawn sun or moon pictogram is where it is."""
    drawn = next((s for s in subjects if (s.glyph or "").replace("\ufe0f", "") in DISCS), None)
    if drawn is not None and background.time_of_day is not None:
        box = drawn.box
        return replace(background, disc=(round((box[0] + box[2]) / 2, 4), round((box[1] + box[3]) / 2, 4)))
    effects = set(background.effects)
    lit = background.time_of_day is not None and not background.window and background.scene not in ("floor", "table")
    if not {"sun", "moon"} & effects and not lit:
        return background
    radius = SUN_RADIUS if "sun" in effects or background.time_of_day not in ("night", "dusk") else MOON_RADIUS
    grounded = background.scene in ("ground", "sea")
    low = background.horizon - radius * 0.45 if grounded and background.time_of_day in ("sunset", "dawn",
                                                                                         "golden_hour") else 0.26
    if hero_x is None:
        xs = [0.8, 0.65, 0.2, 0.35, 0.5]
        rng.shuffle(xs)
    else:
        xs = [0.8, 0.65, 0.2, 0.35, 0.5] if hero_x < 0.5 else [0.2, 0.35, 0.8, 0.65, 0.5]
    taken = [*avoid, *(s.box for s in subjects)]
    for y in (low, 0.2, 0.3, 0.45):
        for x in xs:
            box = (x - radius / ratio, y - radius, x + radius / ratio, y + radius)
            if box[1] > 0 and box[3] < background.horizon + radius and not any(overlaps(box, t) for t in taken):
                return replace(background, disc=(round(x, 4), round(y, 4)))
    return replace(background, effects=tuple(e for e in background.effects if e not in ("sun", "moon")))


def _window(horizon: float, avoid: Sequence[Box], ratio: float, hero_x: float, rng: random.Random,
            scale: float = 1.0) -> Box | None:
    """A window in the back wall, on the side away from the hero, clear of the text if it can be."""
    height = min(0.34 * scale, (horizon - 0.06) * (0.62 if scale <= 1 else 0.8))
    if height < 0.1:
        return None
    width = height * rng.uniform(0.8, 1.05) / ratio
    top = wall_window_top(horizon, height)
    sides = (0.72, 0.1) if hero_x < 0.5 else (0.1, 0.72)
    boxes = [(x, top, x + width, top + height) for x in sides if x + width < 0.97]
    clear = [b for b in boxes if not any(overlaps(b, t) for t in avoid)]
    return (clear or boxes)[0] if boxes else None


def wall_window_top(horizon: float, height: float) -> float:
    """Where a window this tall starts on a back wall that meets the floor at `horizon`: a little above the middle
    of the wall left around it (the room's own window and one hung by things named at it alike)."""
    return max(0.05, horizon - height - (horizon - height) * 0.45)
