"""A person named only as an owner ("his daughter's bike", "a little boy's fringe") is a person in the picture.

The phrase was read headed by what is owned, the owner kept as one of its describing words ("a bike" described by
"daughter"), or, for hair, as the hair of whoever the "with" or the verb belonged to (a hairdresser with "little
boy fringe" hair). So the daughter or the boy asked for was never drawn. Here the owner is made a person of their
own, with the hair when the owned thing is hair, and beside what they own when a "she" or "he" later says them
again ("…while she waits"; the owner of "his father's old book" need not be there); the owner's words are taken off
the thing and off anyone else's hair."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.people import person_noun
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.people_words import AGE_WORDS, BODY_WORDS
from openbanana.scene import Entity, Relation, next_entity_number

# "his daughter's bike", "a little boy's fringe", "her sister's long hair": after a determiner, the owner's own
# describing words, the owner, what is owned with its own
OWNED = re.compile(r"\b(?:a|an|the|his|her|their|my|our|your|its)\s+((?:[a-z-]+\s+){0,2}?)([a-z]+)'s\s+"
                   r"((?:[a-z-]+(?:\s+|$)){0,3})")
PRONOUNS = {"woman": r"\b(?:she|her)\b", "man": r"\b(?:he|him)\b"}  # the owner, said again, is there
HAIR = frozenset({*BODY_WORDS, "fringe"}) - {"skin", "eyes", "smile", "face", "expression", "tattoo", "tattoos",
                                            "complexion"}


def possessors(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
               prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each person named only as an owner made a person, beside the owned thing or with the
    owned hair."""
    lowered = prose.lower()
    for found in OWNED.finditer(lowered):
        owner, tail = noun_lemma(found.group(2)), found.group(3).split()
        known = person_noun(owner)
        if known is None or known.role or any(owner in (e.noun, noun_lemma(e.noun)) for e in entities):
            continue  # "the chef's hat" is a kind of hat; a named person keeps what they were read with
        words = found.group(1).split()
        cut = next((n for n, w in enumerate(tail) if noun_lemma(w) in HAIR), None)
        hair = " ".join(w for w in tail[:cut + 1] if w != "hair") if cut is not None else ""
        said_again = re.search(PRONOUNS.get(known.gender, "$^"), lowered[found.start(3):])
        if not hair and (said_again is None or _same_sex_subject(entities, known.gender)):
            continue  # "reading his father's old book": the father need not be there
        age = next((AGE_WORDS[w] for w in words if w in AGE_WORDS), known.age)  # "an old man's grey beard"
        described = [w for w in words if w not in AGE_WORDS]
        person = to_entity(f"e{next_entity_number(entities)}", Draft(noun=owner, person=True, age=age,
                                                                     age_said=age != known.age, modifiers=described))
        person = replace(person, hair=hair, modifiers=(*person.modifiers, *([f"{hair} hair"] if hair else [])))
        spoken = " ".join([*words, owner])
        entities = (*(_unowned(e, spoken) for e in entities), person)
        things = [e.id for e in entities if e.noun.split()[-1] in tail and e.id != person.id]
        if things and not hair:
            relations += (Relation(person.id, "next_to", things[0]),)
    return entities, relations


def _same_sex_subject(entities: tuple[Entity, ...], gender: str) -> bool:
    """Whether the first person named is of the owner's sex, so "she" may be her, not the owner."""
    first = next((person_noun(e.noun) for e in entities if person_noun(e.noun) is not None), None)
    return first is not None and first.gender == gender


def _unowned(entity: Entity, spoken: str) -> Entity:
    """The entity without the owner's words: no "daughter" describing a bike, no "little boy" in a stylist's
    hair."""
    owner = spoken.split()[-1]
    modifiers = tuple(m for m in entity.modifiers if m != owner and spoken not in m)
    lost = [m for m in entity.modifiers if spoken in m]
    hair = "" if any(entity.hair and entity.hair in m for m in lost) else entity.hair  # the owner's, not theirs
    if spoken in hair:
        hair = " ".join(hair.split(spoken)[0].split())
        modifiers = (*modifiers, *([f"{hair} hair"] if hair and f"{hair} hair" not in modifiers else []))
    return replace(entity, modifiers=modifiers, hair=hair) if (modifiers, hair) != (entity.modifiers,
                                                                                    entity.hair) else entity
