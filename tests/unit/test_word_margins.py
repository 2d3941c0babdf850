"""Specks kept off the words: stars, crosses of light, rain streaks and snowflakes are drawn everywhere but over a
text block and the margin round it (half its height), where a reader took them for part of the string (a star
beside a price read as "+", a rain streak through an "s" as "$"). The real drawing functions of the draft engine on
a plain canvas; the pixels outside the margins still get their weather."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from openbanana.engines.draft.background import draw_effects
from openbanana.engines.draft.word_margins import word_margins
from openbanana.engines.draft.world.ground import Ground
from openbanana.engines.draft.world.light import light_for
from openbanana.engines.draft.world.sky import draw_stars
from openbanana.engines.draft.world.terrain import PETALS, surface
from openbanana.engines.draft.world.weather import draw_rain, draw_snow

SIZE = (800, 600)
WORDS = ((0.2, 0.3, 0.8, 0.4),)  # one line of text, a tenth of the height tall
Drawer = Callable[[Image.Image, random.Random], None]

DRAWERS: dict[str, Drawer] = {
    "rain": lambda image, rng: draw_rain(image, light_for("night", "rain"), rng, word_margins(WORDS, SIZE)),
    "snow": lambda image, rng: draw_snow(image, light_for("night", "snow"), rng, word_margins(WORDS, SIZE)),
    "stars": lambda image, rng: draw_stars(image, light_for("night", None), 1.0, rng, None, word_margins(WORDS, SIZE)),
    "effects": lambda image, rng: draw_effects(image, {"stars", "rain", "snow"}, (), 1.0, rng, WORDS),
}


@pytest.mark.parametrize("name", sorted(DRAWERS))
def test_no_speck_falls_on_the_words_or_their_margin_and_the_rest_gets_its_weather(name: str) -> None:
    image = Image.new("RGB", SIZE, (40, 50, 70))
    DRAWERS[name](image, random.Random(5))
    changed = np.any(np.asarray(image) != (40, 50, 70), axis=2)
    left, top, right, bottom = WORDS[0]
    pad = (bottom - top) * SIZE[1] / 2
    margin = changed[round(top * SIZE[1] - pad):round(bottom * SIZE[1] + pad),
                     round(left * SIZE[0] - pad):round(right * SIZE[0] + pad)]
    assert not margin.any(), int(margin.sum())
    assert changed.sum() > 200, int(changed.sum())  # elsewhere the weather is drawn as before


def test_the_margin_is_half_a_blocks_height_on_every_side() -> None:
    assert word_margins(((0.5, 0.5, 0.6, 0.6),), (1000, 1000)) == [(450.0, 450.0, 650.0, 650.0)]


@pytest.mark.parametrize("terrain", ["sand", "snow", "dirt", "grass"])
def test_no_pebble_shell_glint_or_petal_lies_on_the_words_and_the_rest_of_the_ground_keeps_them(terrain: str) -> None:
    """A ground's specks near the front (a desert's shells, snow's glints, dirt's pebbles, a summer lawn's petals)
    kept off the words: one lying in an author line's word gap was read as a dot there ("Amara·Okafor")."""
    words = ((0.25, 0.82, 0.75, 0.9),)  # a name set low, over the ground's front
    _, details = surface(terrain, False)
    assert details is not None
    ground = Ground(SIZE[0], 300, 300, light_for("night", None), season="summer")
    spotted = Image.new("RGB", SIZE, (40, 50, 70))
    details(spotted, ground, random.Random(11))
    kept_off = Image.new("RGB", SIZE, (40, 50, 70))
    details(kept_off, replace(ground, margins=tuple(word_margins(words, SIZE))), random.Random(11))
    left, top, right, bottom = (round(v) for v in word_margins(words, SIZE)[0])
    inside = np.s_[max(0, top):bottom, max(0, left):right]
    near_words = np.asarray(kept_off)[inside].reshape(-1, 3)
    if terrain == "grass":  # blades are the lawn itself; only the petals are specks
        assert not np.isin(near_words, np.array(PETALS)).all(axis=1).any()
        assert np.isin(np.asarray(spotted)[inside].reshape(-1, 3), np.array(PETALS)).all(axis=1).any()
    else:
        assert (near_words == (40, 50, 70)).all()
        assert (np.asarray(spotted)[inside] != (40, 50, 70)).any()  # without margins some lay there
    assert (np.asarray(kept_off) != (40, 50, 70)).any(axis=2).sum() > 50  # the rest of the ground keeps its specks
