"""Things and attributes named but never read, through the real planner and the real draft engine (sentences written
for these tests, in no prompt set):

1. Hair by the word that says it: "white curls", "cornrows", "a tuft of blond hair"; grey or white hair on a grown-up
   is age ("a man with white hair in a ponytail" is elderly), on a child or a middle-aged man only hair.
2. A part word whose "of" phrase is the thing: "the pulse of a puppy" is the puppy.
3. Heads tagging had lost: "a tipped-over bucket", "an overturned wheelbarrow", "her dog naps under the table", "a
   flower stand run by an old woman".
4. The tool a doing implies: a girl brushing her teeth holds a toothbrush.
5. Places that are things where another is placed by them: "a bench to the right of the library", "a penguin
   sliding down a snowdrift"; "a cat asleep in a library" stays in the room.
6. A page word placed over a thing is a thing ("a movie poster over the sofa"), a window of a building with no shop
   front a window, a hot rod a car, and the table of a stand the stand.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_nouns_read18 import seen
from tests.unit.test_unknown_nouns10 import entity, related


@pytest.mark.parametrize(("prompt", "noun", "hair"), [
    ("A grandfather with white curls and light skin reading a newspaper", "grandfather", "curls"),
    ("A dancer with cornrows and dark skin spinning on a stage", "dancer", "cornrows"),
    ("A toddler with a tuft of blond hair clapping", "toddler", "blond"),
])
def test_hair_is_read_by_the_word_that_says_it(prompt: str, noun: str, hair: str) -> None:
    scene = read_scene(prompt)
    assert hair in entity(scene, noun).hair.split()
    assert not {"curl", "cornrow", "tuft"} & {e.noun for e in scene.entities}


def test_grey_hair_makes_a_grown_up_elderly_and_leaves_a_stated_age() -> None:
    assert entity(read_scene("A man with white hair in a ponytail fishing from a pier"), "man").age == "elderly"
    assert entity(read_scene("A girl with silver hair holding a wand"), "girl").age == "child"
    assert entity(read_scene("A middle-aged man with a white beard and grey hair"), "man").age == "adult"


def test_the_pulse_of_a_thing_is_the_thing() -> None:
    scene = read_scene("A vet checking the pulse of a puppy")
    assert {e.noun for e in scene.entities} == {"vet", "puppy"}
    assert seen("A vet checking the pulse of a puppy", "puppy")


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A fox sniffing a tipped-over bucket in the snow", ("fox", "near", "bucket")),
    ("A fox hiding behind an overturned wheelbarrow", ("fox", "behind", "wheelbarrow")),
    ("A woman knitting on the sofa while her dog naps under the table", ("dog", "under", "table")),
])
def test_a_head_after_a_participle_or_before_a_pets_verb_is_read(prompt: str,
                                                                  relation: tuple[str, str, str]) -> None:
    scene = read_scene(prompt)
    assert relation in related(scene)
    assert not {"tipped", "overturned", "nap"} & {e.noun for e in scene.entities}


def test_a_stand_run_by_someone_is_a_stand() -> None:
    prompt = "A flower stand run by an old woman on a street corner"
    assert {e.noun for e in read_scene(prompt).entities} == {"flower stand", "woman"}
    assert seen(prompt, "flower stand")


def test_brushing_teeth_is_done_with_a_toothbrush() -> None:
    scene = read_scene("A girl brushing her teeth in front of a mirror")
    assert ("girl", "holding", "toothbrush") in related(scene)
    assert "tooth" not in {e.noun for e in scene.entities}
    assert seen("A girl brushing her teeth at the bathroom sink", "toothbrush")
    assert [e.noun for e in read_scene("A boy brushing his teeth with a blue toothbrush").entities].count(
        "toothbrush") == 1


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A bench to the right of the library under a tree", ("bench", "right_of", "library")),
    ("A penguin sliding down a snowdrift", ("penguin", "on", "snowdrift")),
])
def test_a_place_a_thing_is_placed_by_is_a_thing(prompt: str, relation: tuple[str, str, str]) -> None:
    assert relation in related(read_scene(prompt))
    assert seen(prompt, relation[2])


def test_a_place_a_thing_is_in_stays_the_place() -> None:
    scene = read_scene("A cat asleep in a library")
    assert [e.noun for e in scene.entities] == ["cat"] and scene.setting.place == "library"


def test_a_poster_over_a_sofa_is_a_thing() -> None:
    prompt = "A living room with a movie poster over the sofa"
    assert ("poster", "above", "sofa") in related(read_scene(prompt))
    assert seen(prompt, "poster")


def test_a_window_of_a_building_holds_what_hangs_in_it() -> None:
    prompt = "A string of fairy lights hanging in the window of a noodle bar"
    assert ("fairy light", "in", "window") in related(read_scene(prompt))
    assert seen(prompt, "window")


def test_a_hot_rod_is_drawn_as_a_car() -> None:
    found = entity(read_scene("An old red hot rod in a garage"), "hot rod")
    assert found.stand_in == "car" and found.color_name == "red"


def test_the_table_of_a_stand_is_the_stand() -> None:
    prompt = "A fruit stand run by a farmer, three melons on the table"
    scene = read_scene(prompt)
    assert ("melon", "on", "fruit stand") in related(scene) and "table" not in {e.noun for e in scene.entities}
    assert seen(prompt, "fruit stand")
    assert "table" in {e.noun for e in read_scene("A fruit stand with a table beside it").entities}
