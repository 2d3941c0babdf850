"""Counts as people write them, read and drawn through the real rules planner and the real draft engine, each copy
judged by the ink it leaves (what changes when it alone is left out), as the benchmark judges them:

1. An amount noun with no "a" ("Pair of socks" opening a sentence, "Couple of ducks"), a count set off after a bare
   plural ("puppies, five of them, …", "kittens (all three of them)"), twins as two, a pet name for an animal
   ("doggies", "piggies", "a birdie") and sushi and tea lights by name are read as that many of the thing; a verb
   after a plural and an adverb is no part of its name; a hand-painted sign has no hand.
2. A count that is only part of the group ("penguins on a rock, two of them holding a fish") stays with the part.
3. People behind a low thing (a counter, a fruit stand) and anything behind a fence show over its top, every copy
   seen, side by side; a stand or a stall is a stall (an awning over a counter), not a shop building; a hand-painted
   sign is a painted sign, no hand; things moved aside for a grown sign keep their places among each other.
4. Candles the prompt stands on a birthday cake are each a candle of their own on a plain cake; a cake named with
   candles keeps the pictogram's own three.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.scene.kinds import SURFACE_NOUNS
from tests.unit.test_composer_counts import visible_copies
from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects


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



@pytest.mark.parametrize(("prompt", "person", "count", "host"), [
    ("three boys behind a counter", "boy", 3, "counter"),
    ("two girls behind a fruit stand at the market", "girl", 2, "fruit stand"),
    ("a dog barking behind a picket fence", "dog", 1, "picket fence"),
])
def test_what_stands_behind_a_low_thing_shows_over_its_top(prompt: str, person: str, count: int, host: str) -> None:
    plan = plan_of(prompt)
    low, = subjects(plan, host)
    assert low.glyph is None  # a stand is drawn as a form, not a shop building
    copies = subjects(plan, person)
    assert visible_copies(prompt, person) == (count, count)
    seat = SURFACE_NOUNS.get(host, (0.0, 0.0, "", 0.0))[3]  # a stall's counter lies under its awning
    top = low.box[1] + seat * (low.box[3] - low.box[1])
    for copy in copies:
        assert copy.box[1] < top  # its head is above the host's top
        assert copy.z < low.z  # and the host is drawn over the rest of it
        assert low.box[0] <= (copy.box[0] + copy.box[2]) / 2 <= low.box[2]  # over it, not past its side


def test_sellers_behind_a_stall_with_a_painted_sign_stand_apart_under_its_awning() -> None:
    prompt = 'Two boys behind a fruit stand, with a hand-painted sign saying "Apples 2 for 1"'
    plan = plan_of(prompt)
    assert not any(e.noun == "hand" for e in plan.scene.entities)
    stall, = subjects(plan, "fruit stand")
    assert stall.form == "stall"
    boys = sorted(subjects(plan, "boy"), key=lambda s: s.box[0])
    assert visible_copies(prompt, "boy") == (2, 2)
    assert boys[0].box[2] <= boys[1].box[0] + 0.25 * (boys[1].box[2] - boys[1].box[0])  # side by side, not stacked
    sign, = subjects(plan, "sign")
    assert all(s.box[2] <= sign.box[0] or s.box[0] >= sign.box[2] for s in (*boys, stall))  # beside the grown sign


def test_a_cat_behind_a_box_still_peeks_past_its_side() -> None:
    plan = plan_of("a cat hiding behind a cardboard box")
    cat, = subjects(plan, "cat")
    box, = subjects(plan, "box")
    assert not box.box[0] < (cat.box[0] + cat.box[2]) / 2 < box.box[2]


def test_candles_stood_on_a_birthday_cake_are_each_their_own() -> None:
    prompt = "Three candles glowing on a birthday cake with vanilla frosting"
    plan = plan_of(prompt)
    cake = next(s for s in plan.subjects if "cake" in s.label)
    assert cake.glyph is None and cake.form == "cake"
    assert visible_copies(prompt, "candle") == (3, 3)
    assert not any(s.label == "frosting" for s in plan.subjects)  # the plain cake's iced top, not an ice cube
    kept = plan_of("a birthday cake with three candles on a picnic table")
    assert not subjects(kept, "candle")  # named with the cake: the pictogram's own three
