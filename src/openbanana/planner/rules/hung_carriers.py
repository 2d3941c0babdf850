"""Things around the words a prompt asks to show.

A page word that carries the words and hangs somewhere is a thing of the scene: "a banner that says "Happy 7th,
Leo!" hanging above a table". A banner alone is a page ("a sale banner"), so the phrase reader makes no thing of it
unless something is under or on it; one whose own verb hangs it over a thing the prompt names is in the room, above
that thing, and carries the words. Only page words that may be things (vocabulary PLACED_THINGS) and that a text
of the prompt is set on are read here, with one scan of the prose each.

A material left right before a text's mark ("a jar with a paper label that says "…"") said what the carrier is
made of: it is no thing of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.tagging import TEXT_MARK
from openbanana.planner.rules.vocabulary.attributes import MATERIALS, PLACED_THINGS
from openbanana.scene import Entity, Predicate, Relation, TextSpec, next_entity_number

HANGING = r"hanging|hangs|hung|strung|draped|suspended"
WHERE: dict[str, Predicate] = {"above": "above", "over": "above", "across": "above", "from": "on", "on": "on"}
LEFT_OUT = r"(?:the|a|an|its|his|her|their|some)\s+"


def hung_carriers(texts: Sequence[TextSpec], entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                  prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each hung page word that carries a text made a thing, related to what it hangs over."""
    nouns = {e.noun for e in entities}
    carriers = [t.target for t in texts if t.target in PLACED_THINGS and t.target not in nouns]
    lowered = prose.lower()
    for noun in dict.fromkeys(carriers):
        found = re.search(rf"\b{noun}\b[^.;]{{0,60}}?\b(?:{HANGING})\s+({'|'.join(WHERE)})\s+(?:{LEFT_OUT})?"
                          r"((?:[a-z-]+\W*){1,3})", lowered)
        heads = {e.noun.split()[-1]: e for e in entities}
        words = [noun_lemma(w) for w in re.findall(r"[a-z-]+", found.group(2))] if found else []
        under = next((heads[w] for w in words if w in heads), None)  # "above the front door": the door
        if found is None or under is None:
            continue
        thing = to_entity(f"e{next_entity_number(entities)}", Draft(noun=noun))
        entities += (thing,)
        relations += (Relation(thing.id, WHERE[found.group(1)], under.id),)
    return entities, relations


def stranded_materials(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                       prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """Leave out a material the text reader stranded: in "a bottle with a paper label reading "…"" the label is
    taken as the words' carrier, and "paper" was left before the words' mark, a sheet of paper drawn beside the
    bottle. A material right before a text's mark only said what the carrier is made of."""
    before_marks = {noun_lemma(m.group(1)) for m in re.finditer(rf"\b([a-z]+)\s+{TEXT_MARK}", prose.lower())}
    stranded = {e.id for e in entities if e.noun in before_marks and e.noun in MATERIALS and e.count == 1}
    if not stranded:
        return entities, relations
    return (tuple(e for e in entities if e.id not in stranded),
            tuple(r for r in relations if r.subject not in stranded and r.object not in stranded))
