"""What a worn thing is drawn as: clothes are looked up among garments first, and a person "in" something drawn as
clothes wears it. Split from the scene reading, which calls both once every thing has its pictogram."""

from __future__ import annotations

from dataclasses import replace

from openbanana.imaging.people import is_clothing, is_footwear
from openbanana.planner.meaning import nearest_garment, nearest_pictogram
from openbanana.planner.noun_kinds import may_be_worn
from openbanana.planner.rules.scene.kinds import has_form, is_person
from openbanana.planner.rules.worn_kinds import garment_by_kind, worn_kind
from openbanana.planner.stand_ins import GARMENT, stand_in
from openbanana.scene import Entity, Relation


def dressed(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """A person "in" a thing drawn as clothes or shoes (a sarong shown as a sari, wellies as boots) wears it,
    whatever the word was."""
    glyphs = {e.id: e.glyph for e in entities}
    return tuple(dict.fromkeys(
        Relation(r.subject, "wearing", r.object) if r.predicate == "in" and is_person(glyphs[r.subject] or "")
        and (is_clothing(glyphs[r.object]) or is_footwear(glyphs[r.object])) else r for r in relations))


def drawn_as_worn(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Entity, ...]:
    """A thing worn is looked up among clothes before any other pictogram; one with no garment near it and no
    pictogram, stand-in or near pictogram of its own (a kilt, lederhosen) is still clothing on its wearer, drawn as
    a garment in its colour, and the answer says so. A person "in" a thing no pictogram shows but by its kind (a man
    in lederhosen, shown as a light bulb by kind) wears it, unless WordNet says it is no thing worn (a silo)."""
    people = {e.id for e in entities if is_person(e.glyph or "")}
    loose = {e.id for e in entities if _loosely_drawn(e) and may_be_worn(e.noun)}
    worn = {r.object for r in relations if r.predicate == "wearing" or (
        r.predicate == "in" and r.subject in people and r.object in loose)}
    return tuple(_as_worn(e, e.id in loose) if e.id in worn else e for e in entities)


def _loosely_drawn(entity: Entity) -> bool:
    """No pictogram shows the thing itself, an everyday stand-in or a near one: at most the pictogram of its kind."""
    if entity.glyph is None:
        return not has_form(entity.noun)
    return bool(entity.stand_in) and stand_in(entity.noun) is None and nearest_pictogram(entity.noun) is None


def _as_worn(entity: Entity, loose: bool) -> Entity:
    near = bool(entity.stand_in) and stand_in(entity.noun) is None  # a pictogram by meaning ("snowsuit": snowman)
    if near and (garment := nearest_garment(entity.noun)) is not None:
        return replace(entity, glyph=garment.glyph, stand_in=garment.name)
    if loose or (near and garment_by_kind(entity.noun) and not worn_kind(entity.stand_in)):  # not as a snowman
        return replace(entity, glyph=GARMENT[0], stand_in=GARMENT[1])
    return entity
