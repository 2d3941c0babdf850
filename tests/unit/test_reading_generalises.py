"""Reading that carries to sentences it was not written for: a predicate chosen by what the words mean
(vocabulary/predicates.py: the carry/hold verb class, things a person can only hold, figures that wear and hold),
a person's verb after "with … skin", a state word after a posture ("curled up asleep"), and any skin phrase read
without a crash. Every sentence here is written for the test, none is a benchmark prompt; the last tests plan and
draw with the real planner and draft engine."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from bench.scene_checks import relation_holds

from openbanana.planner.rules.entity_draft import skin_tone_of
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.planner.rules.vocabulary.predicates import ENTAILS, GEOMETRY, INVERSES
from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn


def relations(prompt: str) -> set[tuple[str, str, str]]:
    scene = read_scene(prompt)
    noun = {e.id: e.noun for e in scene.entities}
    return {(noun[r.subject], r.predicate, noun[r.object]) for r in scene.relations}


def entity(prompt: str, noun: str) -> dict[str, object]:
    found = next(e for e in read_scene(prompt).entities if e.noun == noun)
    return {"action": found.action, "skin_tone": found.skin_tone}


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a sailor hoisting a sack onto a cart", ("sailor", "holding", "sack")),
    ("a girl clasping a lantern", ("girl", "holding", "lantern")),
    ("a weightlifter lifts a kettlebell", ("weightlifter", "holding", "kettlebell")),
])
def test_verbs_of_the_carry_class_hold_their_object(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_a_person_in_or_on_a_thing_only_a_hand_can_take_holds_it() -> None:
    assert ("grandmother", "holding", "skillet") in relations("a grandmother frying eggs in a skillet")
    assert ("teenager", "holding", "phone") in relations("a teenager chatting on the phone in a cafe")
    # an animal fits in a pan; a person in a room or a boat is in it
    assert ("kitten", "in", "frying pan") in relations("a kitten in a frying pan")
    assert ("man", "in", "canoe") in relations("a man in a canoe")


def test_sharing_a_surface_is_being_on_it_and_sharing_a_thing_is_holding_it() -> None:
    assert ("dog", "on", "bench") in relations("two dogs sharing a bench")
    assert ("friend", "holding", "umbrella") in relations("two friends sharing an umbrella in the rain")


def test_a_figure_wears_and_holds_what_it_is_with_but_not_its_own_parts() -> None:
    assert ("scarecrow", "wearing", "hat") in relations("a scarecrow with a straw hat in a cornfield")
    assert ("robot", "holding", "wrench") in relations("a robot with a wrench")
    assert not any(p in ("holding", "wearing") for _, p, _ in relations("a snowman with a carrot nose"))
    assert ("lamp", "next_to", "vase") in relations("a lamp with a vase")  # a thing is not a figure


def test_a_verb_after_with_skin_is_the_persons() -> None:
    baker = entity("a baker with olive skin kneading dough on a counter", "baker")
    assert baker == {"action": "kneading", "skin_tone": "medium"}
    assert entity("an old sailor with dark skin mending a net", "sailor") == {"action": "mending",
                                                                            "skin_tone": "dark"}
    assert not entity("an old sailor with dark skin mending a net", "net")["action"]


def test_a_state_word_after_a_posture_is_the_action_and_the_place_stays() -> None:
    assert entity("a puppy curled up asleep in a basket", "puppy")["action"] == "sleeping"
    assert ("puppy", "in", "basket") in relations("a puppy curled up asleep in a basket")
    lamp = "a lamp throws light on a hound lying asleep on a mat"
    assert entity(lamp, "hound")["action"] == "sleeping"
    assert ("hound", "on", "mat") in relations(lamp)


@pytest.mark.parametrize("skin", ["tanned", "sunburnt", "deep brown", "warm brown", "porcelain", "golden", "ashen"])
def test_any_skin_phrase_is_read_without_a_crash(skin: str) -> None:
    for shape in ("a girl with {} skin smiling", "a man with {} skin tone reading", "a {}-skinned cook"):
        assert read_scene(shape.format(skin)).entities


def test_a_skin_phrase_takes_its_tone_from_the_words_a_list_knows() -> None:
    assert skin_tone_of("deep brown skin") == "medium_dark"
    assert skin_tone_of("tanned skin") == "medium"
    assert skin_tone_of("glowing skin") is None


def test_the_predicate_hierarchy_is_true_of_the_benchmark_geometry() -> None:
    """ENTAILS says a shape that holds makes another hold: checked on random box pairs with the benchmark's own
    definitions (bench/scene_checks.relation_holds)."""
    rng = np.random.default_rng(3)
    canvas = (1000, 1000)
    seen = dict.fromkeys(ENTAILS, 0)
    for _ in range(20000):
        x, y = rng.uniform(0, 900, 2), rng.uniform(0, 900, 2)
        w, h = rng.uniform(20, 300, 2), rng.uniform(20, 300, 2)
        a = (x[0], y[0], x[0] + w[0], y[0] + h[0])
        b = (x[1], y[1], x[1] + w[1], y[1] + h[1])
        for strong, weaker in ENTAILS.items():
            if relation_holds(strong, a, b, 0.0, 1.0, canvas):
                seen[strong] += 1
                for weak in weaker:
                    assert relation_holds(weak, a, b, 0.0, 1.0, canvas), (strong, weak, a, b)
    assert all(n > 20 for n in seen.values()), seen
    assert set(ENTAILS) | set(INVERSES) <= set(GEOMETRY)
    assert all(INVERSES[INVERSES[p]] == p for p in INVERSES)


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a robot with a wrench on a workbench", [("robot", "holding", "wrench")]),
    ("a scarecrow with a straw hat in a field", [("scarecrow", "wearing", "hat")]),
    ("a cook frying an egg in a skillet", [("cook", "holding", "skillet")]),
    ("a docker hoisting a sack", [("docker", "holding", "sack")]),
])
def test_the_chosen_predicate_is_planned_and_drawn(prompt: str, expected: list[tuple[str, str, str]]) -> None:
    assert_read_placed_and_drawn(prompt, expected)


def test_near_is_never_read_where_the_words_say_next_to() -> None:
    for a, b in itertools.permutations(("bench", "lamp", "bin"), 2):
        assert (a, "next_to", b) in relations(f"a {a} beside a {b}")


def test_a_grown_person_noun_is_an_adult_unless_a_word_or_kinship_says_otherwise() -> None:
    def age(prompt: str, noun: str) -> str | None:
        return next(e.age for e in read_scene(prompt).entities if e.noun == noun)

    assert age("a young mechanic fixing a car", "mechanic") == "adult"
    assert age("an aunt knitting by a stove", "aunt") == "adult"
    assert age("an old farmer leaning on a gate", "farmer") == "elderly"
    assert age("a little boy with a kite", "boy") == "child"
    assert age("her nephew on a swing", "nephew") is None  # a nephew may be any age


def test_rows_of_things_stand_in_rows() -> None:
    assert next(e.arrangement for e in read_scene("rows of cabbages in a garden").entities) == "row"


def test_a_season_or_weather_phrase_that_ends_in_a_thing_names_the_thing_too() -> None:
    scene = read_scene("autumn leaves swirling round a lamppost")
    assert scene.setting.season == "autumn"
    assert any(e.noun == "leaf" for e in scene.entities)
    assert read_scene("a squirrel in the autumn sun").setting.season == "autumn"  # no thing named: setting only
