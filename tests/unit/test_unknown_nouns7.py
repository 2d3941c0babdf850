"""Things named in a prompt that no table knew, through the real planner and the real draft engine.

1. A noun with no pictogram, no everyday stand-in and nothing near it by meaning gets its kind from WordNet
   (planner/noun_kinds.py): it is an entity, drawn by the pictogram of its kind, at that kind's size, and the
   thoughts say what stood in for it. A person noun is a person; a thing is never taken for a place.
2. A place named by what fills it ("a barley field", "a birch forest") draws that, a few of it, in the place, and
   nothing named is put "in" them.
3. A place word whose usual sense is a person ("a florist") is the person, unless something is at or in it.
4. A thing handed or held keeps its place in the picture even when its word names a part of a picture elsewhere
   ("a letter"), and a building with a room of its own named after "in" is that room ("goats in a barn").
"""

from __future__ import annotations

import gzip
from importlib.resources import files

from openbanana.plan import Plan, Subject
from openbanana.planner.noun_kinds import KINDS_FILE, is_person_noun, kind_pictogram, usual_kind
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import Entity
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink, ink_mask, person


def entity(plan: Plan, noun: str) -> Entity:
    return next(e for e in plan.scene.entities if e.noun == noun)


def drawn(plan: Plan, noun: str) -> list[Subject]:
    subjects = person(plan, noun)
    assert subjects, (noun, [s.label for s in plan.subjects])
    assert all(ink_mask(plan, s).any() for s in subjects), noun  # each leaves ink in the picture
    return subjects


def height(subject: Subject) -> float:
    return subject.box[3] - subject.box[1]


def test_the_shipped_table_is_small_and_knows_everyday_and_rare_nouns() -> None:
    packed = files("openbanana").joinpath(KINDS_FILE).read_bytes()
    assert len(packed) < 300_000
    assert len(gzip.decompress(packed).splitlines()) > 100
    assert usual_kind("sycamore") == "tree" and usual_kind("tuba") == "musical instrument"
    assert usual_kind("okapi") == "animal" and usual_kind("wok") == "cooking pot or pan"
    assert usual_kind("fjord") == "water" and usual_kind("letter") is None  # a letter is first a message
    assert is_person_noun("blacksmith") and not is_person_noun("toaster")  # the appliance, not one who toasts
    assert kind_pictogram("wall") is None  # a part of a scene is no thing of a kind


def test_a_kitchen_tool_no_table_knows_is_drawn_as_one_on_the_counter() -> None:
    plan = plan_of("a shiny colander on a kitchen counter")
    colander = entity(plan, "colander")
    assert colander.glyph == "🥄" and colander.stand_in == "spoon"
    shown, = drawn(plan, "colander")
    counter = next(s for s in plan.subjects if s.form == "counter")
    assert height(shown) < 0.5 * height(counter)  # a small thing of the kitchen, not a person-sized one
    assert abs(shown.box[3] - counter.box[1]) < 0.05  # standing on the counter's top
    assert any("colander (shown as a spoon)" in note for note in plan.notes)


def test_a_rare_tree_and_a_farm_building_are_drawn_at_their_kinds_height() -> None:
    for prompt, noun, glyph in (("a tall baobab beside a small goat", "baobab", "🌳"),
                                ("a grey silo next to a goat", "silo", "🏠")):
        plan = plan_of(prompt)
        assert entity(plan, noun).glyph == glyph and not plan.scene.unmatched, prompt
        big, = drawn(plan, noun)
        goat, = drawn(plan, "goat")
        assert height(big) > 2 * height(goat), prompt  # a tree or a building, not a thing at the goat's size


def test_a_person_noun_no_table_lists_is_a_figure() -> None:
    plan = plan_of("a blacksmith standing next to a horse")
    smith, = drawn(plan, "blacksmith")
    assert is_person(smith.glyph or "")
    horse, = drawn(plan, "horse")
    assert height(smith) > 0.8 * height(horse)  # a grown-up beside the horse, not a thing at its hoof


def test_a_thing_named_after_in_is_never_the_place() -> None:
    plan = plan_of("a kitten curled up in a wok")
    assert entity(plan, "wok").glyph is not None
    assert plan.scene.setting.place == ""  # no restaurant or kitchen stands in for the pan
    drawn(plan, "wok")


def test_a_person_in_a_building_does_not_wear_it() -> None:
    plan = plan_of("a little boy hiding in a gazebo")
    assert not any(r.predicate == "wearing" for r in plan.scene.relations)
    assert entity(plan, "gazebo").glyph == "🏠"


def test_a_field_named_by_its_crop_and_a_forest_by_its_trees_draw_them() -> None:
    plan = plan_of("a fox asleep in a barley field")
    barley = entity(plan, "barley")  # a field of its crop, as "a wheat field" or "a tulip field": six, scattered
    assert barley.count == 6 and barley.glyph == "🌾" and barley.arrangement == "scattered"
    assert len(drawn(plan, "barley")) == 6
    forest = plan_of("an owl hooting in a birch forest at night")
    birch = entity(forest, "birch")
    assert birch.glyph in ("🌳", "🌲") and forest.scene.setting.place == "forest"
    drawn(forest, "birch")


def test_a_field_named_by_a_dish_or_a_game_keeps_only_the_place() -> None:
    for prompt in ("two boys on a football field", "a farmer in a rice field"):
        plan = plan_of(prompt)
        assert plan.scene.setting.place.endswith("field"), prompt
        assert not any(e.noun in ("football", "rice") for e in plan.scene.entities), prompt


def test_a_florist_at_work_is_a_person_and_at_the_florist_a_shop() -> None:
    plan = plan_of("a florist wrapping a bouquet of roses")
    florist, = drawn(plan, "florist")
    assert is_person(florist.glyph or "")
    assert plan.scene.setting.place != "florist"
    shop = plan_of("a vase of tulips at the florist")
    assert shop.scene.setting.place == "florist" and shop.scene.setting.indoor
    assert not any(e.noun == "florist" for e in shop.scene.entities)


def test_a_handed_letter_is_in_the_hand_between_the_two() -> None:
    plan = plan_of("an old woman handing a letter to a young man")
    letter = entity(plan, "letter")
    woman = entity(plan, "woman")
    assert any(r.subject == woman.id and r.predicate == "holding" and r.object == letter.id
               for r in plan.scene.relations)
    shown, = drawn(plan, "letter")
    hers, = person(plan, "woman")
    x0, y0, x1, y1 = ink(plan, shown)
    left, top, right, bottom = hers.box
    assert left - 0.1 < (x0 + x1) / 2 / 512 < right + 0.1 and top < (y0 + y1) / 2 / 384 < bottom  # at her hands


def test_a_letter_named_as_type_is_still_no_thing() -> None:
    plan = plan_of("a poster with the letter B in bold red")
    assert not any(e.noun == "letter" for e in plan.scene.entities)


def test_animals_in_a_barn_are_inside_it() -> None:
    plan = plan_of("three goats resting in a barn")
    assert plan.scene.setting.place == "barn interior" and plan.scene.setting.indoor
    assert not any(e.noun == "barn" for e in plan.scene.entities)
    assert len(drawn(plan, "goat")) == 3
    outside = plan_of("a tractor parked in front of a barn")
    assert any(e.noun == "barn" for e in outside.scene.entities) and not outside.scene.setting.indoor
