"""Things made and drawn, and relations the composer says as they are — through the real rules planner and the
real draft engine, judged with the benchmark's own geometry on each thing's ink.

1. "Next to" and "near" are said of the things as wholes: three sheep beside a barn were said "could not be fitted"
   because the middle sheep was not itself beside it, though the row of them was; the answer now says what the
   picture shows.
2. What stands in a puddle keeps its own size: kids splashing in a puddle were fitted to its width, a fifth of
   their height; the puddle now spreads under them.
3. A wall people sit on in a room is a low wall, drawn: "two teenagers sitting on a low wall" by a gelato shop was
   taken for the shop's back wall, and they stood on the floor ("stands in the room, not on its wall"). A wall
   no one sits on (a teacher "on the classroom wall", as the reader has it) is still the room's own.
4. A fawn is drawn as a young deer: it had no pictogram, so "a deer and her two fawns" drew no fawn at all.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds10 import holds, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import ink_share, subjects

# 1. Next to and near, said as drawn


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other"), [
    ("three sheep grazing beside an old barn", "sheep", "next_to", "barn"),
    ("two goats standing next to a wooden shed", "goat", "next_to", "shed"),
    ("three cows grazing next to a windmill", "cow", "next_to", "windmill"),
    ("four ducklings swimming near their mother", "duckling", "near", "mother"),
    ("five chicks near a hen", "chick", "near", "hen"),
    ("a toaster in the middle of a kitchen counter with a bunch of grapes next to it", "grape", "next_to",
     "toaster"),
])
def test_copies_beside_a_thing_are_said_to_be_beside_it(prompt: str, thing: str, predicate: str,
                                                        other: str) -> None:
    plan = planned(prompt)
    assert stated(plan, thing, predicate, other), prompt
    assert holds(plan, thing, predicate, other), prompt  # the picture shows it
    assert not any("could not be fitted" in s for s in plan.shortfalls), plan.shortfalls  # and the answer says so
    said = f"{thing} {predicate.replace('_', ' ')} the {other}"
    assert any(n.startswith("Relations kept") and said in n for n in plan.notes), plan.notes


def test_a_claim_of_next_to_is_never_made_where_the_picture_does_not_show_it() -> None:
    plan = planned("a boy and his sister sitting on a stone wall in a cozy cafe")
    assert stated(plan, "boy", "next_to", "sister")
    kept = any(n.startswith("Relations kept") and "boy next to the sister" in n for n in plan.notes)
    assert kept == holds(plan, "boy", "next_to", "sister"), (plan.notes, plan.shortfalls)


# 2. In a puddle, at their own size


@pytest.mark.parametrize(("prompt", "who", "puddle"), [
    ("three children jumping in a puddle", "child", "puddle"),
    ("two kids splashing in a big puddle after the rain", "kid", "puddle"),
    ("a little boy and a dog jumping in a rain puddle", "boy", "puddle"),
])
def test_what_stands_in_a_puddle_keeps_its_size_and_the_puddle_spreads_under_it(prompt: str, who: str,
                                                                              puddle: str) -> None:
    plan = planned(prompt)
    assert stated(plan, who, "on", puddle), prompt
    people, pool = subjects(plan, who), subjects(plan, puddle)
    host = pool[0]
    assert all(p.box[3] - p.box[1] > 1.5 * (host.box[3] - host.box[1]) for p in people), prompt  # not shrunk
    assert all(host.box[0] <= (p.box[0] + p.box[2]) / 2 <= host.box[2] for p in people), prompt  # all in it
    assert holds(plan, who, "on", puddle), prompt
    assert ink_share(plan, host) >= 0.04, prompt  # the puddle still shows round their feet


# 3. A wall people sit on


@pytest.mark.parametrize(("prompt", "who"), [
    ("a grandmother sitting on a low wall in a busy ice cream shop", "grandmother"),
    ("two students sitting on a brick wall in a school hallway", "student"),
    ("a boy and his sister sitting on a stone wall in a cozy cafe", "boy"),
])
def test_a_wall_people_sit_on_in_a_room_is_drawn_and_holds_them(prompt: str, who: str) -> None:
    plan = planned(prompt)
    assert plan.background.backdrop == "room", prompt
    assert stated(plan, who, "on", "wall"), prompt
    wall = subjects(plan, "wall")
    assert [s.form for s in wall] == ["wall"] and ink_share(plan, wall[0]) >= 0.04, prompt
    assert holds(plan, who, "on", "wall"), prompt
    assert not any("not on its wall" in s for s in plan.shortfalls), plan.shortfalls


@pytest.mark.parametrize("prompt", [
    "a teacher pointing at a chart on the classroom wall, her pupils at their desks",
    "a man standing on the wall of a small bakery",
])
def test_a_wall_no_one_sits_on_is_still_the_rooms_own(prompt: str) -> None:
    plan = planned(prompt)
    assert plan.background.backdrop == "room", prompt
    assert not [s for s in plan.subjects if s.form == "wall"], prompt  # no garden wall of stones on the floor


def test_a_clock_on_a_room_wall_still_hangs_on_the_room_wall() -> None:
    plan = planned("a clock on the wall above a sofa in a living room")
    assert stated(plan, "clock", "on", "wall")
    assert all(s.form == "wainscot" for s in subjects(plan, "wall"))  # the room's own back wall, not a garden wall
    assert any("clock hangs on the room's back wall" in n for n in plan.notes), (plan.notes, plan.shortfalls)


# 4. Fawns


@pytest.mark.parametrize(("prompt", "count"), [
    ("a doe and her two fawns at the edge of a forest", 2),
    ("three fawns resting in the tall grass", 3),
])
def test_fawns_are_drawn_as_young_deer(prompt: str, count: int) -> None:
    plan = planned(prompt)
    fawns = subjects(plan, "fawn")
    assert len(fawns) == count and all(ink_share(plan, f) >= 0.04 for f in fawns), prompt
    assert not any("fawn" in s and "no pictogram" in s for s in plan.shortfalls), plan.shortfalls
