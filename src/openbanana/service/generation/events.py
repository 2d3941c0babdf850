"""The GenerateContentResponse events a generation streams, built from values: no engine, no scheduler, no I/O."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass

from openbanana.planner.grounding import grounding_metadata
from openbanana.protocol.responses import Candidate, GenerateContentResponse, PartOut
from openbanana.safety.policy import Action, Rating, Verdict
from openbanana.service.generation.job import GenerationJob
from openbanana.service.generation.planning import Searched
from openbanana.service.generation.safety import (
    blocked_prompt_candidate,
    prompt_feedback,
    ratings_out,
    withheld_candidate,
)
from openbanana.service.generation.signatures import ThoughtSigner
from openbanana.service.generation.usage import prompt_only_usage, text_tokens, usage_metadata


@dataclass(frozen=True)
class EncodedImage:
    """A finished image as it leaves the server: its MIME type and bytes, and what the engine could not do."""

    mime_type: str
    data: bytes
    shortfalls: tuple[str, ...] = ()


def event(job: GenerationJob, parts: list[PartOut]) -> GenerateContentResponse:
    return answer(job, {"content": {"role": "model", "parts": parts}, "index": 0})


def answer(job: GenerationJob, candidate: Candidate) -> GenerateContentResponse:
    return {"candidates": [candidate], "modelVersion": job.model, "responseId": job.response_id}


def thought_text(job: GenerationJob, text: str) -> GenerateContentResponse:
    return event(job, [{"text": text, "thought": True}])


def thought_image(job: GenerationJob, image: EncodedImage) -> GenerateContentResponse:
    return event(job, [image_part(image, thought=True)])


def image_part(image: EncodedImage, *, thought: bool) -> PartOut:
    part: PartOut = {"inlineData": {"mimeType": image.mime_type, "data": base64.b64encode(image.data).decode("ascii")}}
    if thought:
        part["thought"] = True
    return part


def screened_out(job: GenerationJob) -> GenerateContentResponse:
    """A blocked prompt: promptFeedback, and (but in the google-live shape) an empty candidate saying why.
    Recitation: a withheld candidate."""
    usage = prompt_only_usage(job.prompt_text_tokens, job.prompt_images)
    if job.screening.action is Action.RECITATION:
        withheld_answer = answer(job, withheld_candidate(job.screening, want_image=job.want_image,
                                                         answers=job.safety_answers))
        withheld_answer["usageMetadata"] = usage
        return withheld_answer
    blocked: GenerateContentResponse = {"promptFeedback": prompt_feedback(job.screening)}
    candidate = blocked_prompt_candidate(job.screening, job.safety_answers)
    if candidate is not None:
        blocked["candidates"] = [candidate]
    return {**blocked, "usageMetadata": usage, "modelVersion": job.model, "responseId": job.response_id}


def withheld(job: GenerationJob, verdict: Verdict, thought_tokens: int) -> GenerateContentResponse:
    """An image failed its check: finishReason SAFETY (IMAGE_SAFETY), no image, no candidate tokens charged."""
    ratings: tuple[Rating, ...] = (*job.screening.ratings, *verdict.ratings)
    candidate = withheld_candidate(Verdict(verdict.action, verdict.reason, ratings), want_image=True,
                                   answers=job.safety_answers)
    withheld_answer = answer(job, candidate)
    withheld_answer["usageMetadata"] = prompt_only_usage(job.prompt_text_tokens, job.prompt_images,
                                                         thoughts=thought_tokens)
    return withheld_answer


def closing(job: GenerationJob, signer: ThoughtSigner, *, text: str, image: EncodedImage | None,
            searched: Searched | None, thought_tokens: int) -> Iterator[GenerateContentResponse]:
    """The answer: its text and final image, both signed (the text in an event of its own when an image
    follows), and the last event: finishReason STOP, grounding, the prompt's ratings and usage."""
    parts: list[PartOut] = []
    if text:
        parts.append({"text": text, "thoughtSignature": _signature(signer, job, text.encode())})
        if image is not None:
            yield event(job, parts)
            parts = []
    if image is not None:
        final_part = image_part(image, thought=False)
        final_part["thoughtSignature"] = _signature(signer, job, image.data)
        parts.append(final_part)
    last = event(job, parts)
    candidate = last["candidates"][0]
    candidate["finishReason"] = "STOP"
    if searched is not None:
        candidate["groundingMetadata"] = grounding_metadata(searched.query, searched.results, text,
                                                            why_none=searched.why_none)
    if job.screening.ratings:
        candidate["safetyRatings"] = ratings_out(job.screening.ratings)
    last["usageMetadata"] = usage_metadata(
        job.prompt_text_tokens, job.prompt_images,
        image_tokens=job.target.tokens if image is not None else 0,
        text_out=text_tokens(text), thoughts=thought_tokens,
    )
    yield last


def _signature(signer: ThoughtSigner, job: GenerationJob, payload: bytes) -> str:
    return base64.b64encode(signer.sign(job.response_id, payload)).decode("ascii")
