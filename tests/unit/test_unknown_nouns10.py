"""Places and things that recurred unread, through the real planner and the real draft engine.

1. A raised place a thing stands on (a cliff, a summit, an island) or water a thing spans or hangs
   above (a river, a pond) is drawn as a thing too, with the thing on it or above it; the place stays the setting.
   "An island with a palm tree" has the palm on the island. A boat on a lake keeps the lake as its ground only,
   and "the kitchen island" is a counter in a kitchen.
2. "On horseback" is a horse, ridden.
3. A pictogram's name that starts with a participle names the thing by its head ("fallen leaves" are leaves).
4. A colour word that is also a plant, after a quantity ("a field of lavender"), is the plant, not a colour.
5. Fairy lights and string lights are a thing, strung overhead (above whoever is under them).
6. "The setting sun", "the sun rising" after an article is the sun in the sky as well as the time of day, where a
   thing stands to it ("dolphins in front of a setting sun"); alone it is the time of day.
7. A building's window seen from the street ("in the window of a diner", "a shop window with a sign") is a thing,
   with what is in it in it, before the building's front.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from openbanana.planner.rules.landmarks import landmarks
from openbanana.planner.rules.shop_windows import shop_windows
from openbanana.scene import Entity, Relation, SceneGraph
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person


def entity(scene: SceneGraph, noun: str) -> Entity:
    found = next((e for e in scene.entities if e.noun == noun), None)
    assert found is not None, (noun, [e.noun for e in scene.entities])
    return found


def related(scene: SceneGraph) -> set[tuple[str, str, str]]:
    names = {e.id: e.noun for e in scene.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in scene.relations}


@pytest.mark.parametrize(("prompt", "thing", "place", "predicate", "glyph"), [
    ("A lighthouse perched on a rocky cliff as a storm rolls in", "lighthouse", "cliff", "on", "⛰"),
    ("A climber standing on a snowy summit at dawn", "climber", "summit", "on", "⛰"),
    ("A pirate with a parrot standing on a tiny island", "pirate", "island", "on", "🏝"),
    ("Three children waving from a rocky cliff", "child", "cliff", "on", "⛰"),
    ("An old stone bridge over a river at dusk", "bridge", "river", "above", "🌊"),
    ("A paper lantern hanging above a garden pond", "lantern", "pond", "above", "🌊"),
])
def test_a_place_stood_on_or_spanned_is_a_thing_too(prompt: str, thing: str, place: str, predicate: str,
                                                     glyph: str) -> None:
    scene = read_scene(prompt)
    landmark = entity(scene, place)
    assert landmark.glyph == glyph and (thing, predicate, place) in related(scene)
    assert scene.setting.place == place  # the place still sets the ground and the view


def test_what_an_island_is_with_stands_on_it() -> None:
    scene = read_scene("A small island with a palm tree and a hut, seen from above")
    assert {("palm tree", "on", "island"), ("hut", "on", "island")} <= related(scene)


@pytest.mark.parametrize("prompt", ["A cat asleep in a sunny kitchen", "a goat on a mountain"])
def test_a_place_that_is_only_the_ground_stays_a_place(prompt: str) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert not nouns & {"kitchen", "mountain"}  # a lake named is a thing too (test_nouns_read17)


def test_a_kitchen_island_is_a_counter_indoors_not_an_island() -> None:
    scene = read_scene("Copper pans hanging from a rack above the kitchen island")
    assert entity(scene, "kitchen island").glyph is None and scene.setting.indoor
    assert scene.setting.place != "island" and "island" not in {e.noun for e in scene.entities}
    assert read_scene("a kitchen table with a vase").setting.place == "kitchen"  # a table's room stays the place


def test_a_lighthouse_stands_on_its_cliff_in_the_picture() -> None:
    plan = plan_of("A lighthouse on a rocky cliff with a storm rolling in")
    tower, cliff = person(plan, "lighthouse"), person(plan, "cliff")
    assert tower and cliff and ink_mask(plan, cliff[0]).any()
    assert tower[0].box[3] <= cliff[0].box[1] + (cliff[0].box[3] - cliff[0].box[1]) * 0.5  # on top, not beside


@pytest.mark.parametrize("prompt", ["A police officer on horseback directing traffic at a crossroads",
                                    "A knight on horseback crossing a misty field"])
def test_on_horseback_is_a_horse_ridden(prompt: str) -> None:
    scene = read_scene(prompt)
    horse = entity(scene, "horse")
    assert horse.glyph == "🐎" and "horseback" not in {e.noun for e in scene.entities}
    rider = next(e for e in scene.entities if e.id != horse.id)
    assert (rider.noun, "riding", "horse") in related(scene)


def test_a_paperback_is_still_a_book() -> None:
    assert entity(read_scene("a paperback on a table"), "paperback").glyph == "📖"


@pytest.mark.parametrize("prompt", ["A hedgehog curled up among fallen autumn leaves",
                                    "a red postbox on a village lane with fallen leaves all around it"])
def test_fallen_leaves_are_leaves(prompt: str) -> None:
    leaves = entity(read_scene(prompt), "leaf")
    assert leaves.glyph == "🍂" and leaves.count > 1


def test_a_field_of_lavender_is_the_plant_not_a_colour() -> None:
    scene = read_scene("a woman in a green dress walking through a field of lavender")
    assert entity(scene, "lavender").count > 1 and entity(scene, "woman").color_name != "lavender"
    assert entity(read_scene("a dress in shades of lavender"), "dress") is not None  # a colour's shade stays one


@pytest.mark.parametrize(("prompt", "under"), [
    ("A bride and groom dancing under strings of fairy lights", "bride"),
    ("A couple dancing under a string of fairy lights in a backyard on a summer evening", "couple"),
])
def test_fairy_lights_hang_above_who_is_under_them(prompt: str, under: str) -> None:
    plan = plan_of(prompt)
    lights = entity(plan.scene, "fairy light")
    assert lights.glyph == "💡" and lights.stand_in == "light bulb" and lights.count >= 5
    assert (under, "under", "fairy light") in related(plan.scene)
    bulbs, dancers = person(plan, "fairy light"), person(plan, under)
    assert bulbs and dancers and max(b.box[3] for b in bulbs) <= dancers[0].box[1] + 0.02


def test_string_lights_are_a_thing_and_light_alone_is_not() -> None:
    assert entity(read_scene("a porch with string lights hanging overhead"), "string light").count > 1
    assert read_scene("a portrait in soft warm light").entities == ()


@pytest.mark.parametrize(("prompt", "time"), [
    ("Two dolphins leaping out of the sea in front of a setting sun", "sunset"),
    ("a hiker pointing at the sun rising over the distant peaks", "dawn"),
])
def test_the_setting_sun_is_the_sun_and_the_time(prompt: str, time: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, "sun").glyph == "☀" and scene.setting.time_of_day == time


@pytest.mark.parametrize("prompt", ["a mountain lake under a setting sun", "a quiet beach as the sun sets"])
def test_a_setting_sun_nothing_stands_to_is_the_time_alone(prompt: str) -> None:
    scene = read_scene(prompt)
    assert "sun" not in {e.noun for e in scene.entities} and scene.setting.time_of_day == "sunset"


def test_the_setting_sun_is_drawn_once() -> None:
    plan = plan_of("Two dolphins leaping out of the sea in front of a setting sun")
    suns = person(plan, "sun")
    assert len(suns) == 1 and ink_mask(plan, suns[0]).any()
    assert ("dolphin", "in_front_of", "sun") in related(plan.scene)


@pytest.mark.parametrize(("prompt", "inside", "building"), [
    ("A cat sitting in the window of a diner", "cat", "diner"),
    ('Neon sign saying "Open Late" in the window of a small diner at night', "sign", "diner"),
    ("a ginger cat asleep in the window of a bakery", "cat", "bakery"),
])
def test_the_window_of_a_building_is_a_thing_with_what_is_in_it(prompt: str, inside: str, building: str) -> None:
    scene = read_scene(prompt)
    window, front = entity(scene, "window"), entity(scene, building)
    assert window.glyph == "🪟" and front.stand_in == "shop" and scene.setting.indoor is False
    assert {(inside, "in", "window"), ("window", "in_front_of", building)} <= related(scene)


def test_one_looking_in_a_window_stands_before_it() -> None:
    scene = read_scene("a woman looking in the window of a bookshop")
    assert ("woman", "in_front_of", "window") in related(scene)


@pytest.mark.parametrize("prompt", ['A shop window at dusk with a red neon sign that says "OPEN"',
                                    'A shop window with a hand-lettered sign: "Closed for lunch, back at 2"'])
def test_a_shop_window_is_a_window_with_its_sign_in_it(prompt: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, "window").glyph == "🪟" and ("sign", "in", "window") in related(scene)


def test_a_cat_in_a_diners_window_is_drawn_in_it() -> None:
    plan = plan_of("A cat sitting in the window of a diner")
    cat, window, diner = person(plan, "cat"), person(plan, "window"), person(plan, "diner")
    assert cat and window and diner and all(ink_mask(plan, s).any() for s in (*window, *diner))
    x0, y0, x1, y1 = window[0].box
    cx, cy = (cat[0].box[0] + cat[0].box[2]) / 2, (cat[0].box[1] + cat[0].box[3]) / 2
    assert x0 <= cx <= x1 and y0 <= cy <= y1


def test_a_place_made_a_thing_after_others_were_dropped_takes_a_fresh_id() -> None:
    """Ids are "e<n>"; once the reading has dropped a thing (e1, e3 left), a cliff or a window added after must not
    take an id still in use, or relations to it would name two things."""
    kept = (Entity(id="e1", noun="lighthouse", glyph=None), Entity(id="e3", noun="gull", glyph=None))
    entities, relations = landmarks(["cliff"], kept, (), "a lighthouse on a rocky cliff with a gull")
    assert [e.id for e in entities] == ["e1", "e3", "e4"] and relations[0].object == "e4"
    front = Entity(id="e3", noun="diner", glyph="🏪", stand_in="shop", modifiers=("storefront",))
    entities, relations = shop_windows((kept[0], front), (Relation("e1", "in_front_of", "e3"),),
                                       "a lighthouse model in the window of a diner")
    assert [e.id for e in entities] == ["e1", "e3", "e4"]
    assert Relation("e4", "in_front_of", "e3") in relations  # the window, before the diner's front
