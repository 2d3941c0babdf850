"""What a person's features say of them where no word states it: freckles a light skin, a beard's or a mustache's
colour the hair's. "a boy … with red curly hair and freckles" had kept the default tone, and "an elderly man with a
grey mustache" no hair colour at all. A stated tone or hair still wins, said before the feature or after it.

Sentences of their own, none a benchmark prompt; through the real rules reader and planner."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from openbanana.scene import Entity
from tests.unit.test_composer_holds10 import planned
from tests.unit.test_scene_fidelity_classes import subjects

MEDIUM_LIGHT = "\U0001f3fc"  # the pictogram's skin tone modifier


def person(prompt: str) -> Entity:
    return read_scene(prompt).entities[0]


@pytest.mark.parametrize("prompt", [
    "a girl with freckles and a straw hat picking strawberries",
    "a freckled lifeguard waving from his tower",
    "a toddler with freckles and blond curls laughing in the bath",
])
def test_freckles_say_a_light_skin(prompt: str) -> None:
    assert person(prompt).skin_tone == "medium_light", prompt


def test_a_freckled_person_is_drawn_in_the_light_tone() -> None:
    plan = planned("a woman with freckles reading in a hammock")
    assert any(MEDIUM_LIGHT in (s.glyph or "") for s in subjects(plan, "woman")), [s.glyph for s in plan.subjects]


@pytest.mark.parametrize(("prompt", "tone"), [
    ("a girl with freckles and dark skin", "dark"),
    ("a man with olive skin and freckles", "medium"),
])
def test_a_stated_tone_wins_over_freckles(prompt: str, tone: str) -> None:
    assert person(prompt).skin_tone == tone, prompt


@pytest.mark.parametrize(("prompt", "hair"), [
    ("a grandfather with a white beard carving wood", "white"),
    ("a cowboy with a black mustache leaning on a fence", "black"),
    ("a sailor with a bushy red beard on the deck", "red"),
])
def test_a_beards_colour_is_the_hairs(prompt: str, hair: str) -> None:
    assert person(prompt).hair == hair, prompt


@pytest.mark.parametrize(("prompt", "hair"), [
    ("a man with a grey mustache and short brown hair", "short brown"),
    ("a man with short brown hair and a grey mustache", "short brown"),
    ("a bald man with a ginger beard", "bald"),
])
def test_described_hair_wins_over_the_beards_colour(prompt: str, hair: str) -> None:
    assert person(prompt).hair == hair, prompt
