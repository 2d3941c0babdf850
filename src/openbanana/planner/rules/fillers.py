"""Places named by what fills them: "a wheat field", "a coral reef", "a pine forest", "a sunflower meadow".

The place word sets the scene (phrase_setting takes it), and the word before it would otherwise be dropped with
it; but that word is what a person pictures first. When WordNet says it is a living thing (a plant, a tree, a
flower, an animal) and something can draw it that is not a dish of food ("a rice field" is no bowl of rice; "a
mushroom forest" is mushrooms, drawn as they grow), a few
of it are drawn in the place, named with the place as their modifier. A street's modifier is never what fills it
("a zebra crossing").
"""

from __future__ import annotations

from openbanana.planner.meaning import nearest_pictogram
from openbanana.planner.noun_kinds import kind_pictogram, noun_kinds
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import NounPhrase, Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.scene.kinds import is_food
from openbanana.planner.rules.vocabulary.attributes import BARE_PLURAL_COUNT
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.planner.stand_ins import stand_in

FILLER_KINDS = frozenset({"plant", "tree", "flower", "animal", "fish", "bird", "insect"})
PLANT_KINDS = frozenset({"plant", "tree", "flower"})
GROWING = frozenset({"🍄"})  # food pictograms that show the thing as it grows: "a mushroom forest" is mushrooms


def filler_drafts(phrase: NounPhrase, words: list[Token]) -> list[Draft]:
    """The things an outdoor place is named by, a few of them, when the place word itself set the scene."""
    head = phrase.head.word
    place = PLACES.get(head) or PLACES.get(noun_lemma(head))
    named = head.split()[0] if " " in head else ""  # "coral reef", one word of the place table
    before = phrase.words[-2] if len(phrase.words) > 1 and (
        phrase.words[-2].tag == "noun" or _colored_plant(phrase.words[-2].word)) else None
    if phrase.of is not None or place is None or place.indoor or place.terrain == "road" or not (named or before) \
            or any(w.tag == "noun" for w in words[:-1]):
        return []
    lemma = named or noun_lemma(before.word if before else "")
    if not FILLER_KINDS & set(noun_kinds(lemma)) or lemma in PLACES:
        return []
    near = nearest_pictogram(lemma)
    glyph = pictogram_for(lemma) or (stand_in(lemma) or ("",))[0] or (near.glyph if near else "") \
        or (kind_pictogram(lemma) or ("",))[0]  # in the order the entity's pictogram is looked up
    if not glyph or (is_food(glyph) and glyph not in GROWING):
        return []
    tint = next((w.word for w in phrase.words[:-2] if w.word in COLORS), "")  # "a purple lavender field"
    return [Draft(noun=lemma, count=BARE_PLURAL_COUNT, modifiers=[head], color=COLORS.get(tint), color_name=tint)]


def _colored_plant(word: str) -> bool:
    """A colour word that is a plant the index draws ("a purple lavender field", "a rose garden"): before a place
    it names what fills the place; a colour that only WordNet knows as a plant ("a pink field") stays a colour."""
    return word in COLORS and bool(PLANT_KINDS & set(noun_kinds(word))) and bool(
        pictogram_for(word) or stand_in(word))
