"""Things strewn rather than set down ("scatter petals around the cup", "sprinkle some seashells on the gravel"):
several small copies round the spot one would have taken, each kept off faces (they may touch each other), so the
answer's "petals" are petals and not one pictogram standing in for them."""

from __future__ import annotations

import re

from openbanana.engines.draft.photo.placing import box_at, free_box
from openbanana.engines.draft.photo.shading import lay_in
from openbanana.engines.draft.photo.steps import Photo
from openbanana.plan import Box, PhotoEdit, Subject

COPIES = 5
COVERING = "cover|fill|decorate|carpet|litter|dot"  # a covering is strewn thicker: more copies
COVERING_COPIES = 8
SHRINK = 0.55  # each copy's size, as a share of the one thing's box
SPREAD = 2.4  # how far from the spot's centre a copy may land, in the spot's own widths and heights


def strewn(edit: PhotoEdit) -> bool:
    """Whether the request strews several of a thing (a strewing verb, or a covering one: "cover the table with
    petals", and a plural name)."""
    return bool(re.match(rf"(?:scatter|strew|sprinkle|spread|{COVERING})\b", edit.request)) and bool(
        re.fullmatch(r"[a-z ]*[^isu]s", edit.name))


def strew(photo: Photo, edit: PhotoEdit, spot: Box, avoid: list[Box], *, aloft: bool = False) -> bool:
    """The copies laid in round `spot` (fractions), shadowed as things lying there (or, `aloft`, spread up and down
    with no shadow: balloons filling a sky); False when none could be drawn."""
    width, height = spot[2] - spot[0], spot[3] - spot[1]
    cx, cy = (spot[0] + spot[2]) / 2, (spot[1] + spot[3]) / 2
    rgb, laid_in = photo.rgb, 0
    copies = COVERING_COPIES if re.match(COVERING, edit.request) else COPIES
    for _ in range(copies * 3):  # a copy that would cover a face is not moved elsewhere (up a shelf): it is skipped
        x = cx + photo.rng.uniform(-SPREAD, SPREAD) * width / 2  # lying things spread sideways and to the front,
        y = cy + photo.rng.uniform(-SPREAD / (2 if aloft else 4), SPREAD / 2) * height / 2  # little further back
        box = box_at((_inside(x, cx), _inside(y, cy)), (width * SHRINK, height * SHRINK))
        if free_box(box, avoid) != box:
            continue
        laid = lay_in(rgb, Subject(edit.name, edit.glyph or "", box, z=2, role="support", tint=edit.color),
                      shadow=not aloft, seed=photo.rng.randrange(2**32))
        if laid is None:
            return False
        rgb, drawn = laid
        photo.drawn.append(drawn)
        laid_in += 1
        if laid_in == copies:
            break
    photo.changed(rgb)
    return laid_in > 0


def _inside(value: float, centre: float) -> float:
    """A copy's centre that would fall off the photo folded back the other way from the spot, so copies near an edge
    spread inward instead of piling up against it."""
    return 2 * centre - value if not 0.04 < value < 0.96 else value
