"""Made things drawn as a form of their own (engines/draft/world/made_things.py), which no pictogram shows and none
stands in for by meaning: they had been left out of the picture, and every relation to them with them. Entries as
kinds.OTHER_FORMS's: (height, width over height, form, zone, scenery); the head words only, so "a balcony railing"
is a railing on a balcony, as the reader finds it, not a new thing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openbanana.planner.rules.scene.held_forms import HELD_FORMS

if TYPE_CHECKING:  # kinds.py reads this table: its Zone only for the checker
    from openbanana.planner.rules.scene.kinds import Zone

MADE_FORMS: dict[str, tuple[float, float, str, Zone, bool]] = {
    **dict.fromkeys(("ramp", "half pipe", "halfpipe", "quarter pipe"),
                    (0.9, 1.7, "ramp", "ground", False)),
    **dict.fromkeys(("gurney", "stretcher"), (0.62, 2.3, "gurney", "ground", False)),
    **dict.fromkeys(("railing", "railings", "handrail", "balustrade", "banister"),
                    (0.75, 3.2, "railing", "ground", False)),
    **dict.fromkeys(("crater",), (0.35, 3.0, "crater", "ground", False)),
    # a flight of steps, not the ladder the font's nearest picture is: "shovelling the front steps"
    **dict.fromkeys(("steps", "step", "stairs", "staircase", "stairway"),
                    (0.8, 1.3, "steps", "ground", False)),
    **dict.fromkeys(("fish tank", "aquarium tank"), (0.45, 1.6, "fish tank", "ground", False)),  # "tank" alone: armour
    **dict.fromkeys(("trampoline", "garden trampoline"), (0.45, 3.2, "trampoline", "ground", False)),
    # cloth laid flat: a product "on a linen cloth" had stood on a blouse, a teapot on "a tablecloth" on a scarf
    **dict.fromkeys(("cloth", "tablecloth", "table cloth", "napkin", "tea towel", "dish towel", "placemat",
                     "doily"), (0.1, 3.4, "cloth", "ground", False)),
    # a block a product stands on: "sneakers on a pink cube", "a vase on a plinth" had stood on nothing (or a shrine)
    **dict.fromkeys(("cube", "display cube", "plinth", "pedestal", "display stand", "riser"),
                    (0.42, 1.15, "plinth", "ground", False)),
    # floors a thing stands on that were only the scene's place (stood_places.py): their lit top carries it
    "stage": (0.45, 3.6, "stage", "ground", False), "balcony": (0.8, 2.6, "balcony", "ground", False),
    "lawn": (0.14, 3.6, "lawn", "ground", False), "road": (0.16, 3.8, "road", "ground", False),
    "soil": (0.2, 3.0, "soil", "ground", False),
    **HELD_FORMS,  # a roll of tape, a leash, a skewer, a tightrope
}
