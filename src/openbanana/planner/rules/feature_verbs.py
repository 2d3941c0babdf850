"""A person's said feature before their verb: in "a granddaughter with braids claps on a chair" the word after
"with braids" agrees with the person, not with the braids, so "claps" is the verb and the braids stay her hair."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openbanana.planner.people import person_noun
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.planner.rules.vocabulary.people_words import BODY_WORDS

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token

_FEATURE_WORDS = frozenset({"adj", "color", "hair", "age", "conj", "comma"})  # "with long braids", "with a bun"
_REACH = 5  # words looked back from the feature to its "with": a fixed window, linear in the prompt


def after_feature(tokens: list[Token], feature: int) -> bool:
    """Whether the noun at `feature` is a body word said of a person or pet just before: "…with braids"."""
    if tokens[feature].word not in BODY_WORDS:
        return False
    j = feature - 1
    while j > 0 and feature - j < _REACH and (tokens[j].tag in _FEATURE_WORDS or tokens[j].word in ("a", "an")):
        j -= 1
    if j < 1 or tokens[j].word != "with":
        return False
    owner = noun_lemma(tokens[j - 1].word)
    return tokens[j - 1].tag == "noun" and (person_noun(owner) is not None or owner in ANIMALS)
