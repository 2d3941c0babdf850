"""Clause shapes the relation reader reads as one unit: "filled with" and "full of" (what follows is in the
subject), a measured distance ("a few metres from the fence": near, not a thing) and an opening in a thing ("through
a hole in the fence": the fence is the place), and a place after a comma that closes a participle of what "with"
named ("pancakes with syrup dripping down, on a plate": the pancakes are on it); a comma that closes a verb
(verb_ends.py)."""

from __future__ import annotations

from openbanana.planner.rules.grammar import Describing, Item, NounPhrase, Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.parts import PartReader
from openbanana.planner.rules.verb_ends import ends_verb
from openbanana.planner.rules.vocabulary.actions import PARTICIPLE_RELATIONS
from openbanana.planner.rules.vocabulary.attributes import HOLDING_CONTAINERS
from openbanana.planner.rules.vocabulary.relation_words import DISTANCE_NOUNS, FULLNESS, OPENINGS, WITHIN


class ShapeReader(PartReader):
    """The shapes above, each a test the relation reader asks before reading the item the usual way."""

    def _joined(self, tag: str) -> None:
        """"and" or a comma joins what follows; a comma may leave the verb before it without an object."""
        self.joined = True
        if ends_verb(tag, self.previous, self.upcoming):
            self.pending = self.list_predicate = None

    def _filled_with(self) -> bool:
        """"filled with", "covered with", "topped with": what follows stands so to the subject, as after "by"."""
        previous = self.previous
        if not (isinstance(previous, Token) and previous.tag == "past" and previous.word in PARTICIPLE_RELATIONS):
            return False
        self.passive = PARTICIPLE_RELATIONS[previous.word]
        return bool(self.subject)

    def _full_of(self) -> bool:
        """"a basket full of apples": an adjective of fullness between the subject and "of" reads as "filled with";
        what a shelf or a tray is full of lies on it."""
        previous = self.previous
        if not (isinstance(previous, Describing) and previous.words and previous.words[-1].word in FULLNESS):
            return False
        if len(self.named) < 2 or not self.named[-2]:
            return False  # "a sky full of stars": the sky is no thing, the stars are not in the subject
        self.full = list(self.named[-2])  # "a shop with shelves full of books": the shelves
        lemmas = [noun_lemma(self.out.drafts[i].noun).split()[-1] for i in self.full]
        self.passive = "on" if any(HOLDING_CONTAINERS.get(w) == "on" for w in lemmas) else "in"  # shelves: on
        return True

    def _measure(self, phrase: NounPhrase, following: Item | None) -> bool:
        """"a few metres from the fence", "two steps away from": a distance, not a thing; what follows is near."""
        if noun_lemma(phrase.head.word) not in DISTANCE_NOUNS and phrase.head.word not in DISTANCE_NOUNS:
            return False
        if not isinstance(following, Token) or following.word not in ("from", "away", "away from", "off"):
            return False
        self.verb, self.pending = "away", None
        return True

    def _opening(self, phrase: NounPhrase, following: Item | None) -> bool:
        """"through a hole in the fence": an opening in a thing is the thing's place; the next phrase takes it. One
        in the opening or looking out of it ("an owl watching from a hollow in a tree") is in the thing."""
        if self.pending is None or noun_lemma(phrase.head.word) not in OPENINGS or phrase.of is not None:
            return False
        self.keep_pending = isinstance(following, Token) and following.word in ("in", "of")
        if self.keep_pending and self.preposition in WITHIN:
            self.pending = "in"
        return self.keep_pending

    def _host_after_comma(self) -> None:
        """"a stack of pancakes with syrup dripping down, on a blue plate", "a bed with a cat curled on it, by the
        window": the participle made what "with" named the subject; after the comma the host is the subject again."""
        host = self.with_host
        if isinstance(self.previous, Token) and self.previous.tag == "comma" and host \
                and self.earlier_subject == host and self.subject and not set(self.subject) & set(host):
            self.subject, self.list_predicate = list(host), None  # the "with" list is closed
