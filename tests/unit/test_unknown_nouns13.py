"""Nouns the reader had dropped or misnamed, now read and drawn: a bird the lexicon files as an adjective ("a
cardinal" before a participle), kelp and the plants a forest of them is named by, a food in mere pieces ("sushi
pieces" are sushi), ice cubes (not bare cubes), and a list on a lawn or a stage (every thing of it on the place,
not the last alone).

Sentences of their own, none a benchmark prompt; through the real rules planner and the real draft engine."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_composer_holds10 import ink, planned
from tests.unit.test_relations_as_asked import stated


def nouns(prompt: str) -> dict[str, int]:
    return {e.noun: e.count for e in read_scene(prompt).entities}


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("a cardinal sitting on a branch in the snow", "cardinal", 1),
    ("two cardinals perched on a wire at dawn", "cardinal", 2),
    ("a turtle swimming past a kelp forest", "kelp", 6),
    ("Eight sushi pieces lined up on a wooden tray", "sushi", 8),
    ("six chocolate bites on a white saucer", "chocolate", 6),
    ("a jug of water with 5 ice cubes on a picnic table", "ice cube", 5),
])
def test_the_noun_is_read_with_its_count(prompt: str, noun: str, count: int) -> None:
    assert nouns(prompt).get(noun) == count, (prompt, nouns(prompt))


@pytest.mark.parametrize(("prompt", "noun", "shown"), [
    ("a cardinal sitting on a branch in the snow", "cardinal", "bird"),
    ("a turtle swimming past a kelp forest", "kelp", "herb"),
    ("a sleeping puppy curled up on a green throw on the sofa", "throw", "scarf"),  # nothing drew these before
    ("an old quilt folded at the foot of a bed", "quilt", "scarf"),
    ("a lunar lander resting on a crater's rim", "lunar lander", "rocket"),
])
def test_a_stand_in_is_drawn_and_said(prompt: str, noun: str, shown: str) -> None:
    plan = planned(prompt)
    assert ink(plan, noun) is not None, prompt
    assert any(noun in note and f"(shown as a {shown})" in note for note in plan.notes), plan.notes


@pytest.mark.parametrize("prompt", ["Eight sushi pieces lined up on a wooden tray",
                                    "a jug of water with 5 ice cubes on a picnic table"])
def test_pieces_are_drawn(prompt: str) -> None:
    plan = planned(prompt)
    noun = "sushi" if "sushi" in prompt else "ice cube"
    assert ink(plan, noun) is not None, prompt


@pytest.mark.parametrize(("prompt", "kept"), [
    ("the cardinal points drawn on an old map", "cardinal"),  # an adjective before its noun stays one
    ("a box of jigsaw puzzle pieces on a desk", "sushi"),
    ("a pine forest at dusk", "herb"),
])
def test_other_words_stay_as_they_were(prompt: str, kept: str) -> None:
    assert kept not in nouns(prompt), nouns(prompt)


@pytest.mark.parametrize(("prompt", "things", "place"), [
    ("Poster for a moving sale with a sofa and a fridge on the lawn", ("sofa", "fridge"), "lawn"),
    ("a drum kit, a keyboard and a microphone on a small stage", ("keyboard", "microphone"), "stage"),
])
def test_a_list_shares_the_place_it_is_on(prompt: str, things: tuple[str, ...], place: str) -> None:
    plan = planned(prompt)
    for thing in things:
        assert stated(plan, thing, "on", place), (prompt, thing, plan.scene.relations)


@pytest.mark.parametrize(("prompt", "person", "place"), [
    ("a gymnast balancing on one foot on a small stage", "gymnast", "stage"),
    ("a boy standing on one leg on the front lawn", "boy", "lawn"),
])
def test_a_pose_on_one_foot_is_the_figure_s_own(prompt: str, person: str, place: str) -> None:
    plan = planned(prompt)
    assert {"foot", "leg"}.isdisjoint(e.noun for e in plan.scene.entities), plan.scene.entities
    assert stated(plan, person, "on", place), plan.scene.relations
