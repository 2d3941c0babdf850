"""Strings in the roles their words give them, through the real planner and layout (sentences written for these
tests, none from a prompt set):

- strings named sections after them (""Tacos" and "Drinks" as sections") are the menu's sections, and the string
  after them, though the role word stands right before it, is an item with its price;
- a poster's short last line offering the way in ("Free Admission") is its call to action, set on a button at the
  foot of the page;
- a temperature or percentage said big right after it (""-3°C" big") is the page's number, and the line said under
  it that number's caption.
"""

from __future__ import annotations

from tests.unit.test_listed_roles import plan_of, roles


def test_strings_named_sections_after_them_are_sections_and_what_follows_items() -> None:
    plan = plan_of('A taco truck menu with "Tacos" and "Drinks" as sections, "Carnitas Taco" at "$4" and '
                   '"Horchata" at "$3"')
    assert roles(plan) == {"Tacos": "section", "Drinks": "section", "Carnitas Taco": "item", "$4": "price",
                           "Horchata": "item", "$3": "price"}
    item, price = (next(b for b in plan.texts if b.text == t) for t in ("Carnitas Taco", "$4"))
    assert abs(item.box[1] - price.box[1]) < 0.01 and price.box[0] > item.box[2]  # the price on the item's line


def test_a_menu_without_the_words_keeps_its_headline() -> None:
    plan = plan_of('A bistro menu with "Le Petit Four" at the top, "Onion Soup $7" and "Steak Frites $19"')
    assert roles(plan)["Le Petit Four"] == "headline"


def test_a_last_line_offering_entry_is_a_button() -> None:
    plan = plan_of('Concert poster: "Brass on the Beach", "Sunday 4 pm" and "Free Admission", with a trumpet player')
    assert roles(plan)["Free Admission"] == "cta"
    button = next(b for b in plan.texts if b.text == "Free Admission")
    assert button.role == "cta" and button.box[1] > 0.6


def test_an_entry_line_that_is_not_last_is_not_a_button() -> None:
    plan = plan_of('Poster: "Free Admission" in huge letters, then "Sunday 4 pm" and "Bring a blanket"')
    assert roles(plan)["Free Admission"] != "cta"


def test_a_reading_said_big_after_it_is_the_number_and_the_line_under_it_its_caption() -> None:
    plan = plan_of('A weather widget with "-3°C" big at the centre, "Light Snow" below it and a snowflake icon')
    assert roles(plan) == {"-3°C": "number", "Light Snow": "caption"}
    number = next(b for b in plan.texts if b.text == "-3°C")
    assert 0.3 < (number.box[1] + number.box[3]) / 2 < 0.7  # set big, in the middle as asked


def test_a_word_said_big_is_no_number() -> None:
    plan = plan_of('A poster with "Sale" big at the top and "Everything must go" below it')
    assert roles(plan)["Sale"] != "number" and roles(plan)["Everything must go"] != "caption"


def test_the_line_under_a_sales_percentage_stays_the_subtitle() -> None:
    plan = plan_of('A shop poster with a huge "30% OFF" in the middle and "Ends Sunday" under it')
    assert roles(plan)["30% OFF"] == "number" and roles(plan)["Ends Sunday"] != "caption"
