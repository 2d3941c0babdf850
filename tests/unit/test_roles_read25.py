"""The kind of page asked and the roles and places its strings take, through the real planner and layout (sentences
written for these tests, none from a prompt set):

- a video's thumbnail, a square or story post, or a post for a shop is a social post; a phone wallpaper carrying a
  quote is the quote's page; a coaster or a patch design is a logo; a pet-food or coffee bag with its brand is a
  label, and the brand named is its wordmark; an infographic of one big number is a diagram;
- an amount of money said with what it buys ("25 cents each", "Entry $10", "3 for $12") is the price;
- an invitation in ("Pop in and say hi!", "Drop by today") or an offer's limit ("Today only") last on a page or a
  sign is its call to action;
- a keeping date ("Use by March") is the caption;
- a band's name on a poster is its headline, the line under it the subtitle;
- a label's name heads the label, over its picture, unless the picture is asked above the name.
"""

from __future__ import annotations

import pytest

from tests.unit.test_listed_roles import plan_of, roles


@pytest.mark.parametrize(("prompt", "kind"), [
    ('Vlog thumbnail with "I Tried Running Every Day" in giant letters and a tired woman', "social"),
    ('Square post for a bike shop: "Tune-Up Week" at the top, a red bicycle, "Drop by today" at the bottom', "social"),
    ('Story post for a climbing gym: "New Routes" at the top and a climber on a wall', "social"),
    ('Phone wallpaper with the quote "Keep going, it gets easier" over a pine forest', "quote"),
    ('Beer mat design for a tavern named "The Lucky Goose" with a goose in the middle', "logo"),
    ('Cat food pouch with the brand "Whisker Feast" and a tabby on the front', "label"),
    ('Infographic with "9 of 10" as the big number and "cats nap after lunch" as the caption', "diagram"),
])
def test_the_kind_of_page_asked(prompt: str, kind: str) -> None:
    assert plan_of(prompt).scene.document == kind


@pytest.mark.parametrize(("prompt", "price"), [
    ('A cookie stand with a cardboard sign reading "Fresh Cookies" and "25 cents each", a plate below it',
     "25 cents each"),
    ('Concert poster: "The Velvet Owls" as the band name, "One Night Only" under it, "Entry $10" at the bottom',
     "Entry $10"),
    ('Bookshop flyer: "Summer Reading Sale" at the top, "Paperbacks 3 for $12" in the middle, "Today only" at the '
     'bottom', "Paperbacks 3 for $12"),
])
def test_an_amount_with_what_it_buys_is_the_price(prompt: str, price: str) -> None:
    assert roles(plan_of(prompt))[price] == "price"


@pytest.mark.parametrize(("prompt", "cta"), [
    ('Chalkboard easel outside a bakery with "Fresh Bagels" at the top and "Pop in and say hi!" at the bottom',
     "Pop in and say hi!"),
    ('Bookshop flyer: "Summer Reading Sale" at the top, "Paperbacks 3 for $12" in the middle, "Today only" at the '
     'bottom', "Today only"),
    ('Square post for a bike shop: "Tune-Up Week" at the top, a red bicycle, "Drop by today" at the bottom',
     "Drop by today"),
])
def test_an_invitation_or_an_offers_limit_is_the_call_to_action(prompt: str, cta: str) -> None:
    assert roles(plan_of(prompt))[cta] == "cta"


def test_a_first_string_is_the_headline_whatever_it_says() -> None:
    assert roles(plan_of('A poster with "Today only" at the top and a cake below'))["Today only"] == "headline"


@pytest.mark.parametrize(("prompt", "small"), [
    ('Chutney jar label with "Aunt Ida\'s Relish" and "Best before October" at the bottom', "Best before October"),
    ('Honey jar label with "Meadow Gold" as the title and "Use by March" at the bottom', "Use by March"),
])
def test_a_keeping_date_is_the_caption(prompt: str, small: str) -> None:
    assert roles(plan_of(prompt))[small] == "caption"


def test_a_logos_name_stands_over_a_mark_asked_in_the_middle() -> None:
    plan = plan_of('Patch design for a hiking club called "Trail Owls", an owl in the middle and "Since 1962" '
                   'underneath')
    name, year = (next(b for b in plan.texts if b.text == t) for t in ("Trail Owls", "Since 1962"))
    assert plan.scene.document == "logo" and name.box[3] < 0.4 and year.box[1] > name.box[3]


def test_a_bands_name_heads_its_poster() -> None:
    found = roles(plan_of('Concert poster: "The Velvet Owls" as the band name, "One Night Only" under it'))
    assert found["The Velvet Owls"] == "headline" and found["One Night Only"] == "subtitle"


def test_a_brand_named_on_a_pack_is_its_wordmark_at_the_top() -> None:
    plan = plan_of('Cat food pouch with the brand "Whisker Feast", "Tuna Treat" under it and "400 g" in a corner, '
                   'a tabby on the front')
    assert roles(plan)["Whisker Feast"] == "wordmark"
    block = next(b for b in plan.texts if b.text == "Whisker Feast")
    tabby = next(s for s in plan.subjects if "tabby" in s.label or "cat" in s.label)
    assert (block.box[1] + block.box[3]) / 2 < 0.4 and block.box[3] <= tabby.box[1] + 0.01  # above the picture


@pytest.mark.parametrize(("prompt", "name", "top"), [
    ('Honey jar label with "Meadow Gold" as the title, "Raw" under it and "Use by March" at the bottom, a bee drawn '
     'on the label', "Meadow Gold", True),
    ('A pet food label: a puppy above "Beef Bites" with "Net wt 2 kg" at the bottom', "Beef Bites", False),
])
def test_a_labels_name_heads_it_unless_the_picture_is_asked_above(prompt: str, name: str, top: bool) -> None:
    block = next(b for b in plan_of(prompt).texts if b.text == name)
    assert ((block.box[1] + block.box[3]) / 2 < 0.4) == top


@pytest.mark.parametrize(("prompt", "text", "role"), [
    ('Story post for a pottery studio: "Make Something" at the top, "Wheel Class Tonight" in the middle, '
     '"Book a seat" at the bottom', "Wheel Class Tonight", "subtitle"),
    ('Birthday invitation: "Come Celebrate" at the top, "Saturday 4 June, 6 pm" in the middle', "Saturday 4 June, 6 pm",
     "body"),
])
def test_a_name_like_line_in_the_middle_is_a_subtitle_a_date_line_copy(prompt: str, text: str, role: str) -> None:
    assert roles(plan_of(prompt))[text] == role
