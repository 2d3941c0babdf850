"""A thing a doing is done with, when the prompt names the doing and not the thing: "a boy brushing his teeth" holds
a toothbrush, "a girl fishing off a dock" a fishing rod. The teeth are the boy's own (no thing is made of them), so
the brush he holds was never read, and the picture showed a boy at a sink with nothing in hand. A tool the prompt
names itself is kept as written."""

from __future__ import annotations

import re

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.scene import Entity, Relation, next_entity_number

_OWNER = r"(?:(?:his|her|their|its|my|your|the)\s+)?"
# the doing (a pattern over the lower-cased prompt) → the thing it is done with, held by the doer
TOOLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bbrush(?:es|ing|ed)?\s+{_OWNER}teeth\b"), "toothbrush"),
    # fishing as a doing, not a fishing boat, net or village ("teaching his son to fish from a rowboat")
    (re.compile(r"\b(?:fishing|to fish|fish(?:es)? (?:from|off|in|on|at))\b(?! (?:boat|trawler|net|village|pier|"
                r"hut|port|harbou?r|line|rod|pole|lure|tackle|gear|fly|hook|float|town|shack|cabin|dock|jetty)s?\b)"),
     "fishing rod"),
)
SAME = {"toothbrush": frozenset({"toothbrush", "brush"}),
        "fishing rod": frozenset({"fishing rod", "rod", "fishing pole", "pole", "net", "fishing net", "harpoon",
                                  "spear", "fishing line", "line", "tackle", "tackle box"})}


def used_tools(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the tool of each doing the prompt names made and held by the person doing it: the last
    person named before the doing."""
    lowered = prose.lower()
    nouns = {e.noun for e in entities} | {f"{m} {e.noun}" for e in entities for m in e.modifiers}  # "tackle box"
    added: list[Entity] = []
    held: list[Relation] = []
    for pattern, tool in TOOLS:
        found = pattern.search(lowered)
        if found is None or nouns & SAME.get(tool, frozenset({tool})):
            continue
        before = lowered[:found.start()]
        doers = [e for e in entities if e.age is not None and e.noun in before]
        if not doers:
            continue
        doer = max(doers, key=lambda e: before.rfind(e.noun))
        number = next_entity_number((*entities, *added))
        added.append(to_entity(f"e{number}", Draft(noun=tool)))
        held.append(Relation(doer.id, "holding", added[-1].id))
        nouns.add(tool)
    return entities + tuple(added), relations + tuple(held)
