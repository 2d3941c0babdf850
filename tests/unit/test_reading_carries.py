"""Reading rules that hold by structure, on sentence shapes of their own (none is a benchmark prompt): a chain of
places, several objects of one place word, an unknown word beside a thing, an indefinite part word, "full of", a
verb after a phrase with modifiers, and the fallback that binds a relation word the clause parse left unbound."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.grammar import chunk, tokenize
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.planner.rules.unread import Unread, unread_relations
from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn


def relations(prompt: str) -> set[tuple[str, str, str]]:
    scene = read_scene(prompt)
    noun = {e.id: e.noun for e in scene.entities}
    return {(noun[r.subject], r.predicate, noun[r.object]) for r in scene.relations}


def nouns(prompt: str) -> list[str]:
    return [e.noun for e in read_scene(prompt).entities]


def test_a_chain_of_places_puts_each_place_on_the_next() -> None:
    assert relations("a mug on a coaster on a crate on a rug") >= {
        ("mug", "on", "coaster"), ("coaster", "on", "crate"), ("crate", "on", "rug")}
    assert ("mug", "on", "rug") not in relations("a mug on a coaster on a crate on a rug")


def test_a_place_word_with_two_objects_relates_the_subject_to_both() -> None:
    assert relations("Plates stacked on a bench beside a kettle and a jug.") >= {
        ("plate", "next_to", "kettle"), ("plate", "next_to", "jug")}
    # a second thing with a place of its own is a new subject, not another object
    assert ("lamp", "next_to", "rug") not in relations("a lamp next to a sofa and a rug under a table")


def test_an_unknown_word_beside_a_thing_is_a_thing_and_after_in_may_be_the_place() -> None:
    assert "trough" in nouns("a hedgehog beside a watering trough")  # a trough is drawn (a form): "watering" its use
    assert ("hedgehog", "next_to", "trough") in relations("a hedgehog beside a watering trough")
    assert nouns("a chef in a pantry") == ["chef"]  # the place by meaning (a kitchen), not a thing


def test_a_part_word_after_a_or_an_is_a_thing_of_its_own() -> None:
    assert ("owl", "above", "doorway") in relations("an owl on a lantern above a doorway")
    assert ("owl", "on", "lantern") in relations("an owl on a lantern above a doorway")


def test_full_of_reads_as_filled_with_only_for_a_thing() -> None:
    assert relations("a crate full of logs next to a shed") >= {("log", "in", "crate"), ("crate", "next_to",
                                                                                           "shed")}
    assert not any(r[2] == "chapel" and r[1] == "in" for r in relations("a chapel under a sky full of stars"))


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a golden retriever naps on a rug", ("golden retriever", "on", "rug")),
    ("a tabby cat dozes under a chair", ("cat", "under", "chair")),
    ("the puppy chews a slipper beside a sofa", ("puppy", "next_to", "sofa")),
])
def test_a_verb_after_a_phrase_with_modifiers_is_the_verb(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_the_fallback_binds_an_unbound_relation_word_by_position_and_class() -> None:
    participle = chunk(tokenize("a dog sleeping under a tree"))
    assert unread_relations(participle, [(0,), (), (), (1,)], [False] * 4, set()) == [
        Unread((0,), "under", "sleep", (1,), "under")]
    joined = chunk(tokenize("a cup and a saucer on a tray"))
    assert unread_relations(joined, [(0,), (), (1,), (), (2,)], [False] * 5, set()) == [
        Unread((0, 1), "on", "", (2,), "on")]
    after_comma = chunk(tokenize("a lamp on a desk, left of a sofa"))
    found = unread_relations(after_comma, [(0,), (), (1,), (), (), (2,)], [False, False, True, False, False, False],
                             set())
    assert found == [Unread((0,), "left of", "", (2,), "left_of")]


def test_the_fallback_leaves_what_the_parse_read_or_related() -> None:
    clause = chunk(tokenize("a lamp by a sofa"))
    assert unread_relations(clause, [(0,), (), (1,)], [False, False, True], set()) == []  # the parse read it
    assert unread_relations(clause, [(0,), (), (1,)], [False] * 3, {frozenset((0, 1))}) == []  # already related
    setting = chunk(tokenize("a fox in a meadow near a fence"))
    assert unread_relations(setting, [(0,), (), (), (), (1,)], [False] * 5, set()) == [
        Unread((0,), "near", "", (1,), "near")]  # past a place that named no thing, the fox


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a mug on a coaster on a crate on a rug", [("mug", "on", "coaster"), ("crate", "on", "rug")]),
    ("a golden retriever naps on a rug beside a sofa", [("golden retriever", "on", "rug")]),
    ("a basket full of pears on a bench", [("pear", "in", "basket"), ("basket", "on", "bench")]),
])
def test_read_relations_are_placed_and_drawn(prompt: str, expected: list[tuple[str, str, str]]) -> None:
    assert_read_placed_and_drawn(prompt, expected)


def test_a_place_of_a_named_owner_is_the_owner_and_her_is_a_person() -> None:
    assert relations("A boy sitting on his uncle's lap.") >= {("boy", "on", "uncle")}
    assert relations("A woman on a bench with a goose beside her") >= {("goose", "next_to", "woman")}
    assert ("bench", "next_to", "goose") not in relations("A woman on a bench with a goose beside her")


def test_a_phrase_ends_in_its_head_even_where_the_lexicon_calls_it_an_adjective() -> None:
    assert "platter" in nouns("a pie on a platter.")
    assert nouns("make the cat a little bigger") == ["cat"]


def test_an_animal_by_its_stand_in_holds_what_is_in_its_beak_and_only_a_rider_rides() -> None:
    assert ("puffin", "holding", "sardine") in relations("a puffin on a rock with a sardine in its beak")
    assert ("sparrow", "on", "bicycle") in relations("a sparrow on a bicycle")
    assert ("woman", "riding", "bicycle") in relations("a woman on a bicycle")


def test_a_thing_after_near_may_still_be_the_place_and_to_after_a_participle_gives_nothing() -> None:
    setting = read_scene("a dog near the boardwalk").setting
    assert (setting.place, setting.backdrop) == ("boardwalk", "sea")  # a known place now: boards by the sea
    assert ("goose", "holding", "crate") not in relations("a goose eyes a crate strapped to the back of a cart")


def test_a_verb_after_i_or_we_a_goal_after_a_verbs_object_before_and_a_chest() -> None:
    assert nouns("we need a picture of a goat beside a hut") == ["goat", "hut"]
    assert ("parcel", "on", "mat") in relations("A girl dropping a parcel onto a mat.")
    assert ("squire", "in_front_of", "king") in relations("A squire bows before a king.")
    assert ("boy", "holding", "book") in relations("A boy asleep on a sofa, a book on his chest.")
    assert ("kitten", "on", "boy") in relations("A boy asleep on a sofa, a kitten on his chest.")


def test_a_place_that_names_no_thing_still_gives_the_subject_its_predicate() -> None:
    assert ("cat", "on", "sofa") not in relations("a cat in the garden and a dog on a sofa")
    assert ("dog", "on", "sofa") in relations("a cat in the garden and a dog on a sofa")


def test_a_things_verb_object_takes_the_place_after_it() -> None:
    assert ("pie", "on", "stand") in relations("A shop window showing pies on a stand.")


def test_a_small_thing_beside_what_stands_on_a_desk_stands_on_the_desk_too() -> None:
    assert_read_placed_and_drawn("A candle on a desk next to a laptop", [("candle", "on", "desk"),
                                                                         ("candle", "next_to", "laptop")])


def test_what_a_shelf_is_full_of_lies_on_it_and_the_full_thing_may_be_a_with_object() -> None:
    assert ("book", "on", "shelf") in relations("a library with shelves full of books")
    assert ("cherry", "in", "bowl") in relations("a table with a bowl full of cherries")
