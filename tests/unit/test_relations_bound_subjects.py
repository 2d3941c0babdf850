"""Relations the reader used to leave unstated, read by the grammar of the clause and by what the things are —
through the real rules planner.

1. What a filled container ("a mug of cocoa") has "with" it: a food that goes into its filling, a straw or a spoon
   is in it; a dish served on its own plate (a croissant, a biscuit, a muffin) stands beside it.
2. The verb after a verb's object ("teaching his son to ride a bike", "watching her brother ride a pony") is done
   by that object, not by the first subject; a word after "to" that can be a verb is that verb ("to fish").
3. A garment named with a bare "on" after it (", helmet on") is worn by the person named before it, and what
   follows is that person's again.
4. A rider's mount stands where the rider was put, and a thing hanging from a support where the support is (and
   the other way round): "a postman on a bicycle waiting beside a mailbox", "mugs hanging from hooks under a
   cupboard".

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. A filled container


@pytest.mark.parametrize(("prompt", "thing", "container"), [
    ("a bowl of miso soup with tofu and a spring onion", "tofu", "bowl"),
    ("a mug of hot chocolate with three marshmallows on a saucer", "marshmallow", "mug"),
    ("a glass of lemonade with a striped straw on a porch table", "straw", "glass"),
    ("a bowl of cereal with strawberries and a spoon", "spoon", "bowl"),
    ("a cup of tea with a slice of lemon", "lemon", "cup"),
])
def test_what_goes_into_a_filled_container_is_in_it(prompt: str, thing: str, container: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "in", container), prompt
    assert not stated(plan, container, "next_to", thing), prompt


@pytest.mark.parametrize(("prompt", "dish", "container"), [
    ("a cup of coffee with a croissant on a café table", "croissant", "cup"),
    ("a mug of tea with two biscuits on a tray", "biscuit", "mug"),
    ("a bowl of chili with a cornbread muffin", "muffin", "bowl"),
])
def test_a_dish_of_its_own_stays_beside_a_filled_container(prompt: str, dish: str, container: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, container, "next_to", dish), prompt
    assert not stated(plan, dish, "in", container), prompt


# 2. The verb after a verb's object


@pytest.mark.parametrize(("prompt", "doer", "predicate", "thing", "first"), [
    ("a grandmother teaching her grandson to ride a tricycle in the yard", "grandson", "riding", "tricycle",
     "grandmother"),
    ("a father helping his daughter to climb a rope ladder", "daughter", "on", "ladder", "father"),
    ("an older sister watching her little brother ride a pony", "brother", "riding", "pony", "sister"),
    ("a man asking his dog to sit on a mat", "dog", "on", "mat", "man"),
])
def test_the_verb_after_an_object_is_the_objects(prompt: str, doer: str, predicate: str, thing: str,
                                                 first: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, doer, predicate, thing), prompt
    assert not stated(plan, first, predicate, thing), prompt
    assert stated(plan, first, "near", doer), prompt  # the one who teaches or watches is at hand


def test_a_verb_the_lexicon_also_knows_as_a_noun_is_read_as_the_verb_after_to() -> None:
    plan = plan_of("an uncle teaching his niece to fish from a jetty")
    assert stated(plan, "niece", "on", "jetty")
    assert not any(e.noun == "fish" for e in plan.scene.entities)


# 3. ", helmet on"


@pytest.mark.parametrize(("prompt", "person", "garment"), [
    ("a biker leaning on his motorbike at a gas station, helmet on", "biker", "helmet"),
    ("a girl drawing at the kitchen table, headphones on, humming along", "girl", "headphones"),
    ("an old fisherman on the pier, raincoat on, holding a rod", "fisherman", "raincoat"),
    ("a skier on the chairlift, goggles on and poles in hand", "skier", "goggles"),
])
def test_a_garment_with_a_bare_on_is_worn_by_the_person_before_it(prompt: str, person: str, garment: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, person, "wearing", garment), prompt
    assert not any(r.subject == next(e.id for e in plan.scene.entities if e.noun == garment)
                   and r.predicate == "on" for r in plan.scene.relations), prompt


def test_what_follows_the_garment_is_the_wearers_again() -> None:
    plan = plan_of("an old fisherman on the pier, raincoat on, holding a rod")
    assert stated(plan, "fisherman", "holding", "rod")


# 4. A mount where its rider is, a hanging thing where its support is


@pytest.mark.parametrize(("prompt", "thing", "predicate", "place"), [
    ("a postman on a bicycle waiting beside a red mailbox", "bicycle", "next_to", "mailbox"),
    ("a girl riding a donkey under a palm tree", "donkey", "under", "palm tree"),
    ("a boy on a scooter behind a parked van", "scooter", "behind", "van"),
    ("a monkey hanging from a vine above a waterfall", "monkey", "above", "waterfall"),
    ("mugs hanging from hooks under a cupboard", "mug", "under", "cupboard"),
    ("pans dangling from a rail above the stove", "rail", "above", "stove"),
])
def test_a_pair_that_goes_together_shares_its_place(prompt: str, thing: str, predicate: str, place: str) -> None:
    assert stated(plan_of(prompt), thing, predicate, place), prompt
