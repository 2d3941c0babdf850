"""Regressions for what a person sees first in everyday prompts (bench/data/eyes_dev.jsonl), each through the real
rules planner and the real draft engine: the Plan says it, and the pixels show it.

1. A colour that belongs to a thing ("a red blanket", "a red barn") is not painted over the whole sky.
2. A hot-air balloon is drawn as one (a big striped envelope over a basket), not as a party balloon.
3. An animal "on the porch" of a house sits at its foot, not on its roof; a sitting animal sits on its haunches.
4. Snow is white: lying snow keeps most of its white under any light, and a snowy sky is pale, not grey.
5. A season puts the scene outdoors even when a mood colours the sky, and an autumn tree has autumn leaves.
6. A dog wearing a party hat wears a hat, not a second (partying) face.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Plan, Subject
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

WIDTH, HEIGHT = 512, 384
ENGINE = DraftEngine()


def plan_of(prompt: str, seed: int = 1) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, WIDTH, HEIGHT, seed=seed)).plan


def render(plan: Plan) -> np.ndarray:
    return np.asarray(ENGINE.render(RenderRequest(plan, WIDTH, HEIGHT, seed=1)).image, dtype=np.int16)


def redness(pixels: np.ndarray) -> float:
    """How far red leads the other two channels, on average (a red sky scores about 150, a blue one below 0)."""
    return float((pixels[..., 0] - pixels[..., 1:].max(axis=-1)).mean())


def test_a_things_colour_leaves_the_sky_alone() -> None:
    for prompt in ("a family picnic in the park with a red blanket", "a tractor on a farm with cows and a red barn"):
        plan = plan_of(prompt)
        sky = render(plan)[: HEIGHT // 6]
        assert redness(sky) < 20, prompt
        assert not any("set the background" in note for note in plan.notes), prompt


def test_a_things_colour_and_a_backdrop_colour_each_go_where_they_were_said() -> None:
    plan = plan_of("a product shot of a red sneaker on a white background")
    pixels = render(plan)
    top = pixels[: HEIGHT // 8, WIDTH // 4: 3 * WIDTH // 4]
    assert top.mean() > 200 and abs(redness(top)) < 10  # the backdrop is white (a vignette darkens its corners)
    sneaker = next(s for s in plan.subjects if s.label == "sneaker")
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(sneaker.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    assert redness(pixels[y0:y1, x0:x1]) > 25  # and the sneaker red


def test_a_colour_before_a_document_still_colours_the_page() -> None:
    assert plan_of("a red poster for a concert").background.colors[0][0] > 200


def test_a_hot_air_balloon_is_a_big_balloon_with_a_basket_in_the_sky() -> None:
    plan = plan_of("a hot-air balloon over green hills in the morning")
    balloon = next(s for s in plan.subjects if s.label == "hot air balloon")
    assert balloon.glyph is None and balloon.form == "hot-air balloon"
    left, top, right, bottom = balloon.box
    assert bottom - top > 0.25 and bottom < 0.6  # big, and above the horizon
    pixels = render(plan)
    x0, y0, x1, y1 = round(left * WIDTH), round(top * HEIGHT), round(right * WIDTH), round(bottom * HEIGHT)
    envelope = pixels[y0 + (y1 - y0) // 4, x0:x1]  # a row across its dome: red gores and lit ones in turn
    red = (envelope[:, 0] - envelope[:, 1:].max(axis=-1)) > 60
    lit = envelope[:, 1] > 110
    assert red.mean() > 0.6 and np.count_nonzero(np.diff(lit[red].astype(np.int8))) >= 4
    basket = pixels[y1 - (y1 - y0) // 14, (x0 + x1) // 2]
    assert basket.max() < 140  # a dark basket hangs under it


def test_a_party_balloon_is_still_the_pictogram() -> None:
    plan = plan_of("a girl holding a red balloon in the park")
    assert any(s.glyph == "🎈" for s in plan.subjects)


def ink(plan: Plan, subject: Subject) -> np.ndarray:
    """Where the subject leaves ink: the pixels that change when it is left out, over its box."""
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not subject))
    changed = np.abs(render(plan) - render(without)).max(axis=2) > 28
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(subject.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    return changed[y0:y1, x0:x1]


def test_a_dog_on_the_porch_sits_at_the_foot_of_the_house() -> None:
    plan = plan_of("a dog sitting on the porch of a farmhouse")
    dog = next(s for s in plan.subjects if s.label == "dog")
    house = next(s for s in plan.subjects if s.label == "farmhouse")
    assert dog.box[3] >= house.box[3] - 0.05 * (house.box[3] - house.box[1])  # standing where the house stands
    assert dog.pose == "sitting"
    upright = replace(dog, pose="")
    standing_plan = replace(plan, subjects=tuple(upright if s is dog else s for s in plan.subjects))
    sitting, standing = ink(plan, dog), ink(standing_plan, upright)
    tail = slice(0, sitting.shape[1] // 5) if dog.flip else slice(-(sitting.shape[1] // 5), None)  # faces away

    def top(mask: np.ndarray) -> int:
        return int(np.argmax(mask[:, tail].any(axis=1)))

    assert top(sitting) - top(standing) > 0.12 * sitting.shape[0]  # the hindquarters sink toward the ground
    head = slice(-(sitting.shape[1] // 4), None) if dog.flip else slice(0, sitting.shape[1] // 4)
    assert np.argmax(sitting[:, head].any(axis=1)) == np.argmax(standing[:, head].any(axis=1))  # the head stays up


def test_a_bird_on_a_roof_is_still_on_it() -> None:
    plan = plan_of("A bird perched on the roof of a small house")
    bird = next(s for s in plan.subjects if s.label == "bird")
    house = next(s for s in plan.subjects if s.label == "house")
    assert bird.box[3] < house.box[1] + 0.5 * (house.box[3] - house.box[1])


def front_ground(pixels: np.ndarray) -> np.ndarray:
    """The mean colour of the ground's front strip, away from the subjects (the left fifth)."""
    return np.asarray(pixels[int(HEIGHT * 0.85):, : WIDTH // 5].reshape(-1, 3).mean(axis=0))


def test_snow_lying_on_the_ground_is_white() -> None:
    ground = front_ground(render(plan_of("a little cabin in the snow")))
    assert ground.min() > 236 and ground.max() - ground.min() < 18
    at_dawn = front_ground(render(plan_of("snowy mountains at dawn")))
    assert at_dawn.min() > 215  # tinted by the dawn, still snow


def test_a_snowy_sky_is_pale_not_grey() -> None:
    sky = render(plan_of("a little cabin in the snow"))[: HEIGHT // 3].reshape(-1, 3).mean(axis=0)
    assert sky.mean() > 205 and sky[2] - sky[0] > 28  # light, with the blue of a winter sky (grey has none)


def leaf_colour(plan: Plan) -> np.ndarray:
    """The mean colour of the upper half of the tree's crown."""
    tree = next(s for s in plan.subjects if s.label == "tree")
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(tree.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    crown = render(plan)[y0 + (y1 - y0) // 6: y0 + (y1 - y0) // 2, x0 + (x1 - x0) // 4: x1 - (x1 - x0) // 4]
    return np.asarray(crown.reshape(-1, 3).mean(axis=0))


def test_a_fox_under_a_tree_in_autumn_stands_on_ground_under_autumn_leaves() -> None:
    plan = plan_of("a fox sleeping under a tree in autumn")
    assert plan.background.terrain != "none" and plan.background.horizon < 0.9
    if next(s for s in plan.subjects if s.label == "tree").glyph == "🌳":  # a broadleaf (a pine keeps its needles)
        r, g, _ = leaf_colour(plan)
        assert r > g + 40  # amber and orange, not green
    r, g, _ = leaf_colour(plan_of("a fox sleeping under a tree in summer"))
    assert g > r  # summer leaves stay green


def test_a_dog_in_a_party_hat_wears_the_hat_not_a_partying_face() -> None:
    plan = plan_of("a cartoon dog wearing a party hat")
    pixels = render(plan)
    red, green, blue = (pixels[..., i] for i in range(3))
    face_yellow = (red > 230) & (green > 170) & (green < 225) & (blue < 110)
    assert face_yellow.mean() < 0.001  # no yellow face pasted over the dog's
    dog = next(s for s in plan.subjects if s.label == "dog")
    hat = next(s for s in plan.subjects if s.label == "party hat")
    x0, x1 = round(dog.box[0] * WIDTH), round(dog.box[2] * WIDTH)
    above = slice(max(0, round((hat.box[1] - 0.3 * (hat.box[3] - hat.box[1])) * HEIGHT)), round(hat.box[3] * HEIGHT))
    region = pixels[above, x0:x1]
    magenta = (region[..., 0] > 180) & (region[..., 1] < 120) & (region[..., 2] > 80)
    assert magenta.sum() > 150  # a pink paper cone on its head
