"""A thing named after "with" that is then given a place on one of the things "with" belonged to takes that place
instead of what "with" alone made of it: "a table and two chairs on a patio, with a cat under the table" is under
the table — not also on it and beside the chairs; "a sofa and an armchair, with a dog on the armchair" is on the
armchair, not on the sofa. "With" relates its thing to every thing of the list before it; the place names one of
them, and says how.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.scene import Predicate

Triple = tuple[int, Predicate, int]


def placed_over_with(relations: list[Triple], with_made: Sequence[Triple], host: Sequence[int],
                     place: Sequence[int]) -> list[Triple]:
    """`relations` without what "with" made (`with_made`), once a relation ties the thing "with" named to `place`,
    a thing of the "with" `host` (what "with" made of the two stays when it is that relation); unchanged otherwise."""
    things = {i for s, _, o in with_made for i in (s, o)} - set(host)
    if not things or not place or not set(place) <= set(host):
        return relations
    tying = [r for r in relations if {r[0], r[2]} & things and {r[0], r[2]} & set(place)]
    if not tying:
        return relations
    own = any(r not in with_made for r in tying)  # a place of its own: nothing "with" made stays
    return [r for r in relations if r not in with_made or (not own and r in tying)]


def own_place(relations: list[Triple], with_made: Sequence[Triple], things: Sequence[int],
              host: Sequence[int]) -> tuple[list[Triple], list[Triple]]:
    """(relations, with_made) once `things` named after "with" get a place of their own on the `host` ("a table with
    a vase on it"): whatever tied them to the host goes, and so does what "with" alone made. Nothing "with" made is
    left to undo after that: "a table with a vase on it and a chair beside it" keeps the vase on the table (the
    same relation "with" made) when the chair is put beside it."""
    pairs = {(a, b) for a in things for b in host} | {(b, a) for a in things for b in host}
    return [r for r in relations if (r[0], r[2]) not in pairs and r not in with_made], []
