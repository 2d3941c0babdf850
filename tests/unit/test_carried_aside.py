"""What is in a thing moves with it when a carrier's grown face clears its neighbours — through the real rules
planner and the real draft engine, judged on ink with the benchmark's geometry.

A cereal box that carries words grows to a square to hold them and moves the things it would hide beside it. With
boxes as wide as the drawn ink, the bowl next to the box stands close enough to be hidden, and it was moved alone:
its spoon stood where the bowl had been. Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

from openbanana.planner.rules.scene.attached import carried
from openbanana.scene import Relation
from tests.unit.test_composer_holds10 import holds, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity

PROMPT = 'a cereal box printed with "Sunny Flakes" and a spoon in a bowl beside it'


def test_a_spoon_in_a_bowl_moved_aside_by_a_grown_box_stays_in_it() -> None:
    plan = planned(PROMPT)
    assert stated(plan, "spoon", "in", "bowl"), PROMPT
    assert holds(plan, "spoon", "in", "bowl"), PROMPT  # on the ink, as the benchmark judges it
    box = next(s.box for s in plan.subjects if s.entity == entity(plan, "box").id and s.label == "box")
    bowl = next(s.box for s in plan.subjects if s.entity == entity(plan, "bowl").id)
    assert bowl[0] >= box[2] or bowl[2] <= box[0], (bowl, box)  # it was moved clear of the grown box


def test_what_goes_with_a_thing_is_what_is_on_or_in_it_and_what_it_holds_or_wears() -> None:
    relations = [Relation("spoon", "in", "bowl"), Relation("bowl", "on", "tray"), Relation("cat", "wearing", "hat"),
                 Relation("tray", "next_to", "cat"), Relation("girl", "holding", "tray")]
    assert carried("tray", relations) == ["tray", "bowl", "spoon"]
    assert carried("girl", relations) == ["girl", "tray", "bowl", "spoon"]
    assert carried("cat", relations) == ["cat", "hat"]
