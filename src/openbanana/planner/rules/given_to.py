"""What is tossed, thrown or handed to someone leaves the giver's hand for them: the one it goes to is near the giver.

"A gentleman tossing breadcrumbs to three pigeons", "a woman throwing bread to the ducks": the reading holds the
bread in the giver's hand and puts it near the birds, but relates the birds to nobody, so the composer could set
them anywhere in the picture. Only between living things (a boy throwing a ball to his dog), and only where the two
are not related already.
"""

from __future__ import annotations

from openbanana.scene import Relation


def near_the_giver(relations: tuple[Relation, ...], lively: set[str]) -> tuple[Relation, ...]:
    """The relations, with each living thing that what a living thing holds is near placed near the holder."""
    related = {frozenset((r.subject, r.object)) for r in relations}
    added: list[Relation] = []
    for held in (r for r in relations if r.predicate == "holding" and r.subject in lively):
        for gone in relations:
            pair = frozenset((held.subject, gone.object))
            if gone.subject == held.object and gone.predicate == "near" and gone.object in lively \
                    and gone.object != held.subject and pair not in related:
                added.append(Relation(gone.object, "near", held.subject))
                related.add(pair)
    return relations + tuple(added)
