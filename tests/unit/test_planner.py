"""The rules planner: exact text, colours, moods, subjects and a layout that keeps them apart."""

from __future__ import annotations

import pytest

from openbanana.plan import Box
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import extract_texts, plan_composition


@pytest.mark.parametrize(("prompt", "texts"), [
    ('A poster that says "GRAND OPENING" in neon', ["GRAND OPENING"]),
    ("A sign with “Café — 50% off!” on it", ["Café — 50% off!"]),
    ("A mug with 'Hello, World' printed", ["Hello, World"]),
    ("A bakery window with the text saying Fresh Bread Daily.", ["Fresh Bread Daily"]),
    ("Don't forget the cat's hat", []),
    ("A red bicycle poster that says HELLO", ["HELLO"]),
    ("A sign reading OPEN 24 HOURS", ["OPEN 24 HOURS"]),
    ("reading a book in the park", []),
    ('Two lines: "SALE" and "Today only"', ["SALE", "Today only"]),
])
def test_quoted_text_is_kept_verbatim(prompt: str, texts: list[str]) -> None:
    assert extract_texts(prompt) == texts


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("size", [(1024, 1024), (1376, 768), (768, 1376), (1584, 672)])
def test_text_and_subjects_never_overlap(size: tuple[int, int]) -> None:
    plan = plan_composition(PlanningInput('A "BIG SUMMER SALE" banner with a dog, a cat and pizza "today"', *size))
    assert [t.text for t in plan.texts] == ["BIG SUMMER SALE", "today"]
    assert {s.label for s in plan.subjects} >= {"dog", "cat", "pizza"}
    for text in plan.texts:
        for subject in plan.subjects:
            assert not overlaps(text.box, subject.box), (text, subject)
    for subject in plan.subjects:
        left, top, right, bottom = subject.box
        assert 0 <= left < right <= 1 and 0 <= top < bottom <= 1


def test_colours_and_moods_set_the_palette() -> None:
    plan = plan_composition(PlanningInput("a red car at sunset", 1376, 768))
    assert (220, 38, 38) in plan.palette and "sunset" in plan.style
    assert plan.subjects[0].label == "car"


def test_edits_only_apply_to_references() -> None:
    assert plan_composition(PlanningInput("make it black and white", 1024, 1024)).edits == ()
    edited = plan_composition(PlanningInput("make it black and white and brighter", 1024, 1024, reference_count=1))
    assert set(edited.edits) == {"grayscale", "brighter"} and edited.background.kind == "reference"
