"""A person's or an animal's own body named as what they act on or what a thing is by ("brushing her teeth",
"washing his hands", "listening to a child's heartbeat", "a ball next to its paws"): the figure shows it, so it is
no thing of its own, and an owner named only there ("a child's") is a person in the picture. Drawn as things, three
giant teeth stood on the grass, a pair of hearts took the child's place and a paw stood beside the dog."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.naming import is_creature
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import AgeGroup, Entity, Relation

PARTS = ("teeth|tooth|hands?|feet|foot|hair|face|heart|heartbeat|heartbeats|pulse|eyes?|ears?|nose|fingers?|knees?|"
         "cheeks?|lips|tongue|belly|tummy|chest|arms?|legs?|toes?|"
         "paws?|tail|hooves|hoof|claws?|beak|snout|muzzle|whiskers|mane|horns?")  # an animal's: "next to its paws"
OWNED = re.compile(rf"\b(?:her|his|their|its|my|your)\s+(?:own\s+|little\s+|front\s+|baby\s+|sore\s+|dirty\s+)?"
                   rf"({PARTS})\b"
                   rf"|\b([a-z]+)'s\s+(?:own\s+|little\s+|front\s+|baby\s+|sore\s+|dirty\s+)?({PARTS})\b")
GROUPS = frozenset("💑👫👬👭💏👪")
HAND_IN_HAND = re.compile(r"\bhand in hand\b|\bholding hands\b")
# A pose said by what the body rests on ("balancing on one toe", "standing on one leg", "on both knees"): the part
# is the figure's own, and what comes after it ("… on a stage") is where the figure stands.
POSED = re.compile(rf"\bon\s+(?:one|both|two)\s+({PARTS})\b")
SINGULAR = {"teeth": "tooth", "feet": "foot", "heartbeats": "heartbeat", "hooves": "hoof", "whiskers": "whisker"}
PLURALS = ("hands", "ears", "eyes", "paws", "claws", "horns")  # read as the singular noun an entity takes
AGES: dict[str, AgeGroup] = {"🧒": "child", "👦": "child", "👧": "child", "👶": "baby"}
BRUSHED = {"brush": ("toothbrush", "🪥")}  # "brush her teeth": the brush is a toothbrush


def own_body(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
             prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The entities without body parts a person owns (their relations moved to the owner), an owner named only by
    its part ("a child's heartbeat", "a puppy's heartbeat") drawn in its place; unchanged when no part is named."""
    owned: dict[str, str] = {}  # part noun → the owner's word ("" for a pronoun: the person named before it)
    for match in OWNED.finditer(prose):
        part = match.group(1) or match.group(3)
        owned[SINGULAR.get(part, part.removesuffix("s") if part.endswith(PLURALS) else part)] = (
            match.group(2) or "")
    if HAND_IN_HAND.search(prose):  # "walking hand in hand": their own hands, held
        owned["hand"] = ""
    for match in POSED.finditer(prose):
        owned.setdefault(SINGULAR.get(match.group(1), match.group(1).removesuffix("s")), "")
    if not owned:
        return entities, relations
    moved: dict[str, str] = {}
    out: list[Entity] = []
    last_person: Entity | None = None
    for entity in entities:
        word = owned.get(entity.noun)
        if word is None or _someone(entity.glyph or ""):
            out.append(entity)
            owner = _someone(entity.glyph or "") or is_creature(entity.noun)  # "a fox … by its paws": the fox's
            last_person = entity if owner else last_person
            continue
        glyph = pictogram_for(word) if word else None
        if word and glyph and (is_person(glyph) or is_creature(word)):  # "a child's heartbeat": the child
            person = replace(entity, noun=word, glyph=glyph, stand_in="", count=1, age=AGES.get(glyph, entity.age),
                             modifiers=())
            out.append(person)
            last_person = person
        elif last_person is not None and not word:
            moved[entity.id] = last_person.id
        else:
            out.append(entity)
    if not moved and len(out) == len(entities) and all(a is b for a, b in zip(out, entities, strict=True)):
        return entities, relations
    teeth = "tooth" in owned
    out = [replace(e, noun=BRUSHED[e.noun][0], glyph=BRUSHED[e.noun][1], stand_in="")
           if teeth and e.noun in BRUSHED else e for e in out]
    placed = {r.subject for r in relations if r.subject not in moved}
    kept = [Relation(moved.get(r.subject, r.subject), r.predicate, moved.get(r.object, r.object)) for r in relations
            if moved.get(r.subject) not in placed]  # the owner's own place stays: not the paw's "on the table"
    return tuple(out), tuple(dict.fromkeys(r for r in kept if r.subject != r.object))


def _someone(glyph: str) -> bool:
    """A person, or people drawn as one pictogram (a couple, a family)."""
    return is_person(glyph) or glyph[:1] in GROUPS
