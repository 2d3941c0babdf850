"""Where a verb puts its doer against what it is done to, for verbs the table of verbs reads only as "near":
"a jockey cantering a horse" is on the horse (riding it), "a girl brushing her pony" stands right beside it, "a
squirrel stealing seeds from a bird feeder" sits on the feeder. Read as near, the composer drew the rider on the
grass beside the horse and the squirrel anywhere around the feeder."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.beside_doers import at_the_side
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.held_sources import held_source
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.lift_offs import lifted_off
from openbanana.planner.rules.passed_by import passed_in_front
from openbanana.planner.rules.paws_and_jaws import held_by_animal
from openbanana.planner.rules.vantages import seated_from
from openbanana.planner.rules.vocabulary.attributes import RIDEABLES

GAITS = frozenset({"canter", "gallop", "trot", "lope"})  # a person who canters a horse rides it
GROOMING = frozenset({"brush", "groom", "comb", "saddle", "bathe", "bath"})  # done standing at the animal's side
# Things an animal perches on while it takes food from them: "a squirrel stealing seeds from a bird feeder".
FEEDING_PERCHES = frozenset({"feeder", "birdbath", "bird table"})
TAKEN_FROM = frozenset({"from", "out of"})


def doer_place(verb: str, preposition: str, doers: Sequence[Draft], things: Sequence[Draft]) -> str:
    """The relation of `doers` to `things` that a reading of "near" stands for: `verb` is the verb the things
    directly follow ("" when a preposition came between; "away" after a distance, "a few metres from"),
    `preposition` that preposition ("" after a verb)."""
    if not doers or not things:
        return "near"
    if seated_from(verb, preposition, doers, things):
        return "on"  # vantages.py: "feeding pigeons from a park bench"
    if passed_in_front(preposition, doers, things, verb):
        return "in_front_of"  # passed_by.py: "skateboarding past a graffiti wall"
    if lifted_off(verb, doers, things):
        return "above"  # lift_offs.py: "a rocket leaving Earth"
    if held_source(preposition, doers, things):
        return "holding"  # held_sources.py: "feeding pigeons from a paper bag"
    if at_the_side(verb, doers, things):
        return "next_to"  # beside_doers.py: "walking a dachshund", "fixing a bike", "a dog staring at its bowl"
    if held_by_animal(verb, doers, things):
        return "holding"  # paws_and_jaws.py: "a bear catching a salmon", "a squirrel nibbling an acorn"
    if verb in GAITS and all(d.person for d in doers) and all(noun_lemma(t.noun) in RIDEABLES for t in things):
        return "riding"
    if verb in GROOMING and all(d.person for d in doers) and all(t.animal and not t.person for t in things):
        return "next_to"
    perches = all({noun_lemma(t.noun), noun_lemma(t.noun).split()[-1]} & FEEDING_PERCHES for t in things)
    if preposition in TAKEN_FROM and perches and all(d.animal and not d.person for d in doers):
        return "on"
    return "near"
