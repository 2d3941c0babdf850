"""The relation reader on sentence shapes, not on any benchmark prompt: clauses, the one table of prepositions and
verbs, relative clauses and participles, coordination, pronouns, places put first, adverbs of place, distances."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.clauses import split_clauses
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import NounPhrase, Token, chunk, tokenize
from openbanana.planner.rules.pronouns import referents
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.planner.rules.vocabulary.relation_words import preposition_predicate


def relations(prompt: str) -> set[tuple[str, str, str]]:
    scene = read_scene(prompt)
    noun = {e.id: e.noun for e in scene.entities}
    return {(noun[r.subject], r.predicate, noun[r.object]) for r in scene.relations}


def heads(clause: list[object]) -> list[str]:
    return [item.head.word for item in clause if isinstance(item, NounPhrase)]


def test_clauses_end_at_stops_subordinators_and_a_coordinated_clause_with_its_own_subject() -> None:
    clauses = split_clauses(chunk(tokenize("A goose swims on the pond while a heron waits near a reed. A frog sits "
                                           "on a lily pad and a bee is buzzing above it")))
    assert [heads(c) for c in clauses] == [["goose", "pond"], ["heron", "reed"], ["frog", "pad"], ["bee"]]


def test_coordinated_things_and_places_stay_in_one_clause() -> None:
    assert len(split_clauses(chunk(tokenize("a spoon and a fork beside the bowl")))) == 1
    assert len(split_clauses(chunk(tokenize("a hat on the peg and a coat under the hat")))) == 1
    fronted = split_clauses(chunk(tokenize("a crate stands by the gate, and behind it a goat is grazing")))
    assert [heads(c) for c in fronted] == [["crate", "gate"], ["goat"]]
    assert isinstance(fronted[1][0], Token) and fronted[1][0].word == "behind"


@pytest.mark.parametrize(("word", "verb", "predicate"), [
    ("beneath", "", "under"), ("atop", "", "on"), ("opposite", "", "near"), ("past", "", "near"),
    ("alongside", "", "next_to"), ("against", "", "next_to"), ("over", "", "above"), ("on top of", "", "on"),
    ("to the right of", "", "right_of"), ("from", "hang", "under"), ("on", "lean", "next_to"),
    ("outside", "park", "in_front_of"), ("to", "tie", "next_to"), ("from", "", None), ("on", "sit", "on"),
])
def test_one_table_gives_a_preposition_its_predicate_after_its_verb(word: str, verb: str, predicate: str) -> None:
    assert preposition_predicate(word, verb) == predicate


def test_pronouns_stand_for_the_last_thing_they_can() -> None:
    drafts = [Draft("man", person=True), Draft("shelf"), Draft("book", count=4), Draft("clock")]
    assert referents("it", drafts, set(), [3], object_of=True) == [1]  # never the subject itself, never a group
    assert referents("them", drafts, set(), [3], object_of=True) == [2]
    assert referents("him", drafts, set(), [3], object_of=True) == [0]
    assert referents("it", drafts, {3}, [], object_of=False) == [1]  # a dropped draft is no referent
    assert referents("it", drafts, set(), [], object_of=False, topic=[1]) == [1]  # a clause opening continues


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a fox that is hiding behind a log", {("fox", "behind", "log")}),  # relative clause
    ("a goose resting beside a pond lantern", {("goose", "next_to", "lantern")}),  # participle
    ("a spoon and a fork beside the bowl", {("spoon", "next_to", "bowl"), ("fork", "next_to", "bowl")}),
    ("a clock on the shelf and a chair under it", {("clock", "on", "shelf"), ("chair", "under", "shelf")}),
    ("a bench with a bicycle against it", {("bicycle", "next_to", "bench")}),
    ("Above the door hangs a horseshoe", {("horseshoe", "above", "door")}),
    ("There are three apples beneath the tree", {("apple", "under", "tree")}),
    ("a tent with a campfire nearby", {("campfire", "near", "tent")}),
    ("a goat standing a few steps away from the barn", {("goat", "near", "barn")}),
    ("a bell hanging from the branch", {("bell", "under", "branch")}),
    ("a canoe tied to the dock", {("canoe", "next_to", "dock")}),
    ("a bicycle leaning on a stone wall", {("bicycle", "next_to", "wall")}),  # "stone" is the wall's material
    ("a van parked outside the school", {("van", "in_front_of", "school")}),
    ("a dog running past a mailbox", {("dog", "near", "mailbox")}),
    ("a squirrel crawling through a gap in the hedge", {("squirrel", "near", "hedge")}),
    ("a boy in the foreground and a castle in the background", {("boy", "in_front_of", "castle")}),
    ("a snail sits on a leaf, and above it a butterfly is flying", {("snail", "on", "leaf"),
                                                                    ("butterfly", "above", "snail")}),
    ("an owl calls from a tree while a deer drinks at the river", {("owl", "on", "tree")}),
    ("Beside the well, a goat and a donkey", {("goat", "next_to", "well"), ("donkey", "next_to", "well")}),
    ("a girl riding a scooter on a path, with her cat beside her", {("cat", "next_to", "girl")}),
    ("Paint three boats under a bridge", {("boat", "under", "bridge")}),  # an instruction, not a paint tin
    ("a lamp glows on a desk by the door", {("lamp", "on", "desk")}),  # "glows" after "a lamp" is the verb
    ("a laptop on a desk, a lamp to its left", {("lamp", "left_of", "laptop")}),  # the subject before it
    ("three geese follow a farmer", {("goose", "near", "farmer")}),  # a verb the table lacks: at hand
    ("an otter with a shell in its paws", {("otter", "holding", "shell")}),  # held in a part of the owner
    ("a heap of logs beside a shed with an axe against it", {("log", "next_to", "shed"), ("axe", "next_to", "shed")}),
])
def test_the_parse_reads_each_sentence_shape(prompt: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(prompt)


@pytest.mark.parametrize(("prompt", "expected"), [
    # a part of a thing named as a place stands for the thing
    ("a woman with a monkey sitting on her shoulder", {("monkey", "on", "woman")}),
    ("a farmer carrying his son on his shoulders", {("son", "on", "farmer")}),
    ("a chef balancing a plate of cakes on one hand", {("chef", "holding", "plate")}),
    ("a lighthouse on a cliff, with two gulls perched on its roof", {("gull", "on", "lighthouse")}),
    ("a teapot with a sticker and a moth resting on the lid", {("moth", "on", "teapot")}),
    # a participle right after what "with" named is that thing's
    ("a cabin with a sled propped against its wall", {("sled", "next_to", "cabin")}),
    ("a barn, with a goat sleeping outside the entrance", {("goat", "near", "barn")}),
    ("A shed with a ladder hanging from it", {("ladder", "under", "shed")}),
    ("a man with a sword and a shield standing near a tower", {("man", "holding", "shield"),
                                                               ("man", "near", "tower")}),
    # "the bed" after "a bunk bed": the same thing
    ("a girl reading on a bunk bed, with a dog asleep under the bed", {("dog", "under", "bunk bed")}),
    # a pronoun beside or above, in a clause of its own, is the last clause's subject
    ("A toad rests on a stone while a bee hovers above it", {("toad", "on", "stone"), ("bee", "above", "toad")}),
    # an adverb, or a verb before its subject, after a fronted place
    ("A vase stands on the table, and directly behind it hangs a mirror", {("mirror", "behind", "vase")}),
    # "to" after a verb's object: the object is held, the one it goes to is near
    ("a girl feeding an apple to a horse", {("girl", "holding", "apple"), ("girl", "near", "horse")}),
    # a list, then its order
    ("a shelf with a jar, a clock and a candle from left to right", {("jar", "left_of", "clock"),
                                                                    ("clock", "left_of", "candle")}),
    # beside a small thing the subject is; beside furniture, the furniture it is on
    ("a mug on the table next to a laptop", {("mug", "on", "table"), ("mug", "next_to", "laptop")}),
    ("a lamp on the desk beside the bed", {("lamp", "on", "desk"), ("desk", "next_to", "bed")}),
    # "with" right after a verb is the subject's instrument, not the place's
    ("a toddler on a stool eating with a fork", {("toddler", "holding", "fork")}),
    # what is worn after a passive's agent is the agent's
    ("a kite flown by a boy in a green jacket", {("boy", "holding", "kite"), ("boy", "wearing", "jacket")}),
    # "on top" after what "with" named: on the host
    ("a pile of pancakes with a strawberry on top", {("strawberry", "on", "pancake")}),
    # "filled with", "covered with": what follows stands so to the subject
    ("a bucket filled with shells on the sand", {("shell", "in", "bucket")}),
    # "between" a pair, put first
    ("Between two lamps stands a bench", {("bench", "next_to", "lamp")}),
    # one thing in the sky: below it
    ("a fox sitting beneath a full moon", {("fox", "below", "full moon")}),
    # a part with its whole after "of"
    ("Perched on the rim of a bucket, a frog looks around", {("frog", "on", "bucket")}),
    # a verb's object on a table top
    ("a nurse weighing a puppy on a counter", {("puppy", "on", "counter")}),
    # a subject after a comma shares the verb with the one joined to it
    ("Sitting on a wall, a boy and his sister eat apples", {("boy", "on", "wall"), ("sister", "on", "wall")}),
    # two lively companions share a place beside a thing
    ("a girl with a dog next to a bench", {("girl", "next_to", "bench"), ("dog", "next_to", "bench")}),
    # a part named with its owner's "'s" is at the owner
    ("a sparrow on a girl's hand", {("sparrow", "on", "girl")}),
    ("a flag above the castle's gate", {("flag", "above", "castle")}),
    # a boat one paddles is sat in
    ("a woman paddling a canoe", {("woman", "in", "canoe")}),
    # "out of" after a verb's object: the one doing it is at the place
    ("a chef taking a pie out of an oven", {("chef", "holding", "pie"), ("chef", "near", "oven")}),
    # a surface after "next to X": X is on it too
    ("a lamp next to a monitor on a desk", {("lamp", "on", "desk"), ("monitor", "on", "desk")}),
])
def test_structures_of_longer_sentences(prompt: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(prompt)


def test_a_part_is_never_a_thing_of_its_own() -> None:
    nouns = {e.noun for e in read_scene("a lighthouse on a cliff, with two gulls perched on its roof").entities}
    assert "roof" not in nouns
    assert "shoulder" not in {e.noun for e in read_scene("a woman with a monkey sitting on her shoulder").entities}
    assert "lid" in {e.noun for e in read_scene("a pot and its lid, with a fly on the lid").entities}


def test_a_place_after_with_replaces_what_with_alone_said() -> None:
    read = relations("a girl riding a scooter on a path, with her cat beside her")
    assert not {r for r in read if "cat" in (r[0], r[2]) and "scooter" in (r[0], r[2])}


def test_a_side_replaces_what_with_alone_said() -> None:
    assert relations("a shed with a barrel to its left") == {("barrel", "left_of", "shed")}


def test_a_distance_is_not_a_thing_and_an_opening_is_its_thing() -> None:
    nouns = {e.noun for e in read_scene("a goat standing a few steps away from the barn").entities}
    assert "step" not in nouns and "goat" in nouns
    assert "gap" not in {e.noun for e in read_scene("a squirrel crawling through a gap in the hedge").entities}
