"""A stream named where the world paints dry land ("kids playing by a creek", "a stone bridge over a brook", "a fox
crossing a stream in the woods"). The planner marks it with the wave pictogram, which stood on the grass as a
blue breaker under the bridge or beside the children: a sea's wave on a lawn. It is drawn instead as what it is, a
strip of water winding across the ground from the far distance to the front edge through the spot it was named
at, narrow far off and wide near, with muddy banks and the sky's light on it. Drawn on the ground before any
subject, so a bridge spans it and what stands by it stands on its bank.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw

from openbanana.engines.draft.pictograms import pixel_box
from openbanana.engines.draft.world.fields import mix, scale
from openbanana.engines.draft.world.light import Light
from openbanana.engines.draft.world.shore import WATER_MARK
from openbanana.plan import RGB, Subject

STREAMS = frozenset({"stream", "streams", "creek", "creeks", "brook", "brooks", "river", "rivers", "rivulet",
                     "riverbank", "river bank", "creek bed", "beck", "burn"})
BANK: RGB = (118, 92, 64)
STEPS = 40  # points along each side, from the horizon to the front edge
NATURAL = frozenset({"grass", "dirt", "snow", "sand"})  # land a stream runs across (not a road or a square's paving)
FAR_WIDTH = 0.012  # the stream's width where it meets the horizon, as a share of the picture's width


def is_stream(subject: Subject) -> bool:
    """Whether the subject is a running water's mark (a wave pictogram named as a stream, a creek, a river)."""
    return (not subject.figure and subject.label.lower() in STREAMS
            and (subject.glyph or "").replace("\ufe0f", "") == WATER_MARK)


def draw_streams_on_land(canvas: Image.Image, subjects: Sequence[Subject], terrain: str, horizon: float,
                         light: Light, water: RGB) -> tuple[Subject, ...]:
    """Draws every stream named on natural dry land (the world paints no water) and returns the subjects left to
    draw; on a road or paving ("jogging along a riverside path" in a city) the mark stays."""
    streams = [s for s in subjects if is_stream(s)]
    if not streams or horizon >= 0.97 or terrain not in NATURAL:
        return tuple(subjects)
    for stream in streams[:1]:  # one stream: two marks of the same creek are one water
        _stream(canvas, pixel_box(stream, canvas.size), round(horizon * canvas.height), light, water)
    return tuple(s for s in subjects if s not in streams)


def _sides(box: tuple[int, int, int, int], top: int, size: tuple[int, int]) -> tuple[list[tuple[float, float]],
                                                                                   list[tuple[float, float]]]:
    """The left and right banks, from the horizon to the front edge, passing through the box at its width."""
    width, height = size
    left, box_top, right, bottom = box
    centre_x = (left + right) / 2
    spot = max(0.15, min(1.0, ((box_top + bottom) / 2 - top) / max(1, height - top)))  # its depth, 0 at the horizon
    half_at_spot = max(min((right - left) * 0.5, width * 0.16 * spot), width * FAR_WIDTH)  # a creek, not a lake
    far_x = width * 0.5 + (centre_x - width * 0.5) * 0.35  # far off it comes from near the middle
    front_x = min(max(centre_x + (centre_x - far_x) * 0.4, width * 0.12), width * 0.88)
    lefts, rights = [], []
    for i in range(STEPS + 1):
        s = i / STEPS
        y = top + s * (height - top)
        wiggle = math.sin((s - spot) * 7.0) * width * 0.04 * s  # a bend, nothing at the spot itself
        if s <= spot:
            x = far_x + (centre_x - far_x) * s / spot + wiggle
        else:  # past the spot it turns to the front edge, inside the picture
            x = centre_x + (front_x - centre_x) * (s - spot) / max(1e-6, 1 - spot) + wiggle
        half = width * FAR_WIDTH / 2 + (half_at_spot - width * FAR_WIDTH / 2) * s / spot
        lefts.append((x - half, y))
        rights.append((x + half, y))
    return lefts, rights


def _stream(canvas: Image.Image, box: tuple[int, int, int, int], top: int, light: Light, water: RGB) -> None:
    """The banks, the water between them and a few lit streaks of current along it."""
    lefts, rights = _sides(box, top, canvas.size)
    draw = ImageDraw.Draw(canvas, "RGBA")
    bank = scale(BANK, light.ambient)
    rim = max(2.0, canvas.width / 300)
    draw.polygon([*((x - rim * (y - top) / max(1, canvas.height - top) - 1, y) for x, y in lefts),
                  *((x + rim * (y - top) / max(1, canvas.height - top) + 1, y) for x, y in reversed(rights))],
                 fill=bank)
    draw.polygon([*lefts, *reversed(rights)], fill=water)
    glint = mix(water, light.sky[2], 0.55)
    for i in range(3, STEPS, 3):  # streaks of current, across the flow, longer near the front
        (lx, y), (rx, _) = lefts[i], rights[i]
        inset = (rx - lx) * (0.25 + 0.1 * (i % 2))
        draw.line([(lx + inset, y), (rx - inset, y)], fill=(*glint, 150), width=max(1, round(rim * i / STEPS)))


def draw_streams_ashore(canvas: Image.Image, subjects: Sequence[Subject], water: tuple[float, float] | None,
                        light: Light, colour: RGB) -> tuple[Subject, ...]:
    """Where the world paints a water band (a lake, a river far off), a stream named on the land in front of it
    ("deer drinking from a forest stream") runs from the band's near edge to the front through the spot it was named
    at; as ripples it had been moved up into the band, away from its spot, and left nothing where it was named.
    Returns the subjects left to draw (all of them where there is no band, or no stream below it)."""
    if water is None:
        return tuple(subjects)
    shore = water[1] * canvas.height
    ashore = [s for s in subjects if is_stream(s) and (s.box[1] + s.box[3]) / 2 * canvas.height > shore]
    for stream in ashore[:1]:  # one stream: two marks of the same creek are one water
        _stream(canvas, pixel_box(stream, canvas.size), round(shore), light, colour)
    return tuple(s for s in subjects if s not in ashore)
