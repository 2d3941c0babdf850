"""Who moves on or in the one body of water a scene names: "zebras wading across a muddy river", "a crocodile lurks
in the water", "paddleboarders gliding across a glassy lake", "a loon floating near the shore", "two ducks swimming in
front of them", "a red canoe in the middle", "a person standing on the ice" of a frozen lake.

named_waters.py relates to the water only what its own place words put there ("swimming in a pond"); across it, near
its shore or with no place word at all the swimmer or the boat was related to nothing, though the verb says where
it is. A verb of swimming or wading puts its doer in the water, one of floating, gliding or rowing on it, and a boat
with no place of its own floats on it. Only where the scene has one body of water, and never for a doer whose verb
goes on over or under something else ("gliding over a reef", "floating above a valley") or that is already on or in
another thing (the man in his kayak: the kayak is on the water). A doer its own clause puts on or in the water by
a place word ("a sailboat on the sea") was left unrelated by the reading on purpose: that water is the ground it
floats on, and no relation is added.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.named_waters import BODIES
from openbanana.scene import Entity, Predicate, Relation

IN_VERBS = ("swim", "swam", "wad", "lurk", "div", "bath", "splash", "soak", "wallow")
ON_VERBS = ("float", "glid", "drift", "sail", "row", "paddl", "surf", "bob")
VESSELS = frozenset({"boat", "canoe", "kayak", "sailboat", "rowboat", "rowing boat", "yacht", "ship", "ferry", "raft",
                     "paddleboard", "gondola", "dinghy", "pedalo", "fishing boat", "sailing boat", "houseboat"})
AIR = frozenset({"above", "over", "overhead", "up", "high", "under", "beneath", "below", "through", "past"})
ASHORE = re.compile(r"\b(?:beach|shore|sand|ashore|pulled up|dock|pier|jetty|quay|trailer|roof)\b")
CLAUSE_END = re.compile(r"[,;:.]| while | as | and (?:a|an|the|two|three|four|five)\b")
HOLDERS = frozenset({"on", "in", "riding", "inside"})


def water_doers(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Relation, ...]:
    """The relations, with each doer the verb puts in or on the scene's one body of water related to it."""
    waters = [e for e in entities if noun_lemma(e.noun).split()[-1] in BODIES]
    if len(waters) != 1:
        return relations
    water = waters[0]
    lowered = prose.lower()
    related = {r.subject for r in relations if water.id in (r.subject, r.object)}
    carried = {r.subject for r in relations if r.predicate in HOLDERS}
    added: list[Relation] = []
    for entity in entities:
        if entity.id == water.id or entity.id in related or entity.id in carried:
            continue
        clauses = _own_clauses(entity, lowered)
        if _placed_on_ground(water, clauses):
            continue
        readings = [_by_verb(entity, clause) or _by_kind(entity, clause) or _on_ice(water, clause, lowered)
                    for clause in clauses]
        predicate = next((p for p in readings if p is not None), None)
        if predicate is not None:
            added.append(Relation(entity.id, predicate, water.id))
    return relations + tuple(added)


def _own_clauses(entity: Entity, lowered: str) -> list[str]:
    """The words from each mention of the entity to the end of that clause ("a duck pond …, two ducks swimming …";
    "children" is a mention of "child")."""
    head = entity.noun.split()[-1]
    clauses: list[str] = []
    for found in re.finditer(r"[a-z]+", lowered):
        if found.group() != head and noun_lemma(found.group()) != head:
            continue
        rest = lowered[found.end():]
        end = CLAUSE_END.search(rest)
        clauses.append(rest[:end.start()] if end else rest)
    return clauses


def _placed_on_ground(water: Entity, clauses: list[str]) -> bool:
    """Whether a clause of the doer says "on the sea" or "in the lake" itself: the reading left that water the
    ground, so nothing is related to it."""
    said = rf"^\s*(?:\w+\s+)?(?:on|upon|in|into)\s+(?:\w+\s+){{0,3}}?{re.escape(water.noun)}\b"
    return any(re.search(said, clause) for clause in clauses)


def _by_verb(entity: Entity, clause: str) -> Predicate | None:
    """In the water for a swimmer or a wader, on it for a floater or a glider, unless the verb goes over or under
    another thing."""
    verb = entity.action
    stems = [s for s in (*IN_VERBS, *ON_VERBS) if verb.startswith(s)]
    if not stems:
        return None
    said = re.search(rf"\b{stems[0]}\w*\s+(\w+)?", clause)
    if said is None or (said.group(1) or "") in AIR:
        return None
    return "in" if stems[0] in IN_VERBS else "on"


def _by_kind(entity: Entity, clause: str) -> Predicate | None:
    """A boat with no place of its own floats on the water, unless its clause puts it ashore."""
    if noun_lemma(entity.noun) not in VESSELS or ASHORE.search(clause):
        return None
    return "on"


def _on_ice(water: Entity, clause: str, lowered: str) -> Predicate | None:
    """One standing or skating "on the ice" of a frozen lake is on the lake."""
    frozen = "frozen" in water.modifiers or re.search(rf"\b(?:frozen|icy) (?:\w+ )?{water.noun}\b", lowered)
    return "on" if frozen and re.search(r"\b(?:on|across|over) the ice\b", clause) else None
