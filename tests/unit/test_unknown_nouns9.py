"""Things named but never made, and attributes bound to the wrong thing, through the real planner and the real draft
engine.

1. A material before an -ing use word stays the head's ("an enamel camping mug" is an enamel mug, never a thing
   called enamel camping; a camping mug shows a mug, not a tent).
2. A material named as such is kept as written ("a terracotta pot", "a tweed cap", "a steel beam"), and its family
   still colours a form.
3. Hair and age words: "grey-haired" is old and grey, "a shaved head" is the person's hair (bald), "retired" is
   elderly, and an age word still says how old a couple is; "is asleep" / "is fast asleep" is sleeping.
4. A building seen from outside ("parked outside a diner") is its shop front named as the prompt named it, with
   what was parked in front of it.
5. A number before a colour word that is also a fruit names the fruit ("one orange on a table").
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from openbanana.planner.rules.scene.form_colors import form_color
from openbanana.planner.rules.vocabulary.people_words import hair_key
from openbanana.scene import Entity, SceneGraph
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person


def entity(scene: SceneGraph, noun: str) -> Entity:
    found = next((e for e in scene.entities if e.noun == noun), None)
    assert found is not None, (noun, [e.noun for e in scene.entities])
    return found


@pytest.mark.parametrize("prompt", [
    'A red enamel camping mug printed with "Trail Crew" sitting beside a small campfire',
    'enamel camping mug with "Out of Office" stamped on it, sitting on a rock',
])
def test_a_material_before_a_use_word_stays_the_mugs(prompt: str) -> None:
    scene = read_scene(prompt)
    mug = entity(scene, "mug")
    assert mug.material == "enamel" and mug.glyph == "☕" and mug.action != "camping"
    assert "enamel" not in {e.noun for e in scene.entities}


def test_a_camping_mug_shows_a_mug_not_a_tent() -> None:
    assert entity(read_scene("a camping mug on a table"), "mug").glyph == "☕"


@pytest.mark.parametrize(("prompt", "noun", "material"), [
    ("On the windowsill sits a small cactus in a terracotta pot", "pot", "terracotta"),
    ("A retired bus driver in a tweed cap tossing breadcrumbs", "cap", "tweed"),
    ("a construction worker eating a sandwich on a steel beam", "beam", "steel"),
    ("a battered aluminium kettle on a stove", "kettle", "aluminium"),
    ("a knitted blanket on a sofa", "blanket", "knitted"),  # as asked; drawn in wool's colour
])
def test_a_material_named_as_such_is_kept_as_written(prompt: str, noun: str, material: str) -> None:
    assert entity(read_scene(prompt), noun).material == material


def test_a_kept_material_still_colours_a_form_by_its_family() -> None:
    assert form_color(None, "steel") == form_color(None, "metal")
    assert form_color(None, "aluminium") == form_color(None, "metal")
    assert form_color(None, "terracotta") is not None


@pytest.mark.parametrize(("prompt", "noun", "age", "hair"), [
    ("A grey-haired grandmother knitting a red scarf in a rocking chair", "grandmother", "elderly", "grey"),
    ("A grey-haired grandpa in a flat cap jogging beside his grandson", "grandpa", "elderly", "grey"),
    ("a middle-aged man with a shaved head grilling burgers", "man", "adult", "bald"),
    ("a retired postman in a flat cap scattering seed", "postman", "elderly", ""),
])
def test_hair_and_age_words_bind_to_the_person(prompt: str, noun: str, age: str, hair: str) -> None:
    scene = read_scene(prompt)
    who = entity(scene, noun)
    assert who.age == age and hair_key(who.hair) == hair, (who.age, who.hair)
    assert "head" not in {e.noun for e in scene.entities}  # a shaved head is hair, not a second thing


def test_a_shaved_head_is_drawn_bald() -> None:
    plan = plan_of("a man with a shaved head and dark skin grilling burgers")
    man = entity(plan.scene, "man")
    assert man.glyph is not None and "\U0001f9b2" in man.glyph  # the bald hair component
    assert all(ink_mask(plan, s).any() for s in person(plan, "man"))


def test_an_age_word_says_how_old_a_couple_is() -> None:
    # an aged couple is drawn as a man and a woman of that age (aged_couples.py)
    elderly = read_scene("An elderly couple walking hand in hand along the shore")
    assert entity(elderly, "man").age == "elderly" and entity(elderly, "woman").age == "elderly"
    assert entity(read_scene("a young couple dancing"), "couple").age is None  # young is no child here


@pytest.mark.parametrize(("prompt", "noun"), [
    ("a tired puppy is fast asleep inside an empty gift box", "puppy"),
    ("a cat is asleep on the windowsill", "cat"),
])
def test_is_asleep_is_sleeping(prompt: str, noun: str) -> None:
    assert entity(read_scene(prompt), noun).action == "sleeping"


@pytest.mark.parametrize(("prompt", "building", "before"), [
    ("Vintage red convertible parked in front of a roadside diner under a clear blue sky", "diner", "convertible"),
    ("A man chatting with a friend outside a corner cafe on a sunny morning", "cafe", "friend"),
])
def test_a_building_seen_from_outside_is_named_and_stood_before(prompt: str, building: str, before: str) -> None:
    plan = plan_of(prompt)
    scene = plan.scene
    shop = entity(scene, building)
    assert shop.glyph == "🏪" and shop.stand_in == "shop" and scene.setting.indoor is False
    names = {e.id: e.noun for e in scene.entities}
    assert (before, "in_front_of", building) in {(names[r.subject], r.predicate, names[r.object])
                                                 for r in scene.relations}
    shops, fronts = person(plan, building), person(plan, before)
    assert shops and fronts and all(ink_mask(plan, s).any() for s in shops)
    assert fronts[0].box[3] >= shops[0].box[3]  # in front: standing lower in the picture, nearer the viewer


@pytest.mark.parametrize("prompt", ["one orange on a table", "a single orange on a plate",
                                    'Minimal poster: one orange on a blue background with "Vitamin See" in small text'])
def test_one_orange_is_the_fruit(prompt: str) -> None:
    plan = plan_of(prompt)
    fruit = person(plan, "orange")
    assert fruit and entity(plan.scene, "orange").glyph == "🍊" and ink_mask(plan, fruit[0]).any()
