"""The light of a scene: sky colours, sun or moon, haze, shadows and ambient tint, by time of day and weather.

One table per time of day, then the weather moves it (greyer, darker, hazier). Everything the painters need to
agree on (the colour distance fades into, how dark contact shadows are, whether city windows are lit) is here.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace

from openbanana.engines.draft.world.fields import mix, scale
from openbanana.plan import RGB
from openbanana.scene import TimeOfDay, Weather

Ambient = tuple[float, float, float]


@dataclass(frozen=True)
class Light:
    sky: tuple[RGB, RGB, RGB]  # zenith, middle, horizon
    sun: RGB | None  # the disc's colour; None: no sun in the sky
    sun_height: float  # how high the sun or moon stands, as a fraction of the sky above the horizon
    moon: bool
    stars: float  # 0..1: how many stars show
    ambient: Ambient  # multiplies the colours of land, walls and far things
    haze: RGB  # the colour distance fades toward
    haze_strength: float  # how much the farthest things fade (0..1)
    shadow: float  # contact shadow opacity (0..1)
    band: float  # 0..1: the warm band along the horizon (sunsets)
    clouds: float  # 0..1: how much of the sky is cloud
    cloud: tuple[RGB, RGB]  # a cloud's lit top and shaded underside
    lit_windows: bool  # whether windows glow (dusk and night)
    fog: float = 0.0  # 0..1: haze rising from the ground over everything
    lightning: bool = False
    rain: float = 0.0  # 0..1: rain streaks
    snow: float = 0.0  # 0..1: falling flakes and snow lying on the ground
    wind: float = 0.0  # 0..1: how far grass bends and leaves fly


TIMES: dict[TimeOfDay, Light] = {
    "dawn": Light(((74, 86, 150), (196, 160, 190), (255, 196, 160)), (255, 226, 190), 0.08, False, 0.15,
                  (0.82, 0.78, 0.86), (226, 196, 206), 0.5, 0.35, 0.6, 0.25, ((255, 214, 214), (168, 140, 176)),
                  False),
    "morning": Light(((104, 164, 228), (168, 206, 242), (236, 238, 230)), (255, 248, 220), 0.4, False, 0.0,
                     (1.0, 0.98, 0.94), (214, 228, 240), 0.42, 0.5, 0.1, 0.3, ((255, 255, 255), (200, 212, 230)),
                     False),
    "day": Light(((52, 124, 218), (118, 178, 240), (206, 228, 246)), (255, 252, 235), 0.78, False, 0.0,
                 (1.0, 1.0, 1.0), (206, 224, 242), 0.4, 0.55, 0.0, 0.3, ((255, 255, 255), (196, 208, 228)), False),
    "afternoon": Light(((70, 134, 212), (142, 186, 232), (232, 228, 206)), (255, 244, 214), 0.5, False, 0.0,
                       (1.02, 0.99, 0.92), (222, 226, 226), 0.42, 0.55, 0.1, 0.3, ((255, 252, 244), (204, 206, 220)),
                       False),
    "golden_hour": Light(((92, 122, 186), (236, 190, 130), (255, 214, 140)), (255, 222, 150), 0.16, False, 0.0,
                         (1.08, 0.9, 0.7), (246, 208, 150), 0.5, 0.6, 0.6, 0.3, ((255, 232, 196), (206, 160, 150)),
                         False),
    "sunset": Light(((58, 60, 132), (226, 112, 100), (255, 176, 80)), (255, 196, 120), 0.03, False, 0.05,
                    (0.92, 0.7, 0.62), (240, 150, 120), 0.55, 0.5, 1.0, 0.35, ((255, 190, 150), (150, 96, 130)),
                    True),
    "dusk": Light(((24, 30, 74), (92, 74, 128), (224, 128, 110)), None, 0.0, False, 0.45,
                  (0.5, 0.48, 0.64), (110, 90, 130), 0.55, 0.2, 0.5, 0.25, ((150, 118, 156), (74, 64, 106)), True),
    "night": Light(((8, 12, 36), (18, 30, 72), (44, 62, 104)), None, 0.62, True, 1.0,
                   (0.26, 0.32, 0.48), (40, 54, 90), 0.5, 0.15, 0.0, 0.2, ((70, 80, 112), (34, 40, 64)), True),
}
# With no time given but some weather, the day's light is the starting point.
DEFAULT_TIME: TimeOfDay = "day"


def _greyed(light: Light, grey: RGB, amount: float, darker: float = 1.0) -> Light:
    """The sky moved toward a grey, the land darkened by `darker`, shadows softened with it."""
    sky = (mix(light.sky[0], grey, amount), mix(light.sky[1], grey, amount), mix(light.sky[2], grey, amount * 0.9))
    if darker != 1.0:
        sky = (scale(sky[0], darker), scale(sky[1], darker), scale(sky[2], darker))
    ambient = (light.ambient[0] * darker, light.ambient[1] * darker, light.ambient[2] * darker * 1.03)
    return replace(light, sky=sky, ambient=ambient, haze=mix(light.haze, grey, amount), band=light.band * (1 - amount))


def _weathered(light: Light, weather: Weather, dark: bool) -> Light:
    """The light under a weather; `dark` (dusk, night): clouds keep the night's colours."""
    if weather == "clear":
        return replace(light, clouds=0.0 if dark else 0.12)
    if weather == "cloudy":  # grey-bellied clouds: white ones on a blue sky had read as a fine day
        return replace(_greyed(light, (170, 180, 196), 0.45), clouds=0.72, shadow=light.shadow * 0.7,
                       cloud=((232, 235, 240), (176, 183, 196)) if not dark else light.cloud)
    if weather == "overcast":
        return replace(_greyed(light, (168, 174, 184), 0.8, 0.86), sun=None, clouds=1.0, shadow=0.18,
                       cloud=((214, 218, 226), (150, 156, 170)) if not dark else light.cloud,
                       haze_strength=min(1.0, light.haze_strength + 0.15), stars=0.0)
    if weather == "rain":
        return replace(_greyed(light, (110, 120, 134), 0.85, 0.72), sun=None, clouds=1.0, shadow=0.12, rain=1.0,
                       cloud=((150, 156, 170), (88, 94, 110)) if not dark else light.cloud, stars=0.0,
                       haze_strength=min(1.0, light.haze_strength + 0.2), moon=False)
    if weather == "storm":
        return replace(_greyed(light, (62, 68, 84), 0.9, 0.6), sun=None, clouds=1.0, shadow=0.08, rain=1.0,
                       lightning=True, cloud=((104, 110, 128), (44, 48, 62)), stars=0.0, moon=False,
                       haze_strength=min(1.0, light.haze_strength + 0.25))
    if weather == "snow":
        return replace(_greyed(light, (220, 226, 236), 0.6), sun=None, clouds=0.7,  # a pale winter sky, not grey
                       shadow=0.16, snow=1.0, stars=0.0, moon=False,
                       cloud=((244, 246, 250), (212, 218, 230)) if not dark else light.cloud)
    if weather == "fog":
        return replace(_greyed(light, (206, 210, 214) if not dark else (60, 66, 80), 0.8), sun=None, clouds=0.2,
                       shadow=0.14, fog=0.85, haze_strength=0.9, stars=0.0, moon=False)
    return replace(light, clouds=max(light.clouds, 0.45), wind=1.0)  # windy


def light_for(time_of_day: TimeOfDay | None, weather: Weather | None, effects: tuple[str, ...] = ()) -> Light:
    """The light of a scene; legacy effects ("snow", "rain", "stars", "moon") count as weather and night."""
    time = time_of_day or ("night" if {"stars", "moon"} & set(effects) else DEFAULT_TIME)
    light = TIMES[time]
    if weather is None:
        weather = "snow" if "snow" in effects else "rain" if "rain" in effects else None
    if weather is not None:
        light = _weathered(light, weather, time in ("night", "dusk"))
    return light


NEUTRAL = 0.25  # below this saturation a colour is read as black, white or grey


def kept_colour(named: RGB, lit: RGB) -> RGB:
    """A named colour under the light: the light's brightness, the colour's own hue and saturation. Black stays
    darker than a fifth, white brighter than four fifths, so the word still names what is seen."""
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in named))
    lit_v = max(lit) / 255
    if s < NEUTRAL or v < 0.2:
        s = min(s, 0.1)  # a grey part (wheels, outlines) stays grey, never a tinge of the haze's blue
        if v < 0.2:
            lit_v = min(lit_v, 0.17)
        elif v >= 0.82:
            lit_v = max(lit_v, 0.84)
    else:
        lit_v = max(lit_v, 0.6 * v)  # dimmed, never so dark that the hue turns to black or brown
    r, g, b = colorsys.hsv_to_rgb(h, s, lit_v)
    return (round(r * 255), round(g * 255), round(b * 255))
