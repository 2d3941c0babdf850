"""Paints the world of a scene in order: sky, lights, clouds, backdrop, ground, water mirrors, fog, weather.

`paint_world` is the one entry point; it returns the picture and what the subjects need to stand in it (the
horizon, the light, where water lies) as a `World`. The sky (or wall) and the ground are each a small field scaled
up once into their own part of the canvas, so the horizon stays crisp and no pixel is scaled twice.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from openbanana.engines.draft.background import draw_effects
from openbanana.engines.draft.word_margins import PixelBox, word_margins
from openbanana.engines.draft.world.aurora import draw_aurora
from openbanana.engines.draft.world.backdrops import BACKDROPS, View, curtains
from openbanana.engines.draft.world.clouds import draw_clouds
from openbanana.engines.draft.world.fields import to_image, work_size
from openbanana.engines.draft.world.fittings import paint_fittings
from openbanana.engines.draft.world.ground import Ground
from openbanana.engines.draft.world.light import Light, light_for
from openbanana.engines.draft.world.porch import paint_porch
from openbanana.engines.draft.world.realms import paint_space, paint_underwater
from openbanana.engines.draft.world.reflections import mirror_into
from openbanana.engines.draft.world.rock import rock_field
from openbanana.engines.draft.world.rooms import indoor, paint_decor, paint_wall, paint_window, window_box, window_light
from openbanana.engines.draft.world.shore import NOTHING_STANDS, Footing, plausible_ground, shoreline
from openbanana.engines.draft.world.sky import disc_radius, draw_disc, draw_stars, sky_field, sun_position
from openbanana.engines.draft.world.surfaces import zebra_crossing
from openbanana.engines.draft.world.terrain import surface
from openbanana.engines.draft.world.water import sea_details, sea_into, water_colors
from openbanana.engines.draft.world.weather import draw_fog, draw_lightning, draw_rain, draw_snow, draw_wind
from openbanana.plan import RGB, Background, Box

Point = tuple[float, float]
SKY_DETAIL = 480  # the long side at which the sun, moon and clouds are drawn before the sky is scaled up
SEA_DEPTH = 0.42  # how far the sea reaches toward the eye on a beach, as a fraction of the ground's height
PARTICLES = ("confetti", "sparkles", "bubbles")  # effects drawn over any world (the sky's own come from the light)


@dataclass(frozen=True)
class World:
    """A painted scene and what subjects need to stand in it."""

    image: Image.Image
    horizon: float  # where ground meets sky or wall (fraction of the height); 1.0: no ground
    light: Light
    sun: Point | None  # where the light comes from (fractions), for shadows
    water: tuple[float, float] | None  # the band (top, bottom fractions) where subjects are mirrored
    water_color: RGB
    grounded: bool  # there is a surface to cast contact shadows on


def uses_world(background: Background) -> bool:
    """Whether the plan asks for a painted world (Plan v2 fields) rather than a gradient and a ground band."""
    return (background.terrain != "none" or background.backdrop != "none" or background.time_of_day is not None
            or background.weather is not None or background.window is not None)


def paint_world(background: Background, size: tuple[int, int], rng: random.Random,
                avoid: tuple[Box, ...] = (), feet: Footing = NOTHING_STANDS, crossing: bool = False,
                porch: bool = False, sunlit_floor: bool = True, room: tuple[str, bool] = ("", False)) -> World:
    """The world's picture; `feet` are the depths into the ground (`shore.footing`) where things stand on land,
    which the water stops short of; `crossing`: a road has a pedestrian crossing painted across it; `porch`: the
    house's front closes the view behind the boards; `sunlit_floor`: the window's daylight falls on the floor (not for a
    window a thing named in the prompt stands at: its light would make the floor part of that thing's picture);
    `room`: the place a room is (a kitchen, a cafe: its wall's fittings) and whether its counter or bench is a thing
    drawn on its own."""
    width, height = size
    light = light_for(background.time_of_day, background.weather, background.effects)
    terrain, backdrop = background.terrain, background.backdrop
    if terrain in ("space", "underwater"):
        return _realm(background, size, rng)
    indoors = backdrop == "room"
    if indoors and terrain == "none":
        terrain = "floor"
    horizon = background.horizon if terrain != "none" or backdrop != "none" else 1.0
    row = min(height, max(1, round(horizon * height)))
    offset = (rng.random(), rng.random())
    sun = sun_position(light, horizon, rng, background.disc, avoid)
    plain_sky = background.time_of_day is None and background.weather is None
    image = Image.new("RGB", size)
    pixel_avoid = [(b[0] * width, b[1] * height, b[2] * width, b[3] * height) for b in avoid]
    margins = word_margins(avoid, size)  # specks (stars, rain, snow, pebbles) keep off the words
    snow = light.snow > 0 or background.season == "winter"
    window = None
    if indoors:  # the window and the decor draw on streams of their own, so that a room with or without a
        # window (one the prompt named: `wall_windows`) differs only there, and its floor is the same floor
        window_rng, decor_rng = random.Random(rng.getrandbits(32)), random.Random(rng.getrandbits(32))
        paint_wall(image, light, row, background.colors if plain_sky else (), terrain != "table")
        if background.window is not None or not plain_sky:
            window = window_box(background.window, size, row, pixel_avoid, window_rng)
            paint_window(image, light, window, sun, window_rng)
            pixel_avoid.append(window)
        place, counter = room
        if not paint_fittings(image, light, row, place, pixel_avoid, decor_rng, terrain != "table" and not counter):
            paint_decor(image, light, row, pixel_avoid, decor_rng)
    elif porch and terrain == "floor":
        pixel_avoid.append(paint_porch(image, light, row, sun, pixel_avoid, rng))
    else:
        image.paste(_sky(background, light, (width, row), horizon, sun, offset, rng, margins), (0, 0))
        if "aurora" in background.effects:
            draw_aurora(image, row, random.Random(rng.getrandbits(32)))
        draw_lightning(image, light, horizon, rng)
        view = View(image, row, light, background.season, snow, sun is None or sun[0] < 0.5)
        if backdrop in BACKDROPS:
            BACKDROPS[backdrop](view, rng)
        elif terrain == "stage":
            curtains(view, rng)
    water_color = water_colors(light, background.ground if terrain == "water" else None)[0]
    water: tuple[float, float] | None = None
    if row < height and (terrain != "none" or backdrop == "sea"):
        ground_light = replace(light, ambient=indoor(light), haze_strength=0.15, fog=0.0) if indoors else light
        ground = Ground(width, row, height - row, ground_light, background.ground, background.season,
                        snow and not indoors, 0.5, sun[0] if sun else None, offset, tuple(margins))
        water = _paint_ground(image, background, terrain, ground, water_color, feet, rng)
        if crossing and terrain == "road":
            zebra_crossing(image, ground)
        if window is not None and sunlit_floor:
            window_light(image, light, window, row)
    if not indoors:
        draw_fog(image, light, horizon, rng)
        draw_rain(image, light, rng, margins)
        draw_snow(image, light, rng, margins)
        draw_wind(image, light, horizon, background.season, rng)
    particles = {e for e in background.effects if e in PARTICLES}
    if particles:
        draw_effects(image, particles, background.colors, horizon, rng, avoid)
    return World(image, horizon, light, sun, water, water_color, terrain != "none")


def _paint_ground(image: Image.Image, background: Background, terrain: str, ground: Ground, water_color: RGB,
                  feet: Footing, rng: random.Random) -> tuple[float, float] | None:
    """The ground below the horizon: its terrain, or water with a shore in front where things stand on land (a
    beach's sea always ends at a shore). Returns the band where subjects are mirrored."""
    horizon, height = ground.top / image.height, image.height
    sea, lake = background.backdrop == "sea" and terrain != "water", terrain == "water"
    reach = shoreline(feet, SEA_DEPTH if sea else 1.0, 0.12 if sea else 0.2)
    land = "grass" if lake else terrain if terrain != "none" else "sand"
    water_base = background.ground if lake else None
    if not lake:
        ground = replace(ground, base=plausible_ground(land, background.ground))
        if sea and ground.base is None:  # the plan's ground colour was the sea's
            water_base = background.ground
    if lake and reach >= 1.0:  # nothing stands on land: water to the front edge
        field_of, details = surface("water", ground.snow)
        field = field_of(ground)
        mirror_into(field, image, ground.top, 0.8, water_color, 0.72)  # open water: a clear mirror
        _paste_field(image, field, ground)
        if details is not None:
            details(image, ground, rng)
        return (horizon, 1.0)
    if lake:
        ground = replace(ground, base=None)
    field_of, details = surface(land, ground.snow)
    if land == "stone" and background.backdrop == "mountains":  # a mountain's rock, not a square's paving
        field_of = rock_field
    field = field_of(ground)
    shore = None
    if sea or lake:
        shore = sea_into(field, ground.light, reach, rng.uniform(0, 6), water_base)
        mirror_into(field, image, ground.top, float(shore.max()), water_color, 0.35 if sea else 0.55)
    _paste_field(image, field, ground)
    if details is not None:
        details(image, ground, rng)
    if shore is None:
        return None
    if lake:  # the land's details (blades, pebbles) stay off the open water: reeds at most along the shore
        _paste_field(image, field, ground, float(shore.min()))
    sea_details(image, ground, shore, rng, water_base)
    return (horizon, horizon + ground.height * float(shore.min()) / height)


def _paste_field(image: Image.Image, field: np.ndarray, ground: Ground, reach: float = 1.0) -> None:
    """The ground's field scaled up into place; with `reach` < 1 only its far part, down to that depth."""
    scaled = to_image(field).resize((ground.width, ground.height), Image.Resampling.BILINEAR)
    rows = round(ground.height * reach)
    image.paste(scaled if rows >= ground.height else scaled.crop((0, 0, ground.width, rows)), (0, ground.top))


def _sky(background: Background, light: Light, size: tuple[int, int], horizon: float, sun: Point | None,
         offset: Point, rng: random.Random, margins: Sequence[PixelBox] = ()) -> Image.Image:
    """The sky above the horizon: its field scaled to a middling size where the sun or moon and the clouds are
    drawn (they are soft: this costs little and loses little), scaled once to the canvas; then the stars, crisp,
    wherever no cloud hides them and no word is set (`margins`)."""
    width, height = size
    plain = background.time_of_day is None and background.weather is None
    local_sun = (sun[0], sun[1] / horizon) if sun and horizon > 0 else None  # top-down: no sky to hold it
    colors = background.colors if plain and not leafy(background.colors) else ()
    field = sky_field(light, work_size(width, height), 1.0, local_sun, colors, offset)
    middle = work_size(width, height, SKY_DETAIL)
    sky = to_image(field).resize(middle, Image.Resampling.BILINEAR)
    if local_sun is not None:
        canvas_size = (width, round(height / max(horizon, 1e-3)))
        draw_disc(sky, light, local_sun, 1.0, disc_radius(light, canvas_size) * middle[0] / width)
    cover = draw_clouds(sky, light, 1.0, rng)
    sky = sky.resize(size, Image.Resampling.BILINEAR) if middle != size else sky
    draw_stars(sky, light, 1.0, rng, cover, margins)
    return sky


def _realm(background: Background, size: tuple[int, int], rng: random.Random) -> World:
    """Space or underwater: the whole canvas is one world, with no sky above a ground."""
    if background.terrain == "space":
        image = paint_space(size, rng)
        dark = Light(((4, 6, 22),) * 3, None, 0.0, False, 1.0, (0.9, 0.9, 1.0), (20, 16, 50), 0.3, 0.0, 0.0, 0.0,
                     ((60, 60, 90), (30, 30, 50)), False)
        return World(image, 1.0, dark, None, None, (0, 0, 0), False)
    floor = background.horizon if background.horizon < 0.95 else 0.8
    image = paint_underwater(size, floor, rng)
    murky = Light(((64, 176, 212), (30, 110, 160), (6, 36, 84)), None, 0.0, False, 0.0, (0.8, 0.95, 1.05),
                  (30, 110, 160), 0.7, 0.3, 0.0, 0.0, ((200, 230, 240), (120, 170, 200)), False)
    return World(image, floor, murky, None, None, (0, 0, 0), True)


def leafy(colors: tuple[RGB, ...]) -> bool:
    """Whether the colours are a leaf's green (a forest's mood): the land's colour, never an open sky's."""
    if not colors:
        return False
    r, g, b = (sum(c[i] for c in colors) / len(colors) for i in range(3))
    return g > r + 25 and g > b + 10
