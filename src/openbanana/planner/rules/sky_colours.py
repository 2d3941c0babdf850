"""Whether the colours a prompt names for the background are the sky's ("under a blue sky", "against a pink sky",
"under clear blue skies"): a sky is outdoors, so the picture keeps the ground its subject stands on and the colour
paints only the sky. A colour for a background, a backdrop or a wall is a plain backdrop, as before; "a red barn
under a blue sky" had been a barn on a plain blue page, "a field of sunflowers under a blue sky" flowers floating on
blue."""

from __future__ import annotations

import re

from openbanana.planner.rules.vocabulary.colors import BACKGROUND_NOUNS, COLORS

_NAMES = "|".join(re.escape(name) for name in sorted(COLORS, key=len, reverse=True))
_SKY = re.compile(rf"\b(?:{_NAMES})(?:[ -][a-z]+)?[ -]sk(?:y|ies)\b")  # one word may come between: "blue summer sky"
_PLAIN = re.compile(r"\b(?:{})\b".format("|".join(sorted(BACKGROUND_NOUNS - {"sky", "light", "lighting", "ground"}))))


def colours_are_the_sky(lowered: str, colours: int) -> bool:
    """Whether the prompt's `colours` background colours come with a coloured sky and no other backdrop named."""
    return colours > 0 and _SKY.search(lowered) is not None and _PLAIN.search(lowered) is None
