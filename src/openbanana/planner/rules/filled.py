"""What a filled container ("a mug of cocoa", "a bowl of ramen") has "with" it: a food that goes into what it holds
("with marshmallows", "with two slices of pork, a soft-boiled egg") and what stands in a drink or a bowl ("with a
paper straw", "with a spoon") are in it; a dish served on its own plate ("a cup of coffee with a croissant", "a bowl
of soup with a grilled cheese sandwich") and anything else stand beside it.

The filling says the thing is a container even where its first sense is not ("a glass of iced coffee"); a plate
or a board holds nothing "in" it (relation_meaning puts what is with a board on it)."""

from __future__ import annotations

from openbanana.planner.noun_kinds import FOOD_KINDS, noun_kinds
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

CONTAINER_KINDS = frozenset({"box or container", "cooking pot or pan", "bag"})  # a bowl, a wok, a tote
# Dishes of their own, by the last word: baked goods and sandwiches are served beside a drink or a bowl, never in it.
SERVED_BESIDE = frozenset({"croissant", "muffin", "cookie", "biscuit", "scone", "donut", "doughnut", "bagel", "cake",
                           "cupcake", "pastry", "toast", "bread", "sandwich", "pie", "pretzel", "waffle", "pancake",
                           "brownie", "baguette", "bun", "roll", "tart", "cracker", "sandwiches", "macaron"})
# Things that stand or float in a drink or a bowl, though no food: "a glass of lemonade with a straw".
STANDING_IN = frozenset({"straw", "spoon", "teaspoon", "stirrer", "tea bag", "teabag", "ice", "ice cube",
                         "cocktail umbrella", "ladle"})


def filled(container: Draft) -> bool:
    """The container was named with what fills it: "a mug of cocoa", "a bowl of ramen"."""
    return any(m.startswith("of ") for m in container.modifiers)


def in_filled(container: Draft, thing: Draft) -> bool:
    """The thing named "with" a filled container goes into it (see the module's docstring)."""
    if thing.person or thing.animal or not set(noun_kinds(noun_lemma(container.noun))[:2]) & CONTAINER_KINDS:
        return False
    name = noun_lemma(thing.noun)
    if name in STANDING_IN or name.split()[-1] in STANDING_IN:
        return True
    return name.split()[-1] not in SERVED_BESIDE and bool(set(noun_kinds(name)[:2]) & FOOD_KINDS)
