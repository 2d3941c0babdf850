"""A thing "in the middle" with no "of" after it is in the middle of the table, tray or basket named before it:
"four friends playing cards around a picnic table, a lantern in the middle" is on the table, "a fruit basket with a
pineapple in the centre" in the basket. Read as a part that names no thing, "the middle" left the lantern with no
place at all, and the composer set it anywhere in the picture.

Only a thing is put there (a person "in the middle" of a table would be the middle of a group), and only on
something that has a middle to hold it: a surface things stand on (on it) or a container (in it). "In the middle of"
people or animals ("a clown in the middle of the kids") is among them, near, not in them."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import NounPhrase
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.relation_words import CONTAINER_NOUNS, TABLETOPS

LOOK_BACK = 12  # things and relations looked back over for the holder
MIDDLES = frozenset({"middle", "centre", "center"})
SURFACES = frozenset({*TABLETOPS, "blanket", "rug", "tablecloth"})
HOLDERS = SURFACES | CONTAINER_NOUNS
MIDDLE_OF = frozenset({"in the middle of", "in the centre of", "in the center of"})
HELD = frozenset({"on", "in", "inside"})  # "a fruit bowl on the counter": the bowl is the middle meant, not the counter


def centre_named(phrase: NounPhrase, placed: Sequence[int], drafts: Sequence[Draft], dropped: Collection[int],
                 relations: Sequence[tuple[int, str, int]]) -> tuple[list[int], str]:
    """The thing named before whose middle `phrase` ("the middle") is, as a one-element list, and "on" or "in" it;
    empty when the phrase names no bare middle, the things `placed` there are lively, or nothing before them has a
    middle to hold them. Of a holder standing on or in another ("a tray on a table"), the one on top is meant."""
    if phrase.head.word not in MIDDLES or phrase.of is not None or phrase.possessor is not None \
            or phrase.determiner != "the" or phrase.modifiers or not placed:
        return [], ""
    if any(drafts[i].person or drafts[i].animal for i in placed):
        return [], ""
    start = max(0, min(placed) - LOOK_BACK)  # what was named shortly before: one look, however long the prompt
    holders = [i for i in range(start, min(placed)) if i not in dropped
               and noun_lemma(drafts[i].noun.split()[-1]) in HOLDERS]
    if not holders:
        return [], ""
    on_top = [s for s, predicate, o in relations[-LOOK_BACK:] if o == holders[-1] and predicate in HELD
              and s in holders]
    centre = (on_top or holders)[-1]
    return [centre], "on" if noun_lemma(drafts[centre].noun.split()[-1]) in SURFACES else "in"


def amid(pending: str | None, preposition: str, objects: Sequence[Draft]) -> str | None:
    """The predicate waiting for `objects`: "near" for "in the middle of" people or animals, else `pending`."""
    lively = bool(objects) and all(d.person or d.animal for d in objects)
    return "near" if pending == "in" and preposition in MIDDLE_OF and lively else pending
