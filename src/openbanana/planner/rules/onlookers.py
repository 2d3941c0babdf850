"""A clause whose subject only looks on ("…while a small crowd watches", "…while his dog looks on", "…while her
grandfather claps from the sofa") has that subject near the one the clause before was about: an audience is drawn
by what it watches. The clause split (clauses.py) reads such a clause on its own, and with no object after its verb
nothing tied the onlooker to anything.

Only a verb of looking on right after the subject, with no object of its own ("a crowd watches the boats" is read
by the verb's object), and only when the two are not related yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.grammar import NounPhrase, Token
from openbanana.planner.rules.lexicon import verb_lemma
from openbanana.planner.rules.pair_features import Mention
from openbanana.planner.rules.reading_state import Reading

ONLOOKING = frozenset({"watch", "look", "wait", "cheer", "clap", "applaud", "listen", "stare", "gaze", "wave", "laugh",
                       "smile", "giggle"})


def onlookers_placed(mentions: Sequence[Mention], reading: Reading) -> None:
    """Puts the subject of each clause that only looks on near the first subject of the clause before it."""
    related = {frozenset((s, o)) for s, _, o in reading.relations}
    last_subject: tuple[int, ...] = ()  # the first subject of the clause before this one
    subject: tuple[int, ...] = ()
    clause = -1
    for k, mention in enumerate(mentions):
        if mention.clause != clause:
            clause, last_subject, subject = mention.clause, subject, ()
            if isinstance(mention.item, NounPhrase) and mention.named and _looks_on(mentions, k):
                _near(reading, mention.named, last_subject, related)
        if not subject and isinstance(mention.item, NounPhrase):
            subject = mention.named


def _looks_on(mentions: Sequence[Mention], k: int) -> bool:
    """The clause's first phrase is followed by a verb of looking on, and no noun phrase comes right after it."""
    verb = mentions[k + 1] if k + 1 < len(mentions) else None
    if verb is None or verb.clause != mentions[k].clause or not isinstance(verb.item, Token):
        return False
    if verb.item.tag not in ("verb", "ing") or verb_lemma(verb.item.word) not in ONLOOKING:
        return False
    after = mentions[k + 2] if k + 2 < len(mentions) else None
    return after is None or after.clause != verb.clause or not isinstance(after.item, NounPhrase)


def _near(reading: Reading, onlookers: tuple[int, ...], watched: tuple[int, ...], related: set[frozenset[int]]
          ) -> None:
    for a in onlookers:
        for b in watched:
            if a != b and frozenset((a, b)) not in related:
                reading.relations.append((a, "near", b))
                related.add(frozenset((a, b)))
