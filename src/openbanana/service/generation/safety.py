"""Safety decisions → Gemini's answers (HTTP 200, never errors): promptFeedback, IMAGE_SAFETY, IMAGE_RECITATION.

    prompt or input image blocked  {"promptFeedback": {"blockReason", "safetyRatings"}, "usageMetadata"} (no candidates)
    output image blocked           candidate {"finishReason": "IMAGE_SAFETY", "finishMessage"}, no image, not charged
    protected material named       candidate {"finishReason": "IMAGE_RECITATION" (or "RECITATION" for TEXT-only)}

A withheld candidate's content is `{}` in a unary answer, as Google sends it, and `{"role": "model"}` in a stream.
Either way the official SDKs' chats see an invalid turn and keep it out of the curated history.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PIL import Image

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.generate import SafetySetting
from openbanana.protocol.responses import Candidate, PromptFeedback, SafetyRatingOut
from openbanana.safety.policy import Action, HarmCategory, Rating, SafetyPolicy, Threshold, Thresholds, Verdict

log = logging.getLogger("openbanana.safety")

IMAGE_SAFETY_MESSAGE = (
    "Unable to show the generated image. The image was filtered out because it violated this server's safety "
    "policy. You will not be charged for blocked images. Try rephrasing the prompt."
)
RECITATION_MESSAGE = (
    "Unable to generate this request: it asks to reproduce protected material (a work, character or brand on this "
    "server's recitation list). You will not be charged. Try describing an original subject instead."
)
WITHHELD = frozenset({"IMAGE_SAFETY", "IMAGE_RECITATION", "RECITATION"})
"""Finish reasons whose candidate carries no content."""

_SETTABLE = tuple(c.value for c in HarmCategory)
_THRESHOLDS = tuple(t.value for t in Threshold)


def requested_thresholds(settings: Sequence[SafetySetting] | None) -> dict[HarmCategory, Threshold]:
    """`safetySettings` → {category: threshold}; an unknown name is a 400, as Google answers it."""
    chosen: dict[HarmCategory, Threshold] = {}
    for index, setting in enumerate(settings or ()):
        if setting.category not in _SETTABLE:
            raise InvalidArgumentError(
                f"Invalid value at 'safety_settings[{index}].category' ({setting.category!r}); "
                f"use one of {', '.join(_SETTABLE)}.",
                field=f"safety_settings[{index}].category",
            )
        threshold = setting.threshold or Threshold.UNSPECIFIED.value
        if threshold not in _THRESHOLDS:
            raise InvalidArgumentError(
                f"Invalid value at 'safety_settings[{index}].threshold' ({threshold!r}); "
                f"use one of {', '.join(_THRESHOLDS)}.",
                field=f"safety_settings[{index}].threshold",
            )
        chosen[HarmCategory(setting.category)] = Threshold(threshold)
    return chosen


def screen_inputs(policy: SafetyPolicy, prompt: str, images: Sequence[Image.Image], thresholds: Thresholds,
                  response_id: str) -> Verdict:
    """The prompt, then each reference image; the first verdict that is not ALLOW decides."""
    verdict = policy.check_prompt(prompt, thresholds)
    if verdict.allowed:
        for image in images:
            checked = policy.check_input_image(image, thresholds)
            if not checked.allowed:
                verdict = Verdict(checked.action, checked.reason, checked.ratings or verdict.ratings,
                                  f"input image: {checked.evidence}")
                break
    if not verdict.allowed:
        log.info("safety %s %s (%s) response=%s", verdict.action.value.lower(), verdict.reason or "",
                 verdict.evidence, response_id)
    return verdict


def check_output(policy: SafetyPolicy, image: Image.Image, thresholds: Thresholds, response_id: str) -> Verdict:
    verdict = policy.check_output_image(image, thresholds)
    if not verdict.allowed:
        log.info("safety withheld an image (%s) response=%s", verdict.evidence, response_id)
    return verdict


def ratings_out(ratings: Sequence[Rating]) -> list[SafetyRatingOut]:
    out: list[SafetyRatingOut] = []
    for rating in ratings:
        item: SafetyRatingOut = {"category": rating.category.value, "probability": rating.probability.value}
        if rating.blocked:
            item["blocked"] = True
        out.append(item)
    return out


def prompt_feedback(verdict: Verdict) -> PromptFeedback:
    feedback: PromptFeedback = {"blockReason": str(verdict.reason or "OTHER")}
    if verdict.ratings:
        feedback["safetyRatings"] = ratings_out(verdict.ratings)
    return feedback


def withheld_candidate(verdict: Verdict, *, want_image: bool) -> Candidate:
    """The final candidate of a request whose image (or whole answer) is withheld; content is set by the caller."""
    if verdict.action is Action.RECITATION:
        reason, message = ("IMAGE_RECITATION" if want_image else "RECITATION"), RECITATION_MESSAGE
    else:
        reason, message = "IMAGE_SAFETY", IMAGE_SAFETY_MESSAGE
    candidate: Candidate = {"content": {"role": "model"}, "finishReason": reason, "finishMessage": message,
                            "index": 0}
    if verdict.ratings:
        candidate["safetyRatings"] = ratings_out(verdict.ratings)
    return candidate
