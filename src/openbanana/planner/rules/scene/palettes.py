"""The colours of the world: skies by time of day (a few variants each, picked by the seed), weather over them,
grounds by terrain, season and light, and the walls and floors of rooms."""

from __future__ import annotations

import random

from openbanana.plan import RGB
from openbanana.scene import Season, Terrain, TimeOfDay, Weather

Stops = tuple[RGB, ...]

SKIES: dict[TimeOfDay, tuple[Stops, ...]] = {
    "dawn": (((70, 80, 140), (225, 150, 165), (255, 205, 170)), ((95, 110, 170), (240, 170, 180), (255, 225, 190))),
    "morning": (((110, 175, 240), (190, 222, 250), (235, 242, 245)), ((125, 185, 240), (210, 232, 250))),
    "day": (((70, 150, 235), (150, 200, 248), (205, 230, 252)), ((90, 165, 240), (200, 230, 255)),
            ((55, 135, 225), (165, 210, 245))),
    "afternoon": (((85, 155, 230), (190, 215, 240), (240, 232, 205)), ((100, 165, 232), (225, 230, 225))),
    "golden_hour": (((105, 145, 205), (245, 195, 125), (255, 170, 85)), ((120, 150, 200), (250, 205, 140))),
    "sunset": (((60, 50, 120), (225, 100, 95), (255, 170, 90)), ((40, 40, 110), (200, 80, 120), (255, 150, 80)),
               ((85, 60, 140), (245, 120, 90), (255, 200, 120))),
    "dusk": (((25, 30, 80), (105, 70, 130), (225, 130, 115)), ((20, 25, 70), (80, 70, 140), (200, 120, 140))),
    "night": (((5, 10, 35), (20, 30, 75)), ((14, 8, 46), (62, 40, 112)), ((2, 14, 30), (12, 56, 86))),
}
WEATHER_VEIL: dict[Weather, tuple[RGB, float]] = {  # a colour laid over the sky, and how much
    "cloudy": ((175, 185, 200), 0.35), "overcast": ((160, 165, 175), 0.65), "rain": ((120, 128, 140), 0.6),
    "storm": ((55, 60, 75), 0.7), "snow": ((220, 225, 235), 0.55), "fog": ((212, 214, 218), 0.7),
    "windy": ((190, 205, 220), 0.15), "clear": ((255, 255, 255), 0.0),
}
GROUNDS: dict[Terrain, tuple[RGB, ...]] = {
    "grass": ((95, 160, 70), (110, 172, 80), (86, 150, 64)), "sand": ((230, 205, 150), (238, 214, 165)),
    "snow": ((238, 243, 250),), "road": ((92, 92, 102), (80, 82, 92)), "water": ((30, 110, 170), (25, 120, 165)),
    "floor": ((176, 140, 100), (150, 110, 75), (196, 170, 135)), "table": ((150, 100, 64), (178, 128, 84)),
    "stone": ((150, 150, 155), (165, 160, 150)), "dirt": ((140, 100, 65), (120, 90, 60)), "stage": ((45, 30, 36),),
}
SEASON_TINT: dict[Season, tuple[RGB, float]] = {
    "autumn": ((195, 125, 45), 0.45), "spring": ((140, 200, 90), 0.3), "summer": ((80, 165, 50), 0.15),
    "winter": ((225, 230, 240), 0.55),
}
NIGHT_SHADE: dict[TimeOfDay, tuple[RGB, float]] = {
    "night": ((10, 15, 40), 0.6), "dusk": ((40, 30, 70), 0.4), "sunset": ((120, 60, 60), 0.25),
    "dawn": ((90, 70, 110), 0.2), "golden_hour": ((200, 130, 60), 0.15),
}
WALLS: tuple[Stops, ...] = (((240, 232, 220), (222, 210, 196)), ((228, 236, 240), (206, 216, 224)),
                            ((238, 228, 236), (216, 204, 214)), ((228, 236, 226), (206, 218, 204)))
UNDERWATER: tuple[Stops, ...] = (((20, 140, 200), (5, 40, 90)), ((30, 150, 190), (8, 55, 100)))
SPACE: tuple[Stops, ...] = (((0, 0, 10), (30, 10, 60)), ((5, 0, 20), (15, 20, 60)))
PLAIN: tuple[Stops, ...] = (((236, 242, 255), (200, 214, 240)), ((255, 244, 230), (245, 215, 190)),
                            ((235, 248, 240), (200, 228, 214)), ((245, 238, 255), (215, 205, 240)))


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def sky(time: TimeOfDay, weather: Weather | None, rng: random.Random) -> Stops:
    """The sky from the top down to the horizon (whose colour is repeated, so it reaches the horizon line)."""
    stops = rng.choice(SKIES[time])
    if weather in WEATHER_VEIL:
        veil, amount = WEATHER_VEIL[weather]
        if time == "night":
            amount *= 0.35
        stops = tuple(mix(c, veil, amount) for c in stops)
    return (*stops, stops[-1])


def ground(terrain: Terrain, season: Season | None, time: TimeOfDay | None, rng: random.Random) -> RGB | None:
    """The colour of the ground, tinted by the season (grass, dirt) and darkened by the light of the hour."""
    if terrain not in GROUNDS:
        return None
    color = rng.choice(GROUNDS[terrain])
    if season in SEASON_TINT and terrain in ("grass", "dirt"):
        tint, amount = SEASON_TINT[season]
        color = mix(color, tint, amount)
    if time in NIGHT_SHADE and terrain not in ("floor", "table", "stage"):
        shade, amount = NIGHT_SHADE[time]
        color = mix(color, shade, amount)
    return color


def walls(time: TimeOfDay | None, rng: random.Random) -> Stops:
    stops = rng.choice(WALLS)
    if time in ("night", "dusk"):
        stops = tuple(mix(c, (45, 40, 60), 0.45) for c in stops)
    return stops
