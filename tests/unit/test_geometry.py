"""The one box-overlap test the planner and the draft engine share: edges that only touch never count as meeting, and
the area two boxes share is zero exactly when they do not meet."""

from __future__ import annotations

import pytest

from openbanana.geometry import Box, enclosing, intersection_area, overlaps, widened

UNIT: Box = (0.0, 0.0, 1.0, 1.0)


@pytest.mark.parametrize("other", [
    (0.5, 0.5, 1.5, 1.5),  # a corner inside
    (0.25, 0.25, 0.75, 0.75),  # wholly inside
    (-1.0, 0.4, 2.0, 0.6),  # a band across it
])
def test_boxes_sharing_area_overlap_either_way_round(other: Box) -> None:
    assert overlaps(UNIT, other) and overlaps(other, UNIT)


@pytest.mark.parametrize("other", [
    (1.0, 0.0, 2.0, 1.0),  # touching along the right edge
    (0.0, 1.0, 1.0, 2.0),  # touching along the bottom edge
    (1.0, 1.0, 2.0, 2.0),  # touching at a corner
    (0.2, 1.5, 0.8, 2.0),  # below, overlapping in x only
    (1.5, 0.2, 2.0, 0.8),  # beside, overlapping in y only
])
def test_boxes_that_only_touch_or_lie_apart_do_not(other: Box) -> None:
    assert not overlaps(UNIT, other) and not overlaps(other, UNIT)


def test_widened_grows_each_side_by_its_reach() -> None:
    assert widened((10.0, 20.0, 30.0, 40.0), 5.0) == (5.0, 20.0, 35.0, 40.0)
    assert widened((10.0, 20.0, 30.0, 40.0), 5.0, 2.0) == (5.0, 18.0, 35.0, 42.0)


def test_a_thing_within_reach_meets_the_widened_box_only() -> None:
    """How the draft engine finds the tool set down beside a person: it meets the person's box widened sideways."""
    person: Box = (100.0, 50.0, 140.0, 200.0)
    tool: Box = (150.0, 120.0, 170.0, 140.0)  # 10 px to the right of the person
    assert not overlaps(tool, person)
    assert overlaps(tool, widened(person, 20.0))
    assert not overlaps(tool, widened(person, 10.0))  # exactly at the reach's edge: touching is not meeting


@pytest.mark.parametrize(("other", "area"), [
    ((0.5, 0.5, 1.5, 1.5), 0.25),  # a corner inside
    ((0.25, 0.25, 0.75, 0.75), 0.25),  # wholly inside
    ((-1.0, 0.4, 2.0, 0.6), 0.2),  # a band across it
    ((1.0, 0.0, 2.0, 1.0), 0.0),  # touching along an edge
    ((1.5, 0.2, 2.0, 0.8), 0.0),  # apart
])
def test_the_shared_area_is_the_same_either_way_round_and_zero_when_apart(other: Box, area: float) -> None:
    assert intersection_area(UNIT, other) == pytest.approx(area)
    assert intersection_area(other, UNIT) == pytest.approx(area)
    assert (intersection_area(UNIT, other) > 0) == overlaps(UNIT, other)


def test_the_enclosing_box_holds_every_box_in_their_own_unit() -> None:
    assert enclosing([(0.2, 0.5, 0.4, 0.9), (0.1, 0.6, 0.3, 0.7)]) == (0.1, 0.5, 0.4, 0.9)
    assert enclosing([(10, 20, 30, 40)]) == (10, 20, 30, 40)  # pixels stay whole numbers
