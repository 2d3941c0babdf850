"""Whom a clause's own subject stands so to when an adverb of place is all its place: ", two ducks swimming close
by" is near the turtle named before; "…while five gulls wheel overhead" is above the pelican of the clause before;
"a tent, a canoe nearby" is near the tent.

The adverb after what "with" named belongs to the "with" (frame_sides.FrameReader._place_adverb); after a verb's
object ("a cat sleeping on a mat nearby") it is the object's, and places nothing new. Only when the adverb follows
the subject itself, which had no other place in its clause, does it take the subject named before it: the one
before it in this clause, else the last clause's subject.

A thing "in the distance" or "in the background" so placed stands behind that subject, and one "in the foreground"
in front of it ("rows of tulips, a windmill in the distance"; "sheep grazing with a farmhouse in the distance"):
the depth is taken from the subject when no other thing has the opposite depth (frame_sides._depth_pair).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence


def own_partners(things: Sequence[int], subject: Sequence[int], before: Sequence[int], topic: Sequence[int],
                 list_predicate: str | None, related: Collection[frozenset[int]]) -> list[int]:
    """The things the subject `things` stands so to, or [] when the adverb is not the subject's own place: the
    subject before it (`before`, in this clause) or the last clause's (`topic`), none of them a thing already
    related to the subject."""
    if list_predicate is not None or not things or set(things) != set(subject):
        return []
    partners = [i for i in (before or topic) if i not in things]
    if any(frozenset((a, b)) in related for a in things for b in partners):
        return []
    return partners


def depth_partners(things: Sequence[int], subject: Sequence[int], before: Sequence[int], topic: Sequence[int],
                   list_predicate: str | None, host: Sequence[int], related: Collection[frozenset[int]]) -> list[int]:
    """The things a thing given a depth ("in the distance") is behind or in front of: what "with" belonged to, when
    "with" named it, else the subject before it (own_partners)."""
    if list_predicate == "with" and things and host and not set(things) & set(host):
        return [i for i in host if i not in things]
    return own_partners(things, subject, before, topic, list_predicate, related)
