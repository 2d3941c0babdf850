"""Time of day and weather: a new sky where the photo has one, and the land graded to the same light.

"Make it night" puts a starry sky with a moon behind the horizon, darkens and cools the rest and keeps the photo's
own lights burning with a glow; candlelight dims it to one warm pool of light (`candle.py`); sunset and golden
hour warm the land from the sun's side; a storm or rain darkens and desaturates (rain adds streaks, a downpour many
more), snow adds flakes, fog thickens towards the horizon. Without a sky the land is still relit, and the answer
says that the sky could not be found.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, Mask, f32, feather, luma, shrink, u8
from openbanana.engines.draft.photo.candle import candlelight
from openbanana.engines.draft.photo.cold_light import frost, moonlight
from openbanana.engines.draft.photo.lamps import lamp_spots
from openbanana.engines.draft.photo.reflections import mirror_sky
from openbanana.engines.draft.photo.side_light import lamp_from_left, lamp_from_right
from openbanana.engines.draft.photo.skies import draw_sky
from openbanana.engines.draft.photo.sky import Sky, find_sky
from openbanana.engines.draft.photo.sky_lines import without_lines
from openbanana.engines.draft.photo.spotlight import spotlight

DEFAULT_HORIZON = 0.45
DAY_MIDDLE = 100.0  # the median brightness a photo made daytime is lifted to, where it is darker
GLOW = (255, 168, 72)  # the colour a low sun washes over what it lights


@dataclass(frozen=True)
class Relit:
    rgb: U8
    sky_found: bool


def replace_sky(rgb: U8, name: str, rng: random.Random, sky: Sky | None = None) -> U8 | None:
    """The photo with its sky swapped for the drawn sky `name`, mirrored in its water; None when it has no sky."""
    sky = sky or find_sky(rgb)
    if sky is None:
        return None
    drawn, _ = draw_sky(name, rgb.shape[1], rgb.shape[0], sky.horizon, rng, sky.mask)
    return mirror_sky(_composite(rgb.astype(np.float32), drawn, without_lines(rgb, sky.mask)), rgb, sky)


def relight(rgb: U8, name: str, rng: random.Random, sky_name: str = "") -> Relit:
    """The photo in the light `name`; "night+rain" is a weather at a time of day (see `_weather_at`). `sky_name` is
    a sky asked for with the light ("daytime with a blue sky"), drawn in place of the light's own."""
    time, _, weather = name.rpartition("+")
    look = LOOKS.get(weather, LOOKS["day"])
    wanted = sky_name or look.sky
    sky = find_sky(rgb)
    height, width = rgb.shape[:2]
    horizon = sky.horizon if sky is not None else np.full(width, DEFAULT_HORIZON, np.float32)
    land = rgb.astype(np.float32)
    sun = (rng.choice((0.1, 0.9)), DEFAULT_HORIZON * 0.7)  # no sky to show it: low, off to one side
    if wanted and sky is not None:
        drawn, sun = draw_sky(wanted, width, height, horizon, rng, sky.mask)
    if time in LOOKS:
        if wanted and sky is not None:
            land = f32(_composite(land, drawn, without_lines(rgb, sky.mask)))
        return Relit(u8(_weather_at(land, rgb, LOOKS[time], weather, sun, horizon, rng) + 0.5),
                     sky is not None or not wanted)
    land = look.grade(land, rgb, sun, horizon, rng)
    if wanted and sky is not None:
        out = _composite(land, drawn, without_lines(rgb, sky.mask))
        return Relit(mirror_sky(out, rgb, sky) if sky_name else out, True)  # the asked sky in its water, as a swap
    return Relit(u8(land + 0.5), sky is not None or not wanted)


def _weather_at(image: F32, rgb: U8, time: Look, weather: str, sun: tuple[float, float], horizon: F32,
                rng: random.Random) -> F32:
    """A weather at a time of day ("a rainy night", "a snowy evening"): the weather's sky (already in `image`) and
    its tone, then the time's light over all of it, sky included, then the falling rain or snow on top, so that the
    night does not put out the streaks it is asked to show."""
    if weather in ("storm", "fog", "overcast"):
        image = LOOKS[weather].grade(image, rgb, sun, horizon, rng)
    lit = time.grade(image, rgb, sun, horizon, rng)
    if weather in ("rain", "heavy_rain"):
        heavy = weather == "heavy_rain"
        return _streaks(lit, rng, length=0.09 if heavy else 0.06, angle=rng.uniform(-12, 12),
                        alpha=0.42 if heavy else 0.3, count=2700 if heavy else 1100)
    return _flakes(lit, rng) if weather == "snow" else lit


def _composite(land: F32, sky: F32, mask: Mask) -> U8:
    alpha = feather(mask, max(0.7, mask.shape[1] / 1600))[..., None]
    return u8(land * (1 - alpha) + sky * alpha + 0.5)


Grade = Callable[[F32, U8, tuple[float, float], F32, random.Random], F32]


def _saturation(image: F32, amount: float) -> F32:
    gray = luma(image)
    return np.asarray(gray[..., None] + (image - gray[..., None]) * amount, np.float32)


def _tone(image: F32, gain: tuple[float, float, float], lift: tuple[float, float, float] = (0, 0, 0),
          contrast: float = 1.0) -> F32:
    out = (image - 128) * contrast + 128
    return np.asarray(out * np.asarray(gain, np.float32) + np.asarray(lift, np.float32), np.float32)


def _night(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    dark = _tone(_saturation(land, 0.45), (0.26, 0.3, 0.42), (4, 7, 18))
    return dark + _lights(rgb)


def _lights(rgb: U8) -> F32:
    """The photo's own lights (small, very bright spots), kept lit and given a warm glow for the night."""
    small = shrink(rgb, 512).astype(np.float32)
    bright = lamp_spots(small)
    area = float(bright.mean())
    if area == 0 or area > 0.08:  # nothing lit, or a bright sky or wall rather than lamps
        return np.zeros(rgb.shape, np.float32)
    warm = np.asarray([255, 196, 120], np.float32)
    halo = cv2.GaussianBlur(bright, (0, 0), max(2.0, small.shape[1] / 90))
    glow = (halo[..., None] * 1.6) * warm + bright[..., None] * small * 0.6
    return np.asarray(cv2.resize(glow, (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_LINEAR), np.float32)


def _warm_light(strength: float, gain: tuple[float, float, float], lift: tuple[float, float, float]) -> Grade:
    def grade(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
        """Warmer overall, lit from the low sun's side and falling into shade across the picture, with the sun's
        glow washing in from that side (screen-blended, so highlights bloom rather than clip)."""
        height, width = land.shape[:2]
        toned = _tone(_saturation(land, 1.1), gain, lift, 1.08)
        xs = np.arange(width, dtype=np.float32) / width
        side = np.exp(-np.abs(xs - sun[0]) / 0.45)[None, :, None]  # brighter and warmer on the sun's side
        ys = np.arange(height, dtype=np.float32)[:, None, None] / height
        lit = toned * (0.7 + strength * 1.4 * side * (1.2 - ys * 0.4))
        glow = np.float32(strength * 1.6) * side**2 * np.asarray(GLOW, np.float32) / 255
        return np.asarray(lit + (255 - np.clip(lit, 0, 255)) * glow, np.float32)

    return grade


def _storm(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    return _tone(_saturation(land, 0.55), (0.66, 0.7, 0.78), (0, 2, 8), 1.18)


def _rain(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    wet = _tone(_saturation(land, 0.65), (0.74, 0.78, 0.86), (4, 6, 12), 1.1)
    return _streaks(wet, rng, length=0.05, angle=rng.uniform(-12, 12), alpha=0.22, count=900)


def _heavy_rain(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """A downpour: darker and wetter than rain, with three times the streaks, longer and brighter, so that "heavy
    rain" is seen at a glance and not only in the photo's light."""
    wet = _tone(_saturation(land, 0.55), (0.66, 0.7, 0.78), (6, 8, 14), 1.12)
    return _streaks(wet, rng, length=0.09, angle=rng.uniform(-12, 12), alpha=0.42, count=2700)


def _snow(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    cold = _tone(_saturation(land, 0.7), (0.96, 1.0, 1.08), (14, 16, 22), 0.92)
    return _flakes(cold, rng)


def _fog(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """Fog thickening towards the horizon: the far land softened and veiled, the near land clearer."""
    height, width = land.shape[:2]
    ys = np.arange(height, dtype=np.float32)[:, None] / np.float32(height)
    level = horizon[None, :].astype(np.float32)
    depth = np.clip(1 - (ys - level) / np.maximum(1 - level, np.float32(0.2)), 0, 1)[..., None]
    half = cv2.resize(land, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    blurred = f32(cv2.resize(cv2.GaussianBlur(half, (0, 0), max(1.0, width / 800)), (width, height)))
    fog_color = np.asarray([214, 218, 222], np.float32)
    amount = np.float32(0.3) + np.float32(0.5) * depth ** np.float32(1.5)
    soft = land + (blurred - land) * depth
    return f32(soft + (fog_color - soft) * amount)


def _day(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """Clearer and brighter; a dark photo (a night shot made daytime) is first lifted to a day's exposure, or its
    land stayed night-dark under the new blue sky."""
    middle = float(np.median(luma(land)))
    if 8 < middle < DAY_MIDDLE:
        land = np.asarray(255 * np.clip(land / 255, 0, 1) ** max(0.5, math.log(DAY_MIDDLE / 255) /
                                                                  math.log(middle / 255)), np.float32)
    return _tone(_saturation(land, 1.12), (1.08, 1.07, 1.04), (6, 6, 6), 1.04)


def _overcast(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    return _tone(_saturation(land, 0.75), (0.9, 0.92, 0.96), (8, 8, 10), 0.9)


def _streaks(image: F32, rng: random.Random, length: float, angle: float, alpha: float, count: int) -> F32:
    height, width = image.shape[:2]
    layer = np.zeros((height, width), np.float32)
    dx, dy = math.sin(math.radians(angle)), math.cos(math.radians(angle))
    thickness = max(1, round(width / 1400))
    scale = width * height / 1_000_000
    for _ in range(int(count * max(0.3, scale))):
        x, y = rng.uniform(-0.1, 1.1) * width, rng.uniform(-0.1, 1.0) * height
        size = length * height * rng.uniform(0.5, 1.2)
        cv2.line(layer, (round(x), round(y)), (round(x + dx * size), round(y + dy * size)), rng.uniform(0.4, 1.0),
                 thickness, cv2.LINE_AA)
    layer = f32(cv2.GaussianBlur(layer, (0, 0), max(0.6, width / 2000)))
    return np.asarray(image + (np.asarray([220, 226, 236], np.float32) - image) * (layer * alpha)[..., None],
                      np.float32)


def _flakes(image: F32, rng: random.Random) -> F32:
    height, width = image.shape[:2]
    layer = np.zeros((height, width), np.float32)
    unit = max(1.0, width / 500)
    for _ in range(int(500 * max(0.4, width * height / 1_000_000))):
        radius = max(1, round(unit * rng.uniform(0.5, 2.2)))
        cv2.circle(layer, (rng.randrange(width), rng.randrange(height)), radius, rng.uniform(0.6, 1.0), -1,
                   cv2.LINE_AA)
    layer = f32(cv2.GaussianBlur(layer, (0, 0), max(0.7, unit * 0.6)))
    return np.asarray(image + (255 - image) * np.clip(layer, 0, 1)[..., None] * 0.9, np.float32)


@dataclass(frozen=True)
class Look:
    sky: str  # the drawn sky that goes with it; "" keeps the photo's own
    grade: Grade


LOOKS: dict[str, Look] = {
    "night": Look("night", _night),
    "golden_hour": Look("golden_hour", _warm_light(0.28, (1.06, 0.9, 0.7), (10, 4, 0))),
    "sunset": Look("sunset", _warm_light(0.22, (1.02, 0.8, 0.66), (14, 2, 12))),
    "dusk": Look("sunset", _warm_light(0.1, (0.78, 0.66, 0.66), (10, 4, 18))),
    "dawn": Look("dawn", _warm_light(0.18, (1.0, 0.9, 0.86), (12, 8, 14))),
    "storm": Look("storm", _storm),
    "rain": Look("storm", _rain),
    "heavy_rain": Look("storm", _heavy_rain),
    "snow": Look("overcast", _snow),
    "fog": Look("", _fog),
    "overcast": Look("overcast", _overcast),
    "day": Look("clear", _day),
    "candlelight": Look("", candlelight),
    "moonlight": Look("night", moonlight),
    "frost": Look("clear", frost),
    "spotlight": Look("", spotlight),
    "lamp_left": Look("", lamp_from_left),
    "lamp_right": Look("", lamp_from_right),
}
