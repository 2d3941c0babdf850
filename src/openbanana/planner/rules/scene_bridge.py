"""The scene graph from the prompt reading: the things found become entities (with their colour and a count
written before them), the place word a Setting, mood and weather words the hour and weather, and a few plain
phrases between two things ("the cat on the sofa", "a dog wearing a hat") relations."""

from __future__ import annotations

import re

from openbanana.planner.pictograms import singular
from openbanana.planner.rules.reading import PLATE, PromptReading
from openbanana.planner.rules.scene import Look
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.scene import (
    Arrangement,
    Backdrop,
    Entity,
    Predicate,
    Relation,
    SceneGraph,
    Season,
    Setting,
    Terrain,
    TimeOfDay,
    Weather,
)

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "a couple of": 2, "a pair of": 2, "several": 4, "many": 8, "dozens of": 24}
PLACES: dict[str, tuple[Terrain, Backdrop, bool]] = {  # place word → terrain, backdrop, indoors
    "restaurant": ("table", "none", True), "bistro": ("table", "none", True), "cafe": ("table", "none", True),
    "coffee shop": ("table", "none", True), "kitchen": ("table", "none", True), "table": ("table", "none", True),
    "desk": ("table", "none", True), "office": ("floor", "room", True), "room": ("floor", "room", True),
    "bedroom": ("floor", "room", True), "living room": ("floor", "room", True), "studio": ("floor", "room", True),
    "stage": ("stage", "none", False), "concert": ("stage", "none", False), "beach": ("sand", "sea", False),
    "sea": ("water", "none", False), "ocean": ("water", "none", False), "lake": ("water", "forest", False),
    "island": ("sand", "sea", False), "underwater": ("underwater", "none", False),
    "field": ("grass", "hills", False), "meadow": ("grass", "hills", False), "park": ("grass", "none", False),
    "garden": ("grass", "none", False), "farm": ("grass", "hills", False), "forest": ("grass", "forest", False),
    "jungle": ("grass", "forest", False), "mountain": ("grass", "mountains", False),
    "mountains": ("grass", "mountains", False), "desert": ("sand", "dunes", False), "snow": ("snow", "none", False),
    "street": ("road", "city", False), "city": ("road", "city", False), "town": ("road", "city", False),
    "sky": ("none", "none", False), "space": ("space", "none", False),
}
TIMES: dict[str, TimeOfDay] = {"sunset": "sunset", "sunrise": "dawn", "dawn": "dawn", "dusk": "dusk",
                               "night": "night", "midnight": "night", "starry": "night", "morning": "morning",
                               "golden hour": "golden_hour", "afternoon": "afternoon", "noon": "day"}
WEATHERS: dict[str, Weather] = {"rain": "rain", "rainy": "rain", "raining": "rain", "storm": "storm",
                                "stormy": "storm", "thunderstorm": "storm", "snowy": "snow", "snowing": "snow",
                                "snowfall": "snow", "fog": "fog", "foggy": "fog", "misty": "fog", "cloudy": "cloudy",
                                "overcast": "overcast", "windy": "windy"}
SEASONS: dict[str, Season] = {"autumn": "autumn", "fall": "autumn", "winter": "winter", "spring": "spring",
                              "summer": "summer"}
PHRASES: tuple[tuple[str, Predicate], ...] = (
    ("in front of", "in_front_of"), ("to the left of", "left_of"), ("left of", "left_of"),
    ("to the right of", "right_of"), ("right of", "right_of"), ("next to", "next_to"), ("beside", "next_to"),
    ("on top of", "on"), ("sitting on", "on"), ("lying on", "on"), ("sleeping on", "on"), ("standing on", "on"),
    ("on", "on"), ("under", "under"), ("beneath", "under"), ("inside", "in"), ("in", "in"), ("behind", "behind"),
    ("above", "above"), ("over", "above"), ("below", "below"), ("wearing", "wearing"),
    ("holding", "holding"), ("riding", "riding"), ("near", "near"),
)
SOME = 3  # a plural with no number: a few
ARRANGEMENTS: tuple[tuple[str, Arrangement], ...] = (
    ("in a row", "row"), ("lined up", "row"), ("in a line", "row"), ("in a grid", "grid"), ("in a circle", "circle"),
    ("in a ring", "circle"), ("stacked", "stack"), ("a stack", "stack"), ("a pile", "pile"), ("a heap", "pile"),
    ("piled", "pile"), ("scattered", "scattered"),
)
MASS_NOUNS = frozenset({"glasses", "sunglasses", "headphones", "jeans", "pants", "shorts", "scissors", "fries",
                        "noodles", "clothes", "goggles", "trousers", "grapes", "nuts", "leaves", "flowers", "stars",
                        "bubbles", "people", "friends", "kids", "family", "team", "sweets", "chips", "pancakes",
                        "waves", "fireworks", "hands", "eyes", "tickets", "cards", "drums", "books", "tools"})
SKY_TIMES = {"sunset", "sunrise", "dusk", "night", "midnight", "starry"}


def scene_graph(reading: PromptReading) -> SceneGraph:
    lowered = reading.lowered
    names = {rgb: name for name, rgb in reversed(COLORS.items())}
    entities = []
    for index, found in enumerate(reading.subjects):
        noun = found.label if found.label in MASS_NOUNS else " ".join([*found.label.split()[:-1],
                                                                      singular(found.label.split()[-1])])
        count = _count(lowered, found.label) or (SOME if noun != found.label else 1)
        entity = Entity(f"e{index + 1}", noun, found.glyph, count=count, color=found.tint,
                        color_name=names.get(found.tint, "") if found.tint else "",
                        arrangement=_arrangement(lowered, noun) if count > 1 else "auto")
        entities.append(entity)
    relations = _relations(lowered, entities)
    if reading.subjects and reading.subjects[0].on_plate and not any(r.subject == "e1" for r in relations):
        entities.append(Entity(f"e{len(entities) + 1}", "plate", PLATE))
        relations.insert(0, Relation("e1", "on", entities[-1].id))
    return SceneGraph(tuple(entities), tuple(relations), _setting(reading))


def look(reading: PromptReading) -> Look:
    """Named background colours and the first mood's colours, light and effects (the sky draws sun, moon, stars)."""
    mood = reading.moods[0] if reading.moods else None
    timed = any(name in SKY_TIMES for name in reading.style[:1])
    effects = tuple(e for m in reading.moods for e in m.effects if e not in ("sun", "moon", "stars"))
    return Look(reading.background_colors, () if mood is None or timed else mood.colors, effects,
                mood.vignette if mood else None, mood.glow if mood else None, mood.ground if mood else None)


def _count(lowered: str, label: str) -> int:
    """The number written before the thing ("four cups", "3 red balloons"), or 0 when none is."""
    stem = re.escape(label.split()[-1].rstrip("s"))
    head = re.escape(" ".join(label.split()[:-1]) + " ") if " " in label else ""
    match = re.search(rf"\b({'|'.join(COUNTS)}|\d{{1,3}})\s+(?:[a-z-]+\s+){{0,2}}{head}{stem}", lowered)
    if not match:
        return 0
    word = match.group(1)
    return max(1, min(100, int(word) if word.isdigit() else COUNTS[word]))


def _relations(lowered: str, entities: list[Entity]) -> list[Relation]:
    """"A on the B", "A wearing a B": the phrase between two things, with no third thing named in between."""
    relations = []
    for a in entities:
        others = [re.escape(e.noun) for e in entities if e is not a]
        for b in entities:
            if a is b:
                continue
            for phrase, predicate in PHRASES:
                pattern = (rf"\b{re.escape(a.noun)}(?:s|es)?\b(?P<between>[^,.;]{{0,24}}?)\b{phrase}\s+"
                           rf"(?:the |a |an |his |her |its )?(?:[a-z]+ )?{re.escape(b.noun)}(?! background)")
                match = re.search(pattern, lowered)
                if match and not re.search(rf"\b(?:{'|'.join(others)})", match.group("between")):
                    relations.append(Relation(a.id, predicate, b.id))
                    break
    return relations


def _arrangement(lowered: str, noun: str) -> Arrangement:
    """"cups in a row", "a stack of books", "scattered leaves"."""
    stem = re.escape(noun.split()[-1][:-1] if len(noun) > 3 else noun)
    for words, arrangement in ARRANGEMENTS:
        if re.search(rf"{stem}\w*\s+{words}|{words}\s+(?:of\s+)?(?:\w+\s+){{0,2}}{stem}", lowered):
            return arrangement
    return "auto"


def _setting(reading: PromptReading) -> Setting:
    words = re.findall(r"[a-z]+", reading.lowered)
    place = reading.scene_name
    terrain, backdrop, indoor = PLACES.get(place, ("none", "none", False))
    time = next((TIMES[w] for w in (*reading.style, *words) if w in TIMES), None)
    if "golden hour" in reading.lowered:
        time = "golden_hour"
    if time is None and any("dark" in mood.tags for mood in reading.moods):
        time = "dusk"  # "a dark forest", "a neon city": the light is low
    weather = next((WEATHERS[w] for w in words if w in WEATHERS), None)
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    return Setting(place, indoor, terrain, backdrop, time, weather, season)
