"""The SafetyPolicy interface, its verdicts and ratings, and how `safetySettings` thresholds decide a block.

Scores are in [0, 1]. A score becomes Google's probability bucket (NEGLIGIBLE < 0.25 ≤ LOW < 0.5 ≤ MEDIUM < 0.75 ≤
HIGH), and a threshold blocks the buckets at and above it: BLOCK_LOW_AND_ABOVE blocks LOW, MEDIUM and HIGH;
BLOCK_MEDIUM_AND_ABOVE blocks MEDIUM and HIGH; BLOCK_ONLY_HIGH blocks HIGH; BLOCK_NONE and OFF block nothing.
Operator lists (BLOCKLIST, PROHIBITED_CONTENT, recitation, image hashes) are not thresholds: no request can turn
them off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from PIL import Image


class HarmCategory(StrEnum):
    HARASSMENT = "HARM_CATEGORY_HARASSMENT"
    HATE_SPEECH = "HARM_CATEGORY_HATE_SPEECH"
    SEXUALLY_EXPLICIT = "HARM_CATEGORY_SEXUALLY_EXPLICIT"
    DANGEROUS_CONTENT = "HARM_CATEGORY_DANGEROUS_CONTENT"
    CIVIC_INTEGRITY = "HARM_CATEGORY_CIVIC_INTEGRITY"
    JAILBREAK = "HARM_CATEGORY_JAILBREAK"
    IMAGE_HATE = "HARM_CATEGORY_IMAGE_HATE"
    IMAGE_DANGEROUS_CONTENT = "HARM_CATEGORY_IMAGE_DANGEROUS_CONTENT"
    IMAGE_HARASSMENT = "HARM_CATEGORY_IMAGE_HARASSMENT"
    IMAGE_SEXUALLY_EXPLICIT = "HARM_CATEGORY_IMAGE_SEXUALLY_EXPLICIT"


TEXT_CATEGORIES = (HarmCategory.HARASSMENT, HarmCategory.HATE_SPEECH, HarmCategory.SEXUALLY_EXPLICIT,
                   HarmCategory.DANGEROUS_CONTENT)
"""The categories a prompt is rated in, in the order Google lists them."""

IMAGE_FALLBACK = {
    HarmCategory.IMAGE_HATE: HarmCategory.HATE_SPEECH,
    HarmCategory.IMAGE_DANGEROUS_CONTENT: HarmCategory.DANGEROUS_CONTENT,
    HarmCategory.IMAGE_HARASSMENT: HarmCategory.HARASSMENT,
    HarmCategory.IMAGE_SEXUALLY_EXPLICIT: HarmCategory.SEXUALLY_EXPLICIT,
}
"""An image category without its own setting follows its text counterpart's threshold."""


class HarmProbability(StrEnum):
    NEGLIGIBLE = "NEGLIGIBLE"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"


class Threshold(StrEnum):
    UNSPECIFIED = "HARM_BLOCK_THRESHOLD_UNSPECIFIED"
    BLOCK_LOW_AND_ABOVE = "BLOCK_LOW_AND_ABOVE"
    BLOCK_MEDIUM_AND_ABOVE = "BLOCK_MEDIUM_AND_ABOVE"
    BLOCK_ONLY_HIGH = "BLOCK_ONLY_HIGH"
    BLOCK_NONE = "BLOCK_NONE"
    OFF = "OFF"


_ORDER = (HarmProbability.NEGLIGIBLE, HarmProbability.LOW, HarmProbability.MEDIUM, HarmProbability.HIGH)
_LOWEST_BLOCKED = {
    Threshold.BLOCK_LOW_AND_ABOVE: 1, Threshold.BLOCK_MEDIUM_AND_ABOVE: 2, Threshold.BLOCK_ONLY_HIGH: 3,
    Threshold.BLOCK_NONE: 4, Threshold.OFF: 4,
}


class BlockReason(StrEnum):
    """`promptFeedback.blockReason` values this server sends."""

    SAFETY = "SAFETY"
    BLOCKLIST = "BLOCKLIST"
    PROHIBITED_CONTENT = "PROHIBITED_CONTENT"


class Action(StrEnum):
    ALLOW = "ALLOW"
    BLOCK = "BLOCK"  # prompt or input image: promptFeedback.blockReason; output image: finishReason IMAGE_SAFETY
    RECITATION = "RECITATION"  # the request names protected material: finishReason IMAGE_RECITATION / RECITATION


def probability(score: float) -> HarmProbability:
    return _ORDER[min(3, max(0, int(score * 4)))]


def strictness(threshold: Threshold) -> int:
    """How many buckets a threshold blocks (0 for BLOCK_NONE/OFF, 3 for BLOCK_LOW_AND_ABOVE)."""
    return 4 - _LOWEST_BLOCKED.get(threshold, 4)


@dataclass(frozen=True)
class Thresholds:
    """The thresholds one request runs under: the request's `safetySettings` over the served model's defaults."""

    default: Threshold = Threshold.BLOCK_MEDIUM_AND_ABOVE
    per_category: Mapping[HarmCategory, Threshold] = field(default_factory=dict)

    def for_category(self, category: HarmCategory) -> Threshold:
        chosen = self.per_category.get(category)
        if chosen is None and category in IMAGE_FALLBACK:
            chosen = self.per_category.get(IMAGE_FALLBACK[category])
        return self.default if chosen is None or chosen is Threshold.UNSPECIFIED else chosen

    def blocks(self, category: HarmCategory, bucket: HarmProbability) -> bool:
        return _ORDER.index(bucket) >= _LOWEST_BLOCKED.get(self.for_category(category), 4)


@dataclass(frozen=True)
class Rating:
    """One category's rating, as `safetyRatings` carries it."""

    category: HarmCategory
    score: float
    blocked: bool = False

    @property
    def probability(self) -> HarmProbability:
        return probability(self.score)


@dataclass(frozen=True)
class Verdict:
    """What a check decided. `evidence` names what matched, for the server log only: it never reaches a client."""

    action: Action = Action.ALLOW
    reason: BlockReason | None = None
    ratings: tuple[Rating, ...] = ()
    evidence: str = ""

    @property
    def allowed(self) -> bool:
        return self.action is Action.ALLOW


ALLOW = Verdict()


def rate(scores: Mapping[HarmCategory, float], thresholds: Thresholds,
         categories: tuple[HarmCategory, ...] = TEXT_CATEGORIES) -> Verdict:
    """Classifier scores → ratings for `categories`, and a SAFETY block if any rating reaches its threshold."""
    ratings = []
    for category in categories:
        score = scores.get(category, 0.0)
        ratings.append(Rating(category, score, thresholds.blocks(category, probability(score))))
    blocked = [r for r in ratings if r.blocked]
    if not blocked:
        return Verdict(ratings=tuple(ratings))
    worst = max(blocked, key=lambda r: r.score)
    return Verdict(Action.BLOCK, BlockReason.SAFETY, tuple(ratings), f"{worst.category} scored {worst.score:.2f}")


class SafetyPolicy(Protocol):
    """What the generation flow asks of a served model's safety policy. Every method is synchronous and CPU-bound:
    callers run it off the event loop."""

    @property
    def name(self) -> str: ...

    def check_prompt(self, prompt: str, thresholds: Thresholds) -> Verdict:
        """Before planning: ALLOW, BLOCK (promptFeedback.blockReason) or RECITATION."""
        ...

    def check_input_image(self, image: Image.Image, thresholds: Thresholds) -> Verdict:
        """A reference image the user sent (or the previous model image being edited)."""
        ...

    def check_output_image(self, image: Image.Image, thresholds: Thresholds) -> Verdict:
        """An image about to leave the server; BLOCK becomes finishReason IMAGE_SAFETY."""
        ...


class PermissivePolicy:
    """No checks: for served models the operator marked `off`."""

    name = "off"

    def check_prompt(self, prompt: str, thresholds: Thresholds) -> Verdict:
        return ALLOW

    def check_input_image(self, image: Image.Image, thresholds: Thresholds) -> Verdict:
        return ALLOW

    def check_output_image(self, image: Image.Image, thresholds: Thresholds) -> Verdict:
        return ALLOW
