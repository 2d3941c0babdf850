"""Places a thing stands on that the setting reader knew only as the scene's place, drawn as a thing too: "a
drummer on a small stage", "a goat grazing on a ridge", "a cat on a rooftop at night", "a dog asleep on the lawn",
"a man reading on his balcony".

The place stayed the scene's (a stage's dark floor, a hilltop, a city's street, green ground, a room's floor), which
shows the kind of place but nothing the thing stands on, so the stage, the ridge or the balcony asked for was not in
the picture and the thing's relation to it was lost. A place word here that a thing is put on is also an entity: a
stage, a balcony and a lawn by their own floors (engines/draft/world/floors_stood_on.py), a ridge by the hill's mark
(drawn as a long mound, the thoughts saying a hill stood in), a rooftop by its building; the thing on it — after a
verb the clause's first thing, else the one named last before it (landmarks.standing) — stands on it. What already
stands on something keeps it ("a hospital rooftop" is the hospital's, landmarks.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.landmarks import DETERMINERS, HANDLED, ON_WORDS, standing
from openbanana.planner.rules.lexicon import word_class
from openbanana.scene import Entity, Relation, next_entity_number

HILL = ("⛰", "hill")  # the mark engines/draft/world/hills.py draws as a mound
# the place word → (the entity's noun, its pictogram and stand-in; None: the form its noun names)
STOOD_ON: dict[str, tuple[str, tuple[str, str] | None]] = {
    "stage": ("stage", None), "bandstand": ("stage", None), "balcony": ("balcony", None),
    "lawn": ("lawn", None), "road": ("road", None), "soil": ("soil", None),
    "ridge": ("ridge", HILL), "ridgeline": ("ridge", HILL), "ridgetop": ("ridge", HILL),
    "rooftop": ("rooftop", ("🏢", "building")), "roof": ("rooftop", ("🏢", "building")),
}
# "in the middle of an empty stage", "at the front of the stage": stood on it all the same
MIDST = (r"in the (?:middle|centre|center) of|at the (?:front|centre|center|edge) of"
         r"|(?:out of|in) (?:a|the) (?:band|strip|layer|patch|bed) of")  # "growing out of a band of brown soil"
STANDING_ON = frozenset({"on"})  # a thing already on something is not moved onto the place
# What joins one listed thing to the next: "a bike and a lamp", "a chair, a table", with an article or a number
# and one describing word between.
_JOINED = re.compile(r"[a-z]+(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:a|an|the|some|two|three|four)\s+)?"
                     r"(?:[a-z]+\s+)?$")


def listed_with(chosen: list[str], entities: tuple[Entity, ...], lowered: str) -> list[str]:
    """The thing on the place and those listed right before it: "a bike and a lamp on the lawn" puts both on the
    lawn, where the last one alone had been."""
    if len(chosen) != 1:
        return chosen
    said = {e.id: lowered.rfind(e.noun.split()[-1]) for e in entities}
    at, found = said.get(chosen[0], -1), list(chosen)
    for key, where in sorted(said.items(), key=lambda item: -item[1]):
        if 0 <= where < at and _JOINED.fullmatch(lowered[where:at]):
            found.append(key)
            at = where
    return found


def stood_places(places: Sequence[str], entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                 prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each place of STOOD_ON that a thing is put on made a thing too, and the thing on it."""
    lowered = prose.lower()
    held = {r.object for r in relations if r.predicate in HANDLED}
    nouns = {e.noun for e in entities}
    on_something = {r.subject for r in relations if r.predicate in STANDING_ON}
    added: list[Entity] = []
    related: list[Relation] = []
    named = [word for word in STOOD_ON if re.search(rf"\b{word}\b", lowered)]
    for name in dict.fromkeys(p for p in [*places, *named] if p in STOOD_ON):
        noun, mark = STOOD_ON[name]
        found = re.search(rf"\b(?:{ON_WORDS}|{MIDST}) (?:(?:{DETERMINERS}) )?((?:[a-z-]+ ){{0,2}}?){name}\b(?! of\b)",
                          lowered)
        if noun in nouns or found is None or (noun == "rooftop" and " its " in f" {found.group(0)} "):
            continue  # "a van with a canoe strapped on its roof": the van's own roof (parts.py), no building's
        after = re.match(r"\s+([a-z]+)", lowered[found.end():])
        if after is not None and word_class(after.group(1)) == "noun":
            continue  # "on a road trip", "on the lawn chair": the place word describes another thing
        subjects = [s for s in listed_with(standing(entities, held, lowered, found.start()), entities, lowered)
                    if s not in on_something]
        if not subjects:
            continue
        thing = to_entity(f"e{next_entity_number((*entities, *added))}", Draft(noun=noun,
                                                                               modifiers=found.group(1).split()))
        thing = replace(thing, glyph=mark[0] if mark else None, stand_in=mark[1] if mark else "")
        added.append(thing)
        related += [Relation(s, "on", thing.id) for s in subjects]
        nouns.add(noun)
    return entities + tuple(added), relations + tuple(related)
