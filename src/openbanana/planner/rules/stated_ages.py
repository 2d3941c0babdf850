"""A stated age is an age word: "a ten-year-old boy" is a young boy (the "old" had made him an old man), "a proud
ten-year-old standing behind it" is a child (the words had named no one), "two 15-year-olds" are teenagers, "a
75-year-old fisherman" is an old one. The tokenizer reads the prose with each such age put in the words the age
table knows (vocabulary.people_words.AGE_WORDS): before a person noun as its adjective, before another noun as
written ("a ten-year-old dog" is a dog), else as the noun. One a thing is "for" is left as written too: "a birthday
card for a seven-year-old" draws the card, not the child."""

from __future__ import annotations

import re

from openbanana.planner.people import person_noun
from openbanana.planner.rules.lexicon import NUMBERS, noun_lemma, only_a_noun

FOR_SOMEONE = re.compile(r"\bfor (?:a|an|my|our|his|her|their|the) $")
FOR_REACH = 12  # "for their " and a space before it: only the words just before the age are looked at
AGED = re.compile(r"\b([a-z]+|\d{1,3})[- ]years?[- ]old(s?)\b(?=(?:\s+([a-z]+))?)")
# (the least age, the word before a person, the person alone, people): "a ten-year-old" is a child
AGE_BANDS = ((60, "old", "old person", "old people"), (20, "adult", "adult", "adults"),
             (13, "teenage", "teenager", "teenagers"), (2, "young", "child", "children"), (0, "baby", "baby", "babies"))


def said_ages(lowered: str) -> str:
    """The lower-cased prose with each "N-year-old" (or "N-year-olds") said as the age table's words."""
    return AGED.sub(_age_words, lowered) if "old" in lowered else lowered


def _age_words(found: re.Match[str]) -> str:
    number, plural, after = found.group(1), found.group(2), found.group(3)
    age = int(number) if number.isdigit() else NUMBERS.get(number)
    if age is None or FOR_SOMEONE.search(found.string[max(0, found.start() - FOR_REACH):found.start()]):
        return found.group(0)  # "a birthday card for a seven-year-old": made for the child, who is not drawn
    _, before, alone, many = next(band for band in AGE_BANDS if age >= band[0])
    if plural:
        return many
    if after is not None and person_noun(noun_lemma(after)) is not None:
        return before
    return found.group(0) if after is not None and only_a_noun(after) else alone  # "a ten-year-old dog" is a dog
