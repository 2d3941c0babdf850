"""Questions about the shape of the clause read so far, which decide where a phrase attaches: did a comma come just
before it, does the side after a "with" belong to the thing just put on a surface, is a garment after "and" worn too,
does a phrase with its own verb start its own clause, is the participle after a "with" that thing's. A mixin of
attachment.Attacher, which holds the clause's state; split from it to keep each module to one job."""

from __future__ import annotations

from openbanana.planner.rules.grammar import Item, NounPhrase, Token, has_predicate, has_verb
from openbanana.planner.rules.placing import Placing
from openbanana.planner.rules.vocabulary.attributes import ARRANGEMENT_PHRASES, WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import BESIDE, OWNERS
from openbanana.planner.rules.with_neighbours import beside_on_host
from openbanana.scene import Predicate

SIDES = frozenset({"left_of", "right_of", "next_to"})  # "a lamp next to a monitor on a desk": both on it


class ClauseQuestions(Placing):
    """What the clause's state says about the phrase just read (the state itself is attachment.Attacher's)."""

    previous: Item | None
    upcoming: list[Item]
    list_predicate: str | None
    joined: bool
    with_host: list[int]
    with_made: list[tuple[int, Predicate, int]]
    with_comma: bool
    agent: list[int]

    def _after_comma(self) -> bool:
        """The phrase just read came right after a comma."""
        return isinstance(self.previous, Token) and self.previous.tag == "comma"

    def _rests_beside(self, predicate: str, ids: list[int]) -> bool:
        """The side that follows a thing "with" just put on a surface is that thing's."""
        return beside_on_host(self.list_predicate, predicate, self.last_phrase, self.with_host, self.with_made,
                              self._lively(ids))

    def _companions(self, predicate: str) -> bool:
        """The thing "with" named and its host are both lively, and the place is beside them, not under or in."""
        return (self.list_predicate == "with" and predicate in BESIDE and self._lively(self.subject)
                and self._lively(self.last_phrase))

    def _side_by_side(self, predicate: str, subjects: list[int]) -> bool:
        """A surface named after "next to X": X stands on it too."""
        return (predicate in ("on", "in") and subjects is self.subject and not self.joined
                and self.list_predicate in SIDES and not set(self.last_phrase) & set(self.subject))

    def _worn_by_last(self, ids: list[int]) -> bool:
        """"a kite flown by a girl in a red dress", "held by a boy in a cap": the last person's, not the subject's."""
        return (all(self.out.drafts[i].noun in WEARABLES for i in ids) and self._lively(self.last_phrase)
                and (not self._lively(self.subject) or self.last_phrase == self.agent))

    def _worn_too(self, ids: list[int], following: Item | None) -> bool:
        """A garment after "and" that follows a worn one is worn too, not a new subject (or its own clause)."""
        garments = [*ids, *self.last_phrase]
        return (self.list_predicate == "in" and self.last_phrase != self.subject and self._lively(self.subject)
                and all(self.out.drafts[i].noun in WEARABLES for i in garments)
                and not self._own_clause(ids, following))

    def _own_clause(self, ids: list[int], following: Item | None) -> bool:
        """"…with braids and a man in a suit": a person or animal with its own predicate starts a new clause; a
        thing with a verb does unless the subject is lively and the thing is not ("a knight with a sword and a
        shield standing …": the knight stands), or a comma set it apart with its own participle ("a woman with a
        suitcase, a clock hanging above them": the clock hangs)."""
        if has_verb(following) and isinstance(following, Token) and following.word not in ARRANGEMENT_PHRASES:
            apart = following.tag == "ing" and isinstance(self.previous, Token) and self.previous.tag == "comma"
            return self._lively(ids) or self.with_comma or apart or not self._lively(self.subject)
        return self._lively(ids) and has_predicate(following)

    def _absolute(self) -> bool:
        """"a tent with a bicycle leaning on a tree", "a man with a dog sleeping at his feet": the participle right
        after the thing "with" named is that thing's, when it can act (or the subject cannot, or a comma set the
        "with" apart); "a boy with a kite running" is the boy's."""
        things = self.last_phrase
        if self.list_predicate != "with" or not things or set(things) & set(self.subject):
            return False
        return self.with_comma or self._lively(things) or (not self._lively(self.subject) and self._refers_back())

    def _refers_back(self) -> bool:
        """"skis propped against its wall", "a ladder hanging from it": what follows names the subject again."""
        return any((isinstance(item, Token) and item.tag == "pron") or (isinstance(item, NounPhrase) and
                   item.determiner in OWNERS) for item in self.upcoming)
