"""Going past an upright thing — a wall, a fence, a shop front — is passing in front of it: "a girl skateboarding past
a graffiti wall", "a courier cycling past a row of shops", and so is a vehicle's ("a tram passing a row of houses",
"a bus rolling past a bakery"). Read as near, the composer could set the wall beside the one going by or before
it, and the picture lost the wall behind. A person or an animal gone past ("kicking a ball past a goalkeeper")
stays near.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.crossings import travels_on_the_ground
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.worked_things import UPRIGHT

FRONTS = UPRIGHT | {"shop", "store", "storefront", "shopfront", "building", "house", "cafe", "café", "bakery",
                    "hedge", "billboard", "bookshop", "boutique", "diner", "restaurant"}


def passed_in_front(preposition: str, doers: Sequence[Draft], things: Sequence[Draft], verb: str = "") -> bool:
    """The `doers` (people, animals or vehicles) go "past" `things` that stand upright, or pass them (`verb`):
    they pass in front of them."""
    return (preposition == "past" or verb == "pass") and bool(doers) and bool(things) \
        and all(d.person or d.animal or travels_on_the_ground(d.noun) for d in doers) \
        and all(not (t.person or t.animal) and noun_lemma(t.noun).split()[-1] in FRONTS for t in things)
