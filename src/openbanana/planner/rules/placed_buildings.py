"""A shop or a cafe named as a thing that stands somewhere is a building seen from outside: "a tiny coffee shop
under a big tree", "a bakery beside a canal", "a cafe with a bike parked in front of it". Read as a place word, the
scene was the shop's room and nothing of the shop was drawn; places.py puts its front on the street instead, as it
does for a shop something stands in front of.

Only a phrase that opens a clause (the prompt's start, after a colon, a comma, "of" or "and") is such a thing: "a
barista in a coffee shop under warm lights" is in the shop's room."""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.naming import is_building
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity, Predicate, Relation

# Places that are a business's own building, though their pictogram is none (a cafe, a diner).
STOREFRONTS = frozenset({"cafe", "café", "coffee shop", "diner", "restaurant", "pub", "bistro", "pizzeria",
                         "tea shop", "teahouse", "ice cream shop", "bookshop", "bakery", "florist", "deli"})
PLACED = re.compile(r"(?:^|[:,;.] |\bof |\band )(?:a|an|the) (?:[a-z]+ )?([a-z]+)(?: ([a-z]+))? "
                    r"(?=under\b|beneath\b|beside\b|next to\b|below\b|by (?:a|an|the)\b"
                    r"|with (?:a|an) [a-z ]+? (?:in front of|outside|beside|next to) it\b)")
# What the shop stands so to the thing named right after the place word, and what a thing "with" it does so to it.
STANDS: dict[str, Predicate] = {"under": "under", "beneath": "under", "below": "below", "beside": "next_to",
                                "next to": "next_to", "by": "next_to"}
AFTER = re.compile(r"(under|beneath|below|beside|next to|by) (?:a|an|the) ((?:[a-z]+ ){0,2}[a-z]+)\b")
WITH_IT = re.compile(r"with (?:a|an) (?:[a-z]+ ){0,2}?([a-z]+) (?:[a-z]+ )?(in front of|outside|beside|next to) it\b")
THINGS_BY_IT: dict[str, Predicate] = {"in front of": "in_front_of", "outside": "in_front_of", "beside": "next_to",
                                      "next to": "next_to"}


def placed_building(lowered: str) -> re.Match[str] | None:
    """Where the prompt names a shop that stands under, beside or with something, or None."""
    for found in PLACED.finditer(lowered):
        words = [w for w in found.groups() if w]
        if any(_storefront(name) for name in (" ".join(words), words[-1])):
            return found
    return None


def placed_relations(found: re.Match[str], building: Entity, entities: Sequence[Entity],
                     lowered: str) -> tuple[Relation, ...]:
    """"a coffee shop under a big tree, with a bicycle parked in front of it": the shop under the tree, the bicycle
    in front of the shop (each thing found by the last word of its noun)."""
    by_word = {e.noun.split()[-1]: e.id for e in entities if e.id != building.id}
    rest = lowered[found.end():]
    related: list[Relation] = []
    stands = AFTER.match(rest)
    named = [by_word[w.removesuffix("s")] for w in (stands.group(2).split() if stands else ()) if w.removesuffix("s")
             in by_word]  # "under a big oak tree": the tree
    if stands and named:
        related.append(Relation(building.id, STANDS[stands.group(1)], named[-1]))
    if (near := WITH_IT.search(rest)) and (thing := by_word.get(near.group(1).removesuffix("s"))):
        related.append(Relation(thing, THINGS_BY_IT[near.group(2)], building.id))
    return tuple(related)


def _storefront(name: str) -> bool:
    return name in PLACES and PLACES[name].indoor and (name in STOREFRONTS or is_building(name))
