"""What the nineteenth round of fresh prompts (bench/data/eyes_dev19.jsonl) showed wrong, fixed, through the real
rules planner and draft engine; sentences of our own, none of the round's prompts.

1. A word drawn by its other sense: a saucer among food or drink is the small plate (it was a flying saucer), a
   kingfisher a bird (a tropical fish under water), a dog walker or a pet sitter a person (a shoe, a bird), a barrel
   or a cask a drum (no pictogram: a wine cellar stood empty); "a flying saucer" keeps its own picture.
2. A football or rugby match is drawn by its ball ("match" alone was nothing), and a referee or an umpire stands on
   a pitch when no place is named (on no ground at all); a referee's whistle is left out and said so (a guitar, the
   picture of its kind "musical instrument").
3. A stable is its inside, as a barn is: "a girl brushing a pony in a stable" is in a room (the girl and the pony
   stood on the roof of a house).
4. "Corn on the cob" is corn, and "a cob of corn" too: no chick (the nearest picture to "cob", a male swan).
5. Hosing, washing or wiping "down" a thing is done beside it ("a zookeeper hosing down an elephant" rode it).
6. A station seen from outside ("a taxi outside a train station") is its front on the street, not its hall with a
   train in it.
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
    ("a teacup rattling on its saucer beside a scone", "saucer", "🍽", "plate"),
    ("a kingfisher perched on a reed above a pond", "kingfisher", "🐦", "bird"),
    ("a pet sitter reading on a porch swing", "pet sitter", "🧑", "person"),
    ("an oak cask in the corner of a pub", "cask", "🛢", "drum"),
])
def test_a_word_of_two_senses_is_drawn_as_the_one_meant_and_said(prompt: str, noun: str, glyph: str,
                                                                 shown: str) -> None:
    plan = plan_of(prompt)
    assert (entity(plan, noun).glyph, entity(plan, noun).stand_in) == (glyph, shown)
    drawn = subjects(plan, noun)
    assert drawn and ink_share(plan, drawn[0]) > 0.003
    assert f"shown as a {shown}" in _answer(plan)


def test_a_kingfisher_over_water_is_not_under_it() -> None:
    plan = plan_of("a kingfisher darting into a shallow brook")
    assert plan.scene.setting.terrain != "underwater"
    assert entity(plan, "kingfisher").glyph == "🐦"


def test_a_flying_saucer_keeps_its_own_picture_beside_a_cup() -> None:
    plan = plan_of("a flying saucer hovering over a roadside diner, a coffee cup on the sign")
    saucer = entity(plan, "flying saucer")
    assert saucer.glyph == "🛸" and not saucer.stand_in


@pytest.mark.parametrize(("prompt", "noun", "glyph"), [
    ("an umpire shouting at a rugby match", "rugby match", "🏉"),
    ("a referee pointing at the spot during a soccer game", "soccer game", "⚽"),
])
def test_a_match_is_its_ball_on_a_pitch(prompt: str, noun: str, glyph: str) -> None:
    plan = plan_of(prompt)
    setting = plan.scene.setting
    assert (setting.indoor, setting.place, setting.terrain) == (False, "pitch", "grass")
    assert entity(plan, noun).glyph == glyph
    assert subjects(plan, noun)


def test_a_match_on_tv_names_no_pitch() -> None:
    assert plan_of("two brothers watching a football game on the television").scene.setting.place != "pitch"


def test_a_whistle_is_left_out_and_said_so_not_drawn_as_a_guitar() -> None:
    plan = plan_of("a lifeguard blowing a whistle at two swimmers")
    assert all(e.glyph != "🎸" for e in plan.scene.entities)
    assert "whistle" in _answer(plan)


def test_someone_in_a_stable_is_inside_it_not_on_a_roof() -> None:
    plan = plan_of("a stable boy feeding hay to a horse in the stable")
    setting = plan.scene.setting
    assert (setting.indoor, setting.backdrop) == (True, "room")
    assert all(e.glyph != "🏠" for e in plan.scene.entities)
    assert subjects(plan, "horse")


@pytest.mark.parametrize("prompt", ["buttered corn on the cob next to a bowl of coleslaw",
                                    "three cobs of corn on a picnic table"])
def test_corn_on_the_cob_is_corn_with_no_chick(prompt: str) -> None:
    plan = plan_of(prompt)
    glyphs = {e.glyph for e in plan.scene.entities}
    assert "🌽" in glyphs and "🐤" not in glyphs
    corn = next(e for e in plan.scene.entities if e.glyph == "🌽")
    assert [s for s in plan.subjects if s.entity == corn.id]


@pytest.mark.parametrize(("prompt", "doer", "thing"), [
    ("a farmer hosing down a muddy horse", "farmer", "horse"),
    ("a waiter wiping down a round table", "waiter", "table"),
])
def test_cleaning_down_a_thing_is_done_beside_it_not_on_it(prompt: str, doer: str, thing: str) -> None:
    plan = plan_of(prompt)
    ids = {e.noun.split()[-1]: e.id for e in plan.scene.entities}
    said = {(r.subject, r.predicate, r.object) for r in plan.scene.relations}
    assert (ids[doer], "next_to", ids[thing]) in said
    assert not any(r.predicate in ("riding", "on") and r.subject == ids[doer] for r in plan.scene.relations)


def test_a_station_seen_from_outside_is_its_front_on_the_street() -> None:
    plan = plan_of("a cyclist locking her bike outside the railway station")
    setting = plan.scene.setting
    assert not setting.indoor and setting.backdrop == "city"
    station = entity(plan, "railway station")
    assert station.glyph == "🚉"
    assert "train" not in {e.noun for e in plan.scene.entities}
    assert [s for s in plan.subjects if s.entity == station.id]
