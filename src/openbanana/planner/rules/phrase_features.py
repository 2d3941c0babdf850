"""Words about a thing that are not other things: a person's hair, beard or skin ("with curly red hair"; a beard's
or a mustache's colour is the hair's where no hair was described: "an old man with a grey mustache" is grey), and
adjectives with no noun of their own ("the cat is black", "…, cinematic")."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entities import PhraseReading
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import Describing, Token
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.vocabulary.people_words import BEARD_WORDS, hair_key

AGED_HAIR = frozenset({"grey", "white"})  # silver hair is read as grey
HAIR_SHADES = frozenset({"red", "blond", "white", "grey", "black", "brown"})  # what a beard's colour says of hair


def take_features(out: Reading, owners: Sequence[int], reading: PhraseReading) -> None:
    """"with curly red hair", "with a beard": about the people among `owners`, not another thing."""
    for i in (i for i in owners if out.drafts[i].person):
        draft = out.drafts[i]
        if reading.feature_head in ("hair", "curls", "afro", "locks", "hairstyle"):
            if any(draft.hair in m.split()[:-1] and m.split()[-1] in BEARD_WORDS for m in draft.modifiers):
                draft.hair = ""  # said after "a black mustache": the hair described wins over the beard's shade
            draft.describe_hair([*reading.features, reading.feature_head])
            _aged_by_hair(draft)
        elif reading.feature_head in ("beard", "moustache", "mustache", "stubble"):
            draft.beard = True
            shades = [w for w in reading.features if hair_key(w) in HAIR_SHADES]
            if shades and not draft.hair:  # "a grey mustache": the hair he has left is grey too
                draft.describe_hair(shades)
                _aged_by_hair(draft)
        elif reading.feature_head in ("skin", "complexion"):
            draft.describe(Token(" ".join([*reading.features, "skin"]), "skin"))
        draft.modifiers.append(" ".join([*reading.features, reading.feature_head]))


def _aged_by_hair(draft: Draft) -> None:
    """"a woman with silver hair in a bun": grey hair is age, said of a grown-up whose age no word gave."""
    if draft.age == "adult" and not draft.age_said and hair_key(draft.hair) in AGED_HAIR:
        draft.age = "elderly"


def describe(out: Reading, subject: Sequence[int], describing: Describing) -> None:
    """Adjectives with no noun: setting words ("sunny") go to the setting, the rest describe the subject."""
    for token in describing.words:
        if out.setting.take_word(token.word):
            continue
        for i in subject:
            out.drafts[i].describe(token)
