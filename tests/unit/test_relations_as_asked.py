"""Relations drawn as asked — through the real rules planner and the real draft engine, judged on the plan's scene
graph and on the ink each thing leaves, with the benchmark's own geometry.

1. "With … on top" tops the pile the host carries: a strawberry on a stack of pancakes on a plate is on the
   pancakes, bananas on a basket full of apples are on the apples; one thing on a desk is no pile ("a laptop on a
   desk with a lamp on top" keeps the lamp on the desk).
2. Where an activity is done is where its doer is: "a man doing yoga on a mat" puts the man (drawn in the yoga
   pose) on the mat, as "a girl in a lotus pose on a rug" does the girl; a person of any skin tone is posed so
   ("with medium brown skin" is a tone, not a thing held).
3. What is tossed or thrown to someone leaves the giver's hand for them: the ducks a woman throws bread to are near
   her (they had been related to nobody, and set anywhere); only between living things.
4. A sign someone holds, with words on it, is held: a plaque before a person's body below the head, or hanging from
   an animal's mouth, with the words on it; the carrier had grown it into a roadside board and slid it, and the
   holder, apart. A sign nobody holds still stands on its posts.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.plan import Plan
from tests.unit.test_composer_holds9 import holds
from tests.unit.test_scene_fidelity_classes import entity, ink_share, plan_of, subjects


def stated(plan: Plan, thing: str, predicate: str, other: str) -> bool:
    a, b = entity(plan, thing), entity(plan, other)
    return any((r.subject, r.predicate, r.object) == (a.id, predicate, b.id) for r in plan.scene.relations)


# 1. On top of a pile


@pytest.mark.parametrize(("prompt", "topping", "pile", "host"), [
    ("Three waffles on a white plate with a blueberry on top", "blueberry", "waffle", "plate"),
    ("a wooden crate full of red apples, with a pear on top", "pear", "apple", "crate"),
    ("a stack of four cookies on a tray with a lemon on top", "lemon", "cookie", "tray"),
])
def test_what_is_on_top_tops_the_pile_not_the_plate(prompt: str, topping: str, pile: str, host: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, topping, "on", pile), prompt
    assert not stated(plan, topping, "on", host), prompt
    assert holds(prompt, topping, pile), prompt


def test_one_thing_on_a_desk_is_no_pile() -> None:
    plan = plan_of("a laptop on a desk with a lamp on top")
    assert stated(plan, "lamp", "on", "desk") and not stated(plan, "lamp", "on", "laptop")


# 2. An activity's place is its doer's


@pytest.mark.parametrize(("prompt", "doer", "place"), [
    ("a man doing yoga on a blue mat in a quiet room", "man", "mat"),
    ("a girl in a lotus pose on a rug", "girl", "rug"),
    ("a man with medium brown skin doing yoga on a green mat", "man", "mat"),
])
def test_the_doer_of_an_activity_is_where_it_is_done(prompt: str, doer: str, place: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, doer, "on", place), prompt
    figure = [s for s in plan.subjects if s.entity == entity(plan, doer).id]
    assert len(figure) == 1 and (figure[0].glyph or "").startswith("🧘"), prompt  # one figure, in the pose
    assert holds(prompt, doer, place), prompt


def test_medium_brown_skin_is_a_tone() -> None:
    plan = plan_of("a man with medium brown skin doing yoga on a green mat")
    assert entity(plan, "man").skin_tone == "medium_dark"
    assert [e.noun for e in plan.scene.entities] == ["man", "yoga", "mat"]


# 3. Given to someone near


@pytest.mark.parametrize(("prompt", "giver", "taker"), [
    ("an old man throwing bread to the swans at a lake", "man", "swan"),
    ("a little girl tossing peanuts to two squirrels in a park", "girl", "squirrel"),
])
def test_the_ones_a_thing_is_thrown_to_are_near_the_thrower(prompt: str, giver: str, taker: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, taker, "near", giver), prompt
    assert holds(prompt, taker, giver, "near"), prompt


def test_a_thing_thrown_to_no_one_alive_places_nobody() -> None:
    plan = plan_of("a boy throwing a stone to the far bank of a river")
    boy = entity(plan, "boy").id
    assert not any(r.predicate == "near" and r.object == boy for r in plan.scene.relations)


# 4. A held sign


@pytest.mark.parametrize(("prompt", "holder", "words"), [
    ('a boy holding a sign that says "Free Hugs" in a park', "boy", "Free Hugs"),
    ('a woman holding a placard that reads "Vote Today"', "woman", "Vote Today"),
    ('a puppy holding a sign in its mouth that says "Pick Me"', "puppy", "Pick Me"),
])
def test_a_held_sign_is_in_the_holders_reach_with_its_words_on_it(prompt: str, holder: str, words: str) -> None:
    plan = plan_of(prompt)
    board = next(s for s in plan.subjects if s.form == "plaque")
    block = next(b for b in plan.texts if b.text == words)
    assert board.box[0] <= block.box[0] and block.box[2] <= board.box[2], prompt  # the words are on it
    assert board.box[1] <= block.box[1] and block.box[3] <= board.box[3], prompt
    sign = next(e.noun for e in plan.scene.entities if e.id == board.entity)
    assert holds(prompt, holder, sign, "holding"), prompt
    assert ink_share(plan, subjects(plan, holder)[0]) > 0.2, prompt  # the holder shows round it


def test_a_sign_nobody_holds_stands_on_its_posts() -> None:
    plan = plan_of('a sign that says "Beach Open" next to a bench')
    assert [s.form for s in plan.subjects if s.label == "sign"] == ["signboard"]
