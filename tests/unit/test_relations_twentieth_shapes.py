"""Relation shapes the reader stated with another predicate or not at all, read through the real rules planner.

1. What is taped, pinned, clipped, nailed or stuck "to" a thing, and what clings to it, is on it
   (vocabulary/verb_senses.py, the fastening class); a thing tied "to" a post stays beside it.
2. What a verb moves "over" or "across" a bridge on the ground is on its deck (crossings.py); what flies or rises
   over it, or is no doer at all, stays above.
3. A pronoun "below it" in a clause of its own stands for the last clause's subject, not the place that subject was
   put (relation_words.TOPIC_PLACES), as "above it" does; "under it" after "and" stays the place's.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

Triple = tuple[str, str, str]

# (prompt, relations it states, relations it must not state)
CASES: list[tuple[str, list[Triple], list[Triple]]] = [
    # 1. fastened to a thing, or clinging to it: on it; tied to a post: beside it
    ("a note taped to the fridge", [("note", "on", "fridge")], [("note", "near", "fridge")]),
    ("a map pinned to the wall", [("map", "on", "wall")], [("map", "near", "wall")]),
    ("a name badge clipped to a backpack", [("name badge", "on", "backpack")], [("name badge", "near", "backpack")]),
    ("a horseshoe nailed to a barn door", [("horseshoe", "on", "door")], [("horseshoe", "near", "door")]),
    ("a tree frog clinging to a reed", [("frog", "on", "reed")], [("frog", "near", "reed")]),
    ("a rowing boat tied to a wooden post", [("rowing boat", "next_to", "post")], [("rowing boat", "on", "post")]),
    # 2. crossing a bridge on the ground: on it; flying or rising over it: above
    ("a bus rumbling over a stone bridge", [("bus", "on", "bridge")], [("bus", "above", "bridge")]),
    ("a cyclist pedalling over a wooden footbridge", [("cyclist", "on", "footbridge")],
     [("cyclist", "above", "footbridge")]),
    ("a fox trotting across a footbridge", [("fox", "on", "footbridge")], [("fox", "near", "footbridge")]),
    ("a train speeding across a viaduct", [("train", "on", "viaduct")], [("train", "near", "viaduct")]),
    ("gulls circling over the bridge", [("gull", "above", "bridge")], [("gull", "on", "bridge")]),
    ("a moon rising over the old bridge", [("moon", "above", "bridge")], [("moon", "on", "bridge")]),
    ("a rainbow over the bridge", [("rainbow", "above", "bridge")], [("rainbow", "on", "bridge")]),
    # 3. "below it" in a clause of its own: below the last clause's subject; "and a rug under it": under the desk
    ("a cat dozes on a wall while a mouse scurries below it", [("mouse", "below", "cat")],
     [("mouse", "below", "wall")]),
    ("a heron stands on a rock while a fish swims below it", [("fish", "below", "heron")], [("fish", "below", "rock")]),
    ("an eagle perched on a branch, a rabbit hiding just below it", [("rabbit", "below", "eagle")],
     [("rabbit", "below", "branch")]),
    ("a kite caught in a tree while a boy waits below it", [("boy", "below", "kite")], [("boy", "below", "tree")]),
    ("a lamp on the desk and a rug under it", [("rug", "under", "desk")], [("rug", "under", "lamp")]),
]


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), CASES)
def test_the_shape_is_stated_as_it_is_meant(prompt: str, wanted: list[Triple], unwanted: list[Triple]) -> None:
    plan = plan_of(prompt)
    assert all(stated(plan, *triple) for triple in wanted), prompt
    assert not any(stated(plan, *triple) for triple in unwanted), prompt
