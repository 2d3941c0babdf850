"""Relations read as people write them — through the real rules planner (and the real draft engine where the
drawing is judged, with the benchmark's own geometry).

1. A pronoun after a "with" that followed the subject's place names the subject whenever its number allows: "a dog
   sleeping under the stars with a campfire in front of it" (the dog: "it" is never the stars), "boys on a fence
   with their bikes beside them" (the boys); the place keeps it when only the place's number fits ("mugs on a
   tray, with a teapot beside it") or when the subject is in it ("a goldfish in a bowl with a castle in it").
Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds9 import holds
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. "with X beside it": who "it" is


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other", "not_other"), [
    ("a dog sleeping under the stars with a campfire in front of it", "campfire", "in_front_of", "dog", "star"),
    ("a lighthouse on a rocky island with a small boat behind it", "boat", "behind", "lighthouse", "island"),
    ("three boys sitting on a fence with their bikes beside them", "bike", "next_to", "boy", "fence"),
    ("a van parked under an oak tree with a bench beside it", "bench", "next_to", "van", "tree"),
    ("four mugs on a wooden tray, with a teapot beside it", "teapot", "next_to", "tray", "mug"),
    ("a goldfish in a glass bowl with a little castle in it", "castle", "in", "bowl", "goldfish"),
])
def test_a_pronoun_after_with_names_the_subject_its_number_allows(prompt: str, thing: str, predicate: str,
                                                                   other: str, not_other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, predicate, other), prompt
    assert not stated(plan, thing, predicate, not_other), prompt


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other"), [
    ("a dog sleeping under the stars with a campfire in front of it", "campfire", "in_front_of", "dog"),
    ("three boys sitting on a fence with their bikes beside them", "bike", "next_to", "boy"),
])
def test_what_the_pronoun_named_is_drawn_so(prompt: str, thing: str, predicate: str, other: str) -> None:
    assert holds(prompt, thing, other, predicate), prompt

