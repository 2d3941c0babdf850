"""A doer named by the thing they ride or hold has that thing: "a mountain biker" rides a bike, "a motorcyclist" a
motorcycle, "a surfer" a surfboard (riding a wave on it), "a kitesurfer" holds a kite, an angler a fishing rod. The
noun had been read as one person, so the bike or the kite was never made (and nothing was ridden or held). A doer
whose gear the prompt names keeps it as written; a doer already riding or on something ("a biker on a motorcycle")
gets no bicycle. A beekeeper draws no bees: the bee of the word is the trade, not a thing in the picture (the sets
ask that no bee be drawn)."""

from __future__ import annotations

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.scene import Entity, Predicate, Relation, next_entity_number

# doer → (the gear, how the doer stands to it, how many for one doer)
GEAR: dict[str, tuple[str, Predicate, int]] = {
    **dict.fromkeys(("biker", "cyclist", "bicyclist", "mountain biker"), ("bicycle", "riding", 1)),
    **dict.fromkeys(("motorcyclist", "motorbiker"), ("motorcycle", "riding", 1)),
    **dict.fromkeys(("surfer", "bodyboarder"), ("surfboard", "riding", 1)),
    **dict.fromkeys(("kitesurfer", "kiteboarder"), ("kite", "holding", 1)),
    **dict.fromkeys(("fisherman", "fisherwoman", "fisher", "angler"), ("fishing rod", "holding", 1)),
}
# What a named thing may be called instead, so "a cyclist and her bike" makes no second bicycle.
SAME = {"bicycle": frozenset({"bicycle", "bike", "mountain bike", "road bike", "racing bike", "motorcycle",
                              "motorbike", "scooter", "tandem", "unicycle", "tricycle"}),
        "fishing rod": frozenset({"fishing rod", "rod", "fishing pole", "pole", "net", "fishing net", "harpoon",
                                  "spear", "fishing line", "line", "tackle", "tackle box"}),
        "motorcycle": frozenset({"motorcycle", "motorbike", "bike", "scooter", "moped", "dirt bike", "chopper"}),
        "surfboard": frozenset({"surfboard", "board", "bodyboard", "paddleboard"})}
MOUNTED = frozenset({"riding", "on"})  # a doer already up on something rides no bicycle of their own
WATERS = frozenset({"wave", "waves", "surf", "sea", "ocean", "water", "swell"})  # ridden on a board, never a mount


def doers_gear(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each doer's gear made and related to them, where the prompt names none."""
    nouns = {e.noun for e in entities} | {f"{m} {e.noun}" for e in entities for m in e.modifiers}  # "tackle box"
    waters = {e.id for e in entities if e.noun in WATERS}
    mounted = {r.subject for r in relations if r.predicate in MOUNTED and r.object not in waters}
    added: list[Entity] = []
    related: list[Relation] = []
    for doer in entities:
        gear = GEAR.get(doer.noun) or GEAR.get(" ".join([*doer.modifiers[-1:], doer.noun]))
        if gear is None:
            continue
        thing, predicate, each = gear
        if nouns & SAME.get(thing, frozenset({thing})) or (predicate == "riding" and doer.id in mounted):
            continue
        number = next_entity_number((*entities, *added))
        added.append(to_entity(f"e{number}", Draft(noun=thing, count=min(doer.count * each, 12))))
        related.append(Relation(doer.id, predicate, added[-1].id))
        nouns.add(thing)
    return entities + tuple(added), relations + tuple(related)
