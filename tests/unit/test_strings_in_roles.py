"""Everyday strings set exactly and in their roles: lower case never set in a capitals-only face, a poster's
character speaking in a bubble over it, a book's author by "by", menu items clear of their leader dots, a speech
bubble alone still a comic. Real planner, real renderer, read back by the OCR the benchmarks use."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def plan_of(prompt: str, width: int = 768, height: int = 1024) -> Plan:
    return plan_composition(PlanningInput(prompt, width, height, seed=7))


def read_each(reader: text_fidelity.Reader, prompt: str, aspect: str) -> dict[str, str]:
    """Each set string → what OCR reads inside its box, spaces removed."""
    image, plan, _ = text_fidelity.render_with_shortfalls(prompt, aspect)
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    return {b.text: text_fidelity.squash(t) for b, t in zip(plan.texts, found, strict=True)}


@pytest.mark.parametrize("prompt", [
    'A sale tag on a red dress: "40% OFF" and "Now $29.99"',
    'A cyberpunk poster that says "Night Market" in neon',
    'A dramatic movie poster titled "The Long Winter"',
    'A cute poster that says "Happy puppy day"',
])
def test_mixed_case_is_never_set_in_a_capitals_only_or_ambiguous_face(prompt: str) -> None:
    for block in plan_of(prompt).texts:
        if block.text != block.text.upper():
            assert block.font not in ("condensed", "rounded"), (block.text, block.font)


def test_a_price_in_mixed_case_reads_back_with_its_case(reader: text_fidelity.Reader) -> None:
    read = read_each(reader, 'A sale tag on a red dress: "40% OFF" and "Now $29.99"', "3:4")
    assert read["Now $29.99"] == "Now$29.99"


def test_a_poster_character_speaks_in_a_bubble_over_it(reader: text_fidelity.Reader) -> None:
    prompt = ('A children\'s poster with the title "Stay Healthy" at the top and an elephant saying "Drink water!" '
              "in a speech bubble")
    plan = plan_of(prompt)
    assert plan.scene.document == "poster"
    speech = next(b for b in plan.texts if b.text == "Drink water!")
    title = next(b for b in plan.texts if b.text == "Stay Healthy")
    assert speech.role == "speech" and title.box[3] < 0.3
    bubble = next(s for s in plan.shapes if s.kind == "bubble")
    (left, top), (right, bottom), tip = bubble.points
    assert left <= speech.box[0] and speech.box[2] <= right and top <= speech.box[1] and speech.box[3] <= bottom
    elephant = next(s for s in plan.subjects if s.label == "elephant")
    assert tip[1] > bottom and elephant.box[1] >= bottom  # the tail points down to the speaker, who stands below
    assert elephant.box[0] < tip[0] < elephant.box[2] and abs(tip[1] - elephant.box[1]) < 0.05  # at its head
    assert read_each(reader, prompt, "3:4")["Drink water!"] == "Drinkwater!"


def test_a_speech_bubble_with_no_document_named_is_still_a_comic() -> None:
    assert plan_of('A cat saying "Feed me!" in a speech bubble', 1024, 1024).scene.document == "comic"


@pytest.mark.parametrize(("prompt", "author"), [
    ('A book cover for a thriller titled "The Last Train to Lisbon" by "J. R. Castell"', "J. R. Castell"),
    ('A book cover titled "The Quiet Forest" by "Anna Berg" with a deer in the woods', "Anna Berg"),
    ('Book cover: a fox in the snow, the title "Winter Fox" at the top and "by Lia Moreno" at the bottom',
     "by Lia Moreno"),  # the credit line quoted whole
])
def test_a_quoted_name_after_by_is_the_author_at_the_foot(prompt: str, author: str) -> None:
    plan = plan_of(prompt, 768, 1152)
    block = next(b for b in plan.texts if b.text == author)
    assert block.role == "author" and block.box[1] > 0.6


def test_the_only_string_written_underneath_the_picture_is_at_the_foot(reader: text_fidelity.Reader) -> None:
    """"…a vase of tulips on the front and "Feel better soon, Sam!" written underneath": under the picture named
    before it, so at the foot of the card, not over the picture at the top."""
    prompt = 'A get-well card with a vase of tulips on the front and "Feel better soon, Sam!" written underneath'
    block = next(b for b in plan_of(prompt, 768, 1024).texts if b.text == "Feel better soon, Sam!")
    assert (block.box[1] + block.box[3]) / 2 > 0.6
    assert read_each(reader, prompt, "3:4")["Feel better soon, Sam!"] == text_fidelity.squash("Feel better soon, Sam!")


def test_menu_items_read_without_a_leader_dot_as_a_full_stop(reader: text_fidelity.Reader) -> None:
    items = {"Margherita": "$12", "Pepperoni": "$14", "Veggie": "$13", "Hawaiian": "$14", "BBQ Chicken": "$15",
             "Garlic Knots": "$6"}
    prompt = "A pizza menu with " + ", ".join(f'"{item} {price}"' for item, price in items.items())
    read = read_each(reader, prompt, "3:4")
    for item, price in items.items():
        assert read[item] == text_fidelity.squash(item) and read[price] == price


def test_each_bubble_points_at_its_speaker_in_its_own_panel() -> None:
    """A comic repeats its cast in every panel: each tail goes to the speaker standing under its own bubble."""
    plan = plan_of('A two-panel comic: the boy says "Hi!" and then the girl says "Bye!"', 1024, 768)
    bubbles = [s for s in plan.shapes if s.kind == "bubble"]
    assert len(bubbles) == 2
    for bubble, speaker in zip(bubbles, ("boy", "girl"), strict=True):
        tip = bubble.points[-1]
        panel_of_tip = [s for s in plan.subjects if s.box[0] < tip[0] < s.box[2]]
        assert [s.label for s in panel_of_tip] == [speaker]


@pytest.mark.parametrize("prompt", [
    'A recipe card with the steps "Boil water", "Add pasta" and "Drain and serve"',
    'An index card with the steps "Read", "Write"',
])
def test_a_recipe_or_index_card_is_the_document_not_a_drawn_bank_card(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.scene is not None and not any(entity.noun == "card" for entity in plan.scene.entities)
    assert all(subject.glyph != "💳" for subject in plan.subjects)
    assert [block.role for block in plan.texts if block.role == "step"]  # the steps are still set
