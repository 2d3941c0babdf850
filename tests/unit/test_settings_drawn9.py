"""The place and the strings, read as said: light that streams or pours is no stream and its time word is the
time ("morning sun streams across a kitchen windowsill"), things that say where they are (a presentation screen is
in an office, a satellite in space), and a price on a tag set on the tag as a price and read back exactly. Sentences
written for these tests; real planner, engine and OCR reader.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.unit.test_drawn_as_asked import plan_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import crop_box, padded


def setting_of(prompt: str) -> dict[str, object]:
    setting = plan_of(prompt).scene.setting
    return {"place": setting.place, "terrain": setting.terrain, "indoor": setting.indoor, "time": setting.time_of_day}


@pytest.mark.parametrize(("prompt", "expected"), [
    # light and what it does: the verb is no stream, a time word before the sun is the time
    # (the window it streams through is a room's: its floor, no stream and no open ground)
    ("Moonlight streams through the window onto a sleeping cat", {"terrain": "floor", "indoor": True,
                                                                   "time": "night"}),
    ("Sunlight pours into a cozy reading nook", {"indoor": True, "terrain": "floor"}),
    ("Morning sun streams across a bakery counter lined with loaves", {"time": "morning", "indoor": True}),
    ("Afternoon sunlight falls on a sleeping dog", {"time": "afternoon", "terrain": "none"}),
    ("A river streams past an old mill", {"terrain": "water"}),  # a river's water is still the ground
    # things that say where they are, when no place is named
    ("A woman reading on a window seat", {"indoor": True, "terrain": "floor"}),
    ("A manager pointing at the presentation screen", {"indoor": True, "place": "office"}),
    ("A man giving a presentation beside a big screen", {"indoor": True, "place": "office"}),
    ("A satellite orbiting high above the clouds", {"terrain": "space"}),
    ("An astronaut repairing the space station", {"terrain": "space"}),
    ("Two astronauts visiting a classroom", {"indoor": True, "place": "classroom"}),  # a named place wins
])
def test_the_setting_is_read_as_said(prompt: str, expected: dict[str, object]) -> None:
    setting = setting_of(prompt)
    assert {key: setting[key] for key in expected} == expected


def test_the_sun_still_streams_through_the_window_not_into_a_lake() -> None:
    """"streams" after the light was a place: the sun drawn over a stream's water and hills."""
    plan = plan_of("Morning sun streams through the kitchen window onto a cat")
    assert plan.scene.setting.terrain != "water" and plan.scene.setting.indoor


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


@pytest.mark.parametrize(("prompt", "price"), [
    ('A teddy bear with a price tag reading "$4.99"', "$4.99"),
    ('A straw basket at a flea market with a handwritten tag that reads "$12"', "$12"),
    ('A vintage lamp at a yard sale, its price tag saying "€15"', "€15"),
])
def test_a_price_on_a_tag_is_set_on_the_tag_and_read_back(reader: text_fidelity.Reader, prompt: str,
                                                          price: str) -> None:
    """The tag was taken as a word about the string (no tag drawn, "reading" drawn as a book) and a "price tag"
    made the whole picture a label: the tag is a thing carrying the string, whose role is the price."""
    image, plan = text_fidelity.render_prompt(prompt, "1:1")
    spec = next(t for t in plan.scene.texts if t.text == price)
    assert spec.role == "price" and spec.target in ("tag", "price tag")
    assert plan.scene.document == "scene"
    assert "reading" not in {e.noun for e in plan.scene.entities}
    tag = next(s for s in plan.subjects if s.label in ("tag", "price tag"))
    block = next(b for b in plan.texts if b.text == price)
    centre = ((block.box[0] + block.box[2]) / 2, (block.box[1] + block.box[3]) / 2)
    assert tag.box[0] <= centre[0] <= tag.box[2] and tag.box[1] <= centre[1] <= tag.box[3]
    assert reader.read(padded(crop_box(image, block.box))) == price


def test_a_tag_without_a_price_keeps_its_label_role() -> None:
    spec = plan_of('A suitcase with a tag that reads "AMS to JFK"').scene.texts[0]
    assert (spec.text, spec.role) == ("AMS to JFK", "label")


def test_a_label_on_a_jar_is_still_printed_on_the_jar() -> None:
    """Only a tag hangs beside what it marks: a jar's label stays the jar's print, never a second thing."""
    plan = plan_of('A glass jar of honey with a label that reads "Wildflower Honey"')
    assert "label" not in {e.noun for e in plan.scene.entities}
    assert plan.scene.texts[0].role == "label"
