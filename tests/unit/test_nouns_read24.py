"""Nouns the reader lost, read and drawn through the real rules planner and draft engine: an animal named with what
it does ("a charging bull"), weather words that are things ("raindrops on a leaf"), letters stuffed into a box
(mail, not type), an -ing noun that is the verb before a bare plural ("a fox crossing dunes"), a shop named where it
stands (its front on the street), a thing's edge ("a cliff top"), "how to" before a verb, and a tray of cells
holding a grid.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_scene_fidelity_classes import ink_share, plan_of, subjects


def nouns(prompt: str) -> dict[str, int]:
    return {e.noun: e.count for e in read_scene(prompt).entities}


def related(prompt: str, subject: str, predicate: str, obj: str) -> bool:
    scene = read_scene(prompt)
    ids = {e.id: e.noun for e in scene.entities}
    return any((ids[r.subject], r.predicate, ids[r.object]) == (subject, predicate, obj) for r in scene.relations)


@pytest.mark.parametrize(("prompt", "noun", "glyph"), [
    ("a rodeo clown running from a charging bull", "bull", "🐂"),
    ("a stuntman riding a bucking bronco", "bronco", "🐎"),
])
def test_an_animal_named_with_what_it_does_is_the_animal(prompt: str, noun: str, glyph: str) -> None:
    animal = next(e for e in read_scene(prompt).entities if e.noun == noun)
    assert animal.glyph == glyph


def test_a_charging_bull_is_drawn() -> None:
    plan = plan_of("a rodeo clown running from a charging bull")
    assert ink_share(plan, subjects(plan, "bull")[0]) > 0.1


@pytest.mark.parametrize(("prompt", "noun"), [
    ("big snowflakes falling on a sleeping fox", "snowflake"),
    ("raindrops on a green leaf", "raindrop"),
])
def test_weather_words_that_name_things_are_things_and_weather(prompt: str, noun: str) -> None:
    scene = read_scene(prompt)
    assert noun in {e.noun for e in scene.entities} and scene.setting.weather in ("snow", "rain"), prompt


def test_letters_stuffed_in_a_box_are_mail_drawn_in_it() -> None:
    prompt = "an old shoebox that is stuffed with letters on a wooden desk"
    assert related(prompt, "letter", "in", "shoebox")
    plan = plan_of(prompt)
    assert any(ink_share(plan, s) > 0.1 for s in subjects(plan, "letter"))


@pytest.mark.parametrize("prompt", ["a sign with big red letters", "a poster with bold letters at the top"])
def test_letters_of_a_sign_stay_type(prompt: str) -> None:
    assert "letter" not in nouns(prompt), prompt


@pytest.mark.parametrize(("prompt", "doer", "thing"), [
    ("a lone fox crossing dunes at dusk", "fox", None),
    ("a girl painting flowers in a garden", "girl", "flower"),
    ("a horse caravan crossing rivers", "horse", None),
])
def test_an_ing_noun_before_a_bare_plural_is_the_verb(prompt: str, doer: str, thing: str | None) -> None:
    read = nouns(prompt)
    assert doer in read and (thing is None or thing in read), prompt


@pytest.mark.parametrize(("prompt", "shop"), [
    ("a small bakery beside a canal at dawn", "bakery"),
    ("Isometric render of a little coffee shop under an oak tree", "shop"),
])
def test_a_shop_named_where_it_stands_is_its_front_on_the_street(prompt: str, shop: str) -> None:
    scene = read_scene(prompt)
    front = next(e for e in scene.entities if e.noun == shop)
    assert "storefront" in front.modifiers and not scene.setting.indoor, prompt


def test_a_shop_under_a_tree_is_drawn() -> None:
    plan = plan_of("Isometric render of a little coffee shop under an oak tree")
    assert ink_share(plan, subjects(plan, "shop")[0]) > 0.1


@pytest.mark.parametrize(("prompt", "triple"), [
    ("Isometric render of a little coffee shop under an oak tree", ("shop", "under", "tree")),
    ("a small bakery beside a canal at dawn", ("bakery", "next_to", "canal")),
    ("a cafe with a red scooter parked outside it", ("scooter", "in_front_of", "cafe")),
])
def test_a_placed_shop_keeps_where_it_stands(prompt: str, triple: tuple[str, str, str]) -> None:
    assert related(prompt, *triple), prompt


def test_a_shop_room_stays_a_room() -> None:
    scene = read_scene("a barista in a coffee shop under warm lights")
    assert scene.setting.indoor and all("storefront" not in e.modifiers for e in scene.entities)


@pytest.mark.parametrize(("prompt", "who", "place"), [
    ("a mountain goat standing on a cliff edge", "goat", "cliff"),
    ("a hiker resting on a cliff top above the sea", "hiker", "cliff"),
])
def test_one_on_a_things_edge_is_on_the_thing(prompt: str, who: str, place: str) -> None:
    assert related(prompt, who, "on", place), prompt


def test_how_to_before_a_verb_names_no_thing() -> None:
    read = nouns("a grandmother showing a boy how to knit with thick needles")
    assert "knit" not in read and "needle" in read


def test_a_tray_of_cells_holds_its_group_as_a_grid() -> None:
    prompt = "a cupcake tin holding twelve vanilla cupcakes on a kitchen counter"
    scene = read_scene(prompt)
    cupcakes = next(e for e in scene.entities if e.noun == "cupcake")
    assert cupcakes.arrangement == "grid" and related(prompt, "cupcake", "in", "cupcake tin")
    plan = plan_of(prompt)
    drawn = subjects(plan, "cupcake")
    assert len(drawn) == 12 and len({round(s.box[3], 2) for s in drawn}) >= 2  # rows, not one line
