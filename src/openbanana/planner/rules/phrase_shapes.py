"""Shapes of a noun phrase that say what it names before it is read, and what a phrase about a body says.

"a camel caravan" is camels, "a tall stack of pancakes" pancakes in a stack, "a bicycle wheel icon" a bicycle wheel,
"a castle gate" the castle, "the river banks" the river, "a volcano model" a volcano; "a sea cliff" puts the sea
behind the cliff; "blonde braids" are hair and "a light skin tone" is skin. Each rule is about the phrase's shape
and the tables, never a prompt's exact words.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.people import person_noun
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.food_pieces import cut_food
from openbanana.planner.rules.grammar import NounPhrase, Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.naming import is_building
from openbanana.planner.rules.scene.kinds import has_form
from openbanana.planner.rules.vocabulary.attributes import (
    ANIMALS,
    BUILDING_PARTS,
    BUILT_INTO,
    GROUP_HEADS,
    HOST_PARTS,
    ICON_HEADS,
    MATERIALS,
    NO_WHOLES,
    QUANTITY_PHRASES,
)
from openbanana.planner.rules.vocabulary.people_words import HAIR_CUTS, HAIR_STYLES
from openbanana.planner.rules.vocabulary.portions import AMOUNT_PHRASES
from openbanana.planner.rules.vocabulary.settings import PLACES, STYLES
from openbanana.planner.stand_ins import stand_in
from openbanana.scene import Backdrop

# Ground named by what grows in it: "a tulip field" is a field of tulips, "a wheat field" of wheat, "a kelp
# forest" kelp (not "a soccer field", not "a pine forest": only a small plant's picture before the head makes it one).
PLANTED = dict.fromkeys(("field", "meadow", "forest"), QUANTITY_PHRASES["a field of"])
# Heads of a picture that a drawn noun before them is the subject of: "a fox illustration" is a fox, drawn.
PICTURE_HEADS = frozenset({"illustration", "drawing", "sketch", "doodle"})  # a painting, a portrait hang framed
PLANTS = frozenset("🌷🌻🌹🌼🌸💐🌾🪻🌺🥀🌽🎃🍓🥬🪴🌿")

# Forms of a field or a garden (a five-bar gate, a flower arch): a building's gate or arch is the building's.


def reshaped(phrase: NounPhrase) -> NounPhrase:
    """The phrase as the thing it names, by its shape: a group head after a drawn noun ("a camel caravan" →
    camels), an amount noun with its own adjective or with no "a" ("a tall stack of pancakes" → pancakes, stacked;
    "Pair of sneakers" opening a sentence → two sneakers), twins as two, a pet name for an animal ("rubber
    duckies" → rubber ducks), a picture head after a noun ("a bicycle wheel icon" → a bicycle wheel, "a cat
    illustration" → a cat), a building's part that nothing draws ("a castle gate" → the castle), a thing's part
    that only its whole's pictogram shows ("a laptop screen" → the laptop; "a tin roof" has no whole)."""
    head = noun_lemma(phrase.head.word) if phrase.head.tag == "noun" else ""
    if (animal := pet_name_animal(head)) != head:
        return replace(phrase, words=[*phrase.words[:-1], replace(phrase.head, word=animal)])
    if head in MULTIPLE_BIRTHS and phrase.plural and phrase.number is None and phrase.quantity is None:
        return replace(phrase, number=MULTIPLE_BIRTHS[head])  # "twins on a bench" are two, not a few
    before = phrase.words[-2] if len(phrase.words) > 1 and phrase.words[-2].tag == "noun" else None
    if head in PLANTED and before is not None and phrase.of is None \
            and _glyph(noun_lemma(before.word)).replace("\ufe0f", "") in PLANTS:
        return replace(phrase, words=phrase.words[:-1], quantity=phrase.quantity or PLANTED[head], plural=True)
    if before is not None and phrase.of is None and cut_food(noun_lemma(before.word), head):  # food_pieces.py
        return replace(phrase, words=phrase.words[:-1], plural=True)  # "salmon cubes": the salmon, cut up
    if head in GROUP_HEADS and before is not None and phrase.of is None and drawn(noun_lemma(before.word)):
        quantity = phrase.quantity or (None if phrase.number else GROUP_HEADS[head])
        return replace(phrase, words=phrase.words[:-1], quantity=quantity, plural=True)
    amount = AMOUNT_PHRASES.get(f"a {head} of") or AMOUNT_PHRASES.get(f"{phrase.head.word} of")
    if amount is not None and phrase.of is not None and phrase.number is None \
            and (len(phrase.words) > 1 or phrase.of.plural or phrase.of.head.word.endswith("s")):
        # (a lone amount noun counts only things: "the ring of fire" is no six fires)
        return replace(phrase.of, quantity=phrase.of.quantity or amount, determiner=phrase.of.determiner)
    if head in MODEL_HEADS and before is not None and phrase.of is None and not person_noun(before.word) \
            and drawn(noun_lemma(before.word)):
        return replace(phrase, words=phrase.words[:-1])  # "a volcano model" is a volcano, no fashion model
    if head in ICON_HEADS and before is not None and phrase.of is None:
        return replace(phrase, words=phrase.words[:-1])
    if head in PICTURE_HEADS and before is not None and phrase.of is None and before.word not in STYLES \
            and drawn(noun_lemma(before.word)):
        return replace(phrase, words=phrase.words[:-1])  # "a cat illustration" shows a cat
    if head in BUILDING_PARTS and before is not None and phrase.of is None and not drawn(head) \
            and (not has_form(head) or head in BUILT_INTO) and before.word not in PLACES \
            and is_building(noun_lemma(before.word)):
        return replace(phrase, words=phrase.words[:-1])
    if head in WATER_EDGES and (water := _edged_water(phrase, before)) is not None:
        return water  # "ducks on the river banks": the river's edge, never a bank's building
    if head in HOST_PARTS and before is not None and phrase.of is None and before.word not in MATERIALS \
            and before.word not in NO_WHOLES and pictogram_for(noun_lemma(before.word)):
        return replace(phrase, words=phrase.words[:-1])
    return phrase


def _edged_water(phrase: NounPhrase, before: Token | None) -> NounPhrase | None:
    """The water a bank is the edge of: "the river banks" (the water before it), "the bank of a canal" (after
    "of"); None when no water is named."""
    if before is not None and phrase.of is None and _is_water(before.word):
        return replace(phrase, words=[*phrase.words[:-2], before], plural=False, number=None, quantity=None)
    if phrase.of is not None and _is_water(phrase.of.head.word):
        return phrase.of
    return None


def _is_water(word: str) -> bool:
    place = PLACES.get(word)
    return place is not None and place.terrain == "water"


WATER_EDGES = frozenset({"bank", "banks"})
MODEL_HEADS = frozenset({"model", "models", "replica", "replicas"})  # a small copy of the thing named before


def pet_name_animal(lemma: str) -> str:
    """The animal a pet name is for ("ducky", "duckie" → duck, "doggy" → dog, "horsey" → horse, "birdie" → bird),
    where the nearest meaning drew a person for "three rubber duckies". A word drawn under its own name ("kitty",
    "bunny", "puppy") stays itself."""
    if not lemma or lemma in ANIMALS or drawn(lemma) or lemma in NOT_PET_NAMES:
        return lemma
    for ending in ("ie", "ey", "y"):
        stem = lemma[: -len(ending)]
        if lemma.endswith(ending) and len(stem) >= 3:
            undoubled = stem[:-1] if stem[-1] == stem[-2] else stem
            found = next((base for base in (stem, undoubled, stem + "e") if base in ANIMALS), None)
            if found is not None:
                return found
    return lemma


MULTIPLE_BIRTHS = {"twin": 2, "triplet": 3, "quadruplet": 4, "quintuplet": 5}
NOT_PET_NAMES = frozenset({"bully", "buggy", "cubby", "batty", "catty"})  # a person, a cart, a nook: no animals


def _glyph(noun: str) -> str:
    """The picture a noun is drawn with, its own or a stand-in's ("kelp" → a herb); "" for none."""
    own = stand_in(noun)
    return pictogram_for(noun) or (own[0] if own else "")


def drawn(noun: str) -> bool:
    """A noun something draws: its pictogram, a stand-in, an animal or a person."""
    return bool(pictogram_for(noun) or stand_in(noun) or noun in ANIMALS or person_noun(noun))


def view_of(word: str) -> Backdrop | None:
    """What an outdoor place word before a place or a building puts behind it: "mountain" the mountains, "sea"
    (a water place with no view of its own) the sea."""
    place = PLACES.get(word)
    if place is None or place.indoor:
        return None
    if place.backdrop != "none":
        return place.backdrop
    return "sea" if place.terrain == "water" else None


def is_skin_tone(words: list[Token], lemma: str) -> bool:
    """"a light skin tone", "a medium skin colour": the head is the skin's."""
    return lemma in ("tone", "color", "colour", "shade") and len(words) > 1 and (
        words[-2].tag == "skin" or words[-2].word == "skin")


def body_features(words: list[Token], lemma: str) -> tuple[list[str], str]:
    """What a phrase about a person's body says: "blonde braids" is hair, "medium-light skin" and "a light skin
    tone" are skin; the words are given without hyphens, as the tables write them."""
    plain = [w.word.replace("-", " ") for w in words]
    if words[-1].tag == "skin" or is_skin_tone(words, lemma):
        said = " ".join(w for w in plain if w not in ("tone", "color", "colour", "shade"))
        return [said.removesuffix("skin").strip()], "skin"
    if lemma in HAIR_STYLES or words[-1].word in HAIR_STYLES or " ".join(plain[-2:]) in HAIR_CUTS:
        return plain, "hair"  # as written: "two long braids" are braids, "grey curls" and "cornrows" hair too
    return plain[:-1], lemma


def person_compound(words: list[Token], lemma: str) -> tuple[list[Token], str]:
    """"a mail carrier" is a person, not a carrier of mail: two nouns that name a person, as one head."""
    if len(words) > 1 and words[-2].tag == "noun" and person_noun(f"{words[-2].word} {lemma}"):
        lemma = f"{words[-2].word} {lemma}"
        return [*words[:-2], Token(lemma, "noun")], lemma
    return words, lemma
