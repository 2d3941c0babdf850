"""Things stand where they can: people and trees on dry ground in front of a lake or a sea, boats on the water,
a beach of sand whatever colour the plan gave its ground, and a person the font draws as a face stands there
whole. Checked on the draft engine's pixels."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.engines.draft.figures import fit_figure, is_head
from openbanana.engines.draft.wardrobe import wardrobe
from openbanana.engines.draft.world.shore import Footing, footing, plausible_ground, shoreline, swimmers
from openbanana.plan import Background, Box, Plan, Subject
from openbanana.scene import Entity, Relation, SceneGraph

ENGINE = DraftEngine()
SIZE = (480, 360)
HORIZON = 0.55


def plan(subjects: tuple[Subject, ...], camera: str = "default", **background: Any) -> Plan:
    return Plan("a scene", Background("gradient", (), horizon=HORIZON, time_of_day="day", **background),
                ((200, 60, 40),), subjects, scene=SceneGraph(camera=camera))  # type: ignore[arg-type]


def render(made: Plan, seed: int = 3) -> np.ndarray:
    return np.asarray(ENGINE.render(RenderRequest(made, *SIZE, seed=seed)).image, dtype=np.float32)


def under_feet(pixels: np.ndarray, box: Box) -> np.ndarray:
    """The mean colour of the ground just below a subject's base, beside its contact shadow."""
    h, w = pixels.shape[:2]
    y = min(h - 1, round(box[3] * h) + 3)
    x0, x1 = round(box[0] * w), round(box[2] * w)
    side = max(4, (x1 - x0) // 2)
    strip = np.concatenate([pixels[y:y + 4, max(0, x0 - side):x0], pixels[y:y + 4, x1:min(w, x1 + side)]], axis=1)
    return strip.reshape(-1, 3).mean(axis=0)


def is_water(color: np.ndarray) -> bool:
    return bool(color[2] > color[0] + 25 and color[2] > color[1])


PERSON: Box = (0.40, 0.62, 0.52, 0.92)
TREE: Box = (0.70, 0.60, 0.85, 0.86)


def test_people_and_trees_by_a_lake_stand_on_its_shore_and_the_lake_is_still_there() -> None:
    subjects = (Subject("woman", "🧍‍♀️", PERSON, role="hero"), Subject("tree", "🌳", TREE, role="decor", depth=0.4))
    pixels = render(plan(subjects, terrain="water", backdrop="hills"))
    for box in (PERSON, TREE):
        assert not is_water(under_feet(pixels, box)), box
    lake = pixels[round(SIZE[1] * (HORIZON + 0.03)), :].mean(axis=0)
    assert is_water(lake), lake


def test_kids_on_a_beach_stand_on_sand_even_when_the_plan_coloured_the_ground_like_the_sea() -> None:
    kids = tuple(Subject("kid", "🧒", (x, 0.66, x + 0.14, 0.9), role="hero") for x in (0.1, 0.4, 0.7))
    pixels = render(plan(kids, terrain="sand", backdrop="sea", ground=(30, 110, 170)))
    for kid in kids:
        sand = under_feet(pixels, kid.box)
        assert sand[0] > sand[2] + 20, sand  # warm sand, not blue
    sea = pixels[round(SIZE[1] * (HORIZON + 0.04)), :].mean(axis=0)
    assert is_water(sea), sea


def test_a_boat_floats_on_the_water_even_with_a_tree_on_the_shore_behind_it() -> None:
    boat: Box = (0.35, 0.55, 0.7, 0.9)
    subjects = (Subject("boat", "⛵", boat, role="hero"), Subject("tree", "🌲", TREE, role="decor"))
    made = plan(subjects, terrain="water", backdrop="hills")
    assert shoreline(footing(made.subjects, HORIZON), 1.0, 0.2) > (0.9 - HORIZON) / (1 - HORIZON)
    pixels = render(made)
    h = SIZE[1]
    assert is_water(pixels[round(0.9 * h) - 2, round(0.3 * SIZE[0])])  # beside the boat's hull, at its base


def test_the_shoreline_rule() -> None:
    assert shoreline(Footing(), 0.42, 0.12) == 0.42  # nothing stands in front: the sea reaches as far as it does
    assert abs(shoreline(Footing((0.5, 0.8)), 0.42, 0.12) - 0.42) < 1e-9  # all feet are nearer than the surf
    assert shoreline(Footing((0.3,)), 0.42, 0.12) < 0.3  # stops short of the nearest feet
    assert shoreline(Footing((0.05,)), 1.0, 0.2) == 1.0  # far feet stand on the far bank, not on this shore
    assert shoreline(Footing((0.4,), afloat=0.7), 1.0, 0.2) > 0.7  # what floats stays on the water


def test_ground_colours_that_cannot_be_the_terrain_are_left_to_the_terrain() -> None:
    assert plausible_ground("sand", (30, 110, 170)) is None
    assert plausible_ground("grass", (150, 60, 200)) is None
    assert plausible_ground("sand", (230, 200, 150)) == (230, 200, 150)
    assert plausible_ground("grass", (90, 160, 60)) == (90, 160, 60)
    assert plausible_ground("road", (30, 110, 170)) == (30, 110, 170)  # made surfaces take any colour


def test_a_face_only_person_stands_in_the_scene_as_a_whole_figure() -> None:
    girl = Subject("girl", "👧🏽", (0.3, 0.5, 0.6, 0.9), role="hero", figure=True)
    assert is_head(girl.glyph) and not is_head("🧑‍🚀") and not is_head("👶") and not is_head("🧍")
    fitted = fit_figure(girl, SIZE)
    assert fitted is not None
    made, x, y = fitted
    assert made.size[1] > 1.6 * made.size[0]  # taller than wide: a body, not a face
    assert y + made.size[1] == round(0.9 * SIZE[1])  # standing on the box's bottom edge
    assert round(0.3 * SIZE[0]) <= x and x + made.size[0] <= round(0.6 * SIZE[0]) + 1
    grass = plan((girl,), terrain="grass")
    whole, face = render(grass), render(plan((replace(girl, figure=False),), terrain="grass"))  # the plan decides
    legs = (slice(round(0.8 * SIZE[1]), round(0.88 * SIZE[1])), slice(x, x + made.size[0]))
    assert np.abs(whole[legs] - face[legs]).mean() > 10  # legs where a face alone leaves grass
    assert np.array_equal(whole, render(grass))  # deterministic


def test_a_dog_swimming_in_a_lake_is_in_the_water_half_under_its_surface() -> None:
    dog: Box = (0.4, 0.6, 0.6, 0.85)
    subjects = (Subject("dog", "🐕", dog, role="hero", entity="e1"),)
    swimming = replace(plan(subjects, terrain="water", backdrop="hills"),
                       scene=SceneGraph(entities=(Entity("e1", "dog", "🐕", action="swimming"),)))
    standing = plan(subjects, terrain="water", backdrop="hills")
    assert shoreline(footing(swimming.subjects, HORIZON, swimmers(swimming.scene.entities)), 1.0, 0.2) == 1.0
    wet, dry = render(swimming), render(standing)
    h, w = SIZE[1], SIZE[0]
    legs = (slice(round(0.8 * h), round(0.84 * h)), slice(round(0.42 * w), round(0.58 * w)))
    assert is_water(wet[legs].reshape(-1, 3).mean(axis=0))  # its legs are under the water
    assert not is_water(under_feet(dry, dog))  # standing, it is on the shore


def test_a_boat_s_own_strip_of_water_takes_the_colour_of_the_lake() -> None:
    boat: Box = (0.35, 0.6, 0.65, 0.9)
    pixels = render(plan((Subject("boat", "⛵", boat, role="hero"),), terrain="water", backdrop="hills"))
    h, w = SIZE[1], SIZE[0]
    strip = pixels[round(0.87 * h):round(0.89 * h), round(0.4 * w):round(0.6 * w)].reshape(-1, 3)
    twemoji_blue = np.asarray((85, 172, 238), dtype=np.float32)
    assert float(np.abs(strip - twemoji_blue).sum(axis=1).min()) > 20  # no flat pictogram blue left


def test_scenery_that_would_stand_in_the_water_is_left_out() -> None:
    boat: Box = (0.1, 0.55, 0.4, 0.92)
    tree: Box = (0.6, 0.5, 0.75, 0.8)
    with_tree = plan((Subject("boat", "⛵", boat, role="hero"), Subject("tree", "🌲", tree, role="decor")),
                     terrain="water", backdrop="hills")
    h, w = SIZE[1], SIZE[0]
    where = render(with_tree)[round(0.6 * h):round(tree[3] * h), round(tree[0] * w):round(tree[2] * w)]
    green = (where[..., 1] > where[..., 0] + 30) & (where[..., 1] > where[..., 2] + 5)
    assert green.mean() < 0.01  # water where the tree would have stood


def test_a_figure_reaches_out_to_what_it_holds_and_not_to_what_another_holds() -> None:
    girl = Subject("girl", "👧", (0.3, 0.45, 0.5, 0.9), role="hero", entity="e1")
    balloon: Box = (0.52, 0.4, 0.6, 0.55)
    alone = fit_figure(girl, SIZE)
    reaching = fit_figure(girl, SIZE, (balloon[0] * SIZE[0], balloon[1] * SIZE[1], balloon[2] * SIZE[0],
                                       balloon[3] * SIZE[1]))
    assert alone is not None and reaching is not None
    right_edge = reaching[1] + reaching[0].size[0]
    assert right_edge >= balloon[0] * SIZE[0]  # the hand is at the balloon
    assert right_edge > alone[1] + alone[0].size[0] + 10
    far = fit_figure(girl, SIZE, (0.95 * SIZE[0], 0.1 * SIZE[1], SIZE[0] - 1, 0.2 * SIZE[1]))
    assert far is not None and far[0].size == alone[0].size  # out of reach: arms hang


def test_a_worn_garment_is_the_figure_s_clothes_and_a_worn_hat_keeps_the_bust() -> None:
    woman = Subject("woman", "👩🏿", (0.35, 0.4, 0.65, 0.92), role="hero", entity="e1", figure=True)
    dress = Subject("dress", "👗", (0.45, 0.75, 0.55, 0.92), role="support", entity="e2", tint=(220, 30, 30))
    hat = Subject("hat", "🎩", (0.4, 0.3, 0.6, 0.45), role="support", entity="e3")
    worn = wardrobe((Relation("e1", "wearing", "e2"),), (woman, dress))
    assert worn.clothes["e1"][0] == (220, 30, 30) and worn.worn == {"e2": "e1"} and not worn.dressed
    hatted = wardrobe((Relation("e1", "wearing", "e2"), Relation("e1", "wearing", "e3")), (woman, dress, hat))
    assert hatted.dressed == {"e1"} and not hatted.worn
    scene = replace(plan((woman, dress), terrain="grass"),
                    scene=SceneGraph(relations=(Relation("e1", "wearing", "e2"),)))
    pixels = render(scene)
    h, w = SIZE[1], SIZE[0]
    skirt = pixels[round(0.7 * h):round(0.78 * h), round(0.45 * w):round(0.55 * w)].reshape(-1, 3)
    red = (skirt[:, 0] > 170) & (skirt[:, 1] < 80) & (skirt[:, 2] < 80)
    assert red.mean() > 0.3  # she wears it
    made = fit_figure(woman, SIZE)
    assert made is not None  # and no dress pictogram stands apart from her: only her figure has ink
    figure_box = (made[1], made[2], made[1] + made[0].size[0], made[2] + made[0].size[1])
    row = pixels[round(0.6 * h), :]
    reds = np.nonzero((row[:, 0] > 170) & (row[:, 1] < 80) & (row[:, 2] < 80))[0]
    assert reds.size and figure_box[0] <= reds.min() and reds.max() < figure_box[2]
