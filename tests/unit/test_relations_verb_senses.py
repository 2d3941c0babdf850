"""Verb senses whose preposition or object states more than the word alone, read through the real rules planner
(vocabulary/verb_senses.py, actions.VERB_RELATIONS).

1. One who waits, drinks, queues or grazes "at" a thing stands at its side: next_to, not only near.
2. One who races, scurries or walks "across" a thing is on its top; "across from" stays near.
3. What is tugged, or tugged "on", is held; what is pushed is beside its pusher, as what is pulled.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

Triple = tuple[str, str, str]

# (prompt, relations it states, relations it must not state)
CASES: list[tuple[str, list[Triple], list[Triple]]] = [
    # 1. staying at a thing: beside it
    ("an old man in a flat cap waiting at a garden gate", [("man", "next_to", "garden gate")],
     [("man", "near", "garden gate")]),
    ("a herd of gazelles drinking at a river on the plain", [("gazelle", "next_to", "river")], []),
    ("two sheep grazing at a wooden gate", [("sheep", "next_to", "gate")], []),
    ("five kids queueing at a lemonade stand", [("kid", "next_to", "lemonade stand")], []),
    ("a postman knocking at a blue door", [("postman", "next_to", "door")], []),
    ("a girl smiling at a puppy", [("girl", "near", "puppy")], [("girl", "next_to", "puppy")]),
    # 2. travelling across a thing: on its top
    ("a mouse scurrying across a kitchen counter", [("mouse", "on", "counter")], [("mouse", "near", "counter")]),
    ("two ants marching across a picnic blanket", [("ant", "on", "picnic blanket")], []),
    ("a cat walking across a grand piano", [("cat", "on", "piano")], []),
    ("a hedgehog trotting across a wooden bridge", [("hedgehog", "on", "bridge")], []),
    ("a woman sitting across from a man at a cafe table", [("woman", "near", "man")], [("woman", "on", "man")]),
    # 3. tugged: held; pushed: beside, as pulled
    ("two kittens tugging on a ball of wool", [("kitten", "holding", "wool")], [("kitten", "on", "wool")]),
    ("a terrier tugging a knotted sock", [("terrier", "holding", "sock")], []),
    ("a gardener pushing a wheelbarrow of leaves", [("gardener", "next_to", "wheelbarrow")], []),
    ("a waiter pushing a trolley of desserts", [("waiter", "next_to", "trolley")], []),
]


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), CASES)
def test_the_verb_sense_states_its_relation(prompt: str, wanted: list[Triple], unwanted: list[Triple]) -> None:
    plan = plan_of(prompt)
    assert all(stated(plan, *triple) for triple in wanted), prompt
    assert not any(stated(plan, *triple) for triple in unwanted), prompt
