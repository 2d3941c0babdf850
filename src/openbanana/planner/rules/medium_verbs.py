"""A prompt that opens by naming the medium as its verb ("Sketch an old woman playing chess", "Photograph a red
door"): the picture is asked in that medium, as "a sketch of an old woman" would ask it. The verb was read as an
instruction only, and the picture was drawn flat."""

from __future__ import annotations

import re

from openbanana.planner.rules.vocabulary.settings import STYLES
from openbanana.scene import RenderStyle

# Verbs that are a medium's own act; what follows them is what to make in it.
MEDIUM_VERBS = ("sketch", "doodle", "photograph", "watercolor", "watercolour", "ink")
OPENING = re.compile(
    rf"^\s*(?:please\s+)?({'|'.join(MEDIUM_VERBS)})\s+(?:me\s+)?(?:an?|the|some|my|our|your|two|three|four|five|\d+)\b",
    re.IGNORECASE)


def opening_medium(prose: str) -> RenderStyle | None:
    """The style the prompt's opening verb asks for, or None where it opens otherwise."""
    found = OPENING.match(prose)
    return STYLES[found.group(1).lower()] if found else None
