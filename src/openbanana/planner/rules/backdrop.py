"""The background behind the subjects: gradient, ground, the light on the hero, and the sun or moon."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import RGB, Background, SceneKind, Subject, TextBlock
from openbanana.planner.rules.layout import overlaps
from openbanana.planner.rules.vocabulary.colors import mix
from openbanana.planner.rules.vocabulary.moods import Mood
from openbanana.planner.rules.vocabulary.scenes import Scene


def choose_background(colors: Sequence[RGB], tints: Sequence[RGB], moods: Sequence[Mood], scene: Scene | None,
                      rng: random.Random) -> Background:
    mood = moods[0] if moods else None
    effects = tuple(dict.fromkeys((*(e for m in moods for e in m.effects), *(scene.effects if scene else ()))))
    vignette = mood.vignette if mood else 0.15
    glow = mood.glow if mood else 0.35
    if colors:  # a named colour owns the background
        base = colors[0]
        second = colors[1] if len(colors) > 1 else mix(base, (0, 0, 0), 0.35)
        stops: tuple[RGB, ...] = (mix(base, (255, 255, 255), 0.22), base, second)
    elif mood:
        stops = mood.colors
    elif scene and scene.sky:
        stops = scene.sky
    elif tints:  # only objects are coloured: a pale ground in their colour
        stops = (mix(tints[0], (255, 255, 255), 0.82), mix(tints[0], (255, 255, 255), 0.6))
    else:
        stops = rng.choice((((236, 242, 255), (200, 214, 240)), ((255, 244, 230), (245, 215, 190)),
                            ((235, 248, 240), (200, 228, 214)), ((245, 238, 255), (215, 205, 240))))
    kind: SceneKind = scene.kind if scene else "none"
    ground = (mood.ground if mood and mood.ground else None) or (scene.ground if scene else None)
    if colors and ground is not None and kind in ("table", "floor"):
        ground = mix(ground, colors[0], 0.35)  # the named colour tints the room too
    horizon = scene.horizon if scene else 0.7
    angle = rng.choice((90.0, 90.0, 75.0, 105.0)) if kind == "none" else 90.0
    return Background("gradient", tuple(stops), angle, vignette, kind, horizon, ground, (0.5, 0.42), glow, effects)


def light_on_hero(background: Background, subjects: tuple[Subject, ...]) -> Background:
    hero = next((s for s in subjects if s.role == "hero"), None)
    if hero is None:
        return background
    cx, cy = (hero.box[0] + hero.box[2]) / 2, (hero.box[1] + hero.box[3]) / 2
    light = (round(cx, 4), round(min(cy, background.horizon - 0.05) if background.scene != "none" else cy, 4))
    return replace(background, light=light)


def place_disc(background: Background, subjects: tuple[Subject, ...], blocks: tuple[TextBlock, ...],
               ratio: float) -> Background:
    """The sun or moon where it crosses neither text nor subjects: low over the horizon, or high in the sky."""
    if not {"sun", "moon"} & set(background.effects):
        return background
    radius = (0.11 if "sun" in background.effects else 0.07) * 1.4
    low = background.horizon - radius * 0.45 if background.scene in ("ground", "sea") else 0.5
    candidates = [(x, y) for y in (low, 0.3, 0.5, 0.7) for x in (0.8, 0.2, 0.65, 0.35, 0.5)]
    taken = [b.box for b in blocks] + [s.box for s in subjects]
    for x, y in candidates:
        box = (x - radius / ratio, y - radius, x + radius / ratio, y + radius)
        if box[1] > 0 and box[3] < background.horizon + radius and not any(overlaps(box, t) for t in taken):
            return replace(background, disc=(round(x, 4), round(y, 4)))
    return replace(background, effects=tuple(e for e in background.effects if e not in ("sun", "moon")))
