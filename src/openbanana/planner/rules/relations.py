"""Clauses → things and how they stand to each other: a shallow dependency parse of each clause, read left to right.

Each clause (clauses.split_clauses) has a subject (one noun phrase, or several joined by "and") and predicates: a verb
group and prepositions, each attached to the noun phrase it belongs to and taking the next noun phrase or pronoun as its
object. The predicate is looked up in one table (vocabulary/relation_words: "hanging from" first, then the preposition
alone) and its meaning between the two heads decided by what they are (relation_meaning). A relative clause or a
participle attaches to the noun just before it; a preposition after a comma still belongs to the subject ("a lamp on the
table, left of the sofa"); a place right after the place the subject was put belongs to that place ("a fish in a bowl on
a desk"); "with" belongs to the phrase before it; a pronoun is the last thing it can stand for (pronoun_reader,
pronouns); a clause that opens with a place ("Behind the barn stands a windmill") gives it to the subject that follows;
a past participle before "by" names the agent; an adverb of place ("nearby") places its thing near the subject. A part
named as a place stands for its whole (parts.py); a participle right after what "with" named is that thing's
(attachment), as is one after a verb's object that can act (placing); "to" and "out of" after a verb's object, "filled
with", "from left to right" and "over a bridge" (crossings) are read here. A phrase left unread is bound by position
(unread) or a scored choice of head (scored_heads), and places are shared by a verb's object and its doer, a place and a
side after it, a doer and the one a thing is handed to, a part and its whole (object_places, moved_objects,
chained_places, told_to, named_parts)."""

from __future__ import annotations

from openbanana.planner.rules.centres import amid
from openbanana.planner.rules.clauses import split_clauses
from openbanana.planner.rules.crossings import crossing
from openbanana.planner.rules.doer_places import doer_place
from openbanana.planner.rules.entities import read_phrase
from openbanana.planner.rules.facing_doers import faced_acts
from openbanana.planner.rules.frame_sides import TRAILING_PLACES
from openbanana.planner.rules.fronted import subject_first
from openbanana.planner.rules.grammar import Describing, Item, NounPhrase, Token, has_verb
from openbanana.planner.rules.grounds import is_the_ground
from openbanana.planner.rules.handled import in_hand
from openbanana.planner.rules.lexicon import ing_form, verb_lemma
from openbanana.planner.rules.listed import LOOK_BACK
from openbanana.planner.rules.listed_rows import arranged, arranged_things
from openbanana.planner.rules.named_parts import whole_predicate
from openbanana.planner.rules.onlookers import onlookers_placed
from openbanana.planner.rules.pair_features import Mention
from openbanana.planner.rules.phrase_features import describe, take_features
from openbanana.planner.rules.pronoun_reader import PronounReader
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.scene.kinds import OUTDOOR_FORMS, furniture_form
from openbanana.planner.rules.scored_heads import bound_phrases
from openbanana.planner.rules.spilled_contents import listed_doers
from openbanana.planner.rules.told_to import goal_predicate
from openbanana.planner.rules.vessel_holders import vessel_holds
from openbanana.planner.rules.vocabulary.actions import (
    INSTRUCTION_VERBS,
    MATERIAL_VERBS,
    PARTICIPLE_RELATIONS,
    VERB_RELATIONS,
)
from openbanana.planner.rules.vocabulary.attributes import ARRANGEMENT_PHRASES
from openbanana.planner.rules.vocabulary.relation_words import (
    ALONGSIDE_VERBS,
    BESIDE_THINGS,
    LANDMARK_RELATIONS,
    MEDIA,
    OF_PARTS,
    OWNED_PLACES,
    OWNERS,
    PART_SIDES,
    PLACE_PREPOSITIONS,
    SIDE_PARTS,
    object_verb,
    passive_predicate,
    preposition_predicate,
    taken_from,
)
from openbanana.planner.rules.where_clauses import where_placed
from openbanana.planner.rules.with_places import placed_over_with
from openbanana.planner.rules.worn_on import wearer
from openbanana.scene import Arrangement

__all__ = ["Reading", "RelationReader"]


class RelationReader(PronounReader):
    """Reads the items of one prompt clause by clause; `read(items)` returns every draft, relation and setting word."""

    told = ""  # given "to" the next phrase: the verb of the object given (told_to.py)

    def read(self, items: list[Item]) -> Reading:
        self.mentions: list[Mention] = []  # every item with the things it named, for the pair model (pair_model.py)
        for number, clause in enumerate(map(subject_first, split_clauses(items))):
            self._new_clause()
            self.named = named = []
            made: list[bool] = []
            for index, item in enumerate(clause):
                self.upcoming, self.attached, before = clause[index + 1:index + 4], [], len(self.out.relations)
                drafts = len(self.out.drafts)
                if isinstance(item, NounPhrase):
                    self._phrase(item, clause[index + 1] if index + 1 < len(clause) else None)
                elif isinstance(item, Describing):
                    describe(self.out, self.subject, item)
                else:
                    self._token(item, clause[index + 1] if index + 1 < len(clause) else None)
                self.previous = item
                named.append(tuple(self.attached))
                made.append(len(self.out.relations) > before)
                made_now = tuple(range(drafts, len(self.out.drafts)))
                self.mentions.append(Mention(number, item, tuple(dict.fromkeys((*self.attached, *made_now)))))
            self._bind_unread(clause, named, made)
        where_placed(items, self.mentions, self.out)  # where_clauses.py: "a fishbowl where goldfish swim"
        onlookers_placed(self.mentions, self.out)  # onlookers.py: "…while a small crowd watches"
        return self.out

    def _bind_unread(self, clause: list[Item], named: list[tuple[int, ...]], made: list[bool]) -> None:
        """The fallback reading (unread.py): a relation word the clause parse left unbound joins its neighbours."""
        for unread in bound_phrases(clause, named, made, self.pairs, self.out):  # scored_heads.py
            self.verb = unread.verb
            self._relate(list(unread.subjects), unread.predicate, list(unread.objects))

    # -- words between phrases ------------------------------------------------------------------------------------

    def _token(self, token: Token, following: Item | None) -> None:
        tag, word = token.tag, token.word
        if tag in ("conj", "comma"):
            self._joined(tag)  # clause_shapes.py: "a boy sitting, the hoop behind him": no object of "sitting"
        elif (word == "with" and self._filled_with()) or (word == "of" and self._full_of()):
            self.pending = "by"  # "a boot filled with daisies", "a basket full of apples": the things are in it
        elif tag == "prep" and word == "by" and self.passive is not None and self.subject:
            self.pending = "by"  # the agent follows: it does the verb to the subject
        elif token.value == "in_order":
            self._in_order()
        elif word == "to" and self._handed():
            self.pending, self.told = "near", self.object_verb  # "feeding a carrot to a pony": near the pony
        elif tag in ("prep", "relation") and isinstance(token.value, str) and token.value.endswith("_of_it"):
            self._beside_subject("left_of" if token.value == "left_of_it" else "right_of")
        elif word == "on" and isinstance(self.previous, NounPhrase) and self._ends_clause() and (
                wearers := wearer(self.last_phrase, self.out.drafts)):
            self._relate(wearers, "wearing", self.last_phrase)  # "…, headphones on": worn (worn_on.py); what
            self.subject, self.subject_acted, self.pending = wearers, True, None  # follows is the wearer's again
        elif tag in ("prep", "relation") and word in TRAILING_PLACES and self._ends_clause():
            self._place_adverb(TRAILING_PLACES[word], word)  # "with the Earth far below": below the subject
        elif tag in ("prep", "relation"):
            self._preposition(word)
        elif tag == "where":
            self._place_adverb(str(token.value), word)
        elif tag == "arrange":
            self._arrange(token.value, word)  # type: ignore[arg-type]
        elif tag in ("verb", "ing", "past"):
            self._verb(word, tag, following, state=token.value == "state")  # "asleep", "afloat"
        elif (tag == "rel" or word == "that") and word in ("who", "that", "which") and self.last_phrase:
            self.subject, self.subject_acted = list(self.last_phrase), False  # "a cat that is sleeping under…"
        elif tag == "pron":
            self._pronoun(word)
        elif tag == "det" and word in ("both", "all", "each") and len(self.clause) > 1:
            self.subject, self.subject_acted = list(self.clause), False  # ", both sitting on a rug"
        elif tag in ("place", "time", "weather", "season", "camera", "style"):
            self.out.setting.take(tag, token.value)
        elif tag in ("adv", "adj", "other"):
            self.out.setting.take_word(word)  # "underwater", "outdoors", "tonight"

    def _preposition(self, word: str) -> None:
        self.from_verb, self.preposition = False, word
        self._host_after_comma()  # clause_shapes.py
        if word == "with":
            self.with_comma = isinstance(self.previous, Token) and self.previous.tag == "comma"
            self.with_after_verb = has_verb(self.previous)
        if self.keep_pending:  # "through a hole in the fence": "in" only names the opening's place
            self.keep_pending = False
            return
        verb = self.verb or object_verb(self.object_verb)  # "toasting marshmallows over a fire", "hangs a coat on"
        if taken_from(word, object_verb(self.object_verb)) and self.verb_object and self.last_phrase != self.subject:
            self.pending = "near"  # "pulling a tray out of an oven": the one who pulls is at the oven
            return
        playing = word == "with" and self.verb in ALONGSIDE_VERBS and not any(  # not "…with trees behind it"
            isinstance(item, Token) and item.tag == "pron" for item in self.upcoming)
        predicate = "near" if playing else crossing(word, self) or preposition_predicate(word, verb)  # crossings.py
        if predicate is None:
            return  # "from", "for": places nothing
        self.pending = predicate
        if predicate == "between":
            self.between = None

    def _arrange(self, arrangement: Arrangement, word: str = "") -> None:
        things = arranged_things(self.subject, self.last_phrase, isinstance(self.previous, NounPhrase), self.out.drafts)
        for a, b in arranged(arrangement, word, things, self.series, self.out.drafts):
            self._add_relation(a, "left_of", b)  # listed_rows.py: "a house, a bell and a gear in a row"

    def _verb(self, word: str, tag: str, following: Item | None, state: bool = False) -> None:
        if state and not isinstance(self.previous, NounPhrase):
            for i in self.last_phrase or self.subject:  # "a dog curled up asleep on…": the posture's place stays
                self.out.drafts[i].action = word
            return
        lemma = verb_lemma(word)
        if lemma == "give" and word != "give":
            lemma = "hand"  # "a boy giving flowers to…", "she gives…": handing; only the bare form is an instruction
        if lemma == "fall" and word in ("fallen", "fell"):
            lemma = "land"  # "snow falling on a hut" is still above it; "a vase fallen on the floor" lies on it
        self.verb = lemma
        self._infinitive(tag)  # infinitives.py: "teaching his son to ride a bike": the son rides it
        if not isinstance(self.previous, NounPhrase):
            self.placed_in = []  # "…, while leaning against a rock": the subject's new predicate, not the place's
        elif word not in ARRANGEMENT_PHRASES and self._absolute():
            self.earlier_subject, self.with_host = list(self.subject), self.with_host or list(self.subject)
            self.subject, self.subject_acted = list(self.last_phrase), False  # ", with a dog sleeping by it"
        elif tag == "ing" and (self._object_acts() or vessel_holds(lemma, self.last_phrase, self.subject,
                                                                   self.out.drafts) or faced_acts(
                self.last_phrase, self.subject, self.out.drafts, self.out.relations[-LOOK_BACK:])):
            # placing.py: "pushing a patient lying on a gurney"; vessel_holders.py: "…beside a bowl holding lemons";
            # facing_doers.py: "sits across from a mother holding a baby"
            self.earlier_subject, self.subject, self.subject_acted = list(self.subject), list(self.last_phrase), False
        self.listed = listed_doers(self.series, self.last_phrase, self.with_made) if isinstance(
            self.previous, NounPhrase) and self.subject == self.last_phrase else []  # spilled_contents.py
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
        # a verb the table lacks with its object right after it: what it is done to is at hand ("follow a duck")
        self.pending = predicate or ("near" if isinstance(following, NounPhrase) else None)
        self.from_verb = True
        self.subject_acted = True

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
        if phrase.determiner in OWNERS and self.pending is not None and (phrase.head.word in OWNED_PLACES or (
                phrase.head.word in SIDE_PARTS and self.pending in PART_SIDES)):
            if phrase.possessor is not None:  # "on her grandmother's lap": on the grandmother
                self._phrase(phrase.possessor, following)
            else:
                self._pronoun(OWNERS[phrase.determiner])  # "a dog sitting at her feet": near her
            return
        if self._part(phrase) or self._named_whole(phrase, following) or self._infinitive_noun(phrase, following):
            return  # "a stick in its mouth": the dog holds it; "teaching a boy to fish": fishing (infinitives.py)
        whole = phrase.whole
        if whole is not None and self.pending is not None and phrase.head.word in OF_PARTS:
            self.pending = whole_predicate(self.pending, self.preposition, phrase.head.word, whole.head.word)
            self._phrase(whole, following)  # "on the handlebars of a bicycle", "on a man's shoulder": on him
            return
        if self._measure(phrase, following) or self._opening(phrase, following):
            return
        landmark = self.pending in LANDMARK_RELATIONS
        beside = self.pending in BESIDE_THINGS and self.preposition not in PLACE_PREPOSITIONS
        placed = self.preposition if self.pending is not None and self.preposition in PLACE_PREPOSITIONS else ""
        reading = read_phrase(phrase, self.out.setting, framing=framing, opening=opening, landmark=landmark,
                              beside=beside, placed=placed, held=self.pending == "holding", on=self.pending == "on",
                              filling=self.pending == "by" and self.passive in ("in", "on"))
        self.pending = amid(self.pending, self.preposition, reading.drafts)  # centres.py: "in the middle of the kids"
        if self.pending == "near" and in_hand(self.verb, [self.out.drafts[i] for i in self.subject], reading.drafts,
                                              self.upcoming[:1], None if self.from_verb else self.preposition):
            self.pending = "holding"  # handled.py: "clinking glasses", "unloads boxes"
        elif self.pending == "near":  # doer_places.py: "cantering a horse": riding it; told_to.py: "reading to a boy"
            self.pending = goal_predicate(self.told, reading.drafts, doer_place(
                self.verb if self.from_verb or self.verb == "away" else "", "" if self.from_verb else self.preposition,
                [self.out.drafts[i] for i in self.subject], reading.drafts))
        self.told = ""
        if reading.feature_head:
            take_features(self.out, self.subject or self.last_phrase, reading)
            self.pending, self.subject_acted, self.list_predicate = None, True, "with"
            return
        if reading.surface is not None and is_the_ground(self.pending, phrase.head.word, bool(self.subject)):
            furniture = furniture_form(reading.drafts[0].noun) if len(reading.drafts) == 1 else None
            if furniture is None:  # the ground itself; a table, a desk or a rug is a thing to draw
                self.out.setting.add_surface(reading.surface)
                self.pending = None if self.pending != "with" else self.pending
                return
            if furniture[2] not in OUTDOOR_FORMS:
                self.out.setting.add_surface("floor")  # in a room
        ids = self._known(phrase, reading) or self._add(reading)
        if not ids or (reading.scenery and placed):  # a place, a part that names no thing, or what fills a place
            # one is in: the subject has had its predicate ("a cat on the roof", "a deer in a pine forest")
            self.subject_acted = self.subject_acted or (self.pending is not None and bool(self.subject))
            self.unplaced = self.pending == "with" and not ids  # "…, with hills behind it": the hills are behind
            self.pending = None
            return
        self.unplaced = False
        self._attach(ids, following)
        self.out.relations = placed_over_with(self.out.relations, self.with_made, self.with_host, ids)  # with_places
        self._side_taken(ids)  # "On the left a puppy": the side that opened the phrase
