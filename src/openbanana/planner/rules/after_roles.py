"""The role a string is given by the words right after it, "as the …": ""The Quiet Harbor" as the title, "Elena
Ruiz" as the author". Those words name the string before them; read as the words before the next string, they had
made the title a subtitle and the author the title. A shop's or a brand's name given so is the page's wordmark, a
band's the headline its poster announces.
Read on a page (a cover, a poster, a card); strings written on the things of a scene keep the words beside them."""

from __future__ import annotations

import re

from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.vocabulary.typography import ROLE_WORDS
from openbanana.scene import TextRole

_AS_THE = re.compile(r"^[\s\"'”’]*as (?:the|its|a|an|our|my|their|his|her) ([a-z' -]{1,30})")
_BUSINESS_NAME = re.compile(r"^(?:shop|store|brand|company|business|caf[eé]|studio|bakery|restaurant|bar)"
                            r"(?:'s)? name\b")
# The act a gig poster or a ticket announces: its headline (a logo's kind still makes it the wordmark).
_ACT_NAME = re.compile(r"^(?:band|act|artist|group|singer|dj|headliner|performer)(?:'s)? name\b")


def named_after(span: Span) -> TextRole | None:
    """The role "as the …" right after the string names, or None."""
    match = _AS_THE.match(span.after)
    if match is None:
        return None
    words = match.group(1)
    if _BUSINESS_NAME.match(words):
        return "wordmark"
    if _ACT_NAME.match(words):
        return "headline"
    found = [(m.start(), role) for role, pattern in ROLE_WORDS for m in [pattern.search(words)] if m]
    return min(found, key=lambda pair: pair[0])[1] if found else None



def past_previous_role(before: str) -> str:
    """The words before a string less the "as the …" that opens them: those name the string before ("…" as the
    title, "…" under it), and read as this one's, they had made a date line a second title."""
    match = _AS_THE.match(before)
    return before[match.end():] if match else before
