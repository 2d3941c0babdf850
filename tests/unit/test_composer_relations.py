"""The composer honours the scene graph's relations in the boxes it places, and says when it cannot."""

from __future__ import annotations

import random

import pytest

from openbanana.plan import Box, Subject
from openbanana.planner.rules.scene import Composition, compose_scene
from openbanana.scene import Entity, Predicate, Relation, SceneGraph, Setting

AREA: Box = (0.04, 0.06, 0.96, 0.94)
RATIO = 16 / 9
PARK = Setting("park", terrain="grass")
ROOM = Setting("living room", indoor=True)


def compose(graph: SceneGraph, seed: int = 1, area: Box = AREA, ratio: float = RATIO) -> Composition:
    return compose_scene(graph, area, ratio, random.Random(seed))


def of(composition: Composition, entity_id: str) -> list[Subject]:
    found = [s for s in composition.subjects if s.entity == entity_id]
    assert found, (entity_id, composition.subjects)
    return found


def one(composition: Composition, entity_id: str) -> Subject:
    return of(composition, entity_id)[0]


def cx(subject: Subject) -> float:
    return (subject.box[0] + subject.box[2]) / 2


def cy(subject: Subject) -> float:
    return (subject.box[1] + subject.box[3]) / 2


def height(subject: Subject) -> float:
    return subject.box[3] - subject.box[1]


def within_x(a: Subject, b: Subject) -> bool:
    return b.box[0] <= cx(a) <= b.box[2]


def graph(*entities: Entity, relations: tuple[tuple[str, Predicate, str], ...] = (),
          setting: Setting = PARK) -> SceneGraph:
    return SceneGraph(entities, tuple(Relation(*r) for r in relations), setting)


CAT, DOG, SOFA, TABLE = Entity("e1", "cat", "🐈"), Entity("e2", "dog", "🐕"), Entity("e2", "sofa", "🛋"), \
    Entity("e2", "table", None, material="wooden")


@pytest.mark.parametrize("seed", range(6))
def test_on_puts_the_bottom_on_the_top_surface_within_the_width_and_in_front(seed: int) -> None:
    placed = compose(graph(CAT, SOFA, relations=(("e1", "on", "e2"),), setting=ROOM), seed)
    cat, sofa = one(placed, "e1"), one(placed, "e2")
    assert sofa.box[1] <= cat.box[3] <= sofa.box[3] and within_x(cat, sofa) and cat.z > sofa.z
    assert placed.shortfalls == ()


def test_things_on_a_table_stand_on_its_top_and_the_table_is_drawn_as_a_form() -> None:
    cups = Entity("e1", "cup", "☕", count=4, arrangement="row")
    placed = compose(graph(cups, TABLE, relations=(("e1", "on", "e2"),), setting=ROOM))
    table = one(placed, "e2")
    assert table.glyph is None and table.form == "table" and table.tint == (150, 100, 62)  # wooden
    assert height(one(placed, "e1")) < height(table)
    assert len(of(placed, "e1")) == 4
    for cup in of(placed, "e1"):
        assert abs(cup.box[3] - table.box[1]) < 0.01 and within_x(cup, table) and cup.z > table.z


def test_under_sits_below_the_top_within_the_span_and_smaller() -> None:
    placed = compose(graph(CAT, TABLE, relations=(("e1", "under", "e2"),), setting=ROOM))
    cat, table = one(placed, "e1"), one(placed, "e2")
    assert cat.box[1] > table.box[1] and within_x(cat, table) and height(cat) < height(table)


def test_in_sinks_into_the_container_and_is_drawn_behind_it() -> None:
    flowers, vase = Entity("e1", "tulip", "🌷", count=3), Entity("e2", "vase", "🏺")
    placed = compose(graph(flowers, vase, relations=(("e1", "in", "e2"),), setting=ROOM))
    pot = one(placed, "e2")
    for flower in of(placed, "e1"):
        assert within_x(flower, pot) and pot.box[1] < flower.box[3] < pot.box[3] and flower.z < pot.z


@pytest.mark.parametrize("seed", range(4))
def test_behind_is_higher_smaller_overlapping_and_drawn_first(seed: int) -> None:
    car = Entity("e2", "car", "🚗")
    placed = compose(graph(Entity("e1", "dog", "🐕"), car, relations=(("e1", "behind", "e2"),)), seed)
    dog, front = one(placed, "e1"), one(placed, "e2")
    assert dog.box[3] < front.box[3] and dog.z < front.z and dog.depth > front.depth
    assert min(dog.box[2], front.box[2]) > max(dog.box[0], front.box[0])  # their spans overlap: partly hidden


def test_in_front_of_is_lower_overlapping_and_drawn_later() -> None:
    girl, house = Entity("e1", "girl", "👧"), Entity("e2", "house", "🏠")
    placed = compose(graph(girl, house, relations=(("e1", "in_front_of", "e2"),)))
    a, b = one(placed, "e1"), one(placed, "e2")
    assert a.box[3] > b.box[3] and a.z > b.z and min(a.box[2], b.box[2]) > max(a.box[0], b.box[0])


@pytest.mark.parametrize("seed", range(8))
def test_left_of_and_right_of_order_the_centres_without_overlap(seed: int) -> None:
    ball = Entity("e3", "ball", "⚽")
    placed = compose(graph(CAT, DOG, ball, relations=(("e1", "left_of", "e2"), ("e3", "right_of", "e2"))), seed)
    cat, dog, toy = one(placed, "e1"), one(placed, "e2"), one(placed, "e3")
    assert cat.box[2] <= dog.box[0] + 1e-6 and dog.box[2] <= toy.box[0] + 1e-6


def test_next_to_keeps_them_adjacent() -> None:
    tree, bench = Entity("e1", "tree", "🌳"), Entity("e4", "bike", "🚲")
    things = graph(tree, CAT, DOG, bench, relations=(("e4", "next_to", "e1"),))
    for seed in range(5):
        placed = compose(things, seed)
        order = sorted(placed.subjects, key=cx)
        ids = [s.entity for s in order if s.entity]
        assert abs(ids.index("e4") - ids.index("e1")) == 1


def test_above_and_below_order_vertically() -> None:
    bird, tree, ball = Entity("e1", "bird", "🐦"), Entity("e2", "tree", "🌳"), Entity("e3", "ball", "⚽")
    placed = compose(graph(bird, tree, ball, relations=(("e1", "above", "e2"), ("e3", "below", "e1"))))
    assert one(placed, "e1").box[3] <= one(placed, "e2").box[1] + 1e-6
    assert one(placed, "e3").box[1] >= one(placed, "e1").box[3] - 1e-6


def test_holding_anchors_a_smaller_thing_at_the_side_of_the_holder() -> None:
    man, flag = Entity("e1", "man", "👨"), Entity("e2", "book", "📖")
    placed = compose(graph(man, flag, relations=(("e1", "holding", "e2"),)))
    holder, held = one(placed, "e1"), one(placed, "e2")
    assert height(held) < height(holder) * 0.6
    middle_y = (held.box[1] + held.box[3]) / 2
    assert holder.box[1] < middle_y < holder.box[3] + 0.01
    assert abs(cx(held) - cx(holder)) > (holder.box[2] - holder.box[0]) * 0.3  # at a side, not over the face


@pytest.mark.parametrize("flip_seed", range(4))
def test_wearing_puts_hats_on_the_head_and_glasses_on_the_eyes(flip_seed: int) -> None:
    woman, glasses, hat = Entity("e1", "woman", "👩"), Entity("e2", "sunglasses", "🕶"), Entity("e3", "hat", "🎩")
    placed = compose(graph(woman, glasses, hat, relations=(("e1", "wearing", "e2"), ("e1", "wearing", "e3"))),
                     flip_seed)
    face, eyes, top = one(placed, "e1"), one(placed, "e2"), one(placed, "e3")
    assert face.figure  # a whole figure, its face the head: eyes about 0.15 of the way down (face_figures.py)
    fy = lambda y: (y - face.box[1]) / height(face)  # noqa: E731 - a fraction down the figure
    assert 0.1 < fy((eyes.box[1] + eyes.box[3]) / 2) < 0.22 and within_x(eyes, face)
    assert 0.05 < fy(top.box[3]) < 0.25 and within_x(top, face) and top.box[1] < face.box[1]  # pulled down on
    assert eyes.z > face.z and top.z > face.z


def test_a_hat_on_a_dog_follows_its_head_whichever_way_it_faces() -> None:
    hat = Entity("e9", "hat", "🎩")
    for seed in range(6):
        placed = compose(graph(Entity("e1", "dog", "🐕"), Entity("e2", "ball", "⚽"), hat,
                               relations=(("e1", "wearing", "e9"),)), seed)
        dog, worn = one(placed, "e1"), one(placed, "e9")
        head_side = dog.box[2] - (dog.box[2] - dog.box[0]) * 0.2 if dog.flip else dog.box[0] + (
            dog.box[2] - dog.box[0]) * 0.2
        assert abs(cx(worn) - head_side) < (dog.box[2] - dog.box[0]) * 0.15
        assert worn.box[3] < dog.box[1] + height(dog) * 0.3


def test_a_person_riding_a_horse_is_the_one_pictogram_of_a_rider_on_a_horse() -> None:
    rider, horse = Entity("e1", "woman", "👩", skin_tone="dark"), Entity("e2", "horse", "🐎")
    placed = compose(graph(rider, horse, relations=(("e1", "riding", "e2"),)))
    woman = one(placed, "e1")
    assert woman.glyph == "🏇🏿" and woman.also_shows == ("e2",) and woman.role == "hero"
    assert not [s for s in placed.subjects if s.entity == "e2"]


def test_a_person_riding_a_brown_horse_sits_astride_it_as_a_whole_figure() -> None:
    rider, horse = Entity("e1", "woman", "👩", skin_tone="dark"), Entity("e2", "horse", "🐎", color=(120, 70, 30))
    placed = compose(graph(rider, horse, relations=(("e1", "riding", "e2"),)))
    woman, mount = one(placed, "e1"), one(placed, "e2")
    assert woman.glyph == "🧍🏿\u200d♀" and woman.z > mount.z
    assert mount.box[1] <= woman.box[3] <= mount.box[3] and cy(woman) < cy(mount) and within_x(woman, mount)


def test_a_cat_riding_a_skateboard_sits_on_it() -> None:
    board = Entity("e2", "skateboard", "🛹")
    placed = compose(graph(CAT, board, relations=(("e1", "riding", "e2"),)))
    cat, deck = one(placed, "e1"), one(placed, "e2")
    assert deck.box[1] <= cat.box[3] <= deck.box[3] and within_x(cat, deck) and cat.z > deck.z


def test_a_later_relation_that_would_close_a_loop_loses_and_the_answer_says_so() -> None:
    box = Entity("e2", "box", "📦")
    placed = compose(graph(CAT, box, relations=(("e1", "in", "e2"), ("e2", "on", "e1")), setting=ROOM))
    cat, carton = one(placed, "e1"), one(placed, "e2")
    assert within_x(cat, carton) and carton.box[1] < cat.box[3] <= carton.box[3]
    assert any("box on the cat" in s and "loop" in s for s in placed.shortfalls)


def test_a_second_parent_is_refused_by_order() -> None:
    rug = Entity("e3", "chair", "🪑")
    placed = compose(graph(CAT, SOFA, rug, relations=(("e1", "on", "e2"), ("e1", "on", "e3")), setting=ROOM))
    cat, sofa = one(placed, "e1"), one(placed, "e2")
    assert sofa.box[1] <= cat.box[3] <= sofa.box[3] and within_x(cat, sofa)
    assert any("cat on the chair" in s for s in placed.shortfalls)


def test_figures_face_what_they_relate_to() -> None:
    for seed in range(6):
        placed = compose(graph(CAT, DOG, relations=(("e1", "left_of", "e2"),)), seed)
        cat, dog = one(placed, "e1"), one(placed, "e2")
        assert cat.flip and not dog.flip  # both pictograms face left: the cat turns to face the dog
