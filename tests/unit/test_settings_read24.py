"""Settings read from weather that acts, a camera's words, the rooms work and things imply, the Moon stood on, an
arena's dirt and diagrams named as such, through the real planner (the grounds checked on the draft engine's
pixels); the sentences are new ones, none from a prompt set:

- "rain streaks the glass", "snow blankets the rooftops": the weather, no streaks or blankets; a wind-up toy
  brings no wind;
- a lens's focus ("shallow depth of field") and a product "image" are a photograph's, and no field;
- a dentist or a vet works in a room, knitting is done in one, a rocking chair and balls of yarn stand in one;
- standing on the Moon is the lunar surface, even with a sky named after it;
- a rodeo or a corral is packed dirt;
- a diagram (or a trail or campus map) named with no label quoted keeps its plain page; an infographic whose
  strings are called labels is a diagram; "the water cycle" it shows is no thing to draw; with no callout
  column, its things stand across the page's width.
"""

from __future__ import annotations

import pytest

from openbanana.geometry import intersection_area
from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of, render


@pytest.mark.parametrize(("prompt", "weather"), [
    ("An old sailor mending a net by the stove while rain lashes the cabin windows", "rain"),
    ("A sleepy village at dusk as snow blankets the rooftops", "snow"),
    ("A girl in rain boots jumping over a puddle", None),  # a kind of boot, no weather
])
def test_weather_that_acts_is_the_weather(prompt: str, weather: str | None) -> None:
    scene = read_scene(prompt)
    assert scene.setting.weather == weather
    assert not {e.noun for e in scene.entities} & {"lash", "blanket"}


@pytest.mark.parametrize("prompt", [
    "A ladybug climbing a blade of grass, shallow depth of field",
    "Product image: a pair of wireless earbuds in an open charging case",
])
def test_a_cameras_words_ask_for_a_photograph(prompt: str) -> None:
    scene = read_scene(prompt)
    assert scene.style == "photo" and scene.setting.place != "field"


@pytest.mark.parametrize("prompt", [
    "A vet with short grey hair listening to a puppy's heartbeat",
    "A grandpa knitting a striped scarf next to a snoring dog",
    "An old man whittling a spoon in a rocking chair",
    "A puppy curled up in a wicker basket full of yarn balls",
])
def test_work_and_things_of_a_home_put_the_scene_indoors(prompt: str) -> None:
    assert read_scene(prompt).setting.indoor


def test_knitting_on_a_porch_stays_on_the_porch() -> None:
    assert read_scene("A grandmother knitting on the front porch").setting.place == "front porch"


@pytest.mark.parametrize("prompt", [
    "A small rover parked on the moon, the Earth rising over the grey horizon",
    "A lone cosmonaut standing on the moon, a blue planet floating in the black sky above her",
])
def test_standing_on_the_moon_is_its_surface(prompt: str) -> None:
    assert read_scene(prompt).setting.terrain == "space"


def test_a_cow_jumping_over_the_moon_is_not_on_it() -> None:
    assert read_scene("A cow jumping over the moon").setting.terrain != "space"


def test_a_rodeo_is_drawn_on_dirt_not_grass() -> None:
    """The ground's band under a rodeo is brown earth, where a meadow's is green: red leads green there."""
    plan = plan_of("A cowgirl roping a calf at a rodeo")
    meadow = plan_of("A cowgirl roping a calf in a meadow")
    dirt, grass = (render(p)[-30:].reshape(-1, 3).mean(axis=0) for p in (plan, meadow))
    assert plan.scene.setting.terrain == "dirt" and "rodeo" not in {e.noun for e in plan.scene.entities}
    assert dirt[0] - dirt[1] > grass[0] - grass[1] + 20


@pytest.mark.parametrize("prompt", [
    "A simple diagram of a beehive with the queen in the middle and six worker bees around her",
    "A hand-drawn campus map with a fountain in front of the library",
])
def test_a_diagram_named_with_no_label_keeps_its_page(prompt: str) -> None:
    assert read_scene(prompt).document == "diagram"


def test_an_infographic_of_labels_is_a_diagram_of_its_things() -> None:
    scene = read_scene('Infographic of the carbon cycle: a tree beside a factory and a cloud above them, with the '
                       'labels "Photosynthesis", "Emissions" and "Respiration"')
    assert scene.document == "diagram"
    assert {t.role for t in scene.texts} == {"label"}
    assert {e.noun for e in scene.entities} == {"tree", "factory", "cloud"}  # the cycle is no thing


@pytest.mark.parametrize(("prompt", "things"), [
    ("A basic diagram of the solar system with the sun at the top and four planets below it", {"sun", "planet"}),
    ("A clean diagram of the water cycle with a lake and a cloud above it", {"lake", "cloud"}),
    ("A diagram of the digestive system, with the stomach in the middle", {"stomach"}),
])
def test_a_whole_a_diagram_shows_is_drawn_by_its_parts(prompt: str, things: set[str]) -> None:
    """"The solar system" had been a "system" drawn as a settings gear that hid a planet, and the look word before
    "diagram" ("basic", "clean") a thing of its own."""
    scene = read_scene(prompt)
    assert scene.document == "diagram" and {e.noun for e in scene.entities} == things, prompt


def test_an_infographic_of_steps_stays_steps() -> None:
    scene = read_scene('An infographic on brewing tea with the steps "Boil water", "Steep" and "Pour"')
    assert scene.document == "steps"


@pytest.mark.parametrize(("prompt", "weather"), [
    ("A wind-up toy robot marching across a desk", None),  # how the toy is worked: no wind blows
    ("A kite flying in the wind over a hill", "windy"),
])
def test_a_wind_up_toy_brings_no_wind(prompt: str, weather: str | None) -> None:
    assert read_scene(prompt).setting.weather == weather


def test_an_unlabelled_diagram_spreads_its_things_across_the_page() -> None:
    """No callout column takes the page's sides, so a row of nine bees stands across the page's width at a size
    that shows them (in the square kept for callouts they had shrunk into its middle half)."""
    plan = plan_of("A simple diagram of a beehive with nine bees in a row to its right")
    boxes = [s.box for s in plan.subjects if s.label in ("bee", "beehive")]
    assert plan.scene.document == "diagram" and len(boxes) == 10
    assert max(b[2] for b in boxes) - min(b[0] for b in boxes) > 0.7
    assert all(intersection_area(a, b) == 0 for i, a in enumerate(boxes) for b in boxes[i + 1:])
