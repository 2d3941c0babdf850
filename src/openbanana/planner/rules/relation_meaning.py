"""(subject head, predicate word, object head) → the scene graph's relation: what a preposition means depends on the
two things it joins, never on the words around them.

A person "in a red coat" is wearing it, "on a bicycle" is riding it (an animal only when a verb says so: a sparrow
on a bicycle perches on it), "with a balloon" is holding it; a thing "with"
a carrier's surface carries the other thing ("a car with a bicycle on its roof"), a container the food or plant it
holds and a boat the people in it ("a fruit bowl with bananas"); "inside" and "out of" are in;
"playing football" puts the ball at the feet. A worn compound ("a party hat") is worn as its head is (not
"a bottle cap"), and a thing "with sunglasses" wears them (worn_names.py); someone "on a bus" rides in it;
blown bubbles float near the blower; a trade that serves across a counter or a stall ("a florist at her shop
counter") stands behind it; under a spotlight, a chandelier or a hanging lamp is below it.
"""

from __future__ import annotations

from typing import cast

from openbanana.planner.noun_kinds import FOOD_KINDS, noun_kinds
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.filled import CONTAINER_KINDS, filled, in_filled
from openbanana.planner.rules.held_by_things import thing_holds
from openbanana.planner.rules.hung_by_hands import hangs_by_hands
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.scene.kinds import furniture_form
from openbanana.planner.rules.vocabulary.attributes import CARRIERS, RIDEABLES
from openbanana.planner.rules.vocabulary.predicates import FIGURES, HANDHELD
from openbanana.planner.rules.vocabulary.relation_words import (
    BALL_GAMES,
    BOARDS,
    BODY_PARTS,
    COUNTER_WORKERS,
    PASSENGER_VEHICLES,
    SKY_THINGS,
    TABLES,
    VESSELS,
)
from openbanana.planner.rules.worn_kinds import worn_kind, worn_kind_with
from openbanana.planner.rules.worn_names import eyewear
from openbanana.scene import Predicate

# Things a person stands beside to work at them: "at" (or "near") one is beside it, not anywhere around it.
WORKED_AT = frozenset({"easel", "whiteboard", "blackboard", "chalkboard", "flipchart", "coffee machine",
                       "vending machine", "lectern", "podium"})
# Furniture a person works at (by the form the composer draws it as): "at" or "near" one is at its side.
WORKTOPS = frozenset({"table", "desk", "counter", "stall", "nightstand"})  # an oven is worked before, not beside
SERVED_ACROSS = frozenset({"counter", "stall"})  # worktops a trade is served across, its worker behind them
GROWN_KINDS = frozenset({"plant", "flower"})  # "a vase with tulips", "a pot with a fern"
# A board or platter things are served on ("a cheese board with grapes"), by its last word.
SERVING_BOARDS = frozenset({"board", "platter"})
# Enclosures whatever is "with" them is kept in, animals too ("a rabbit hutch with two rabbits"), by the last word
# but for a tank, which only holds things as a fish tank.
ENCLOSURES = frozenset({"fishbowl", "aquarium", "cage", "birdcage", "hutch", "terrarium"})
ENCLOSING_NAMES = frozenset({"fish tank", "fish bowl", "bird cage"})
# What glasses are put on or in rather than worn by: "a beach towel with sunglasses", "a tote bag with sunglasses".
LAID_ON_KINDS = frozenset({"fabric or cloth", "box or container", "bag", "furniture"})
OVERHEAD_LIGHTS = frozenset({"spotlight", "chandelier", "pendant light"})  # string lights span like a canopy: under
STANDING_LAMPS = frozenset({"floor", "desk", "table", "bedside", "standing", "reading", "street", "lava"})
BLOWN = frozenset({"bubble", "ring"})  # what is blown floats off: "blowing bubbles", "blowing smoke rings"
BACK_WORN = frozenset({"backpack", "rucksack", "knapsack", "daypack", "school bag", "schoolbag"})  # carried worn


def relation_between(subject: Draft, predicate: str, thing: Draft, verb: str = "") -> tuple[bool, Predicate]:
    """(swapped, predicate): the relation `predicate` states between the two, with swapped True when it is the
    object that stands so to the subject ("a tray with a cup": the cup is on the tray)."""
    lively = subject.person or subject.animal
    kind = noun_lemma(thing.noun)
    if not lively and (held := thing_holds(subject, predicate, thing)) is not None:
        return held  # held_by_things.py: "a shelf holding succulents", "a taco in sunglasses"
    if hangs_by_hands(subject, predicate, thing, verb):
        return False, "holding"  # hung_by_hands.py: "a climber hanging from a rope"
    if predicate == "with":
        figure = noun_lemma(subject.noun) in FIGURES and kind.split()[-1] not in BODY_PARTS  # not "a carrot nose"
        lively = lively or figure  # "a snowman with a scarf" wears it, "a robot with a watering can" holds it
        if lively and worn_kind(thing.noun):  # worn_kinds.py: "with a neckerchief"
            return False, "wearing"
        if lively and not (thing.person or thing.animal):
            return False, "holding"
        if (subject.noun in CARRIERS or subject.noun.split()[-1] in SERVING_BOARDS) and not lively:
            return True, "on"  # "a tray with a cup", "a cheese board with grapes and a knife"
        if not lively and not thing.person and _enclosure(subject):
            return True, "in"  # "a fish tank with a little castle", "a birdcage with a swing"
        if not lively and _holds(subject, thing):
            return True, "in"  # "a fruit bowl with bananas", "a rowing boat with two fishermen": they are in it
        if eyewear(thing.noun) and not furniture_form(subject.noun) and not set(
                noun_kinds(noun_lemma(subject.noun))[:1]) & LAID_ON_KINDS:
            return False, "wearing"  # "a cactus with sunglasses": only a face wears them (worn_names.py)
        return False, "next_to"
    if predicate in ("in", "on") and subject.person and (kind in HANDHELD or thing.noun in HANDHELD):
        return False, "holding"  # "tossing vegetables in a frying pan", "on the phone": no one fits in it
    if predicate == "holding" and verb == "share" and (kind in CARRIERS or kind.split()[-1] in CARRIERS):
        # "sharing a windowsill": on it; "sharing a pie": at it, eating; "sharing an umbrella": holding it
        return False, "near" if FOOD_KINDS & set(noun_kinds(kind)) else "on"
    if predicate == "holding" and verb == "blow" and kind.split()[-1] in BLOWN:
        return False, "near"  # "blowing bubbles": they float around the blower, not in the hands
    if predicate == "holding" and verb in ("play", "kick") and noun_lemma(thing.noun) in BALL_GAMES:
        return False, "near"  # "kids playing football": the ball at their feet, not in their hands
    if predicate == "under" and noun_lemma(thing.noun).split()[-1] in SKY_THINGS and thing.count == 1:
        return False, "below"  # "a wolf beneath a full moon": below it in the sky; stars are all over the sky
    if predicate == "under" and _overhead(thing):
        return False, "below"  # "a juggler under a spotlight", "reading under a hanging lamp": lit from above it
    named = {kind, *(f"{m} {kind}" for m in thing.modifiers[-1:])}  # "machine", "coffee machine"
    if predicate == "near" and (lively or noun_lemma(subject.noun) in FIGURES) and named & WORKED_AT:
        return False, "next_to"  # "pointing at a whiteboard", "painting at an easel": standing beside it
    form = (furniture_form(thing.noun) or ("", "", ""))[2]
    if predicate == "near" and form in SERVED_ACROSS and noun_lemma(subject.noun) in COUNTER_WORKERS:
        return False, "behind"  # "a florist wrapping tulips at her shop counter": serving across it
    if predicate == "near" and subject.person and form in WORKTOPS:
        return False, "next_to"  # "playing chess at a stone table", "choosing oranges at a fruit stall": at its side
    if predicate == "holding" and lively and kind in BACK_WORN:
        return False, "wearing"  # "each carrying a red backpack": on the back, not in the hands
    if predicate == "inside":
        return False, "in"  # "inside a hat", "out of a hat": in it, never wearing it
    if predicate == "in" and lively and worn_kind_with(thing.noun, thing.modifiers):  # not "in a bottle cap"
        return False, "wearing"
    if predicate in ("riding", "on") and lively and (kind in VESSELS or kind.split()[-1] in VESSELS):
        subject.action = subject.action or "riding"
        return False, "in"  # "paddling a kayak", "a man on a raft": sitting in it
    if predicate == "on" and lively and kind.split()[-1] in PASSENGER_VEHICLES:
        return False, "in"  # "sharing headphones on a school bus": sitting in it
    if predicate == "in" and kind.split()[-1] in TABLES:
        return False, "on"  # "a cake in the middle of a table", "a vase in the centre of the desk": on its top
    rider = subject.person or verb == "ride"
    if predicate == "on" and rider and thing.noun in RIDEABLES and thing.noun not in BOARDS:
        subject.action = subject.action or "riding"
        return False, "riding"
    if predicate == "on" and verb == "ride" and lively and (thing.person or thing.animal):
        return False, "riding"  # "riding on his sister's back", "on its mother's back": carried by the other
    return False, cast(Predicate, predicate)


def _overhead(light: Draft) -> bool:
    """A light that hangs or shines from above: a spotlight, a chandelier, a lamp that is no
    standing one (a floor or desk lamp stands beside what is "under" it)."""
    words = noun_lemma(light.noun).split()
    if words[-1] == "lamp":
        return not STANDING_LAMPS & {*words, *light.modifiers}
    return " ".join(words[-2:]) in OVERHEAD_LIGHTS or words[-1] in OVERHEAD_LIGHTS


def _holds(container: Draft, thing: Draft) -> bool:
    """A container (by its first sense) with food or a plant, or a boat with a person or an animal: "with" names
    what is in it, not a thing beside it. One already filled ("a mug of cocoa") holds only what goes into its
    filling (filled.py): "with marshmallows" in it, "a cup of coffee with a croissant" beside."""
    kinds = noun_kinds(noun_lemma(container.noun))[:1]
    if thing.person or thing.animal:
        return kinds == ("boat",)
    if filled(container):
        return in_filled(container, thing)
    contents = set(noun_kinds(noun_lemma(thing.noun))[:2])
    return bool(set(kinds) & CONTAINER_KINDS) and bool(contents & (FOOD_KINDS | GROWN_KINDS))


def _enclosure(holder: Draft) -> bool:
    """Whether a thing is an enclosure: a fish tank (its "fish" may be read as a modifier), a cage or a hutch of
    any kind, a fishbowl."""
    name = noun_lemma(holder.noun)
    named = {name, *(f"{modifier} {name}" for modifier in holder.modifiers)}
    return bool(named & ENCLOSING_NAMES) or name.split()[-1] in ENCLOSURES
