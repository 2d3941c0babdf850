"""What hangs or shines overhead is above the one who stands under it, not only above the ground that one stands on:
"a lone apple tree on a hill under storm clouds" (the clouds over the tree), "a ballerina in the middle of an empty
stage under a single spotlight" (the spotlight over the ballerina, though the stage is drawn as the floor alone).

The parse gives "under" to the phrase right before it, the hill or the stage; where that is a ground the subject
stands on, the light or the sky thing is above the subject too; where that ground is no thing at all, the light was
left over nothing. A sun a time phrase names ("under a setting sun") that nothing else stands to is the time of
day alone (the sky draws its own sun), so it is put above no one.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Entity, Relation

OVERHEAD = frozenset({"spotlight", "cloud", "moon", "star", "lamp", "heat lamp", "streetlight", "street lamp",
                      "lantern", "chandelier", "light", "sun", "rainbow", "lamp post"})
GROUNDS = frozenset({"hill", "hilltop", "stage", "field", "meadow", "cliff", "rock", "island", "mountain", "ridge",
                     "dune", "beach", "lawn", "platform", "ring", "floor", "branch", "roof", "rooftop"})
CLAUSE = re.compile(r"[^,;:.]+")
TIMED_SUN = re.compile(r"\b(?:setting|rising|sinking) sun\b|\bsun (?:is )?(?:setting|rising|sets|rises)\b",
                       re.IGNORECASE)


def overhead(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Relation, ...]:
    """The relations, with what is overhead above the one on the ground under it."""
    kinds = {e.id: noun_lemma(e.noun) for e in entities}
    lights = {e.id for e in entities if kinds[e.id] in OVERHEAD or kinds[e.id].split()[-1] in OVERHEAD}
    over = {(r.subject, r.object) for r in relations if r.predicate == "above" and r.subject in lights}
    over |= {(r.object, r.subject) for r in relations if r.predicate in ("under", "below") and r.object in lights}
    related = {frozenset((r.subject, r.object)) for r in relations}
    added: list[Relation] = []
    for light, ground in sorted(over):
        if kinds[ground].split()[-1] not in GROUNDS:
            continue
        for r in relations:
            if r.predicate == "on" and r.object == ground and frozenset((r.subject, light)) not in related:
                related.add(frozenset((r.subject, light)))
                added.append(Relation(light, "above", r.subject))
    touched = {i for pair in related for i in pair}
    timed = {e.id for e in entities if kinds[e.id] == "sun"} if TIMED_SUN.search(prose) else set()
    for light in sorted(lights - touched - timed):
        subject = _under_it(entities, light, prose.lower())
        if subject is not None:
            added.append(Relation(light, "above", subject))
    return relations + tuple(added)


def _under_it(entities: tuple[Entity, ...], light: str, lowered: str) -> str | None:
    """The first thing of the clause that ends "under <the light>", when the light is related to nothing."""
    noun = next(e.noun for e in entities if e.id == light).split()[-1]
    for clause in CLAUSE.finditer(lowered):
        found = re.search(rf"\b(?:under|beneath|underneath) (?:[a-z-]+ ){{0,3}}?{re.escape(noun)}s?\b", clause.group())
        if found is None:
            continue
        before = clause.group()[:found.start()]
        said = [(m.start(), e.id) for e in entities if e.id != light
                for m in [re.search(rf"\b{re.escape(e.noun.split()[-1])}", before)] if m]
        return min(said)[1] if said else None
    return None
