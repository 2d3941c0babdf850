"""A part of a thing named as a place stands for the thing: "a parrot on his shoulder" is on him, "a tray on one
hand" and "a kitten tucked in one arm" are held, "a bag strapped to his back" and "a stethoscope around her neck"
are worn, "skis against its wall" are beside the hut, "a bee on the lid" is on the jar named before it.

Who owns the part comes from the owner word ("his", "its") or, with none, from the clause: the subject for a body
part ("balancing a tray on one hand"), the thing named before the subject for a part never drawn alone ("the lid").
What is placed is the verb's object when the owner is the subject ("carrying his daughter on his shoulders": the
daughter is on him), else the subject ("a parrot sitting on his shoulder"). A side of a body part keeps what the
verb made: "holding a newspaper over his head" holds it, above him; "hiding a gift behind her back" puts it behind.
"""

from __future__ import annotations

from openbanana.planner.rules.attachment import Attacher
from openbanana.planner.rules.centres import centre_named
from openbanana.planner.rules.grammar import Item, NounPhrase
from openbanana.planner.rules.pronouns import referents
from openbanana.planner.rules.vocabulary.relation_words import (
    BODY_PARTS,
    HOLDING_PARTS,
    OWNERS,
    THING_PARTS,
    UNNAMED_PARTS,
)
from openbanana.planner.rules.whole_parts import whole_named

HANDS = frozenset({"hand", "hands", "palm", "paw", "paws"})  # a thing "on one hand" is held
ARMS = frozenset({"arm", "arms"})  # a thing "in one arm" or "under his arm" is held
BACKS = frozenset({"back", "backs"})  # a thing on a person's back is worn (a backpack, a delivery bag)
PEOPLES = frozenset({"his", "her", "my", "your", "our"})  # owners that are people, whose walls are a home's
NECKS = frozenset({"neck"})  # a thing around a neck is worn (a stethoscope, a scarf, a collar)
# Sides of a body part: what is held there stands so to the holder's figure, beside the holding the verb made.
BESIDE_BODY = frozenset({"above", "under", "behind", "in_front_of"})
PART_PREDICATES = frozenset({"on", "in", "between", "next_to", "near", "under", "above", "behind", "in_front_of"})


class PartReader(Attacher):
    """Reads a noun phrase that names a part of a thing already named as the place of the clause's thing."""

    def _part(self, phrase: NounPhrase) -> bool:
        """True when `phrase` named a part and its relation was made to the whole (nothing is added for it)."""
        head, pending = phrase.head.word, self.pending
        if pending not in PART_PREDICATES or phrase.of is not None or (phrase.words and len(phrase.words) > 2):
            return False
        holding = (head in HOLDING_PARTS and (pending in ("in", "between") or (pending == "on" and head in HANDS))) \
            or (head in ARMS and pending in ("in", "under"))  # "a kitten tucked in one arm", "under her arm"
        body = holding or head in BODY_PARTS or head in NECKS
        owned = phrase.determiner in OWNERS
        a_things = owned and phrase.determiner not in PEOPLES  # "its roof"; "her front door" is her house's, no part
        unnamed = head in UNNAMED_PARTS and phrase.determiner not in ("a", "an")  # "a doorway" is a new thing
        if not (body or (head in THING_PARTS and a_things) or unnamed):
            return False
        if any(d.noun == head for d in self.out.drafts):
            return False  # "a pot and its lid … on the lid": the lid is a thing of its own
        owners = self._part_owners(phrase.determiner, body)
        if not owners:
            return False
        things = self._part_things(owners)
        if not things:
            return False
        pairs = {(a, b) for a in owners for b in things} | {(b, a) for a in owners for b in things}
        side = pending in BESIDE_BODY and body and not holding  # "holding a newspaper over his head": above him,
        self.out.relations = [r for r in self.out.relations if (r[0], r[2]) not in pairs  # and still held
                              or (side and r[1] == "holding")]
        if side:
            self._relate(things, str(pending), owners)
        elif holding:  # under one arm: the thing named last ("checks his watch, an umbrella under his arm")
            self._relate(owners, "holding", [i for i in things if i in self.last_phrase or head not in ARMS])
        elif head in BACKS | NECKS and self._lively(owners) and not self._lively(things):
            worn = [i for i in owners if self.out.drafts[i].person or head in NECKS]  # "a bag strapped to his back"
            self._relate(worn, "wearing", things)
            self._relate(things, "on", [i for i in owners if i not in worn])  # "a house on its back": a snail's
        elif body and not self._lively(things):
            self._relate(owners, "with", things)  # "a hat on his head": worn; "a ball in his lap": held
        else:  # "a joey riding on its back": riding the koala
            riding = head in BACKS and all(self.out.drafts[i].action == "riding" for i in things)
            self._relate(things, "riding" if riding else pending, owners)
        self.pending, self.subject_acted = None, True
        return True

    def _named_whole(self, phrase: NounPhrase, following: Item | None) -> bool:
        """"a cat on the top shelf" of the bookshelf named before: the place is the bookshelf (whole_parts.py)."""
        ids = whole_named(phrase, self.out.drafts, self.out.dropped) if self.pending in PART_PREDICATES else []
        placed = self.last_phrase or self.subject
        centre, predicate = centre_named(phrase, placed, self.out.drafts, self.out.dropped, self.out.relations)
        if not ids and self.preposition in ("in", "at") and centre:  # centres.py: "a lantern in the middle"
            self._relate(placed, predicate, centre)
            self.pending, self.subject_acted = None, True
            return True
        if ids:
            self._attach(ids, following)
        return bool(ids)

    def _part_owners(self, determiner: str, body: bool) -> list[int]:
        """Whose part: the subject when its object came last ("a dog with a stick in its mouth"), else the owner
        word's referent, or the thing named before the subject ("the lid"), or for a body part with no owner word the
person named before the subject."""
        lively = [i for i in self.subject if self.out.drafts[i].person or self.out.drafts[i].animal]
        object_last = bool(self.last_phrase) and not set(self.last_phrase) & set(self.subject)
        if object_last and (lively if body else self.subject) and determiner in (*OWNERS, "", "the"):
            return lively if body else list(self.subject)
        before = [i for i in (self.with_host or self.earlier_subject or self.topic) if i not in self.subject]
        if determiner in OWNERS:
            named = referents(OWNERS[determiner], self.out.drafts, self.out.dropped, self.subject, True)
            people = [i for i in named if self.out.drafts[i].person]
            owners = people if determiner in ("his", "her") and people else before or named
            if body and not self._lively(owners):  # "a koala in the heat with a joey on its back": the koala's
                owners = [i for i in (*owners, *self.earlier_subject, *self.clause)
                          if self._lively([i]) and i not in self.subject][:1] or owners
            return owners
        if body:  # "a ladder with a kitten tucked in one arm": the person the clause was about before the kitten
            return [i for i in self.earlier_subject if self.out.drafts[i].person and i not in self.subject]
        return before or [i for i in self.clause if not self._lively([i])][:1]  # the first thing of the clause

    def _part_things(self, owners: list[int]) -> list[int]:
        """What stands at the part: the verb's object when the owner is the subject, else the subject."""
        rest = [i for i in self.subject if i not in owners]
        return rest or [i for i in self.last_phrase if i not in self.subject]
