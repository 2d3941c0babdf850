"""Phrases → things and how they stand to each other: one left-to-right pass over a clause at a time.

A clause has a subject (one or more things: "a cat and a dog") and predicates (prepositions, verbs) whose objects
follow. A preposition after a comma still belongs to the subject ("a lamp on the table, left of the sofa": the lamp
is left of the sofa); "and" after a verb's object adds another object ("wearing a hat and sunglasses") unless what
follows has its own verb ("…and a dog sleeping"). The word a preposition chooses depends on what it joins: a
person "in a red coat" is wearing it, "on a bicycle" is riding it, "with a balloon" is holding it. A past
participle before "by" names the agent ("a kite held by a boy": the boy holds it); a clause that opens with a place
("Behind the barn stands a windmill") gives that place to the subject that follows; "with X behind it" places X.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openbanana.planner.people import person_noun
from openbanana.planner.rules.entities import Draft, PhraseReading, read_phrase
from openbanana.planner.rules.grammar import Describing, Item, NounPhrase, Token, has_predicate, has_verb
from openbanana.planner.rules.lexicon import ing_form, noun_lemma, verb_lemma
from openbanana.planner.rules.scene.kinds import OUTDOOR_FORMS, furniture_form
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.actions import (
    INSTRUCTION_VERBS,
    MATERIAL_VERBS,
    PARTICIPLE_RELATIONS,
    VERB_RELATIONS,
)
from openbanana.planner.rules.vocabulary.attributes import (
    ARRANGEMENT_PHRASES,
    CARRIERS,
    RIDEABLES,
    WEARABLES,
)
from openbanana.planner.rules.vocabulary.relation_words import (
    ALONGSIDE_VERBS,
    BALL_GAMES,
    BESIDE,
    BOARDS,
    CHAINED,
    CONTAINER_NOUNS,
    LANDMARK_RELATIONS,
    MEDIA,
    OBJECT_LISTS,
    OWNED_PLACES,
    OWNERS,
    PREPOSITIONS,
    PRONOUNS,
    SURFACE_PREDICATES,
    passive_predicate,
)
from openbanana.scene import Arrangement, Predicate


@dataclass
class Reading:
    drafts: list[Draft] = field(default_factory=list)
    relations: list[tuple[int, Predicate, int]] = field(default_factory=list)
    setting: SettingReader = field(default_factory=SettingReader)
    dropped: set[int] = field(default_factory=set)  # drafts that turned out not to be things


class RelationReader:
    """Walks the items of one prompt; `read(items)` returns every draft, relation and setting word found."""

    def __init__(self) -> None:
        self.out = Reading()
        self.subject: list[int] = []
        self.subject_acted = False  # the subject has had a predicate: a new noun phrase starts a new subject
        self.pending: str | None = None  # a predicate waiting for its object
        self.list_predicate: str | None = None  # the last predicate, open for "and X"
        self.between: list[int] | None = None
        self.last_phrase: list[int] = []
        self.joined = False  # an "and" or a comma came since the last phrase
        self.verb = ""  # the lemma of the last verb, until the next phrase
        self.clause: list[int] = []  # the things named since the last full stop, for "both" and "all"
        self.placed_in: list[int] = []  # what the subject was just put in or on, for "in a bowl on a desk"
        self.passive: Predicate | None = None  # "a kite held by a boy": the relation the agent after "by" has
        self.fronted: tuple[str, list[int]] | None = None  # "Behind the barn stands a windmill": the place first

    def read(self, items: list[Item]) -> Reading:
        for index, item in enumerate(items):
            if isinstance(item, NounPhrase):
                self._phrase(item, items[index + 1] if index + 1 < len(items) else None)
            elif isinstance(item, Describing):
                self._describe(item)
            else:
                self._token(item)
        return self.out

    # -- words between phrases ------------------------------------------------------------------------------------

    def _token(self, token: Token) -> None:
        tag, word = token.tag, token.word
        if tag == "break":
            self.subject, self.pending, self.list_predicate, self.between = [], None, None, None
            self.clause, self.passive, self.fronted = [], None, None
            self.subject_acted = self.joined = False
        elif tag in ("conj", "comma"):
            self.joined = True
        elif tag == "prep" and word == "by" and self.passive is not None and self.subject:
            self.pending = "by"  # the agent follows: it does the verb to the subject
        elif tag == "prep" and word in PREPOSITIONS:
            playing = word == "with" and self.verb in ALONGSIDE_VERBS
            self.pending = "near" if playing else PREPOSITIONS[word]  # "playing with a ball" is beside it
            if self.pending == "between":
                self.between = None
        elif tag == "relation":
            self._relation_unit(str(token.value))
        elif tag == "arrange":
            self._arrange(token.value)  # type: ignore[arg-type]
        elif tag in ("verb", "ing", "past"):
            self._verb(word, tag)
        elif (tag == "rel" or word == "that") and word in ("who", "that", "which") and self.last_phrase:
            self.subject, self.subject_acted = list(self.last_phrase), False
        elif tag == "pron":
            self._pronoun(word)
        elif tag == "det" and word in ("both", "all", "each") and len(self.clause) > 1:
            self.subject, self.subject_acted = list(self.clause), False  # ", both sitting on a rug"
        elif tag in ("place", "time", "weather", "season", "camera", "style"):
            self.out.setting.take(tag, token.value)
        elif tag in ("adv", "adj", "other"):
            self.out.setting.take_word(word)  # "underwater", "outdoors", "tonight"

    def _relation_unit(self, value: str) -> None:
        if value in ("left_of_it", "right_of_it"):  # "a plant to its left": beside the subject, not attached
            side: Predicate = "left_of" if value == "left_of_it" else "right_of"
            for i in self.last_phrase:
                for s in self.subject[:1]:
                    if i != s and i not in self.subject:
                        self._add_relation(i, side, s)
        elif value in ("background", "foreground", "side", "on top"):
            for i in self.subject or self.last_phrase:
                self.out.drafts[i].modifiers.append(value)
        else:
            self.pending = value

    def _arrange(self, arrangement: Arrangement) -> None:
        for i in self.subject or self.last_phrase:
            self.out.drafts[i].arrangement = arrangement

    def _verb(self, word: str, tag: str) -> None:
        lemma = verb_lemma(word)
        self.verb = lemma
        self.passive = passive_predicate(word, lemma) if tag == "past" else None
        if word in ARRANGEMENT_PHRASES:
            self._arrange(ARRANGEMENT_PHRASES[word])
        if tag == "past" and word in MATERIAL_VERBS:
            self.pending = "material"
            return
        if tag == "past" and word in PARTICIPLE_RELATIONS:
            self.pending = PARTICIPLE_RELATIONS[word]
            self.subject_acted = True
            return
        if not self.subject or lemma in ("be", "have") or (lemma in INSTRUCTION_VERBS and lemma not in
                                                             VERB_RELATIONS):
            self.pending = "with" if lemma == "have" and self.subject else None
            return
        predicate, action = VERB_RELATIONS.get(lemma, ("", ing_form(lemma)))
        for i in self.subject:
            draft = self.out.drafts[i]
            draft.action = draft.action or action
        self.pending = predicate or None
        self.subject_acted = True

    def _pronoun(self, word: str) -> None:
        if word in ("it", "them", "him", "her") and self._placed_by_with():
            return
        gender = PRONOUNS.get(word)
        candidates = [i for i, d in enumerate(self.out.drafts) if i not in self.out.dropped
                      and (d.person if gender else True)]
        if gender:
            candidates = [i for i in candidates if self._gender(i) in (gender, "person")] or candidates
        if not candidates:
            return
        ids = [candidates[-1]] if word not in ("they", "them") else list(self.subject or [candidates[-1]])
        self._attach(ids, following=None)

    def _placed_by_with(self) -> bool:
        """"a table with two chairs around it", "a house with a tree behind it": the thing after "with" stands
        so to the subject, instead of whatever "with" alone made of the two."""
        pending, things, subject = self.pending, self.last_phrase, self.subject
        if self.list_predicate != "with" or pending is None or pending in ("with", "between", "by") or not subject \
                or not things or set(things) & set(subject):
            return False
        pairs = {(a, b) for a in things for b in subject} | {(b, a) for a in things for b in subject}
        self.out.relations = [r for r in self.out.relations if (r[0], r[2]) not in pairs]
        self._relate(things, pending, subject)
        self.pending = None
        return True

    # -- noun phrases ---------------------------------------------------------------------------------------------

    def _phrase(self, phrase: NounPhrase, following: Item | None) -> None:
        opening = not self.out.drafts and not self.subject and self.pending is None and not (
            isinstance(following, Token) and has_verb(following)
            and verb_lemma(following.word) not in INSTRUCTION_VERBS)  # "A painting hanging above…" is a thing
        framing = self.pending == "in" and phrase.of is None and phrase.head.word in MEDIA
        if self.pending == "material":
            for i in self.subject:
                self.out.drafts[i].material = self.out.drafts[i].material or phrase.head.word
            self.pending = None
            return
        if phrase.determiner in OWNERS and phrase.head.word in OWNED_PLACES and self.pending is not None:
            self._pronoun(OWNERS[phrase.determiner])  # "a dog sitting at her feet": near her
            return
        landmark = self.pending in LANDMARK_RELATIONS
        reading = read_phrase(phrase, self.out.setting, framing=framing, opening=opening, landmark=landmark)
        if reading.feature_head:
            self._features(reading)
            return
        if reading.surface is not None and (self.pending in SURFACE_PREDICATES or not self.subject):
            furniture = furniture_form(reading.drafts[0].noun) if len(reading.drafts) == 1 else None
            if furniture is None:  # the ground itself; a table, a desk or a rug is a thing to draw
                self.out.setting.add_surface(reading.surface)
                self.pending = None if self.pending != "with" else self.pending
                return
            if furniture[2] not in OUTDOOR_FORMS:
                self.out.setting.add_surface("floor")  # in a room
        ids = self._known(phrase, reading) or self._add(reading)
        if not ids:
            self.pending = None
            return
        self._attach(ids, following)

    def _known(self, phrase: NounPhrase, reading: PhraseReading) -> list[int]:
        """"the cat" after "a cat": the same thing again."""
        if phrase.determiner not in ("the", "this", "that", "its", "his", "her", "their") or len(reading.drafts) != 1:
            return []
        noun = reading.drafts[0].noun
        same = [i for i, d in enumerate(self.out.drafts) if d.noun == noun and i not in self.out.dropped]
        return same[-1:]

    def _add(self, reading: PhraseReading) -> list[int]:
        base = len(self.out.drafts)
        self.out.drafts.extend(reading.drafts)
        for a, predicate, b in reading.inner:
            self.out.relations.append((base + a, predicate, base + b))
        if reading.inner:
            return [base + reading.inner[0][2]]  # "a basket of apples" joins the scene as the basket
        return list(range(base, len(self.out.drafts)))

    def _attach(self, ids: list[int], following: Item | None) -> None:
        """Give a phrase its place in the clause: an object, another object, another subject, or a new subject."""
        if self.pending == "between":
            if self.between is None and not self._plural(ids):
                self.between = ids
                return
            if self.between is None:  # "between two boys": among them, beside the group
                self._relate(self.subject, "next_to", ids)
                self.pending = None
                self.last_phrase, self.joined = ids, False
                return
            for s in self.subject:  # right of the first, left of the second
                for first in self.between:
                    self._add_relation(s, "right_of", first)
                for second in ids:
                    self._add_relation(s, "left_of", second)
            self.pending, self.between = None, None
        elif self.pending == "by" and self.passive is not None:
            self._relate(ids, self.passive, self.subject)  # "a scarf worn by a snowman": the snowman wears it
            self.pending, self.passive, self.subject_acted = None, None, True
        elif self.pending is not None:
            predicate = self.pending
            if self.subject:
                # "with" belongs to the phrase just before it ("balloons, a cake with candles"), and so does a
                # place right after the place the subject was put ("a fish in a bowl on a desk": the bowl is)
                chained = not self.joined and (
                    (self.last_phrase == self.placed_in
                     and (predicate in CHAINED or (predicate in BESIDE and not self._lively(ids))))
                    or (predicate in ("in", "inside") and self.list_predicate is not None
                        and self.last_phrase != self.subject and self._container(ids)))  # "watching a fish in a bowl"
                subjects = self.last_phrase if (predicate == "with" or chained) and self.last_phrase else self.subject
                self._relate(subjects, predicate, ids)
                put = predicate in CHAINED and not chained and subjects[0] != ids[0] \
                    and self._resolve(subjects[0], predicate, ids[0])[1] in CHAINED
                self.placed_in = ids if put else []  # worn ("in a red dress") is not a place
                self.subject_acted = True
                self.list_predicate = predicate
            elif not self.clause and predicate not in ("with", "material"):
                self.fronted = (predicate, list(ids))  # "Under the old oak sits a bench": the bench is the subject
            else:
                self.subject, self.subject_acted, self.list_predicate = list(ids), False, None
            self.pending = None
        elif self.fronted is not None and not self.subject:
            predicate, places = self.fronted
            self.subject, self.subject_acted, self.list_predicate = list(ids), True, None
            self._relate(ids, predicate, places)
            self.fronted = None
        elif self.joined and self.list_predicate in OBJECT_LISTS and self.subject and not self._own_clause(
                ids, following):
            self._relate(self.subject, self.list_predicate, ids)
        elif self.joined and self.subject and not self.subject_acted:
            self.subject.extend(ids)
        else:
            self.subject, self.subject_acted, self.list_predicate = list(ids), False, None
        self.last_phrase, self.joined, self.verb = ids, False, ""
        self.clause.extend(i for i in ids if i not in self.clause)

    def _container(self, ids: list[int]) -> bool:
        return any(noun_lemma(self.out.drafts[i].noun) in CONTAINER_NOUNS for i in ids)

    def _plural(self, ids: list[int]) -> bool:
        return len(ids) == 1 and self.out.drafts[ids[0]].count > 1

    def _lively(self, ids: list[int]) -> bool:
        return any(self.out.drafts[i].person or self.out.drafts[i].animal for i in ids)

    def _own_clause(self, ids: list[int], following: Item | None) -> bool:
        """"…with braids and a man in a suit": a person or animal with its own predicate starts a new clause."""
        return has_verb(following) or (self._lively(ids) and has_predicate(following))

    def _relate(self, subjects: list[int], predicate: str, objects: list[int]) -> None:
        if predicate == "between":
            return
        for s in subjects:
            for o in objects:
                if s != o:
                    self._add_relation(*self._resolve(s, predicate, o))

    def _resolve(self, s: int, predicate: str, o: int) -> tuple[int, Predicate, int]:
        """The relation a preposition means between these two things."""
        subject, thing = self.out.drafts[s], self.out.drafts[o]
        lively = subject.person or subject.animal
        if predicate == "with":
            if lively and thing.noun in WEARABLES:
                return s, "wearing", o
            if lively and not (thing.person or thing.animal):
                return s, "holding", o
            if subject.noun in CARRIERS and not lively:
                return o, "on", s
            return s, "next_to", o
        if predicate == "holding" and self.verb in ("play", "kick") and noun_lemma(thing.noun) in BALL_GAMES:
            return s, "near", o  # "kids playing football": the ball at their feet, not in their hands
        if predicate == "inside":
            return s, "in", o  # "inside a hat", "out of a hat": in it, never wearing it
        if predicate == "in" and lively and thing.noun in WEARABLES:
            return s, "wearing", o
        if predicate == "on" and lively and thing.noun in RIDEABLES and thing.noun not in BOARDS:
            subject.action = subject.action or "riding"
            return s, "riding", o
        return s, predicate, o  # type: ignore[return-value]

    def _add_relation(self, s: int, predicate: Predicate, o: int) -> None:
        if (s, predicate, o) not in self.out.relations:
            self.out.relations.append((s, predicate, o))

    def _features(self, reading: PhraseReading) -> None:
        """"with curly red hair", "with a beard": about the person, not another thing."""
        people = [i for i in self.subject or self.last_phrase if self.out.drafts[i].person]
        for i in people:
            draft = self.out.drafts[i]
            if reading.feature_head in ("hair", "curls", "afro", "locks", "hairstyle"):
                draft.set_hair([*reading.features, reading.feature_head])
            elif reading.feature_head in ("beard", "moustache", "mustache", "stubble"):
                draft.beard = True
            elif reading.feature_head in ("skin", "complexion"):
                draft.describe(Token(" ".join([*reading.features, "skin"]), "skin"))
            draft.modifiers.append(" ".join([*reading.features, reading.feature_head]))
        self.pending, self.subject_acted, self.list_predicate = None, True, "with"

    def _describe(self, describing: Describing) -> None:
        targets = self.subject if self.subject else []
        for token in describing.words:
            if self.out.setting.take_word(token.word):
                continue
            for i in targets:
                self.out.drafts[i].describe(token)

    def _gender(self, i: int) -> str:
        info = person_noun(self.out.drafts[i].noun)
        return info.gender if info else "person"

