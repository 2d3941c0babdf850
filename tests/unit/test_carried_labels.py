"""A string carried on a thing in a scene is that thing's label, set exactly where, how big and in which face it was
set as a headline: the real rules planner and the real draft renderer, read back by the OCR the benchmarks use.
The strings are new ones, none from a prompt set."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from openbanana.plan import Plan, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.scene import SceneGraph, TextRole
from tests.unit import test_words_on_carriers as on_carriers
from tests.unit.test_words_on_carriers import carrier_of, inside

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

reader = on_carriers.reader  # the OCR fixture: one rapidocr for the module


def plan_of(prompt: str, scene: SceneGraph | None = None) -> Plan:
    return plan_composition(PlanningInput(prompt, 1024, 768, seed=7), scene)


def block_of(plan: Plan, text: str) -> TextBlock:
    return next(b for b in plan.texts if b.text == text)


@pytest.mark.parametrize(("prompt", "text", "carrier"), [
    ('A hand-painted sign saying "Fresh Figs 3 for $2" beside a fruit stall', "Fresh Figs 3 for $2", "sign"),
    ('A travel mug with "Stay Curious" printed on it, next to a notebook', "Stay Curious", "mug"),
    ('A gift bag stamped "Thank You, Nora" on a kitchen table', "Thank You, Nora", "bag"),
])
def test_a_string_carried_alone_is_its_carriers_label_and_reads_back_on_it(
        reader: text_fidelity.Reader, prompt: str, text: str, carrier: str) -> None:
    image, plan, _ = text_fidelity.render_with_shortfalls(prompt, "4:3")
    spec = next(t for t in plan.scene.texts if t.text == text)
    assert spec.role == "label"
    assert block_of(plan, text).role == "headline"  # set as its carrier's headline: the largest words on it
    drawn = carrier_of(plan, carrier)
    assert inside(block_of(plan, text), drawn)
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    read = dict(zip((b.text for b in plan.texts), found, strict=True))
    assert text_fidelity.squash(read[text]) == text_fidelity.squash(text), read[text]


def test_strings_joined_on_one_board_stay_a_headline_and_a_line_under_it() -> None:
    """"…reading "A" and "B"" is one notice: its first line the headline, the next under it, both on the board."""
    plan = plan_of('A wooden welcome board reading "Welcome to the Reunion" and "Class of 1999" by a door')
    roles = {t.text: t.role for t in plan.scene.texts}
    assert roles == {"Welcome to the Reunion": "headline", "Class of 1999": "subtitle"}
    board = carrier_of(plan, "board")
    assert all(inside(b, board) for b in plan.texts)


def test_the_next_thing_with_its_own_words_is_a_label_of_the_same_carrier(reader: text_fidelity.Reader) -> None:
    """"one arrow saying "A" and another saying "B"": two labels, both on the sign, one above the other, each read
    back on its own (the second had no carrier and was moved off the sign, beside it)."""
    prompt = 'A trail sign by a lake with one arrow saying "Hut 4 km" and another saying "Ridge 9 km"'
    image, plan, _ = text_fidelity.render_with_shortfalls(prompt, "4:3")
    specs = {t.text: t for t in plan.scene.texts}
    assert [specs["Hut 4 km"].role, specs["Ridge 9 km"].role] == ["label", "label"]
    assert specs["Hut 4 km"].target == specs["Ridge 9 km"].target != ""
    sign = carrier_of(plan, "sign")
    first, second = block_of(plan, "Hut 4 km"), block_of(plan, "Ridge 9 km")
    assert inside(first, sign) and inside(second, sign)
    assert first.box[3] <= second.box[1]
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    for block, text in zip(plan.texts, found, strict=True):
        assert text_fidelity.squash(text) == text_fidelity.squash(block.text), (block.text, text)


@pytest.mark.parametrize("prompt", [
    'A parking sign reading "Bikes Only After 6" next to a lamp post',
    'A bottle of vinegar with a label reading "Aged Ten Years"',
    'A white T-shirt printed with "Ask Me About Owls"',
])
@pytest.mark.parametrize("role", ["headline", "label"])
def test_what_a_carried_string_is_never_changes_the_picture_of_it(prompt: str, role: TextRole) -> None:
    """The same reading with the carried string as a headline or as a label: the same things in the same places,
    the string in the same box, face, size and ink; only the role the scene graph names differs."""
    read = plan_of(prompt)
    text = read.scene.texts[0]
    assert text.target  # carried
    graph = replace(read.scene, texts=(replace(text, role=role),))
    plan = plan_of(prompt, graph)
    assert plan.subjects == read.subjects
    assert plan.shapes == read.shapes
    assert plan.texts == read.texts
    assert plan.scene.texts[0].role == role


def test_a_string_on_a_poster_is_still_its_headline() -> None:
    plan = plan_of('A poster that says "Autumn Book Fair" with a stack of books')
    assert [(t.role, b.role) for t, b in zip(plan.scene.texts, plan.texts, strict=True)] == [("headline", "headline")]


def test_a_label_listed_after_a_carried_one_is_on_the_same_thing(reader: text_fidelity.Reader) -> None:
    """"…label reads "A" and "B"": the second, named for nothing but its own words, is on the jar too (it had been
    set at the foot of the picture, away from the jar)."""
    prompt = 'A jar of chutney whose paper label reads "Mango Heat" and "Small Batch"'
    image, plan, _ = text_fidelity.render_with_shortfalls(prompt, "4:3")
    jar = carrier_of(plan, "jar")
    assert all(inside(block, jar) for block in plan.texts), [(b.text, b.box) for b in plan.texts]
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    for block, text in zip(plan.texts, found, strict=True):
        assert text_fidelity.squash(text) == text_fidelity.squash(block.text), (block.text, text)


def test_the_thoughts_name_a_carried_string_by_its_role_and_carrier() -> None:
    """The block is typeset as a headline on the sign; the thoughts say what the prompt asked: a label."""
    from openbanana.imaging.sizes import TargetSize
    from openbanana.service.generation.thoughts import thought_summary

    target = TargetSize("4:3", "1K", 1024, 768, 1290)
    carried = thought_summary(plan_of('A hand-painted sign saying "Fresh Figs Today" beside a fruit stall'), target)
    assert '- Label: "Fresh Figs Today"' in carried
    poster = thought_summary(plan_of('A poster with the headline "Summer Jazz Night" and a trumpet'), target)
    assert '- Headline: "Summer Jazz Night"' in poster
