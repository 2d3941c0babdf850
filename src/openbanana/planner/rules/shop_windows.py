"""A building's window seen from the street, as a thing with what is in it: "a cat sitting in the window of a
diner", "a neon sign in the window of a small diner", "a shop window with a hand-lettered sign".

"The window of a diner" had been read as the diner (a part stands for its whole), so the cat sat in a diner's room
and no window was drawn; "a shop window" was only the street. The building is seen from outside (places.py puts
its shop front, named as the prompt named it, on the street); the window is a thing of its own in front of that
front, and what the prompt puts in it — the thing named last before "in the window of", or what "a shop window
with" names — is in the window.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.landmarks import last_said
from openbanana.planner.rules.lexicon import word_class
from openbanana.scene import Entity, Predicate, Relation, next_entity_number

WINDOW = "window"
# Where a thing is to the window, by the words before it: in it (at, through, behind the glass), above it, below it.
WINDOW_SIDES: dict[str, Predicate] = {"in": "in", "at": "in", "through": "in", "behind": "in", "above": "above",
                                      "over": "above", "below": "below", "under": "below", "beneath": "below"}
SIDE_WORDS = "|".join(WINDOW_SIDES)
OF_A_BUILDING = re.compile(rf"\b({SIDE_WORDS}) (?:the|a) ((?:[a-z-]+ ){{0,2}}?)window of (?:a|an|the) ")
LOOKING = re.compile(r"\b(?:looking|peering|peeking|gazing|staring|peeping)\s*$")  # "a woman looking in the window"
SHOP_WINDOW = re.compile(r"\b(?:a|an|the) ((?:[a-z-]+ ){0,2}?)(?:shop|store) window(?: ([a-z]+))?[^.;:]*?\bwith\b")


def is_shop_front(entity: Entity) -> bool:
    """The building places.py put on the street: drawn as a shop, whether named "a diner" (a shop stands in) or
    "a flower shop" (the shop itself, no stand-in)."""
    return "storefront" in entity.modifiers and (entity.stand_in or entity.noun) == "shop"


def shop_windows(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                 prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the window a prompt sees a building by made a thing, and what is in it in it."""
    if any(e.noun == WINDOW for e in entities):
        return entities, relations
    lowered = prose.lower()
    of_building = OF_A_BUILDING.search(lowered)
    shop = SHOP_WINDOW.search(lowered)
    if shop is not None and shop.group(2) and word_class(shop.group(2)) == "noun":
        shop = None  # "a shop window poster" is a poster
    found = of_building or shop
    if found is None:
        return entities, relations
    words = (of_building.group(2) if of_building else found.group(1)).split() + ([] if of_building else ["shop"])
    window = to_entity(f"e{next_entity_number(entities)}", Draft(noun=WINDOW, modifiers=words))
    front = next((e for e in entities if is_shop_front(e)), None)
    if of_building is not None and front is not None:
        shown = [r.subject for r in relations if r.predicate == "in_front_of" and r.object == front.id]
        kept = tuple(r for r in relations if not (r.predicate == "in_front_of" and r.object == front.id))
        side = WINDOW_SIDES[of_building.group(1)]
        how: Predicate = "in_front_of" if side == "in" and LOOKING.search(lowered[:of_building.start()]) else side
        added = [Relation(s, how, window.id) for s in shown] + [Relation(window.id, "in_front_of", front.id)]
        return (*entities, window), kept + tuple(added)
    if of_building is not None:  # no front on the street ("a neon sign hanging in the window of a pizza place"):
        # the window alone, with the thing named last before it in it
        said = max(((last_said(e, lowered[:of_building.start()]), e.id) for e in entities), default=(-1, ""))
        placed = (Relation(said[1], WINDOW_SIDES[of_building.group(1)], window.id),) if said[0] >= 0 else ()
        return (*entities, window), relations + placed
    if shop is not None:
        inside = _first_after(entities, lowered, shop.end())
        return (*entities, window), relations + tuple(Relation(i, "in", window.id) for i in inside)
    return entities, relations


def _first_after(entities: tuple[Entity, ...], lowered: str, at: int) -> list[str]:
    """The thing named first after `at` ("a shop window with a red neon sign": the sign)."""
    said = sorted((lowered.find(e.noun.split()[-1], at), e.id) for e in entities)
    return next(([entity] for where, entity in said if where >= 0), [])
