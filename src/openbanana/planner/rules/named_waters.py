"""Water named as a thing of the scene: "a ferry crossing a foggy lake", "flamingos in a shallow lagoon", "otters
floating on the water", "a river running into the sea", "zebras drinking at a watering hole", "a mountain lake at
sunrise with pines on its shores", "jogging along a riverside path".

The setting reader takes a lake or a river for the place (the ground turns to water, the view stays), and the
landmark reader (landmarks.py) makes it a thing only where something spans it, hangs above it or is beside it. Named
anywhere else it was the ground alone and the picture had no lake in it. Here every body of water the prompt names
as a noun of its own (after a determiner, the head of its phrase: "the sea ice", "a lake house", "sea otters" are
no water) is a thing too, drawn by the wave that marks water. What is by it is beside it (landmarks' reading of who
is there), what floats, wades or swims in it is in it (the first thing of its clause), and so is what another
thing is on when it is named right before the water ("a frog on a lily pad in a pond"); what is on it floats on
the ground's water as before. Bare "water" counts only where a thing is on it or in it ("on the water", "into the
water"), never as a drink, a material or the open ground a thing flies over or swims under. Water a thing comes
from or is sent into ("wet from the lake", "throws bread into the pond") stays the ground, and so does water things
are mirrored in ("snowy mountains reflected in a lake"): the world draws that mirror, and a wave over it hid it. The
setting's ground stays what it was.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.landmarks import WATER_SCALE, last_said, standing
from openbanana.planner.rules.lexicon import noun_lemma, word_class
from openbanana.planner.rules.scene.waters import WAVE
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.scene import Entity, Relation, next_entity_number

# Bodies of water a prompt names as things ("a watering hole" before "hole": the longest name wins).
BODIES = ("watering hole", "swimming pool", "lake", "lagoon", "pond", "river", "stream", "creek", "canal", "sea",
          "ocean", "bay", "pool", "fjord")
EDGES = r"side|sides|bank|banks|shore|shores"  # "a riverside path", "the lakeshore": the water is by it
# What the words before the water make of the thing there: beside it ("at the edge of a pond", "a cabin by the lake"),
# in it where it floats, wades or swims ("flamingos standing in a lagoon"); on it ("a ferry crossing a lake") it
# floats on the ground's water as before, and no relation is said.
BESIDE = (r"at the (?:edge|side|bank|banks|shore|shores|water's edge) of|on the (?:shore|shores|bank|banks|edge) of|"
          r"by|beside|next to|near|along|alongside|at|(?:drink|drank|sipp|lapp)\w* from")  # "drinking from a stream"
IN = r"(?:float|swim|swam|bob|drift|paddl|wad|bath|stand|splash|lounging|relax|soak|jump|div|dove|leap|hop)\w*"
MIRRORED = re.compile(r"\b(?:reflect\w*|mirror\w*) (?:in|on)\s+$")  # "peaks reflected in a lake": the ground's mirror
NEAR = 48  # how far before the water its place words are looked for
DETERMINERS = r"a|an|the|its|his|her|their|our|my|this|that"
NOT_HEADS = frozenset({"water", "level", "bed", "floor", "of"})  # "the sea floor", "a pool of light"
WATER_PLACE = re.compile(r"\b(?:on|in|into) the ((?:[a-z-]+ ){0,2}?)water\b"
                         r"(?! (?:bottle|glass|jug|cycle|tank|gun|can|lily|lilies|pistol|balloon|color|colour)s?\b)")


def named_waters(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                 prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each body of water the prompt names as a thing made an entity (unless one is there
    already), and what is in it or beside it related to it."""
    lowered = prose.lower()
    nouns = {e.noun for e in entities} | {e.noun.split()[-1] for e in entities}
    held = {r.object for r in relations if r.predicate in ("holding", "wearing")}
    added: list[Entity] = []
    related: list[Relation] = []
    for name, start, words in _bodies(lowered):
        if name in nouns or name.split()[-1] in nouns or (name == "water" and (added or nouns & set(BODIES))):
            continue  # bare "water" is the water of a lake already named: "a canoe in the middle of the water"
        before = lowered[max(0, start - NEAR):start]
        if MIRRORED.search(before) or _where_a_motion_ends(before, (*entities, *added), lowered, start):
            continue
        nouns.add(name)
        tint = next((w for w in words if w in COLORS), "")  # "a turquoise lagoon" is turquoise
        thing = to_entity(f"e{next_entity_number((*entities, *added))}",
                          Draft(noun=name, modifiers=[w for w in words if w != tint], scale=WATER_SCALE,
                                color=COLORS.get(tint), color_name=tint, glyph=WAVE))
        added.append(thing)
        if re.search(rf"\b(?:{BESIDE})\s+$", before):
            related += [Relation(s, "next_to", thing.id) for s in standing(entities, held, lowered, start)]
        elif verb := re.search(rf"\b(?:{IN}) (?:in|into)\s+$", before):
            related += [Relation(s, "in", thing.id) for s in _doers(entities, held, lowered, start - len(before)
                                                                     + verb.start())]
        elif re.search(r"\bin\s+$", before):
            related += [Relation(s, "in", thing.id) for s in _floated(entities, relations, lowered, start)]
    return entities + tuple(added), relations + tuple(related)


def _bodies(lowered: str) -> list[tuple[str, int, list[str]]]:
    """(noun, where its phrase starts, its describing words) of each body of water named as a thing,
    in the order said."""
    found: list[tuple[str, int, list[str]]] = []
    names = "|".join(re.escape(b) for b in BODIES)
    for match in re.finditer(rf"\b(?:{DETERMINERS}) ((?:[a-z-]+ ){{0,2}}?)({names})(?:({EDGES})\b| ([a-z]+)|\b)",
                             lowered):
        after = match.group(4) or ""
        if match.group(3) is None and (after in NOT_HEADS or "noun" in {word_class(after), word_class(
                noun_lemma(after))}):
            continue  # "a lake house", "sea otters": the water names the kind of another thing
        found.append((match.group(2), match.start(), match.group(1).split()))
    found += [("water", m.start(), m.group(1).split()) for m in WATER_PLACE.finditer(lowered)]
    return sorted(found, key=lambda f: f[1])


def _where_a_motion_ends(before: str, entities: tuple[Entity, ...], lowered: str, start: int) -> bool:
    """Water a thing comes from or is sent into stays the ground ("wet from the lake", "throws bread into the pond",
    "a pier stretching into a lake"): a wave drawn beside the scene crowded what the prompt placed. Water running
    into water ("a river running into the sea") and a swimmer's leap (IN) are things."""
    if re.search(r"\bfrom\s+$", before):
        return not re.search(rf"\b(?:{BESIDE})\s+$", before)
    if not re.search(r"\binto\s+$", before) or re.search(rf"\b(?:{IN}) into\s+$", before):
        return False
    said = [(last_said(e, lowered[:start]), e.noun) for e in entities]
    return max(said, default=(-1, ""))[1] not in (*BODIES, "waterfall")


def _floated(entities: tuple[Entity, ...], relations: tuple[Relation, ...], lowered: str, start: int) -> list[str]:
    """What another thing is on, named right before "in" the water, floats in it: "a frog on a lily pad in a pond",
    "a dog lying on a pool float in a swimming pool" (the pad and the float are in the water)."""
    carriers = {r.object for r in relations if r.predicate == "on"}
    said = [(last_said(e, lowered[:start]), e.id) for e in entities if e.id in carriers]
    at, key = max(said, default=(-1, ""))
    return [key] if at >= 0 and re.fullmatch(r"[a-z-]+ in (?:[a-z]+ )?", lowered[at:start]) else []


def _doers(entities: tuple[Entity, ...], held: set[str], lowered: str, verb: int) -> list[str]:
    """Who floats, wades or swims there: the thing named last before its verb ("ducks that are swimming in the
    pond", "a bear wading in a river"), never one held or worn."""
    said = [(at, e.id) for e in entities if e.id not in held and (at := last_said(e, lowered[:verb])) >= 0]
    return [max(said)[1]] if said else []
