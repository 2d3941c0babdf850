"""Counts as people write them, read and drawn through the real rules planner and the real draft engine, each copy
judged by the ink it leaves (what changes when it alone is left out), as the benchmark judges them:

1. An amount noun with no "a" ("Pair of socks" opening a sentence, "Couple of ducks"), a count set off after a bare
   plural ("puppies, five of them, …", "kittens (all three of them)"), twins as two, a pet name for an animal
   ("doggies", "piggies", "a birdie") and sushi and tea lights by name are read as that many of the thing; a verb
   after a plural and an adverb is no part of its name; a hand-painted sign has no hand.
2. A count that is only part of the group ("penguins on a rock, two of them holding a fish") stays with the part.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_counts import visible_copies
from tests.unit.test_scene_fidelity_classes import entity, plan_of


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("Pair of blue socks drying on a radiator", "sock", 2),
    ("Couple of ducks paddling on a pond", "duck", 2),
    ("puppies, five of them, asleep in a basket", "puppy", 5),
    ("kittens (all three of them) curled up on a blanket", "kitten", 3),
    ("I would like balloons, 4 of them.", "balloon", 4),
    ("twins on a seesaw in a playground", "twin", 2),
    ("two doggies chasing a ball", "dog", 2),
    ("four little piggies rolling in the mud", "pig", 4),
    ("five onigiri in a bento box", "onigiri", 5),
    ("Three tea lights flickering on a shelf", "tea light", 3),
])
def test_a_count_as_written_is_read_and_every_copy_is_seen(prompt: str, noun: str, count: int) -> None:
    plan = plan_of(prompt)
    assert entity(plan, noun).count == count
    assert visible_copies(prompt, noun) == (count, count)


def test_a_pet_name_is_drawn_as_its_animal_not_the_nearest_meaning() -> None:
    birdie = entity(plan_of("a birdie on a fence post"), "bird")
    assert birdie.glyph == "🐦"
    ducks = entity(plan_of("two rubber duckies floating in a sink"), "duck")
    assert ducks.glyph == "🦆" and ducks.count == 2 and ducks.material == "rubber"
    assert entity(plan_of("a bully in a schoolyard"), "bully").glyph != "🐂"  # a person, not a bull


def test_a_count_that_is_part_of_the_group_stays_with_the_part() -> None:
    plan = plan_of("penguins on a rock, two of them holding a fish")
    assert entity(plan, "penguin").count == 3  # a few penguins, not two
    assert entity(plan_of("the ring of fire at the circus"), "ring").count == 1


def test_nigiri_after_a_fish_word_are_sushi_each_one_seen() -> None:
    prompt = "Bento platter with four tuna nigiri and a cup of green tea"
    plan = plan_of(prompt)
    nigiri = entity(plan, "nigiri")
    assert nigiri.glyph == "🍣" and nigiri.count == 4
    assert visible_copies(prompt, "nigiri") == (4, 4)


def test_a_verb_after_its_plural_and_an_adverb_and_a_sign_painted_by_hand() -> None:
    balloons = plan_of("At dawn five hot air balloons drift slowly over a lake")
    assert entity(balloons, "hot air balloon").count == 5  # "balloons drift" was read as one thing
    painted = plan_of("a hand-painted sign on a garden gate")
    assert not any(e.noun == "hand" for e in painted.scene.entities)
