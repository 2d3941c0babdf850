"""Compounds with "window" whose other word is the thing drawn: "a dog with its head out of a car window" is in a
car; "curled up on a window seat" is on a seat at a window.

"A car window" was read as a window (a house's pane) described by "car", so no car was drawn and the dog was in a
window frame; "a window seat" was a seat described by "window", so the window behind the sitter was lost. Here a
vehicle's window is the vehicle itself (its pictogram shows the windows), keeping the window's relations, and a
window seat keeps its seat and gains the window behind it and behind whoever is on it."""

from __future__ import annotations

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.scene import Entity, Relation, next_entity_number

VEHICLES = frozenset({"car", "bus", "train", "taxi", "van", "truck", "tram", "coach", "carriage", "limo",
                      "limousine", "jeep", "cab"})
WINDOWS = frozenset({"window", "windscreen", "windshield"})
SEATS = frozenset({"seat", "bench", "nook"})
SAT_ON = frozenset({"on", "in"})


def window_compounds(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with a vehicle's window made the vehicle and a window seat given its window."""
    nouns = {e.noun for e in entities}
    for thing in entities:
        vehicle = next((m for m in thing.modifiers if m in VEHICLES), None)
        if thing.noun in WINDOWS and vehicle is not None and vehicle not in nouns:
            whole = to_entity(thing.id, Draft(noun=vehicle, color=thing.color, color_name=thing.color_name))
            entities = tuple(whole if e.id == thing.id else e for e in entities)
            nouns.add(vehicle)
        elif thing.noun in SEATS and "window" in thing.modifiers and not nouns & WINDOWS:
            window = to_entity(f"e{next_entity_number(entities)}", Draft(noun="window"))
            sitters = [r.subject for r in relations if r.object == thing.id and r.predicate in SAT_ON]
            entities += (window,)
            relations += tuple(Relation(window.id, "behind", s) for s in (thing.id, *sitters))
            nouns.add("window")  # the seat keeps "window": a window seat is in a room
    return entities, relations
