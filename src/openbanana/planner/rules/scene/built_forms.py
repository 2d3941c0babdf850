"""Forms for things the pictogram font draws as something else: a plant's flower pot (a pot is a cooking pot, the
cactus sat in stew) and a log cabin (the town house pictogram made a mountain cabin a suburb). Entries of
`kinds.OTHER_FORMS`: (height, width over height, the engine's form, zone, scenery)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kinds.py reads this table: its Zone only for the checker
    from openbanana.planner.rules.scene.kinds import Zone

BUILT_FORMS: dict[str, tuple[float, float, str, Zone, bool]] = {
    **dict.fromkeys(("flower pot", "flowerpot", "plant pot"), (0.26, 1.0, "flower pot", "tabletop", False)),
    **dict.fromkeys(("cabin", "log cabin", "mountain cabin", "wooden cabin"), (2.0, 1.25, "log cabin", "ground", True)),
}
PLANTED_POTS = frozenset({"pot", "planter"})  # made glyph-less by planted.py where a plant grows in them: flower pots
ROOTED = frozenset({"flower pot"})  # forms what is in them stands up out of, from the soil line (anchoring.py)
