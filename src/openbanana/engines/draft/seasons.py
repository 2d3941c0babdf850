"""Leaves in the season's colours: in autumn a broadleaf tree's greens turn to amber, orange and rust, as the
painted treelines and hills already do. The pictogram font has one green tree for every season, and its loose leaves
(🍃, what "autumn leaves" or "a pile of leaves in autumn" is drawn with) are green too.

Only the layers' flat colours change (hue turned, lightness kept), so a turned tree costs what a green one does, and
a tree whose colour the prompt named keeps it.
"""

from __future__ import annotations

import colorsys

from openbanana.engines.draft.pictograms import recolored
from openbanana.imaging.drawing.glyphs import RGBA, Sprite
from openbanana.scene import Season

BROADLEAVES = frozenset("🌳")  # conifers and palms stay green
TURNING = BROADLEAVES | frozenset("🍃")  # a broadleaf tree and fallen or blown leaves; herbs and sprouts stay green
AUTUMN_HUES = (0.075, 0.1, 0.04)  # amber, orange, rust: one per tree, by where it stands


def _green(color: RGBA) -> bool:
    r, g, b = color[:3]
    return g > r + 12 and g > b + 12


def in_season(made: Sprite, glyph: str | None, season: Season | None, which: int = 0) -> Sprite:
    """The sprite with its leaves in the season's colours; `which` picks the tree's own shade among its
    neighbours'. Anything but a broadleaf or loose leaves in autumn comes back as it was."""
    if season != "autumn" or glyph is None or glyph.replace("\ufe0f", "") not in TURNING:
        return made
    hue = AUTUMN_HUES[which % len(AUTUMN_HUES)]

    def turn(color: RGBA) -> RGBA:
        if not _green(color):
            return color
        _, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in color[:3]))
        r, g, b = colorsys.hsv_to_rgb(hue, min(1.0, s * 1.2 + 0.15), min(1.0, v * 1.45))
        return (round(r * 255), round(g * 255), round(b * 255), color[3])

    return recolored(made, turn)
