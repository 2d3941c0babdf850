"""Safety decisions → Gemini's answers (HTTP 200, never errors), in one of three shapes (`SafetyAnswers`):

    case                           seed (default)                    image-reasons          google-live
    prompt or input image blocked  promptFeedback + candidates[0]    as seed                promptFeedback only
                                   (SAFETY, BLOCKLIST or                                    (no candidates)
                                   PROHIBITED_CONTENT, no parts)
    output image withheld          candidate finishReason SAFETY     IMAGE_SAFETY           IMAGE_SAFETY
    protected material             RECITATION                        IMAGE_RECITATION       IMAGE_RECITATION

`seed` is what the API reference's own error check (`candidates[0].finish_reason == "SAFETY"` / `"RECITATION"`)
reads; `google-live` is what Google's service sends today. A withheld candidate's content is `{}` in a unary answer,
as Google sends it, and `{"role": "model"}` in a stream: either way the official SDKs' chats see an invalid turn and
keep it out of the curated history. A text-only request's recitation is RECITATION in every shape.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

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
    "Unable to generate this request: it asks to reproduce protected material (a long protected text verbatim, or a "
    "work, character or brand on this server's recitation list). You will not be charged. Try describing an "
    "original subject, or quote a short line instead."
)
PROMPT_BLOCKED_MESSAGE = (
    "The prompt was blocked by this server's safety policy (see promptFeedback); nothing was generated and you will "
    "not be charged. Try rephrasing the prompt."
)
WITHHELD = frozenset({"IMAGE_SAFETY", "IMAGE_RECITATION", "RECITATION", "SAFETY", "BLOCKLIST", "PROHIBITED_CONTENT"})
"""Finish reasons whose candidate carries no content."""


class SafetyAnswers(StrEnum):
    """Which finish reasons and shapes safety answers take (the table above; docs/api.md, Safety)."""

    SEED = "seed"
    IMAGE_REASONS = "image-reasons"
    GOOGLE_LIVE = "google-live"


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


def withheld_candidate(verdict: Verdict, *, want_image: bool, answers: SafetyAnswers) -> Candidate:
    """The final candidate of a request whose image (or whole answer) is withheld; content is set by the caller."""
    image_reasons = want_image and answers is not SafetyAnswers.SEED
    if verdict.action is Action.RECITATION:
        reason, message = ("IMAGE_RECITATION" if image_reasons else "RECITATION"), RECITATION_MESSAGE
    else:
        reason, message = ("IMAGE_SAFETY" if image_reasons else "SAFETY"), IMAGE_SAFETY_MESSAGE
    return _empty_candidate(verdict, reason, message)


def blocked_prompt_candidate(verdict: Verdict, answers: SafetyAnswers) -> Candidate | None:
    """The candidate that rides beside promptFeedback (None in the google-live shape): its finishReason is the block
    reason where a list decided (BLOCKLIST, PROHIBITED_CONTENT), SAFETY otherwise."""
    if answers is SafetyAnswers.GOOGLE_LIVE:
        return None
    reason = str(verdict.reason) if verdict.reason in ("BLOCKLIST", "PROHIBITED_CONTENT") else "SAFETY"
    return _empty_candidate(verdict, reason, PROMPT_BLOCKED_MESSAGE)


def _empty_candidate(verdict: Verdict, reason: str, message: str) -> Candidate:
    candidate: Candidate = {"content": {"role": "model"}, "finishReason": reason, "finishMessage": message,
                            "index": 0}
    if verdict.ratings:
        candidate["safetyRatings"] = ratings_out(verdict.ratings)
    return candidate
