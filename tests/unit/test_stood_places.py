"""A place a thing is put on that the reader knew only as the scene's place is drawn as a thing too: a stage, a
balcony and a lawn by floors of their own, a ridge by a hill's mound, a rooftop by its building; the thing stands on
it, and it is in the picture. Before, "a juggler on a small stage" drew a stage's dark floor and nothing the
juggler stood on, so the stage asked for was missing.

Sentences of their own, none a benchmark prompt; through the real rules planner and the real draft engine."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_composer_holds10 import holds, ink, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import subjects


@pytest.mark.parametrize(("prompt", "thing", "place", "glyph", "form"), [
    ("a juggler performing on a small stage in a theatre", "juggler", "stage", None, "stage"),
    ("an old man drinking tea on his balcony", "man", "balcony", None, "balcony"),
    ("a rabbit sitting on the front lawn", "rabbit", "lawn", None, "lawn"),
    ("a lone wolf howling on a snowy ridge", "wolf", "ridge", "⛰", ""),
    ("a pigeon strutting on a rooftop", "pigeon", "rooftop", "🏢", ""),
])
def test_a_place_a_thing_stands_on_is_drawn_under_it(prompt: str, thing: str, place: str, glyph: str | None,
                                                    form: str | None) -> None:
    plan = planned(prompt)
    assert [(s.glyph, s.form) for s in subjects(plan, place)] == [(glyph, form)], prompt
    assert ink(plan, place) is not None, prompt
    assert stated(plan, thing, "on", place) and holds(plan, thing, "on", place), prompt


def test_a_stand_in_is_said() -> None:
    plan = planned("a lone wolf howling on a snowy ridge")
    assert any("ridge (shown as a hill)" in note for note in plan.notes), plan.notes


@pytest.mark.parametrize(("prompt", "place"), [
    ("a band playing to a crowd at a summer festival stage", "stage"),  # "at" a stage: the scene, no floor
    ("the view from a hotel balcony over the bay", "balcony"),
    ("a parrot on the railing of a balcony", "balcony"),  # on the railing, which stands on nothing new
])
def test_a_place_nothing_stands_on_stays_the_place(prompt: str, place: str) -> None:
    assert place not in [e.noun for e in read_scene(prompt).entities], prompt


def test_a_building_named_with_its_rooftop_stays_that_building() -> None:
    scene = read_scene("a crow on a church rooftop")
    assert [e.noun for e in scene.entities] == ["crow", "church"]
