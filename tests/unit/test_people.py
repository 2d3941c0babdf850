"""People pictograms: gender, age, hair, skin tone, role and activity pick the Twemoji sequence the font has."""

from __future__ import annotations

import pytest

from openbanana.planner.people import drawable, person_glyph, person_noun
from openbanana.planner.rules import read_scene


@pytest.mark.parametrize(("noun", "options", "glyph"), [
    ("woman", {}, "👩"),
    ("person", {"skin_tone": "medium"}, "🧑🏽"),
    ("man", {"age": "elderly"}, "👴"),
    ("woman", {"age": "elderly", "skin_tone": "dark"}, "👵🏿"),
    ("baby", {"skin_tone": "light"}, "👶🏻"),
    ("girl", {"skin_tone": "medium_dark"}, "👧🏾"),
    ("woman", {"hair": "blond"}, "👱\u200d♀️"),
    ("man", {"hair": "red", "skin_tone": "light"}, "👨🏻\u200d🦰"),
    ("person", {"hair": "curly"}, "🧑\u200d🦱"),
    ("man", {"hair": "bald", "skin_tone": "dark"}, "👨🏿\u200d🦲"),
    ("woman", {"hair": "white"}, "👩\u200d🦳"),
    ("man", {"beard": True}, "🧔\u200d♂️"),
    ("woman", {"action": "cooking", "skin_tone": "dark"}, "👩🏿\u200d🍳"),
    ("man", {"action": "riding bicycle", "skin_tone": "medium"}, "🚴🏽\u200d♂️"),
    ("woman", {"action": "running"}, "🏃\u200d♀️"),
    ("person", {"action": "swimming", "skin_tone": "medium_light"}, "🏊🏼"),
    ("man", {"action": "dancing"}, "🕺"),
    ("woman", {"action": "dancing", "skin_tone": "dark"}, "💃🏿"),
    ("person", {"action": "sleeping"}, "🛌"),
    ("man", {"action": "skiing", "skin_tone": "dark"}, "⛷🏿"),
    ("woman", {"action": "meditating"}, "🧘\u200d♀️"),
    ("person", {"action": "typing"}, "🧑\u200d💻"),
    ("astronaut", {"action": "riding horse"}, "🧑\u200d🚀"),  # who they are wins over what they do
    ("queen", {"skin_tone": "medium"}, "👸🏽"),
    ("chef", {}, "🧑\u200d🍳"),
    ("doctor", {"skin_tone": "dark"}, "🧑🏿\u200d⚕️"),
    ("boy", {"hair": "blond"}, "👦"),  # no blond boy in the font: the boy, not a blond man
])
def test_person_variants(noun: str, options: dict[str, object], glyph: str) -> None:
    assert person_glyph(noun, **options) == glyph  # type: ignore[arg-type]
    assert drawable(glyph) == glyph


def test_only_people_get_people_glyphs() -> None:
    assert person_glyph("cat") is None and person_noun("cat") is None
    assert person_noun("women") is not None and person_noun("grandma") is not None


@pytest.mark.parametrize(("prompt", "glyph"), [
    ("a Black woman", "👩🏿"),
    ("a dark-skinned man cooking pasta", "👨🏿\u200d🍳"),
    ("an old woman with grey hair", "👵"),
    ("a young girl with curly hair", "👧"),
    ("a woman with red hair", "👩\u200d🦰"),
    ("a light-skinned man riding a bike", "👨🏻"),  # the bike is drawn too, the man astride it
    ("a bald man with brown skin", "👨🏾\u200d🦲"),
    ("a blonde woman jogging in the park", "🏃\u200d♀️"),
    ("a teenager swimming in a lake", "🏊"),
])
def test_prompts_pick_the_matching_person(prompt: str, glyph: str) -> None:
    assert read_scene(prompt).entities[0].glyph == glyph
