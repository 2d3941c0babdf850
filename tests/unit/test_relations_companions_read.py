"""Companions, read by the grammar of the clause and not by the words of one sentence — through the
real rules planner.

1. A person or an animal "with" after what the subject wears is the wearer's companion, never the garment's ("a man
   in a long coat with a greyhound").
2. A lively thing named by a compound before "and" pairs with its young as a single word does ("a sea lion and her
   pup": side by side).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. "a man in a long coat with a greyhound": the man's dog


@pytest.mark.parametrize(("prompt", "wearer", "garment", "companion"), [
    ("a man in a long coat with a greyhound", "man", "coat", "greyhound"),
    ("a girl in a red dress with a puppy", "girl", "dress", "puppy"),
    ("a boy in a yellow raincoat with his little sister", "boy", "raincoat", "sister"),
])
def test_a_companion_after_a_garment_is_the_wearers(prompt: str, wearer: str, garment: str, companion: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, wearer, "next_to", companion), prompt
    assert not stated(plan, garment, "next_to", companion), prompt


# 2. "a sea lion and her pup"


@pytest.mark.parametrize(("prompt", "mother", "young"), [
    ("a sea lion and her pup on the rocks", "sea lion", "pup"),
    ("a guinea pig and her babies in the hay", "guinea pig", "baby"),
    ("a polar bear and her two cubs on the ice", "polar bear", "cub"),
])
def test_a_compound_named_before_and_pairs_with_its_young(prompt: str, mother: str, young: str) -> None:
    assert stated(plan_of(prompt), mother, "next_to", young), prompt

