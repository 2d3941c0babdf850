"""What kind of page is asked, even when the sentence goes on to describe a scene, and the roles that kind gives its
strings: a cover's "by" names its author, a logo's "the word" its wordmark, a label's net amount a line of the
label, a clipped three-word slogan a tagline, a card's middle sentence its body. Real planner and layout; the
sentences are new ones, none from a prompt set."""

from __future__ import annotations

import pytest

from tests.unit.test_listed_roles import plan_of, roles


@pytest.mark.parametrize(("prompt", "kind"), [
    ('Mystery cover titled "The Salt Road" by "Lena Marsh": a rowing boat on a dark river under a crescent moon',
     "book_cover"),
    ('A cover called "Night Orchard" with a fox asleep under an apple tree', "book_cover"),
    ('App icon for a budgeting app: a piggy bank on a teal square', "logo"),
    ('A patch for a sailing club with an anchor and "Harbour Crew" around it', "logo"),
    ('YouTube thumbnail: a surprised cat next to a cucumber, "NOPE!" in red letters', "social"),
    ('Story template: a bowl of ramen on a dark table, "Noodle Night" across the top', "social"),
    ('Concert ticket for "Blue Lanterns Live" with a saxophone on the right', "card"),
    ('Label for a jar of pickled beets that says "Aunt Rose\'s Beets" with a beet drawn under it', "label"),
    ('A cereal box called "Moon Loops" with a cartoon owl on the front', "label"),
])
def test_the_page_kind_is_read_though_a_scene_follows(prompt: str, kind: str) -> None:
    plan = plan_of(prompt)
    assert plan.scene.document == kind, plan.scene.document


@pytest.mark.parametrize("prompt", [
    'A boy holding two concert tickets outside a stadium',
    'A teenager watching a cooking show on a laptop in the kitchen',
    'A hiker with a patch on her backpack standing by a lake',
])
def test_a_thing_named_like_a_page_stays_a_scene(prompt: str) -> None:
    assert plan_of(prompt).scene.document == "scene"


def test_a_cereal_box_asked_as_the_page_is_a_label_and_the_box_is_drawn() -> None:
    plan = plan_of('A cereal box called "Moon Loops" with a cartoon owl on the front')
    assert plan.scene.document == "label"
    assert {"box", "owl"} <= {e.noun for e in plan.scene.entities}, plan.scene.entities


def test_a_covers_by_name_is_its_author_and_its_title_the_title() -> None:
    plan = plan_of('Horror cover titled "The Quiet House" by "Noor Castell": a porch light left on in the rain')
    assert roles(plan) == {"The Quiet House": "title", "Noor Castell": "author"}, roles(plan)
    blocks = {b.text: b for b in plan.texts}
    assert blocks["The Quiet House"].box[3] - blocks["The Quiet House"].box[1] > (
        blocks["Noor Castell"].box[3] - blocks["Noor Castell"].box[1])  # the title set bigger than the name


@pytest.mark.parametrize(("prompt", "name"), [
    ('Flat logo: a paper plane inside a circle, the word "Glide" underneath', "Glide"),
    ('Logo for a tea brand: a steaming cup above the name "Kettle & Co"', "Kettle & Co"),
])
def test_a_logos_named_word_is_its_wordmark_though_a_place_word_follows(prompt: str, name: str) -> None:
    plan = plan_of(prompt)
    assert plan.scene.document == "logo"
    assert roles(plan)[name] == "wordmark", roles(plan)
    assert any(b.text == name and b.role == "wordmark" for b in plan.texts)


def test_a_posts_last_plea_to_act_is_a_button_though_underneath_follows() -> None:
    plan = plan_of('An Instagram post that says "Volunteers Wanted" with "Sign up now" underneath and a rake on '
                   'the left')
    assert roles(plan) == {"Volunteers Wanted": "headline", "Sign up now": "cta"}, roles(plan)


def test_a_subtitle_named_before_a_plea_stays_a_subtitle() -> None:
    read = roles(plan_of('A poster titled "Beach Cleanup" with the subtitle "Join us at dawn"'))
    assert read["Join us at dawn"] == "subtitle", read


def test_a_packagings_net_amount_is_a_line_of_its_label() -> None:
    plan = plan_of('Tea packaging: a green tin printed with "Mountain Mist" and "100 g loose leaf" along the bottom')
    assert plan.scene.document == "label"
    assert roles(plan)["100 g loose leaf"] == "label", roles(plan)
    blocks = {b.text: b for b in plan.texts}
    assert blocks["100 g loose leaf"].box[1] > blocks["Mountain Mist"].box[1]  # under the name, as asked


def test_a_clipped_slogan_after_a_name_is_a_tagline() -> None:
    plan = plan_of('Flyer for a bike shop: "Spoke & Chain" at the top, a red bicycle in the middle and '
                   '"Ride. Repair. Repeat." at the bottom')
    assert roles(plan)["Ride. Repair. Repeat."] == "tagline", roles(plan)
    assert roles(plan)["Spoke & Chain"] == "headline"


def test_a_cards_middle_sentence_is_its_body_copy() -> None:
    plan = plan_of('Wedding invitation: "Sam & Priya" at the top, "Saturday 14 June at noon" in the middle, two '
                   'rings near the bottom')
    assert plan.scene.document == "card"
    assert roles(plan)["Saturday 14 June at noon"] == "body", roles(plan)
