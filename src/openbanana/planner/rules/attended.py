"""Someone AT an event ("a woman dancing at a wedding", "kids at a birthday party"): the event's mood word sets the
picture's touch (its sparkles or confetti, its type), not a plain backdrop. Its colours had replaced the world, so
the dancer and the chapel stood on a pale gradient with no ground or sky."""

from __future__ import annotations

import re

EVENTS = ("wedding", "party", "birthday", "celebration", "reception")
AT_EVENT = re.compile(r"\bat (?:a|an|the|his|her|their|my|our|your|its) (?:[a-z'-]+ ){0,2}(?:"
                      + "|".join(EVENTS) + r")s?\b")


def at_an_event(lowered: str) -> bool:
    """Whether the prose puts someone at an event: the place the picture shows, so the world stays."""
    return AT_EVENT.search(lowered) is not None
