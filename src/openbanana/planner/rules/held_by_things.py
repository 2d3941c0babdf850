"""What a thing that is no one does with what it "holds" or is "in": "a floating shelf holding four potted
succulents" has them on it, "a vase holding tulips" in it; "a taco in sunglasses" wears them. Read as a person's,
the shelf held the succulents in its hands, and the taco was drawn inside the sunglasses.

Only the head decides: a carrier or a piece of furniture holds what is on it, a container (by its first sense) what
is in it; a thing "in" a garment that holds nothing (glasses, a raincoat, pyjamas) wears it, not one "in" a hat, a
boot or a coat, which a small thing can be put into (or its pocket). A figure (a snowman, a robot) wears
whatever it is in.
"""

from __future__ import annotations

from openbanana.planner.noun_kinds import noun_kinds
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.filled import CONTAINER_KINDS
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.scene.kinds import furniture_form
from openbanana.planner.rules.vocabulary.attributes import CARRIERS
from openbanana.planner.rules.vocabulary.predicates import FIGURES
from openbanana.planner.rules.worn_names import wearable
from openbanana.scene import Predicate

# Worn things a small thing fits into: "a kitten in a hat", "a mouse in a boot" are in them.
HOLLOW_WEARABLES = frozenset({"hat", "cap", "beanie", "beret", "sombrero", "fedora", "stetson", "bonnet", "helmet",
                              "hard hat", "safety helmet", "boot", "boots", "shoe", "shoes", "sneakers", "trainers",
                              "slippers", "sock", "socks", "glove", "gloves", "mittens", "backpack", "crown",
                              # garments with pockets: "a phone in a jacket", "keys in a coat"
                              "coat", "jacket", "parka", "anorak", "blazer", "hoodie", "apron", "jeans", "trousers",
                              "pants", "shorts", "overalls", "dungarees"})
UPRIGHT_CARRIERS = frozenset({"tree", "christmas tree", "wall"})  # what they "hold" hangs from them


def thing_holds(subject: Draft, predicate: str, thing: Draft) -> tuple[bool, Predicate] | None:
    """(swapped, predicate) when `subject` is a thing, not a person or animal, and `predicate` is "holding" (the
    thing is on or in it; not for a figure, which holds as a person does) or "in" a garment that holds nothing (it
    wears the garment; a figure wears any); None otherwise."""
    name = noun_lemma(subject.noun)
    if subject.person or subject.animal or thing.person or thing.animal:
        return None
    if predicate == "in" and wearable(thing.noun) and (name in FIGURES or noun_lemma(thing.noun).split()[-1] not in
                                                        HOLLOW_WEARABLES):
        return False, "wearing"  # "a snowman in a scarf" and in a hat too
    if name in FIGURES:
        return None
    if predicate != "holding":
        return None
    held = holds_as(name)
    return None if held is None else (True, held)


def holds_as(name: str) -> Predicate | None:
    """Where a thing that is no one has what it holds: "on" a carrier or a piece of furniture, "in" a container (by
    its first senses, so "a muffin tin" is the baking tin, not the metal); None for any other thing."""
    last = name.split()[-1]
    if (name in CARRIERS or last in CARRIERS or furniture_form(last)) and last not in UPRIGHT_CARRIERS:
        return "on"
    if set(noun_kinds(name)[:2]) & CONTAINER_KINDS:
        return "in"
    return None
