"""What "an X player" names when X is an instrument: a musician and the instrument, held. "A saxophone player" was
read as one person with "saxophone" as a word about them, so no saxophone was drawn and nothing was held; "a
tennis player" or "a chess player" (no instrument) stays one person."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.scene import Entity, Relation, next_entity_number

PLAYERS = frozenset({"player", "players"})
MUSICIAN = "musician"
# Pictograms of instruments, so a stand-in counts too ("a cello player": the violin drawn for the cello).
INSTRUMENT_GLYPHS = frozenset("🎸🎻🪕🎷🎺🪗🪈🥁🎹🪇🪘")


def played_instruments(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each instrument player made a musician holding the instrument, where the instrument
    is not named as a thing of its own."""
    nouns = {e.noun for e in entities}
    kept: list[Entity] = []
    added: list[Entity] = []
    related: list[Relation] = []
    for entity in entities:
        instrument = _instrument(entity) if entity.noun in PLAYERS else None
        if instrument is None or instrument in nouns:
            kept.append(entity)
            continue
        number = next_entity_number((*entities, *added))
        thing = to_entity(f"e{number}", Draft(noun=instrument, count=entity.count))
        added.append(thing)
        related.append(Relation(entity.id, "holding", thing.id))
        modifiers = tuple(m for m in entity.modifiers if m != instrument)
        kept.append(replace(entity, noun=MUSICIAN, modifiers=modifiers))
        nouns.add(instrument)
    return tuple(kept) + tuple(added), relations + tuple(related)


def _instrument(entity: Entity) -> str | None:
    """The instrument word among the player's modifiers (the last one that is drawn as an instrument), or None."""
    for word in reversed(entity.modifiers):
        if " " not in word and (to_entity("e0", Draft(noun=word)).glyph or " ")[0] in INSTRUMENT_GLYPHS:
            return word
    return None
