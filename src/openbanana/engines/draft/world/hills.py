"""A hill something stands on ("a boy flying a kite on a hill", "a castle on a hilltop", "three friends on a windy
hilltop"). The planner marks the hill with the mountain pictogram, a grey peak of bare rock with snow, and stands
what is on it at its tip: a person on a rock, not on a hill. It is drawn instead as the land it is, a broad mound
in the ground's own covering (grass in the season's colour, snow, sand for a dune) with a lit flank toward the sun
and a shaded one away from it, its crest flat enough under the box's middle for what stands there. Drawn before any
subject, over the ground, so it rises out of the field in front of the horizon. A mountain keeps its pictogram.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw

from openbanana.engines.draft.pictograms import pixel_box
from openbanana.engines.draft.world.fields import mix, scale
from openbanana.engines.draft.world.light import Light
from openbanana.engines.draft.world.shore import plausible_ground
from openbanana.engines.draft.world.terrain import GRASS, SAND, SNOW
from openbanana.plan import RGB, Background, Subject

MOUNTAIN = "⛰"
HILLS = frozenset({"hill", "hills", "hilltop", "hilltops", "hillside", "hillock", "knoll", "mound", "dune",
                   "sand dune", "slope", "grassy hill", "green hill", "ridge", "ridges", "ridgeline"})
COVERS: dict[str, RGB] = {"snow": SNOW, "sand": SAND}
STEPS = 48  # points along the crest


def is_hill(subject: Subject) -> bool:
    """Whether the subject is a hill's mark: a named hill drawn with the mountain pictogram."""
    return subject.label.lower() in HILLS and (subject.glyph or "").replace("\ufe0f", "") == MOUNTAIN


def cover(background: Background) -> RGB:
    """The hill's covering: the ground's own, in the season (a dune is sand, a hill in snow white)."""
    terrain = background.terrain
    if terrain in COVERS or background.weather == "snow":
        return COVERS.get(terrain, SNOW)
    season_grass = GRASS.get(background.season or "summer", GRASS["summer"])
    return plausible_ground("grass", background.ground) or season_grass


def draw_hills(canvas: Image.Image, subjects: Sequence[Subject], background: Background, light: Light,
               sun_x: float) -> tuple[Subject, ...]:
    """Draws every hill's mound and returns the subjects left to draw."""
    hills = [s for s in subjects if is_hill(s)]
    if not hills:
        return tuple(subjects)
    base = mix(scale(cover(background), light.ambient), light.haze, light.fog * 0.45)
    for hill in hills:
        _mound(canvas, pixel_box(hill, canvas.size), base, sun_x * canvas.width)
    return tuple(s for s in subjects if s not in hills)


def _crest(box: tuple[int, int, int, int]) -> list[tuple[float, float]]:
    """The outline of a mound over the box's width, reaching a little past it so its feet meet the ground, its top
    a rounded crest at the box's top."""
    left, top, right, bottom = box
    reach = (right - left) * 0.55
    points = []
    for i in range(STEPS + 1):
        t = i / STEPS
        x = left - reach + t * (right - left + 2 * reach)
        u = (t - 0.5) * 2  # -1 .. 1 across
        rise = math.exp(-((u * 1.9) ** 2))  # a rounded crest, long skirts (0.03 at the ends)
        points.append((x, bottom - (bottom - top) * rise))
    return points


def _mound(canvas: Image.Image, box: tuple[int, int, int, int], base: RGB, sun_x: float) -> None:
    """The mound in its covering: a shaded flank away from the sun and a lit one toward it (lighter and darker than
    the flat land at its foot, so it stands out of it as a hill does), a darker rim along its crest."""
    left, top, right, bottom = box
    crest = _crest(box)
    draw = ImageDraw.Draw(canvas, "RGBA")
    ground_line = bottom + (bottom - top) * 0.02
    draw.polygon([*crest, (crest[-1][0], ground_line), (crest[0][0], ground_line)], fill=base)
    middle = (left + right) / 2
    sunward = 1 if sun_x >= middle else -1
    lit, shade = mix(base, (255, 250, 220), 0.3), mix(base, (20, 30, 20), 0.3)
    half = [p for p in crest if (p[0] - middle) * sunward >= 0]
    far = [p for p in crest if (p[0] - middle) * sunward <= 0]
    slant = middle + sunward * (right - left) * 0.3  # the flanks meet along a slant, not straight down
    draw.polygon([*half, (slant, ground_line)], fill=(*lit, 130))
    draw.polygon([*far, (slant, ground_line)], fill=(*shade, 120))
    width = max(2, round((right - left) / 160))
    draw.line(crest, fill=(*mix(base, (20, 30, 20), 0.3), 200), width=width, joint="curve")
