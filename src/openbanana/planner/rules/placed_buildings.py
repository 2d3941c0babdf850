"""A shop or a cafe named as a thing that stands somewhere is a building seen from outside: "a tiny coffee shop
under a big tree", "a bakery beside a canal", "a cafe with a bike parked in front of it". Read as a place word, the
scene was the shop's room and nothing of the shop was drawn; places.py puts its front on the street instead, as it
does for a shop something stands in front of.

Only a phrase that opens a clause (the prompt's start, after a colon, a comma, "of" or "and") is such a thing: "a
barista in a coffee shop under warm lights" is in the shop's room."""

from __future__ import annotations

import re

from openbanana.planner.rules.naming import is_building
from openbanana.planner.rules.vocabulary.settings import PLACES

# Places that are a business's own building, though their pictogram is none (a cafe, a diner).
STOREFRONTS = frozenset({"cafe", "café", "coffee shop", "diner", "restaurant", "pub", "bistro", "pizzeria",
                         "tea shop", "teahouse", "ice cream shop", "bookshop", "bakery", "florist", "deli"})
PLACED = re.compile(r"(?:^|[:,;.] |\bof |\band )(?:a|an|the) (?:[a-z]+ )?([a-z]+)(?: ([a-z]+))? "
                    r"(?=under\b|beneath\b|beside\b|next to\b|below\b|by (?:a|an|the)\b"
                    r"|with (?:a|an) [a-z ]+? (?:in front of|outside|beside|next to) it\b)")


def placed_building(lowered: str) -> re.Match[str] | None:
    """Where the prompt names a shop that stands under, beside or with something, or None."""
    for found in PLACED.finditer(lowered):
        words = [w for w in found.groups() if w]
        if any(_storefront(name) for name in (" ".join(words), words[-1])):
            return found
    return None


def _storefront(name: str) -> bool:
    return name in PLACES and PLACES[name].indoor and (name in STOREFRONTS or is_building(name))
