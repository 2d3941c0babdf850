"""Who walks above one under a bridge walks on the bridge: "under a stone bridge a troll sits on a rock while three
goats cross above him" — the goats are on the bridge, not in the air over the troll. The clause gives "above" to
the one named after it; the bridge the other was put under is what holds the walkers up. What flies (a bird, an
insect) or what no walker is (a lantern, the moon) stays above as it was."""

from __future__ import annotations

from openbanana.planner.rules.crossings import BRIDGES, travels_on_the_ground
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Entity, Relation

BENEATH = frozenset({"under", "below"})


def over_bridges(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations, with a walker above one who is under a bridge put on that bridge too."""
    nouns = {e.id: e.noun for e in entities}
    bridges = {e.id for e in entities if noun_lemma(e.noun).split()[-1] in BRIDGES}
    beneath = {r.subject: r.object for r in relations if r.predicate in BENEATH and r.object in bridges}
    related = {frozenset((r.subject, r.object)) for r in relations}
    added: list[Relation] = []
    for r in relations:
        bridge = beneath.get(r.object) if r.predicate == "above" else None
        if bridge is None or frozenset((r.subject, bridge)) in related or not travels_on_the_ground(nouns[r.subject]):
            continue
        related.add(frozenset((r.subject, bridge)))
        added.append(Relation(r.subject, "on", bridge))
    return relations + tuple(added)
