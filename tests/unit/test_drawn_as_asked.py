"""Regressions for what a person sees first in everyday prompts (bench/data/eyes_dev.jsonl), each through the real
rules planner and the real draft engine: the Plan says it, and the pixels show it.

1. A colour that belongs to a thing ("a red blanket", "a red barn") is not painted over the whole sky.
2. A hot-air balloon is drawn as one (a big striped envelope over a basket), not as a party balloon.
"""

from __future__ import annotations

import numpy as np

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Plan
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
