"""A kite held by its flyer flies above them: the graph says so too ("a boy flying a kite": the kite is above the
boy), so a reader of the graph sees where it is, not only that a hand holds its string. The holding stays: the
drawing hangs the kite on its string from the raised hand."""

from __future__ import annotations

from openbanana.imaging.people import FLOWN
from openbanana.scene import Entity, Relation


def flown_above(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations with each held kite above whoever holds it, unless the prompt placed the kite already."""
    kites = {e.id for e in entities if (e.glyph or "").replace("\ufe0f", "") in FLOWN}
    placed = {frozenset((r.subject, r.object)) for r in relations if r.predicate != "holding"}
    return relations + tuple(Relation(r.object, "above", r.subject) for r in relations
                             if r.predicate == "holding" and r.object in kites
                             and frozenset((r.subject, r.object)) not in placed)
