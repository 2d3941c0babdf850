"""Relations read by what the things are and how the clause is built — through the real rules planner.

1. A compound garment ("a party hat", "a cowboy hat") is worn as its head word is, and only a face wears glasses:
   a thing "with sunglasses" wears them, a towel or a bag with them does not.
2. Someone "on" a bus, a train or a tram rides inside it.
3. Bubbles blown float near the blower, not in the hands.
4. A trade that serves across a counter or a stall stands behind it; anyone else at a counter stands beside it.
5. A person after the thing a person's verb works on is that person's companion ("baking bread with his
   granddaughter"), not the bread's.
6. "them" after two single people is the two of them; a thing set apart by a comma with its own participle ("…, a
   lantern hanging above them") is a subject of its own, not one more thing "with" named.
7. A kite flown over a hill is up on its string: its flyer stands on the hill.
8. What another thing is on, named right before "in" a water, floats in it ("a frog on a lily pad in a pond").
9. "…, a fern to their right and an owl circling above": the owl is above the first subject, the fern placed
   already.
10. Under a spotlight, a chandelier or a hanging lamp is below it; a standing lamp or string lights stay "under".
11. A part picked out of a row by where it stands ("a crow on the nearest roof") is on the row of buildings.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity, plan_of

# 1. Worn compounds and glasses on a face


@pytest.mark.parametrize(("prompt", "wearer", "worn"), [
    ("a squirrel in a party hat juggling acorns", "squirrel", "party hat"),
    ("a robot in a party hat waving at a cake", "robot", "party hat"),
    ("a pineapple with heart-shaped sunglasses next to a lemon", "pineapple", "sunglasses"),
    ("a grinning watermelon with goggles on a beach", "watermelon", "goggles"),
])
def test_a_worn_compound_or_glasses_are_worn(prompt: str, wearer: str, worn: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, wearer, "wearing", worn), prompt


@pytest.mark.parametrize(("prompt", "holder", "thing"), [
    ("a striped towel with sunglasses and a paperback", "towel", "sunglasses"),
    ("a straw tote bag with sunglasses", "bag", "sunglasses"),
])
def test_glasses_laid_with_a_cloth_or_a_bag_are_not_worn(prompt: str, holder: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert not stated(plan, holder, "wearing", thing), prompt


def test_a_coin_in_a_bottle_cap_is_in_it_not_wearing_it() -> None:
    plan = plan_of("a shiny coin in a bottle cap on a wooden table")
    assert stated(plan, "coin", "in", "cap")
    assert not stated(plan, "coin", "wearing", "cap")


# 2. Riding inside


@pytest.mark.parametrize(("prompt", "rider", "vehicle"), [
    ("two boys swapping stickers on a city bus", "boy", "bus"),
    ("an old man dozing on the night train", "man", "train"),
    ("a woman reading a newspaper on a crowded tram", "woman", "tram"),
])
def test_someone_on_a_bus_or_a_train_is_in_it(prompt: str, rider: str, vehicle: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, rider, "in", vehicle), prompt
    assert not stated(plan, rider, "on", vehicle), prompt


# 3. Blown bubbles


@pytest.mark.parametrize(("prompt", "blower"), [
    ("a grandfather blowing soap bubbles on the porch", "grandfather"),
    ("two toddlers blowing bubbles in a garden", "toddler"),
])
def test_blown_bubbles_float_near_the_blower(prompt: str, blower: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, blower, "near", "bubble"), prompt
    assert not stated(plan, blower, "holding", "bubble"), prompt


def test_a_blown_instrument_is_still_held() -> None:
    assert stated(plan_of("a girl blowing a trumpet in the park"), "girl", "holding", "trumpet")


# 4. Behind a counter


@pytest.mark.parametrize(("prompt", "worker", "counter"), [
    ("a smiling baker at the counter of a tiny bakery", "baker", "counter"),
    ("a pharmacist with round glasses at her shop counter", "pharmacist", "counter"),
])
def test_a_trade_serving_across_a_counter_stands_behind_it(prompt: str, worker: str, counter: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, worker, "behind", counter), prompt


def test_anyone_else_at_a_counter_stands_beside_it() -> None:
    plan = plan_of("a boy with a cereal bowl at the kitchen counter")
    assert stated(plan, "boy", "next_to", "counter")


# 5. A companion after the worked thing


@pytest.mark.parametrize(("prompt", "doer", "companion", "worked"), [
    ("an old man baking bread with his granddaughter in a small kitchen", "man", "granddaughter", "bread"),
    ("a girl planting tulips with her mother in the garden", "girl", "mother", "tulip"),
])
def test_a_person_after_the_worked_thing_is_the_doers_companion(prompt: str, doer: str, companion: str,
                                                                worked: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, doer, "next_to", companion), prompt
    assert not any({r.subject, r.object} == {entity(plan, companion).id, entity(plan, worked).id}
                   for r in plan.scene.relations), prompt


def test_a_tool_after_the_worked_thing_stays_the_doers_tool() -> None:
    plan = plan_of("a man chopping firewood with an axe")
    assert stated(plan, "man", "holding", "axe")


# 6. "them" for two people, and a thing set apart with its own participle


@pytest.mark.parametrize(("prompt", "thing", "people"), [
    ("a fisherman waits beside a girl with a bucket, a lantern hanging above them", "lantern", ("fisherman", "girl")),
    ("an old man sits next to a nurse, a paper lamp glowing above them", "lamp", ("man", "nurse")),
])
def test_a_thing_above_them_is_above_the_two_people(prompt: str, thing: str, people: tuple[str, str]) -> None:
    plan = plan_of(prompt)
    for person in people:
        assert stated(plan, thing, "above", person), (prompt, person)
        assert not stated(plan, person, "holding", thing), (prompt, person)
    drawn = {s.entity: s for s in plan.subjects}
    hung = drawn[entity(plan, thing).id]
    assert all(hung.box[3] <= drawn[entity(plan, p).id].box[1] + 0.02 for p in people), prompt


def test_a_thing_after_a_comma_with_its_own_participle_is_not_held() -> None:
    plan = plan_of("a chef with a knife, a pot boiling on the stove")
    assert stated(plan, "pot", "on", "stove")
    assert not stated(plan, "chef", "holding", "pot")


# 7. A kite over a hill


@pytest.mark.parametrize(("prompt", "flyer"), [
    ("a girl in a yellow raincoat flying a kite over a windy hill", "girl"),
    ("two kids flying a dragon kite over a green hill", "kid"),
    ("a boy flying a kite shaped like a bird over a steep hill", "boy"),
])
def test_a_kite_flown_over_a_hill_has_its_flyer_on_the_hill(prompt: str, flyer: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, flyer, "on", "hill"), prompt
    assert not stated(plan, flyer, "above", "hill"), prompt


def test_what_flies_over_a_hill_stays_above_it() -> None:
    assert stated(plan_of("a seagull flying over a hill at dawn"), "seagull", "above", "hill")


# 8. What another thing is on, named right before the water, floats in it


@pytest.mark.parametrize(("prompt", "floater", "water"), [
    ("a green frog sitting on a lily pad in a pond", "lily pad", "pond"),
    ("a turtle resting on a log in a river", "log", "river"),
    ("a heron standing on a rock in a stream", "rock", "stream"),
])
def test_a_carrier_named_before_the_water_floats_in_it(prompt: str, floater: str, water: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, floater, "in", water), prompt


# 9. A place adverb after "and" said of the last thing, when the one before it was placed already


@pytest.mark.parametrize(("prompt", "flier", "below"), [
    ("two foxes resting on a log, a fern to their right and an owl circling above", "owl", "fox"),
    ("lions lounging on a rock, a tree to their left and vultures circling overhead", "vulture", "lion"),
])
def test_a_flier_after_a_placed_thing_is_above_the_first_subject(prompt: str, flier: str, below: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, flier, "above", below), prompt


# 10. Under a light that shines from above: below it, lit from over the head


@pytest.mark.parametrize(("prompt", "lit", "light"), [
    ("a juggler on a unicycle under a spotlight", "juggler", "spotlight"),
    ("a pianist playing under a crystal chandelier", "pianist", "chandelier"),
])
def test_under_an_overhead_light_is_below_it_and_drawn_so(prompt: str, lit: str, light: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, lit, "below", light), prompt
    drawn = {s.entity: s for s in plan.subjects}
    assert drawn[entity(plan, light).id].box[3] <= drawn[entity(plan, lit).id].box[1] + 0.05, prompt


@pytest.mark.parametrize(("prompt", "thing", "over"), [
    ("a cat curled up under a floor lamp", "cat", "floor lamp"),
    ("a couple dancing under string lights", "couple", "string light"),
])
def test_under_a_standing_lamp_or_a_canopy_of_lights_stays_under(prompt: str, thing: str, over: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "under", over), prompt


# 11. "the nearest roof" after a row of buildings is one of them


@pytest.mark.parametrize(("prompt", "thing", "row"), [
    ("a row of 4 red fishing shacks along a rocky shore with a crow on the nearest roof", "crow", "fishing shack"),
    ("three cottages on a hill, a cat asleep on the nearest porch", "cat", "cottage"),
])
def test_a_part_picked_out_of_a_row_is_on_the_row(prompt: str, thing: str, row: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "on", row), prompt
