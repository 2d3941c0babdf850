"""The parts of a photo request joined by "and": "brighten it and light the candles" is two requests, so the part
no edit can make is said as not done instead of riding along with the part that was made. A word after "and" starts
a part when the lexicon files it first as a verb, or when it can be a verb and an object or particle follows it
("and open the curtains", "and switch on the lamps"); "black and white", "salt and pepper" stay whole."""

from __future__ import annotations

import re

from openbanana.planner.rules.lexicon import is_base_verb, penn_lexicon

_AND_WORD = re.compile(r"\s+and\s+([a-z]+)(?:\s+([a-z]+))?")
_OBJECT_STARTS = frozenset({"a", "an", "the", "some", "it", "them", "him", "her", "his", "their", "its", "my",
                            "this", "that", "these", "those", "up", "on", "off", "out", "down", "in", "every", "all"})
# Verbs that ask to keep things as they are, or say how: never a change left undone
# Verbs of strewing, which the lexicon files first as nouns ("a scatter of"): after "and" they start a request
# ("sharpen it and scatter petals around the cup")
STREWING = frozenset({"scatter", "strew", "sprinkle", "spread"})
_CONSTRAINTS = frozenset({"keep", "leave", "preserve", "retain", "let", "use", "try", "ensure",
                          "avoid", "stay", "show", "see", "look", "match", "do", "don't", "dont", "please"})


def _starts_a_request(word: str, following: str | None) -> bool:
    if word in _CONSTRAINTS or not is_base_verb(word):
        return False
    if word in STREWING:
        return True
    return penn_lexicon().get(word) in ("VB", "VBP") or following in _OBJECT_STARTS


def verb_parts(clause: str) -> list[str]:
    """The clause cut before each "and" that starts a new request."""
    parts: list[str] = []
    start = 0
    for match in _AND_WORD.finditer(clause):
        if _starts_a_request(match.group(1), match.group(2)):
            parts.append(clause[start:match.start()])
            start = match.start(1)
    parts.append(clause[start:])
    return [p.strip() for p in parts if p.strip()]


def asks_a_change(clause: str) -> bool:
    """Whether the clause opens with a verb asking for a change ("light the candles"), not a constraint."""
    words = clause.split(maxsplit=2)
    return bool(words) and _starts_a_request(words[0], words[1] if len(words) > 1 else None)
