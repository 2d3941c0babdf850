"""Things, attributes and settings read by the shape of a phrase, and colours that show where the thing is painted.

1. Phrase shapes: a group head after a drawn noun is many of them; an amount noun with an adjective of its own is
   still an amount; a picture head ("icon", "logo") shows its noun; a building's undrawn part is the building;
   two nouns that name a person are one person.
2. A person's features after "with": hair done a certain way is hair, a skin tone or a hyphenated tone is skin;
   "young" makes a child of a son or a daughter.
3. Settings implied by things: a boat floats on water, a sled lies in snow, a stove is indoors; an outdoor place
   word before a building closes the view; an aurora is at night.
4. Through the real planner and draft engine: a named colour paints the part of the pictogram that shows (a bus's
   panels, not its windows), a made figure (a robot) and a plate drawn as a shape.
"""

from __future__ import annotations

import colorsys
from dataclasses import replace

import numpy as np
import pytest

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.glyphs import retint, sprite
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.meaning import nearest_pictogram
from openbanana.planner.rules import RulesPlanner, read_scene
from openbanana.planner.rules.lexicon import word_class
from openbanana.planner.rules.vocabulary.people_words import hair_key
from openbanana.scene import Entity, SceneGraph

SIZE = 384


def only(graph: SceneGraph) -> Entity:
    assert len(graph.entities) == 1, graph.entities
    return graph.entities[0]


# 1. phrase shapes


@pytest.mark.parametrize(("phrase", "noun", "arrangement"), [("a sheep flock", "sheep", "auto"),
                                                             ("a strawberry patch", "strawberry", "scattered"),
                                                             ("a bus convoy", "bus", "row")])
def test_a_group_head_after_a_drawn_noun_is_many_of_them(phrase: str, noun: str, arrangement: str) -> None:
    thing = only(read_scene(phrase))
    assert thing.noun == noun and thing.count > 1 and thing.arrangement == arrangement


@pytest.mark.parametrize(("phrase", "noun", "arrangement"), [("a neat pile of towels", "towel", "pile"),
                                                             ("a long row of lanterns", "lantern", "row"),
                                                             ("a wobbly stack of plates", "plate", "stack")])
def test_an_amount_noun_with_its_own_adjective_is_still_an_amount(phrase: str, noun: str, arrangement: str) -> None:
    thing = only(read_scene(phrase))
    assert (thing.noun, thing.arrangement) == (noun, arrangement) and thing.count > 1


@pytest.mark.parametrize(("phrase", "noun"), [("a rocket logo", "rocket"), ("a coffee cup icon", "coffee cup"),
                                              ("a palace gate", "palace"), ("a temple entrance", "temple")])
def test_a_picture_head_or_an_undrawn_part_shows_the_noun_before_it(phrase: str, noun: str) -> None:
    thing = only(read_scene(phrase))
    assert thing.noun == noun and thing.glyph


def test_two_nouns_that_name_a_person_are_one_person() -> None:
    carrier = only(read_scene("a letter carrier"))
    assert carrier.noun == "letter carrier" and carrier.glyph and not carrier.stand_in
    assert "letter" not in carrier.modifiers


def test_an_adjective_and_a_head_that_a_stand_in_names_are_one_thing() -> None:
    bank = only(read_scene("a green piggy bank"))
    assert bank.noun == "piggy bank" and bank.stand_in and bank.color_name == "green"
    assert "piggy" not in bank.modifiers


def test_a_whole_of_what_it_holds_is_that_thing_and_a_sport_is_played_with_its_ball() -> None:
    assert only(read_scene("a loaf of rye")).noun == "rye"  # a loaf is all of what it holds
    slice_ = only(read_scene("two slices of cake"))  # a portion is drawn as its stuff, counted as the portions
    assert (slice_.noun, slice_.count) == ("cake", 2)
    assert "basketball" in [e.noun for e in read_scene("two teens playing basketball").entities]
    assert "tennis ball" in [e.noun for e in read_scene("a dog playing tennis").entities]


def test_a_shop_named_as_a_landmark_is_a_building() -> None:
    graph = read_scene("a van parked outside a bakery")
    assert "bakery" in [e.noun for e in graph.entities] and not graph.setting.indoor


def test_a_baby_animal_is_a_young_one_of_its_kind() -> None:
    calf = only(read_scene("a baby giraffe"))
    assert calf.noun == "giraffe" and calf.age == "baby"


@pytest.mark.parametrize("word", ["moped", "husky", "convertible"])
def test_things_the_lexicon_knows_as_another_class_are_nouns(word: str) -> None:
    assert word_class(word) == "noun"
    assert only(read_scene(f"a {word} in the snow")).glyph


def test_a_modifier_is_not_matched_by_its_stem_in_a_pictogram_name() -> None:
    match = nearest_pictogram("fence post")
    assert match is None or "fencing" not in match.name


# 2. a person's features


@pytest.mark.parametrize(("phrase", "hair", "key"), [("a girl with auburn pigtails", "auburn pigtails", "red"),
                                                     ("a man with platinum plaits", "platinum plaits", "blond")])
def test_hair_done_a_certain_way_is_hair(phrase: str, hair: str, key: str) -> None:
    person = only(read_scene(phrase))  # the hair as described; its pictogram from the word a glyph can show
    assert person.hair == hair and hair_key(person.hair) == key


@pytest.mark.parametrize(("phrase", "tone"), [("a man with a dark skin tone", "dark"),
                                              ("a woman with medium-dark skin", "medium_dark"),
                                              ("a nurse with a light skin colour", "light")])
def test_a_skin_tone_phrase_is_the_persons_skin(phrase: str, tone: str) -> None:
    person = only(read_scene(phrase))
    assert person.skin_tone == tone and person.glyph


def test_young_makes_a_child_of_a_son_but_not_of_a_woman() -> None:
    assert only(read_scene("his young son")).age == "child"
    assert only(read_scene("a young woman")).age == "adult"  # a grown person noun is an adult, young or not
    assert only(read_scene("a granddaughter")).age == "child"


# 3. settings implied by things


@pytest.mark.parametrize(("phrase", "terrain"), [("a kayak", "water"), ("boats in a marina", "water"),
                                                 ("a toboggan in a park", "snow"), ("an igloo", "snow")])
def test_a_thing_that_lies_on_one_ground_gives_it(phrase: str, terrain: str) -> None:
    assert read_scene(phrase).setting.terrain == terrain


def test_a_kitchen_appliance_puts_the_scene_indoors() -> None:
    assert read_scene("a cat asleep beside the stove").setting.indoor
    assert read_scene("a toddler in a high chair").setting.indoor  # the chair's modifier names the indoor thing


def test_a_person_whose_work_is_in_a_room_is_there_unless_told_else() -> None:
    assert read_scene("a barista pouring milk").setting.indoor
    assert not read_scene("a barista in a park").setting.indoor


@pytest.mark.parametrize(("phrase", "backdrop"), [("a forest cabin", "forest"), ("an ocean cliff", "sea"),
                                                  ("a beach hut", "sea")])
def test_an_outdoor_place_word_before_a_building_or_a_place_closes_the_view(phrase: str, backdrop: str) -> None:
    assert read_scene(phrase).setting.backdrop == backdrop


def test_an_aurora_is_at_night() -> None:
    assert read_scene("a fox under the northern lights").setting.time_of_day == "night"


# 4. colours that show


def plan_of(prompt: str) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, SIZE, SIZE, seed=3)).plan


def ink_hue_share(plan: Plan, label: str, hue: float) -> float:
    """Of the chromatic pixels a subject adds to the (shadowless) picture, the share within 1/12 of `hue`."""
    engine = DraftEngine()
    bare = replace(plan, subjects=tuple(replace(s, shadow=False) for s in plan.subjects))
    index = next(i for i, s in enumerate(bare.subjects) if s.label == label)
    without = replace(bare, subjects=tuple(s for i, s in enumerate(bare.subjects) if i != index))
    pictures = [np.asarray(engine.render(RenderRequest(p, SIZE, SIZE, seed=3)).image.convert("RGB"), dtype=np.int16)
                for p in (bare, without)]
    changed = np.abs(pictures[0] - pictures[1]).max(axis=2) > 28
    pixels = pictures[0][changed] / 255.0
    hsv = np.array([colorsys.rgb_to_hsv(*p) for p in pixels]) if len(pixels) else np.zeros((0, 3))
    chromatic = hsv[(hsv[:, 1] > 0.3) & (hsv[:, 2] > 0.25)]
    if not len(chromatic):
        return 0.0
    gap = np.minimum(np.abs(chromatic[:, 0] - hue), 1 - np.abs(chromatic[:, 0] - hue))
    return float((gap < 1 / 12).mean())


@pytest.mark.parametrize(("prompt", "label", "hue"), [("a yellow bus on a road", "bus", 0.14),
                                                      ("a red toy robot", "robot", 0.0),
                                                      ("a green van", "van", 0.33)])
def test_a_named_colour_is_the_colour_that_shows(prompt: str, label: str, hue: float) -> None:
    assert ink_hue_share(plan_of(prompt), label, hue) > 0.5


def test_a_named_colour_paints_the_layers_that_show_not_those_covered() -> None:
    yellow = sprite("🚌", 96, (250, 204, 21))
    assert yellow is not None
    shown = [layer.color for layer in yellow.layers]
    assert sum(1 for c in shown if c[0] > 180 and c[1] > 150 and c[2] < 80) >= 3  # every light panel is yellow
    assert (85, 172, 238, 255) in shown  # the windows stay glass
    assert retint([(200, 200, 200, 255), (30, 120, 220, 255)], (250, 204, 21), [8.0, 4.0])[0][2] < 80


def test_a_plate_drawn_as_a_shape_takes_its_colour() -> None:
    plan = plan_of("five plums on a blue plate on a kitchen table")
    plate = next(s for s in plan.subjects if s.label == "plate")
    assert plate.tint is not None
    assert ink_hue_share(plan, "plate", 0.62) > 0.5


def test_things_on_a_plate_are_drawn_over_it() -> None:
    plan = plan_of("four strawberries on a green plate")
    plate = next(s for s in plan.subjects if s.label == "plate")
    berries = [s for s in plan.subjects if s.label == "strawberry"]
    assert len(berries) == 4 and all(berry.depth < plate.depth for berry in berries)  # drawn far to near
    assert ink_hue_share(plan, "strawberry", 0.0) > 0.5  # the berries show, red, over the plate
