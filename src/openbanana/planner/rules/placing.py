"""What a thing's kind says about where it goes in a clause: a verb that puts its object somewhere ("leaves parcels
on the doormat", "holds a pan over the stove") sends the place to the object, not to the one who puts it; a person
or animal done to ("pushing a man in a wheelchair") is the one in the place; and the helpers that ask what the
things named are (lively, furniture, a container). A mixin of attachment.Attacher, which holds the clause's state."""

from __future__ import annotations

from copy import copy

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.listed import LOOK_BACK
from openbanana.planner.rules.poured_into import held_vessels
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.relation_meaning import relation_between
from openbanana.planner.rules.standing_places import standing_side, tabletop
from openbanana.planner.rules.vocabulary.actions import VERB_RELATIONS
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import (
    BESIDE,
    CHAINED,
    CONTAINER_NOUNS,
    FURNISHINGS,
    HOMES,
    PLACING_VERBS,
    RAISING_VERBS,
    SOURCE_PREPOSITIONS,
    TOOLS,
)
from openbanana.planner.rules.worked_things import made_in_place, worker_predicate, works_in_place
from openbanana.scene import Predicate


class Placing:
    """The kinds of the things a clause names, and where a verb's object is put."""

    out: Reading
    subject: list[int]
    last_phrase: list[int]
    object_verb: str  # the lemma of the verb whose object the last phrase is
    preposition: str
    verb: str
    from_verb: bool  # the predicate waiting for its object is a verb's, not a place word's

    def _verb_puts(self, predicate: str, ids: list[int]) -> bool:
        """"leaves parcels on the doormat", "hanging coats on hooks": a placing verb's object goes to the place;
        "pushing a man in a wheelchair": a person or animal done to is in or on the thing, not the doer."""
        objects = self.last_phrase
        if not self.object_verb or objects == self.subject or set(objects) & set(self.subject) \
                or (self.preposition in SOURCE_PREPOSITIONS and predicate in ("near", "on")):
            return False  # "slides a tray out of the oven", "tosses crumbs from a bench": the doer is at it, on it
        worked = predicate in CHAINED and works_in_place(self.object_verb)  # "grills burgers on a barbecue"
        # "building a sandcastle by a bucket"; beside a person it is the builder who is there
        worked |= predicate in BESIDE and made_in_place(self.object_verb) and not self._lively(ids)
        # "holding a pan over a stove"; not after a verb of its own ("holding a flag while floating above the Earth")
        held_over = predicate == "above" and self.object_verb in RAISING_VERBS and not self.verb
        return ((predicate in CHAINED or predicate in BESIDE) and self.object_verb in PLACING_VERBS) or worked or (
            predicate in ("in", "on") and self._lively(objects) and self._lively(self.subject)) or held_over

    def _handled_place(self, ids: list[int], predicate: str) -> list[tuple[int, Predicate, int]]:
        """The place a verb put its object in is a thing for the hands ("tossing onions in a pan"): the doer holds
        it, as "a chef in a pan" would be read; one worked at ("grilling burgers on a barbecue") has the doer beside it
        (worked_things.py). What a verb no table lists put on or in a place rests there, in nobody's hands
        ("flipping a pancake in a pan", handled.py), and so does what stands on a thing of the tabletop ("blowing out
        the candles on a cake"); "carrying a joey in a pouch" still holds it."""
        drafts = self.out.drafts  # asked of a copy: reading a relation may give its subject an action ("riding")
        small = self._small_place(predicate, ids)
        if predicate in ("on", "in", "inside") and (self.object_verb not in VERB_RELATIONS or (
                predicate == "on" and small)):
            self.out.relations = [r for r in self.out.relations
                                  if r[1] != "holding" or r[0] not in self.subject or r[2] not in self.last_phrase]
        held: list[tuple[int, Predicate, int]] = [(s, "holding", o) for s in self.subject for o in ids
                if s != o and relation_between(copy(drafts[s]), predicate, drafts[o], self.verb) == (False, "holding")]
        if not held and held_vessels(self.object_verb, self.preposition, [drafts[s] for s in self.subject],
                                     [drafts[o] for o in ids]):
            return [(s, "holding", o) for s in self.subject for o in ids if s != o]  # poured_into.py: the cup
        if not held and small:  # "blowing out the candles on a cake": at the cake
            return [(s, "near", o) for s in self.subject for o in ids if s != o]
        if held or not works_in_place(self.object_verb):
            return held
        return [(s, relation_between(copy(drafts[s]), worker_predicate(drafts[o].noun), drafts[o])[1], o)
                for s in self.subject for o in ids if s != o]  # "grilling burgers on a barbecue": at the barbecue

    def _furnishing(self, ids: list[int]) -> bool:
        """"a cat on the chair beside the table": beside one piece of furniture, the other is; "a mug on the desk
        next to a keyboard": beside a small thing, the mug is."""
        return any(noun_lemma(self.out.drafts[i].noun).split()[-1] in FURNISHINGS for i in ids)

    def _beside_place(self, ids: list[int]) -> bool:
        """A side named right after the place the subject was put is that place's: beside another piece of
        furniture ("a cat on the chair beside the table"), or beside anything not lively when the subject is in the
        container ("a puppy in a basket next to the fire": the basket stands there, the puppy in it)."""
        held = {p for s, p, o in self.out.relations[-LOOK_BACK:] if s in self.subject and o in self.last_phrase}
        inside = self._nouns_in(self.last_phrase, CONTAINER_NOUNS) and bool(held & {"in", "inside"})  # not "in bloom"
        supported = "on" in held and not self.from_verb and not self._lively(self.subject) and standing_side(
            [self.out.drafts[i] for i in self.last_phrase], [self.out.drafts[i] for i in ids])  # standing_places.py
        return (self._furnishing(self.last_phrase) and self._furnishing(ids)) or (inside and not self._lively(ids)) \
            or supported

    def _object_acts(self) -> bool:
        """"nurses push a patient lying on a gurney", "feeding a goat standing behind a fence": a participle right
        after a verb's object that can act is the object's (what the doer does is said already)."""
        return bool(self.object_verb) and self.last_phrase != self.subject and self._lively(self.last_phrase) \
            and not set(self.last_phrase) & set(self.subject)

    def _small_place(self, predicate: str, ids: list[int]) -> bool:
        """"blowing out the candles on her cake", "counting coins in a jar": a place on or in a verb's object that
        is a thing of the tabletop holds the object, never the person or animal doing the verb; a garment is worn,
        no place ("stomping through puddles in yellow wellies")."""
        done_to = any(s in self.subject and o in self.last_phrase and p != "wearing"
                      for s, p, o in self.out.relations[-LOOK_BACK:])
        return predicate in ("on", "in", "inside") and done_to and not set(self.last_phrase) & set(self.subject) \
            and self._lively(self.subject) and not self._lively(self.last_phrase) and not self._lively(ids) \
            and tabletop([self.out.drafts[i] for i in ids])

    def _kept_in(self, predicate: str, ids: list[int]) -> bool:
        """"a guinea pig nibbling a carrot inside its cage": a home a lively subject is kept in holds the subject
        as well as the thing named before it."""
        return (predicate in ("in", "inside") and self._nouns_in(ids, HOMES) and self._lively(self.subject)
                and not self._lively(self.last_phrase))

    def _doers_tool(self, ids: list[int]) -> bool:
        """"chopping firewood with an axe", "chasing a butterfly with a net": a tool after a verb's object is in the
        hands of the person doing the verb, not the object's; and a person or an animal after what the subject
        wears is the wearer's ("a woman in a hijab with her toddler"), as a garment has no companions; so is a
        person after the thing a person's verb works on ("baking cookies with her grandson": beside her)."""
        worn = bool(self.last_phrase) and all(self.out.drafts[i].noun in WEARABLES for i in self.last_phrase)
        if worn and self._lively(ids) and self._lively(self.subject) and self.last_phrase != self.subject:
            return True
        people = all(self.out.drafts[i].person for i in ids) and any(self.out.drafts[i].person for i in self.subject)
        if people and self.object_verb != "" and self.last_phrase != self.subject \
                and not self._lively(self.last_phrase):
            return True
        return (self.object_verb != "" and self.last_phrase != self.subject and self._nouns_in(ids, TOOLS)
                and any(self.out.drafts[i].person for i in self.subject))

    def _nouns_in(self, ids: list[int], nouns: frozenset[str]) -> bool:
        return any(noun_lemma(self.out.drafts[i].noun) in nouns for i in ids)

    def _plural(self, ids: list[int]) -> bool:
        return len(ids) == 1 and self.out.drafts[ids[0]].count > 1

    def _lively(self, ids: list[int]) -> bool:
        return any(self.out.drafts[i].person or self.out.drafts[i].animal for i in ids)
