"""Mood words that describe a person, not the picture: "a girl with dark skin", "a woman with dark curly hair".
"dark" is a mood (a night-dark plain backdrop with no ground), so a person's skin or hair had taken the whole world
away; a mood word followed by a body word, with at most two words for the hair or skin between, is the person's."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.vocabulary.people_words import BODY_WORDS, HAIR_WORDS

BODY = BODY_WORDS | {"skinned", "haired", "eyed"}
# Words that may stand between the mood word and the body word: "dark brown skin", "dark, long curly hair".
BETWEEN = frozenset(w for w in HAIR_WORDS if " " not in w) | {
    "long", "short", "straight", "wavy", "thick", "thin", "olive", "shiny", "shoulder-length", "messy", "and"}


def moods_said(words: Sequence[str]) -> list[str]:
    """The prompt's words less those that describe a person's body (each word looks ahead at most three)."""
    kept = []
    for index, word in enumerate(words):
        ahead = words[index + 1:index + 4]
        reach = next((n for n, w in enumerate(ahead) if w not in BETWEEN), len(ahead))
        if reach < len(ahead) and ahead[reach] in BODY:
            continue
        kept.append(word)
    return kept
