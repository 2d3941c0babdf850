"""Food eaten from a plate or a bowl with a fork or a spoon is not in the eater's hands: "a toddler eating spaghetti",
"a boy eating soup", "slurping noodles" — the dish is before the eater, near, as "sharing a pizza" is. Food eaten
out of the hand ("eating an apple", "biting a sandwich", "licking an ice cream") is still held.

Said of the finished graph, once the reading has placed the eater: the place after the dish ("eating spaghetti in
a high chair") stays the eater's alone, as it was while the dish was held. An eater at a table ("eating cereal at the
kitchen table") has the dish on that table, not on the floor beside the chair, where a row of the three had shrunk
the eater.
"""

from __future__ import annotations

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.relation_words import TABLES
from openbanana.scene import Entity, Relation

EATING = frozenset({"eating"})  # the action a verb of eating leaves on the eater
# Dishes served in a bowl or on a plate, by the last word.
PLATED = frozenset({"spaghetti", "pasta", "noodle", "noodles", "soup", "cereal", "porridge", "oatmeal", "salad",
                    "rice", "stew", "curry", "ramen", "risotto", "pho", "goulash", "broth", "paella", "lasagna",
                    "lasagne", "macaroni", "casserole"})


def plated_dishes(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations, with a plated dish an eater was read to hold put near the eater instead, or on the table the
    eater is at."""
    eaters = {e.id for e in entities if e.action in EATING}
    dishes = {e.id for e in entities if noun_lemma(e.noun).split()[-1] in PLATED}
    tables = {e.id for e in entities if e.noun.split()[-1] in TABLES}
    at_table = {r.subject: r.object for r in relations if r.subject in eaters and r.object in tables
                and r.predicate in ("near", "next_to")}
    return tuple(dict.fromkeys(
        _served(r, at_table) if r.predicate == "holding" and r.subject in eaters and r.object in dishes else r
        for r in relations))


def _served(held: Relation, at_table: dict[str, str]) -> Relation:
    """Where the held dish goes: on the eater's table, else near the eater."""
    table = at_table.get(held.subject)
    return Relation(held.object, "on", table) if table is not None else Relation(held.object, "near", held.subject)
