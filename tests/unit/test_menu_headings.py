"""Headings in menus, through the real rules planner and draft engine; sentences of our own.

"… under the heading "Pizzas"" once set the word "heading" itself as a section (a string nobody quoted, printed in
the picture) and "Pizzas" after the items it heads; a priced line followed by "under the section …" was taken for a
section; "the heading "X"" before any item is the menu's own heading.
"""

from __future__ import annotations

import pytest

from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner


def lines(prompt: str) -> list[tuple[str, str]]:
    plan = RulesPlanner().plan(PlanningInput(prompt, 1024, 1024, seed=3)).plan
    return [(text.text, text.role) for text in plan.scene.texts]


@pytest.mark.parametrize("prompt", [
    'A pizza menu with "Margherita 9", "Pepperoni 11" and "Veggie 10" under the heading "Pizzas"',
    'A dessert menu listing "Tiramisu 6" and "Gelato 4" under the category "Sweets"',
])
def test_a_quoted_heading_after_its_items_heads_them(prompt: str) -> None:
    read = lines(prompt)
    assert read[0][1] == "section" and all(role in ("item", "price") for _, role in read[1:]), read
    assert all(text not in ("heading", "category", "section") for text, _ in read), read  # nothing unquoted


def test_a_priced_line_is_never_a_section() -> None:
    read = lines('A cafe menu: "Latte $4" and "Mocha $5" under the section "Coffee", "Scone $3" under "Bakes"')
    assert read == [("Coffee", "section"), ("Latte", "item"), ("$4", "price"), ("Mocha", "item"), ("$5", "price"),
                    ("Bakes", "section"), ("Scone", "item"), ("$3", "price")]


@pytest.mark.parametrize("prompt", [
    'A juice bar menu with the heading "Squeezed" and "Orange 4", "Green 5", "Beet 5" below it',
    'A food truck chalkboard, header "Burger Bus", then "Classic $9" and "Double $12"',
])
def test_a_heading_before_any_item_is_the_menu_s_own(prompt: str) -> None:
    read = lines(prompt)
    assert read[0][1] == "headline" and all(role in ("item", "price") for _, role in read[1:]), read


def test_a_section_heading_later_in_the_menu_stays_a_section() -> None:
    read = lines('A bistro menu titled "Chez Lou" with "Soup 6" and "Salad 7", and the heading "Mains" over '
                 '"Steak 24" and "Trout 19"')
    assert ("Chez Lou", "headline") in read and ("Mains", "section") in read, read


def test_a_quoted_price_after_its_item_is_the_items_price() -> None:
    read = lines('A noodle bar menu: "Ramen" priced "$13", "Gyoza" priced "$7" and "Edamame" at "4.50"')
    assert read == [("Ramen", "item"), ("$13", "price"), ("Gyoza", "item"), ("$7", "price"), ("Edamame", "item"),
                    ("4.50", "price")], read
