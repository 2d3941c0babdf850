"""Water named as a thing ("fishing from a rowboat on a lake", "a dolphin jumping out of the sea") where the world
already paints that water: the planner marks it with the wave pictogram, which, standing on the painted lake, read
as a stray blue wave beside the boat or the runner. It is drawn instead as what a lake's surface shows at that
spot: flat rings of ripples in the water, in its box, kept inside the band the world painted as water, drawn on the
water before any subject (a frog's lily pad or a boat in the same spot lies over them, not under). Each ring is
a shaded line with a lit one just above it, so it reads on a dark sea at dusk and on pale water mirroring the sky."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw

from openbanana.engines.draft.pictograms import pixel_box
from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.shore import WATER_MARK
from openbanana.imaging.drawing.glyphs import RGBA
from openbanana.plan import RGB, Subject

RINGS: tuple[tuple[float, int], ...] = ((0.4, 190), (0.7, 140), (1.0, 95))  # half-width share, opacity
FLAT = 0.2  # a ring's height over its width: water seen from the side
# each set of rings: where its centre is across and down the box (shares), its width as a share of the box's; two
# sets, the far one smaller, so the ripples cover the spot the water was named at, not a thin line along its foot
SETS: tuple[tuple[float, float, float], ...] = ((0.38, 0.35, 0.6), (0.55, 0.78, 1.0))
# named waters that are things of their own shape, kept as their mark: a wave (a surfer rides it), a pool, a puddle
OWN_SHAPE = frozenset({"wave", "waves", "surf", "pool", "pools", "swimming pool", "paddling pool", "puddle",
                       "puddles", "fountain", "bath", "bathtub", "tub"})


def painted_water(subject: Subject) -> bool:
    """Whether the subject is a body of water's mark (drawn so where the world has a water band): the wave, not
    the picture's hero (a misty lake alone is the picture's subject and keeps its mark), nor a water of its own shape
    (a wave, a pool)."""
    return (subject.role != "hero" and not subject.figure and subject.label.lower() not in OWN_SHAPE
            and (subject.glyph or "").replace("\ufe0f", "") == WATER_MARK)


def draw_ring_sets(canvas: Image.Image, box: tuple[int, int, int, int], water: tuple[float, float],
                 colour: RGB) -> None:
    """Two sets of rings of ripples over the box, each moved into the painted water band when the box reaches past
    it (a river's mark staged on its bank); `colour` is the world's water."""
    left, top, right, bottom = box
    band_top, band_bottom = water[0] * canvas.height, water[1] * canvas.height
    box_w = max(4, right - left)
    for across, down, share in SETS:
        width = box_w * share
        half_h = width / 2 * FLAT
        low, high = band_top + half_h + 2, max(band_top + half_h + 2, band_bottom - half_h - 2)
        centre = (left + box_w * across, min(max(top + (bottom - top) * down, low), high))
        _rings(canvas, centre, width, colour)


def _rings(canvas: Image.Image, centre: tuple[float, float], width: float, colour: RGB) -> None:
    """Flat rings around a centre, each a shaded line under a lit one, fainter outward."""
    centre_x, centre_y = centre
    line = max(2, round(width / 40))
    shade = mix(colour, (10, 30, 60), 0.45)
    draw = ImageDraw.Draw(canvas, "RGBA")
    for share, alpha in RINGS:
        a = width / 2 * share
        b = max(2.0, a * FLAT * (1 + 0.3 * math.sin(share * 3)))
        dark: RGBA = (*shade, alpha)
        light: RGBA = (255, 255, 255, alpha)
        draw.ellipse((centre_x - a, centre_y - b + line, centre_x + a, centre_y + b + line), outline=dark, width=line)
        draw.ellipse((centre_x - a, centre_y - b, centre_x + a, centre_y + b), outline=light, width=line)


def ripple_waters(canvas: Image.Image, subjects: Sequence[Subject], water: tuple[float, float] | None,
                  colour: RGB) -> tuple[Subject, ...]:
    """Draws the ripples of every named water on the world's `water` band and returns the subjects left to draw (all
    of them where the world has no water)."""
    if water is None:
        return tuple(subjects)
    waters = [s for s in subjects if painted_water(s)]
    for subject in waters:
        draw_ring_sets(canvas, pixel_box(subject, canvas.size), water, colour)
    return tuple(s for s in subjects if s not in waters)
