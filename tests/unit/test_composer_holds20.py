"""What the composer holds, through the real rules planner and the real draft engine, on the plan's boxes and the
ink each thing leaves:

1. A small thing beside a much bigger thing of another group is drawn in front of it, not painted over by it:
   lime wedges laid round a bowl had vanished under the half avocado beside them.
2. A food word before a box names what the box is for: a stack of cake boxes is boxes, not a cake drawn in each
   (which had doubled the count of what was drawn).
3. A child's or a seated figure's clothes sit from the neck down, where the engine paints them: pajamas on a boy
   on a stool had been boxed over his face, and left no ink in their box.
4. A roll of tape, a leash, skewers and a tightrope are drawn, as forms of their own, with what they are in
   relation to; each had been left out ("there is no pictogram for the leash").

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.geometry import intersection_area
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects


def test_small_things_beside_a_bigger_one_are_drawn_in_front_of_it() -> None:
    plan = plan_of("Top-down photo of a taco plate: half an avocado and 3 lime wedges arranged beside a bowl of "
                   "salsa")  # "around" the bowl rings it now (ring_words.py), clear of the avocado
    limes = subjects(plan, "lime wedge")
    assert len(limes) == 3
    assert len(ink_subjects(plan, "lime wedge")) == 3, "a wedge leaves no ink"
    avocado, = subjects(plan, "avocado")
    under = [s for s in limes if intersection_area(s.box, avocado.box) > 0]
    assert under, "no wedge lies where the avocado is: the case is not tested"
    assert all(s.depth < avocado.depth or (s.depth == avocado.depth and s.z > avocado.z) for s in under)


# (prompt, the boxes' noun, how many)
BOXES = [("Two cake boxes stacked on a kitchen counter", "box", 2),
         ("A stack of 4 cookie boxes on a shelf", "box", 4)]


@pytest.mark.parametrize(("prompt", "noun", "count"), BOXES)
def test_a_box_named_for_a_food_is_a_box_alone(prompt: str, noun: str, count: int) -> None:
    plan = plan_of(prompt)
    drawn = subjects(plan, noun)
    assert len(drawn) == count
    assert all(s.label == noun for s in drawn), [s.label for s in drawn]
    assert len(ink_subjects(plan, noun)) == count


def test_a_seated_childs_clothes_are_boxed_from_the_neck_down() -> None:
    plan = plan_of("A little boy in red pajamas sitting on a stool")
    boy, = subjects(plan, "boy")
    pajamas, = subjects(plan, "pajamas")
    assert ink_subjects(plan, "pajamas"), "the pajamas leave no ink in their box"
    assert (pajamas.box[1] + pajamas.box[3]) / 2 > (boy.box[1] + boy.box[3]) / 2, "they sit on the lower body"


# (prompt, the thing, what it stands in relation to)
HELD = [("A toddler holding some masking tape in the garden", "masking tape", "toddler"),
        ("A woman holding a red leash outside a pet shop", "leash", "woman"),
        ("A cook grilling 4 skewers at a night market", "skewer", "cook"),
        ("A bear riding a unicycle on a tightrope at the circus", "tightrope", "unicycle")]


@pytest.mark.parametrize(("prompt", "thing", "other"), HELD)
def test_held_things_and_a_rope_are_drawn(prompt: str, thing: str, other: str) -> None:
    plan = plan_of(prompt)
    drawn = subjects(plan, thing)
    assert drawn and all(s.form for s in drawn), (thing, "has no drawn form")
    assert len(ink_subjects(plan, thing)) == len(drawn) == entity(plan, thing).count
    assert not any(thing in s and "pictogram" in s for s in plan.shortfalls), plan.shortfalls
    assert subjects(plan, other)


# (prompt, the one to the side, which side, what it stands beside)
FREE_SIDES = [("A 3D render of a rocket on a launch pad with a small alien standing to its left", "alien", "left",
               "rocket"),
              ("Clay render of a flying saucer on a launch pad with a tiny robot to its left", "robot", "left",
               "flying saucer"),  # one noun: a saucer alone among food is a plate
              ("A 3D render of a rocket on a launch pad with a tiny astronaut to its right", "astronaut", "right",
               "rocket")]


@pytest.mark.parametrize(("prompt", "thing", "side", "other"), FREE_SIDES)
def test_left_and_right_hold_between_things_placed_free(prompt: str, thing: str, side: str, other: str) -> None:
    plan = plan_of(prompt)
    inked, = ink_subjects(plan, thing)
    beside, = ink_subjects(plan, other)
    centre, other_centre = (inked.box[0] + inked.box[2]) / 2, (beside.box[0] + beside.box[2]) / 2
    assert (centre < other_centre) == (side == "left")
    assert not any("could not be fitted" in s for s in plan.shortfalls), plan.shortfalls
