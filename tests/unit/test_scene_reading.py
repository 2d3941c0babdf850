"""read_scene on a table of everyday prompts: what a person would say each one asks for, written from the English."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from openbanana.planner.rules import read_scene
from openbanana.scene import SceneGraph


@dataclass(frozen=True)
class E:
    """An expected entity: its noun, and only the attributes the prompt states."""

    noun: str
    count: int = 1
    color: str | None = None
    material: str | None = None


@dataclass(frozen=True)
class Case:
    prompt: str
    entities: tuple[E, ...]
    relations: tuple[tuple[str, str, str], ...] = ()  # (subject noun, predicate, object noun)
    setting: dict[str, object] = field(default_factory=dict)
    camera: str = "default"
    style: str = "flat"


C = Case
CASES = [
    C("a lime green jacket", (E("jacket", color="lime green"),)),
    C("a gold frame", (E("frame", material="gold"),)),
    C("a fire truck", (E("fire truck"),)),
    C("a paper boat", (E("boat", material="paper"),)),
    C("an orange cat", (E("cat", color="orange"),)),
    C("a cup of coffee", (E("cup"),)),
    C("a slice of pizza and an open book", (E("pizza"), E("book"))),
    C("ice cream", (E("ice cream"),)),
    C("a hot dog and a teddy bear", (E("hot dog"), E("teddy bear"))),
    C("four cups", (E("cup", 4),)),
    C("three red apples", (E("apple", 3, color="red"),)),
    C("a dozen eggs", (E("egg", 12),)),
    C("a pair of boots", (E("boot", 2),)),
    C("a few balloons", (E("balloon", 3),)),
    C("several birds", (E("bird", 4),)),
    C("bananas", (E("banana", 3),)),
    C("two mice", (E("mouse", 2),)),
    C("5 stars", (E("star", 5),)),
    C("a pile of books", (E("book", 5),)),
    C("a wooden chair", (E("chair", material="wooden"),)),
    C("a light blue car", (E("car", color="light blue"),)),
    C("a navy sweater", (E("sweater", color="navy"),)),
    C("a glass vase", (E("vase", material="glass"),)),
    C("a lamp on the table, left of the sofa", (E("lamp"), E("table"), E("sofa")),
      (("lamp", "on", "table"), ("lamp", "left_of", "sofa")), {"indoor": True}),
    C("a cat and a dog on a sofa", (E("cat"), E("dog"), E("sofa")), (("cat", "on", "sofa"), ("dog", "on", "sofa"))),
    C("a ball under the bed", (E("ball"), E("bed")), (("ball", "under", "bed"),)),
    C("a dog behind a tree", (E("dog"), E("tree")), (("dog", "behind", "tree"),)),
    C("a boy in front of a house", (E("boy"), E("house")), (("boy", "in_front_of", "house"),)),
    C("a bicycle next to a bench", (E("bicycle"), E("bench")), (("bicycle", "next_to", "bench"),)),
    C("a bird above a boat", (E("bird"), E("boat")), (("bird", "above", "boat"),)),
    C("a fish inside a bowl", (E("fish"), E("bowl")), (("fish", "in", "bowl"),)),
    C("a candle to the right of a clock", (E("candle"), E("clock")), (("candle", "right_of", "clock"),)),
    C("a vase beside a lamp", (E("vase"), E("lamp")), (("vase", "next_to", "lamp"),)),
    C("a cat on top of a piano", (E("cat"), E("piano")), (("cat", "on", "piano"),)),
    C("a lamp between a sofa and a plant", (E("lamp"), E("sofa"), E("plant")),
      (("lamp", "right_of", "sofa"), ("lamp", "left_of", "plant"))),
    C("a woman holding an umbrella", (E("woman"), E("umbrella")), (("woman", "holding", "umbrella"),)),
    C("a man wearing a hat", (E("man"), E("hat")), (("man", "wearing", "hat"),)),
    C("a girl riding a horse", (E("girl"), E("horse")), (("girl", "riding", "horse"),)),
    C("a boy on a bicycle", (E("boy"), E("bicycle")), (("boy", "riding", "bicycle"),)),
    C("a child with a balloon", (E("child"), E("balloon")), (("child", "holding", "balloon"),)),
    C("a man carrying a box", (E("man"), E("box")), (("man", "holding", "box"),)),
    C("a woman in a red coat", (E("woman"), E("coat", color="red")), (("woman", "wearing", "coat"),)),
    C("a woman reading a book", (E("woman"), E("book")), (("woman", "holding", "book"),)),
    C("a dog wearing sunglasses and a hat", (E("dog"), E("sunglasses"), E("hat")),
      (("dog", "wearing", "sunglasses"), ("dog", "wearing", "hat"))),
    C("an old man sitting on a bench in the park", (E("man"), E("bench")), (("man", "on", "bench"),),
      {"place": "park", "terrain": "grass"}),
    C("a cat sleeping on a windowsill", (E("cat"), E("windowsill")), (("cat", "on", "windowsill"),)),
    C("a dog is running on the beach", (E("dog"),), (), {"place": "beach", "terrain": "sand", "backdrop": "sea"}),
    C("a basket of apples", (E("basket"), E("apple", 3)), (("apple", "in", "basket"),)),
    C("a cake with candles", (E("cake"), E("candle", 3)), (("candle", "on", "cake"),)),
    C("a kitchen with a cat on the counter", (E("cat"), E("counter")), (("cat", "on", "counter"),),
      {"place": "kitchen", "indoor": True}),
    C("a bedroom at night", (), (), {"place": "bedroom", "indoor": True, "time_of_day": "night"}),
    C("a living room in the morning", (), (), {"place": "living room", "indoor": True, "time_of_day": "morning"}),
    C("an office with a laptop on the desk", (E("laptop"), E("desk")), (("laptop", "on", "desk"),),
      {"place": "office", "indoor": True}),
    C("children in a classroom", (E("child", 3),), (), {"place": "classroom", "indoor": True}),
    C("a coffee cup in a café", (E("coffee cup"),), (), {"place": "café", "indoor": True}),
    C("a beach at sunset", (), (), {"place": "beach", "terrain": "sand", "backdrop": "sea", "time_of_day": "sunset"}),
    C("a deer in a forest at dawn", (E("deer"),), (),
      {"place": "forest", "backdrop": "forest", "time_of_day": "dawn"}),
    C("a taxi on a city street at night", (E("taxi"),), (),
      {"place": "city street", "terrain": "road", "backdrop": "city", "time_of_day": "night"}),
    C("a goat on a mountain", (E("goat"),), (), {"place": "mountain", "backdrop": "mountains"}),
    C("a camel in the desert", (E("camel"),), (), {"place": "desert", "terrain": "sand", "backdrop": "dunes"}),
    C("sheep in a field", (E("sheep", 3),), (), {"place": "field", "terrain": "grass"}),
    C("a duck on a pond", (E("duck"), E("pond")), (), {"place": "pond", "terrain": "water"}),  # the pond a thing too
    C("a whale in the ocean", (E("whale"), E("ocean")), (), {"place": "ocean", "terrain": "water"}),
    C("an octopus underwater", (E("octopus"),), (), {"terrain": "underwater"}),
    C("a rocket in space", (E("rocket"),), (), {"place": "space", "terrain": "space"}),
    C("a tractor on a farm", (E("tractor"),), (), {"place": "farm", "terrain": "grass"}),
    C("a garden in spring", (), (), {"place": "garden", "season": "spring"}),
    C("a snowman on a snowy day", (E("snowman"),), (), {"weather": "snow", "time_of_day": "day"}),
    C("a lighthouse in a storm", (E("lighthouse"),), (), {"weather": "storm"}),
    C("a foggy morning on a lake", (E("lake"),), (), {"place": "lake", "weather": "fog", "time_of_day": "morning"}),
    C("a windy autumn afternoon", (), (), {"weather": "windy", "season": "autumn", "time_of_day": "afternoon"}),
    C("a cloudy sky over the hills", (), (), {"weather": "cloudy"}),
    C("a sunny summer day at the beach", (), (),
      {"place": "beach", "weather": "clear", "season": "summer", "time_of_day": "day"}),
    C("a tree in winter at dusk", (E("tree"),), (), {"season": "winter", "time_of_day": "dusk"}),
    C("a rainy night in the city", (), (), {"place": "city", "weather": "rain", "time_of_day": "night"}),
    C("a barn at golden hour", (E("barn"),), (), {"time_of_day": "golden_hour"}),
    C("a close-up of a bee on a flower", (E("bee"), E("flower")), (("bee", "on", "flower"),), camera="close_up"),
    C("a macro photo of a snail", (E("snail"),), camera="close_up", style="photo"),
    C("a wide shot of a castle", (E("castle"),), camera="wide"),
    C("a top-down view of a pizza", (E("pizza"),), camera="top_down"),
    C("a flat lay of a notebook and a pen", (E("notebook"), E("pen")), camera="top_down"),
    C("an isometric house", (E("house"),), camera="isometric"),
    C("a watercolor painting of a fox", (E("fox"),), style="watercolor"),
    C("a pencil sketch of an owl", (E("owl"),), style="sketch"),
    C("pixel art of a knight", (E("knight"),), style="pixel"),
    C("a photorealistic tiger", (E("tiger"),), style="photo"),
    C("a 3d render of a robot", (E("robot"),), style="3d"),
    C("a cinematic shot of a train", (E("train"),), style="photo"),
    C("a cat, line art", (E("cat"),), style="sketch"),
    C("a pencil on a desk", (E("pencil"), E("desk")), (("pencil", "on", "desk"),), {"indoor": True}),
    C("a cat sleeping on a rug", (E("cat"), E("rug")), (("cat", "on", "rug"),), {"terrain": "floor"}),
    C("a teal vintage car and an orange", (E("car", color="teal"), E("orange"))),
    C("a goldfish in a bowl on a desk", (E("goldfish"), E("bowl"), E("desk")),
      (("goldfish", "in", "bowl"), ("bowl", "on", "desk"))),
    C("a girl in a red dress on a bicycle", (E("girl"), E("dress", color="red"), E("bicycle")),
      (("girl", "wearing", "dress"), ("girl", "riding", "bicycle"))),
    C("a mountain lake under a setting sun", (E("lake"),), (), {"backdrop": "mountains", "time_of_day": "sunset"}),
    C("a dog lying on the floor", (E("dog"),), (), {"terrain": "floor"}),
    C("a kayak on a river, watercolour", (E("kayak"), E("river")), (), {"place": "river", "terrain": "water"},
      style="watercolor"),
    C("a girl with curly red hair holding a balloon in the park", (E("girl"), E("balloon")),
      (("girl", "holding", "balloon"),), {"place": "park"}),
    C("two kids playing with a ball in a snowy park, pixel art", (E("kid", 2), E("ball")),
      (("kid", "near", "ball"),), {"place": "park", "weather": "snow", "terrain": "snow"}, style="pixel"),
    C("a man in a blue suit standing next to a red car", (E("man"), E("suit", color="blue"), E("car", color="red")),
      (("man", "wearing", "suit"), ("man", "next_to", "car"))),
    C("a stack of pancakes with strawberries on top", (E("pancake", 5), E("strawberry", 3)),
      (("strawberry", "on", "pancake"),)),
    C("a bowl of ramen on a wooden table, close-up photo", (E("bowl"), E("table", material="wooden")),
      (("bowl", "on", "table"),), {"indoor": True},
      camera="close_up", style="photo"),
    C('a sign that says "OPEN" on a door', (E("sign"), E("door")), (("sign", "on", "door"),)),
    C("Two cats sit on a sofa. A dog sleeps under the table.", (E("cat", 2), E("sofa"), E("dog"), E("table")),
      (("cat", "on", "sofa"), ("dog", "under", "table"))),
]


def _entity_matches(graph: SceneGraph, expected: E) -> bool:
    for entity in graph.entities:
        if entity.noun != expected.noun or entity.count != expected.count:
            continue
        if expected.color is not None and entity.color_name != expected.color:
            continue
        if expected.material is not None and entity.material != expected.material:
            continue
        return True
    return False


@pytest.mark.parametrize("case", CASES, ids=[case.prompt for case in CASES])
def test_prompt_reads_as_its_scene(case: Case) -> None:
    graph = read_scene(case.prompt)
    nouns = [e.noun for e in graph.entities]
    for expected in case.entities:
        assert _entity_matches(graph, expected), f"{expected} not in {graph.entities}"
    assert sorted(nouns) == sorted(e.noun for e in case.entities), "no other things (modifiers are never drawn)"
    by_id = {e.id: e.noun for e in graph.entities}
    relations = {(by_id[r.subject], r.predicate, by_id[r.object]) for r in graph.relations}
    assert set(case.relations) <= relations
    for name, value in case.setting.items():
        assert getattr(graph.setting, name) == value, name
    assert (graph.camera, graph.style) == (case.camera, case.style)


def test_the_table_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert len({c.style for c in CASES}) >= 5 and len({c.camera for c in CASES}) >= 5
