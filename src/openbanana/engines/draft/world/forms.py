"""Things the pictogram font lacks (a table, a desk, a counter, a bench, a shelf, a rug, a pillow, a fireplace; the
landmarks of landmarks.py, the fixtures of fixtures.py, the gate, arch and cage of see_through.py, the ramp, gurney,
railing and crater of made_things.py, the stage, balcony and lawn of floors_stood_on.py), drawn as shaded vector
shapes in the subject's box and colour.

Each form is a few flat parts (a lit top, a front edge, legs, the far legs in shade), rasterised twice as large and
reduced, and returned as a Sprite: the same layered picture a pictogram is, so depth haze, mirroring, contact
shadows and every style's touches treat a table exactly as they treat a chair, and leaving the subject out of a
plan leaves the table out of the picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from PIL import Image, ImageDraw

from openbanana.engines.draft.world.cabins import CABIN_COLORS, CABINS
from openbanana.engines.draft.world.cloths import CLOTH_COLORS, CLOTHS
from openbanana.engines.draft.world.fixtures import FIXTURE_COLORS, FIXTURES
from openbanana.engines.draft.world.floors_stood_on import FLOOR_COLORS, FLOORS
from openbanana.engines.draft.world.hair_forms import HAIR_FORMS
from openbanana.engines.draft.world.landmarks import LANDMARK_COLORS, LANDMARKS
from openbanana.engines.draft.world.long_tools import LONG_TOOL_COLORS, LONG_TOOLS
from openbanana.engines.draft.world.made_things import MADE_THING_COLORS, MADE_THINGS
from openbanana.engines.draft.world.part_shapes import LIT, Part
from openbanana.engines.draft.world.part_shapes import rect as _rect
from openbanana.engines.draft.world.play_things import PLAY_THING_COLORS, PLAY_THINGS
from openbanana.engines.draft.world.pots import POT_COLORS, POTS
from openbanana.engines.draft.world.see_through import SEE_THROUGH, SEE_THROUGH_COLORS
from openbanana.engines.draft.world.weights import WEIGHT_COLORS, WEIGHTS
from openbanana.imaging.drawing.glyphs import Layer, Sprite
from openbanana.plan import RGB, Subject

SUPERSAMPLE = 2
MAX_SIDE = 4096  # a form is never rasterised larger than this (it is scaled into its box anyway)
DEFAULT_COLORS: dict[str, RGB] = {"rug": (168, 62, 52), "pillow": (236, 232, 222), "fridge": (232, 236, 240),
                                  "party hat": (226, 58, 120), "fireplace": (156, 74, 56), **LANDMARK_COLORS,
                                  **FIXTURE_COLORS, **LONG_TOOL_COLORS, **WEIGHT_COLORS,
                                  **SEE_THROUGH_COLORS, **POT_COLORS, **CABIN_COLORS, **MADE_THING_COLORS,
                                  **PLAY_THING_COLORS, **CLOTH_COLORS, **FLOOR_COLORS}
DEFAULT_COLOR: RGB = (160, 108, 66)  # a warm wood
LAMP_LIGHT: RGB = (255, 228, 150)


def _legged(top: float, *, inset: float = 0.05, leg: float = 0.06, apron: bool = True) -> list[Part]:
    """A top seen slightly from above, its front edge, an apron, two near legs and two far ones in shade."""
    surface = ((0.04, 0.0), (0.96, 0.0), (1.0, top * 0.55), (0.0, top * 0.55))
    parts: list[Part] = [
        (_rect(0.14 + inset, top, 0.14 + inset + leg * 0.8, 0.9), 0.55),  # far legs, shorter: further back
        (_rect(0.86 - inset - leg * 0.8, top, 0.86 - inset, 0.9), 0.55),
        (surface, 1.18),
        (_rect(0.0, top * 0.55, 1.0, top), 0.82),
    ]
    if apron:
        parts.append((_rect(inset, top, 1.0 - inset, top * 1.7), 0.68))
    parts += [(_rect(inset, top, inset + leg, 1.0), 0.74), (_rect(1.0 - inset - leg, top, 1.0 - inset, 1.0), 0.74)]
    return parts


def _bench() -> list[Part]:
    """A park bench: two backrest slats on posts, a seat seen a little from above, legs."""
    return [(_rect(0.06, 0.0, 0.1, 0.5), 0.55), (_rect(0.9, 0.0, 0.94, 0.5), 0.55),
            (_rect(0.02, 0.04, 0.98, 0.16), 0.9), (_rect(0.02, 0.22, 0.98, 0.34), 0.9),
            (((0.04, 0.45), (0.96, 0.45), (1.0, 0.52), (0.0, 0.52)), 1.18), (_rect(0.0, 0.52, 1.0, 0.6), 0.8),
            (_rect(0.06, 0.6, 0.12, 1.0), 0.62), (_rect(0.88, 0.6, 0.94, 1.0), 0.62)]


def _desk() -> list[Part]:
    """A table top over a pedestal of drawers on one side and a leg on the other."""
    parts = _legged(0.14, apron=False)[:4]
    parts += [(_rect(0.05, 0.14, 0.11, 1.0), 0.74), (_rect(0.6, 0.14, 0.96, 1.0), 0.8)]
    for y in (0.38, 0.62):  # drawer seams and handles
        parts += [(_rect(0.6, y, 0.96, y + 0.02), 0.55), (_rect(0.74, y - 0.1, 0.82, y - 0.07), 0.45)]
    parts.append((_rect(0.74, 0.86, 0.82, 0.89), 0.45))
    return parts


def _cabinet(top: float, doors: int) -> list[Part]:
    """A counter or a nightstand: a slab over a closed body with doors or drawers."""
    parts: list[Part] = [(((0.02, 0.0), (0.98, 0.0), (1.0, top * 0.6), (0.0, top * 0.6)), 1.18),
                         (_rect(0.0, top * 0.6, 1.0, top), 0.82), (_rect(0.03, top, 0.97, 0.96), 0.78),
                         (_rect(0.03, 0.96, 0.97, 1.0), 0.5)]
    step = 0.94 / doors
    for i in range(1, doors):
        x = 0.03 + i * step
        parts.append((_rect(x - 0.006, top + 0.04, x + 0.006, 0.93), 0.55))
    for i in range(doors):
        x = 0.03 + (i + 0.5) * step
        parts.append((_rect(x - 0.02, top + 0.12, x + 0.02, top + 0.16), 0.45))
    return parts


def _shelf() -> list[Part]:
    return [(_rect(0.0, 0.0, 1.0, 0.45), 1.15), (_rect(0.0, 0.45, 1.0, 1.0), 0.75)]


def _rug() -> list[Part]:
    """A rug lying on the floor, seen at an angle: a border, a field and a centre medallion."""
    def oval(inset: float) -> tuple[tuple[float, float], ...]:
        x0, y0, x1, y1 = inset, inset, 1 - inset, 1 - inset
        return ((x0 + 0.06, y0), (x1 - 0.06, y0), (x1, y0 + 0.3), (x1, y1 - 0.3), (x1 - 0.06, y1), (x0 + 0.06, y1),
                (x0, y1 - 0.3), (x0, y0 + 0.3))

    return [(oval(0.0), 0.7), (oval(0.04), 1.0), (oval(0.1), 1.35), (oval(0.14), 1.0),
            (((0.5, 0.3), (0.68, 0.5), (0.5, 0.7), (0.32, 0.5)), 1.45)]


def _stool() -> list[Part]:
    return [(_rect(0.46, 0.16, 0.54, 0.9), 0.55), (((0.05, 0.0), (0.95, 0.0), (1.0, 0.1), (0.0, 0.1)), 1.18),
            (_rect(0.0, 0.1, 1.0, 0.18), 0.82), (((0.12, 0.18), (0.22, 0.18), (0.1, 1.0), (0.0, 1.0)), 0.74),
            (((0.78, 0.18), (0.88, 0.18), (1.0, 1.0), (0.9, 1.0)), 0.74)]


def _pillow() -> list[Part]:
    return [(((0.06, 0.2), (0.5, 0.05), (0.94, 0.2), (1.0, 0.6), (0.94, 0.95), (0.5, 1.0), (0.06, 0.95), (0.0, 0.6)),
             0.85), (((0.1, 0.22), (0.5, 0.1), (0.9, 0.22), (0.94, 0.55), (0.5, 0.62), (0.06, 0.55)), 1.12)]


def _floor_lamp() -> list[Part]:
    """A standing lamp: a round foot, a thin pole, and a shade glowing from within."""
    return [(_rect(0.47, 0.3, 0.53, 0.97), 0.5), (_rect(0.3, 0.94, 0.7, 1.0), 0.45),
            (((0.22, 0.3), (0.78, 0.3), (0.66, 0.0), (0.34, 0.0)), 1.15), (_rect(0.3, 0.27, 0.7, 0.31), 2.2)]


def _fridge() -> list[Part]:
    """A tall box with a freezer door over the main one, and their handles."""
    return [(_rect(0.0, 0.0, 1.0, 1.0), 0.82), (_rect(0.05, 0.02, 0.95, 0.32), 1.0),
            (_rect(0.05, 0.35, 0.95, 0.97), 1.0), (_rect(0.8, 0.12, 0.86, 0.26), 0.5),
            (_rect(0.8, 0.42, 0.86, 0.62), 0.5)]


def _party_hat() -> list[Part]:
    """A paper cone with stripes wound round it, a pompom on its tip and a band at its brim."""
    def across(y: float) -> tuple[float, float]:  # the cone's edges at height y (0 its tip, 1 its brim)
        return 0.5 - 0.5 * y, 0.5 + 0.5 * y

    parts: list[Part] = [(((0.5, 0.1), (1.0, 0.92), (0.0, 0.92)), 1.0)]
    for y0, y1 in ((0.3, 0.4), (0.55, 0.65), (0.78, 0.88)):  # stripes, slanting a little as a wound paper does
        (a0, b0), (a1, b1) = across(y0), across(y1)
        parts.append((((a0, y0 + 0.04), (b0, y0 - 0.04), (b1, y1 - 0.04), (a1, y1 + 0.04)), 1.6))
    parts.append((_rect(0.0, 0.88, 1.0, 1.0), 0.7))
    ring = [(0.5 + 0.13 * math.cos(a / 8 * math.pi), 0.1 + 0.1 * math.sin(a / 8 * math.pi)) for a in range(16)]
    parts.append((tuple(ring), 1.7))
    return parts


def _fireplace() -> list[Part]:
    """A brick hearth against the wall: a mantel shelf, the surround, a dark firebox with a fire burning in it
    (drawn in its own warm light), and a stone step in front."""
    parts: list[Part] = [(_rect(0.0, 0.0, 1.0, 0.1), 1.25), (_rect(0.04, 0.1, 0.96, 0.92), 0.9),
                         (_rect(0.22, 0.3, 0.78, 0.92), 0.22)]
    for y in (0.24, 0.42, 0.6, 0.78):  # mortar lines across the surround, either side of the opening
        parts += [(_rect(0.04, y, 0.22, y + 0.012), 0.7), (_rect(0.78, y, 0.96, y + 0.012), 0.7)]
    flame = ((0.3, 0.9), (0.33, 0.66), (0.4, 0.74), (0.45, 0.5), (0.52, 0.68), (0.58, 0.46), (0.63, 0.7),
             (0.7, 0.62), (0.7, 0.9))
    parts += [(flame, LIT), (_rect(0.28, 0.86, 0.72, 0.92), 0.45), (_rect(0.0, 0.92, 1.0, 1.0), 1.1)]
    return parts


def _signboard(posts: bool) -> list[Part]:
    """A board in a darker frame (on two posts when it stands on the ground): its face, BOARD_FACE, holds words."""
    bottom = 0.64 if posts else 1.0
    parts: list[Part] = [(_rect(0.14, 0.5, 0.2, 1.0), 0.6), (_rect(0.8, 0.5, 0.86, 1.0), 0.6)] if posts else []
    return [*parts, (_rect(0.0, 0.0, 1.0, bottom), 0.62), (_rect(0.035, 0.05, 0.965, bottom - 0.05), 1.0)]


FORMS: dict[str, Sequence[Part]] = {
    "signboard": _signboard(True), "plaque": _signboard(False),
    "fridge": _fridge(), "floor lamp": _floor_lamp(), "party hat": _party_hat(), "fireplace": _fireplace(),
    "pillow": _pillow(), **LANDMARKS,
    "table": _legged(0.14), "bench": _bench(), "desk": _desk(), "counter": _cabinet(0.1, 3),
    "nightstand": _cabinet(0.14, 1), "shelf": _shelf(), "rug": _rug(), "stool": _stool(), **FIXTURES, **LONG_TOOLS,
    **HAIR_FORMS, **WEIGHTS, **SEE_THROUGH, **POTS, **CABINS, **MADE_THINGS, **PLAY_THINGS, **CLOTHS,
    **FLOORS,
}


def form_color(form: str, tint: RGB | None) -> RGB:
    return tint or DEFAULT_COLORS.get(form, DEFAULT_COLOR)


WHITE_FLOOR = 200  # every channel at least this: the form is white (or nearly), and its shade is pale


def _shade(color: RGB, light: float) -> tuple[int, int, int, int]:
    """The colour in shade (< 1), lit toward white (1-2), or a lamp's own warm light (≥ 2)."""
    if light >= LIT:
        return (*LAMP_LIGHT, 255)
    if light <= 1.0:
        if min(color) >= WHITE_FLOOR:
            light = 1.0 - (1.0 - light) * 0.35  # a white thing's shade stays white, not the grey of a grey one
        r, g, b = (round(c * light) for c in color)
    else:  # lighter: toward white
        t = light - 1.0
        r, g, b = (round(c + (255 - c) * t) for c in color)
    return (r, g, b, 255)


@lru_cache(maxsize=64)
def form_sprite(form: str, width: int, height: int, color: RGB) -> Sprite | None:
    """The form as a layered sprite `width` × `height` pixels in `color`; None for an unknown form or no size.

    Each part is rasterised only over its own bounding box, twice as large (once, for a form over 2048 px) and
    reduced: a 4K table costs about what its pixels do, not ten full-size canvases."""
    parts = FORMS.get(form)
    if parts is None or width < 2 or height < 2:
        return None
    scale = SUPERSAMPLE if max(width, height) <= MAX_SIDE // SUPERSAMPLE else 1
    layers = []
    for polygon, light in parts:
        points = [(x * (width * scale - 1), y * (height * scale - 1)) for x, y in polygon]
        left = max(0, int(min(x for x, _ in points)) // scale * scale)
        top = max(0, int(min(y for _, y in points)) // scale * scale)
        right = min(width * scale, -(-(int(max(x for x, _ in points)) + 2) // scale) * scale)
        bottom = min(height * scale, -(-(int(max(y for _, y in points)) + 2) // scale) * scale)
        if right <= left or bottom <= top:
            continue
        big = Image.new("L", (right - left, bottom - top), 0)
        ImageDraw.Draw(big).polygon([(x - left, y - top) for x, y in points], fill=255)
        mask = big.reduce(scale) if scale > 1 else big
        box = mask.getbbox()
        if box is None:
            continue
        layers.append(Layer(mask.crop(box), (left // scale + box[0], top // scale + box[1]), _shade(color, light)))
    return Sprite(tuple(layers), (width, height)) if layers else None


def fit_form(subject: Subject, size: tuple[int, int]) -> tuple[Sprite, int, int] | None:
    """The subject's form filling its box (furniture has no aspect of its own to keep), and its top-left."""
    if subject.glyph is not None or not subject.form:
        return None
    left, top, right, bottom = subject.box
    x0, y0 = round(left * size[0]), round(top * size[1])
    made = form_sprite(subject.form, round(right * size[0]) - x0, round(bottom * size[1]) - y0,
                       form_color(subject.form, subject.tint))
    return None if made is None else (made, x0, y0)


PARTYING_FACE = "🥳"


def worn_party_hat(subject: Subject) -> Subject:
    """A party hat the pictogram set can only show on a partying face: drawn as the hat alone, a cone on the
    wearer's head, so a dog in a party hat keeps its own face. Anything else comes back as it was."""
    if (subject.glyph or "").replace("\ufe0f", "") != PARTYING_FACE or "hat" not in subject.label:
        return subject
    left, top, right, bottom = subject.box
    width, height = right - left, bottom - top
    centre = (left + right) / 2
    box = (centre - width * 0.27, top + height * 0.05, centre + width * 0.27, top + height * 0.8)
    return replace(subject, glyph=None, form="party hat", box=box)
