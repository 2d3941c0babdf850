"""A couple whose age is said ("an elderly couple holding hands", "an old couple walking their dog") is a man and
a woman of that age. The couple's one pictogram (💑) shows two young adults and no age, so the old man and the old
woman asked for were never drawn; each is made with the couple's action and skin, and every relation the couple had
is kept for both, the two side by side."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.scene import Entity, Relation, next_entity_number

COUPLES = frozenset({"couple", "pair of lovers"})
PARTNERS = ("man", "woman")


def aged_couples(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each couple of a said age made a man and a woman of that age."""
    for couple in [e for e in entities if e.noun in COUPLES and e.age is not None and e.count == 1]:
        number = next_entity_number(entities)
        partners = [replace(to_entity(f"e{number + n}", Draft(noun=noun, age=couple.age, age_said=True,
                                                              skin_tone=couple.skin_tone, action=couple.action,
                                                              person=True)), modifiers=couple.modifiers)
                    for n, noun in enumerate(PARTNERS)]
        at = entities.index(couple)
        entities = (*entities[:at], *partners, *entities[at + 1:])
        relations = tuple(dict.fromkeys(
            Relation(s, r.predicate, o) for r in relations
            for s in ([p.id for p in partners] if r.subject == couple.id else [r.subject])
            for o in ([p.id for p in partners] if r.object == couple.id else [r.object])))
        relations += (Relation(partners[0].id, "next_to", partners[1].id),)  # a couple stands together
    return entities, relations
