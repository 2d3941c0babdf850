"""What a person's action stands on when the plan draws nothing under it: a skateboard, skates, skis.

"a boy skateboarding down a ramp" reads as a boy who skateboards; the reading names no board, so he stood on the
road with nothing under his feet. A whole figure whose action is done on a board gets the board under its shoes,
and stands on it (lifted by the board's height), so the action shows. A figure the plan stands on its board or another
ridden thing ("on his skateboard", "riding a scooter") has what it needs; one stood on a place ("down a ramp", "on
a frozen pond") still gets the board under its shoes on that place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.imaging.people import figure_aspect, is_head
from openbanana.plan import Subject
from openbanana.scene import Entity, Relation

# action → (what it stands on, its pictogram or "" for a drawn form of that name, its width in figure widths,
# its height in figure heights)
GEAR: dict[str, tuple[str, str, float, float]] = {
    "skateboarding": ("skateboard", "", 1.15, 0.09), "skating": ("roller skates", "🛼", 1.2, 0.16),
    "rollerskating": ("roller skates", "🛼", 1.2, 0.16), "roller skating": ("roller skates", "🛼", 1.2, 0.16),
    "skiing": ("skis", "🎿", 2.0, 0.2),
}
# the head nouns of things ridden or stood on to move ("on his skateboard"; "on the boardwalk" is a place)
RIDDEN = frozenset({"board", "skateboard", "longboard", "snowboard", "surfboard", "skate", "skates", "ski", "skis",
                    "scooter", "bike", "bicycle", "motorbike", "motorcycle", "unicycle", "sled", "sledge"})


def on_gear(entities: Sequence[Entity], relations: Sequence[Relation], subjects: Sequence[Subject],
            size: tuple[int, int]) -> tuple[Subject, ...]:
    """The subjects with each such figure lifted onto the thing its action is done on (added under its feet;
    `size`: the canvas in pixels, for the figure's drawn width)."""
    out = list(subjects)
    heads = {entity.id: entity.noun.lower().split()[-1] for entity in entities if entity.noun.strip()}
    standing = {r.subject for r in relations
                if r.predicate == "riding" or (r.predicate == "on" and heads.get(r.object) in RIDDEN)}
    for entity in entities:
        gear = GEAR.get(entity.action.lower().strip())
        index = next((i for i, s in enumerate(out) if s.entity == entity.id and s.figure and is_head(s.glyph)),
                     None)
        if gear is None or index is None or entity.id in standing or out[index].pose:
            continue
        me = out[index]
        label, glyph, wide, tall = gear
        left, top, right, bottom = me.box
        figure = min(right - left, (bottom - top) * figure_aspect(me.glyph) * size[1] / size[0])
        high, width = (bottom - top) * tall, figure * wide
        lift = high * (0.55 if glyph else 0.4)  # a drawn deck: the feet on its top, the wheels below
        centre = (left + right) / 2
        out[index] = replace(me, box=(left, top - lift, right, bottom - lift))
        out.append(Subject(label, glyph or None, (centre - width / 2, bottom - high, centre + width / 2, bottom),
                           z=me.z + 1, role="support", entity=f"{entity.id}:gear", depth=me.depth - 1e-3,
                           form="" if glyph else label))
    return tuple(out)
