"""What the twelfth round of fresh prompts (bench/data/eyes_dev12.jsonl) showed wrong, fixed, through the real rules
planner and draft engine; sentences of our own, none of the round's prompts.

1. A person wearing glasses or a hat stands as a whole figure, the glasses across its eyes and the hat on its head,
   not a head-and-shoulders bust floating in the scene.
2. A colour named for the sky ("under a blue sky") paints the sky of an outdoor scene: the ground stays under the
   subject; a colour for the background is still a plain backdrop.
3. A trampoline is drawn as one, what is on it standing on its mat, not a tram car.
4. Kids in a scene, or a kids' book picture, are drawn in a world, not on a yellow-to-blue gradient.
5. A cloth laid under a thing (a tablecloth, a napkin, a linen cloth) is a cloth, not a blouse, a scarf or a shirt.
6. A toy ("a toy truck", "a rocking horse") is drawn at a toy's size, not the real thing's.
"""

from __future__ import annotations

import numpy as np
import pytest

from openbanana.planner.rules.scene.face_figures import face_body
from tests.unit.test_scene_fidelity_classes import entity, ink_share, plan_of, render, subjects

# 1. Glasses and hats on whole figures


@pytest.mark.parametrize(("prompt", "person", "worn"), [
    ("a grandpa with glasses watering the roses", "grandpa", "glasses"),
    ("a boy in a baseball cap throwing a ball", "boy", "cap"),
    ("a girl wearing sunglasses at the beach", "girl", "sunglasses"),
])
def test_glasses_or_a_hat_sit_on_a_whole_figure_s_face(prompt: str, person: str, worn: str) -> None:
    plan = plan_of(prompt)
    who, = subjects(plan, person)
    thing, = subjects(plan, worn)
    assert who.figure, who  # a whole figure, not a bust
    width, height = who.box[2] - who.box[0], who.box[3] - who.box[1]
    assert width < 0.7 * height
    x, y = (thing.box[0] + thing.box[2]) / 2, (thing.box[1] + thing.box[3]) / 2
    assert abs(x - (who.box[0] + who.box[2]) / 2) < 0.2 * width  # on the face's middle, not off to a side
    head = face_body(who.glyph, seated=who.pose == "sitting")
    assert who.box[1] - 0.1 * height <= y <= who.box[1] + (head.neck[1] + 0.05) * height  # on the head, not below
    assert thing.box[2] - thing.box[0] >= 0.4 * width  # as wide as a face, not a speck on the hair
    assert thing.z > who.z and ink_share(plan, thing) > 0.15


def test_glasses_sit_across_the_eyes_not_on_the_hair() -> None:
    plan = plan_of("a grandma with glasses feeding the ducks")
    who, = subjects(plan, "grandma")
    glasses, = subjects(plan, "glasses")
    height = who.box[3] - who.box[1]
    eyes = who.box[1] + face_body(who.glyph, seated=False).eyes[1] * height
    assert glasses.box[1] < eyes < glasses.box[3]


# 2. A coloured sky


def _ground_rows(plan_pixels: np.ndarray) -> np.ndarray:
    return plan_pixels[int(0.9 * plan_pixels.shape[0]):].reshape(-1, 3)


@pytest.mark.parametrize("prompt", ["a windmill under a blue sky", "a red barn beneath a bright blue sky",
                                    "a tractor under clear blue skies"])
def test_a_coloured_sky_keeps_the_ground(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.terrain not in ("none",) and plan.background.scene != "none", plan.background
    ground = _ground_rows(render(plan))
    assert float(np.mean(ground[:, 2] > ground[:, 1] + 30)) < 0.2  # the bottom of the picture is no blue page


def test_a_coloured_background_is_still_a_plain_backdrop() -> None:
    plan = plan_of("a cat on a blue background")
    assert plan.background.terrain == "none" and plan.background.scene == "none"


# 3. A trampoline


@pytest.mark.parametrize(("prompt", "jumper"), [("a boy doing flips on a trampoline in the garden", "boy"),
                                                ("a puppy on a trampoline", "puppy")])
def test_a_trampoline_is_drawn_with_what_is_on_it_on_its_mat(prompt: str, jumper: str) -> None:
    plan = plan_of(prompt)
    trampoline = entity(plan, "trampoline")
    assert trampoline.glyph is None and not trampoline.stand_in
    mat, = subjects(plan, "trampoline")
    on, = subjects(plan, jumper)
    assert mat.form == "trampoline" and ink_share(plan, mat) > 0.3
    height = mat.box[3] - mat.box[1]
    assert mat.box[1] <= on.box[3] <= mat.box[1] + 0.45 * height  # feet on the mat, not on the far rim or the grass
    assert mat.box[0] <= (on.box[0] + on.box[2]) / 2 <= mat.box[2]
    assert not any("tram" in shortfall for shortfall in plan.shortfalls)


# 4. Kids in a world


@pytest.mark.parametrize("prompt", ["four kids blowing bubbles", "a kids' book picture of a fox and a crow"])
def test_kids_in_a_scene_stand_in_a_world(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.terrain != "none" and plan.background.scene != "none", plan.background
    assert "playful" in plan.style  # the word still sets the picture's touch


def test_a_poster_for_kids_keeps_its_page() -> None:
    plan = plan_of('a poster for kids that says "Story Time"')
    assert plan.background.terrain == "none"


# 5. A cloth under a thing


@pytest.mark.parametrize(("prompt", "thing", "cloth"), [
    ("a jar of jam on a tablecloth", "jar", "tablecloth"),
    ("a scented candle on a cotton cloth, product shot", "candle", "cloth"),
    ("a donut on a paper napkin", "donut", "napkin"),
])
def test_a_cloth_under_a_thing_is_a_cloth_it_stands_on(prompt: str, thing: str, cloth: str) -> None:
    plan = plan_of(prompt)
    assert entity(plan, cloth).glyph is None and not entity(plan, cloth).stand_in
    under, = subjects(plan, cloth)
    on, = subjects(plan, thing)
    assert under.form == "cloth" and ink_share(plan, under) > 0.3
    assert under.box[1] <= on.box[3] <= under.box[3] and under.box[0] <= (on.box[0] + on.box[2]) / 2 <= under.box[2]
    assert on.z > under.z


# 6. Toys at a toy's size


@pytest.mark.parametrize(("prompt", "person", "toy"), [("a girl pushing a toy truck across the floor", "girl", "truck"),
                                                       ("a boy with a toy airplane in the garden", "boy", "airplane")])
def test_a_toy_is_smaller_than_the_child_playing_with_it(prompt: str, person: str, toy: str) -> None:
    plan = plan_of(prompt)
    child, = subjects(plan, person)
    thing, = subjects(plan, toy)
    assert entity(plan, toy).scale < 1.0
    assert thing.box[3] - thing.box[1] < 0.75 * (child.box[3] - child.box[1])


def test_the_real_thing_keeps_its_size() -> None:
    plan = plan_of("a girl standing next to a truck")
    assert entity(plan, "truck").scale == 1.0
