"""What a noun phrase's words name as one thing: the longest run the pictogram index knows ("snow leopard"), a
compound of two nouns that is one drawn thing ("lamp post", "fire hydrant"), a place word that is a building."""

from __future__ import annotations

from itertools import pairwise

from openbanana.planner.meaning import nearest_pictogram
from openbanana.planner.noun_kinds import is_person_noun
from openbanana.planner.people import PersonNoun, person_noun
from openbanana.planner.pictograms import is_phrase_key, pictogram_for
from openbanana.planner.rules.grammar import Token
from openbanana.planner.rules.lexicon import has_noun_plural, only_a_noun, word_class
from openbanana.planner.rules.scene.kinds import SCENERY, named_form
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.planner.stand_ins import stand_in


def drawable(noun: str) -> bool:
    return pictogram_for(noun) is not None or stand_in(noun) is not None


def is_building(noun: str) -> bool:
    """A place word whose pictogram is a building or a landmark (a garage, a shop, a castle), not a croissant."""
    glyph = pictogram_for(noun) or (stand_in(noun) or ("", ""))[0]
    return glyph.replace("\ufe0f", "") in SCENERY


def known_compound(compound: str) -> bool:
    """Whether two nouns name one thing that is drawn ("lamp post", "fire hydrant", "drum kit" is not)."""
    return " " in compound and (drawable(compound) or named_form(compound))


def named_pictogram(words: list[Token], lemma: str) -> tuple[str | None, int]:
    """The longest run of words ending at the head that the pictogram index names, and its length in words."""
    plain = [w.word for w in words[:-1]]
    for start in range(len(plain)):
        if any(w.tag in ("skin", "age", "hair", "num") for w in words[start:-1]):
            continue
        for joiner in (" ", "-"):
            phrase = joiner.join([*plain[start:], lemma])
            glyph = pictogram_for(phrase)
            if glyph:
                return glyph, len(plain) - start + 1
    return None, 1


def name_words(named: list[Token], lemma: str, glyph: str | None) -> list[Token]:
    """The words of a pictogram's name that are part of the thing's noun: "an open book" is a book (the same
    pictogram), and "fallen leaves" are leaves, drawn by the fallen leaf's pictogram (a participle says what became
    of them, not what they are); a "hot dog" stays one."""
    kept = [w for w in named if w.tag == "noun" or w.word not in COLORS]
    while kept and kept[0].tag != "noun" and glyph and (word_class(kept[0].word) == "past" or pictogram_for(
            " ".join([*(w.word for w in kept[1:]), lemma])) == glyph):
        kept = kept[1:]
    return kept


def noun_modifier_names(modifiers: list[Token]) -> list[str]:
    """Runs of two modifier nouns that the index names as one thing ("ice cream", "hot dog"): one modifier each."""
    runs: list[str] = []
    for first, second in pairwise(modifiers):
        pair = f"{first.word} {second.word}"
        if second.tag == "noun" and is_phrase_key(pair) and not any(first.word in run for run in runs):
            runs.append(pair)
    return runs


def is_creature(lemma: str) -> bool:
    """An animal by name, or by the animal that stands in for it ("a puffin" is drawn as a penguin): it can hold,
    wear and own a part ("a puffin with a fish in its beak")."""
    if lemma in ANIMALS:
        return True
    shown = stand_in(lemma)
    if shown is None and not pictogram_for(lemma):  # "a bulldog" is drawn as the dog: an animal too
        near = nearest_pictogram(lemma)
        shown = (near.glyph, near.name) if near is not None else None
    return shown is not None and shown[1] in ANIMALS


# Endings of nouns that name a person by what they do ("a cellist", "a paramedic", "a librarian", "a beekeeper").
AGENT_ENDINGS = ("ist", "ician", "arian", "keeper", "tender", "monger", "smith", "medic", "guard", "trician")
NOT_AGENTS = frozenset({"list", "playlist", "checklist", "wishlist", "wrist", "mist", "fist", "twist", "cyst",
                        "tryst", "grist", "schist", "amethyst", "safeguard", "mudguard", "fireguard", "blacksmith"})


def person_by_form(lemma: str) -> PersonNoun | None:
    """A person named by a noun no table lists, by WordNet's usual sense of it or by its agent ending, when nothing
    draws the word itself and lemminflect knows it as a noun: drawn as a person, whatever the job."""
    found = person_noun(lemma)
    if found is not None:
        return found
    if is_person_noun(lemma) and not drawable(lemma) and lemma not in ANIMALS:
        return PersonNoun()  # WordNet's usual sense: "an angler", "a lumberjack", "a florist"
    if lemma in NOT_AGENTS or len(lemma) < 6 or not lemma.endswith(AGENT_ENDINGS) or drawable(lemma):
        return None
    return PersonNoun() if only_a_noun(lemma) or has_noun_plural(lemma) else None
