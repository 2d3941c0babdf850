"""A stream named on the land in front of water the world paints (a lake far off, a river's band): it runs from
the water's near edge to the front through the spot it was named at — through the real rules planner and the real
draft engine, judged on the stream's ink (the pixels that change when it is left out). Drawn as ripples it had been
moved up into the painted band, away from its spot, and left no ink where it was named.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds10 import holds
from tests.unit.test_scene_fidelity_classes import ink_share, plan_of, subjects

SEEN = 0.04  # the benchmark's share of a box that must be ink for the thing to show


@pytest.mark.parametrize(("prompt", "water", "by"), [
    ("Two horses drinking from a mountain stream on a cloudy morning, rocks along the bank", "stream", "horse"),
    ("A doe drinking from a forest stream at dusk, reeds along the bank", "stream", "doe"),
    ("A bear standing beside a river in the woods, pines along the bank", "river", "bear"),
])
def test_a_stream_named_ashore_runs_through_its_spot(prompt: str, water: str, by: str) -> None:
    plan = plan_of(prompt)
    assert max(ink_share(plan, s) for s in subjects(plan, water)) >= SEEN, prompt
    assert holds(plan, by, "near", water), prompt
