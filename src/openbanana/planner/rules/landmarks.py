"""Places a thing stands on or over, drawn as a thing as well as the place: "a lighthouse on a rocky cliff", "a
wizard standing on a floating island", "a bridge over a river", "children diving from a cliff".

The setting reader takes such a word for the place (its ground and its view stay), so the thing on it had nothing to
stand on and the relation was lost. A raised place (a cliff or a peak, an island) that a thing is on, or comes
from, and water that a thing spans or hangs above, is also an entity, drawn by its own pictogram or the
usual stand-in chain (a cliff as the mountain, a river as a wave; the thoughts say so), and the thing there —
after a verb the clause's first thing, else the one named last before it, never one held or worn by another —
stands on it or above it. "An island with a palm tree" puts what it
is with on the island. So are a hill a thing is on, a peak a thing hovers above, water a thing is beside ("a cabin
beside a frozen lake"), falls into (above it: "a waterfall pouring into a pool") or leaps into (in it), and a
boardwalk a thing goes along (drawn as a pier); what stands beside the thing on the place stands on it too. A boat
"on a lake", a goat "on a mountain" (the range is the view), rolling hills or a cat "in a kitchen" is unchanged:
there the place is only the ground.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.lexicon import noun_lemma, word_class
from openbanana.planner.rules.scene.kinds import has_form
from openbanana.planner.rules.scene.waters import WAVE
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.planner.rules.vocabulary.settings import WALKWAYS
from openbanana.scene import Entity, Predicate, Relation, next_entity_number

# Raised places a thing stands on: a peak or a cliff (a mountain range is the view), an island. A balcony is not
# one: its floor is the setting's ground, and no pictogram shows it (the nearest is a whole office building).
RAISED = frozenset({"cliff", "cliffs", "peak", "summit", "mountaintop", "mountain top", "island", "tropical island",
                    "ledge", "hill", "hilltop"})  # "below white chalk cliffs": the cliff, named once; "hills": the view
WATERS = frozenset({"river", "stream", "pond", "lake", "canal", "pool"})  # water a thing spans, hangs above or is by
# Wide places a thing is over or rains onto, drawn then as well: "the sun above the ocean", "a cloud raining onto a
# mountain" (only above: "a boat on the sea", "a goat on a mountain" stand on the ground and the view)
OVERFLOWN = frozenset({"mountain", "sea", "ocean"})
WIDE_WATERS = frozenset({"sea", "ocean"})
RAINING_ONTO = r"(?:rain|snow|pour|drizzl)\w* (?:onto|on|down on)"
# the wide place ends its phrase ("above a snowy mountain peak" is over the peak; "the sea ice" is ice)
PHRASE_END = r"(?=\s*(?:[,.;:!?]|$)|\s(?:at|in|on|with|and|under|as|while|during|near|to|for|below|where|that)\b)"
WATER_SCALE = 0.6  # the water is the ground already: its pictogram only marks it under what spans it
ON_WORDS = r"on top of|on|upon|atop|from|up"  # "halfway up a sandstone cliff": on it
OVER_WORDS = r"over|above"
# A kite flown "over" a raised place (its looks said or not) is up on its string; its flyer stands on the place.
FLOWN = re.compile(r"\bfl(?:y|ies|ying|ew|own)\s+(?:[a-z-]+\s+){0,4}?kites?(?:\s+[a-z-]+){0,4}?\s+$")
BESIDE_WORDS = r"beside|next to|by|alongside|along|lining|at the edge of|on the shore of|on the bank of"  # "a cabin
# beside a lake", "houses along a canal"
FALLING_INTO = r"(?:pour|fall|tumbl|cascad|plung|spill|flow)\w* into"  # a waterfall into a pool falls from above
# "a frog leaping into a pond": in it ("a duck in a pond": the pond is the ground; "throws bread into the pond": the
# bread goes in, not the one who throws it)
INTO_WORDS = r"(?:jump|div|dove|leap|hop|wad|splash|plop|swim|swam|slid)\w* into"
# "a rubber duck floating in a blue pool": a pool is built, a thing with water in it ("ducks on a pond" are only on
# the water, which is the ground)
IN_A_POOL = r"(?:float|swim|swam|bob|drift|splash|paddl|wad|lounging|relax)\w* in"
ALONG_WORDS = rf"{ON_WORDS}|along|across"  # "jogging along a beach boardwalk"
BELOW_WORDS = r"below|beneath|under|underneath|at the foot of"  # "a boat drifting below a towering cliff"
ROOFS = frozenset({"rooftop", "rooftops"})  # a building's rooftop: the building is the thing (a hospital's)
BUILDINGS = frozenset("🏥🏨🏫🏠🏡🏢🏰🏯⛪🕌🛕🏦🏭🏪🏛🏟")
DETERMINERS = r"a|an|the|its|his|her|their"
NOUN_AFTER = r"path|paths|trail|trails|road|roads|side|village|town|resort|lodge|house|hotel|view"
HANDLED: frozenset[Predicate] = frozenset({"holding", "wearing"})  # what these take is no subject of its own
ROOMS_BEFORE = frozenset({"kitchen", "bathroom", "bedroom"})  # "the kitchen island" is a counter, no island


def landmarks(places: Sequence[str], entities: tuple[Entity, ...], relations: tuple[Relation, ...],
              prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each raised place or water of the setting that a thing is on or over made a thing too,
    and the thing's relation to it."""
    lowered = prose.lower()
    held = {r.object for r in relations if r.predicate in HANDLED}
    nouns = {e.noun for e in entities}
    added: list[Entity] = []
    related: list[Relation] = []
    for name in dict.fromkeys(places):
        found = _named_as_ground(name, lowered)
        if found is None or name in nouns:
            continue
        predicate, listed, start, end, words = found
        noun, words = _roofed(name, words)
        noun = noun_lemma(noun) if name in RAISED else noun
        if noun in nouns:
            continue
        if listed:
            subjects = [e.id for e in entities if _said_at(e, lowered, end) >= 0]
        else:
            subjects = _beside(standing(entities, held, lowered, start), relations)
        if not subjects:
            continue
        number = next_entity_number((*entities, *added))
        scale = WATER_SCALE if name in WATERS | WIDE_WATERS else 1.0
        tint = next((w for w in words if w in COLORS), "")  # "a towering white cliff" is white
        thing = to_entity(f"e{number}", Draft(noun=noun, modifiers=[w for w in words if w != tint], scale=scale,
                                              color=COLORS.get(tint), color_name=tint,
                                              glyph=WAVE if name in WIDE_WATERS else None))
        if thing.glyph is None and not has_form(noun):
            continue  # nothing would draw it: the place alone shows it
        added.append(thing)
        related += [Relation(s, predicate, thing.id) for s in subjects]
    return entities + tuple(added), relations + tuple(related)


def _named_as_ground(name: str, lowered: str) -> tuple[Predicate, bool, int, int, list[str]] | None:
    """(predicate, whether what follows is on it, start, end, describing words) where the prompt puts a thing on
    the raised place or over the water, or names the raised place with what is on it ("a tiny island with a palm
    tree"); None otherwise."""
    words = r"((?:[a-z-]+ ){0,2}?)"
    place = rf"{re.escape(name)}\b(?! (?:{NOUN_AFTER}))"  # "on a cliff path" is on a path
    if name in RAISED:
        found = re.search(rf"\b(?:{ON_WORDS}) (?:{DETERMINERS}) {words}{place}", lowered)
        if found and not _in_a_room(found.group(1)):
            return "on", False, found.start(), found.end(), found.group(1).split()
        found = re.search(rf"\b(?:an?|the) {words}{place} with\b", lowered)
        if found and not _in_a_room(found.group(1)):
            return "on", True, found.start(), found.end(), found.group(1).split()
        found = re.search(rf"\b(?:{BELOW_WORDS}) (?:(?:{DETERMINERS}) )?{words}{place}", lowered)  # "below cliffs"
        if found:
            return "below", False, found.start(), found.end(), found.group(1).split()
        found = re.search(rf"\b(?:{OVER_WORDS}) (?:{DETERMINERS}) {words}{place}", lowered)  # "hovering above a peak"
        if found and not _in_a_room(found.group(1)):
            flown = FLOWN.search(lowered, 0, found.start())  # "flying a kite over a hill": the flyer stands on it
            return "on" if flown else "above", False, found.start(), found.end(), found.group(1).split()
    if name in OVERFLOWN:
        found = re.search(rf"\b(?:{OVER_WORDS}|{RAINING_ONTO}) (?:{DETERMINERS}) {words}{place}{PHRASE_END}", lowered)
        if found and not _in_a_room(found.group(1)):
            return "above", False, found.start(), found.end(), found.group(1).split()
    if name in ROOFS:
        found = re.search(rf"\b(?:({ON_WORDS})|{OVER_WORDS}) (?:{DETERMINERS}) {words}{place}", lowered)
        if found and _roofed(name, found.group(2).split())[0] != name:
            predicate: Predicate = "on" if found.group(1) else "above"
            return predicate, False, found.start(), found.end(), found.group(2).split()
    if name in WATERS:
        for predicate, said in (("above", OVER_WORDS), ("next_to", BESIDE_WORDS), ("above", FALLING_INTO),
                                ("in", INTO_WORDS), *((("in", IN_A_POOL),) if name == "pool" else ())):
            found = re.search(rf"\b(?:{said}) (?:{DETERMINERS}) {words}{place}", lowered)
            if found:
                return predicate, False, found.start(), found.end(), found.group(1).split()
    if name in WALKWAYS:
        found = re.search(rf"\b(?:{ALONG_WORDS}) (?:{DETERMINERS}) {words}{place}", lowered)
        if found:
            return "on", False, found.start(), found.end(), found.group(1).split()
    return None


def _roofed(name: str, words: list[str]) -> tuple[str, list[str]]:
    """(the thing, its describing words): a roof's building where the words name one ("a hospital rooftop" is the
    hospital), else the place itself."""
    if name in ROOFS and words and (pictogram_for(noun_lemma(words[-1])) or "") in BUILDINGS:
        return noun_lemma(words[-1]), words[:-1]
    return name, words


def _in_a_room(words: str) -> bool:
    return bool(ROOMS_BEFORE & set(words.split()))


def _said_at(entity: Entity, lowered: str, after: int) -> int:
    """Where the entity's head noun (or a plural of it) is first said after `after`, or -1."""
    return next((at for at, word in _nouns(lowered) if at >= after and word == entity.noun.split()[-1]), -1)


def standing(entities: tuple[Entity, ...], held: set[str], lowered: str, start: int) -> list[str]:
    """Who is on the place: after a verb ("a wizard with a staff standing on an island") the clause's first thing,
    else the thing named last before it ("a bridge over a river"); never one another thing holds or wears."""
    clause = max(lowered.rfind(mark, 0, start) for mark in ".;:!?") + 1
    before = re.search(r"([a-z]+)\s+$", lowered[:start])
    acted = before is not None and word_class(before.group(1)) in ("verb", "ing", "past")
    said = [(_said_at(e, lowered[:start], clause) if acted else last_said(e, lowered[:start]), e.id)
            for e in entities if e.id not in held]
    found = [(at, key) for at, key in said if at >= clause]
    chosen = (min if acted else max)(found, default=(-1, ""))
    return [chosen[1]] if chosen[0] >= 0 else []


def _beside(subjects: list[str], relations: tuple[Relation, ...]) -> list[str]:
    """The things on the place and those beside them: "a snowman next to a pine tree on a snowy hill" has both on
    the hill, so the pair stays together."""
    sides = {"next_to", "left_of", "right_of"}  # "near" is too loose: "a phone near its screen"
    return list(dict.fromkeys([*subjects, *(r.subject for r in relations if r.predicate in sides
                                            and r.object in subjects)]))


def last_said(entity: Entity, text: str) -> int:
    return max((at for at, word in _nouns(text) if word == entity.noun.split()[-1]), default=-1)


def _nouns(text: str) -> list[tuple[int, str]]:
    """(position, the word as a singular noun) of every word: "children" is "child"."""
    return [(m.start(), noun_lemma(m.group())) for m in re.finditer(r"[a-z]+", text)]
