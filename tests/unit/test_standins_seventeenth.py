"""Things the seventeenth round of fresh prompts showed drawn as the wrong picture, through the real rules planner
and draft engine; sentences of our own, none of the round's prompts.

1. Things a person reads by their shape: an iceberg is a snow-capped mountain (ice cubes), a taillight a car (a
   light bulb), a baggage carousel the baggage-claim sign (a merry-go-round horse), a bicycle cart a bicycle (a
   shopping cart), a honeycomb the honey pot (a picture frame), a kayaker a person rowing (an empty canoe), a
   window washer a person (a kettle); each said in the answer as a stand-in.
2. A doubled hyphenated word is one word: "a yo-yo" is drawn (it was dropped, read as "yo" twice).
3. Work said as what someone is taught or helped to do puts the scene where it is done: "teaching him to bake" is
   in a kitchen, as "baking" is.
4. A market is its stalls (awnings over counters), not a row of shop buildings.
5. A word takes its picture from its company: a role named with an animal is the animal ("a frog prince"), a
   creeper beside a mechanic or a car the wheeled board (a potted plant), a mobile over a crib the hanging chime
   (a phone); a creeper on a wall stays the plant.
"""

from __future__ import annotations

import pytest

from openbanana.engines.base import RenderRequest
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan
from openbanana.service.generation.thoughts import answer_text
from tests.unit.test_scene_fidelity_classes import ENGINE, SIZE, entity, ink_share, plan_of, subjects


def _answer(plan: Plan) -> str:
    result = ENGINE.render(RenderRequest(plan, SIZE, SIZE, seed=7))
    return answer_text(plan, target_size("1:1", "1K"), shortfalls=result.shortfalls)


@pytest.mark.parametrize(("prompt", "noun", "glyph", "shown"), [
    ("a polar bear swimming past two small icebergs", "iceberg", "🏔", "snow-capped mountain"),
    ("glowing taillights of a bus in the fog", "taillight", "🚗", "car"),
    ("a backpack going round on the baggage carousel", "baggage carousel", "🛄", "baggage claim"),
    ("an old man selling ice cream from a bicycle cart", "bicycle cart", "🚲", "bicycle"),
    ("a bee crawling over a honeycomb in the sun", "honeycomb", "🍯", "honey pot"),
    ("a kayaker resting near a waterfall", "kayaker", "🚣", "person rowing a boat"),
    ("a window cleaner waving from a ladder", "window cleaner", "🧑", "person"),
])
def test_a_thing_read_by_its_shape_is_drawn_and_said_as_a_stand_in(prompt: str, noun: str, glyph: str,
                                                                    shown: str) -> None:
    plan = plan_of(prompt)
    thing = entity(plan, noun)
    assert (thing.glyph, thing.stand_in) == (glyph, shown)
    drawn = subjects(plan, noun)
    assert drawn and ink_share(plan, drawn[0]) > 0.05
    assert f"shown as a {shown}" in _answer(plan)


def test_a_yo_yo_is_one_word_and_drawn() -> None:
    plan = plan_of("a little girl spinning a red yo-yo on the sidewalk")
    toy = entity(plan, "yo-yo")
    assert toy.glyph == "🪀"
    drawn = subjects(plan, "yo-yo")
    assert drawn and ink_share(plan, drawn[0]) > 0.05
    assert "yo-yo" in _answer(plan)


@pytest.mark.parametrize(("prompt", "place"), [
    ("an uncle showing his niece how to bake a pie", "kitchen"),
    ("a boy helping his mum to cook soup", "kitchen"),
])
def test_work_taught_or_helped_with_is_where_it_is_done(prompt: str, place: str) -> None:
    assert plan_of(prompt).scene.setting.place == place


def test_an_infinitive_of_other_work_names_no_room() -> None:
    assert plan_of("a father teaching his son to ride a bike").scene.setting.place != "kitchen"


def test_a_market_is_drawn_as_stalls_not_shops() -> None:
    plan = plan_of("a small street market at dawn with boxes of tomatoes")
    assert all(e.glyph != "🏪" for e in plan.scene.entities)
    stalls = [s for s in plan.subjects if s.form == "stall"]
    assert stalls and all(ink_share(plan, s) > 0.05 for s in stalls)


@pytest.mark.parametrize(("prompt", "noun", "glyph", "shown"), [
    ("a frog prince sitting on a stone by the pond", "prince", "🐸", "frog"),
    ("a cartoon cat wizard reading a spell book", "wizard", "🐈", "cat"),
    ("a mechanic rolling out on a creeper from under a car", "creeper", "🛹", "skateboard"),
    ("a crib under a mobile of paper birds", "mobile", "🎐", "wind chime"),
    ("a woman in a veil pulling a honeycomb frame from a box", "frame", "🍯", "honey pot"),
])
def test_a_word_takes_its_picture_from_its_company(prompt: str, noun: str, glyph: str, shown: str) -> None:
    plan = plan_of(prompt)
    thing = entity(plan, noun)
    assert (thing.glyph, thing.stand_in) == (glyph, shown)
    assert subjects(plan, noun)
    assert f"shown as a {shown}" in _answer(plan)


def test_alone_the_words_keep_their_own_pictures() -> None:
    assert entity(plan_of("an old stone wall under green creepers"), "creeper").glyph == "🪴"
    assert entity(plan_of("a woman texting on her mobile on a bench"), "mobile").glyph != "🎐"
    assert entity(plan_of("a police officer walking a dog"), "officer").glyph == "👮"
