"""Where a noun phrase attaches in its clause: the object of the predicate waiting for one, another object of a verb
("holding a cup and a book"), another subject ("a cup and a plate on the table"), or a new subject; and the
relations that follow, each decided by what the two heads are (relation_meaning)."""

from __future__ import annotations

from openbanana.planner.noun_kinds import noun_kinds
from openbanana.planner.rules.clause_questions import ClauseQuestions
from openbanana.planner.rules.entities import PhraseReading
from openbanana.planner.rules.grammar import Item, NounPhrase, Token
from openbanana.planner.rules.listed import flanked, placed_together
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.relation_meaning import relation_between
from openbanana.planner.rules.ring_words import ring_round
from openbanana.planner.rules.vessel_holders import sided_apart
from openbanana.planner.rules.vocabulary.actions import GIVING_VERBS
from openbanana.planner.rules.vocabulary.relation_words import (
    BESIDE,
    CHAINED,
    CONTAINER_NOUNS,
    GOAL_PREPOSITIONS,
    OBJECT_LISTS,
    TABLETOPS,
)
from openbanana.planner.rules.with_places import own_place
from openbanana.planner.rules.worn_names import worn_list_ends
from openbanana.scene import Predicate


class Attacher(ClauseQuestions):
    """The state of the clause being read, and how each noun phrase joins it."""

    def __init__(self) -> None:
        self.out = Reading()
        self.subject: list[int] = []
        self.subject_acted = False  # the subject has had a predicate: a new noun phrase starts a new subject
        self.pending: str | None = None  # a predicate waiting for its object
        self.list_predicate: str | None = None  # the last predicate, open for "and X"
        self.between: list[int] | None = None
        self.flanking: list[int] = []  # the pair "between" last named: "with" after it is the subject's, not theirs
        self.last_phrase: list[int] = []
        self.joined = False  # an "and" or a comma came since the last phrase
        self.verb = ""  # the lemma of the last verb, until the next phrase
        self.clause: list[int] = []  # the things named in this clause, for "both" and "all"
        self.placed_in: list[int] = []  # what the subject was just put in or on, for "in a bowl on a desk"
        self.passive: Predicate | None = None  # "a kite held by a boy": the relation the agent after "by" has
        self.fronted: tuple[str, list[int]] | None = None  # "Behind the barn stands a windmill": the place first
        self.keep_pending = False  # the next preposition only says where an opening is ("a hole in the fence")
        self.placed_subject: tuple[str, list[int]] | None = None  # a fronted place, for "and" another subject
        self.with_made: list[tuple[int, Predicate, int]] = []  # what the last "with" stated, until a place replaces it
        self.with_host: list[int] = []  # what the last "with" belonged to
        self.topic: list[int] = []  # the last clause's subject, which a pronoun opening a clause continues
        self.earlier_subject: list[int] = []  # the subject before this one, in this clause
        self.previous: Item | None = None  # the item read just before this one
        self.upcoming: list[Item] = []  # the next few items of the clause
        self.from_verb = False  # the predicate waiting for its object is a verb's ("examining a rabbit")
        self.verb_object = False  # the last phrase is a verb's object
        self.object_verb = ""  # the lemma of the verb whose object the phrase just read is ("leaves parcels …")
        self.series: list[int] = []  # the things of the last list ("a cup, a plate and a bowl"), in order
        self.with_comma = False  # the last "with" came after a comma: ", with a dog asleep by the fire"
        self.with_after_verb = False  # the last "with" came right after a verb: "eating with a spoon"
        self.preposition = ""  # the last preposition read, for "at a pantry" (a place) against "near a trough"
        self.attached: list[int] = []  # the things the item just read named (for the fallback reading, unread.py)
        self.named: list[tuple[int, ...]] = []  # what each item of the clause named so far
        self.pairs: set[frozenset[int]] = set()  # every pair of things ever related, for the fallback
        self.full: list[int] = []  # the thing "full of" what follows ("shelves full of books"), when not the subject
        self.unplaced = False  # "with" named the scene's place, not a thing: a pronoun's place after it is the place's
        self.listed: list[int] = []  # the "with" list a participle follows: "…sticking out of it" (spilled_contents)

    def _new_clause(self) -> None:
        self.topic = self.subject
        self.subject, self.pending, self.list_predicate, self.between = [], None, None, None
        self.clause, self.passive, self.fronted, self.placed_subject, self.flanking = [], None, None, None, []
        self.with_host, self.earlier_subject, self.previous, self.with_comma = [], [], None, False
        self.subject_acted = self.joined = self.keep_pending = False
        self.verb, self.full = "", []
        self.agent: list[int] = []  # the agent after "by": what is worn right after it is the agent's

    def _placed_by_with(self) -> bool:
        """"a table with two chairs around it", "a house with a tree behind it": the thing after "with" stands
        so to the subject, instead of whatever "with" alone made of the two."""
        pending, subject = self.pending, self.with_host or self.subject
        things = placed_together(self.series, self.last_phrase, subject, str(pending))  # "a laptop and a mug on it"
        if self.list_predicate != "with" or pending is None or pending in ("with", "between", "by") or not subject \
                or not things or set(things) & set(subject):
            return False
        self.out.relations, self.with_made = own_place(self.out.relations, self.with_made, things, subject)
        self._relate(things, pending, subject)
        self.pending = None
        return True

    def _known(self, phrase: NounPhrase, reading: PhraseReading) -> list[int]:
        """"the cat" after "a cat": the same thing again."""
        if phrase.determiner not in ("the", "this", "that", "its", "his", "her", "their") or len(reading.drafts) != 1:
            return []
        noun = reading.drafts[0].noun
        same = [i for i, d in enumerate(self.out.drafts) if d.noun == noun and i not in self.out.dropped]
        if not same and " " not in noun:  # "the chair" after "a rocking chair": the compound's head names it
            same = [i for i, d in enumerate(self.out.drafts) if d.noun.endswith(" " + noun) and i not in
                    self.out.dropped]
        if not same:  # "the flowers" after "sunflowers": the kind its first sense names it by
            same = [i for i, d in enumerate(self.out.drafts) if noun_kinds(d.noun)[:1] == (noun,) and i not in
                    self.out.dropped]
        return same[-1:]

    def _add(self, reading: PhraseReading) -> list[int]:
        base = len(self.out.drafts)
        self.out.drafts.extend(reading.drafts)
        for a, predicate, b in reading.inner:
            self.out.relations.append((base + a, predicate, base + b))
            self.pairs.add(frozenset((base + a, base + b)))
        if reading.inner:
            return [base + reading.inner[0][2]]  # "a basket of apples" joins the scene as the basket
        return list(range(base, len(self.out.drafts)))

    def _attach(self, ids: list[int], following: Item | None) -> None:
        """Give a phrase its place in the clause: an object, another object, another subject, or a new subject."""
        object_verb = ""
        if self.pending == "between":
            self._between(ids)
            if self.pending == "between":
                return
        elif self.pending == "by" and self.passive is not None:
            self._relate(ids, self.passive, self.full or self.subject)  # "a scarf worn by a snowman": he wears it
            self.pending, self.passive, self.subject_acted, self.full, self.agent = None, None, True, [], list(ids)
        elif self.pending == "holding" and self.verb in GIVING_VERBS and isinstance(following, NounPhrase) \
                and self._lively(ids):
            self._relate(self.subject, "near", ids)  # "hands his sister a cup": she is near, the cup is held next
        elif self.pending is not None:
            object_verb = self.verb if self.from_verb else ""
            self._object(ids, self.pending)
            self.pending = None
        elif self.fronted is not None and not self.subject:
            predicate, places = self.fronted
            self.subject, self.subject_acted, self.list_predicate = list(ids), False, None
            self._relate(ids, predicate, places)
            self.fronted, self.placed_subject = None, (predicate, places)
        elif self.joined and self.list_predicate in OBJECT_LISTS and self.subject and not self._own_clause(
                ids, following) and not sided_apart(self.list_predicate, following, self._after_comma()) and not \
                worn_list_ends(self.list_predicate, [self.out.drafts[i].noun for i in ids], self._after_comma()):
            self._relate(self.subject, self.list_predicate, ids)
        elif self.joined and self.list_predicate in BESIDE and self.subject and self._last_object(following):
            self._relate(self.subject, self.list_predicate, ids)  # "beside a laptop and a mug": beside both
        elif self.joined and self.subject and self._worn_too(ids, following):
            self._relate(self.subject, "in", ids)  # "in a grey suit and a black tie": wearing both
        elif self.joined and self.subject and not self.subject_acted:
            self.subject.extend(ids)  # "a cup and a plate on the table": both are the subject
            if self.placed_subject is not None:  # "Next to the barn, a tractor and a horse": both are there
                self._relate(ids, *self.placed_subject)
        else:
            self.earlier_subject = self.subject or self.earlier_subject  # for "…, a mug to its right"
            self.subject, self.subject_acted, self.list_predicate = list(ids), False, None
        self.series = [*self.series, *ids] if self.joined else list(ids)
        self.last_phrase, self.joined, self.verb, self.attached = ids, False, "", list(ids)
        self.object_verb = object_verb
        self.clause.extend(i for i in ids if i not in self.clause)

    def _self_placed(self, ids: list[int]) -> bool:
        """A place whose object is the subject itself is the thing's named just before it: nothing is placed
        relative to itself ("a poppy field with a cottage far behind the poppies": the cottage is behind them)."""
        return bool(ids) and set(ids) <= set(self.subject) and bool(self.last_phrase) \
            and not set(self.last_phrase) & set(self.subject)

    def _last_object(self, following: Item | None) -> bool:
        """The phrase after "and" ends the clause or the list, with no predicate of its own: one more object of
        the place word before it, not a new subject."""
        ends = following is None or (isinstance(following, Token) and following.tag in ("comma", "break"))
        return ends and isinstance(self.previous, Token) and self.previous.tag == "conj" \
            and not set(self.last_phrase) & set(self.subject)

    def _in_order(self) -> None:
        """"a cup, a plate and a bowl in a row from left to right": each stands left of the next."""
        for a, b in zip(self.series, self.series[1:], strict=False):
            self._add_relation(a, "left_of", b)
        self.pending = None

    def _handed(self) -> bool:
        """"feeding a carrot to a pony", "handing a letter to a girl": the verb's object is held, and the one it
        goes to is near."""
        objects = [i for i in self.last_phrase if i not in self.subject]
        lively = [i for i in self.subject if self.out.drafts[i].person or self.out.drafts[i].animal]
        if not isinstance(self.previous, NounPhrase):
            return False  # "a basket strapped to the back": "to" after a participle is no giving
        if not objects or not lively or self.list_predicate not in ("near", "next_to", "holding"):
            return False
        given = {(s, o) for s in lively for o in objects if not self._lively([o])}
        self.out.relations = [r for r in self.out.relations if (r[0], r[2]) not in given]
        for s, o in sorted(given):
            self._add_relation(s, "holding", o)
        return True

    def _between(self, ids: list[int]) -> None:
        if self.between is None and not self._plural(ids):
            self.between = ids  # the first of the two; the second follows
            return
        if self.between is None and not self.subject and not self.clause:
            self.fronted = ("next_to", list(ids))  # "Between two pines hangs a hammock": beside the pair
        elif self.between is None:  # "between two boys": among them, beside the group
            self._relate(self.subject, "next_to", ids)
        elif self.subject or len(self.between) > 1:
            for triple in flanked(self.subject, self.between, ids):  # right of the first, left of the second
                self._add_relation(*triple)
        else:
            self.fronted = ("between", [*self.between, *ids])  # "Between a van and a taxi is a scooter"
        self.pending, self.between, self.flanking = None, None, list(ids)

    def _object(self, ids: list[int], predicate: str) -> None:
        """The phrase is the object of `predicate`: of the subject, of the phrase before it, or a fronted place."""
        if self.subject:
            # "with" belongs to the phrase just before it ("balloons, a cake with candles"), and so does a
            # place right after the place the subject was put ("a fish in a bowl on a desk": the bowl is)
            chained = not self.joined and (
                (self.last_phrase == self.placed_in
                 and (predicate in CHAINED or (predicate in BESIDE and self._beside_place(ids))))
                or (predicate in ("in", "inside") and self.list_predicate is not None
                    and self.last_phrase != self.subject and self._nouns_in(ids, CONTAINER_NOUNS))  # "a fish in a bowl"
                or (predicate == "on" and self.verb_object and self.last_phrase != self.subject
                    and self._nouns_in(ids, TABLETOPS))  # "…a rabbit on a table"
                or (self.preposition in GOAL_PREPOSITIONS and self.verb_object
                    and self.last_phrase != self.subject)  # "dropping a parcel onto a doorstep"
                or (predicate in ("on", "in") and self.verb_object and self.last_phrase != self.subject
                    and not self._lively(self.subject))  # "a window displaying cakes on a stand": the cakes are
                or self._verb_puts(predicate, ids) or self._small_place(predicate, ids)  # placing.py
                or self._rests_beside(predicate, ids)  # with_neighbours.py
                or self._self_placed(ids))  # "tulips with a windmill behind the tulips": the windmill is
            # after a comma, "with" is the subject's again ("a boy flying a kite on a hill, with his dog beside him"),
            # and a place right after what it named is that thing's ("a bed, with slippers under the bed")
            before = (predicate == "with" and not self.joined and self.last_phrase != self.flanking) or chained or (
                self._absolute()) or (predicate == "in" and self._worn_by_last(ids))
            if predicate == "with" and (self.with_after_verb or self._doers_tool(ids)):
                before = False  # "a baby in a high chair eating with a spoon": the baby's spoon
            subjects = self.last_phrase if before and self.last_phrase else self.subject
            made = len(self.out.relations)
            self._relate(subjects, predicate, ids)
            if subjects is self.last_phrase and (self._verb_puts(predicate, ids) or self._small_place(predicate, ids)):
                for triple in self._handled_place(ids, predicate):
                    self._add_relation(*triple)  # the chef holds the pan
            if subjects is self.last_phrase and (self._companions(predicate) or self._kept_in(predicate, ids)):
                self._relate(self.subject, predicate, ids)  # "a man with a woman across a table": both
            elif self._side_by_side(predicate, subjects):
                self._relate(self.last_phrase, predicate, ids)  # "a lamp next to a monitor on a desk": both on it
            if subjects is self.last_phrase and self._rests_beside(predicate, ids):
                self._relate(ids, "on", self.with_host)  # "a counter with a kettle left of a bowl": the bowl is on it
            if predicate == "with":  # "a tree with a rake against it": the tree is "it"
                self.with_made, self.with_host = self.out.relations[made:], list(subjects)
            put = predicate in CHAINED and subjects[0] != ids[0] \
                and self._resolve(subjects[0], predicate, ids[0])[1] in CHAINED
            self.placed_in = ids if put else []  # worn ("in a red dress") is not a place
            self.subject_acted = True
            self.list_predicate, self.verb_object = predicate, self.from_verb
        elif not self.clause and predicate not in ("with", "material"):
            self.fronted = (predicate, list(ids))  # "Under the old oak sits a bench": the bench is the subject
        else:
            self.subject, self.subject_acted, self.list_predicate = list(ids), False, None

    def _relate(self, subjects: list[int], predicate: str, objects: list[int]) -> None:
        for triple in flanked(subjects, objects[:1], objects[1:]) if predicate == "between" else ():
            self._add_relation(*triple)  # a fronted pair, "Between a van and a taxi is …": the first, then the second
        for s in subjects if predicate != "between" else ():
            for o in objects:
                if s != o:
                    self._add_relation(*self._resolve(s, predicate, o))

    def _resolve(self, s: int, predicate: str, o: int) -> tuple[int, Predicate, int]:
        swapped, meaning = relation_between(self.out.drafts[s], predicate, self.out.drafts[o], self.verb)
        return (o, meaning, s) if swapped else (s, meaning, o)

    def _add_relation(self, s: int, predicate: Predicate, o: int) -> None:
        if (s, predicate, o) not in self.out.relations:
            ring_round(self.verb if self.from_verb else self.preposition, predicate, self.out.drafts, s, o)
            self.out.relations.append((s, predicate, o))
            self.pairs.add(frozenset((s, o)))
