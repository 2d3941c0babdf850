"""Where one who does a thing "from" a seat or a raised place is: on it. "An old man feeding pigeons from a park
bench" sits on the bench, "a girl waving from a balcony" stands on the balcony; read as near, the composer drew the
man on the path beside the bench. A verb that takes a thing out of a place ("taking a book from a shelf", "drinking
from a fountain") names no seat, so it keeps its reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

# Things one sits or stands on while doing something to what is below or around ("from a bench", "from a pier").
VANTAGES = frozenset({"bench", "park bench", "chair", "armchair", "deckchair", "deck chair", "sofa", "couch",
                      "settee", "stool", "balcony", "porch", "veranda", "verandah", "terrace", "deck", "dock", "pier",
                      "jetty", "wharf", "bridge", "footbridge", "rooftop", "roof", "ledge", "cliff", "clifftop",
                      "hilltop", "rock", "boulder", "wall", "fence", "step", "steps", "stoop", "platform"})


def seated_from(verb: str, preposition: str, doers: Sequence[Draft], things: Sequence[Draft]) -> bool:
    """Whether the lively `doers`, doing something "from" (`preposition`) the `things`, stand or sit on them; not
    when "from" measures a distance (`verb` "away": "a horse standing a few metres from a fence")."""
    if verb == "away" or preposition != "from" or not doers or not things:
        return False
    if not all(d.person or d.animal for d in doers):
        return False
    return all(noun_lemma(t.noun) in VANTAGES or noun_lemma(t.noun).split()[-1] in VANTAGES for t in things)
