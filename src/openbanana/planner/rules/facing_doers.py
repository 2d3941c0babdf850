"""Who does a participle after a person named as another person's place: "an old man sits across from a mother
holding a baby", "a nurse waits beside a man holding a dog". The subject has its verb already ("sits"), so a
participle right after the second person is that person's own; read as the subject's, the old man held the baby
and the mother sat empty-handed. Without a verb of the subject's before the place ("a girl next to a man holding a
kite") the reading is open, and the subject keeps it as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openbanana.planner.rules.entity_draft import Draft

# Where one person is put by another: the places a person faces or flanks another from.
FACING = frozenset({"near", "next_to", "left_of", "right_of", "in_front_of", "behind"})


def faced_acts(last: Sequence[int], subject: Sequence[int], drafts: Sequence[Draft],
               relations: Iterable[tuple[int, str, int]]) -> bool:
    """Whether a participle right after the phrase `last` is that phrase's: the subject (people) does something
    already, `last` names people other than the subject, and the subject was just placed at them."""
    if not last or not subject or set(last) & set(subject) or not all(drafts[i].action for i in subject):
        return False
    if not all(drafts[i].person for i in last) or not all(drafts[i].person for i in subject):
        return False
    return any(s in subject and p in FACING and o in last for s, p, o in relations)
