"""Things drawn in the colour everyone pictures, or the one their own part was asked in, through the real planner and
the real draft engine, judged by the benchmark's own colour classes on the thing's ink (sentences written for these
tests, none from a prompt set):

- a goldfish or a clownfish is orange and a sunflower yellow though no colour is named (their pictograms are a
  yellow-and-blue fish and an amber flower); a colour the prompt names still wins;
- a watch's strap is the watch's own part: "a smartwatch with a red band" is a red watch, no separate strap.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.unit.test_scene_fidelity_classes import SIZE, entity, plan_of, render, subjects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks  # type: ignore[import-not-found]  # the benchmark's own colour classes


def ink_colour(prompt: str, noun: str, colour: str) -> bool:
    """Whether the thing's ink (what changes when its subjects are left out) shows the colour, as the benchmark
    judges it."""
    plan = plan_of(prompt)
    drawn = subjects(plan, noun)
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s not in drawn))
    picture = render(plan)
    changed = np.abs(picture - render(without)).max(axis=2) > 28
    boxes = np.zeros_like(changed)
    for s in drawn:
        x0, y0, x1, y1 = (round(v * SIZE) for v in s.box)
        boxes[y0:y1, x0:x1] = True
    pixels = picture[changed & boxes].astype(np.uint8)
    return bool(scene_checks.color_bound(pixels, colour).bound)


@pytest.mark.parametrize(("prompt", "noun", "colour"), [
    ("A goldfish circling a tiny castle in a tank", "goldfish", "orange"),
    ("A clownfish peeking out of the coral", "clownfish", "orange"),
    ("A boy holding a sunflower taller than himself", "sunflower", "yellow"),
    ("A smartwatch with a red band lying on a bedside table", "smartwatch", "red"),
    ("A blue goldfish in a bowl", "goldfish", "blue"),  # the colour asked wins
])
def test_the_thing_is_drawn_in_its_colour(prompt: str, noun: str, colour: str) -> None:
    assert ink_colour(prompt, noun, colour)


def test_a_watchs_band_is_no_thing_of_its_own() -> None:
    plan = plan_of("A smartwatch with a red band lying on a bedside table")
    assert entity(plan, "smartwatch").color_name == "red"
    assert not any(e.noun in ("band", "strap") for e in plan.scene.entities)
