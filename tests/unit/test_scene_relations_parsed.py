"""Sentence shapes the relation reader parses, through the real rules planner and the real draft engine: the scene
graph states the relation, the placed boxes satisfy it, and both things show in the pixels.

Shapes (none is a benchmark prompt): a relative clause, a participle, coordination sharing one place, a pronoun
after a second subject, a place put first with two subjects, "there is", an adverb of place, a measured distance,
verbs whose preposition decides ("hanging from", "leaning on", "tied to"), a place named in the foreground and the
background, a subordinate clause with its own subject, a clause coordinated after a comma, a row of big
things in front of one thing (in front of it, not a grove around it, low enough that it still shows), a wide thing
held at the hand, a part standing for its whole ("on her shoulder", "on its roof"), a pronoun in a clause of its
own, a verb's object on a table top, a list in order, "filled with", one thing in the sky, and a thing on top of a
stack (on its top copy, not hidden under the others).
"""

from __future__ import annotations

import pytest

from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn

CASES = [
    ("A dog that is sleeping under the garden table", [("dog", "under", "table")]),
    ("A rabbit resting beside a bucket", [("rabbit", "next_to", "bucket")]),
    ("A bowl and a spoon on the counter", [("bowl", "on", "counter"), ("spoon", "on", "counter")]),
    ("A clock on the shelf and a basket under it", [("clock", "on", "shelf"), ("basket", "under", "shelf")]),
    ("Next to the tent, a bicycle and a backpack", [("bicycle", "next_to", "tent"), ("backpack", "next_to", "tent")]),
    ("There is a cat behind the vase", [("cat", "behind", "vase")]),
    ("A tent with a campfire nearby", [("campfire", "near", "tent")]),
    ("A goat standing a few steps away from the barn", [("goat", "near", "barn")]),
    ("A bell hanging from the branch of an oak", [("bell", "under", "oak")]),
    ("A bicycle leaning on a palm tree", [("bicycle", "next_to", "palm tree")]),
    ("A dog in the foreground and a castle in the background", [("dog", "in_front_of", "castle")]),
    ("A fox sleeps in the den while an owl watches from a tree", [("owl", "on", "tree")]),
    ("In front of the castle stand three tall pine trees", [("tree", "in_front_of", "castle")]),  # a row
    ("A puppy with a bone in its mouth", [("puppy", "holding", "bone")]),
    ("A basket sits on the bench, and beside it a puppy is yawning", [("basket", "on", "bench"),
                                                                       ("puppy", "next_to", "basket")]),
    ("A man in a grey suit holding a suitcase", [("man", "holding", "suitcase")]),  # a wide thing, at the hand
    ("A woman with a monkey sitting on her shoulder", [("monkey", "on", "woman")]),
    ("A big dog, with a kitten asleep on its back", [("kitten", "on", "dog")]),
    ("A toad rests on a stone while a bee hovers above it", [("bee", "above", "toad")]),
    ("A nurse weighing a puppy on a counter", [("puppy", "on", "counter")]),
    ("A shelf with a jar, a clock and a candle from left to right", [("jar", "left_of", "clock"),
                                                                     ("clock", "left_of", "candle")]),
    ("A bucket filled with shells", [("shell", "in", "bucket")]),
    ("A fox sitting beneath a full moon", [("fox", "below", "full moon")]),
    ("A stack of four books with two candles on top", [("candle", "on", "book")]),  # on the top book, showing
]


@pytest.mark.parametrize(("prompt", "expected"), CASES)
def test_the_parsed_relation_is_read_placed_and_drawn(prompt: str, expected: list[tuple[str, str, str]]) -> None:
    assert_read_placed_and_drawn(prompt, expected)

