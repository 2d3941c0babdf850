"""Kinds of page named by more of their words (a name badge or a ticket stub is a card, a sleeve design or a sticker
for a shop a label) and the roles and places they give their strings: a packet's name at the top is its wordmark, a
badge's name in big letters its title, a post's one line along the bottom its caption, a sale's percentage asked
huge its number, a menu's "section:" the string before it; a logo's tagline asked at the bottom set under the mark;
a label's strings clear of its rules. Real planner; the sentences are new ones, none from a prompt set."""

from __future__ import annotations

import pytest

from tests.unit.test_listed_roles import plan_of, roles


@pytest.mark.parametrize(("prompt", "kind"), [
    ('Visitor badge: "Welcome" at the top, "Marco" below it and a small star logo in the corner', "card"),
    ('A ticket stub for "Harbour Jazz Night" with a trumpet on the left', "card"),
    ('A tea cup sleeve design with "Slow Sundays" and a steaming teapot', "label"),
    ('Round sticker for a bike shop: a grinning wheel with "Ride On!" across it', "label"),
])
def test_the_kind_of_page_is_read_from_its_words(prompt: str, kind: str) -> None:
    assert plan_of(prompt).scene.document == kind


def test_a_sticker_of_a_thing_with_no_string_stays_a_scene() -> None:
    assert plan_of('A sticker of a grumpy cactus wearing a scarf').scene.document == "scene"


@pytest.mark.parametrize(("prompt", "text"), [
    ('Cracker box design: "Salty Waves" at the top, a pile of crackers below', "Salty Waves"),
    ('A lemonade can sleeve design with "Zesty" in bold and a lemon slice under it', "Zesty"),
])
def test_a_packets_name_at_the_top_or_in_bold_is_its_wordmark(prompt: str, text: str) -> None:
    assert roles(plan_of(prompt))[text] == "wordmark"


def test_a_packets_second_string_keeps_its_place_under_the_name() -> None:
    found = roles(plan_of('A gin bottle label: "North Shore" at the top, "Small Batch" in the middle, juniper below'))
    assert found == {"North Shore": "wordmark", "Small Batch": "subtitle"}


def test_a_badges_name_in_big_letters_is_its_title() -> None:
    found = roles(plan_of('Name badge: "Hi, I am" at the top, "Jonas" in big letters below, a leaf in the corner'))
    assert found == {"Hi, I am": "headline", "Jonas": "title"}


def test_a_posts_one_line_along_the_bottom_is_its_caption() -> None:
    prompt = 'Instagram post for a florist: a bunch of peonies in a jug, "Spring is here" at the bottom'
    assert roles(plan_of(prompt))["Spring is here"] == "caption"


@pytest.mark.parametrize(("prompt", "text"), [
    ('Clearance poster: huge "70% OFF" in the middle, "Ends Sunday" under it', "70% OFF"),
    ('Flash sale banner: a giant "Up to 40% off!" on the left, sneakers on the right', "Up to 40% off!"),
])
def test_a_figure_asked_huge_is_the_pages_number(prompt: str, text: str) -> None:
    assert roles(plan_of(prompt))[text] == "number"


def test_a_menus_section_word_before_a_colon_is_the_previous_strings() -> None:
    prompt = ('Chalkboard menu for a taco stand with a "Tacos" section and a "Drinks" section: "Al Pastor" for "4.50", '
              '"Horchata" for "3.00"')
    found = roles(plan_of(prompt))
    assert found["Tacos"] == found["Drinks"] == "section" and found["Al Pastor"] == "item", found


def test_a_logos_tagline_asked_at_the_bottom_is_set_under_the_mark() -> None:
    plan = plan_of('An emblem for a rowing club: "River Oars" around the top, "Since 1921" at the bottom and two '
                   'crossed oars in the middle')
    boxes = {b.text: b.box for b in plan.texts}
    assert boxes["River Oars"][3] < 0.4 and boxes["Since 1921"][1] > 0.6, boxes


def test_a_labels_strings_stand_clear_of_its_rules() -> None:
    plan = plan_of('Granola box front: "Maple Crunch" at the top, a bowl of granola with berries', 896, 1200)
    rules = [s for s in plan.shapes if s.kind == "rect" and s.fill is None]
    inner_top = max(min(y for _, y in s.points) for s in rules)
    name = next(b for b in plan.texts if b.text == "Maple Crunch")
    assert name.box[1] - inner_top >= 0.03, (name.box, inner_top)
