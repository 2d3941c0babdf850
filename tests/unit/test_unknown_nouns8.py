"""Nouns the reader knows but the parse lost, and stand-ins of the right kind, through the real planner and the
real draft engine.

1. A known noun lost to the sentence's shape is read and drawn: a head after describing words and a noun modifier
   ("an old brass key"), a singular subject's verb before an adverb ("the moon smiles down"), a picture head after
   what it shows ("a fox illustration"), a closed compound WordNet writes as two words ("a lawnmower" is a thing,
   never the lawn), a document word that is a thing of the place or placed beside something ("a playground with a
   red slide"), and a document word used as a verb ("a cook slides a pan").
2. An animal the set lacks is drawn as an animal, the nearest one it has, never as the kind's paw prints.
"""

from __future__ import annotations

import pytest

from openbanana.plan import Plan, Subject
from openbanana.planner.noun_kinds import usual_kind
from openbanana.planner.rules import read_scene
from openbanana.planner.rules.texts import document_kind
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.planner.stand_ins import ANIMAL_KIND
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person


def drawn(plan: Plan, noun: str) -> list[Subject]:
    subjects = person(plan, noun)
    assert subjects, (noun, [e.noun for e in plan.scene.entities], [s.label for s in plan.subjects])
    assert all(ink_mask(plan, s).any() for s in subjects), noun  # each leaves ink in the picture
    return subjects


def nouns(prompt: str) -> list[str]:
    return [e.noun for e in read_scene(prompt).entities]


@pytest.mark.parametrize(("prompt", "noun"), [
    ("a rusty iron key hanging on a hook", "key"),  # "key" is an adjective to the lexicon ("a key factor")
    ("a tiny glass key beside a candle", "key"),
    ("the moon smiles down at a sleeping fox", "moon"),  # "smiles" is the moon's verb, not a compound's head
    ("a grinning fox illustration on a mug", "fox"),  # an illustration of a fox
    ("a girl doodles beside an owl sketch", "owl"),
    ("a boy pushing a lawnmower across the grass", "lawnmower"),  # a thing, never the lawn it is named after
    ("a rusty snowplow parked by the barn", "snowplow"),
])
def test_a_known_noun_lost_to_the_sentence_shape_is_read(prompt: str, noun: str) -> None:
    assert noun in nouns(prompt), (prompt, nouns(prompt))


def test_a_closed_compound_takes_the_kind_wordnet_gives_its_two_words() -> None:
    assert usual_kind("lawnmower") == usual_kind("lawn mower") == "garden tool"
    assert usual_kind("zookeeper") == "person"  # "zoo keeper": a figure, not an animal by meaning
    assert read_scene("a lawnmower in the yard").setting.asked_place != "lawnmower"


def test_a_moon_that_smiles_and_a_brass_key_are_drawn() -> None:
    plan = plan_of("the moon smiles down at a fox guarding an old brass key")
    assert {"moon", "fox"} <= {e.noun for e in plan.scene.entities}
    drawn(plan, "key")
    assert next(e for e in plan.scene.entities if e.noun == "key").color_name == "brass"  # its own material kept


@pytest.mark.parametrize(("prompt", "kind"), [
    ("kids racing down a yellow slide next to the sandbox", "scene"),  # a thing placed beside another
    ("a quiet playground with a green slide and a seesaw", "scene"),  # one of the things that make the place
    ("a cook slides a pan of muffins into the oven", "scene"),  # a verb with its object
    ("a slide about our quarterly plans", "poster"),  # the document itself
])
def test_a_slide_is_a_document_only_where_nothing_makes_it_a_thing(prompt: str, kind: str) -> None:
    assert document_kind(prompt) == kind


def test_a_slide_at_a_playground_is_drawn_in_its_colour() -> None:
    plan = plan_of("a quiet playground with a green slide and a seesaw")
    slide = next(e for e in plan.scene.entities if e.noun == "slide")
    assert slide.color_name == "green" and "green" not in nouns("a quiet playground with a green slide")
    drawn(plan, "slide")
    cook = plan_of("a cook slides a pan of muffins into the oven")
    assert cook.scene.document == "scene" and {"cook", "pan"} <= {e.noun for e in cook.scene.entities}


@pytest.mark.parametrize("noun", ["lemur", "pangolin", "wombat"])
def test_an_animal_the_set_lacks_is_drawn_as_an_animal(noun: str) -> None:
    plan = plan_of(f"a {noun} sitting on a rock")
    animal = next(e for e in plan.scene.entities if e.noun == noun)
    assert usual_kind(noun) == "animal"
    assert animal.glyph != ANIMAL_KIND[0] and animal.stand_in in ANIMALS, (noun, animal.stand_in)
    drawn(plan, noun)
    assert any(f"{noun} (shown as a" in note for note in plan.notes), plan.notes  # the thoughts say so
