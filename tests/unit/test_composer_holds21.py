"""What the composer holds and says, through the real rules planner and the real draft engine, on the plan's boxes,
the ink each thing leaves and the answer's own words:

1. A side order the layout refuses, because every way to honour it would undo one kept before it, is said as
   such in the answer ("is not shown: it would undo …"), not as a relation that "could not be fitted".
2. A small thing behind a counter (a mug a barista pours into) stands on its top at the back edge, seen, where
   it had stood low past the counter's side and been painted over by it.
3. A thing both beside and in front of another (a shed to the right of a lighthouse and in front of it) keeps
   both: it had kept only the first, standing on the seed's side.
4. On a steps sheet, what a step's picture is in (a bone in a dish) is drawn with it: the dish was drawn by no
   step, and nothing said so.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.engines.base import RenderRequest
from openbanana.imaging.sizes import target_size
from openbanana.planner.scene_geometry import relation_holds
from openbanana.service.generation.thoughts import answer_text
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import ENGINE, SIZE, entity, ink_share, plan_of, subjects

# (prompt, the refused order's three words, the earlier order it would undo)
REFUSED = [("A fox to the left of a rabbit, the rabbit to the left of a deer, and the deer to the left of the fox "
            "in a meadow", ("deer", "fox"), ("fox", "rabbit")),
           ("A mug left of a lamp, the lamp left of a plant, and the plant left of the mug, all on a desk",
            ("plant", "mug"), ("mug", "lamp"))]


@pytest.mark.parametrize(("prompt", "refused", "kept"), REFUSED)
def test_a_refused_side_order_is_said_as_refused(prompt: str, refused: tuple[str, str],
                                                 kept: tuple[str, str]) -> None:
    plan = plan_of(prompt)
    assert not relation_holds("left_of", subjects(plan, refused[0]), subjects(plan, refused[1]))
    assert relation_holds("left_of", subjects(plan, kept[0]), subjects(plan, kept[1])), "the earlier order is kept"
    result = ENGINE.render(RenderRequest(plan, SIZE, SIZE, seed=7))
    answer = answer_text(plan, target_size("1:1", "1K"), shortfalls=result.shortfalls)
    assert (f"The {refused[0]} to the left of the {refused[1]} is not shown: it would undo the {kept[0]} to the "
            f"left of the {kept[1]}, kept before it.") in answer, answer
    assert "could not be fitted" not in answer


# (prompt, the small thing, what it is behind)
BEHIND_COUNTERS = [("A smiling barista pouring milk into a mug behind the counter of a coffee shop", "mug"),
                   ("A bartender with a beard pouring beer into a glass behind the counter of a pub", "glass"),
                   ("An old man pouring tea into a teacup behind the counter of a tea shop", "teacup")]


@pytest.mark.parametrize(("prompt", "thing"), BEHIND_COUNTERS)
def test_a_small_thing_behind_a_counter_shows_over_its_top(prompt: str, thing: str) -> None:
    plan = plan_of(prompt)
    drawn, counter = subjects(plan, thing), subjects(plan, "counter")
    assert len(drawn) == 1 and counter
    assert ink_share(plan, drawn[0]) > 0.3, "the counter paints over it"
    assert relation_holds("behind", drawn, counter), "it is no longer behind the counter"


# (prompt, the thing beside and in front, its side, the other)
BESIDE_AND_BEFORE = [("Drone shot of a red lighthouse, a tiny shed to its right and a boat in front of the "
                      "lighthouse", "shed", "right_of", "lighthouse"),
                     ("A big oak tree, a bench to its left and a dog sleeping in front of the tree", "bench",
                      "left_of", "tree")]


@pytest.mark.parametrize(("prompt", "thing", "side", "other"), BESIDE_AND_BEFORE)
def test_a_thing_beside_and_in_front_keeps_both(prompt: str, thing: str, side: str, other: str) -> None:
    plan = plan_of(prompt)
    ida, idb = entity(plan, thing).id, entity(plan, other).id
    stated = {(r.subject, r.predicate, r.object) for r in plan.scene.relations}
    assert {(ida, side, idb), (ida, "in_front_of", idb)} <= stated, "the case is not tested"
    drawn, host = subjects(plan, thing), subjects(plan, other)
    assert relation_holds(side, drawn, host) and relation_holds("in_front_of", drawn, host)
    assert ink_share(plan, drawn[0]) > 0.2, "it is painted over"
    assert not any("could not be fitted" in s for s in plan.shortfalls), plan.shortfalls


def test_what_a_step_picture_is_in_is_drawn_with_it() -> None:
    plan = plan_of('Infographic with three numbered steps to feed a puppy: "Fill the bowl", "Call the puppy", '
                   '"Praise it", and a bone in a dish at the bottom')
    bone, dish = subjects(plan, "bone"), subjects(plan, "dish")
    assert bone and dish, "the dish is drawn by no step"
    assert ink_subjects(plan, "dish")
    assert relation_holds("in", bone, dish)
