"""Where one thing is, the thing that carries it or holds it up is too: a rider's mount stands where the rider was
put ("a police officer on a motorcycle waiting at a red traffic light": the motorcycle is at the light too; "a man
riding a camel under a blazing sun": the camel is below it), and a thing that hangs from a support hangs where the
support is, and the other way round ("a sloth hanging from a branch above a river": above the river too; "teacups
hanging from hooks under a shelf": under the shelf; "pots dangling from a rack above the island": the rack is above
it). The clause reading gives each place to the one word it follows, so the other thing of the pair was left with
no place of its own: the composer drew the mount anywhere and the hanging thing under its hook wherever the hook
went. A mount's own cargo ("a scooter with a box behind the seat") stays the mount's."""

from __future__ import annotations

from collections import defaultdict

from openbanana.scene import Entity, Relation

# Places one thing of a pair shares with the other: beside, before, behind, above or below a third thing.
SHARED = frozenset({"near", "next_to", "left_of", "right_of", "in_front_of", "behind", "above", "below", "under"})
HANGING = frozenset({"hanging", "dangling", "swinging"})  # a thing "under" what it hangs from hangs from it


def shared_places(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations, with the places each thing of a pair takes from the other added where it is not related to
    that place yet."""
    hanging = {e.id for e in entities if e.action in HANGING}
    partners: dict[str, list[str]] = defaultdict(list)  # rider → mount; a support and what hangs from it, both ways
    for r in relations:
        if r.predicate == "riding" or (r.predicate == "under" and r.subject in hanging):
            partners[r.subject].append(r.object)
        if r.predicate == "under" and r.subject in hanging:
            partners[r.object].append(r.subject)
    related = {(r.subject, r.object) for r in relations} | {(r.object, r.subject) for r in relations}
    shared: list[Relation] = []
    for r in relations:
        for partner in partners.get(r.subject, ()) if r.predicate in SHARED else ():
            if partner != r.object and (partner, r.object) not in related:
                related |= {(partner, r.object), (r.object, partner)}
                shared.append(Relation(partner, r.predicate, r.object))
    return relations + tuple(shared)
