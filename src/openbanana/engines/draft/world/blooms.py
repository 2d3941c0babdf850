"""A field of flowers or grain ("a cow lying in a field of buttercups", "a lavender field with a cottage", "a
farmhouse in a wheat field"). The composer stands a row of the flower's pictograms on the grass, which reads as a
few flowers (or pots) on a lawn, not as a field: the ground itself is painted as the field, in the flower's colour
from the front edge to the horizon. Far off the blossoms are too small to tell apart, so the grass there is washed
with their colour in patches (a band of purple or gold along the horizon, as a field looks); nearer, single
blossoms stand apart, larger toward the front. Drawn on the grass before any subject, so the pictograms named and
everything standing in the field stay over it.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import fractal_noise, mix, sample, scale, to_image, work_size
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB, Background, Subject
from openbanana.scene import Entity, SceneGraph

FIELD_LEAST = 3  # this many pictograms of one flower make a field, where the prompt says it is one
FIELD_PLACES = frozenset({"field", "meadow", "prairie", "farm", "farmland", "countryside"})
SWATHES = 6  # as many as "a field of …" or "a sea of …" names, strewn
GRAIN = (222, 182, 84)  # ripe wheat
# a flower's colour by name (the pictogram stands in for many: a buttercup is a potted plant, a poppy a blossom)
BY_NAME: dict[str, RGB] = {
    **dict.fromkeys(("buttercup", "sunflower", "dandelion", "rapeseed", "canola", "marigold", "mustard"),
                    (248, 206, 46)),
    **dict.fromkeys(("lavender", "heather", "lupin", "lupine", "thistle"), (150, 112, 206)),
    **dict.fromkeys(("poppy", "rose", "tulip", "carnation"), (222, 48, 44)),
    **dict.fromkeys(("daisy", "clover", "chamomile", "cotton"), (250, 250, 244)),
    **dict.fromkeys(("bluebell", "cornflower", "forget-me-not", "flax"), (92, 124, 222)),
    **dict.fromkeys(("cherry blossom", "peony", "cosmos"), (246, 170, 200)),
    **dict.fromkeys(("wheat", "barley", "grain", "rye", "oat", "oats", "corn", "hay"), GRAIN),
}
# else by the pictogram's own blossom
BY_GLYPH: dict[str, RGB] = {"🌻": (248, 206, 46), "🌼": (250, 222, 90), "🌷": (236, 86, 120), "🌸": (246, 170, 200),
                            "🌹": (210, 30, 50), "🌺": (232, 70, 90), "🪻": (150, 112, 206), "🌾": GRAIN}
GRAINS = frozenset({"🌾"})


def _colour(subject: Subject) -> RGB | None:
    glyph = (subject.glyph or "").replace("\ufe0f", "")
    name = subject.label.lower()
    if glyph not in BY_GLYPH and name not in BY_NAME:
        return None
    return subject.tint or BY_NAME.get(name) or BY_GLYPH[glyph]


def _a_field(entity: Entity, place: str) -> bool:
    """Whether the prompt makes the flower a field: "a lavender field", "a field of poppies", "a sea of tulips", or
    flowers in a meadow; not three sunflowers watered in a backyard or a row of them along a fence."""
    return ("field" in entity.modifiers or place in FIELD_PLACES
            or (entity.arrangement == "scattered" and entity.count >= SWATHES))


def field_of(subjects: Sequence[Subject], scene: SceneGraph, background: Background) -> tuple[RGB, bool] | None:
    """The colour of the field the plan's flowers make on open grass, and whether it is grain; None when the prompt
    names no field of them (a vase of tulips, two daisies by a path) or the ground is no meadow."""
    if background.terrain != "grass" or background.backdrop == "room" or background.weather == "snow":
        return None
    fields = {e.id for e in scene.entities if _a_field(e, scene.setting.place)}
    counts = Counter(s.entity for s in subjects if s.entity in fields and s.role != "decor" and _colour(s) is not None)
    entity, count = max(counts.items(), key=lambda item: item[1], default=("", 0))
    if count < FIELD_LEAST:
        return None
    first = next(s for s in subjects if s.entity == entity)
    colour = _colour(first)
    assert colour is not None
    return colour, (first.glyph or "").replace("\ufe0f", "") in GRAINS or colour == GRAIN


def paint_field(canvas: Image.Image, horizon: float, light: Light, field: tuple[RGB, bool],
                rng: random.Random) -> None:
    """The ground below `horizon` washed with the field's colour far off and dotted with blossoms (or stalks of
    grain) nearer, under the scene's light."""
    colour, grain = field
    width, height = canvas.size
    top = round(horizon * height)
    if top >= height - 2:
        return
    lit_colour = scale(colour, light.ambient)
    _wash(canvas, top, lit_colour, 0.95 if grain else 0.8, rng)
    draw = ImageDraw.Draw(canvas)
    shade, shine = mix(lit_colour, (20, 30, 10), 0.35), mix(lit_colour, (255, 255, 255), 0.3)
    spots = np.random.default_rng(rng.getrandbits(32))
    count = 900
    s = 1 - 0.85 * spots.random(count) ** 1.3  # 0 at the horizon, 1 at the front edge
    xs = spots.uniform(-0.02, 1.02, count) * width
    ys = top + s * (height - top)
    unit = height - top
    for i in np.argsort(ys):
        x, y, r = float(xs[i]), float(ys[i]), max(1.0, unit * 0.014 * float(s[i]))
        if grain:  # a stalk with its ear
            draw.line([(x, y), (x + r * 0.4, y - r * 3.2)], fill=shade, width=max(1, round(r * 0.35)))
            draw.ellipse((x - r * 0.1, y - r * 4.4, x + r * 0.9, y - r * 2.6), fill=shine)
        else:  # a blossom on its stem, its lit side up
            draw.line([(x, y + r * 1.6), (x, y)], fill=mix(shade, (30, 90, 30), 0.6), width=max(1, round(r * 0.3)))
            draw.ellipse((x - r, y - r * 0.8, x + r, y + r * 0.8), fill=lit_colour)
            draw.ellipse((x - r * 0.5, y - r * 0.7, x + r * 0.4, y - r * 0.05), fill=shine)


def _wash(canvas: Image.Image, top: int, colour: RGB, strength: float, rng: random.Random) -> None:
    """The field's colour laid over the ground in patches, strongest at the horizon and thinning to the front (its
    mask worked out small and scaled up, as the terrain's fields are)."""
    width, height = canvas.size
    cols, rows = work_size(width, height - top)
    s = (np.arange(rows, dtype=np.float32)[:, None] + 0.5) / rows
    across = (np.arange(cols, dtype=np.float32)[None, :] + 0.5) / cols - 0.5
    depth = np.maximum(s, 0.04)  # rows: patches shrink into the distance; across, capped so they do not streak
    offset = rng.random() * 256
    noise = sample(fractal_noise(1.8), across / np.maximum(s, 0.25) * 40 + offset, 14 / depth)
    alpha = np.clip(strength * (1 - 0.5 * s) + noise * np.clip(s * 4, 0, 1) * 0.2, 0, 1)  # even far off
    mask = to_image(alpha).resize((width, height - top), Image.Resampling.BILINEAR)
    canvas.paste(colour, (0, top, width, height), mask)
