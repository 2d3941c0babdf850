"""Things and attributes misread by shape, through the real planner and the real draft engine (sentences written
for these tests, in no prompt set):

1. A person's verb after a said feature: "a nephew with braids sings" (the braids are hair, "sings" the verb), and
   an -ing word after a skin tone with an object after it ("with medium-dark skin building a sandcastle").
2. A past form between a determiner and its head describes the head: "a pair of crossed hiking poles" are two poles.
3. A food in pieces is the food: "tuna cubes", "tofu chunks"; "sugar cubes" and a food the index draws keep theirs.
4. The camera words end a noun phrase: "a workbench seen from above" is the workbench.
5. A nap or a snooze is sleep; a knitted thing is said knitted and drawn in wool's colour.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from openbanana.planner.rules.scene.form_colors import form_color
from tests.unit.test_nouns_read18 import seen
from tests.unit.test_unknown_nouns10 import entity, related


@pytest.mark.parametrize(("prompt", "person", "hair", "action"), [
    ("Two aunts chatting while their nephew with braids sings on a stool", "nephew", "braids", "singing"),
    ("A grandson with a ponytail laughs at a clown", "grandson", "ponytail", "laughing"),
])
def test_a_verb_after_a_said_feature_is_the_persons(prompt: str, person: str, hair: str, action: str) -> None:
    scene = read_scene(prompt)
    assert hair in entity(scene, person).hair
    assert entity(scene, person).action == action
    assert not {"sing", "laugh", "braid"} & {e.noun for e in scene.entities}


def test_an_ing_word_after_a_skin_tone_with_an_object_is_the_verb() -> None:
    prompt = "A freckled girl with medium-dark skin building a sandcastle on the beach"
    scene = read_scene(prompt)
    girl = entity(scene, "girl")
    assert (girl.skin_tone, girl.action) == ("medium_dark", "building")
    assert {e.noun for e in scene.entities} == {"girl", "sandcastle"}
    assert seen(prompt, "sandcastle")


def test_a_past_form_before_a_head_describes_it() -> None:
    scene = read_scene("A pair of crossed hiking poles in front of a hill")
    assert entity(scene, "pole").count == 2
    assert ("pole", "in_front_of", "hill") in related(scene)
    assert "crossed" not in {e.noun for e in scene.entities}
    assert entity(read_scene("A dog crossed the road"), "dog").action == "crossing"  # after a noun: its verb


def test_a_food_in_pieces_is_the_food() -> None:
    scene = read_scene("A plate with tuna cubes and tofu chunks")
    assert {e.noun for e in scene.entities} == {"plate", "tuna", "tofu"}
    assert ("tuna", "on", "plate") in related(scene)
    bento = read_scene("A bento box with salmon cubes and rice")
    assert entity(bento, "salmon").count > 1 and "cube" not in {e.noun for e in bento.entities}  # no pink cubes
    assert seen("A plate with tuna cubes on a picnic table", "tuna")
    assert "sugar" not in {e.noun for e in read_scene("Sugar cubes next to a teacup").entities}
    assert entity(read_scene("Cheese cubes on a board"), "cheese cube").glyph == "🧀"


def test_the_camera_words_end_a_noun_phrase() -> None:
    prompt = "A workbench seen from above: a hammer in the middle and a saw to the left of it"
    scene = read_scene(prompt)
    assert {"workbench", "hammer", "saw"} <= {e.noun for e in scene.entities}
    assert ("hammer", "on", "workbench") in related(scene)
    assert scene.camera == "top_down"


@pytest.mark.parametrize(("prompt", "animal"), [
    ("A farmer reading a paper while his goat snoozes under a cart", "goat"),
    ("A puppy napping in a basket by the door", "puppy"),
])
def test_a_nap_is_sleep(prompt: str, animal: str) -> None:
    assert entity(read_scene(prompt), animal).action == "sleeping"


def test_a_knitted_thing_is_said_knitted_and_drawn_in_wool() -> None:
    assert entity(read_scene("A knitted scarf on a chair"), "scarf").material == "knitted"
    assert form_color(None, "knitted") == form_color(None, "wool")


def test_a_side_said_on_a_surface_is_taken_from_the_thing_on_it() -> None:
    prompt = "A workbench seen from above: a hammer in the middle, a saw to the left of it and a mug to the right"
    assert ("mug", "right_of", "hammer") in related(read_scene(prompt))
