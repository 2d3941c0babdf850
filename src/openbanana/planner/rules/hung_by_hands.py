"""A person who hangs from a rope, a vine or a bar holds it: "a climber hanging from a rope on a cliff", "a boy
swinging from a vine", "a gymnast hanging on the rings". Read as "under" (as a lantern hangs from a branch), the
composer put the climber below a rope no hand reached. An animal that hangs (a sloth from a branch, a bat) keeps
"under": it hangs by its claws or its feet, and the bench asks for it so.
"""

from __future__ import annotations

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

HANGING_VERBS = frozenset({"hang", "dangle", "swing"})
# What a hand grips to hang from, by its last word.
GRIPPED = frozenset({"rope", "ropes", "vine", "vines", "bar", "bars", "rung", "rail", "railing", "ring", "rings",
                     "cord", "cable", "strap", "handle", "trapeze", "zipline", "line", "liana", "chain"})
HUNG_PREDICATES = frozenset({"under", "on", "below"})


def hangs_by_hands(subject: Draft, predicate: str, thing: Draft, verb: str) -> bool:
    """The subject, a person, hangs from (or on) a thing a hand grips: it holds it."""
    return verb in HANGING_VERBS and predicate in HUNG_PREDICATES and subject.person \
        and noun_lemma(thing.noun).split()[-1] in GRIPPED
