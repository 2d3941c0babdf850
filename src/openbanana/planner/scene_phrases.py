"""The scene in words, claiming only what was drawn: "four blue cups in a row on a wooden table in a kitchen at
night". Built from the plan's scene graph and its subjects, with each relation checked against the boxes first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import Background, Plan, Subject
from openbanana.planner.pictograms import singular
from openbanana.planner.scene_geometry import relation_holds, subjects_of
from openbanana.scene import Entity, Relation, SceneGraph, Setting
from openbanana.wording import article, joined

NUMBERS = ("no", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
RELATION_WORDS = {
    "left_of": "to the left of", "right_of": "to the right of", "on": "on", "under": "under", "in": "in",
    "behind": "behind", "in_front_of": "in front of", "next_to": "next to", "above": "above", "below": "below",
    "holding": "holding", "wearing": "wearing", "riding": "riding", "near": "near",
}
OWN = ("wearing", "holding", "riding")  # said first: "a cat wearing a hat to the left of a dog"
ARRANGEMENT_WORDS = {"row": "in a row", "grid": "in a grid", "pile": "in a pile", "scattered": "scattered about",
                     "circle": "in a circle", "stack": "stacked up"}
TIME_WORDS = {"dawn": "at dawn", "morning": "in the morning", "afternoon": "in the afternoon",
              "golden_hour": "at golden hour", "sunset": "at sunset", "dusk": "at dusk", "night": "at night"}
WEATHER_WORDS = {"rain": "in the rain", "storm": "in a storm", "snow": "in the snow", "fog": "in the fog",
                 "overcast": "under an overcast sky", "cloudy": "under a cloudy sky", "windy": "on a windy day"}
PLACE_WORDS = {
    "snow": "in the snow", "space": "in space", "underwater": "under water", "mountains": "in the mountains",
    "mountain": "in the mountains", "ocean": "on the ocean", "sea": "at sea", "sky": "in the sky",
    "city": "in the city", "desert": "in the desert", "jungle": "in the jungle", "beach": "on a beach",
    "table": "on a table", "desk": "on a desk", "stage": "on a stage", "farm": "on a farm", "street": "on a street",
    "concert": "at a concert", "island": "on an island", "lake": "by a lake", "field": "in a field",
    "countryside": "in the countryside", "town": "in a town", "park": "in a park", "hill": "on a hill",
    "hills": "in the hills",
}
TERRAIN_WORDS = {"grass": "on grass", "sand": "on sand", "snow": "on snow", "road": "on a road",
                 "water": "on the water", "stage": "on a stage", "space": "in space", "underwater": "under water",
                 "table": "on a table", "floor": "in a room"}


def plural(noun: str) -> str:
    """A crude English plural: cups, boxes, cherries, knives, fish, sheep."""
    last = noun.split()[-1] if noun.split() else noun
    head = noun[: len(noun) - len(last)]
    if last in ("fish", "sheep", "deer", "people"):
        return noun
    irregular = {"person": "people", "man": "men", "woman": "women", "child": "children", "mouse": "mice",
                 "goose": "geese", "foot": "feet", "tooth": "teeth", "knife": "knives", "leaf": "leaves",
                 "wolf": "wolves", "shelf": "shelves"}
    if last in irregular:
        return head + irregular[last]
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return head + last + "es"
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return head + last[:-1] + "ies"
    return head + last + "s"


def entity_phrase(entity: Entity, count: int | None = None) -> str:
    """'a red car', 'four blue cups', 'an old wooden chair'."""
    n = entity.count if count is None else count
    words = [w for w in (entity.color_name, entity.material) if w and w not in entity.noun.split()]
    last = entity.noun.split()[-1] if entity.noun.split() else entity.noun
    already_plural = singular(last) != last  # "sunglasses", "flowers"
    noun = " ".join([*words, entity.noun if n == 1 or already_plural else plural(entity.noun)])
    if n == 1:
        return noun if already_plural else f"{article(noun)} {noun}"
    return f"{NUMBERS[n] if n < len(NUMBERS) else n} {noun}"


def setting_phrase(setting: Setting, background: Background | None = None) -> str:
    """'in a kitchen at night', 'on a beach at sunset in the rain' (the hour and weather only when drawn)."""
    parts = []
    place = setting.place.strip().lower()
    if place:
        parts.append(PLACE_WORDS.get(place) or f"in {article(place)} {place}")
        if setting.asked_place:
            parts.append(f"(the nearest place I can draw for the {setting.asked_place})")
    elif background is not None and background.terrain in TERRAIN_WORDS:
        parts.append(TERRAIN_WORDS[background.terrain])
    time = background.time_of_day if background is not None else setting.time_of_day
    weather = background.weather if background is not None else setting.weather
    if time in TIME_WORDS:
        parts.append(TIME_WORDS[time])
    if weather in WEATHER_WORDS and not (weather == "snow" and parts == [TERRAIN_WORDS["snow"]]):
        parts.append(WEATHER_WORDS[weather])
    elif weather == "snow":
        parts = ["in the snow"]
    season = background.season if background is not None else setting.season
    if season and weather not in ("snow",) and not any(season in part for part in parts):
        parts.append(f"in {season}")
    return " ".join(parts)


def honoured(scene: SceneGraph, subjects: Sequence[Subject]) -> list[Relation]:
    """The graph's relations that hold in the placed boxes."""
    return [r for r in scene.relations if relation_holds(r.predicate, subjects_of(subjects, r.subject),
                                                         subjects_of(subjects, r.object))]


def describe_plan(plan: Plan) -> str:
    """The whole scene in one phrase: each drawn thing once, with its count, colour, arrangement and the relations
    that hold; then the place, the hour and the weather."""
    scene, subjects = plan.scene, plan.subjects
    drawn = {e.id: len([s for s in subjects_of(subjects, e.id) if s.entity == e.id and s.label == e.noun]) or 1
             for e in scene.entities if subjects_of(subjects, e.id)}
    holds = {e.id: tuple(dict.fromkeys(s.label for s in subjects if s.entity == e.id and s.label != e.noun))
             for e in scene.entities}
    scene = replace(scene, entities=tuple(replace(e, noun=" ".join((*holds[e.id], e.noun))) if holds[e.id] else e
                                          for e in scene.entities))  # "a banana dish": what it holds is drawn
    relations = honoured(scene, subjects)
    told: set[str] = set()
    said: set[int] = set()
    phrases = []
    for entity in scene.entities:
        if entity.id not in drawn or entity.id in told:
            continue
        phrases.append(_clause(entity, scene, drawn, relations, told, said, nested=False))
    rest = [f"the {_noun(scene, r.subject, drawn)} {RELATION_WORDS[r.predicate]} the {_noun(scene, r.object, drawn)}"
            for index, r in enumerate(relations) if index not in said]
    what = joined(phrases) + (", with " + joined(rest) if rest else "")
    where = setting_phrase(scene.setting, plan.background)
    return f"{what} {where}".strip()


def _clause(entity: Entity, scene: SceneGraph, drawn: dict[str, int], relations: list[Relation],
            told: set[str], said: set[int], *, nested: bool) -> str:
    """The entity's phrase, then the relations it is the subject of, those sharing a predicate joined ("a woman
    wearing sunglasses and a hat"); inside another clause only what it wears, holds or stands on is told."""
    told.add(entity.id)
    count = drawn[entity.id]
    text = entity_phrase(entity, count)
    if count > 1 and entity.arrangement in ARRANGEMENT_WORDS:
        text += " " + ARRANGEMENT_WORDS[entity.arrangement]
    objects: dict[str, list[str]] = {}
    for index, relation in enumerate(relations):
        other = scene.entity(relation.object)
        if relation.subject != entity.id or other is None or other.id not in drawn or index in said:
            continue
        if nested and relation.predicate not in (*OWN, "on", "in", "under"):
            continue
        said.add(index)
        if other.id in told:
            phrase = f"the {_noun(scene, other.id, drawn)}"
        else:
            phrase = _clause(other, scene, drawn, relations, told, said, nested=True)
        objects.setdefault(relation.predicate, []).append(phrase)
    for predicate, phrases in sorted(objects.items(), key=lambda item: item[0] not in OWN):
        text += f" {RELATION_WORDS[predicate]} {joined(phrases)}"
    return text


def _noun(scene: SceneGraph, entity_id: str, drawn: dict[str, int]) -> str:
    entity = scene.entity(entity_id)
    if entity is None:
        return entity_id
    return entity.noun if drawn.get(entity_id, 1) == 1 else plural(entity.noun)


