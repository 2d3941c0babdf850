"""Verbs done standing at the side of what they are done to, which the table of verbs reads only as "near": a dog
walked on a lead trots beside its walker ("a woman walking a dachshund"), and a bike, a car or a fence is fixed,
repaired, washed or cleaned from right beside it ("a man repairing a scooter"). Read as near, the composer could
set the dog or the scooter anywhere around the person; beside is what the picture needs (and still near).
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft

WALKED = frozenset({"walk"})  # "walking a poodle": on its lead at the walker's side
TENDED = frozenset({"fix", "repair", "wash", "clean"})  # worked on with both hands, standing at it


def at_the_side(verb: str, doers: Sequence[Draft], things: Sequence[Draft]) -> bool:
    """People who walk an animal, or fix, repair, wash or clean a thing that is no person, are right beside it."""
    if not all(d.person for d in doers):
        return False
    if verb in WALKED:
        return all(t.animal and not t.person for t in things)
    return verb in TENDED and not any(t.person or t.animal for t in things)
