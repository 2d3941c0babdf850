"""Relation shapes the reader left unread or read another way: "him" for a figure of a tale when no person is
named, something still falling onto a thing (above it, not on it), and a participle after a person the subject,
already doing something, was placed at — through the real rules planner. Sentences of their own, none a
benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "above", "figure"), [
    ("An ogre naps on a log while two crows perch above him", "crow", "ogre"),
    ("Below a rope bridge a giant sits on a boulder while four sheep cross above him", "sheep", "giant"),
])
def test_him_is_the_figure_when_no_person_is_named(prompt: str, above: str, figure: str) -> None:
    assert stated(plan_of(prompt), above, "above", figure), prompt


def test_him_is_still_the_person_before_a_figure() -> None:
    plan = plan_of("A boy sits by a snowman while a robin flutters above him")
    assert stated(plan, "robin", "above", "boy") and not stated(plan, "robin", "above", "snowman")


@pytest.mark.parametrize(("prompt", "falling", "below"), [
    ("Snowflakes falling on a wooden shed at night", "snowflake", "shed"),
    ("Cherry petals falling onto a stone lantern", "petal", "lantern"),
])
def test_what_is_falling_onto_a_thing_is_above_it(prompt: str, falling: str, below: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, falling, "above", below) and not stated(plan, falling, "on", below), prompt


def test_what_has_fallen_lies_on_it() -> None:
    assert stated(plan_of("A book fallen on a rug"), "book", "on", "rug")


@pytest.mark.parametrize(("prompt", "subject", "other", "held"), [
    ("A bus where a student sits across from a woman holding a puppy", "student", "woman", "puppy"),
    ("A nurse waits beside a man holding a dog", "nurse", "man", "dog"),
    ("A grandpa sitting opposite a girl reading a book", "grandpa", "girl", "book"),
])
def test_a_participle_after_the_person_faced_is_theirs(prompt: str, subject: str, other: str, held: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, other, "holding", held) and not stated(plan, subject, "holding", held), prompt


def test_without_a_verb_of_its_own_the_subject_keeps_the_participle() -> None:
    assert stated(plan_of("A girl next to a man holding a kite"), "girl", "holding", "kite")


@pytest.mark.parametrize(("prompt", "thing", "side", "subject"), [
    ("Poppy field with a cottage far behind the poppies", "cottage", "behind", "poppy"),
    ("Rows of cabbages with a scarecrow behind the cabbages", "scarecrow", "behind", "cabbage"),
    ("A rose garden with a fountain in front of the roses", "fountain", "in_front_of", "rose"),
])
def test_a_place_naming_the_subject_again_is_the_with_things(prompt: str, thing: str, side: str,
                                                             subject: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, side, subject) and not stated(plan, subject, "next_to", thing), prompt


@pytest.mark.parametrize(("prompt", "thing", "side", "named"), [
    ("A meadow of sunflowers with a shed behind the flowers", "shed", "behind", "sunflower"),
    ("A spruce with a fox under the tree", "fox", "under", "spruce"),
])
def test_the_kind_of_a_thing_named_before_is_that_thing(prompt: str, thing: str, side: str, named: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, side, named) and len(plan.scene.entities) == 2, prompt


@pytest.mark.parametrize(("prompt", "doer", "covered", "coat"), [
    ("An elk drinking from a frozen lake in front of snow-covered fir trees at dusk", "elk", "tree", "snow"),
    ("A deer by a pond in front of moss-covered oak trees", "deer", "tree", "moss"),
])
def test_a_covering_joined_to_its_participle_is_how_the_thing_looks(prompt: str, doer: str, covered: str,
                                                                    coat: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, doer, "in_front_of", covered) and not stated(plan, doer, "on", covered), prompt
    assert coat not in {e.noun for e in plan.scene.entities}, prompt


def test_snow_covered_still_sets_a_snowy_scene() -> None:
    setting = plan_of("A cabin among snow-covered pines").scene.setting
    assert (setting.weather, setting.season) == ("snow", "winter")


@pytest.mark.parametrize(("prompt", "near", "far"), [
    ("A rowboat on a lake with a cabin on the far shore", "rowboat", "cabin"),
    ("A duck on a river, and willows on the opposite bank", "duck", "willow"),
])
def test_what_stands_on_the_far_shore_is_behind_what_is_on_the_water(prompt: str, near: str, far: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, near, "in_front_of", far) and not stated(plan, near, "next_to", far), prompt


def test_who_walks_above_one_under_a_bridge_is_on_the_bridge() -> None:
    plan = plan_of("Below a rope bridge a giant sits on a boulder while four sheep cross above him")
    assert stated(plan, "sheep", "on", "bridge") and stated(plan, "sheep", "above", "giant")


def test_what_flies_above_one_under_a_bridge_stays_in_the_air() -> None:
    plan = plan_of("Under an old bridge a boy sits on a rock while two swallows swoop above him")
    assert stated(plan, "swallow", "above", "boy") and not stated(plan, "swallow", "on", "bridge")
