"""Lights in the sky a prompt names as a sight ("under the northern lights", "an aurora over the fjord"): an effect
the sky draws. Read as an hour alone ("night"), the picture showed a plain starry sky and said nothing of them."""

from __future__ import annotations

import re

AURORA = re.compile(r"\b(?:northern|southern|polar) lights\b|\baurora(?:s|e)?\b")


def sky_lights(lowered: str) -> tuple[str, ...]:
    """The sky effects the prompt names: ("aurora",) for the northern lights."""
    return ("aurora",) if AURORA.search(lowered) else ()
