"""Relations no rule stated before: a made thing beside what it is made next to — through the real rules planner.
Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "made", "predicate", "place", "maker"), [
    ("A girl building a sand tower next to a red spade", "tower", "next_to", "spade", "girl"),
    ("Two boys building a snowman in front of a garage", "snowman", "in_front_of", "garage", "boy"),
    ("An old man shaping a clay vase on a wheel in his shed", "vase", "on", "wheel", "man"),
])
def test_a_made_thing_stands_where_it_is_made(prompt: str, made: str, predicate: str, place: str,
                                              maker: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, made, predicate, place), prompt
    assert not stated(plan, maker, "on", place), prompt


def test_a_made_thing_in_front_of_a_person_leaves_the_maker_there() -> None:
    plan = plan_of("A grandfather naps in a hammock while his grandson builds a snow fort in front of him")
    assert stated(plan, "grandson", "in_front_of", "grandfather")


@pytest.mark.parametrize(("prompt", "wearer", "place"), [
    ("A little girl in a yellow raincoat sitting on a tree stump", "girl", "stump"),
    ("A cartoon sun in round sunglasses lying on a deck chair", "sun", "chair"),
])
def test_the_place_after_a_garment_is_the_wearers(prompt: str, wearer: str, place: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, wearer, "on", place), prompt


@pytest.mark.parametrize(("prompt", "doer", "predicate", "water"), [
    ("Three elephants wading across a wide brown river at sunset", "elephant", "in", "river"),
    ("Two swans gliding across a quiet pond in autumn", "swan", "on", "pond"),
    ("A heron standing by a misty lake while an otter swims near the reeds", "otter", "in", "lake"),
    ("A misty lake at dawn with a wooden rowboat in the middle", "rowboat", "on", "lake"),
    ("A frozen pond in a village, two children skating on the ice", "child", "on", "pond"),
])
def test_who_moves_on_or_in_the_water_is_there(prompt: str, doer: str, predicate: str, water: str) -> None:
    assert stated(plan_of(prompt), doer, predicate, water), prompt


@pytest.mark.parametrize(("prompt", "thing"), [
    ("A hot air balloon floating above a calm lake at dawn", "hot air balloon"),
    ("Two kayaks pulled up on the beach beside a lake", "kayak"),
])
def test_what_floats_above_or_lies_ashore_is_not_on_the_water(prompt: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert not stated(plan, thing, "on", "lake") and not stated(plan, thing, "in", "lake"), prompt


@pytest.mark.parametrize(("prompt", "side", "other"), [
    ("A lighthouse on a rocky point with a fishing village to the right of the lighthouse", "right_of", "lighthouse"),
    ("A windmill turning in the wind with a village behind it", "behind", "windmill"),
])
def test_a_place_drawn_as_its_things_keeps_its_side(prompt: str, side: str, other: str) -> None:
    assert stated(plan_of(prompt), "house", side, other), prompt


def test_what_a_surface_is_spread_with_lies_on_it_in_no_hands() -> None:
    plan = plan_of("Two sisters chatting beside a long table laden with pies and a jug of cider")
    assert stated(plan, "pie", "on", "table") and stated(plan, "jug", "on", "table")
    assert not stated(plan, "sister", "holding", "pie")


def test_what_people_hold_up_after_a_comma_is_in_their_hands() -> None:
    plan = plan_of("Tourists on a bridge in a downpour, umbrellas up, and a bus waiting behind them")
    assert stated(plan, "tourist", "holding", "umbrella")


@pytest.mark.parametrize(("prompt", "light", "under"), [
    ("A lone oak on a grassy hill under dark clouds at dusk", "cloud", "oak"),
    ("A gymnast balancing on one hand in the middle of a bare floor under a pale spotlight", "spotlight", "gymnast"),
])
def test_what_is_overhead_is_above_the_one_under_it(prompt: str, light: str, under: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, light, "above", under) or stated(plan, under, "below", light), prompt


def test_a_young_one_riding_on_its_back_rides_the_animal_not_the_last_thing() -> None:
    plan = plan_of("A mother monkey on a rock in the midday sun with a baby riding on its back")
    assert stated(plan, "baby", "riding", "monkey")


def test_what_hovers_over_a_thing_leaves_it_the_side_on_the_ground() -> None:
    plan = plan_of("A hummingbird hovering over a red tulip next to a stone wall")
    assert stated(plan, "tulip", "next_to", "wall")
