"""Where a comma ends what a verb takes: "a boy sitting, the hoop behind him" and "a boy playing basketball, the
ball above his head and the hoop behind him" — the phrase after the comma opens a thing of its own, placed by its
own words against the subject, not the object of "sitting" (on the hoop) nor one more thing played with (held).

A comma right after the verb leaves it without an object. After the verb's object, a comma may go on with a list
of objects ("chopping onions, carrots and peppers"), so the list ends only where the phrase after the comma is
placed against a person by a pronoun ("behind him", "above his head"): an absolute phrase, not an object.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.grammar import Item, NounPhrase, Token

VERB_TAGS = frozenset({"verb", "ing"})
PLACE_TAGS = frozenset({"prep", "relation"})
PERSONAL = frozenset({"him", "her", "them"})  # "behind him"
OWNERS = frozenset({"his", "her", "their"})  # "above his head"


def ends_verb(tag: str, previous: Item | None, upcoming: Sequence[Item]) -> bool:
    """Whether the joining word `tag` ends what the verb before it takes: a comma that closes the verb
    (`previous`) or that opens a phrase placed against a person (`upcoming`, the items after the comma)."""
    if tag != "comma":
        return False
    return (isinstance(previous, Token) and previous.tag in VERB_TAGS) or _absolute(upcoming)


def _absolute(upcoming: Sequence[Item]) -> bool:
    """"…, the ball above his head": a thing, a place word and a person's pronoun or a thing of theirs."""
    if len(upcoming) < 3 or not isinstance(upcoming[0], NounPhrase):
        return False
    word, partner = upcoming[1], upcoming[2]
    if not (isinstance(word, Token) and word.tag in PLACE_TAGS):
        return False
    if isinstance(partner, Token):
        return partner.tag == "pron" and partner.word in PERSONAL
    return isinstance(partner, NounPhrase) and partner.determiner in OWNERS
