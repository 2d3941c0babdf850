"""The eighth round of everyday prompts looked at by eye (docs/benchmarks.md, "Eighth round"): what was fixed,
through the real rules planner and the real draft engine, asserting on the plan and the pixels.

1. A thing named between a person and an -ing verb is part of the activity ("a girl ice skating"): the person is
   kept (an ice cube stood in her place) and skates on the skates the engine draws for skating.
2. Work done in one room puts an unplaced scene there: baking or cooking in a kitchen (not beside an open fire), a
   doctor or a nurse in a hospital room, a mechanic in a garage, a teacher in a classroom; with few things named,
   the room shows what tells it (a hospital bed, a toolbox).
3. A thing a verb holds is never a place: "a golfer swinging a club" holds it (the club was read as a bar, which
   hid the golf course), and the answer says 🏌 shows it instead of saying it could not be drawn.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from openbanana.engines.draft.gear import on_gear
from openbanana.plan import Plan
from tests.unit.test_drawn_as_asked import HEIGHT, WIDTH, plan_of, render
from tests.unit.test_people_in_action import person, pixel_box


def nouns(plan: Plan) -> set[str]:
    return {e.noun for e in plan.scene.entities}


@pytest.mark.parametrize(("prompt", "doer"), [
    ("a little boy ice skating on a frozen lake", "boy"), ("a woman roller skating in the park", "woman")])
def test_a_person_skating_is_kept_and_stands_on_skates(prompt: str, doer: str) -> None:
    plan = plan_of(prompt)
    figure, = person(plan, doer)
    assert "ice" not in nouns(plan) and "roller" not in nouns(plan)
    geared = on_gear(plan.scene.entities, plan.scene.relations, plan.subjects, (WIDTH, HEIGHT))
    skates = [s for s in geared if s.glyph == "🛼"]
    assert len(skates) == 1 and skates[0].entity.startswith(figure.entity)
    x0, _, x1, y1 = pixel_box(figure)
    sx0, sy0, sx1, sy1 = pixel_box(skates[0])
    assert sy1 >= y1 - 2 and sx0 < (x0 + x1) / 2 < sx1  # under the figure's feet
    idle = replace(plan, scene=replace(plan.scene, entities=tuple(replace(e, action="") for e in plan.scene.entities)))
    changed = np.abs(render(plan) - render(idle))[sy0:sy1, sx0:sx1].sum(axis=-1) > 60
    assert changed.mean() > 0.05  # the engine draws them there


def test_an_activity_word_keeps_its_doer_but_a_compound_of_creatures_stays_one() -> None:
    plan = plan_of("a man rock climbing on a cliff")
    assert person(plan, "man") and "rock" not in nouns(plan)
    plan = plan_of("a baby elephant walking beside its mother")
    assert "elephant" in nouns(plan) and "baby" not in nouns(plan)
    assert nouns(plan_of("an old woman with a man bun knitting a scarf")) == {"woman", "scarf"}  # her hair
    assert person(plan_of("a painting of a boy ice skating"), "boy")


@pytest.mark.parametrize(("prompt", "place"), [
    ("an old man baking cookies with his grandson", "kitchen"),
    ("a teenage girl cooking pasta", "kitchen"),
    ("a nurse holding a clipboard", "hospital room"),
    ("a doctor smiling at a little boy", "hospital room"),
    ("a mechanic fixing a red motorbike", "garage"),
    ("a teacher reading a story aloud", "classroom")])
def test_work_done_in_one_room_puts_an_unplaced_scene_there(prompt: str, place: str) -> None:
    plan = plan_of(prompt)
    assert plan.scene.setting.place == place and plan.scene.setting.indoor
    top = render(plan)[: int(HEIGHT * plan.background.horizon / 2)]
    assert (top[..., 2] - top[..., 0]).mean() < 40  # a wall behind them, not a blue sky


@pytest.mark.parametrize("prompt", ["a dad cooking sausages over a campfire", "a woman baking bread in the garden",
                                    "a doctor jogging in the park"])
def test_an_open_fire_or_a_named_place_wins_over_the_room_of_the_work(prompt: str) -> None:
    assert not plan_of(prompt).scene.setting.indoor


def test_a_held_thing_is_never_a_place_and_the_golfers_club_is_shown_by_the_golfer() -> None:
    plan = plan_of("a golfer swinging a club on a green golf course")
    assert plan.scene.setting.place == "golf course" and not plan.scene.setting.indoor
    assert not any("club" in line for line in plan.shortfalls)
    assert any("club" in note and "own pictogram" in note for note in plan.notes)
    golfer, = person(plan, "golfer")
    assert (golfer.glyph or "").startswith("🏌")
    pixels = render(plan)
    ground = pixels[int(0.9 * pixels.shape[0]):]
    assert ground[..., 1].mean() > ground[..., 0].mean()  # grass under him, not a bar's floor
    assert plan_of("a couple dancing at a club").scene.setting.indoor  # a club where no verb holds it: a place


def test_a_room_of_work_shows_its_telling_thing_when_few_are_named() -> None:
    assert "🛏" in {s.glyph for s in plan_of("a nurse smiling at an old man").subjects}  # a hospital bed
    assert "🧰" in {s.glyph for s in plan_of("a mechanic wiping his hands").subjects}
