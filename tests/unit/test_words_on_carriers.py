"""Words on the things that carry them: a sign's words on the sign, a mug's on the mug, never a headline over a
blank object. Real planner, real renderer, read back by the OCR the benchmarks use, inside the placed box."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.geometry import intersection_area
from openbanana.plan import Plan, Subject, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

CARRIED = [
    ('A white mug with "World\'s Best Dad" printed on it', "1:1", "mug"),
    ('A black T-shirt with the print "Code. Coffee. Repeat." on the front', "4:5", "shirt"),
    ('A paper bag from a bakery stamped "Baked with love" and "Est. 1998"', "1:1", "bag"),
    ('A birthday cake with "Happy 30th" written on it', "1:1", "cake"),
    ('A road trip photo with a wooden sign reading "Welcome to Vermont" by the road', "16:9", "sign"),
    ('A parking sign that says "NO PARKING 7AM-9AM" next to a car', "4:3", "sign"),
    ('A name tag that says "Hello, my name is Priya"', "4:3", "name tag"),
    ('A bottle of olive oil with a label reading "Extra Virgin"', "3:4", "bottle"),
    ('A farmers market chalkboard with "Apples 2 for $1" and "Fresh Eggs $4/dozen"', "3:4", "chalkboard"),
    ('A small shop front with a sign above the door that reads "Rosa\'s Flowers"', "4:3", "sign"),
    ('A sale tag on a red dress: "40% OFF" and "Now $29.99"', "3:4", "tag"),
]


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def carrier_of(plan: Plan, noun: str) -> Subject:
    return next(s for s in plan.subjects if noun in s.label)


def inside(block: TextBlock, subject: Subject) -> bool:
    (left, top, right, bottom), outer = block.box, subject.box
    return outer[0] <= left and outer[1] <= top and right <= outer[2] and bottom <= outer[3]


@pytest.mark.parametrize(("prompt", "aspect", "noun"), CARRIED)
def test_every_string_is_set_on_its_carrier_and_reads_back_exactly(reader: text_fidelity.Reader, prompt: str,
                                                                   aspect: str, noun: str) -> None:
    image, plan, shortfalls = text_fidelity.render_with_shortfalls(prompt, aspect)
    carrier = carrier_of(plan, noun)
    for block in plan.texts:
        assert inside(block, carrier), (block.text, block.box, carrier.box)
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    for block, text in zip(plan.texts, found, strict=True):
        assert text_fidelity.squash(text) == text_fidelity.squash(block.text), (block.text, text)
    assert not any("caption" in s for s in shortfalls)


def test_a_diagrams_label_names_the_part_not_the_thing_it_is_on() -> None:
    plan = plan_composition(PlanningInput('A diagram of a bottle with a label "Cap"', 1024, 1024, seed=7))
    assert [t.target for t in plan.scene.texts] == ["cap"]


def test_a_sign_with_words_is_a_wide_board_not_a_small_pictogram_and_keeps_clear_of_the_car() -> None:
    plan = plan_composition(PlanningInput('A parking sign that says "NO PARKING 7AM-9AM" next to a car', 1184, 864,
                                          seed=7))
    sign, car = carrier_of(plan, "sign"), carrier_of(plan, "car")
    assert sign.glyph is None and sign.form == "signboard" and sign.box[2] - sign.box[0] >= 0.55
    across = max(0.0, min(sign.box[2], car.box[2]) - max(sign.box[0], car.box[0]))
    assert across < 0.15 * (car.box[2] - car.box[0])  # the car stands beside the sign, not over its words


def test_the_words_on_a_black_shirt_are_light_on_the_shirts_own_colour(reader: text_fidelity.Reader) -> None:
    image, plan, _ = text_fidelity.render_with_shortfalls(
        'A black T-shirt with the print "Code. Coffee. Repeat." on the front', "4:5")
    plate = next(s for s in plan.shapes if s.kind == "rect")
    assert plate.fill == carrier_of(plan, "shirt").tint and plate.fill is not None and max(plate.fill) < 40
    block = plan.texts[0]
    x0, y0, x1, y1 = (round(v * s) for v, s in zip(block.box, (*image.size, *image.size), strict=True))
    assert image.crop((x0, y0, x1, y1)).convert("L").getextrema()[1] > 200  # light ink on the dark shirt


def test_words_too_long_for_the_mug_are_a_caption_beside_it_and_the_answer_says_so(
        reader: text_fidelity.Reader) -> None:
    words = ("To the best dad in the whole wide world, who taught me to ride a bike, to fix a tap, to make pancakes "
             "on Sundays and to never ever give up on anything at all, with all my love forever and always")
    image, plan, shortfalls = text_fidelity.render_with_shortfalls(f'A white mug printed with "{words}"', "1:1")
    mug, block = carrier_of(plan, "mug"), plan.texts[0]
    assert block.box[1] >= mug.box[3] or block.box[3] <= mug.box[1]  # under the mug, or over it
    assert any("caption beside the mug" in s for s in shortfalls)
    assert not plan.shapes  # no blank plate left on the mug
    assert not any("left out" in s for s in shortfalls)  # still set whole, beside the mug
    read = text_fidelity.read_blocks(reader.detect(image), plan, image.size)[0]
    assert text_fidelity.squash(read).startswith("Tothebestdad")


@pytest.mark.parametrize(("prompt", "noun"), [('A name tag that says "Hello, my name is Priya"', "name"),
                                              ('A sale tag on a red dress: "40% OFF" and "Now $29.99"', "sale")])
def test_the_word_that_only_names_a_drawn_tag_is_not_reported_missing(prompt: str, noun: str) -> None:
    plan = plan_composition(PlanningInput(prompt, 1024, 1024, seed=7))
    assert carrier_of(plan, "tag").form == "plaque"
    assert not any(f"the {noun}" in s.lower() for s in plan.shortfalls), plan.shortfalls


def test_words_on_a_carrier_keep_the_colour_asked_where_it_reads_and_say_so_where_it_does_not() -> None:
    jar = plan_composition(PlanningInput('A label on a glass jar that says "Homemade Jam" in red serif letters',
                                         1024, 1024, seed=1))
    (label,) = jar.texts
    assert label.color is not None and label.color[0] > 150 > label.color[1]  # red, on the jar's pale label
    sign = plan_composition(PlanningInput('A wooden sign that reads "Open" in white letters', 1024, 1024, seed=1))
    (word,) = sign.texts
    assert word.color is None  # white does not read on pale wood: the renderer picks a colour that does
    assert any('"Open" is set in a colour that reads on the sign' in note for note in sign.shortfalls)


def test_a_string_the_template_set_where_a_carrier_grew_moves_beside_it(reader: text_fidelity.Reader) -> None:
    """"…a sign reading "Residents Only" and a small note underneath: "Towing enforced"": the second string, with
    no carrier of its own, would be left where the template set it, over the first on the grown sign, and OCR would
    read the two run together."""
    prompt = 'A parking sign reading "Residents Only" and a small note underneath: "Towing enforced"'
    image, plan, _shortfalls = text_fidelity.render_with_shortfalls(prompt, "4:3")
    sign = carrier_of(plan, "sign")
    first, note = (next(b for b in plan.texts if b.text == t) for t in ("Residents Only", "Towing enforced"))
    assert inside(first, sign)
    assert intersection_area(note.box, sign.box) == 0 and intersection_area(note.box, first.box) == 0
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    for block, text in zip(plan.texts, found, strict=True):
        assert text_fidelity.squash(text) == text_fidelity.squash(block.text), (block.text, text)
