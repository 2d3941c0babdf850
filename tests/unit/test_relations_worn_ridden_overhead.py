"""Relations read by what the things are and how the clause is built — through the real rules planner.

1. A compound garment ("a party hat", "a cowboy hat") is worn as its head word is, and only a face wears glasses:
   a thing "with sunglasses" wears them, a towel or a bag with them does not.
2. Someone "on" a bus, a train or a tram rides inside it.
3. Bubbles blown float near the blower, not in the hands.
4. A trade that serves across a counter or a stall stands behind it; anyone else at a counter stands beside it.
5. A person after the thing a person's verb works on is that person's companion ("baking bread with his
   granddaughter"), not the bread's.
6. "them" after two single people is the two of them; a thing set apart by a comma with its own participle ("…, a
   lantern hanging above them") is a subject of its own, not one more thing "with" named.
7. A kite flown over a hill is up on its string: its flyer stands on the hill.
8. What another thing is on, named right before "in" a water, floats in it ("a frog on a lily pad in a pond").
9. "…, a fern to their right and an owl circling above": the owl is above the first subject, the fern placed
   already.
10. Under a spotlight, a chandelier or a hanging lamp is below it; a standing lamp or string lights stay "under".
11. A part picked out of a row by where it stands ("a crow on the nearest roof") is on the row of buildings.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity, plan_of

Triple = tuple[str, str, str]

CASES: list[tuple[str, list[Triple], list[Triple]]] = [
    # 1. worn compounds, and glasses on a face (not on a towel or in a bag)
    ("a squirrel in a party hat juggling acorns", [("squirrel", "wearing", "party hat")], []),
    ("a robot in a party hat waving at a cake", [("robot", "wearing", "party hat")], []),
    ("a pineapple with heart-shaped sunglasses next to a lemon", [("pineapple", "wearing", "sunglasses")], []),
    ("a grinning watermelon with goggles on a beach", [("watermelon", "wearing", "goggles")], []),
    ("a striped towel with sunglasses and a paperback", [], [("towel", "wearing", "sunglasses")]),
    ("a straw tote bag with sunglasses", [], [("bag", "wearing", "sunglasses")]),
    ("a shiny coin in a bottle cap on a wooden table", [("coin", "in", "cap")], [("coin", "wearing", "cap")]),
    # 2. riding inside
    ("two boys swapping stickers on a city bus", [("boy", "in", "bus")], [("boy", "on", "bus")]),
    ("an old man dozing on the night train", [("man", "in", "train")], [("man", "on", "train")]),
    ("a woman reading a newspaper on a crowded tram", [("woman", "in", "tram")], [("woman", "on", "tram")]),
    # 3. blown bubbles float near; a blown trumpet is held
    ("a grandfather blowing soap bubbles on the porch", [("grandfather", "near", "bubble")],
     [("grandfather", "holding", "bubble")]),
    ("two toddlers blowing bubbles in a garden", [("toddler", "near", "bubble")], [("toddler", "holding", "bubble")]),
    ("a girl blowing a trumpet in the park", [("girl", "holding", "trumpet")], []),
    # 4. behind a counter for a trade that serves across it, beside it for anyone else
    ("a smiling baker at the counter of a tiny bakery", [("baker", "behind", "counter")], []),
    ("a pharmacist with round glasses at her shop counter", [("pharmacist", "behind", "counter")], []),
    ("a boy with a cereal bowl at the kitchen counter", [("boy", "next_to", "counter")], []),
    # 5. a companion after the worked thing; a tool after it stays in the doer's hands
    ("an old man baking bread with his granddaughter in a small kitchen", [("man", "next_to", "granddaughter")],
     [("bread", "on", "granddaughter"), ("granddaughter", "on", "bread")]),
    ("a girl planting tulips with her mother in the garden", [("girl", "next_to", "mother")],
     [("tulip", "next_to", "mother")]),
    ("a man chopping firewood with an axe", [("man", "holding", "axe")], []),
    # 6. a thing set apart by a comma with its own participle
    ("a chef with a knife, a pot boiling on the stove", [("pot", "on", "stove")], [("chef", "holding", "pot")]),
    # 7. a kite's flyer on the hill; what flies over a hill stays above it
    ("a girl in a yellow raincoat flying a kite over a windy hill", [("girl", "on", "hill")],
     [("girl", "above", "hill")]),
    ("two kids flying a dragon kite over a green hill", [("kid", "on", "hill")], [("kid", "above", "hill")]),
    ("a boy flying a kite shaped like a bird over a steep hill", [("boy", "on", "hill")], [("boy", "above", "hill")]),
    ("a seagull flying over a hill at dawn", [("seagull", "above", "hill")], []),
    # 8. what another thing is on, named right before the water, floats in it
    ("a green frog sitting on a lily pad in a pond", [("lily pad", "in", "pond")], []),
    ("a turtle resting on a log in a river", [("log", "in", "river")], []),
    ("a heron standing on a rock in a stream", [("rock", "in", "stream")], []),
    # 9. a place adverb after "and" said of the last thing, the one before it placed already
    ("two foxes resting on a log, a fern to their right and an owl circling above", [("owl", "above", "fox")], []),
    ("lions lounging on a rock, a tree to their left and vultures circling overhead",
     [("vulture", "above", "lion")], []),
    # 10. a standing lamp and a canopy of string lights keep "under"
    ("a cat curled up under a floor lamp", [("cat", "under", "floor lamp")], []),
    ("a couple dancing under string lights", [("couple", "under", "string light")], []),
    # 11. a part picked out of a row is on the row
    ("a row of 4 red fishing shacks along a rocky shore with a crow on the nearest roof",
     [("crow", "on", "fishing shack")], []),
    ("three cottages on a hill, a cat asleep on the nearest porch", [("cat", "on", "cottage")], []),
]


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), CASES)
def test_the_relation_is_read_as_meant(prompt: str, wanted: list[Triple], unwanted: list[Triple]) -> None:
    plan = plan_of(prompt)
    assert all(stated(plan, *triple) for triple in wanted), prompt
    assert not any(stated(plan, *triple) for triple in unwanted), prompt


# Drawn: what is above them, or under an overhead light, is drawn higher than those below it.


@pytest.mark.parametrize(("prompt", "high", "predicate", "lows"), [
    ("a fisherman waits beside a girl with a bucket, a lantern hanging above them", "lantern", "above",
     ("fisherman", "girl")),
    ("an old man sits next to a nurse, a paper lamp glowing above them", "lamp", "above", ("man", "nurse")),
    ("a juggler on a unicycle under a spotlight", "spotlight", "below", ("juggler",)),
    ("a pianist playing under a crystal chandelier", "chandelier", "below", ("pianist",)),
])
def test_a_thing_over_others_is_read_and_drawn_over_them(prompt: str, high: str, predicate: str,
                                                          lows: tuple[str, ...]) -> None:
    plan = plan_of(prompt)
    drawn = {s.entity: s for s in plan.subjects}
    for low in lows:
        read = stated(plan, high, "above", low) if predicate == "above" else stated(plan, low, "below", high)
        assert read, (prompt, low)
        assert not stated(plan, low, "holding", high), (prompt, low)
        assert drawn[entity(plan, high).id].box[3] <= drawn[entity(plan, low).id].box[1] + 0.05, (prompt, low)
