"""Strings in the roles their words give them, through the real planner and layout (sentences written for these
tests, none from a prompt set):

- words a person or an animal says on a poster or in a scene, though what it does comes between ("a parrot perched
  on a branch and saying …"), are its speech, set in a bubble, not the page's headline; a sign's words stay the
  sign's;
- a quoted credit line that opens with a dash ("— Mies van der Rohe"), or follows "credited to", is the quote's
  attribution;
- a time a screen, a watch or a clock shows ("the display showing "8:15"") is its number;
- a string before "with the steps" is the card's title, not its first step;
- the line "under it" after a string named "as the title" is the subtitle (the role word was the title's), and a
  line "in the body" is the body;
- a menu's "section listing …" or "section with …" heads the lines that follow it, in order.
"""

from __future__ import annotations

import pytest

from tests.unit.test_listed_roles import plan_of, roles


@pytest.mark.parametrize(("prompt", "said"), [
    ('Give me a funny poster of a parrot perched on a branch and saying "Pretty bird"', "Pretty bird"),
    ('A poster of a pug wearing a scarf and asking "Is it walk time?"', "Is it walk time?"),
    ('A boy waving from a treehouse and shouting "Come up!"', "Come up!"),
])
def test_a_speakers_words_are_speech_in_a_bubble(prompt: str, said: str) -> None:
    plan = plan_of(prompt)
    assert roles(plan)[said] == "speech"
    block = next(b for b in plan.texts if b.text == said)
    assert block.role == "speech" and block.box[1] > 0.25  # by the speaker, not across the top as a headline


def test_a_signs_words_are_not_its_holders_speech() -> None:
    plan = plan_of('A poster of a man holding a sign saying "Free hugs"')
    assert roles(plan)["Free hugs"] != "speech"


@pytest.mark.parametrize("prompt", [
    'Make a minimalist quote graphic: "Less is more." in the center, credited to "— Mies van der Rohe" below it',
    'A quote card with "Well begun is half done." and "– Aristotle" under it',
])
def test_a_dashed_credit_line_is_the_attribution(prompt: str) -> None:
    found = roles(plan_of(prompt))
    credit = next(text for text in found if text.lstrip("—– ")[:1].isupper() and text[0] in "—–")
    assert found[credit] == "attribution"


def test_a_credit_after_credited_to_is_the_attribution() -> None:
    assert roles(plan_of('Quote card: "Stay curious." credited to "Marie Curie"'))["Marie Curie"] == "attribution"


@pytest.mark.parametrize(("prompt", "time"), [
    ('Product image: a fitness tracker on its charger, the display showing "8:15"', "8:15"),
    ('An alarm clock reading "7:00" on a nightstand beside a glass of water', "7:00"),
])
def test_a_time_a_face_shows_is_its_number(prompt: str, time: str) -> None:
    assert roles(plan_of(prompt))[time] == "number"


def test_a_time_on_a_sign_line_is_no_number() -> None:
    assert roles(plan_of('A bus stop sign saying "Next bus 10:15"'))["Next bus 10:15"] != "number"


def test_a_title_before_the_steps_is_the_cards_title() -> None:
    found = roles(plan_of('Recipe card for "Garlic Butter Shrimp" with the steps "Melt the butter", "Add garlic" '
                          'and "Toss in shrimp"'))
    assert found == {"Garlic Butter Shrimp": "title", "Melt the butter": "step", "Add garlic": "step",
                     "Toss in shrimp": "step"}


def test_the_line_under_a_title_named_as_such_is_its_subtitle() -> None:
    found = roles(plan_of('Wedding invitation with "Ava & Leo" as the title, "June 3, Lake Como" under it, and a '
                          'dove above a floral arch'))
    assert found["June 3, Lake Como"] == "subtitle" and found["Ava & Leo"] in ("headline", "title")


def test_a_line_in_the_body_is_the_body() -> None:
    found = roles(plan_of('Nutrition label for a bag of trail mix with "Nutrition Facts" as the heading and '
                          '"Calories 210" in the body below it'))
    assert found["Calories 210"] == "body"


def test_a_sections_listed_lines_are_its_items_in_order() -> None:
    plan = plan_of('Cafe menu board with a "Coffee" section listing "Flat White" at "4.00" and "Mocha" at "4.50", '
                   'and a "Pastries" section with "Croissant" at "3.25"')
    assert roles(plan) == {"Coffee": "section", "Flat White": "item", "4.00": "price", "Mocha": "item",
                           "4.50": "price", "Pastries": "section", "Croissant": "item", "3.25": "price"}
    tops = {b.text: b.box[1] for b in plan.texts}
    assert tops["Coffee"] < tops["Flat White"] < tops["Mocha"] < tops["Pastries"] < tops["Croissant"]


def test_a_sign_held_in_a_mouth_keeps_its_words() -> None:
    plan = plan_of('A shaggy collie holding a cardboard sign in its mouth that says "Feed Me"')
    assert roles(plan)["Feed Me"] != "speech"
