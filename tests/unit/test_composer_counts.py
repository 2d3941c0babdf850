"""Counts drawn exactly and things that fill their place, through the real rules planner and the real draft engine,
judged on the ink each copy leaves (what changes when it is left out), as the benchmark judges them:

1. Copies attached to a host (scattered in a bowl, in a row on a table, bunched in a ball of wool) stay on the side
   of it their layer gives them: none is drawn behind the host it should stand in front of.
2. Candles in a number the cake pictogram cannot show stand on a cake drawn with none of its own.
3. A carton and an outdoor wall are drawn as forms; a wall named in a room is the room's own wall.
4. One thing in a field of many (a girl in a field of tulips) stands among them at a fair size, not a speck by the
   first far copy; an umbrella a person pictogram holds is over the head; things near each other are neighbours.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.planner.rules.scene.order import order_row
from openbanana.planner.scene_geometry import relation_holds
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import SIZE, entity, ink_share, plan_of, subjects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks  # the benchmark's own geometry, as tests/unit/test_scene_fidelity.py uses it

VISIBLE = 0.04  # the benchmark's share of a box that must change for a copy to count as drawn


def visible_copies(prompt: str, noun: str) -> tuple[int, int]:
    """(copies planned, copies that leave ink on at least VISIBLE of their box)."""
    plan = plan_of(prompt)
    copies = subjects(plan, noun)
    return len(copies), sum(ink_share(plan, s) >= VISIBLE for s in copies)


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("two goldfish swimming in a round glass jar on the kitchen counter", "goldfish", 2),
    ("three goldfish in a glass bowl on a desk in the study", "goldfish", 3),
    ("a kettle and two mugs set out on a low table under a hanging lamp", "mug", 2),
    ("four puppies curled up together in a ball of red wool", "puppy", 4),
])
def test_every_copy_of_an_attached_thing_shows(prompt: str, noun: str, count: int) -> None:
    assert visible_copies(prompt, noun) == (count, count)


def test_attached_copies_are_never_drawn_further_back_than_the_host_they_cover() -> None:
    plan = plan_of("two goldfish swimming in a round glass jar on the kitchen counter")
    jar = subjects(plan, "jar")[0]
    for fish in subjects(plan, "goldfish"):
        assert fish.z > jar.z and fish.depth <= jar.depth


@pytest.mark.parametrize(("prompt", "count"), [
    ("a vanilla birthday cake with five candles", 5),
    ("Seven lit candles on a strawberry birthday cake", 7),
    ("a birthday cake with one candle", 1),
    ("a birthday cake with three blue candles", 3),  # a colour the pictogram's own candles cannot take
])
def test_candles_in_a_number_the_cake_pictogram_cannot_show_stand_on_a_plain_cake(prompt: str, count: int) -> None:
    plan = plan_of(prompt)
    cake = next(s for s in plan.subjects if "cake" in s.label)
    assert cake.glyph is None and cake.form == "cake"
    assert visible_copies(prompt, "candle") == (count, count)
    assert relation_holds("on", subjects(plan, "candle"), [cake])


def test_three_candles_stay_the_cake_pictograms_own() -> None:
    plan = plan_of("a birthday cake with three candles")
    cake = next(s for s in plan.subjects if "cake" in s.label)
    assert cake.glyph is not None and entity(plan, "candle").id in cake.also_shows
    assert not subjects(plan, "candle")


def test_eggs_in_a_carton_stand_in_a_drawn_carton() -> None:
    prompt = "half a dozen white eggs in an egg carton"
    plan = plan_of(prompt)
    carton = subjects(plan, entity(plan, "egg carton").noun)
    assert carton and carton[0].glyph is None and carton[0].form == "carton"
    assert visible_copies(prompt, "egg") == (6, 6)
    assert relation_holds("in", ink_subjects(plan, "egg"), ink_subjects(plan, "egg carton"))


def test_an_outdoor_wall_is_drawn_and_borne_on() -> None:
    plan = plan_of("a ginger fox sitting on top of a wall in the countryside")
    wall = subjects(plan, "wall")
    assert wall and wall[0].form == "wall"
    assert relation_holds("on", ink_subjects(plan, "fox"), ink_subjects(plan, "wall"))


def test_a_wall_in_a_room_is_the_rooms_own_wall() -> None:
    plan = plan_of("a round mirror on the wall of a small bathroom above the sink")
    assert not [s for s in plan.subjects if s.form == "wall"]
    assert subjects(plan, "mirror")


@pytest.mark.parametrize("prompt", ["a little girl in a field of tulips", "a lamb standing in a meadow of daisies"])
def test_one_thing_in_a_field_stands_among_it_at_a_fair_size(prompt: str) -> None:
    plan = plan_of(prompt)
    one = next(s for s in plan.subjects if s.role == "hero")
    field = [s for s in plan.subjects if s.entity and s.entity != one.entity]
    assert len(field) >= 3
    assert one.box[3] - one.box[1] >= 0.2  # not a speck sized by one far flower
    middle = (one.box[0] + one.box[2]) / 2
    assert min(s.box[0] for s in field) < middle < max(s.box[2] for s in field)  # among them, not at the edge
    assert ink_share(plan, one) >= 0.3  # and the near ones do not hide it


def test_an_umbrella_held_by_a_person_pictogram_is_over_the_head_not_across_the_face() -> None:
    plan = plan_of("a woman standing at the bus stop holding a green umbrella")
    woman, = subjects(plan, "woman")
    umbrella, = subjects(plan, "umbrella")
    assert not woman.figure
    canopy_bottom = umbrella.box[1] + 0.45 * (umbrella.box[3] - umbrella.box[1])
    assert canopy_bottom <= woman.box[1] + 0.02 and umbrella.box[3] > woman.box[1]  # above the head, down to the hand
    assert not umbrella.shadow  # a held thing casts no contact shadow where it stops in the air


def test_things_near_each_other_are_neighbours_in_the_row() -> None:
    order, refused = order_row(["tent", "friends", "mugs", "fire"], [("friends", "near", "fire")])
    assert not refused and abs(order.index("friends") - order.index("fire")) == 1


@pytest.mark.parametrize("prompt", ["a kid jumping in a big puddle",
                                    "a small girl in a green coat splashing in a puddle"])
def test_a_walker_in_a_thing_drawn_in_the_sky_stays_on_the_ground(prompt: str) -> None:
    plan = plan_of(prompt)
    boy = next(s for s in plan.subjects if s.role == "hero")
    sky = [s for s in plan.subjects if s.entity and s.entity != boy.entity]
    puddles = [s for s in plan.subjects if s.form == "puddle"]
    assert boy.box[3] > 0.7  # standing on the ground, not floating inside a rain cloud
    assert all(p.box[1] <= boy.box[3] <= p.box[3] for p in puddles)  # where a puddle is drawn, in it
    assert all(not (s.box[0] <= (boy.box[0] + boy.box[2]) / 2 <= s.box[2] and s.box[1] <= boy.box[3] <= s.box[3])
               for s in sky if s.box[3] < 0.6)


def bench_holds(prompt: str, a: str, b: str) -> bool:
    """The side relation the graph states between a and b, judged as the benchmark judges it: on the union of each
    one's ink, with the benchmark's own geometry (bench/scene_checks.py)."""
    plan = plan_of(prompt)
    ida, idb = entity(plan, a).id, entity(plan, b).id
    relation = next(r for r in plan.scene.relations if r.predicate in ("near", "next_to")
                    and {r.subject, r.object} == {ida, idb})
    boxes = {}
    for noun in (a, b):
        inked = ink_subjects(plan, noun)
        assert inked, noun
        boxes[entity(plan, noun).id] = (min(s.box[0] for s in inked) * SIZE, min(s.box[1] for s in inked) * SIZE,
                                        max(s.box[2] for s in inked) * SIZE, max(s.box[3] for s in inked) * SIZE)
    return bool(scene_checks.relation_holds(relation.predicate, boxes[relation.subject], boxes[relation.object],
                                            0.0, 1.0, (SIZE, SIZE)))


@pytest.mark.parametrize(("prompt", "a", "b"), [
    ("a sparrow pecking at a bowl of seeds left on the park bench", "sparrow", "bowl"),
    ("a pediatrician standing beside a kitten on a long metal table", "pediatrician", "kitten"),
    ("a crow pecking at a pie left on the picnic table", "crow", "pie"),
])
def test_a_thing_alone_on_a_wide_surface_slides_toward_what_it_is_near(prompt: str, a: str, b: str) -> None:
    assert bench_holds(prompt, a, b)


def test_a_child_in_a_rocket_still_rides_in_it() -> None:
    plan = plan_of("a picture book page showing a little girl in a rocket")
    girl, rocket = subjects(plan, "girl"), subjects(plan, "rocket")
    assert girl and rocket and relation_holds("in", girl, rocket)  # only weather is never ridden in


def test_a_thing_on_a_rooms_own_wall_is_said_to_hang_there_not_to_be_undrawable() -> None:
    plan = plan_of("a round clock on the wall over a leather couch")
    assert not [s for s in plan.subjects if s.form == "wall"]
    assert not [line for line in plan.shortfalls if "could not be drawn" in line]
    clock, = subjects(plan, "clock")
    hangs = [note for note in plan.notes if "hangs on the room's back wall" in note]
    assert hangs == ["The clock hangs on the room's back wall."] and clock.box[3] <= plan.background.horizon


@pytest.mark.parametrize(("prompt", "person", "surface"), [
    ("a nurse standing next to a teddy bear on a wide wooden desk", "nurse", "desk"),
    ("a boy beside a birthday cake on the kitchen table", "boy", "table"),
])
def test_a_person_beside_a_thing_on_a_table_stands_beside_the_table_not_on_it(prompt: str, person: str,
                                                                              surface: str) -> None:
    plan = plan_of(prompt)
    who, top = subjects(plan, person), subjects(plan, surface)
    assert who and top
    assert who[0].box[3] > top[0].box[1] + 0.5 * (top[0].box[3] - top[0].box[1])  # feet on the floor, not the top
    relations = {(r.predicate, entity(plan, surface).id) for r in plan.scene.relations
                 if r.subject == entity(plan, person).id}
    assert ("on", entity(plan, surface).id) not in relations
