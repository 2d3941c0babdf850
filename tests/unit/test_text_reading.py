"""Reading the strings of a prompt: every one, verbatim, with its role, place, colour, weight, family and target,
and the kind of document asked for."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.texts import extract_texts, read_texts
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.scene import TextSpec


def roles(prompt: str) -> list[tuple[str, str]]:
    return [(t.text, t.role) for t in read_texts(prompt)[0]]


@pytest.mark.parametrize(("prompt", "kind"), [
    ('A cafe menu: "Espresso $3"', "menu"),
    ('A coffee shop chalkboard that says "Latte $4.50" and "Espresso $3.00"', "menu"),
    ('An infographic: "Wash", "Rinse", "Dry"', "steps"),
    ('How to make tea: "Boil water", "Steep"', "steps"),
    ('A labelled diagram of a flower: "Petal", "Stem"', "diagram"),
    ('A comic strip: the cat says "Hi"', "comic"),
    ('A quote card: "Be kind"', "quote"),
    ('"Stay hungry" — Steve Jobs', "quote"),
    ('An instagram post: "New drop"', "social"),
    ('Book cover titled "Quiet Machines"', "book_cover"),
    ('A logo for "Bean There"', "logo"),
    ('A birthday card: "Happy Birthday"', "card"),
    ('A product label: "Organic Honey"', "label"),
    ('A summer sale banner with "SUMMER SALE"', "poster"),
    ('A neon sign reading "OPEN 24/7" on a dark street', "scene"),
    ("A menu with a steak", "scene"),  # a menu with no strings to set is a picture of one
])
def test_the_document_kind_comes_from_the_words_around_the_strings(prompt: str, kind: str) -> None:
    assert read_texts(prompt)[1] == kind


def test_there_is_no_cap_on_strings_and_each_is_verbatim() -> None:
    items = [f"Item number {i}" for i in range(12)]
    prompt = "A poster: " + ", ".join(f'"{t}"' for t in items)
    assert [t.text for t in read_texts(prompt)[0]] == items
    assert extract_texts(prompt) == items


def test_roles_from_the_words_beside_each_string() -> None:
    assert roles('A poster with the headline "GRAND OPENING", the subtitle "Saturday 10 AM" and a button '
                 '"Get tickets"') == [("GRAND OPENING", "headline"), ("Saturday 10 AM", "subtitle"),
                                      ("Get tickets", "cta")]
    assert roles('A flyer: "Shop now" on the button, titled "BIG SALE"') == [("Shop now", "cta"),
                                                                             ("BIG SALE", "headline")]
    assert roles('Book cover titled "Quiet Machines" by A. N. Writer') == [("Quiet Machines", "title"),
                                                                          ("A. N. Writer", "author")]
    assert roles('A quote card: "Stay hungry, stay foolish" — Steve Jobs') == [
        ("Stay hungry, stay foolish", "quote"), ("Steve Jobs", "attribution")]
    assert roles('A logo for "Bean There" with the tagline "Coffee worth the trip"') == [
        ("Bean There", "wordmark"), ("Coffee worth the trip", "tagline")]
    assert roles('An instagram post "Fresh bread" by "@sunnybakes"')[1] == ("@sunnybakes", "caption")


def test_menu_items_prices_and_sections_quoted_or_beside() -> None:
    specs = read_texts('A cafe menu titled "The Daily Grind". Coffee: "Espresso $3", "Latte" 4.50. '
                       'Pastries: "Croissant $3.50"')[0]
    assert [(t.text, t.role) for t in specs] == [
        ("The Daily Grind", "headline"), ("Coffee", "section"), ("Espresso", "item"), ("$3", "price"),
        ("Latte", "item"), ("4.50", "price"), ("Pastries", "section"), ("Croissant", "item"), ("$3.50", "price")]
    under = read_texts('A price list: "Margherita" 9.90, "Calzone" 11.00 under Pizzas, "Tiramisu" 6.00 under '
                       'Desserts')
    assert [(t.text, t.role) for t in under[0]] == [
        ("Pizzas", "section"), ("Margherita", "item"), ("9.90", "price"), ("Calzone", "item"), ("11.00", "price"),
        ("Desserts", "section"), ("Tiramisu", "item"), ("6.00", "price")]
    assert "Pizzas" not in under[2] and "9.90" not in under[2]  # taken from the prose the scene is read from


def test_placement_colour_weight_and_family_belong_to_their_own_string() -> None:
    specs, _, prose = read_texts('A poster with "SALE" at the top in bold white serif letters and "Today only" in '
                                 'red script in the bottom-right corner')
    sale, today = specs
    assert (sale.placement, sale.color, sale.weight, sale.family) == ("top", COLORS["white"], "bold", "serif")
    assert (today.placement, today.color, today.family) == ("bottom_right", COLORS["red"], "script")
    assert "white" not in prose and "red" not in prose  # the text's colours do not colour the picture
    mono = read_texts('A sign "OPEN" and "Closed Mondays". All text in monospace, in yellow.')[0]
    assert all(t.family == "mono" and t.color == COLORS["yellow"] for t in mono)
    light = read_texts('A card with "thank you" in thin light blue letters')[0][0]
    assert light.weight == "light" and light.color == COLORS["light blue"]


def test_targets_name_the_speaker_or_the_labelled_part() -> None:
    comic = read_texts('A comic: the cat says "Where is my dinner?" and "Ask the human," replies the dog. '
                       'Robot: "Beep."')[0]
    assert [(t.role, t.target) for t in comic] == [("speech", "cat"), ("speech", "dog"), ("speech", "robot")]
    diagram = read_texts('A labelled diagram: "Petal", "Stalk" pointing to the stem')[0]
    assert [t.target for t in diagram] == ["petal", "stem"]


def test_listed_steps_without_quotes_are_read_as_written() -> None:
    specs, kind, _ = read_texts("How to make tea: boil water, add the tea bag, wait 3 minutes, then enjoy")
    assert kind == "steps"
    assert specs == tuple(TextSpec(t, "step") for t in ("boil water", "add the tea bag", "wait 3 minutes", "enjoy"))


def test_targets_named_by_noun_resolve_to_entity_ids_once_the_entities_are_known() -> None:
    from openbanana.planner.rules.text_roles import with_targets

    specs = read_texts('A comic: the cat says "Hi" and the dogs say "Woof". A sign "EXIT".')[0]
    resolved = with_targets(specs, [("e1", "cat"), ("e2", "dog")])
    assert [t.target for t in resolved] == ["e1", "e2", ""]
