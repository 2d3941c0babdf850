"""Words the reader lost or misread, through the real planner and the real draft engine.

1. "one orange on a blue background" named no thing at all: after a number the fruit's name was taken for its
   colour (after an article it was already the fruit). A colour followed by its noun stays that noun's colour.
2. "a short queue of hungry customers" lost the customers: a queue is people in a row.
3. "a tag reading "Sale"": the tag is the string's role word, and "reading" was left behind and drawn as books.
4. "a launch poster" drew a boat (a launch), and "a rocket launch", "a robot design", "a pizza deal" named no thing:
   a launch, design, deal or offer shows the thing named before it, as "a mug mockup" shows a mug.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_unknown_nouns8 import drawn


@pytest.mark.parametrize("prompt", [
    "Minimal poster: one orange on a blue background",
    "a single orange on a white plate",
    "a lone orange, a knife and a cutting board",
])
def test_one_orange_is_the_fruit(prompt: str) -> None:
    graph = read_scene(prompt)
    orange = next((e for e in graph.entities if e.noun == "orange"), None)
    assert orange is not None, [e.noun for e in graph.entities]
    assert orange.count == 1 and orange.color_name == ""


def test_one_orange_is_drawn_once() -> None:
    plan = plan_of("Minimal poster: one orange on a blue background")
    assert len(drawn(plan, "orange")) == 1


def test_a_colour_before_its_noun_stays_the_colour() -> None:
    cat = next(e for e in read_scene("one orange cat asleep on a mat").entities if e.noun == "cat")
    assert cat.color_name == "orange"


@pytest.mark.parametrize(("prompt", "count"), [
    ("a food truck and a short queue of hungry customers", 4),
    ("a long queue of people outside a bakery", 7),
    ("a queue of children at an ice cream van", 5),
])
def test_a_queue_is_people_in_a_row(prompt: str, count: int) -> None:
    people = [e for e in read_scene(prompt).entities if e.count == count]
    assert people and people[0].arrangement == "row", [(e.noun, e.count) for e in read_scene(prompt).entities]


def test_a_queue_is_drawn_as_that_many_people() -> None:
    plan = plan_of("a food truck and a short queue of hungry customers")
    assert len(drawn(plan, "customer")) == 4


@pytest.mark.parametrize("prompt", [
    'a shop window with red sneakers on a pedestal and a tag reading "Sale 29.99"',
    'a jar of jam with a label reading "Plum"',
    'a birthday banner reading "Happy 30th" above a table',
    'a gift with a tag that says "For Mum"',
])
def test_the_verb_that_introduces_a_label_is_never_a_thing(prompt: str) -> None:
    """"a tag reading …": the tag is the string's, and so is "reading" (it was drawn as a pile of books)."""
    plan = plan_of(prompt)
    assert "reading" not in {e.noun for e in plan.scene.entities}
    assert not any("📚" in (s.glyph or "") for s in plan.subjects), [s.label for s in plan.subjects]


def test_a_person_reading_a_titled_book_still_reads() -> None:
    girl = next(e for e in read_scene('a girl reading "Matilda" on a park bench').entities if e.noun == "girl")
    assert girl.action == "reading"


@pytest.mark.parametrize("prompt", [
    'A tech startup banner "Ship faster with AI" with a robot and a laptop',
    "a poster for a design agency with a pencil and a ruler",
])
def test_a_company_word_is_never_a_thing(prompt: str) -> None:
    """"a tech startup banner" drew a boot: the nearest pictogram by meaning to a word that names no thing."""
    plan = plan_of(prompt)
    assert not {"startup", "agency"} & {e.noun for e in plan.scene.entities}
    assert not any("👢" in (s.glyph or "") for s in plan.subjects), [s.label for s in plan.subjects]


@pytest.mark.parametrize(("prompt", "shown", "absent"), [
    ("a launch poster for a new app with a rocket", {"rocket"}, {"launch"}),
    ("a rocket launch at dawn", {"rocket"}, {"launch"}),
    ("a robot design", {"robot"}, {"design"}),
    ("a pizza deal poster", {"pizza"}, {"deal"}),
    ("Cereal box design with a cartoon fox on the front", {"box", "fox"}, {"design"}),
])
def test_a_launch_design_or_deal_shows_the_thing_before_it(prompt: str, shown: set[str], absent: set[str]) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert shown <= nouns and not absent & nouns, nouns
    labels = {s.label for s in plan_of(prompt).subjects}
    assert shown <= labels and not absent & labels, labels
