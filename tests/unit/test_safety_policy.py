"""Scores → probability buckets → blocks under each safetySettings threshold; per-model profiles."""

from __future__ import annotations

import pytest

from openbanana.safety.policy import (
    Action,
    BlockReason,
    HarmCategory,
    HarmProbability,
    PermissivePolicy,
    Thresholds,
    probability,
    rate,
)
from openbanana.safety.policy import Threshold as T
from openbanana.safety.profiles import ServedPolicy

SEXUAL = HarmCategory.SEXUALLY_EXPLICIT


@pytest.mark.parametrize(("score", "bucket"), [
    (0.0, HarmProbability.NEGLIGIBLE), (0.24, HarmProbability.NEGLIGIBLE), (0.25, HarmProbability.LOW),
    (0.49, HarmProbability.LOW), (0.5, HarmProbability.MEDIUM), (0.74, HarmProbability.MEDIUM),
    (0.75, HarmProbability.HIGH), (1.0, HarmProbability.HIGH),
])
def test_score_to_probability(score: float, bucket: HarmProbability) -> None:
    assert probability(score) is bucket


@pytest.mark.parametrize(("threshold", "blocked_buckets"), [
    (T.BLOCK_LOW_AND_ABOVE, {"LOW", "MEDIUM", "HIGH"}),
    (T.BLOCK_MEDIUM_AND_ABOVE, {"MEDIUM", "HIGH"}),
    (T.BLOCK_ONLY_HIGH, {"HIGH"}),
    (T.BLOCK_NONE, set()),
    (T.OFF, set()),
])
def test_each_threshold_blocks_its_buckets(threshold: T, blocked_buckets: set[str]) -> None:
    thresholds = Thresholds(T.BLOCK_MEDIUM_AND_ABOVE, {SEXUAL: threshold})
    assert {b.value for b in HarmProbability if thresholds.blocks(SEXUAL, b)} == blocked_buckets


def test_unspecified_and_unset_categories_follow_the_default() -> None:
    thresholds = Thresholds(T.BLOCK_ONLY_HIGH, {SEXUAL: T.UNSPECIFIED})
    assert thresholds.for_category(SEXUAL) is T.BLOCK_ONLY_HIGH
    assert thresholds.for_category(HarmCategory.HATE_SPEECH) is T.BLOCK_ONLY_HIGH


def test_image_categories_fall_back_to_their_text_counterpart() -> None:
    thresholds = Thresholds(T.BLOCK_MEDIUM_AND_ABOVE, {SEXUAL: T.BLOCK_NONE})
    assert thresholds.for_category(HarmCategory.IMAGE_SEXUALLY_EXPLICIT) is T.BLOCK_NONE
    own = Thresholds(T.BLOCK_MEDIUM_AND_ABOVE, {SEXUAL: T.BLOCK_NONE,
                                                HarmCategory.IMAGE_SEXUALLY_EXPLICIT: T.BLOCK_LOW_AND_ABOVE})
    assert own.for_category(HarmCategory.IMAGE_SEXUALLY_EXPLICIT) is T.BLOCK_LOW_AND_ABOVE


def test_rate_reports_every_text_category_and_blocks_with_safety() -> None:
    verdict = rate({SEXUAL: 0.6, HarmCategory.HARASSMENT: 0.3}, Thresholds())
    assert verdict.action is Action.BLOCK and verdict.reason is BlockReason.SAFETY
    assert [(r.category, r.probability, r.blocked) for r in verdict.ratings] == [
        (HarmCategory.HARASSMENT, HarmProbability.LOW, False),
        (HarmCategory.HATE_SPEECH, HarmProbability.NEGLIGIBLE, False),
        (SEXUAL, HarmProbability.MEDIUM, True),
        (HarmCategory.DANGEROUS_CONTENT, HarmProbability.NEGLIGIBLE, False),
    ]
    assert rate({SEXUAL: 0.6}, Thresholds(T.BLOCK_ONLY_HIGH)).allowed


def test_standard_profile_honours_any_requested_threshold() -> None:
    served = ServedPolicy(PermissivePolicy(), T.BLOCK_MEDIUM_AND_ABOVE)
    assert served.thresholds({SEXUAL: T.BLOCK_NONE}).for_category(SEXUAL) is T.BLOCK_NONE
    assert served.thresholds({SEXUAL: T.BLOCK_LOW_AND_ABOVE}).for_category(SEXUAL) is T.BLOCK_LOW_AND_ABOVE


def test_strict_profile_ignores_requests_to_loosen() -> None:
    served = ServedPolicy(PermissivePolicy(), T.BLOCK_LOW_AND_ABOVE, T.BLOCK_LOW_AND_ABOVE)
    for requested in (T.BLOCK_NONE, T.OFF, T.BLOCK_ONLY_HIGH, T.BLOCK_MEDIUM_AND_ABOVE):
        assert served.thresholds({SEXUAL: requested}).for_category(SEXUAL) is T.BLOCK_LOW_AND_ABOVE
