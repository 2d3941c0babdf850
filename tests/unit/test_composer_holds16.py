"""What the composer holds, through the real rules planner and the real draft engine, on the plan's boxes and the
ink each thing leaves:

1. Copies laid in a ring round another thing, the first thing named ("eight candles in a ring around a teapot"),
   are drawn, and so is what they ring: the ring joins its host's group, and the stage is built round that group,
   not round a root no group has any more (it had been left empty, and the answer blamed text there was none of).
2. In a comic's panel, what one of the cast holds or wears is drawn with its carrier and takes no place of its
   own: it had filled the panel and been left out, with no word of it.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.geometry import overlaps
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects

# (prompt, the ring's copies, how many, what they ring)
RINGS = [("Eight candles arranged in a ring around a small teapot", "candle", 8, "teapot"),
         ("five pebbles arranged in a circle around a little lantern", "pebble", 5, "lantern")]


@pytest.mark.parametrize(("prompt", "ring", "count", "host"), RINGS)
def test_a_ring_named_first_and_what_it_rings_are_both_drawn(prompt: str, ring: str, count: int,
                                                             host: str) -> None:
    plan = plan_of(prompt)
    assert len(subjects(plan, ring)) == count
    assert len(ink_subjects(plan, ring)) == count, (ring, "copies leave no ink")
    assert ink_subjects(plan, host), (host, "leaves no ink")
    middle = sum(s.box[0] + s.box[2] for s in subjects(plan, host)) / 2
    centres = [(s.box[0] + s.box[2]) / 2 for s in subjects(plan, ring)]
    assert min(centres) < middle < max(centres), "the copies stand on both sides of what they ring"
    assert not any("No room was left" in s for s in plan.shortfalls)


# (prompt, the carrier, what it holds or wears)
CARRIED = [('Comic panel: a fox in a scarf says "Brr" to an owl holding a lantern', "owl", "lantern"),
           ('Comic strip: a dog on a sofa says "Walk?" to a tired woman in a bathrobe', "woman", "bathrobe"),
           ('Comic panel: a parrot on a perch says "Hello" to a boy holding an umbrella', "boy", "umbrella")]


@pytest.mark.parametrize(("prompt", "carrier", "thing"), CARRIED)
def test_what_the_cast_holds_or_wears_is_drawn_on_them_in_the_panel(prompt: str, carrier: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert ink_subjects(plan, thing), (thing, "leaves no ink")
    carried, = subjects(plan, thing)
    assert any(overlaps(carried.box, s.box) for s in subjects(plan, carrier)), (thing, "is not on", carrier)
    assert any(s.entity == entity(plan, carrier).id for s in plan.subjects)


# (prompt, the wall named in a room)
ROOM_WALLS = ["A librarian stacking books in a quiet reading room, a clock on the wall above the desk",
              "a girl painting at an easel in her bedroom, drawings taped to the wall behind her"]


@pytest.mark.parametrize("prompt", ROOM_WALLS)
def test_a_wall_named_in_a_room_is_drawn_as_the_rooms_own_wall(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.backdrop == "room"
    wall, = subjects(plan, "wall")
    assert ink_subjects(plan, "wall"), "the wall leaves no ink"
    assert wall.box[3] == pytest.approx(plan.background.horizon), "it stands on the floor line"
    assert wall.z < min(s.z for s in plan.subjects if s is not wall), "it is drawn under everything"
    window = plan.background.window
    assert window is None or wall.box[1] > window[3], "it leaves the room's window clear"
    assert not any(s.startswith("The wall") for s in plan.shortfalls)  # a drawing taped to it may not hang
