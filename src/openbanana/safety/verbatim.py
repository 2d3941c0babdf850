"""The default recitation rules: a request to reproduce a long protected text verbatim is answered RECITATION.

    "a poster with the full lyrics of Bohemian Rhapsody"             -> RECITATION (whole lyrics of a named song)
    "the first chapter of Harry Potter written on a chalkboard"       -> RECITATION (a chapter of a named book)
    "the opening of 'The Hobbit' word for word on parchment"          -> RECITATION (verbatim, a named work)
    'a poster with the quote "Stay hungry, stay foolish"'            -> allowed (a short quote)
    "a page of handwritten song lyrics in a notebook"                 -> allowed (no work named)
    "a poster with the complete lyrics of my own song"                -> allowed (the user's own text)

Each rule needs two cues at once: a long unit of text (whole lyrics, a chapter, the opening pages, or "verbatim")
and a named work after it (a quoted title, a capitalised name, "the song …"). Names are read from capital letters
and quotes, so the rules read the prompt as written. A short unit ("a line from", "a quote from") alone never
fires: quoting a line is what posters do. Beside these rules the operator's list (recitation.py) names works,
characters and brands outright.
"""

from __future__ import annotations

import re

from openbanana.safety.policy import ALLOW, Action, Verdict

_WHOLE = r"(?i:full|complete|entire|whole|unabridged|all(?:\s+of)?(?:\s+the)?)"
_EVERY = r"(?i:every\s+(?:word|line|verse))"
_TEXT = (r"(?i:(?:song\s+)?lyrics|words|verses|text|chapters?|book|novel|poem|script|screenplay|passage|story|speech"
         r"|pages?)")
_PART = r"(?i:(?:first|opening|last|final|\d+(?:st|nd|rd|th)?)\s+(?:(?:two|three|few|\d+)\s+)?(?:chapters?|pages?))"
_OF = r"\s+(?i:of|to|from|in)\s+"
_KIND = r"(?i:the\s+(?:song|book|novel|poem|film|movie|musical|play|album|series|track|story)\s+)"
# A named work: a quoted title, a capitalised word ("Bohemian Rhapsody", "the Beatles'"), or "the song …".
_NAMED = rf"(?:{_KIND}\S|(?i:the\s+)?[\"“‘'][^\"”’']{{2,80}}[\"”’']|(?i:the\s+)?[A-Z0-9])"
_CAPITALISED_RUN = r"(?:\b[A-Z][\w'’]*\s+){1,6}"

_RULES = (
    ("whole text of a named work", re.compile(rf"\b(?:{_WHOLE}\s+(?:(?i:first|opening|last|final)\s+)?{_TEXT}"
                                               rf"|{_EVERY}){_OF}(?P<work>{_NAMED}.{{0,80}})")),
    ("the lyrics of a named song", re.compile(rf"\b(?i:the\s+(?:song\s+)?lyrics){_OF}(?P<work>{_NAMED}.{{0,80}})")),
    ("a named work's whole lyrics", re.compile(rf"\b{_WHOLE}\s+(?P<work>{_CAPITALISED_RUN})(?i:song\s+)?(?i:lyrics)")),
    ("a named work's whole text", re.compile(rf"\b(?P<work>(?:[A-Z]\w*\s+){{0,6}}[A-Z]\w*)['’]s?\s+{_WHOLE}"
                                             rf"\s+{_TEXT}")),
    ("chapters or pages of a named work", re.compile(rf"\b{_PART}{_OF}(?P<work>{_NAMED}.{{0,80}})")),
    ("a named work verbatim", re.compile(rf"{_OF}(?P<work>{_NAMED}.{{0,60}}?)\b(?i:verbatim|word[\s-]for[\s-]word"
                                         rf"|in\s+full|unabridged)\b")),
    ("a named work verbatim", re.compile(rf"\b(?i:verbatim|word[\s-]for[\s-]word){_OF}?.{{0,20}}?(?:{_TEXT}{_OF})"
                                         rf"(?P<work>{_NAMED}.{{0,80}})")),
)
# The user's own or an invented text is theirs to print: checked in the named work's words.
_OWN = re.compile(r"\b(?i:my|our|your|his|her|their|own|original|made[\s-]up|invented|fictional|imaginary|"
                  r"lorem\s+ipsum|placeholder|i\s+wrote|we\s+wrote|public\s+domain)\b")
_SPACES = re.compile(r"\s+")


def verbatim_request(prompt: str) -> Verdict:
    """RECITATION when the prompt asks for a long protected text verbatim (the rules above), else ALLOW."""
    text = _SPACES.sub(" ", prompt)
    for name, rule in _RULES:
        for match in rule.finditer(text):
            work = match.group("work").strip()
            if _OWN.search(work[:40]):
                continue
            return Verdict(Action.RECITATION, evidence=f"recitation rule: {name} ({match.group(0)[:80]!r})")
    return ALLOW
