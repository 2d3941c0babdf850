"""Bare rock underfoot on a mountain: "yoga on a mountain top", "a goat on a rocky cliff" or "a hiker on the peak"
stand on stone under a mountain backdrop, which was painted as the paving slabs of a town square. Rock is mottled
in broad patches of lighter and darker stone, grained, and split by dark cracks, with no grid."""

from __future__ import annotations

import numpy as np

from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.ground import Ground, depth_ramp, lit, perspective, shaded, texture
from openbanana.plan import RGB

ROCK: RGB = (122, 112, 100)  # a warm brown-grey: a plan's pale stone grey alone read as ice


def rock_field(ground: Ground) -> np.ndarray:
    """The ground as weathered rock, the plan's ground colour taken most of the way to a warm brown-grey."""
    view = perspective(ground)
    patches = texture(ground, view, 5, 2.2, beta=2.2)
    grain = texture(ground, view, 40, 16, beta=1.4)
    seams = np.abs(texture(ground, view, 9, 3.5, beta=2.0))
    cracks = np.exp(-(seams / 0.035) ** 2) * np.clip(view.s * 2.5, 0, 1)
    amount = patches * 0.22 + grain * 0.07 - cracks * 0.28 + (view.s - 0.5) * 0.1
    stone = mix(ground.base, ROCK, 0.65) if ground.base else ROCK
    return shaded(depth_ramp(ground, lit(ground, stone), view), amount)
