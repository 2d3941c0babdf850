"""The background's look from the prompt reading: named background colours, and the first mood's colours, light
and effects, for the composer's world (the sky draws its own sun, moon and stars)."""

from __future__ import annotations

from openbanana.planner.rules.attended import at_an_event
from openbanana.planner.rules.reading import PromptReading
from openbanana.planner.rules.scene import Look
from openbanana.planner.rules.sky_colours import colours_are_the_sky
from openbanana.planner.rules.sky_lights import sky_lights

SKY_TIMES = {"sunset", "sunrise", "dusk", "night", "midnight", "starry"}  # moods that are an hour: the sky has them
# Words for whom a picture is: in a scene they set its type and touch, not a plain backdrop. "Three kids eating
# watermelon" and "a kids' book picture of a turtle" had stood on a yellow-to-blue gradient with no ground.
AUDIENCES = {"kids"}


def look(reading: PromptReading) -> Look:
    """Named background colours and the first mood's colours, light and effects."""
    mood = reading.moods[0] if reading.moods else None
    timed = any(name in SKY_TIMES for name in reading.style[:1]) or (
        reading.document == "scene" and (any(name in AUDIENCES for name in reading.style[:1])
                                         or at_an_event(reading.lowered)))
    effects = tuple(e for m in reading.moods for e in m.effects if e not in ("sun", "moon", "stars"))
    effects += sky_lights(reading.lowered)
    return Look(reading.background_colors, () if mood is None or timed else mood.colors, effects,
                mood.vignette if mood else None, mood.glow if mood else None, mood.ground if mood else None,
                dim=any("dark" in m.tags for m in reading.moods),
                sky=colours_are_the_sky(reading.lowered, len(reading.background_colors)))
