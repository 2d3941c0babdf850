"""Relation shapes the reader left unread or read another way: a side after a thing "with" put on a surface, a
container that holds things, and the side opposite one already taken — through the real rules planner. Sentences
of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "thing", "side", "other", "surface"), [
    ("A desk with a lamp to the left of a mug", "lamp", "left_of", "mug", "desk"),
    ("A windowsill with a cactus to the right of a teapot", "cactus", "right_of", "teapot", "windowsill"),
    ("A picnic table with a teacup next to a sugar bowl", "teacup", "next_to", "bowl", "table"),
])
def test_a_side_after_a_thing_on_a_surface_is_that_things(prompt: str, thing: str, side: str, other: str,
                                                          surface: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, side, other) and stated(plan, other, "on", surface), prompt
    assert not stated(plan, surface, side, other), prompt


def test_a_thing_with_a_carried_thing_keeps_its_side() -> None:
    plan = plan_of("A knight with a lance beside a well")
    assert stated(plan, "knight", "next_to", "well") and not stated(plan, "lance", "next_to", "well")


@pytest.mark.parametrize(("prompt", "vessel", "held"), [
    ("A lamp to the left of a jar holding four pencils", "jar", "pencil"),
    ("A shelf with a clock next to a basket holding three lemons", "basket", "lemon"),
    ("A muffin tin holding a dozen cupcakes", "muffin tin", "cupcake"),
    ("An old cake tin holding two sandwiches", "tin", "sandwich"),
])
def test_a_container_that_holds_things_has_them_in_it(prompt: str, vessel: str, held: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, held, "in", vessel), prompt
    assert not stated(plan, vessel, "holding", held), prompt


def test_a_person_beside_a_bowl_still_holds_what_they_hold() -> None:
    plan = plan_of("A girl next to a bowl holding a spoon")
    assert stated(plan, "girl", "holding", "spoon") and not stated(plan, "spoon", "in", "bowl")


def test_a_thing_after_held_ones_with_a_side_of_its_own_is_not_held() -> None:
    plan = plan_of("A tray holding two cups and a teapot on the left")
    assert stated(plan, "cup", "on", "tray") and not stated(plan, "teapot", "on", "tray")
    assert stated(plan, "teapot", "left_of", "tray")


def test_the_side_opposite_one_taken_pairs_with_the_same_thing() -> None:
    plan = plan_of("A shelf with a candle to the left of a vase and an hourglass on the right")
    assert stated(plan, "candle", "left_of", "vase") and stated(plan, "hourglass", "right_of", "vase")


@pytest.mark.parametrize(("prompt", "container", "things"), [
    ("A tote bag on a chair with a towel, a book and two apples poking out of it", "bag", ("towel", "book", "apple")),
    ("A backpack with a map and a flashlight sticking out of it", "backpack", ("map", "flashlight")),
])
def test_a_list_sticking_out_of_a_container_is_all_in_it(prompt: str, container: str, things: tuple[str, ...]) -> None:
    plan = plan_of(prompt)
    assert [stated(plan, t, "in", container) for t in things] == [True] * len(things), prompt


def test_a_list_under_a_thing_is_all_under_it_and_no_longer_on_it() -> None:
    plan = plan_of("A table with a cat and a dog sleeping under it")
    assert stated(plan, "cat", "under", "table") and stated(plan, "dog", "under", "table")
    assert not stated(plan, "cat", "on", "table")


def test_a_thing_of_the_list_with_its_own_place_keeps_it() -> None:
    plan = plan_of("A mug of cocoa with a cinnamon stick on the rim and marshmallows floating in it")
    assert stated(plan, "marshmallow", "in", "mug") and not stated(plan, "stick", "in", "mug")


@pytest.mark.parametrize(("prompt", "thing", "animal"), [
    ("A sleepy beagle on a porch step with a bone next to its paws", "bone", "beagle"),
    ("A pony in a paddock with a bucket beside its hooves", "bucket", "pony"),
])
def test_a_thing_by_an_animals_paws_is_by_the_animal(prompt: str, thing: str, animal: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "next_to", animal), prompt
    assert not [e for e in plan.scene.entities if e.noun in ("paw", "hoof")], prompt


@pytest.mark.parametrize(("prompt", "water", "other"), [
    ("A poster with a moon above a hill and a pond below it", "pond", "hill"),
    ("A castle on a hill and a river below it", "river", "hill"),
])
def test_water_read_as_the_place_stands_below_the_thing_named_before_it(prompt: str, water: str, other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, water, "below", other), prompt


@pytest.mark.parametrize(("prompt", "doer", "front"), [
    ("A teen boy with a red cap skateboarding past a brick wall", "boy", "wall"),
    ("An old man walking his dog past a wooden fence", "man", "fence"),
    ("A courier cycling past a row of shops", "courier", "shop"),
])
def test_going_past_an_upright_thing_is_in_front_of_it(prompt: str, doer: str, front: str) -> None:
    assert stated(plan_of(prompt), doer, "in_front_of", front), prompt


def test_going_past_someone_stays_near() -> None:
    plan = plan_of("A girl kicking a ball past a goalkeeper")
    assert stated(plan, "girl", "near", "goalkeeper") and not stated(plan, "girl", "in_front_of", "goalkeeper")


def test_a_thing_strapped_on_its_roof_is_on_the_vehicle_and_no_building_is_added() -> None:
    plan = plan_of("A camper van with two kayaks tied on its roof, parked by a lake with pines behind it")
    assert stated(plan, "kayak", "on", "van") and not stated(plan, "kayak", "behind", "van")
    assert not [e for e in plan.scene.entities if e.noun == "rooftop"]


def test_a_pronoun_after_a_place_named_with_relates_nothing_of_the_clause() -> None:
    plan = plan_of("A barn with a weathervane on its roof, beside a meadow with hills behind it")
    assert not stated(plan, "weathervane", "behind", "barn")


@pytest.mark.parametrize(("prompt", "rider", "giver"), [
    ("A tall father giving his son a shoulder ride at a parade", "son", "father"),
    ("A grandpa gives his granddaughter a piggyback ride on the beach", "granddaughter", "grandpa"),
])
def test_a_ride_given_on_the_back_puts_the_rider_on_the_giver(prompt: str, rider: str, giver: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, rider, "on", giver), prompt
    assert not [e for e in plan.scene.entities if "ride" in e.noun], prompt


def test_a_thing_after_a_comma_that_follows_a_garment_is_not_worn() -> None:
    plan = plan_of("A toddler in a booster seat wearing a bib, a plate of peas on the tray in front of him")
    assert stated(plan, "toddler", "wearing", "bib") and not stated(plan, "toddler", "wearing", "plate")
    assert stated(plan, "plate", "in_front_of", "toddler")


def test_garments_listed_after_commas_are_all_worn() -> None:
    plan = plan_of("A man wearing a hat, a scarf and gloves")
    assert [stated(plan, "man", "wearing", g) for g in ("hat", "scarf", "glove")] == [True, True, True]


@pytest.mark.parametrize(("prompt", "rider", "host"), [
    ("A doghouse in a yard with a bowl beside it and a cat sleeping on top", "cat", "doghouse"),
    ("A shed by a pond with a ladder against it and a heron in a blue collar standing on top", "heron", "shed"),
])
def test_one_named_after_and_on_top_is_on_what_with_belonged_to(prompt: str, rider: str, host: str) -> None:
    assert stated(plan_of(prompt), rider, "on", host), prompt
