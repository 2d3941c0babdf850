"""A plated dish eaten at a table lies on that table, and the eater keeps a person's size beside it — through the
real rules planner and the real draft engine. An eater at no table keeps the dish near, not in the hands.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_scene_fidelity_classes import plan_of, subjects


def _stated(prompt: str, predicate: str, dish: str, other: str) -> bool:
    plan = plan_of(prompt)
    nouns = {e.id: e.noun for e in plan.scene.entities}
    return any(r.predicate == predicate and nouns[r.subject] == dish and nouns[r.object].endswith(other)
               for r in plan.scene.relations)


@pytest.mark.parametrize(("prompt", "eater", "dish"), [
    ("a little girl eating porridge at the dining table", "girl", "porridge"),
    ("an old man eating stew at a wooden table", "man", "stew"),
])
def test_a_dish_eaten_at_a_table_lies_on_it(prompt: str, eater: str, dish: str) -> None:
    assert _stated(prompt, "on", dish, "table"), prompt
    plan = plan_of(prompt)
    table, = subjects(plan, "table")
    bowl, = subjects(plan, dish)
    assert table.box[0] <= (bowl.box[0] + bowl.box[2]) / 2 <= table.box[2], prompt  # over the table's top
    assert bowl.box[3] <= table.box[1] + 0.5 * (table.box[3] - table.box[1]), prompt  # up on it, not on the floor
    person, *_ = subjects(plan, eater)
    assert person.box[3] - person.box[1] > 0.3, prompt  # not shrunk into a row on the floor


def test_a_dish_eaten_at_no_table_stays_near_the_eater() -> None:
    assert _stated("a boy eating noodles on the porch steps", "near", "noodles", "boy")
