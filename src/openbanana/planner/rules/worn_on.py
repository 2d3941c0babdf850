"""A garment named with a bare "on" after it ("a boy reading on the steps, headphones on", "…, a man bun, helmet
on"): the person named before it wears it. The "on" has no object of its own: without this it took the next thing
named as the garment's support ("headphones on, reading a comic" put the headphones on a "reading"), and the
person went without them."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.vocabulary.attributes import WEARABLES

REACH = 12  # how many things back the wearer may have been named ("a guy with …, laptop open …, headphones on")


def wearer(garments: Sequence[int], drafts: Sequence[Draft]) -> list[int]:
    """The one who wears the garments a bare "on" followed: the last person named shortly before them (an animal
    when no person was), or [] when they are no garments or nobody came before them."""
    if not garments or not all(drafts[i].noun in WEARABLES for i in garments):
        return []
    first = min(garments)
    before = range(first - 1, max(-1, first - 1 - REACH), -1)  # a bounded look back: planning stays linear
    person = next((i for i in before if drafts[i].person), None)
    if person is None:
        person = next((i for i in before if drafts[i].animal), None)
    return [] if person is None else [person]
