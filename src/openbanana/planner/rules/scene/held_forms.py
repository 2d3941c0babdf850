"""Small held things and a rope drawn as a form of their own (engines/draft/world/held_things.py), which no
pictogram shows: "his little sister hands him the tape", "its leash in its mouth", "grilling skewers", "a bicycle on
a tightrope" had each left the thing, and every relation to it, out of the picture. Entries as kinds.OTHER_FORMS's:
(height, width over height, form, zone, scenery), by the words that name the thing itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kinds.py reads this table: its Zone only for the checker
    from openbanana.planner.rules.scene.kinds import Zone

HELD_FORMS: dict[str, tuple[float, float, str, Zone, bool]] = {
    **dict.fromkeys(("tape", "roll of tape", "tape roll", "duct tape", "masking tape", "sticky tape", "packing tape"),
                    (0.07, 1.0, "tape roll", "tabletop", False)),
    **dict.fromkeys(("leash", "dog leash", "lead rope"), (0.4, 0.55, "leash", "tabletop", False)),
    **dict.fromkeys(("skewer", "skewers", "kebab", "kebabs", "shish kebab", "satay", "yakitori"),
                    (0.05, 4.5, "skewer", "tabletop", False)),
    **dict.fromkeys(("tightrope", "tight rope", "tightwire", "high wire", "slackline"),
                    (0.9, 5.0, "tightrope", "ground", False)),
}
