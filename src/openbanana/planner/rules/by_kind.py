"""Relations and things settled by what the things are, after the clause reading bound the words.

The reading binds "in" and "with" by position; what the things are decides what the words meant: a girl "in a
puddle" stands in it, on the ground (she had been shrunk to fit inside it, as a kitten fits in a basket); boots
that a sentence put "in" a puddle ("jumping in puddles in yellow rain boots") are worn by its person; a menorah's
candles are the menorah's own, drawn on it, not a row beside it; "a product photo" is how the picture is taken, not
a framed picture to draw.
"""

from __future__ import annotations

from openbanana.imaging.people import is_clothing
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import Entity, Relation

FLAT = frozenset({"puddle", "rain puddle", "lily pad", "lilypad", "water lily pad"})  # "in" one is on it
OWN_PARTS = {"menorah": frozenset({"candle", "candles", "light", "lights", "flame", "flames"})}
WORN = frozenset("👢👞👟🥾👠👡🩴🧦🧤🧣🎩🧢👒⛑🕶👓🎒")  # worn things that are no clothes the figure is dressed in
FRAMES = frozenset({"product photo", "product shot", "product photograph", "studio photo", "stock photo"})


def settle(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...],
                                                                                   tuple[Relation, ...]]:
    """The entities and relations with "in" read by what the things are, and parts and framings left out."""
    nouns = {e.id: e.noun for e in entities}
    people = [e.id for e in entities if is_person(e.glyph or "")]
    worn = {e.id for e in entities if is_clothing(e.glyph) or (e.glyph or " ").replace("\ufe0f", "") in WORN}
    settled = []
    for r in relations:
        if r.predicate == "in" and nouns.get(r.object) in FLAT:
            r = Relation(r.subject, "on", r.object)
        elif r.predicate == "in" and r.object in worn and r.subject not in people and people:
            r = Relation(people[0], "wearing", r.object)
        settled.append(r)
    gone = {e.id for e in entities if f"{' '.join(e.modifiers)} {e.noun}".strip() in FRAMES}
    for host in entities:
        parts = OWN_PARTS.get(host.noun, frozenset())
        gone |= {r.subject if r.object == host.id else r.object for r in settled
                 if host.id in (r.subject, r.object) and nouns.get(r.object if r.subject == host.id else r.subject)
                 in parts}
    kept = tuple(e for e in entities if e.id not in gone)
    return kept, tuple(dict.fromkeys(r for r in settled if r.subject not in gone and r.object not in gone))
