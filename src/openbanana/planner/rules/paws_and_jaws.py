"""What an animal takes with its mouth or its paws, for verbs the table of verbs reads only as "near": "a bear
catching a salmon" has the fish in its jaws, "a squirrel nibbling an acorn" or "stealing a donut" holds it in its
forepaws. Read as near, the composer left the salmon in the river beside the bear and the acorn on the ground.
A thrown thing one catches ("a dog catching a frisbee") is in the air beside it, and an animal with no hands to
hold with ("a rabbit nibbling a carrot", "a puppy chewing a slipper") keeps its food near."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

PREY_VERBS = frozenset({"catch", "snatch"})  # prey caught is held in the jaws or the talons
GNAWING_VERBS = frozenset({"nibble", "gnaw", "munch", "steal", "chew", "crack", "nab"})
# Animals that sit up and hold their food in their forepaws.
PAW_HOLDERS = frozenset({"squirrel", "chipmunk", "hamster", "mouse", "rat", "raccoon", "otter", "sea otter",
                         "monkey", "chimpanzee", "gorilla", "orangutan", "lemur", "koala", "panda",
                         "red panda", "gerbil", "dormouse", "beaver", "marmot"})


def _animals(drafts: Sequence[Draft]) -> bool:
    return all(d.animal and not d.person for d in drafts)


def held_by_animal(verb: str, doers: Sequence[Draft], things: Sequence[Draft]) -> bool:
    """The animal `doers` hold the `things` they `verb` (a lemma; "" when a preposition came between): prey
    they catch, food that a paw holder gnaws or steals."""
    if not verb or not doers or not things or not _animals(doers):
        return False
    if verb in PREY_VERBS:
        return _animals(things)
    paws = all(noun_lemma(d.noun) in PAW_HOLDERS for d in doers)
    return verb in GNAWING_VERBS and paws and not any(d.person or d.animal for d in things)
