"""What a colour splash kept, said when it is not the thing the request named: "black and white but keep the flag in
colour" greys everything but the person or the main subject, since the flag is nothing this engine can pick out;
the answer's "the background in black and white" said nothing of the flag gone grey with the rest."""

from __future__ import annotations

import re

from openbanana.engines.draft.photo.target_words import PEOPLE, head_noun

_KEPT = re.compile(r"\b(?:except(?: for)?|apart from|other than|besides|keep(?:ing)?|leave|leaving)\s+"
                   r"((?:the|her|his|their|its|my)\s+[a-z' ]+?|her|him|them)(?:\s+(?:in\s+)?(?:colou?r|colou?red)\b|"
                   r"\s*$)")
_WHO = frozenset({"her", "him", "them"})


def splash_note(request: str, kept_people: bool) -> str | None:
    """The sentence saying what stayed in colour where the request named something else, or None."""
    match = _KEPT.search(request)
    if match is None:
        return None
    named = match.group(1).strip()
    noun = head_noun(named) if named not in _WHO else named
    person = noun in PEOPLE or noun in _WHO
    if kept_people and (person or named.startswith(("her ", "his ", "their "))):
        return None  # the person, or what they wear, stayed in colour with them
    if not kept_people:
        return f"I cannot recognise {named} as such, so I kept the photo's main subject in colour, taking it to be " \
               f"{named}."
    return f"I cannot pick out {named} as such, so I kept the person in colour instead; {named} is grey with the rest."
