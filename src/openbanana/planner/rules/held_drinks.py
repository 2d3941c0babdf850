"""A drink a seated person is "with" is in that person's hands: "a woman curled up on a window seat with a cup of
tea", "a girl on a bench with a mug of cocoa". The reading gives "with" to the phrase just before it (the seat),
so the cup stood on the seat beside her; a cup, a mug or a glass filled with a drink ("of tea") is held by the
one who sits there. An empty cup, or one with a place of its own ("a mug of tea on the table"), is left as read.
"""

from __future__ import annotations

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Entity, Relation

DRINK_VESSELS = frozenset({"cup", "mug", "glass", "teacup", "flask", "thermos"})
SEATED = frozenset({"on", "in"})
WITH_A_SEAT = frozenset({"on", "in", "next_to"})  # what "with" after a seat made of the vessel and the seat


def held_drinks(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                people: set[str]) -> tuple[Relation, ...]:
    """The relations, with a filled drink vessel on the seat of one of `people` (ids) held by that person."""
    filled = {e.id for e in entities if noun_lemma(e.noun).split()[-1] in DRINK_VESSELS
              and any(m.startswith("of ") for m in e.modifiers)}
    seats = {r.object: r.subject for r in relations if r.subject in people and r.predicate in SEATED}
    held: dict[Relation, tuple[str, str]] = {}  # the relation read → (the sitter, the vessel)
    for r in relations:
        vessel, seat = (r.subject, r.object) if r.subject in filled else (r.object, r.subject)
        if vessel in filled and seat in seats and r.predicate in WITH_A_SEAT and _placed_once(vessel, relations):
            held[r] = (seats[seat], vessel)
    return tuple(dict.fromkeys(Relation(held[r][0], "holding", held[r][1]) if r in held else r for r in relations))


def _placed_once(vessel: str, relations: tuple[Relation, ...]) -> bool:
    """The vessel has one relation only: the one "with" gave it (a mug "on the table" too has a place of its own)."""
    return sum(vessel in (r.subject, r.object) for r in relations) == 1
