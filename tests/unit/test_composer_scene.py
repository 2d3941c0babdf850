"""The composer's picture: exact counts and arrangements, depth and camera, the world behind, every entity placed
clear of the text, variety by seed and the same plan for the same seed, and a description of only what was drawn."""

from __future__ import annotations

import itertools
import random
from typing import get_args

import pytest

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.glyph_fit import drawn_box
from openbanana.imaging.drawing.glyphs import has_pictogram
from openbanana.plan import Background, Box, Plan, Subject
from openbanana.planner.pictogram_shapes import aspect, with_skin_tone
from openbanana.planner.rules.documents import lay_out_document, make_page
from openbanana.planner.rules.scene import Composition, Look, compose_scene
from openbanana.planner.scene_phrases import describe_plan
from openbanana.scene import (
    Arrangement,
    Camera,
    Entity,
    Predicate,
    Relation,
    SceneGraph,
    Setting,
    Terrain,
    TextSpec,
)

AREA: Box = (0.04, 0.06, 0.96, 0.94)
RATIO = 16 / 9
MEADOW = Setting("meadow", terrain="grass")


def compose(graph: SceneGraph, seed: int = 1, area: Box = AREA, ratio: float = RATIO,
            avoid: tuple[Box, ...] = ()) -> Composition:
    return compose_scene(graph, area, ratio, random.Random(seed), avoid=avoid)


def of(composition: Composition, entity_id: str) -> list[Subject]:
    return [s for s in composition.subjects if s.entity == entity_id]


def cx(subject: Subject) -> float:
    return (subject.box[0] + subject.box[2]) / 2


def height(subject: Subject) -> float:
    return subject.box[3] - subject.box[1]


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] - 1e-6 and b[0] < a[2] - 1e-6 and a[1] < b[3] - 1e-6 and b[1] < a[3] - 1e-6


def copies(noun: str, glyph: str, count: int, arrangement: Arrangement = "auto", setting: Setting = MEADOW,
           camera: Camera = "default") -> SceneGraph:
    return SceneGraph((Entity("e1", noun, glyph, count=count, arrangement=arrangement),), setting=setting,
                      camera=camera)


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7, 12, 24])
def test_exactly_count_copies_are_drawn(count: int) -> None:
    for glyph in ("☕", "🐦", "🌳", "🧑"):
        assert len(of(compose(copies("thing", glyph, count)), "e1")) == count


def test_counts_over_the_cap_are_drawn_to_the_cap_and_the_rest_admitted() -> None:
    placed = compose(copies("star", "⭐", 40))
    assert len(of(placed, "e1")) == 24
    assert any("24 of the 40" in s for s in placed.shortfalls)


def test_a_row_asked_for_is_a_true_row() -> None:
    row = of(compose(copies("cup", "☕", 5, "row", Setting("kitchen", terrain="table", indoor=True))), "e1")
    bottoms = {round(s.box[3], 4) for s in row}
    heights = {round(height(s), 4) for s in row}
    steps = [round(b - a, 4) for a, b in itertools.pairwise(sorted(cx(s) for s in row))]
    assert len(bottoms) == 1 and len(heights) == 1 and max(steps) - min(steps) < 1e-3 and min(steps) > 0


def test_copies_not_asked_in_a_row_vary() -> None:
    cats = of(compose(copies("cat", "🐈", 4)), "e1")
    assert len({round(height(s), 3) for s in cats}) > 1 or len({round(s.box[3], 3) for s in cats}) > 1


def test_a_stack_stands_each_copy_on_the_one_below() -> None:
    books = sorted(of(compose(copies("book", "📚", 4, "stack")), "e1"), key=lambda s: -s.box[3])
    for lower, upper in itertools.pairwise(books):
        assert upper.box[3] < lower.box[3] and lower.box[1] <= upper.box[3] and abs(cx(upper) - cx(lower)) < 0.02
        assert upper.z > lower.z


def test_a_pile_is_an_overlapping_heap() -> None:
    apples = of(compose(copies("apple", "🍎", 6, "pile")), "e1")
    levels = sorted({round(s.box[3], 3) for s in apples})
    assert len(levels) >= 3
    assert any(overlap(a.box, b.box) for a, b in itertools.combinations(apples, 2))


def test_scattered_copies_never_overlap() -> None:
    for seed in range(5):
        trees = of(compose(copies("tree", "🌳", 6, "scattered"), seed), "e1")
        assert not any(overlap(a.box, b.box) for a, b in itertools.combinations(trees, 2))


def test_a_grid_has_rows_and_a_circle_has_a_far_side() -> None:
    grid = of(compose(copies("cupcake", "🧁", 9, "grid")), "e1")
    assert len({round(s.box[3], 3) for s in grid}) >= 2
    ring = of(compose(copies("child", "🧒", 8, "circle")), "e1")
    far = min(ring, key=lambda s: s.box[3])
    near = max(ring, key=lambda s: s.box[3])
    assert height(far) < height(near) and far.z < near.z


def test_further_things_stand_higher_and_smaller() -> None:
    graph = SceneGraph((Entity("e1", "dog", "🐕"), Entity("e2", "dog", "🐕")),
                       (Relation("e2", "behind", "e1"),), MEADOW)
    near, far = of(compose(graph), "e1")[0], of(compose(graph), "e2")[0]
    assert far.box[3] < near.box[3] and height(far) < height(near) and far.depth > near.depth


def test_sky_things_fly_above_the_horizon_without_shadows_and_grounded_things_stand_below_it() -> None:
    graph = SceneGraph((Entity("e1", "dog", "🐕"), Entity("e2", "bird", "🐦", count=5), Entity("e3", "kite", "🪁")),
                       setting=MEADOW)
    placed = compose(graph)
    horizon = placed.background.horizon
    for flyer in of(placed, "e2") + of(placed, "e3"):
        assert flyer.box[3] <= horizon + 1e-6 and not flyer.shadow
    dog = of(placed, "e1")[0]
    assert dog.box[3] > horizon and dog.shadow


def test_boats_float_on_the_water_and_fish_swim_under_it() -> None:
    sea = SceneGraph((Entity("e1", "boat", "⛵"), Entity("e2", "duck", "🦆")), setting=Setting("lake", terrain="water"))
    placed = compose(sea)
    for boat in of(placed, "e1") + of(placed, "e2"):
        assert boat.box[3] > placed.background.horizon
    reef = compose(SceneGraph((Entity("e1", "fish", "🐠", count=4), Entity("e2", "crab", "🦀")),
                              setting=Setting(terrain="underwater")))
    assert reef.background.scene == "water" and all(not s.shadow for s in of(reef, "e1"))
    assert of(reef, "e2")[0].box[3] >= max(s.box[3] for s in of(reef, "e1"))  # the crab keeps to the floor


@pytest.mark.parametrize("size", [(1024, 1024), (1376, 768), (768, 1376), (1584, 672)])
def test_every_entity_is_placed_clear_of_the_text_even_in_a_crowd(size: tuple[int, int]) -> None:
    ratio = size[0] / size[1]
    glyphs = "🐈🐕🚗🌳🏠🚲🧑🎈☀🐦🦆🌷"
    graph = SceneGraph(tuple(Entity(f"e{i}", f"thing{i}", g) for i, g in enumerate(glyphs)), setting=MEADOW)
    for seed in range(4):
        texts = (TextSpec("A HEADLINE"), TextSpec("and a subtitle", role="subtitle"))
        page = make_page(texts, "poster", ratio, "a poster", ["thing"], Background("gradient", ((20, 20, 20),)), (),
                         None, "display", random.Random(seed))
        layout = lay_out_document(page)
        assert layout.area is not None
        area, text_boxes = layout.area, [block.box for block in layout.blocks]
        placed = compose(graph, seed, area, ratio, tuple(text_boxes))
        assert {s.entity for s in placed.subjects if s.entity} == {f"e{i}" for i in range(len(glyphs))}
        for subject in placed.subjects:
            left, top, right, bottom = subject.box
            assert area[0] - 1e-5 <= left < right <= area[2] + 1e-5 and area[1] - 1e-5 <= top < bottom <= area[3] + 1e-5
            assert not any(overlap(subject.box, text) for text in text_boxes)
        disc = placed.background.disc
        if disc is not None:
            assert not any(t[0] <= disc[0] <= t[2] and t[1] <= disc[1] <= t[3] for t in text_boxes)


def test_the_same_seed_gives_the_same_plan_and_seeds_vary_the_composition() -> None:
    things = (Entity("e1", "fox", "🦊"), Entity("e2", "tree", "🌳", count=3), Entity("e3", "bird", "🐦", count=4))
    graph = SceneGraph(things, setting=Setting("forest", terrain="grass", backdrop="forest"))
    assert compose(graph, 7) == compose(graph, 7)
    heroes = {round(cx(of(compose(graph, seed), "e1")[0]), 2) for seed in range(10)}
    layouts = {tuple(s.box for s in compose(graph, seed).subjects) for seed in range(10)}
    palettes = {compose(graph, seed).background.colors for seed in range(10)}
    assert len(heroes) >= 4 and len(layouts) == 10 and len(palettes) >= 2


@pytest.mark.parametrize(("camera", "low", "high"),
                         [("close_up", 0.6, 1.0), ("default", 0.3, 0.62), ("wide", 0.1, 0.3)])
def test_the_camera_sets_the_hero_size(camera: Camera, low: float, high: float) -> None:
    graph = SceneGraph((Entity("e1", "dog", "🐶"),), setting=MEADOW, camera=camera)
    for seed in range(3):
        dog = of(compose(graph, seed), "e1")[0]
        assert low <= height(dog) / (AREA[3] - AREA[1]) <= high, (camera, height(dog))


def test_the_camera_moves_the_horizon() -> None:
    def horizon(camera: Camera) -> float:
        return compose(SceneGraph((Entity("e1", "dog", "🐕"),), setting=MEADOW, camera=camera)).background.horizon

    assert horizon("low_angle") > horizon("default") > horizon("isometric")
    assert horizon("top_down") == 0.0


@pytest.mark.parametrize(("time", "dark"), [("night", True), ("day", False), ("sunset", False), ("dusk", True)])
def test_the_time_of_day_sets_the_sky(time: str, dark: bool) -> None:
    graph = SceneGraph((Entity("e1", "fox", "🦊"),), setting=Setting("field", terrain="grass", time_of_day=time))  # type: ignore[arg-type]
    background = compose(graph).background
    top = background.colors[0]
    assert (sum(top) < 200) == dark
    assert background.time_of_day == time
    if time == "night":
        assert {"stars", "moon"} <= set(background.effects) and background.disc is not None


def test_a_room_has_walls_a_floor_and_a_window_away_from_the_hero() -> None:
    graph = SceneGraph((Entity("e1", "cat", "🐈"), Entity("e2", "sofa", "🛋")), (Relation("e1", "on", "e2"),),
                       Setting("living room", indoor=True))
    placed = compose(graph)
    background = placed.background
    assert background.scene == "floor" and background.backdrop == "room" and background.window is not None
    window = background.window
    assert window[3] < background.horizon
    hero = next(s for s in placed.subjects if s.role == "hero")
    assert (cx(hero) < 0.5) != ((window[0] + window[2]) / 2 < 0.5)


def test_weather_and_season_reach_the_world_and_named_colours_own_the_sky() -> None:
    graph = SceneGraph((Entity("e1", "fox", "🦊"),), setting=Setting("field", terrain="grass", weather="snow",
                                                                       season="winter"))
    snowy = compose(graph).background
    assert "snow" in snowy.effects and snowy.terrain == "snow" and snowy.weather == "snow"
    purple = compose_scene(graph, AREA, RATIO, random.Random(1), look=Look(colors=((128, 0, 128),))).background
    assert (128, 0, 128) in purple.colors and purple.terrain == "snow"
    assert purple.time_of_day is None and purple.weather is None  # the renderer paints the sky in those colours


def test_no_place_named_gives_the_hero_its_habitat() -> None:
    def world(glyph: str) -> str:
        return compose(SceneGraph((Entity("e1", "thing", glyph),))).background.terrain

    assert world("🐕") == "grass" and world("☕") == "table" and world("🐠") == "underwater"
    sofa = compose(SceneGraph((Entity("e1", "cat", "🐈"), Entity("e2", "sofa", "🛋")))).background
    assert sofa.scene == "floor"


def test_an_entity_without_a_pictogram_is_admitted_never_dropped_silently() -> None:
    placed = compose(SceneGraph((Entity("e1", "cat", "🐈"), Entity("e2", "zorblax", None),
                                 Entity("e3", "kayak", "🛶", stand_in="a canoe")),
                                (Relation("e1", "on", "e2"),), MEADOW, unmatched=("flurble",)))
    assert of(placed, "e1") and not of(placed, "e2") and of(placed, "e3")
    assert any("zorblax" in s and "not in the picture" in s for s in placed.shortfalls)
    assert any("flurble" in s for s in placed.shortfalls)
    assert "The kayak is shown as a canoe, the nearest pictogram." in placed.shortfalls
    assert any("cat on the zorblax" in s for s in placed.shortfalls)


def test_colours_skin_tones_and_ages_are_bound_to_their_entity() -> None:
    graph = SceneGraph((Entity("e1", "car", "🚗", color=(30, 90, 220)), Entity("e2", "man", "👨", skin_tone="dark"),
                        Entity("e3", "woman", "👩", age="elderly")), setting=MEADOW)
    placed = compose(graph)
    assert of(placed, "e1")[0].tint == (30, 90, 220)
    assert of(placed, "e2")[0].glyph == "👨🏿" and of(placed, "e2")[0].tint is None
    assert of(placed, "e3")[0].glyph == "👵"


def test_the_description_claims_only_what_was_drawn() -> None:
    graph = SceneGraph((Entity("e1", "cup", "☕", count=4, color=(40, 90, 220), color_name="blue", arrangement="row"),
                        Entity("e2", "table", None, material="wooden"), Entity("e3", "zorblax", None)),
                       (Relation("e1", "on", "e2"), Relation("e3", "on", "e2")),
                       Setting("kitchen", indoor=True, time_of_day="night"))
    placed = compose(graph)
    plan = Plan("four cups", placed.background, (), placed.subjects, scene=graph)
    assert describe_plan(plan) == "four blue cups in a row on a wooden table in a kitchen at night"


def test_the_description_joins_what_is_worn_and_tells_side_relations_once() -> None:
    graph = SceneGraph((Entity("e1", "cat", "🐈"), Entity("e2", "sofa", "🛋"), Entity("e3", "dog", "🐕"),
                        Entity("e4", "sunglasses", "🕶"), Entity("e5", "hat", "🎩")),
                       (Relation("e1", "on", "e2"), Relation("e2", "left_of", "e3"), Relation("e3", "wearing", "e4"),
                        Relation("e3", "wearing", "e5")), Setting("living room", indoor=True))
    placed = compose(graph)
    plan = Plan("cat", placed.background, (), placed.subjects, scene=graph)
    assert describe_plan(plan) == ("a cat on a sofa and a dog wearing sunglasses and a hat, with the sofa to the "
                                   "left of the dog in a living room")


def test_random_graphs_place_every_drawable_entity_inside_the_area_the_same_way_twice() -> None:
    glyphs = ["🐈", "🐕", "☕", "🌳", "🏠", "🐦", "⛵", "🐠", "🧑", "🎩", "🕶", "☂", "🛋", "🐎", "🎈", "☀", None]
    predicates = list(get_args(Predicate))
    for trial in range(150):
        pick = random.Random(trial)
        entities = tuple(Entity(f"e{i}", f"thing{i}", pick.choice(glyphs), count=pick.choice((1, 1, 2, 5, 30)),
                                arrangement=pick.choice(get_args(Arrangement)))
                         for i in range(pick.randint(1, 8)))
        relations = tuple(Relation(pick.choice(entities).id, pick.choice(predicates), pick.choice(entities).id)
                          for _ in range(pick.randint(0, 5)))
        setting = Setting(terrain=pick.choice(get_args(Terrain)), time_of_day=pick.choice(("night", "day", None)))
        graph = SceneGraph(entities, relations, setting, camera=pick.choice(get_args(Camera)))
        left, top = pick.uniform(0, 0.4), pick.uniform(0, 0.5)
        area = (left, top, pick.uniform(left + 0.05, 1), pick.uniform(top + 0.05, 1))
        ratio = pick.choice((0.56, 1.0, 1.78, 2.4))
        placed = compose(graph, trial, area, ratio)
        assert placed == compose(graph, trial, area, ratio)
        shown = {s.entity for s in placed.subjects} | {e for s in placed.subjects for e in s.also_shows}
        assert {e.id for e in entities if e.glyph} <= shown, (trial, graph)
        for subject in placed.subjects:
            box = subject.box
            assert area[0] - 1e-4 <= box[0] <= box[2] <= area[2] + 1e-4, (trial, subject)
            assert area[1] - 1e-4 <= box[1] <= box[3] <= area[3] + 1e-4, (trial, subject)


def test_the_measured_pictogram_shapes_match_the_bundled_font() -> None:
    """assets/pictograms/shapes.tsv is rebuilt by scripts/build_pictogram_shapes.py whenever the font changes."""
    for glyph in ("🚗", "🕶", "🐈", "🧑", "🏇", "🍽", "🌳"):
        left, top, right, bottom = drawn_box(glyph)
        assert abs(aspect(glyph) - (right - left) / (bottom - top)) < 0.01, glyph
    assert with_skin_tone("🧑", "dark") == "🧑🏿" and has_pictogram(with_skin_tone("🏇", "medium"))
    assert with_skin_tone("🐈", "dark") == "🐈"  # no tones for cats


@pytest.mark.parametrize("setting", [Setting("kitchen", indoor=True, terrain="table"), Setting("room", indoor=True),
                                     Setting("park", terrain="grass", time_of_day="day")])
def test_a_top_down_view_renders(setting: Setting) -> None:
    """Seen from above there is no horizon: the ground fills the frame, and the renderer draws it."""
    cupcakes = Entity("e1", "cupcake", "🧁", count=6, arrangement="grid")
    graph = SceneGraph((cupcakes,), setting=setting, camera="top_down")
    placed = compose(graph)
    assert placed.background.horizon == 0.0
    plan = Plan("cupcakes", placed.background, (), placed.subjects, scene=graph)
    image = DraftEngine().render(RenderRequest(plan, 320, 180, (), 1)).image
    assert image.size == (320, 180)
