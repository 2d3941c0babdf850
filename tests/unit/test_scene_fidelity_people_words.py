"""Regressions for the second round of scene-fidelity classes, real rules planner and real draft engine, Plan and
pixels:

1. Colours that survive light: a named colour keeps its hue class (or its black, white or grey) under any hour's
   haze, and a recoloured pictogram recolours its body, not a small part of it.
2. People: a whole figure on a bench, a sofa or a chair sits on it (its box ends at the seat, its shins hang below);
   an old person walking keeps an old face, stooped, with a cane.
3. Word sense: "football" is the round ball unless the prompt says American; a village, a harbour or a campsite
   draws the things that make it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from openbanana.engines.draft.figures import fit_figure
from openbanana.engines.draft.world.light import kept_colour
from openbanana.imaging.drawing.glyphs import retint, sprite
from openbanana.imaging.people import SITTING_SHARE, sits_on
from openbanana.plan import ROAD_HALF, Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from tests.unit.test_scene_fidelity_classes import SIZE, entity, plan_of, render, subjects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from scene_checks import color_bound


def own_pixels(plan_prompt: str, noun: str) -> np.ndarray:
    """The entity's pixels: what changes in its boxes when it is left out of the (shadowless) picture."""
    plan = plan_of(plan_prompt)
    shown = subjects(plan, noun)
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s not in shown))
    full, bare = render(plan), render(without)
    changed = np.abs(full - bare).max(axis=2) > 28
    mask = np.zeros_like(changed)
    for s in shown:
        x0, y0, x1, y1 = (round(v * SIZE) for v in s.box)
        mask[y0:y1, x0:x1] = True
    return full[changed & mask].astype(np.uint8)


def wide(prompt: str) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, 1024, 576, seed=7)).plan


# 1. Colours


@pytest.mark.parametrize(("prompt", "noun", "colour"), [
    ("A black cat on a wall at night", "cat", "black"),
    ("A red house on a hill at sunset", "house", "red"),
    ("A white rabbit in a meadow at dusk", "rabbit", "white"),
    ("A green tractor in a wheat field on a summer afternoon", "tractor", "green"),
    ("A glass vase with red roses on a white table", "table", "white"),
])
def test_a_named_colour_reads_as_named_under_the_hour_s_light(prompt: str, noun: str, colour: str) -> None:
    verdict = color_bound(own_pixels(prompt, noun), colour)
    assert verdict.bound, verdict.seen


def test_the_haze_dims_a_named_colour_but_keeps_its_hue_and_its_black() -> None:
    red, night_haze = (220, 38, 38), (40, 54, 90)
    hazed = kept_colour(red, tuple(round(0.6 * r + 0.4 * h) for r, h in zip(red, night_haze, strict=True)))
    assert hazed[0] > 2 * hazed[2] and hazed[0] > 2 * hazed[1]  # still red, not purple
    assert max(kept_colour((12, 12, 16), (30, 40, 70))) < 0.2 * 255  # black stays black at night


def test_recolouring_takes_the_body_by_area_not_the_most_layers() -> None:
    body = sprite("🏠", 96)
    assert body is not None
    red = sprite("🏠", 96, (220, 38, 38))
    assert red is not None
    biggest = max(red.layers, key=lambda layer: np.asarray(layer.mask).sum())
    assert biggest.color[0] > 180 and biggest.color[1] < 80  # the walls, the house's biggest part, are red
    colours = [(255, 232, 182, 255), (160, 4, 30, 255)]
    assert retint(colours, (22, 163, 74), [10.0, 1.0])[0][1] > 120  # the big layer turns green


# 2. People


@pytest.mark.parametrize(("prompt", "seat"), [("An old man sitting on a park bench feeding pigeons", "bench"),
                                              ("A woman sitting on a sofa reading a book", "sofa"),
                                              ("A girl sitting on a chair", "chair")])
def test_a_figure_on_a_seat_sits_on_it(prompt: str, seat: str) -> None:
    plan = plan_of(prompt)
    person = next(s for s in plan.subjects if s.figure)
    seat_subject, = subjects(plan, seat)
    assert person.pose == "sitting"
    assert seat_subject.box[1] < person.box[3] < seat_subject.box[3]  # the hips on the seat, above the seat's foot
    made, _, y = fit_figure(person, (SIZE, SIZE)) or (None, 0, 0)
    assert made is not None
    standing = (person.box[3] - person.box[1]) * SIZE / SITTING_SHARE
    assert y + made.size[1] > person.box[3] * SIZE + 0.1 * standing  # the shins hang below the seat
    assert made.size[1] < 0.95 * standing  # shorter than the same figure standing


def test_sitting_is_on_seats_or_when_asked_and_never_when_standing() -> None:
    assert sits_on("", "bench", None) and sits_on("reading", "", "🛋") and sits_on("sitting", "rug", None)
    assert not sits_on("standing", "bench", None) and not sits_on("", "table", None)


def test_an_old_man_walking_keeps_his_old_face_and_a_cane() -> None:
    plan = plan_of("An old man walking in the park")
    man, = subjects(plan, "man")
    assert man.glyph is not None and man.glyph[0] == "👴" and man.figure
    made, _, _ = fit_figure(man, (SIZE, SIZE)) or (None, 0, 0)
    assert made is not None
    assert any(layer.color[:3] == (110, 74, 46) for layer in made.layers), "a cane"


# 3. Word sense


def test_football_is_the_round_ball_unless_american() -> None:
    assert entity(plan_of("Kids playing football on a grass pitch"), "football").glyph == "⚽"
    assert entity(plan_of("An American football on the grass"), "american football").glyph == "🏈"
    kids = plan_of("Kids playing football on a grass pitch")
    assert all(r.predicate != "holding" for r in kids.scene.relations)  # the ball at their feet
    assert kids.scene.setting.terrain == "grass"


@pytest.mark.parametrize(("prompt", "noun", "glyph"), [
    ("A quiet village in the hills at sunset", "house", "🏠"),
    ("A quiet village street in the snow at dusk", "house", "🏠"),
    ("A busy harbour at sunrise", "boat", "⛵"),
    ("A campsite by a lake at night", "tent", "⛺"),
    ("A farm in the countryside", "tractor", "🚜"),
])
def test_a_collective_place_draws_what_makes_it(prompt: str, noun: str, glyph: str) -> None:
    plan = plan_of(prompt)
    found = entity(plan, noun)
    assert found.glyph == glyph and subjects(plan, noun)
    assert all(s.glyph != "🌵" for s in plan.subjects)  # no desert prop on a harbour's sand


def test_a_named_thing_of_the_place_is_not_doubled() -> None:
    plan = plan_of("A red house in a village")
    assert [e.noun for e in plan.scene.entities].count("house") == 1


def test_a_held_kite_flies_above_the_holder_on_a_string() -> None:
    plan = plan_of("A kite held by a little boy on a windy hill")
    boy, = subjects(plan, "boy")
    kite, = subjects(plan, "kite")
    assert kite.box[3] < boy.box[1]  # all of it above the head
    picture = render(plan)
    between = picture[round(kite.box[3] * SIZE):round(boy.box[1] * SIZE) + 1, :]
    dark = (np.abs(between - np.array([70, 70, 80])).max(axis=2) < 12).any(axis=1)
    assert dark.mean() > 0.6, "the string runs from the raised hand up to the kite"


def test_a_swimmer_swims_in_the_scene_s_water_without_its_own_square() -> None:
    plan = plan_of("A woman swimming")
    assert plan.scene.setting.terrain == "water"
    swimmer, = subjects(plan, "woman")
    picture = render(plan)
    x0, y0, x1, y1 = (round(v * SIZE) for v in swimmer.box)
    patch = (np.abs(picture[y0:y1, x0:x1] - np.array([85, 172, 238])).max(axis=2) < 6).mean()
    assert patch < 0.05, "the font's square of water is left out"


@pytest.mark.parametrize("prompt", ["A man standing on a road", "People walking along a city street"])
def test_people_on_a_road_stand_on_the_verge_unless_crossing(prompt: str) -> None:
    """Every walker, not only the first: a row of walkers judged by its middle left its inner walker on the road."""
    plan = wide(prompt)  # a square picture's verges can be narrower than a person: then as far out as it can
    people = [s for s in plan.subjects if s.label in ("man", "people")]
    assert len(people) == (1 if "A man" in prompt else 3)
    horizon = plan.background.horizon
    for person in people:
        centre, foot = (person.box[0] + person.box[2]) / 2, person.box[3]
        half = ROAD_HALF * (foot - horizon) / (1 - horizon)
        assert abs(centre - 0.5) >= half - 0.01, f"the feet are beside the road, not on it: {person.box}"
    crossing = wide("A boy crossing the road").subjects[0]
    assert abs((crossing.box[0] + crossing.box[2]) / 2 - 0.5) < 0.3


def test_a_bed_or_a_fridge_puts_the_scene_indoors_when_no_place_is_named() -> None:
    assert plan_of("A sleepy dog at the foot of the bed").scene.setting.indoor
    assert plan_of("A ginger cat on top of the fridge").scene.setting.indoor
    assert not plan_of("A bench in the park").scene.setting.indoor


def test_a_floor_lamp_is_a_standing_lamp_not_an_oil_lamp() -> None:
    plan = plan_of("A floor lamp to the right of a sofa")
    lamp, = subjects(plan, "floor lamp")
    assert lamp.glyph is None and lamp.form == "floor lamp"
    assert any(r.predicate == "right_of" for r in plan.scene.relations)


def test_a_country_road_runs_between_hills_not_a_city() -> None:
    assert plan_of("A woman walking on a country road at sunset").scene.setting.backdrop == "hills"
    assert plan_of("A red car on a road").scene.setting.backdrop == "city"
