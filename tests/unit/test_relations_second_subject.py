"""Who a pronoun is, read by the grammar of the clause and not by the words of one sentence — through the real rules
planner.

1. A place pronoun after a second subject of the same clause is the first subject, never the place that subject
   was put at or what it holds ("a desk under the window, a bookcase behind it": behind the desk), when its
   number fits; "it" never stands for a person, and "near" stays with the last thing.
2. "she"/"her" stand for an animal when no person is named ("a hen crossing the yard with three chicks following
   behind her").

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. "a desk under the window, a bookcase behind it": behind the desk


@pytest.mark.parametrize(("prompt", "thing", "predicate", "first", "place"), [
    ("a wooden desk under the window, a tall bookcase behind it", "bookcase", "behind", "desk", "window"),
    ("a barrel of apples, a pony sniffing beside it", "pony", "next_to", "barrel", "apple"),
    ("a crate of oranges by the gate, a goat nibbling beside it", "goat", "next_to", "crate", "orange"),
    ("a piano against the wall, a harp to the left of it", "harp", "left_of", "piano", "wall"),
    ("three ducks on the rocks, a heron behind them", "heron", "behind", "duck", "rock"),
])
def test_a_place_pronoun_after_a_second_subject_is_the_first_subject(prompt: str, thing: str, predicate: str,
                                                                     first: str, place: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, predicate, first), prompt
    assert not stated(plan, thing, predicate, place), prompt


@pytest.mark.parametrize(("prompt", "thing", "predicate", "place"), [
    ("a boy on a bench, a dog beside it", "dog", "next_to", "bench"),  # "it" is never the boy
    ("a lamp on the desk and a rug under it", "rug", "under", "desk"),  # under is the place's
])
def test_a_pronoun_the_first_subject_cannot_be_keeps_the_place(prompt: str, thing: str, predicate: str,
                                                               place: str) -> None:
    assert stated(plan_of(prompt), thing, predicate, place), prompt


# 2. "her" for an animal


@pytest.mark.parametrize(("prompt", "young", "predicate", "mother"), [
    ("a hen crossing the yard with three chicks following behind her", "chick", "behind", "hen"),
    ("a cat on the sofa, her kittens curled up next to her", "kitten", "next_to", "cat"),
    ("a mother goose on the pond, five goslings swimming behind her", "gosling", "behind", "goose"),
    ("a cow in the field with her calf lying next to her", "calf", "next_to", "cow"),
])
def test_her_stands_for_an_animal_when_no_person_is_named(prompt: str, young: str, predicate: str,
                                                          mother: str) -> None:
    assert stated(plan_of(prompt), young, predicate, mother), prompt
