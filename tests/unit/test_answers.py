"""The answer text admits what was not done: clients that never ask for thoughts must still be able to tell."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.service.generation.thoughts import answer_text

SQUARE = target_size("1:1", "1K")
PHOTOS = Path(__file__).parents[1] / "data" / "photos"


def edit_answer(prompt: str, shortfalls: tuple[str, ...] = ()) -> str:
    plan = plan_composition(PlanningInput(prompt, SQUARE.width, SQUARE.height, reference_count=1))
    return answer_text(plan, SQUARE, shortfalls=shortfalls)


def rendered_answer(prompt: str, photo: str) -> str:
    """The answer after the draft engine really tried the edit on a real photo (its shortfalls included)."""
    size = SQUARE
    plan = plan_composition(PlanningInput(prompt, size.width, size.height, reference_count=1))
    result = DraftEngine().render(RenderRequest(plan, size.width, size.height, (Image.open(PHOTOS / photo),)))
    return answer_text(plan, size, shortfalls=result.shortfalls)


def test_an_edit_that_could_not_be_made_says_so_and_that_the_photo_is_unchanged() -> None:
    answer = rendered_answer("remove the cat from this photo", "coffee.jpg")
    assert "Not done: remove the cat from this photo:" in answer
    assert "nothing was removed" in answer
    assert "cat removed" not in answer  # the description names only what was made


def test_an_unsupported_request_is_admitted() -> None:
    answer = edit_answer("make her smile")
    assert "Not done: make her smile" in answer


def test_an_edit_that_was_made_does_not_claim_anything_was_left_out() -> None:
    answer = edit_answer("make it black and white")
    assert "black-and-white" in answer
    assert "Not done" not in answer and "unchanged" not in answer


def test_what_the_engine_reports_it_could_not_do_reaches_the_answer() -> None:
    answer = edit_answer("make it black and white", shortfalls=("12 of 15 menu lines fit.",))
    assert answer.endswith("12 of 15 menu lines fit.")
