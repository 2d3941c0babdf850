"""The world behind the subjects: the setting (filled in where the prompt is silent) becomes the Background and
the Frame the subjects stand in: sky by time of day and weather, ground by terrain and season, a room with a window,
the horizon where the camera puts it, and later the sun or moon where nothing covers it."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Literal

from openbanana.plan import RGB, Background, Box, SceneKind
from openbanana.planner.rules.scene import palettes
from openbanana.planner.rules.scene.close_tops import close_table_top
from openbanana.planner.rules.scene.depth import FLAT_FAR_SCALE, Frame
from openbanana.planner.rules.scene.kinds import TABLE_FORMS, Zone
from openbanana.planner.rules.scene.window_rooms import indoors_by_window
from openbanana.scene import Camera, SceneGraph, Setting, Terrain

Mode = Literal["ground", "float", "underwater"]  # how subjects are staged: on a ground, all floating, under water
SCENE_KINDS: dict[Terrain, SceneKind] = {
    "grass": "ground", "sand": "ground", "snow": "ground", "road": "ground", "stone": "ground", "dirt": "ground",
    "water": "sea", "floor": "floor", "table": "table", "stage": "stage", "underwater": "water", "space": "none",
    "none": "none",
}
BACKDROP_TERRAIN: dict[str, Terrain] = {"mountains": "grass", "hills": "grass", "forest": "grass", "city": "road",
                                        "dunes": "sand", "sea": "water", "room": "floor"}
Habitat = Zone | Literal["indoor"]
HABITAT_TERRAIN: dict[Habitat, Terrain] = {"ground": "grass", "tabletop": "table", "swimmer": "underwater",
                                           "water": "water", "sky": "none", "indoor": "floor"}
HORIZONS: dict[SceneKind, float] = {"ground": 0.6, "sea": 0.54, "floor": 0.58, "table": 0.52, "stage": 0.68}
OPEN_GROUND: frozenset[SceneKind] = frozenset({"ground", "sea"})  # outdoors, where few things look lost
CLOSE_HORIZON = 0.06  # how much lower the horizon sits when few things are framed close
SUNLIT = {"dawn", "golden_hour", "sunset"}
SEA_REACH = 0.42  # how far toward the eye the sea reaches on a beach, as a fraction of the ground's height


@dataclass(frozen=True)
class Look:
    """What a prompt's colour and mood words ask of the background, beside the setting."""

    colors: tuple[RGB, ...] = ()  # named background colours: they own the sky or the wall
    mood_colors: tuple[RGB, ...] = ()  # a mood's gradient, where no place or hour gives one
    effects: tuple[str, ...] = ()
    vignette: float | None = None
    glow: float | None = None
    ground: RGB | None = None
    dim: bool = False  # a dark mood ("a dark forest"): with no hour named, the light is low
    sky: bool = False  # the named colours are the sky's ("under a blue sky"): outdoors, on the subject's ground


@dataclass(frozen=True)
class WorldChoice:
    """The world chosen for a graph before the layout gives it an area (its Background's horizon is not set yet)."""

    background: Background
    mode: Mode
    setting: Setting  # as drawn: the prompt's setting with what it left out filled in
    assumed: bool  # the prompt named no place: the setting comes from what the hero is


@dataclass(frozen=True)
class World:
    background: Background
    frame: Frame
    mode: Mode
    setting: Setting  # as drawn: the prompt's setting with what it left out filled in
    assumed: bool  # the prompt named no place: the setting comes from what the hero is


def settle(scene: SceneGraph, habitat: Habitat | None, look: Look) -> tuple[Setting, bool]:
    """The setting to draw: the prompt's, with terrain, indoors and hour filled in where it is silent."""
    setting = scene.setting
    terrain = setting.terrain
    assumed = False
    if terrain == "none" and (setting.indoor or setting.backdrop != "none"):
        terrain = "floor" if setting.indoor else BACKDROP_TERRAIN.get(setting.backdrop, "none")
    elif terrain == "none" and not setting.place and not setting.indoor \
            and scene.document == "scene" and (not look.colors or look.sky) and not (
                look.mood_colors and setting.time_of_day is None and setting.season is None
                and setting.weather is None):  # "in autumn", "in the rain", "under a blue sky": outdoors
        if habitat is not None:  # someone by a window named with no place is in its room
            room = habitat == "ground" and indoors_by_window(scene)
            terrain, assumed = HABITAT_TERRAIN["indoor" if room else habitat], True
        elif setting.time_of_day or setting.weather or setting.season:  # an hour or weather, nothing drawable
            terrain, assumed = "grass", True
    if _seen_from_above(scene):  # "a desk with a laptop, from above": the desk's top is the picture's ground
        terrain = "table"
    if terrain in ("sand", "grass", "stone", "dirt", "none") and not setting.indoor and _mirrored(scene):
        terrain = "water"  # "a lighthouse and its reflection in the harbour": the water it is mirrored in
    if terrain == "table" and habitat == "ground" and scene.camera != "close_up":  # a person (or a dog) in the
        terrain = "floor"  # kitchen stands on its floor, not on a table top the size of the room (close, all is on it)
    if setting.season == "winter" and terrain == "grass" and setting.weather not in ("rain", "storm"):
        terrain = "snow"
    indoor = setting.indoor or setting.backdrop == "room" or terrain == "floor" or (
        terrain == "table" and setting.time_of_day is None and setting.weather is None)
    time = setting.time_of_day if terrain not in ("space", "underwater") else None
    if time is None and look.dim and not indoor and terrain not in ("space", "underwater"):
        time = "dusk"
    named_colours = bool(look.colors or (look.mood_colors and not (setting.season or setting.weather)))  # they
    # paint the sky themselves (no hour lights it), but a season or weather outdoors is the sky's: a snowman by a
    # Christmas tree "in winter" stands under a winter sky, not the Christmas mood's red and green
    if time is None and not indoor and not named_colours and terrain not in ("none", "space", "underwater", "stage"):
        time = "day"
    weather = None if look.colors else setting.weather  # a named background colour is a backdrop, not weather
    if weather == "snow" and _peaks_hold_the_snow(terrain, setting.backdrop, True):
        weather = None
    return replace(setting, terrain=terrain, indoor=indoor, time_of_day=time, weather=weather), assumed


def choose_world(scene: SceneGraph, habitat: Habitat | None, look: Look, rng: random.Random, *,
                 disc_entity: bool, plain: bool = False) -> WorldChoice:
    """The world before any area is known: sky, ground, light and weather (a document's page, when `plain`)."""
    setting, assumed = settle(scene, None if plain else habitat, look)
    if plain:
        setting = replace(setting, terrain="none", indoor=False, backdrop="none")
    terrain, time = setting.terrain, setting.time_of_day
    kind = SCENE_KINDS[terrain]
    if terrain == "sand" and setting.backdrop == "sea":
        kind = "sea"  # a beach: the sea to the horizon, sand in front
    colors = _colors(setting, look, rng)
    ground = look.ground or palettes.ground("water" if kind == "sea" else terrain, setting.season, time, rng)
    effects = _effects(setting, look, disc_entity=disc_entity)
    night = time in ("night", "dusk")
    flat = kind == "none" and time is None and terrain == "none"  # no ground, sky or sea: a slanted gradient
    angle = rng.choice((90.0, 75.0, 105.0)) if flat else 90.0
    background = Background(
        "gradient", colors, angle, look.vignette if look.vignette is not None else 0.3 if night else 0.12,
        kind, 1.0, ground, (0.5, 0.42), look.glow if look.glow is not None else 0.2 if night else 0.3,
        effects, None, terrain, "room" if setting.indoor and setting.backdrop == "none" else setting.backdrop,
        time, setting.weather, setting.season)
    mode: Mode = ("underwater" if terrain == "underwater" else
                  "float" if terrain == "space" or scene.camera == "top_down" or (kind == "none" and habitat == "sky")
                  else "ground")
    return WorldChoice(background, mode, setting, assumed)


def frame_world(choice: WorldChoice, area: Box, ratio: float, camera: Camera, rng: random.Random, *,
                few: bool = False) -> World:
    """The chosen world in the area: the horizon where the camera and the area put it, and the ground plane.
    `few`: one or two things stand on open ground, framed as an illustrator would (a lower horizon, and the things
    drawn larger: `Frame.close`), not small in an empty field under a high horizon."""
    kind = choice.background.scene
    close = few and kind in OPEN_GROUND and camera in ("default", "low_angle")
    horizon = _horizon(kind, camera, area, rng) + (CLOSE_HORIZON if close else 0.0)
    horizon = round(min(horizon, area[3] - (area[3] - area[1]) * 0.25), 4) if close else horizon
    frame = replace(_frame(area, ratio, horizon, kind, choice.setting.terrain, camera), close=close)
    return World(replace(choice.background, horizon=horizon), frame, choice.mode, choice.setting, choice.assumed)


def _colors(setting: Setting, look: Look, rng: random.Random) -> tuple[RGB, ...]:
    if look.colors:
        base = look.colors[0]
        second = look.colors[1] if len(look.colors) > 1 else palettes.mix(base, (0, 0, 0), 0.35)
        return (palettes.mix(base, (255, 255, 255), 0.22), base, second)
    if setting.terrain == "space":
        return rng.choice(palettes.SPACE)
    if setting.terrain == "underwater":
        return rng.choice(palettes.UNDERWATER)
    if setting.indoor:
        return palettes.walls(setting.time_of_day, rng)
    if setting.terrain == "stage":
        return ((20, 10, 24), (70, 24, 48))
    if setting.time_of_day is not None:
        return palettes.sky(setting.time_of_day, setting.weather, rng)
    if look.mood_colors:
        return look.mood_colors
    return rng.choice(palettes.PLAIN)


def _effects(setting: Setting, look: Look, *, disc_entity: bool) -> tuple[str, ...]:
    effects = list(look.effects)
    time, weather = setting.time_of_day, setting.weather
    outdoors = not setting.indoor and setting.terrain not in ("underwater", "stage")
    clear = weather in (None, "clear", "windy", "cloudy")
    if outdoors and time == "night" and weather in (None, "clear", "windy"):
        effects += ["stars"] if disc_entity else ["stars", "moon"]
    if outdoors and not disc_entity and clear and (time in SUNLIT or (time == "day" and weather == "clear")):
        effects.append("sun")
    if outdoors and weather in ("rain", "storm"):
        effects.append("rain")
    if outdoors and weather == "snow":
        effects.append("snow")
    if setting.terrain == "space":
        effects.append("stars")
    if setting.terrain == "underwater":
        effects.append("bubbles")
    if disc_entity or setting.indoor:
        effects = [e for e in effects if e not in ("sun", "moon") and (outdoors or e not in ("stars", "rain"))]
    if _peaks_hold_the_snow(setting.terrain, setting.backdrop, setting.weather is None):
        effects = [e for e in effects if e != "snow"]
    return tuple(dict.fromkeys(effects))


def _peaks_hold_the_snow(terrain: Terrain, backdrop: str, still: bool) -> bool:
    """"Snowy mountains reflected in a lake": the snow lies on the peaks; no snowfall veils the lake's mirror."""
    return still and terrain == "water" and backdrop == "mountains"


def _horizon(kind: SceneKind, camera: Camera, area: Box, rng: random.Random) -> float:
    if kind not in HORIZONS:
        return 1.0
    if camera == "top_down":
        return 0.0
    horizon = HORIZONS[kind] + rng.uniform(-0.04, 0.04)
    horizon += {"low_angle": 0.2, "wide": -0.05, "close_up": 0.06, "isometric": -0.25}.get(camera, 0.0)
    top, bottom = area[1], area[3]
    return round(min(max(horizon, top + (bottom - top) * 0.25), bottom - (bottom - top) * 0.3, 0.88), 4)


def _frame(area: Box, ratio: float, horizon: float, kind: SceneKind, terrain: Terrain, camera: Camera) -> Frame:
    top, bottom = area[1], area[3]
    height = bottom - top
    if kind in HORIZONS and camera != "top_down":
        front = bottom - height * 0.03
        shore = None
        if kind == "sea" and terrain == "sand":  # a beach: the sea over the far 42% of the ground, sand before it
            sand_line = horizon + SEA_REACH * (1 - horizon)
            scale = (sand_line - horizon) / max(front - horizon, 1e-6)
            shore = min(1.0, max(0.0, (1 - scale) / (1 - Frame.far_scale)))
        return Frame(area, ratio, horizon, front, camera=camera, shore=shore)
    virtual = top + height * 0.4
    return Frame(area, ratio, virtual if camera != "top_down" else 0.0, bottom - height * 0.03,
                 far_scale=FLAT_FAR_SCALE, camera=camera, grounded=False)


REFLECTIONS = frozenset({"reflection", "reflections", "mirror image"})


def _mirrored(scene: SceneGraph) -> bool:
    """Whether the prompt names a reflection as a thing: the world's water draws it (see `drawn_by_the_world`)."""
    return any(e.noun.lower() in REFLECTIONS for e in scene.entities)


def drawn_by_the_world(scene: SceneGraph) -> frozenset[str]:
    """Entities the world itself draws, never as a pictogram: a reflection is the water's mirror of what stands
    on it, not a looking glass; a table seen from straight above is the ground everything lies on."""
    return frozenset(e.id for e in scene.entities if e.noun.lower() in REFLECTIONS) | tops_seen_from_above(scene)


def tops_seen_from_above(scene: SceneGraph) -> frozenset[str]:
    """The table (a desk, a counter) things are on, when the camera looks straight down: its top fills the frame;
    or, in a close shot, the one table everything stands on (`close_tops`): its top is the ground."""
    if scene.camera not in ("top_down", "close_up"):
        return frozenset()
    held = {r.object for r in scene.relations if r.predicate == "on"}
    tables = [e.id for e in scene.entities if e.id in held and e.glyph is None and e.count == 1
              and e.noun.lower().split()[-1] in TABLE_FORMS]
    return frozenset(tables[:1]) if scene.camera == "top_down" else close_table_top(scene, tables)


def _seen_from_above(scene: SceneGraph) -> bool:
    return bool(tops_seen_from_above(scene))
