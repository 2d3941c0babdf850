"""Things named but never made, and settings misread, through the real planner and the real draft engine
(sentences written for these tests, in no prompt set):

1. A group head before "of" counts what follows, as before its noun: "a caravan of three camels" is three camels.
2. An instrument's player is a musician holding the instrument: "a trumpet player" draws a trumpet too; "a chess
   player" stays one person.
3. A garment's or a vessel's part after "the … of" is the whole: "the sleeve of a wool coat" is the coat.
4. A season the ground or the leaves show is read: snow on open ground is winter, falling or raked leaves autumn;
   a season named wins.
5. The sea a scene is by or above is its far view ("a bench by the sea").
6. A wide place a thing is over or rains onto is drawn too ("a balloon over the ocean", "a cloud raining onto a
   mountain"), and water a row of things stands along ("cottages along a river"); "a goat on a mountain" is not.
7. A prompt that opens on a building's front sees it from the street, and draws it.
8. A compound's head decides what it is: a river's banks are its edge (no bank building), a hard hat a safety
   helmet worn, a perfume bottle no baby's bottle, a volcano model (or a model of a volcano) a volcano.
9. An aquarium named as a thing is a fish tank in a room with the fish in it; a visit keeps the place.
10. "Shooting hoops" draws the basketball, held.
11. A material before a use word is the thing's material, never one doing it: "a slate serving board" is a board
    of slate, no slate serving.
12. A medium named after "an illustration" is the style ("an illustration of a lighthouse, in gouache").
13. A desk or a monitor puts a place-less scene in a room; a picnic table or "outside the door" out of doors.
14. After a verb of seeing, the bare verb after its object is a verb: "watching a turtle glide past" draws the
    turtle, not a glide; "watching the kitchen sink" keeps the sink.
15. A hive is drawn (as a bee, as a beehive is).
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_settings_read10 import setting_of
from tests.unit.test_unknown_nouns10 import entity, related


def drawn(prompt: str, noun: str) -> bool:
    plan = plan_of(prompt)
    subjects = person(plan, noun)
    return bool(subjects) and bool(ink_mask(plan, subjects[0]).any())


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("A caravan of three camels resting by an oasis", "camel", 3),
    ("A convoy of trucks crossing a desert", "truck", 4),
    ("A parade of ducklings crossing a garden path", "duckling", 5),
])
def test_a_group_head_before_of_counts_what_follows(prompt: str, noun: str, count: int) -> None:
    scene = read_scene(prompt)
    assert entity(scene, noun).count == count
    assert not {"caravan", "convoy", "parade"} & {e.noun for e in scene.entities}


@pytest.mark.parametrize(("prompt", "instrument", "count"), [
    ("A trumpet player on a street corner at night", "trumpet", 1),
    ("Two violin players in a park", "violin", 2),
    ("A banjo player on a porch", "banjo", 1),
])
def test_an_instrument_player_holds_the_instrument(prompt: str, instrument: str, count: int) -> None:
    plan = plan_of(prompt)
    assert ("musician", "holding", instrument) in related(plan.scene)
    assert entity(plan.scene, "musician").count == entity(plan.scene, instrument).count == count
    assert drawn(prompt, instrument)


def test_a_player_of_a_game_stays_one_person() -> None:
    assert [e.noun for e in read_scene("A chess player in a park").entities] == ["player"]


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A moth resting on the sleeve of a wool coat", ("moth", "on", "coat")),
    ("A ladybug crawling along the brim of a straw hat", ("ladybug", "on", "hat")),
    ("A bee on the handle of a blue mug", ("bee", "on", "mug")),
])
def test_a_part_of_a_garment_or_vessel_is_the_whole(prompt: str, relation: tuple[str, str, str]) -> None:
    scene = read_scene(prompt)
    assert relation in related(scene)
    assert not {"sleeve", "brim", "handle"} & {e.noun for e in scene.entities}


def test_what_sleeps_in_a_pocket_is_in_the_pocket() -> None:
    assert ("hedgehog", "in", "pocket") in related(read_scene("A hedgehog asleep in the pocket of an old jacket"))


@pytest.mark.parametrize(("prompt", "season"), [
    ("A rabbit hopping across a snowy meadow", "winter"),
    ("Two kids building a snowman in the park", "winter"),
    ("A squirrel burrowing in a pile of leaves", "autumn"),
    ("A girl raking leaves in the garden", "autumn"),
    ("A snowy village in spring", "spring"),
])
def test_the_ground_or_the_leaves_show_the_season(prompt: str, season: str) -> None:
    assert plan_of(prompt).scene.setting.season == season


def test_snow_indoors_says_no_season() -> None:
    assert plan_of("A snow globe on a desk").scene.setting.season is None


@pytest.mark.parametrize("prompt", [
    "A girl reading on a bench by the sea",
    "A lighthouse keeper's cottage beside the ocean at dusk",
    "A motorbike on a cliff road overlooking the sea",
])
def test_the_sea_a_scene_is_by_is_its_view(prompt: str) -> None:
    assert setting_of(prompt)["backdrop"] == "sea"


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A hot air balloon drifting over the ocean", ("hot air balloon", "above", "ocean")),
    ("An eagle circling above a mountain at dawn", ("eagle", "above", "mountain")),
    ("A grey cloud raining onto a mountain", ("cloud", "above", "mountain")),
    ("Stone cottages along a river at dusk", ("cottage", "next_to", "river")),
])
def test_a_wide_place_under_a_thing_is_drawn(prompt: str, relation: tuple[str, str, str]) -> None:
    assert relation in related(plan_of(prompt).scene)
    assert drawn(prompt, relation[2])


def test_the_ocean_is_drawn_as_water() -> None:
    assert entity(read_scene("A hot air balloon drifting over the ocean"), "ocean").glyph == "🌊"


@pytest.mark.parametrize("prompt", ["A goat standing on a mountain",
                                    "A helicopter hovering above a snowy mountain peak"])
def test_a_thing_on_a_wide_place_stands_on_the_ground(prompt: str) -> None:
    assert "mountain" not in {e.noun for e in read_scene(prompt).entities}


def test_a_sailboat_on_the_sea_floats_on_the_ground() -> None:
    scene = read_scene("A sailboat on the sea")  # the sea is drawn too (test_nouns_read17), nothing stands on it
    assert scene.setting.terrain == "water" and not scene.relations


@pytest.mark.parametrize(("prompt", "building"), [
    ("The front of an old bookshop with a bench outside", "bookshop"),
    ("The front of a tiny bakery at dawn", "bakery"),
    ("Watercolor: the front of a little cafe in the rain", "cafe"),
])
def test_a_building_front_is_seen_from_the_street(prompt: str, building: str) -> None:
    assert setting_of(prompt)["indoor"] is False
    assert drawn(prompt, building)


def test_the_front_of_a_room_stays_indoors() -> None:
    assert setting_of("A teacher standing at the front of the classroom")["indoor"] is True


@pytest.mark.parametrize(("prompt", "water"), [
    ("Geese resting on the river banks at dusk", "river"),
    ("A heron standing on the bank of the canal", "canal"),
])
def test_a_bank_of_water_is_its_edge(prompt: str, water: str) -> None:
    scene = plan_of(prompt).scene
    assert "bank" not in {e.noun for e in scene.entities}
    assert scene.setting.place == water


@pytest.mark.parametrize(("prompt", "noun", "glyph"), [
    ("A builder in a yellow hard hat", "hard hat", "⛑"),
    ("A perfume bottle on a vanity table", "perfume bottle", "🧴"),
    ("A pepper grinder next to a bowl of pasta", "pepper grinder", "🧂"),
])
def test_a_compound_is_drawn_by_its_own_stand_in(prompt: str, noun: str, glyph: str) -> None:
    assert entity(read_scene(prompt), noun).glyph == glyph


def test_a_hard_hat_is_worn() -> None:
    assert ("builder", "wearing", "hard hat") in related(read_scene("A builder in a yellow hard hat"))


@pytest.mark.parametrize(("prompt", "noun"), [
    ("A volcano model on a classroom table", "volcano"),
    ("A model of a lighthouse on a windowsill", "lighthouse"),
    ("A replica of a pirate ship in a museum", "ship"),
])
def test_a_model_is_the_thing_it_copies(prompt: str, noun: str) -> None:
    assert drawn(prompt, noun)
    assert "model" not in {e.noun for e in read_scene(prompt).entities}


def test_a_fashion_model_is_a_person() -> None:
    assert entity(read_scene("Two fashion models on a catwalk"), "model").count == 2


@pytest.mark.parametrize(("prompt", "fish", "under"), [
    ("An aquarium with four goldfish", "goldfish", None),
    ("Two goldfish in a small aquarium on a desk", "goldfish", "desk"),
    ("A hermit crab in a glass aquarium on a bookshelf", "crab", "bookshelf"),
])
def test_an_aquarium_named_as_a_thing_is_a_tank(prompt: str, fish: str, under: str | None) -> None:
    plan = plan_of(prompt)
    assert (fish, "in", "fish tank") in related(plan.scene)
    if under is not None:
        assert ("fish tank", "on", under) in related(plan.scene)
    assert plan.scene.setting.indoor is True
    assert drawn(prompt, "fish tank")


def test_a_visit_to_the_aquarium_keeps_the_place() -> None:
    scene = read_scene("A family at the aquarium watching sharks")
    assert scene.setting.place == "aquarium" and "fish tank" not in {e.noun for e in scene.entities}


@pytest.mark.parametrize(("prompt", "player"), [
    ("Two teenagers shooting hoops in a driveway", "teenager"),
    ("An old man shooting hoops in the park at dusk", "man"),
])
def test_shooting_hoops_draws_the_ball(prompt: str, player: str) -> None:
    plan = plan_of(prompt)
    assert (player, "holding", "basketball") in related(plan.scene)
    assert drawn(prompt, "basketball")


def test_hoops_jumped_through_are_no_ball() -> None:
    assert "basketball" not in {e.noun for e in read_scene("A dog jumping through hoops").entities}


@pytest.mark.parametrize(("prompt", "noun", "material"), [
    ("A marble serving board with figs and cheese", "board", "marble"),
    ("Blue cheese on a slate cutting board", "cutting board", "slate"),
])
def test_a_material_before_a_use_is_the_material(prompt: str, noun: str, material: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, noun).material == material
    assert not {"marble", "slate"} & {e.noun for e in scene.entities}


def test_a_glass_holding_water_still_holds_it() -> None:
    # a drinking glass is a container by its first senses, so what it holds is in it
    assert ("water", "in", "glass") in related(read_scene("A glass holding water"))


@pytest.mark.parametrize(("prompt", "style"), [
    ("An illustration of a lighthouse at dusk, in gouache", "watercolor"),
    ("A storybook illustration of a bear, watercolour", "watercolor"),
    ("An illustration of a fox", "flat"),
])
def test_a_medium_after_an_illustration_is_the_style(prompt: str, style: str) -> None:
    assert plan_of(prompt).scene.style == style


@pytest.mark.parametrize(("prompt", "indoor"), [
    ("A desk with a monitor and a potted cactus", True),
    ("A gaming setup with two monitors and a keyboard", True),
    ("Grandparents playing cards at a picnic table", False),
    ("A dog waiting outside the front door", False),
])
def test_things_say_indoors_or_out(prompt: str, indoor: bool) -> None:
    assert setting_of(prompt)["indoor"] is indoor


@pytest.mark.parametrize(("prompt", "noun", "verb"), [
    ("A diver watching a turtle glide past a coral reef", "turtle", "glide"),
    ("A girl watching a hawk soar above the hills", "hawk", "soar"),
    ("Kids watching a paper boat float down a stream", "boat", "float"),
])
def test_a_seen_things_verb_is_no_noun(prompt: str, noun: str, verb: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, noun).count == 1
    assert verb not in {e.noun for e in scene.entities}


def test_a_thing_watched_keeps_its_name() -> None:
    assert entity(read_scene("A cat watching the kitchen sink"), "sink").glyph is not None


def test_a_hive_is_drawn() -> None:
    assert drawn("Three wooden hives at the edge of a meadow", "hive")
