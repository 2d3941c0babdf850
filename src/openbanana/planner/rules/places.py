"""Collective places drawn as what makes them: a village is houses, a harbour boats, a campsite tents and a fire.

A place word only sets the ground and the view; "a quiet village in the hills" would otherwise show hills and no
house. When the prompt names none of the place's own things, the planner adds them as entities (with the place as
their modifier, so the thoughts can say where they came from), few enough to leave room for what was named.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.scene import Entity

# place → (noun, pictogram, count) of the things that make it, most telling first
PLACE_THINGS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "village": (("house", "🏠", 3), ("church", "⛪", 1)),
    "hamlet": (("house", "🏠", 3),),
    "town": (("house", "🏠", 3), ("building", "🏢", 2)),
    "town square": (("house", "🏠", 2), ("building", "🏢", 2)),
    "farm": (("barn", "🏠", 1), ("tractor", "🚜", 1)),
    "farmyard": (("barn", "🏠", 1), ("tractor", "🚜", 1)),
    "harbour": (("boat", "⛵", 3),),
    "harbor": (("boat", "⛵", 3),),
    "marina": (("boat", "⛵", 3),),
    "market": (("shop", "🏪", 3),),
    "marketplace": (("shop", "🏪", 3),),
    "campsite": (("tent", "⛺", 2), ("campfire", "🔥", 1)),
    "campground": (("tent", "⛺", 2), ("campfire", "🔥", 1)),
    "playground": (("slide", "🛝", 1),),
}
ROOM_FOR = 3  # with this many things named already, only the most telling thing of the place is added


def place_things(places: Sequence[str], entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The entities the first collective place adds: none when the prompt already names one of its things."""
    place = next((p for p in places if p in PLACE_THINGS), None)
    if place is None:
        return ()
    things = PLACE_THINGS[place]
    named = {e.noun for e in entities} | {(e.glyph or "").replace("\ufe0f", "") for e in entities}
    if any(noun in named or glyph in named for noun, glyph, _ in things):
        return ()
    chosen = things[:1] if len(entities) >= ROOM_FOR else things
    start = len(entities) + 1
    return tuple(Entity(id=f"e{start + n}", noun=noun, glyph=glyph, count=count, modifiers=(place,),
                        stand_in="house" if noun == "barn" else "")
                 for n, (noun, glyph, count) in enumerate(chosen))
