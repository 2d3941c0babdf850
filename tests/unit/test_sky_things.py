"""Stars of a starry sky and clouds the prompt names are things in the picture, above what they are over, in the
colour said: "a tent under a starry sky" had only a night, "horses under grey clouds" only a weather, and the grey
was said of nothing.

Sentences of their own, none a benchmark prompt; through the real rules reader, planner and draft engine."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from openbanana.scene import SceneGraph
from tests.unit.test_composer_holds10 import ink, planned
from tests.unit.test_relations_as_asked import stated


def thing(scene: SceneGraph, noun: str) -> str:
    return next(e.id for e in scene.entities if e.noun == noun)


@pytest.mark.parametrize(("prompt", "noun", "under", "colour"), [
    ("a camel resting beneath a starry sky", "star", "camel", ""),
    ("a scarecrow in a cornfield under dark grey clouds", "cloud", "scarecrow", "grey"),
    ("a windmill under pink clouds at dusk", "cloud", "windmill", "pink"),
])
def test_a_sky_thing_is_above_what_it_is_over(prompt: str, noun: str, under: str, colour: str) -> None:
    scene = read_scene(prompt)
    sky = next(e for e in scene.entities if e.noun == noun)
    assert sky.glyph and sky.count > 1 and sky.color_name == colour, sky
    assert ("above", thing(scene, under)) in {(r.predicate, r.object) for r in scene.relations
                                              if r.subject == sky.id}, scene.relations


def test_what_flies_above_the_clouds_is_above_them() -> None:
    scene = read_scene("a glider soaring above the clouds")
    assert any(r.subject == thing(scene, "glider") and r.predicate == "above" and r.object == thing(scene, "cloud")
               for r in scene.relations), scene.relations


def test_the_stars_are_drawn_over_the_thing() -> None:
    plan = planned("a caravan parked under a starry sky")
    assert ink(plan, "star") is not None
    assert stated(plan, "star", "above", "caravan")


@pytest.mark.parametrize("prompt", ["a kettle puffing clouds of steam on the stove", "a cloudy day at the beach"])
def test_no_clouds_made_where_none_are_named_as_things(prompt: str) -> None:
    assert "cloud" not in [e.noun for e in read_scene(prompt).entities], prompt
