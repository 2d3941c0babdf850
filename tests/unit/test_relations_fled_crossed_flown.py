"""Relations read by what the verb and the things are — through the real rules planner.

1. Fleeing a thing ("a hen fleeing from a fox") keeps it near; a journey "from" a place does not.
2. A thing crossed over another ("a hammer crossed over a gear") lies on it.
3. A worn word that another word makes a thing no one wears ("a bottle cap") is a place to be in.
4. A kite held by its flyer is above the flyer too, and the drawing still hangs it on its string.
5. A duty stood or kept ("standing guard", "keeping watch") is part of the verb: no guard is drawn, and the place
   after it is the doer's; a guard with an article is still one.
6. A body of water set after a comma with its own side ("…, a canal behind it") stands so to the first thing, and
   that thing keeps only the places the prompt gave it.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity, plan_of

Triple = tuple[str, str, str]

CASES: list[tuple[str, list[Triple], list[Triple]]] = [
    # 1. fleeing keeps the pursuer near
    ("a frightened hen fleeing from a fox across the farmyard", [("hen", "near", "fox")], []),
    ("a little mouse running from a ginger cat in the kitchen", [("mouse", "near", "cat")], []),
    ("a squirrel scurrying from a barking terrier", [("squirrel", "near", "terrier")], []),
    # 2. crossed over: on it
    ("an emblem of a hammer crossed over a cog", [("hammer", "on", "cog")], [("hammer", "above", "cog")]),
    ("two swords crossed over a round shield", [("sword", "on", "shield")], [("sword", "above", "shield")]),
    # 3. a bottle cap is no garment; a baseball cap or a red cap still is
    ("a beetle asleep in an old bottle cap", [("beetle", "in", "cap")], [("beetle", "wearing", "cap")]),
    ("a snail curled up in a rusty bottle cap on a log", [("snail", "in", "cap")], [("snail", "wearing", "cap")]),
    ("a teenage boy in a baseball cap skateboarding", [("boy", "wearing", "cap")], []),
    ("a mouse in a knitted red cap", [("mouse", "wearing", "cap")], []),
    # 4. a flown kite is above its flyer and still held
    ("a girl with braids flying a red kite in a meadow", [("kite", "above", "girl"), ("girl", "holding", "kite")], []),
    ("a grandpa flying a kite shaped like a dragon at the seaside",
     [("kite", "above", "grandpa"), ("grandpa", "holding", "kite")], []),
    # 5. a duty is no one
    ("a knight standing guard on a grassy mound", [("knight", "on", "mound")], []),
    ("two geese keeping watch by the barn door", [("goose", "next_to", "door")], []),
    ("a boy standing beside the guard at the gate", [("boy", "next_to", "guard")], []),
    # 6. a water set apart by a comma
    ("a red scooter parked by a fence, a river behind it", [("river", "behind", "scooter")],
     [("scooter", "behind", "fence")]),
    ("a wooden cabin among tall pines, a lake beyond it", [("lake", "behind", "cabin")], []),
    ("a dog sitting behind a fence, a pond behind it", [("pond", "behind", "dog"), ("dog", "behind", "fence")], []),
]


@pytest.mark.parametrize("prompt", ["a knight standing guard on a grassy mound",
                                    "a soldier standing guard outside a palace",
                                    "two geese keeping watch by the barn door"])
def test_a_duty_draws_no_one(prompt: str) -> None:
    plan = plan_of(prompt)
    assert not {"guard", "watch"} & {e.noun for e in plan.scene.entities}, prompt
    drawn = {s.entity for s in plan.subjects}
    assert plan.scene.entities[0].id in drawn, prompt  # the one on duty is drawn


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), CASES)
def test_the_relation_is_read_as_meant(prompt: str, wanted: list[Triple], unwanted: list[Triple]) -> None:
    plan = plan_of(prompt)
    assert all(stated(plan, *triple) for triple in wanted), prompt
    assert not any(stated(plan, *triple) for triple in unwanted), prompt


def test_a_journey_from_a_place_puts_no_one_near_it() -> None:
    plan = plan_of("two boys racing from the old school to the river")
    assert not stated(plan, "boy", "near", "school")
    assert not stated(plan, "boy", "holding", "school")


@pytest.mark.parametrize("prompt", ["a girl with braids flying a red kite in a meadow",
                                    "an old fisherman flying a diamond kite on a pier"])
def test_the_flown_kite_is_drawn_above_its_flyer(prompt: str) -> None:
    plan = plan_of(prompt)
    drawn = {s.entity: s.box for s in plan.subjects}
    kite, flyer = drawn[entity(plan, "kite").id], drawn[plan.scene.entities[0].id]
    assert kite[3] <= flyer[1] + (flyer[3] - flyer[1]) * 0.2, prompt  # up at or over the head, not in the hand
