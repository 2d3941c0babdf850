"""A craft leaving the ground rises above it: "a rocket leaving Earth", "a hot-air balloon leaving the field", "a
seaplane departing the lake" — the place left is below the craft, not somewhere around it. A person or an animal
that leaves a place ("a fox leaving its den") walks away on the ground, near it.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

LEAVING_VERBS = frozenset({"leave", "depart"})
# Craft that fly, by the last word.
CRAFT = frozenset({"rocket", "spaceship", "spacecraft", "shuttle", "plane", "airplane", "aeroplane", "jet",
                   "helicopter", "balloon", "airship", "blimp", "zeppelin", "seaplane", "ufo", "saucer", "drone",
                   "glider"})


def lifted_off(verb: str, doers: Sequence[Draft], things: Sequence[Draft]) -> bool:
    """Craft that leave (`verb`) the `things` rise above them."""
    return verb in LEAVING_VERBS and bool(doers) and bool(things) \
        and all(not (d.person or d.animal) and noun_lemma(d.noun).split()[-1] in CRAFT for d in doers)
