"""The background's look from the prompt reading: named background colours, and the first mood's colours, light
and effects, for the composer's world (the sky draws its own sun, moon and stars)."""

from __future__ import annotations

from openbanana.planner.rules.reading import PromptReading
from openbanana.planner.rules.scene import Look
from openbanana.planner.rules.sky_lights import sky_lights

SKY_TIMES = {"sunset", "sunrise", "dusk", "night", "midnight", "starry"}  # moods that are an hour: the sky has them


def look(reading: PromptReading) -> Look:
    """Named background colours and the first mood's colours, light and effects."""
    mood = reading.moods[0] if reading.moods else None
    timed = any(name in SKY_TIMES for name in reading.style[:1])
    effects = tuple(e for m in reading.moods for e in m.effects if e not in ("sun", "moon", "stars"))
    effects += sky_lights(reading.lowered)
    return Look(reading.background_colors, () if mood is None or timed else mood.colors, effects,
                mood.vignette if mood else None, mood.glow if mood else None, mood.ground if mood else None,
                dim=any("dark" in m.tags for m in reading.moods))
