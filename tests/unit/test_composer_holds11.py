"""Relations the reader states and the picture now holds — through the real rules planner and the real draft
engine, judged with the benchmark's own geometry on each thing's ink.

1. What a perched thing is over stands under its support: "an owl on a branch high above a sleeping fox" had the
   fox stand apart in the row, and "above" was dropped because the owl already sat on the tree.
2. A bird the free sky put where a nearer thing stands over it is drawn in front of that thing: doves over a
   wedding chapel that filled a card were drawn first, like all the sky, and one was hidden (a count of three
   showed two). A flier said to be behind something keeps its place in the order (a pilot in front of his plane).
3. What stands in front of, or under, several copies of a thing stands by the nearest copy: a stone lantern in
   front of cherry trees stood before the first tree, the furthest back, behind the nearer trees' feet.
4. A ramp, a gurney, a railing and a crater are drawn as forms of their own: they had no drawing ("there is no
   pictogram for the ramp"), so what was on them or next to them was related to nothing.
5. A free swimmer or flier beside a thing attached in another group goes beside that thing, not beside the whole
   group: a turtle beside a diver swimming above a reef stood off past the reef's end, or high over the diver's
   head (next to means side by side, level).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.geometry import intersection_area
from tests.unit.test_composer_holds10 import holds, ink, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import ink_share, subjects

# 1. Over what stands under the support


@pytest.mark.parametrize(("prompt", "perched", "support", "below"), [
    ("a squirrel sitting on a branch high above a sleeping dog", "squirrel", "branch", "dog"),
    ("a parrot perched on a tree above a resting cat", "parrot", "tree", "cat"),
    ("an eagle on a branch high above a rabbit in a meadow", "eagle", "branch", "rabbit"),
])
def test_what_a_perched_thing_is_over_stands_under_its_support(prompt: str, perched: str, support: str,
                                                              below: str) -> None:
    plan = planned(prompt)
    assert stated(plan, perched, "on", support) and stated(plan, perched, "above", below), prompt
    assert holds(plan, perched, "on", support), prompt
    assert holds(plan, perched, "above", below), prompt
    assert not any(below in s and "not shown" in s for s in plan.shortfalls), plan.shortfalls  # said as kept
    assert any("Relations kept" in n and f"above the {below}" in n for n in plan.notes), plan.notes


def test_a_thing_too_big_to_stand_under_the_support_is_left_where_it_was() -> None:
    plan = planned("a robin on a fence post above a farmhouse")
    if stated(plan, "robin", "on", "fence post") and stated(plan, "robin", "above", "farmhouse"):
        assert any("above the farmhouse is not shown" in s for s in plan.shortfalls), plan.shortfalls
    house, post = subjects(plan, "farmhouse"), subjects(plan, "fence post")
    assert house and post and house[0].box[3] - house[0].box[1] > post[0].box[3] - post[0].box[1]


# 2. Fliers in front of what would hide them


def test_doves_over_a_chapel_that_fills_the_card_all_show() -> None:
    plan = planned("a save the date card for a wedding with three white doves at the top")
    doves, chapel = subjects(plan, "dove"), subjects(plan, "wedding")
    assert len(doves) == 3 and len(chapel) == 1
    assert all(ink_share(plan, dove) >= 0.04 for dove in doves)  # each one visible, as the benchmark counts
    covered = [d for d in doves if intersection_area(d.box, chapel[0].box) > 0.5 * intersection_area(d.box, d.box)]
    assert covered and all(d.z > chapel[0].z and d.depth <= chapel[0].depth for d in covered)


@pytest.mark.parametrize("prompt", ["a pilot standing in front of a small plane",
                                    "a pilot with a suitcase walking in front of a big jet"])
def test_a_flier_behind_someone_stays_behind(prompt: str) -> None:
    plan = planned(prompt)
    plane, pilot = subjects(plan, "plane" if "plane" in prompt else "jet")[0], subjects(plan, "pilot")[0]
    assert stated(plan, "pilot", "in_front_of", plane.label), prompt
    assert pilot.z > plane.z and holds(plan, "pilot", "in_front_of", plane.label), prompt


# 3. In front of, or under, the nearest copy


@pytest.mark.parametrize(("prompt", "thing", "predicate", "host"), [
    ("a wooden bench in front of the pine trees", "bench", "in_front_of", "tree"),
    ("a stone lantern standing in front of the cherry trees", "lantern", "in_front_of", "tree"),
    ("a small fox in front of four birch trees", "fox", "in_front_of", "tree"),
    ("a dog sitting in front of the tents", "dog", "in_front_of", "tent"),
    ("a cat sleeping under the palm trees", "cat", "under", "palm tree"),
])
def test_what_is_before_several_copies_stands_by_the_nearest(prompt: str, thing: str, predicate: str,
                                                             host: str) -> None:
    plan = planned(prompt)
    copies = subjects(plan, host)
    assert len(copies) > 1 and stated(plan, thing, predicate, host), prompt
    assert holds(plan, thing, predicate, host), prompt
    nearest = max(c.box[3] for c in copies)
    assert all(abs(s.box[3] - nearest) < 0.1 for s in subjects(plan, thing)), prompt  # at the nearest one's foot


# 4. Made things drawn as forms


@pytest.mark.parametrize(("prompt", "thing", "predicate", "made", "form"), [
    ("an astronaut standing next to a crater on the moon", "astronaut", "next_to", "crater", "crater"),
    ("a cat sitting on the railing of a balcony", "cat", "on", "railing", "railing"),
    ("a paramedic standing beside an empty stretcher", "paramedic", "next_to", "stretcher", "gurney"),
    ("a boy with a skateboard next to a ramp in the park", "boy", "next_to", "ramp", "ramp"),
    ("a doctor near a gurney in the hospital corridor", "doctor", "near", "gurney", "gurney"),
])
def test_a_made_thing_with_no_pictogram_is_drawn_as_its_form(prompt: str, thing: str, predicate: str, made: str,
                                                             form: str) -> None:
    plan = planned(prompt)
    assert [(s.glyph, s.form) for s in subjects(plan, made)] == [(None, form)], prompt
    assert ink(plan, made) is not None, prompt
    assert not any(f"no pictogram for the {made}" in s for s in plan.shortfalls), plan.shortfalls
    assert stated(plan, thing, predicate, made) and holds(plan, thing, predicate, made), prompt


# 5. Beside a thing attached in another group


@pytest.mark.parametrize(("prompt", "thing", "other"), [
    ("a scuba diver hovering above a shipwreck next to a shark", "scuba diver", "shark"),
    pytest.param("a seal swimming above the rocks next to a diver", "seal", "diver", marks=pytest.mark.xfail(
        strict=True, reason="a lone 'diver' is drawn as the bird of that name (no person or animal in the "
                            "draft), so chained_places.OVER_SIDES also puts the rocks next to it and the picture "
                            "cannot fit them: known, to be narrowed")),
    ("a diver swimming above the seaweed next to a big octopus", "diver", "octopus"),
])
def test_a_free_swimmer_goes_beside_the_attached_thing_itself(prompt: str, thing: str, other: str) -> None:
    plan = planned(prompt)
    assert stated(plan, thing, "next_to", other), prompt
    assert holds(plan, thing, "next_to", other), prompt
