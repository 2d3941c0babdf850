"""Strings in the role the prompt gives them: the places a signpost points to are set on the signpost as its labels
(never a headline and subtitle over the picture), and a drawing whose "parts are marked" with strings is a labelled
diagram, each string in a column with a callout. Real planner, real draft renderer, read back by the OCR the
benchmarks use; the sentences are new ones, none from a prompt set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from tests.unit import test_words_on_carriers as on_carriers
from tests.unit.test_words_on_carriers import carrier_of, inside

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

reader = on_carriers.reader  # the OCR fixture: one rapidocr for the module


def plan_of(prompt: str) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, 1024, 768, seed=7)).plan


@pytest.mark.parametrize(("prompt", "carrier", "places"), [
    ('A cyclist resting beside a wooden signpost that points to "Old Mill 3 km" and "Harbour 8 km"', "signpost",
     ["Old Mill 3 km", "Harbour 8 km"]),
    ('A fingerpost at a village green pointing the way to "Church Lane" and "Station 1 mi"', "fingerpost",
     ["Church Lane", "Station 1 mi"]),
    ('A snowy crossroads with a road sign pointing towards "Ski Lifts" and "Hotel Alpina"', "sign",
     ["Ski Lifts", "Hotel Alpina"]),
])
def test_the_places_a_signpost_points_to_are_its_labels_set_on_it(
        reader: text_fidelity.Reader, prompt: str, carrier: str, places: list[str]) -> None:
    image, plan, _ = text_fidelity.render_with_shortfalls(prompt, "4:3")
    specs = {t.text: t for t in plan.scene.texts}
    assert all(specs[place].role == "label" for place in places), specs
    assert all(specs[place].target == carrier for place in places), specs
    drawn = carrier_of(plan, carrier)
    blocks = {b.text: b for b in plan.texts}
    assert all(inside(blocks[place], drawn) for place in places), (blocks, drawn.box)
    found = dict(zip((b.text for b in plan.texts), text_fidelity.read_blocks(reader.detect(image), plan, image.size),
                     strict=True))
    for place in places:
        assert text_fidelity.squash(found[place]) == text_fidelity.squash(place), found


def test_a_title_the_prompt_names_stays_the_headline_beside_a_signposts_label() -> None:
    plan = plan_of('A photo titled "Autumn Trails" of a signpost pointing to "Fox Wood 2 km" in a beech forest')
    roles = {t.text: t.role for t in plan.scene.texts}
    assert roles == {"Autumn Trails": "headline", "Fox Wood 2 km": "label"}, roles


@pytest.mark.parametrize("prompt", [
    'A school handout showing a frog, its parts marked "Eye", "Leg", "Webbed Foot" and "Mouth"',
    'A simple drawing of a guitar, mark each part: "Neck", "Body" and "Strings"',
])
def test_strings_marking_a_drawings_parts_are_a_diagrams_labels_with_callouts(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.layout == "diagram", plan.layout
    assert {t.role for t in plan.scene.texts} == {"label"}, plan.scene.texts
    assert sum(shape.kind == "callout" for shape in plan.shapes) == len(plan.scene.texts), plan.shapes
