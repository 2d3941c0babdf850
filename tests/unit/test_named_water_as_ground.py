"""Where a body of water named as a thing is the place's own ground (issue #12): sea life all around is seen under
its surface, with no wave pictogram left floating there, and water things are mirrored in stays the ground whose
reflection the world draws. Elsewhere named water is still a thing drawn by its wave. Through the real planner and
the draft renderer."""

from __future__ import annotations

import numpy as np
import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask

WAVE = "🌊"


@pytest.mark.parametrize("prompt", ["a jellyfish drifting in a dark lagoon", "a school of fish swimming in the sea"])
def test_sea_life_under_the_surface_draws_no_wave_and_no_relation_to_one(prompt: str) -> None:
    graph = read_scene(prompt)
    assert graph.setting.terrain == "underwater"
    assert [e.glyph for e in graph.entities if e.glyph == WAVE] == [] and graph.relations == ()
    plan = plan_of(prompt)
    creature = plan.subjects[0]
    assert creature.glyph != WAVE and float(np.mean(ink_mask(plan, creature))) > 0.002  # drawn in the open water


@pytest.mark.parametrize(("prompt", "swimmer"), [("a duck swimming in a lake", "duck"),
                                                 ("a dolphin leaping in the ocean", "dolphin")])
def test_what_shows_at_the_surface_is_still_in_the_named_waters_wave(prompt: str, swimmer: str) -> None:
    graph = read_scene(prompt)
    names = {e.id: e.noun for e in graph.entities}
    water = next(e for e in graph.entities if e.glyph == WAVE)
    assert graph.setting.terrain == "water"
    assert [(names[r.subject], r.predicate, names[r.object]) for r in graph.relations] == [(swimmer, "in",
                                                                                          water.noun)]


@pytest.mark.parametrize("prompt", ["snowy mountains reflected in a lake at dawn",
                                    "pine trees mirrored in a calm lake"])
def test_water_things_are_reflected_in_stays_the_ground(prompt: str) -> None:
    graph = read_scene(prompt)
    assert graph.setting.terrain == "water" and not [e for e in graph.entities if e.glyph == WAVE]
