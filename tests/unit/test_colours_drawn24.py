"""Things drawn in the colour asked, through the real planner and the real draft engine, judged by the benchmark's
own colour classes on the thing's ink (sentences written for these tests, none from a prompt set):

- a colour word that is first a plant ("a lavender bush", "a lilac hedge") names the plant, whose flowers are a
  full purple, not the pale tint of the colour word; before any other thing it stays the tint ("a lavender sofa");
- a boat in the colour asked on a page with no water of its own (a postcard) keeps only a line of its pictogram's
  blue strip, so the hull's colour is what it shows.
"""

from __future__ import annotations

import pytest

from tests.unit.test_colours_drawn21 import ink_colour
from tests.unit.test_scene_fidelity_classes import entity, plan_of


@pytest.mark.parametrize(("prompt", "noun", "colour"), [
    ("A butterfly hovering above a lavender bush", "bush", "purple"),
    ("A wren perched in a lilac hedge", "hedge", "purple"),
    ('Postcard reading "Hello from the lake" with a yellow rowboat on the water', "rowboat", "yellow"),
])
def test_the_thing_is_drawn_in_its_colour(prompt: str, noun: str, colour: str) -> None:
    assert ink_colour(prompt, noun, colour)


def test_a_plant_colour_before_furniture_stays_the_tint() -> None:
    assert entity(plan_of("A lavender sofa by a window"), "sofa").color_name == "lavender"
