"""Lists, groups and adverbs of place — through the real rules planner.

1. An adverb of place that is all a clause's subject gets ("…, two ducks swimming close by", "…while crows circle
   overhead") places it by the subject named before it, in its clause or the clause before (adverb_partners.py);
   "overhead" after a thing or its verb is such an adverb, above (place_adverbs.py), and stays a camera word
   before a noun; so is "in the sky" after a thing or its verb, and the sky is still the scene's sky.
2. A thing "in the middle" (no "of" after it) is in the middle of the table, tray or basket named before it
   (centres.py); a person there is not put on the table.
3. A ring with no object named after it ("…with driftwood logs all around", ", sheep grazing all around") is near
   the subject (frame_sides.TRAILING_PLACES), and "in the middle of" people or animals is among them, near, never
   in them (centres.amid).
4. A thing named after "with" and then placed on one thing of the list before it takes that place instead of what
   "with" made of it with every thing of the list (with_places.py).
5. "On both sides", "on either side", "either side of": a pair or row flanking the subject or the object, next
   to it (vocabulary/relation_words.py), read as the other adverbs of place are.
6. A clause opened by "where" right after a container or a surface happens there: its subject is in the
   container, or the holder the clause gave it stands on the surface (where_clauses.py); a person is not put on a
   desk "where" they work.
7. A clause whose subject only looks on ("…while his dog looks on", "…while a crowd watches") puts it near the
   subject of the clause before (onlookers.py); "claps from the sofa" is on the sofa.
8. A thing "in the distance" or "in the background" so placed is behind that subject (or what "with" belonged to),
   one "in the foreground" in front of it (adverb_partners.depth_partners); a side ("on the left") takes no depth.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

STATED = [  # (prompt, thing, predicate, partner): the relation each rule reads
    # 1. adverbs of place, "in the sky"
    ("a farmer ploughing a field while crows circle overhead", "crow", "above", "farmer"),
    ("a swimmer floating on her back, three swallows darting overhead", "swallow", "above", "swimmer"),
    ("a lighthouse on a rocky point, a small fishing boat nearby", "boat", "near", "lighthouse"),
    ("a fox curled up in the snow while a hare waits close by", "hare", "near", "fox"),
    ("a camper cooking over a stove as a raccoon lurks nearby", "raccoon", "near", "camper"),
    ("a ruined castle on a hill, a dragon up in the sky", "dragon", "above", "castle"),
    ("a lighthouse on a cliff while a full moon glows in the sky", "full moon", "above", "lighthouse"),
    ("a farmhouse with a flock of geese flying in the evening sky", "goose", "above", "farmhouse"),
    # 2. in the middle
    ("five scouts sitting around a camp table in the woods, a kerosene lamp in the middle", "lamp", "on", "table"),
    ("friends gathered around a low coffee table, a pizza box in the centre", "box", "on", "table"),
    ("a round fruit bowl on the counter, a pineapple in the middle", "pineapple", "in", "fruit bowl"),
    ("a large serving tray on the bed, a teapot in the middle", "teapot", "on", "tray"),
    ("two chess players hunched over a small table, a candle in the middle", "candle", "on", "table"),
    # 5. on either side
    ("a cyclist on a quiet country lane, poplars on both sides", "poplar", "next_to", "cyclist"),
    ("a blue front door with two potted bay trees on either side", "tree", "next_to", "door"),
    ("two lanterns either side of a garden gate", "lantern", "next_to", "garden gate"),
    ("a fireplace with a leather armchair on each side", "armchair", "next_to", "fireplace"),
    # 6. "where" clauses
    ("on the counter stands a glass jar where two beetles crawl", "beetle", "in", "jar"),
    ("by the stove sits a wicker basket where three kittens sleep", "kitten", "in", "basket"),
    ("a wide windowsill where a cactus grows in a clay pot", "pot", "on", "windowsill"),
    ("a stone mantel where an old clock ticks", "clock", "on", "mantel"),
    # 7. onlookers
    ("a juggler on a unicycle in the square while tourists watch", "tourist", "near", "juggler"),
    ("a toddler stacking wooden blocks while his grandmother looks on", "grandmother", "near", "toddler"),
    ("a chef flipping pancakes at the stove while two hungry kids wait", "kid", "near", "chef"),
    ("a puppy chasing its own tail on the lawn while a little girl laughs", "girl", "near", "puppy"),
]


@pytest.mark.parametrize(("prompt", "thing", "predicate", "partner"), STATED)
def test_the_place_each_rule_reads_is_stated(prompt: str, thing: str, predicate: str, partner: str) -> None:
    assert stated(plan_of(prompt), thing, predicate, partner), prompt


# 1. A subject placed only by an adverb


def test_the_sky_stays_the_scenes_sky() -> None:
    plan = plan_of("a ruined castle on a hill, a dragon up in the night sky")
    assert plan.scene.setting.time_of_day == "night"
    assert stated(plan, "dragon", "above", "castle")


def test_an_adverb_after_a_verbs_object_places_no_new_pair() -> None:
    plan = plan_of("a cat dozing on a cushion nearby")
    assert stated(plan, "cat", "on", "cushion")
    assert not stated(plan, "cushion", "near", "cat")


def test_overhead_before_a_noun_stays_the_camera() -> None:
    plan = plan_of("an overhead shot of a cat asleep beside a dog")
    assert stated(plan, "cat", "next_to", "dog")
    assert plan.scene.camera == "top_down"
    assert not any(r.predicate == "above" for r in plan.scene.relations)


# 2. In the middle of what was named before


def test_a_person_in_the_middle_is_not_put_on_the_table() -> None:
    plan = plan_of("three friends around a kitchen table, a little girl in the middle")
    assert not stated(plan, "girl", "on", "table")


# 3. Around the subject, and in the middle of a group


@pytest.mark.parametrize(("prompt", "thing", "partner"), [
    ("a campfire on the beach with driftwood logs all around", "log", "campfire"),
    ("a lone oak on a hill, sheep grazing all around", "sheep", "oak"),
    ("a maypole on the village green with dancers all around", "dancer", "maypole"),
])
def test_things_all_around_are_near_the_subject(prompt: str, thing: str, partner: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "near", partner), prompt
    assert not stated(plan, partner, "holding", thing), prompt


@pytest.mark.parametrize(("prompt", "thing", "group"), [
    ("a magician in the middle of the children", "magician", "child"),
    ("a white goose standing in the centre of the ducks", "goose", "duck"),
])
def test_in_the_middle_of_a_group_is_among_it(prompt: str, thing: str, group: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "near", group), prompt
    assert not stated(plan, thing, "in", group), prompt


def test_in_the_middle_of_a_table_is_still_on_it() -> None:
    assert stated(plan_of("a lantern in the middle of the table"), "lantern", "on", "table")


# 4. A place after "with" that names one thing of the list before it


@pytest.mark.parametrize(("prompt", "thing", "predicate", "place", "other"), [
    ("a table and two chairs on a patio, with a cat under the table", "cat", "under", "table", "chair"),
    ("a sofa and an armchair by the window, with a dog on the armchair", "dog", "on", "armchair", "sofa"),
    ("a bench and a lamppost in a park, with a pigeon on the bench", "pigeon", "on", "bench", "lamppost"),
])
def test_a_place_after_with_replaces_what_with_made(
        prompt: str, thing: str, predicate: str, place: str, other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, predicate, place), prompt
    related = {(r.subject, r.object) for r in plan.scene.relations}
    ids = {e.noun: e.id for e in plan.scene.entities}
    assert (ids[thing], ids[other]) not in related and (ids[other], ids[thing]) not in related, prompt
    assert len([r for r in plan.scene.relations if {r.subject, r.object} == {ids[thing], ids[place]}]) == 1, prompt


def test_with_and_the_same_place_keeps_it() -> None:
    assert stated(plan_of("a table with a cat on the table"), "cat", "on", "table")




# 6. A "where" clause after a thing that holds things


def test_a_person_is_not_put_on_the_desk_where_they_work() -> None:
    plan = plan_of("a wooden desk where a boy does his homework")
    assert not stated(plan, "boy", "on", "desk")


# 7. Onlookers


def test_an_onlooker_clapping_from_a_sofa_is_on_it() -> None:
    plan = plan_of("a boy playing the violin while his father claps from the armchair")
    assert stated(plan, "father", "on", "armchair")
    assert stated(plan, "father", "near", "boy")


# 8. In the distance, in the foreground


@pytest.mark.parametrize(("prompt", "front", "back"), [
    ("a field of sunflowers under a blue sky, a red barn in the distance", "sunflower", "barn"),
    ("an old fisherman mending nets on a jetty, with a lighthouse in the background", "fisherman", "lighthouse"),
    ("a log cabin by a frozen lake, a sled in the foreground", "sled", "log cabin"),
    ("a cow in the foreground and a barn in the background", "cow", "barn"),
])
def test_a_depth_is_taken_from_the_subject(prompt: str, front: str, back: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, front, "in_front_of", back), prompt
    assert not stated(plan, back, "in_front_of", front), prompt


def test_a_side_takes_no_depth() -> None:
    plan = plan_of("a kitchen counter with a kettle on the left and a toaster on the right")
    assert not any(r.predicate == "in_front_of" for r in plan.scene.relations)
