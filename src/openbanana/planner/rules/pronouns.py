"""Who a pronoun is: the last thing named that it can stand for ("a table with a vase on it": the table).

"he"/"him" and "she"/"her" stand for a person of that gender (any person when none matches, a figure such as a
troll when no person is named, else an animal); "it" for the last single thing that is not the clause's own
subject (a thing is never placed relative to itself: "a lamp on the desk and a rug under it" is under the desk),
and at the start of a clause for the last clause's subject ("a basket sits on the bench, and beside it a puppy");
"they"/"them" for the clause's subject, else the last group named, else the people or animals named one by one ("a
man beside a woman, a clock above them").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from openbanana.planner.people import person_noun
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.vocabulary.predicates import FIGURES
from openbanana.planner.rules.vocabulary.relation_words import PRONOUNS

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})


def referents(word: str, drafts: Sequence[Draft], dropped: Collection[int], subject: Sequence[int],
              object_of: bool, topic: Sequence[int] = (), prefer_topic: bool = False) -> list[int]:
    """The drafts (indices) the pronoun stands for; empty when nothing named fits. `object_of`: the pronoun is the
    object of a predicate of `subject`, so it cannot be the subject itself. `topic`: the last clause's subject,
    which a pronoun that opens a clause continues ("a basket sits on the bench, and beside it a puppy…"), and
    which `prefer_topic` (a place beside, above or at it) prefers over the place it was put ("a frog sits on a
    stone while a fly hovers above it": the frog)."""
    candidates = [i for i in range(len(drafts)) if i not in dropped]
    if (not subject or prefer_topic) and word in ("it", "its"):
        kept = [i for i in topic if i in candidates and drafts[i].count == 1 and i not in subject]
        if len(kept) == 1:
            return kept
    gender = PRONOUNS.get(word)
    if gender:
        people = [i for i in candidates if drafts[i].person]
        candidates = [i for i in people if _gender(drafts[i]) in (gender, "person")] or people or [
            i for i in candidates if drafts[i].noun in FIGURES] or [  # "a troll … while goats cross above him"
            i for i in candidates if drafts[i].animal]  # "a mother duck with ducklings behind her": no person named
    if not candidates:
        return []
    if word in PLURAL_PRONOUNS:
        if subject and not object_of:
            return list(subject)
        groups = [i for i in candidates if drafts[i].count > 1 and i not in subject]
        if groups:
            return [groups[-1]]
        lively = [i for i in candidates if i not in subject and (drafts[i].person or drafts[i].animal)]
        if object_of and len(lively) > 1:
            return lively  # "a man waits beside a woman, a clock hanging above them": the two of them
        return list(subject or candidates[-1:])
    others = [i for i in candidates if i not in subject] if object_of else candidates
    single = [i for i in others if drafts[i].count == 1] if word in ("it", "its") else others
    return [(single or others or candidates)[-1]]


def _gender(draft: Draft) -> str:
    info = person_noun(draft.noun)
    return info.gender if info else "person"
