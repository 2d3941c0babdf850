"""Relation shapes the reader used not to state, read through the real rules planner.

1. A thing that is no one "holding" others carries them (held_by_things.py): a rack or a tray has them on it, a
   bowl or a vase in it; a person or a figure still holds in its hands.
2. A thing "in" a garment that holds nothing wears it (held_by_things.py); a figure wears any; a small thing "in"
   a boot or a jacket is in it.
3. One who does a thing "from" a seat sits on it (vantages.py); "a few metres from" is a distance, and what one
   drinks from is no seat.
4. What is in or on a place that stands under a thing is under it too (contents_under.py); a side stays the
   place's alone.
5. A thing lying, resting or draped across another is on it (relation_words.VERB_PREPOSITIONS).
6. Each thing "with" named keeps the place its own pronoun gave it when the next one gets its own
   (with_places.own_place).
7. A comma right after a verb, or before a phrase placed against a person ("…, the hoop behind him"), ends what
   the verb takes (verb_ends.py); a list of objects after a comma stays the verb's.
8. What is taped, pinned, clipped, nailed or stuck "to" a thing, and what clings to it, is on it
   (vocabulary/verb_senses.py, the fastening class); a thing tied "to" a post stays beside it.
9. What a verb moves "over" or "across" a bridge on the ground is on its deck (crossings.py); what flies or rises
   over it, or is no doer at all, stays above.
10. A pronoun "below it" in a clause of its own stands for the last clause's subject, not the place that subject
    was put (relation_words.TOPIC_PLACES), as "above it" does; "under it" after "and" stays the place's.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

Triple = tuple[str, str, str]

# (prompt, relations it states, relations it must not state)
CASES: list[tuple[str, list[Triple], list[Triple]]] = [
    # 1. a thing holding things carries them; a person or a figure holds in its hands
    ("a wooden rack holding three glass jars", [("jar", "on", "rack")], [("rack", "holding", "jar")]),
    ("a tray holding two cups of tea", [("cup", "on", "tray")], [("tray", "holding", "cup")]),
    ("a bookcase holding old books", [("book", "on", "bookcase")], [("bookcase", "holding", "book")]),
    ("a glass bowl holding lemons", [("lemon", "in", "bowl")], [("bowl", "holding", "lemon")]),
    ("a ceramic vase holding sunflowers", [("sunflower", "in", "vase")], [("vase", "holding", "sunflower")]),
    ("a girl holding a cup", [("girl", "holding", "cup")], [("cup", "on", "girl")]),
    ("a robot holding a flower", [("robot", "holding", "flower")], [("flower", "on", "robot")]),
    # 2. a thing in a garment wears it; a small thing in a boot is in it
    ("a cartoon avocado in sunglasses", [("avocado", "wearing", "sunglasses")], [("avocado", "in", "sunglasses")]),
    ("a teapot in a knitted sweater", [("teapot", "wearing", "sweater")], [("teapot", "in", "sweater")]),
    ("a pineapple in a bowtie dancing on a beach", [("pineapple", "wearing", "bowtie")],
     [("pineapple", "in", "bowtie")]),
    ("a snowman in a top hat", [("snowman", "wearing", "hat")], [("snowman", "in", "hat")]),
    ("a key in a boot", [("key", "in", "boot")], [("key", "wearing", "boot")]),
    ("a phone in a jacket", [("phone", "in", "jacket")], [("phone", "wearing", "jacket")]),
    # 3. done from a seat: on it; a distance or a source is no seat
    ("a child feeding ducks from a wooden bench", [("child", "on", "bench")], [("child", "near", "bench")]),
    ("a girl eating an apple from a bench", [("girl", "on", "bench")], [("girl", "near", "bench")]),
    ("a toddler eating a cookie from a high chair", [("toddler", "on", "chair")], [("toddler", "near", "chair")]),
    ("a horse standing a few metres from a wooden fence", [("horse", "near", "fence")], [("horse", "on", "fence")]),
    ("a boy drinking from a fountain", [("boy", "near", "fountain")], [("boy", "on", "fountain")]),
    ("a cat sipping milk from a saucer", [("cat", "near", "saucer")], [("cat", "on", "saucer")]),
    # 4. what is in or on a place under a thing is under it too; a side stays the place's alone
    # (a hanging lamp shines from above: below it, as under a spotlight)
    ("two kittens asleep in a basket under a lamp", [("basket", "below", "lamp"), ("kitten", "below", "lamp")], []),
    ("a toddler napping in a cot under a mobile", [("cot", "under", "mobile"), ("toddler", "under", "mobile")], []),
    ("a dog lying on a mat under a table", [("mat", "under", "table"), ("dog", "under", "table")], []),
    ("a hamster curled up in a shoebox under a desk", [("shoebox", "under", "desk"), ("hamster", "under", "desk")],
     []),
    ("a puppy and a kitten on a cushion under a desk",
     [("puppy", "under", "desk"), ("kitten", "under", "desk")], []),
    ("a kitten in a box beside the sofa", [("box", "next_to", "sofa")], [("kitten", "next_to", "sofa")]),
    # 5. lying, resting or draped across a thing: on it
    ("a pencil resting across a notebook", [("pencil", "on", "notebook")], [("pencil", "near", "notebook")]),
    ("a spoon lying across a plate", [("spoon", "on", "plate")], [("spoon", "near", "plate")]),
    ("a towel draped across a chair", [("towel", "on", "chair")], [("towel", "near", "chair")]),
    ("a cat sprawled across the sofa", [("cat", "on", "sofa")], [("cat", "near", "sofa")]),
    # 6. each thing "with" named keeps the place its own pronoun gave it
    ("a table with a vase on it and a chair beside it", [("vase", "on", "table"), ("chair", "next_to", "table")],
     []),
    ("a desk with a lamp on it and a bin under it", [("lamp", "on", "desk"), ("bin", "under", "desk")], []),
    ("a sofa with a cushion on it and a rug in front of it",
     [("cushion", "on", "sofa"), ("rug", "in_front_of", "sofa")], []),
    ("a bowl of soup with a spoon in it, and a dish beside it",
     [("spoon", "in", "bowl"), ("dish", "next_to", "bowl")], []),
    # 7. a comma ends what the verb takes when a phrase placed against a person follows
    ("a boy sitting, the hoop behind him", [("hoop", "behind", "boy")], [("boy", "on", "hoop")]),
    ("a girl juggling balls, the clowns behind her", [("clown", "behind", "girl"), ("girl", "holding", "ball")],
     [("girl", "holding", "clown")]),
    ("a boy shooting hoops, the ball above his head and the net behind him",
     [("ball", "above", "boy"), ("net", "behind", "boy")], [("boy", "holding", "net")]),
    ("a chef chopping onions, carrots and peppers", [("chef", "holding", "carrot"), ("chef", "holding", "pepper")],
     []),
    # 8. fastened to a thing, or clinging to it: on it; tied to a post: beside it
    ("a note taped to the fridge", [("note", "on", "fridge")], [("note", "near", "fridge")]),
    ("a map pinned to the wall", [("map", "on", "wall")], [("map", "near", "wall")]),
    ("a name badge clipped to a backpack", [("name badge", "on", "backpack")], [("name badge", "near", "backpack")]),
    ("a horseshoe nailed to a barn door", [("horseshoe", "on", "door")], [("horseshoe", "near", "door")]),
    ("a tree frog clinging to a reed", [("frog", "on", "reed")], [("frog", "near", "reed")]),
    ("a rowing boat tied to a wooden post", [("rowing boat", "next_to", "post")], [("rowing boat", "on", "post")]),
    # 9. crossing a bridge on the ground: on it; flying or rising over it: above
    ("a bus rumbling over a stone bridge", [("bus", "on", "bridge")], [("bus", "above", "bridge")]),
    ("a cyclist pedalling over a wooden footbridge", [("cyclist", "on", "footbridge")],
     [("cyclist", "above", "footbridge")]),
    ("a fox trotting across a footbridge", [("fox", "on", "footbridge")], [("fox", "near", "footbridge")]),
    ("a train speeding across a viaduct", [("train", "on", "viaduct")], [("train", "near", "viaduct")]),
    ("gulls circling over the bridge", [("gull", "above", "bridge")], [("gull", "on", "bridge")]),
    ("a moon rising over the old bridge", [("moon", "above", "bridge")], [("moon", "on", "bridge")]),
    ("a rainbow over the bridge", [("rainbow", "above", "bridge")], [("rainbow", "on", "bridge")]),
    # 10. "below it" in a clause of its own: below the last clause's subject; "and a rug under it": under the desk
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
