"""The draft engine's world: terrains, backdrops, times of day, weather, rooms and realms render at the exact size,
deterministically, each visibly its own; subjects stand in it by depth, hazed with distance, shadowed, mirrored."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageFilter

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Background, Plan, Subject
from openbanana.scene import Backdrop, Terrain, TimeOfDay, Weather

ENGINE = DraftEngine()
SIZE = (384, 288)
HORIZON = 0.6
TERRAINS: list[Terrain] = ["grass", "sand", "snow", "road", "water", "floor", "table", "stone", "dirt", "stage",
                           "space", "underwater"]
BACKDROPS: list[Backdrop] = ["mountains", "hills", "city", "forest", "dunes", "sea", "room"]
TIMES: list[TimeOfDay] = ["dawn", "morning", "day", "afternoon", "golden_hour", "sunset", "dusk", "night"]
WEATHERS: list[Weather] = ["clear", "cloudy", "overcast", "rain", "storm", "snow", "fog", "windy"]


def scene(subjects: tuple[Subject, ...] = (), **background: Any) -> Plan:
    return Plan("a scene", Background("gradient", (), horizon=background.pop("horizon", HORIZON), **background),
                ((200, 60, 40),), subjects)


def render(plan: Plan, size: tuple[int, int] = SIZE, seed: int = 5) -> np.ndarray:
    image = ENGINE.render(RenderRequest(plan, *size, seed=seed)).image
    assert image.size == size and image.mode == "RGB"
    return np.asarray(image, dtype=np.float32)


def features(pixels: np.ndarray) -> np.ndarray:
    """Mean colour and edge density of a region: what makes two surfaces look different at a glance."""
    image = Image.fromarray(pixels.astype(np.uint8), "RGB").convert("L")
    edges = np.asarray(image.filter(ImageFilter.FIND_EDGES), dtype=np.float32).mean()
    return np.asarray([*pixels.reshape(-1, 3).mean(axis=0), edges * 4])


def assert_all_distinct(regions: Mapping[Any, np.ndarray], least: float) -> None:
    found = {name: features(region) for name, region in regions.items()}
    for (a, fa), (b, fb) in itertools.combinations(found.items(), 2):
        assert np.abs(fa - fb).max() > least, (a, b, fa, fb)


def ground(pixels: np.ndarray) -> np.ndarray:
    return pixels[round(pixels.shape[0] * (HORIZON + 0.05)):]


def sky(pixels: np.ndarray) -> np.ndarray:
    return pixels[:round(pixels.shape[0] * HORIZON * 0.5)]


def luma(pixels: np.ndarray) -> float:
    return float((pixels @ np.asarray([0.299, 0.587, 0.114], dtype=np.float32)).mean())


@pytest.mark.parametrize("size", [(1024, 1024), (1376, 768), (17, 9), (64, 4096)])
def test_worlds_render_at_the_exact_size(size: tuple[int, int]) -> None:
    backgrounds: list[dict[str, Any]] = [
        {"terrain": "water", "backdrop": "mountains", "time_of_day": "sunset", "weather": "storm"},
        {"terrain": "floor", "backdrop": "room", "time_of_day": "night"}, {"terrain": "underwater"}]
    for background in backgrounds:
        render(scene((), **background), size)


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_world() -> None:
    plan = scene(terrain="grass", backdrop="mountains", time_of_day="afternoon", weather="cloudy")
    assert np.array_equal(render(plan, seed=3), render(plan, seed=3))
    assert np.abs(render(plan, seed=3) - render(plan, seed=4)).mean() > 4


def test_every_terrain_looks_like_itself() -> None:
    regions = {kind: ground(render(scene(terrain=kind, time_of_day="day"))) for kind in TERRAINS}
    assert_all_distinct(regions, 6)


def test_every_backdrop_closes_the_view_differently() -> None:
    regions = {}
    for kind in BACKDROPS:
        pixels = render(scene(terrain="grass", backdrop=kind, time_of_day="day"))
        regions[kind] = pixels[round(SIZE[1] * HORIZON * 0.45):round(SIZE[1] * HORIZON)]
    assert_all_distinct(regions, 6)


def test_times_of_day_light_the_sky() -> None:
    skies = {time: sky(render(scene(terrain="grass", time_of_day=time))) for time in TIMES}
    assert_all_distinct(skies, 6)
    assert luma(skies["night"]) < luma(skies["dusk"]) < luma(skies["day"])
    warmth = {time: float(pixels[..., 0].mean() - pixels[..., 2].mean()) for time, pixels in skies.items()}
    assert warmth["sunset"] > warmth["day"] + 30 and warmth["golden_hour"] > warmth["day"] + 30
    horizon_band = render(scene(terrain="grass", time_of_day="sunset"))[round(SIZE[1] * HORIZON) - 12:
                                                                          round(SIZE[1] * HORIZON) - 2]
    assert horizon_band[..., 0].mean() > 200  # the warm band low in a sunset sky


def test_night_has_stars_and_a_moon() -> None:
    pixels = sky(render(scene(terrain="grass", time_of_day="night"), (768, 576)))
    background = np.median(pixels.reshape(-1, 3), axis=0)
    bright = (pixels.mean(axis=2) > background.mean() + 80).sum()
    assert bright > 200  # the moon's disc and a scatter of stars on a dark sky


def test_weather_changes_the_picture() -> None:
    worlds = {weather: render(scene(terrain="grass", backdrop="hills", time_of_day="day", weather=weather))
              for weather in WEATHERS}
    assert_all_distinct({weather: pixels[:round(SIZE[1] * 0.8)] for weather, pixels in worlds.items()}, 5)
    assert luma(worlds["storm"]) < luma(worlds["rain"]) < luma(worlds["clear"])
    clear_sky, cloudy_sky = sky(worlds["clear"]), sky(worlds["cloudy"])
    assert (cloudy_sky.min(axis=2) > 225).mean() > (clear_sky.min(axis=2) > 225).mean() + 0.05  # white cloud
    snow_ground = ground(worlds["snow"])
    assert snow_ground.mean() > ground(worlds["clear"]).mean() + 50  # snow lies on the grass
    band = slice(round(SIZE[1] * HORIZON * 0.7), round(SIZE[1] * HORIZON))
    assert worlds["fog"][band].std() < worlds["clear"][band].std() * 0.6  # fog fades the distance
    storm = worlds["storm"]
    assert (storm[:round(SIZE[1] * HORIZON)].min(axis=2) > 230).sum() > 20  # a lightning bolt


def test_seasons_colour_the_land() -> None:
    autumn = render(scene(terrain="grass", backdrop="forest", season="autumn"))
    summer = render(scene(terrain="grass", backdrop="forest", season="summer"))
    treeline = slice(round(SIZE[1] * HORIZON * 0.7), round(SIZE[1] * HORIZON))
    redness = [float(p[treeline][..., 0].mean() - p[treeline][..., 1].mean()) for p in (autumn, summer)]
    assert redness[0] > redness[1] + 10
    winter = render(scene(terrain="grass", season="winter"))
    assert ground(winter).mean() > ground(summer).mean() + 60


def test_a_room_has_a_wall_a_floor_and_a_window_on_the_time_of_day() -> None:
    window = (0.6, 0.1, 0.9, 0.45)
    day = render(scene(backdrop="room", time_of_day="day", window=window))
    night = render(scene(backdrop="room", time_of_day="night", window=window))
    y0, y1, x0, x1 = round(0.15 * SIZE[1]), round(0.4 * SIZE[1]), round(0.65 * SIZE[0]), round(0.85 * SIZE[0])
    assert luma(night[y0:y1, x0:x1]) < luma(day[y0:y1, x0:x1]) - 60  # the sky outside
    assert day[y0:y1, x0:x1, 2].mean() > day[y0:y1, x0:x1, 0].mean()  # blue sky by day
    wall = day[round(0.5 * SIZE[1]):round(0.55 * SIZE[1]), :round(0.3 * SIZE[0])]
    assert abs(luma(wall) - luma(night[round(0.5 * SIZE[1]):round(0.55 * SIZE[1]), :round(0.3 * SIZE[0])])) < 60
    floor = ground(day)
    assert features(floor)[3] > features(wall)[3]  # planks and seams: the floor is busier than the wall


def test_space_and_underwater_fill_the_canvas() -> None:
    space = render(scene(terrain="space"))
    underwater = render(scene(terrain="underwater"))
    assert luma(space) < 50
    top = underwater[:SIZE[1] // 2]
    assert top[..., 2].mean() > top[..., 0].mean() + 60


def test_subjects_standing_on_water_are_reflected() -> None:
    car = Subject("car", "🚗", (0.35, 0.3, 0.65, 0.62), role="hero", depth=0.2)
    below = (slice(round(0.7 * SIZE[1]), round(0.85 * SIZE[1])), slice(round(0.4 * SIZE[0]), round(0.6 * SIZE[0])))
    change = {}
    for terrain in ("water", "grass"):
        empty = render(scene(terrain=terrain, time_of_day="day", horizon=0.5))
        standing = render(scene((car,), terrain=terrain, time_of_day="day", horizon=0.5))
        change[terrain] = np.abs(standing[below] - empty[below]).mean(axis=(0, 1))
    assert change["water"].mean() > 8 and change["water"][0] > change["water"][2]  # a red car, mirrored
    assert change["grass"].mean() < 2


def test_far_subjects_are_hazier_than_near_ones() -> None:
    def apple(depth: float) -> np.ndarray:
        subject = Subject("apple", "🍎", (0.35, 0.3, 0.65, 0.7), depth=depth, shadow=False)
        pixels = render(scene((subject,), terrain="grass", backdrop="hills", time_of_day="day"))
        region = pixels[round(0.35 * SIZE[1]):round(0.65 * SIZE[1]), round(0.42 * SIZE[0]):round(0.58 * SIZE[0])]
        return region.reshape(-1, 3)

    near, far = apple(0.0), apple(0.9)
    saturation = [float((p.max(axis=1) - p.min(axis=1)).mean()) for p in (near, far)]
    assert saturation[1] < saturation[0] * 0.75


def test_nearer_subjects_overlap_farther_ones_whatever_the_plan_order() -> None:
    far = Subject("apple", "🍎", (0.3, 0.3, 0.7, 0.8), depth=0.8, shadow=False)
    near = Subject("green apple", "🍏", (0.3, 0.3, 0.7, 0.8), depth=0.1, shadow=False)
    for order in ((near, far), (far, near)):
        pixels = render(scene(order, terrain="grass", time_of_day="day"))
        centre = pixels[round(0.5 * SIZE[1]), round(0.5 * SIZE[0])]
        assert centre[1] > centre[0]  # the near green apple covers the far red one


def test_grounded_subjects_cast_a_contact_shadow() -> None:
    def under(shadow: bool) -> float:
        subject = Subject("ball", "⚽", (0.4, 0.4, 0.6, 0.8), depth=0.1, shadow=shadow)
        pixels = render(scene((subject,), terrain="sand", time_of_day="day"))
        return luma(pixels[round(0.8 * SIZE[1]) - 2:round(0.8 * SIZE[1]) + 3, round(0.36 * SIZE[0]):
                           round(0.64 * SIZE[0])])

    assert under(True) < under(False) - 8


def test_what_cannot_be_drawn_is_said() -> None:
    plan = scene((Subject("unicorn robot", "\U0010fffd", (0.3, 0.3, 0.6, 0.8)),
                  Subject("kite", "🪁", (1.2, 0.1, 1.4, 0.3))), terrain="grass")
    shortfalls = ENGINE.render(RenderRequest(plan, *SIZE, seed=1)).shortfalls
    assert any("unicorn robot" in sentence for sentence in shortfalls)
    assert any("kite" in sentence and "outside" in sentence for sentence in shortfalls)
    drawn = ENGINE.render(RenderRequest(scene((Subject("kite", "🪁", (0.3, 0.1, 0.5, 0.3)),), terrain="grass"),
                                        *SIZE, seed=1)).shortfalls
    assert drawn == ()


def test_a_table_top_is_not_drawn_as_a_floor() -> None:
    """A floor's boards run away from the eye (seams across the picture's width change from column to column);
    a table top's planks run across it (its seams change from row to row), and it has a darker front edge."""
    def grain(pixels: np.ndarray) -> tuple[float, float]:
        near = pixels[round(SIZE[1] * 0.7):round(SIZE[1] * 0.85)].mean(axis=2)
        return float(np.abs(np.diff(near, axis=1)).mean()), float(np.abs(np.diff(near, axis=0)).mean())

    floor = render(scene(terrain="floor", backdrop="room"))
    table = render(scene(terrain="table", backdrop="room"))
    floor_across, _ = grain(floor)
    table_across, table_down = grain(table)
    assert table_across < floor_across / 4 and table_down > 5 * table_across, (grain(floor), grain(table))
    top, edge = table[round(SIZE[1] * 0.85)].mean(), table[-2].mean()
    assert edge < top * 0.8  # the table's side below its front edge
