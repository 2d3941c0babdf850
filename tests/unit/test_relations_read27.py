"""Relations read with another predicate, as classes: clothing named after "in" or "with" that no word list knows,
a ride on someone's back, an animal walked or a thing fixed at one's side, vehicles passing a row of fronts, a
person hanging from a rope, what is fed from a bag, food eaten from a plate, what stands under a thing that has a
side, things drawn on a board, a drink held on a seat, a thing with its own side after a "with" list, a craft
leaving the ground — through the real rules planner. Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.plan import Plan
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity, plan_of


def related(plan: Plan, thing: str, other: str) -> set[str]:
    """Every predicate the plan states between the two, either way round."""
    a, b = entity(plan, thing), entity(plan, other)
    return {r.predicate for r in plan.scene.relations if {r.subject, r.object} == {a.id, b.id}}


@pytest.mark.parametrize(("prompt", "person", "garment"), [
    ("A baby in a yellow snowsuit sitting on a sledge", "baby", "snowsuit"),
    ("An old woman in a headscarf selling apples at a market stall", "woman", "headscarf"),
    ("A burglar in a black balaclava climbing through a window", "burglar", "balaclava"),
])
def test_clothing_after_in_is_worn_though_no_word_list_names_it(prompt: str, person: str, garment: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, person, "wearing", garment) and not stated(plan, person, "in", garment), prompt


def test_a_worn_thing_drawn_by_meaning_as_no_garment_is_drawn_as_clothing() -> None:
    plan = plan_of("A baby in a yellow snowsuit sitting on a sledge")
    assert entity(plan, "snowsuit").glyph != "⛄"  # worn, so not the snowman its name is nearest to


def test_a_worn_thing_that_is_no_clothing_keeps_its_picture() -> None:
    plan = plan_of("A man at a bus stop glancing at his wristwatch in the rain")
    assert entity(plan, "wristwatch").stand_in != "shirt"  # a watch is no garment, whatever stands in for it


def test_clothing_after_with_is_worn_and_a_knitted_one_is_held() -> None:
    plan = plan_of("A cowboy with a red neckerchief knitting a grey scarf by the campfire")
    assert stated(plan, "cowboy", "wearing", "neckerchief") and stated(plan, "cowboy", "holding", "scarf")


@pytest.mark.parametrize(("prompt", "rider", "carrier"), [
    ("A baby monkey riding on its mother's back through the jungle", "monkey", "mother"),
    ("A small girl riding on her uncle's shoulders at a summer fair", "girl", "uncle"),
])
def test_riding_on_someones_back_or_shoulders_is_riding_them(prompt: str, rider: str, carrier: str) -> None:
    assert related(plan_of(prompt), rider, carrier) == {"riding"}, prompt


@pytest.mark.parametrize(("prompt", "person", "thing"), [
    ("An old man walking three greyhounds along a canal at dawn", "man", "greyhound"),
    ("A teenager repairing her scooter on the pavement", "teenager", "scooter"),
    ("A dad washing a muddy jeep in the yard", "dad", "jeep"),
    ("A man with a beard fixing a broken chain on his son's bicycle", "man", "bicycle"),
])
def test_walking_an_animal_or_fixing_a_thing_is_done_beside_it(prompt: str, person: str, thing: str) -> None:
    assert "next_to" in related(plan_of(prompt), person, thing), prompt


@pytest.mark.parametrize(("prompt", "vehicle", "front"), [
    ("A yellow bus passing a row of shops in the rain", "bus", "shop"),
    ("A delivery van driving past a bakery at dawn", "van", "bakery"),
])
def test_a_vehicle_passing_a_row_of_fronts_is_in_front_of_them(prompt: str, vehicle: str, front: str) -> None:
    assert stated(plan_of(prompt), vehicle, "in_front_of", front), prompt


def test_a_person_hanging_from_a_rope_holds_it_and_a_sloth_hangs_under_a_branch() -> None:
    assert stated(plan_of("A boy in shorts swinging from a vine over a jungle river"), "boy", "holding", "vine")
    sloth = plan_of("A sleepy sloth hanging from a branch in the rain")
    assert stated(sloth, "sloth", "under", "branch") and not stated(sloth, "sloth", "holding", "branch")


def test_what_is_fed_from_a_bag_is_from_the_feeders_hands_and_a_bench_is_sat_on() -> None:
    plan = plan_of("A grandfather feeding ducks from a paper bag by the pond")
    assert stated(plan, "grandfather", "holding", "bag")
    assert stated(plan_of("A woman feeding sparrows from a bench"), "woman", "on", "bench")


def test_food_eaten_from_a_plate_is_before_the_eater_and_an_apple_is_held() -> None:
    plan = plan_of("A little boy eating noodles in a high chair")
    assert related(plan, "noodles", "boy") == {"near"} and stated(plan, "boy", "in", "chair")
    assert not related(plan, "noodles", "chair")  # the chair is the boy's place, not the plate's
    assert stated(plan_of("A girl eating an apple under a tree"), "girl", "holding", "apple")


def test_what_stands_under_a_thing_stands_at_that_things_side() -> None:
    plan = plan_of("A blue van parked under an oak tree outside a small bakery")
    assert stated(plan, "van", "under", "tree") and stated(plan, "van", "in_front_of", "bakery")


def test_a_thing_drawn_beside_a_string_on_a_board_is_on_the_board() -> None:
    plan = plan_of('A chalkboard with "Welcome back" written at the top and a big star drawn below it')
    assert stated(plan, "star", "on", "chalkboard") and not stated(plan, "star", "below", "chalkboard")
    assert stated(plan_of("A round clock above the whiteboard"), "clock", "above", "whiteboard")


def test_a_drink_with_someone_on_a_seat_is_held() -> None:
    plan = plan_of("An old man curled up on a sofa with a mug of cocoa, snow falling outside")
    assert stated(plan, "man", "holding", "mug") and not stated(plan, "mug", "on", "sofa")


def test_a_thing_with_its_own_side_after_a_with_list_is_beside_the_dish() -> None:
    plan = plan_of("A stack of pancakes topped with raspberries and syrup, a fork on the left")
    assert stated(plan, "raspberry", "on", "pancake") and stated(plan, "fork", "left_of", "pancake")
    assert not stated(plan, "fork", "on", "pancake")  # no topping: a thing of its own, at the stack's side


def test_a_desk_with_a_lamp_and_a_plant_on_the_right_keeps_both_on_the_desk() -> None:
    assert stated(plan_of("A desk with a lamp and a plant on the right"), "plant", "on", "desk")


def test_a_craft_leaving_the_ground_rises_above_it_and_a_fox_walks_away() -> None:
    assert stated(plan_of("A cartoon of a spaceship leaving the moon"), "spaceship", "above", "moon")
    assert not stated(plan_of("A fox leaving its den at dusk"), "fox", "above", "den")


def test_who_grills_on_a_barbecue_stands_beside_it() -> None:
    plan = plan_of("A woman grilling sausages on a barbecue in the garden")
    assert stated(plan, "sausage", "on", "barbecue") and stated(plan, "woman", "next_to", "barbecue")
