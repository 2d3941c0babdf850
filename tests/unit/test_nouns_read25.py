"""Things named but not read as things, read and drawn through the real rules planner and draft engine: a doer's
board or motorcycle ("a motorcyclist", "a surfer"), a couple of a said age (a man and a woman), a bowl named by an
animal ("a goldfish bowl": a fishbowl with the fish in it), a stage stood "in the middle of", mud a thing is in, and
"asleep" after a person's skin.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_scene_fidelity_classes import ink_share, plan_of


def related(prompt: str, subject: str, predicate: str, obj: str) -> bool:
    scene = read_scene(prompt)
    ids = {e.id: e.noun for e in scene.entities}
    return any((ids[r.subject], r.predicate, ids[r.object]) == (subject, predicate, obj) for r in scene.relations)


def drawn(prompt: str, noun: str) -> float:
    """The most ink any subject showing the entity has in its box (0.0: not drawn)."""
    plan = plan_of(prompt)
    found = next(e for e in plan.scene.entities if e.noun == noun)
    shown = [s for s in plan.subjects if s.entity == found.id or found.id in s.also_shows]
    return max((ink_share(plan, s) for s in shown), default=0.0)


@pytest.mark.parametrize(("prompt", "doer", "gear"), [
    ("a motorcyclist speeding along a mountain pass at dawn", "motorcyclist", "motorcycle"),
    ("a surfer with short dark hair riding a tall wave under a clear sky", "surfer", "surfboard"),
    ("two surfers paddling out past the breakers", "surfer", "surfboard"),
])
def test_a_doer_named_by_what_they_ride_rides_it(prompt: str, doer: str, gear: str) -> None:
    assert related(prompt, doer, "riding", gear), prompt


@pytest.mark.parametrize("prompt", ["a biker on a motorcycle at a gas station", "a surfer carrying her board"])
def test_a_doer_whose_gear_is_named_keeps_it_as_written(prompt: str) -> None:
    nouns = [e.noun for e in read_scene(prompt).entities]
    assert "surfboard" not in nouns and nouns.count("motorcycle") <= 1, prompt


def test_the_board_and_the_motorcycle_are_drawn() -> None:
    assert drawn("a surfer riding a tall wave at noon", "surfboard") > 0.1
    assert drawn("a lone motorcyclist on a coastal highway at dusk", "motorcycle") > 0.1


def test_a_couple_of_a_said_age_is_an_old_man_and_an_old_woman_both_drawn() -> None:
    prompt = "an elderly couple walking their dog along a quiet beach"
    people = {e.noun: e for e in read_scene(prompt).entities if e.noun in ("man", "woman", "couple")}
    assert set(people) == {"man", "woman"} and {p.age for p in people.values()} == {"elderly"}
    assert related(prompt, "man", "next_to", "woman") and related(prompt, "woman", "near", "dog")
    assert drawn(prompt, "woman") > 0.1 and drawn(prompt, "man") > 0.1


def test_a_couple_of_no_said_age_stays_one_pictogram() -> None:
    assert "couple" in {e.noun for e in read_scene("a couple dancing in a kitchen").entities}


def test_a_goldfish_bowl_is_a_fishbowl_with_the_goldfish_in_it_both_drawn() -> None:
    prompt = "a small goldfish bowl on a bookshelf beside a lamp"
    assert related(prompt, "goldfish", "in", "fishbowl") and related(prompt, "fishbowl", "on", "bookshelf")
    assert drawn(prompt, "fishbowl") > 0.1 and drawn(prompt, "goldfish") > 0.1


@pytest.mark.parametrize(("prompt", "bowl", "absent"), [
    ("an empty goldfish bowl on a windowsill", "fishbowl", "goldfish"),
    ("a dog bowl on the kitchen floor", "bowl", "dog"),
])
def test_an_empty_bowl_or_a_pets_bowl_holds_no_animal(prompt: str, bowl: str, absent: str) -> None:
    nouns = {e.noun: e for e in read_scene(prompt).entities}
    assert bowl in nouns and absent not in nouns and nouns[bowl].glyph != "🐕", prompt


@pytest.mark.parametrize("prompt", ["a juggler in the middle of a wooden stage",
                                    "a violinist at the front of a small stage"])
def test_a_stage_stood_in_the_middle_of_is_a_thing(prompt: str) -> None:
    assert related(prompt, prompt.split()[1], "on", "stage"), prompt


def test_mud_a_thing_is_in_is_a_brown_patch_drawn_under_it() -> None:
    prompt = "a muddy pig rolling in the mud next to a barn"
    assert related(prompt, "pig", "in", "mud")
    mud = next(e for e in read_scene(prompt).entities if e.noun == "mud")
    assert mud.color is not None and mud.color[0] > mud.color[2]  # brown, not the puddle's blue
    assert drawn(prompt, "mud") > 0.1


def test_mud_huts_make_no_mud() -> None:
    assert "mud" not in {e.noun for e in read_scene("a village of mud huts by a river").entities}


@pytest.mark.parametrize("prompt", ["an old man with pale skin asleep on a sofa",
                                    "a toddler with dark skin asleep in a pram"])
def test_asleep_after_a_persons_skin_is_their_sleep(prompt: str) -> None:
    assert read_scene(prompt).entities[0].action == "sleeping", prompt


@pytest.mark.parametrize(("prompt", "owner", "age"), [
    ("a woman pumping up her son's football while he ties his boots", "son", "child"),
    ("a grandfather mending his granddaughter's kite as she watches", "granddaughter", "child"),
])
def test_an_owner_said_again_as_she_or_he_is_a_person_beside_what_they_own(prompt: str, owner: str,
                                                                          age: str) -> None:
    scene = read_scene(prompt)
    person = next(e for e in scene.entities if e.noun == owner)
    assert person.age == age and not any(owner in e.modifiers for e in scene.entities), prompt


def test_an_owner_of_hair_is_there_with_that_hair_and_drawn() -> None:
    prompt = "a barber with a tattoo shaving an old man's grey beard"
    scene = read_scene(prompt)
    man = next(e for e in scene.entities if e.noun == "man")
    assert man.age == "elderly" and "grey" in man.hair
    assert "grey" not in next(e for e in scene.entities if e.noun == "barber").hair
    assert drawn(prompt, "man") > 0.1


@pytest.mark.parametrize("prompt", ["a boy reading his father's old book by a lamp",
                                    "a cat asleep on the chef's hat"])
def test_an_owner_not_said_again_is_not_drawn(prompt: str) -> None:
    assert not {"father", "chef"} & {e.noun for e in read_scene(prompt).entities}, prompt


def test_a_door_owned_by_a_person_is_a_door_beside_her_not_her_part() -> None:
    prompt = "a courier giving a box to a man standing at his front door"
    assert related(prompt, "man", "near", "door")
    assert related("a cat sleeping on its roof", "cat", "on", "roof")  # a thing's own part stays its part


def test_a_canyon_gone_through_is_a_thing_drawn_with_the_thing_in_it() -> None:
    prompt = "a steam train winding through a narrow canyon at dawn"
    assert related(prompt, "train", "in", "canyon")
    assert drawn(prompt, "canyon") > 0.1
    assert "canyon" not in {e.noun for e in read_scene("two hikers resting on the canyon floor").entities}


@pytest.mark.parametrize(("prompt", "thing", "floor"), [
    ("a lone red tractor on the road between two green fields", "tractor", "road"),
    ("a seedling growing out of a strip of dark soil", "seedling", "soil"),
])
def test_a_road_or_soil_a_thing_is_on_is_a_floor_drawn_under_it(prompt: str, thing: str, floor: str) -> None:
    scene = read_scene(prompt)
    ids = {e.noun: e.id for e in scene.entities}
    assert any(r.subject == ids[thing] and r.object == ids[floor] for r in scene.relations), prompt
    assert drawn(prompt, floor) > 0.1


def test_a_place_word_that_describes_another_thing_makes_no_floor() -> None:
    assert "road" not in {e.noun for e in read_scene("a family singing on a long road trip").entities}


@pytest.mark.parametrize(("prompt", "inside", "vehicle"), [
    ("a spaniel with its ears flapping out of a car window", "spaniel", "car"),
    ("a girl waving from a bus window at her grandmother", "girl", "bus"),
])
def test_a_vehicles_window_is_the_vehicle(prompt: str, inside: str, vehicle: str) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert vehicle in nouns and "window" not in nouns, prompt


def test_a_window_seat_has_its_window_behind_the_sitter_drawn() -> None:
    prompt = "an old man dozing on a window seat with a newspaper"
    assert related(prompt, "window", "behind", "man") and related(prompt, "man", "on", "seat")
    assert drawn(prompt, "window") > 0.1


@pytest.mark.parametrize(("prompt", "noun"), [
    ("a reading chair with a woven throw folded over its arm", "throw"),
    ("a crocheted throw on the end of a bed", "throw"),
    ("tulips along a fence and a watering can beside them", "watering can"),
    ("a teenager reading a paper map indoors", "map"),
])
def test_a_thing_read_as_a_verb_or_lost_to_the_place_is_read(prompt: str, noun: str) -> None:
    assert noun in {e.noun for e in read_scene(prompt).entities}, prompt


def test_indoors_after_a_thing_still_sets_the_scene_indoors() -> None:
    scene = read_scene("two brothers playing chess indoors on a snowy day")
    assert scene.setting.indoor and "chess" in {e.noun for e in scene.entities}


@pytest.mark.parametrize("prompt", ["a dog tired walks home", "a man seated play chess"])
def test_a_verb_after_a_past_form_of_a_named_thing_stays_a_verb(prompt: str) -> None:
    assert {"walk", "play"}.isdisjoint({e.noun for e in read_scene(prompt).entities}), prompt


def test_a_window_seat_keeps_its_room_and_mud_its_dirt() -> None:
    assert read_scene("a girl reading on a window seat with a blanket").setting.indoor
    assert read_scene("a piglet splashing in mud beside a trough").setting.terrain == "dirt"


@pytest.mark.parametrize("prompt", ["a grinning jack-o'-lantern on a porch step",
                                    "a carved jack-o-lantern by the gate"])
def test_a_jack_o_lantern_is_one_thing_drawn_as_a_pumpkin(prompt: str) -> None:
    nouns = {e.noun: e for e in read_scene(prompt).entities}
    assert "jack-o-lantern" in nouns and not {"jack", "lantern"} & set(nouns), prompt
    assert nouns["jack-o-lantern"].glyph == "🎃"
