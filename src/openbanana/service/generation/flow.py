"""GenerationService: one readable flow of named steps from a request to GenerateContentResponse events.

    prepare:  admit (a place in the scheduler: 429 when its queue is full, 503 while the engine loads)
              → validate → read inputs → resolve size → screen prompt and input images   (before the first byte)
    stream:   [screened out] | plan → [thought text] → wait for a slot → [thought image] → render → check
              → finish/encode → [answer text] → final image

Every step after admission is bounded by the request's deadline (504) and stops when the client goes away: the
engine gets the request's cancel event, and its progress is streamed as thought notes (progress.py).

Safety (safety.py) answers with HTTP 200 shapes, never errors: a blocked prompt is one promptFeedback
event; an image that fails its check is never emitted and the answer ends with finishReason IMAGE_SAFETY.

`generate` is `stream` with the events' parts merged, so unary and streaming answers can never disagree.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import os
import secrets
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field, replace

import anyio
from PIL import Image

from openbanana import telemetry
from openbanana.engines.base import (
    EngineCancelledError,
    EngineError,
    EngineInputError,
    ImageEngine,
    ProgressCallback,
    RenderRequest,
    RenderResult,
)
from openbanana.errors import InvalidArgumentError, UnavailableError, internal_error
from openbanana.imaging.codecs import OUTPUT_MIME_TYPES
from openbanana.imaging.sizes import TargetSize
from openbanana.plan import Plan
from openbanana.planner.base import Planner, PlanningContext, RulesPlanner
from openbanana.planner.grounding import SearchError, SearchProvider, SearchResult, grounding_metadata, search_query
from openbanana.planner.rules import PlanningInput
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.protocol.responses import Candidate, GenerateContentResponse, PartOut
from openbanana.safety.policy import ALLOW, Action, Rating, SafetyPolicy, Thresholds, Verdict
from openbanana.safety.profiles import SafetyPolicies
from openbanana.service.generation.finishing import Finisher
from openbanana.service.generation.history import verify_history
from openbanana.service.generation.inputs import FileResolver, read_inputs
from openbanana.service.generation.progress import Note, ProgressRelay
from openbanana.service.generation.safety import (
    WITHHELD,
    check_output,
    prompt_feedback,
    ratings_out,
    requested_thresholds,
    screen_inputs,
    withheld_candidate,
)
from openbanana.service.generation.signatures import ThoughtSigner
from openbanana.service.generation.sizing import resolve_target_size
from openbanana.service.generation.thoughts import answer_text, thought_summary
from openbanana.service.generation.usage import prompt_counts, prompt_only_usage, text_tokens, usage_metadata
from openbanana.service.scheduler import Priority, Scheduler, Ticket

log = logging.getLogger("openbanana.service")
SUPPORTED_MODALITIES = ("TEXT", "IMAGE")
PREVIEW_MIME = "image/jpeg"
GROUNDING_UNAVAILABLE = ("Grounding with Google Search was requested but no search provider is configured on this "
                         "server.")
Searched = tuple[str, list[SearchResult]]  # the query and its results, for groundingMetadata
Encoded = tuple[str, bytes]  # MIME type and bytes of a finished image


@dataclass(frozen=True)
class OutputOptions:
    mime_type: str = "image/png"
    quality: int = 90


@dataclass(frozen=True)
class GenerationJob:
    """A validated request, ready to run: nothing in here can fail validation any more."""

    model: str
    response_id: str
    prompt: str
    target: TargetSize
    references: tuple[Image.Image, ...]
    seed: int
    fingerprint: bytes | None  # set when the client fixed the seed: the same request then gives the same bytes
    include_thoughts: bool
    want_text: bool
    want_image: bool
    output: OutputOptions
    prompt_text_tokens: int
    prompt_images: int
    safety: SafetyPolicy
    thresholds: Thresholds
    screening: Verdict = ALLOW  # the prompt and input images' verdict, decided in prepare
    grounding: bool = False  # the request named the googleSearch tool


@dataclass(frozen=True)
class Admitted:
    """A job with its place in the scheduler: what `generate` and `stream` run."""

    job: GenerationJob
    ticket: Ticket


@dataclass(frozen=True)
class GenerationDeps:
    """What the service is built from; the composition root names each part once."""

    engine: ImageEngine
    signer: ThoughtSigner
    finisher: Finisher
    scheduler: Scheduler
    output: OutputOptions = OutputOptions()
    resolve_file: FileResolver | None = None
    safety: SafetyPolicies = field(default_factory=SafetyPolicies)
    strict_signatures: bool = False  # a missing history signature is a 400
    planner: Planner = field(default_factory=RulesPlanner)
    search: SearchProvider | None = None  # None: googleSearch is answered without grounding, and thoughts say so


class GenerationService:
    def __init__(self, deps: GenerationDeps) -> None:
        self._deps = deps
        self._engine = deps.engine
        self._scheduler = deps.scheduler
        self._decoding = anyio.CapacityLimiter(os.cpu_count() or 1)  # input images decode off the loop, bounded

    async def prepare(self, model: str, request: GenerateContentRequest, resolve_file: FileResolver | None = None,
                      priority: Priority = Priority.INTERACTIVE) -> Admitted:
        """A place in the scheduler's queue first (429/503 with RetryInfo, cheap and at once, before anything is
        decoded), then the validated job: inputs are decoded off the event loop, images can be large."""
        ticket = self._scheduler.admit(_response_id(), priority)
        try:
            job = await anyio.to_thread.run_sync(self._prepare, model, request, resolve_file or
                                                 self._deps.resolve_file, ticket.response_id, limiter=self._decoding)
        except BaseException:
            self._scheduler.close(ticket)
            raise
        return Admitted(job, ticket)

    def disconnect(self, run: Admitted) -> None:
        """The client went away: the engine stops at its next step and the place is freed."""
        self._scheduler.disconnect(run.ticket)

    async def generate(self, run: Admitted) -> GenerateContentResponse:
        """The stream's parts merged into one answer, without the live progress notes."""
        parts: list[PartOut] = []
        last: GenerateContentResponse = {}
        try:
            async with contextlib.aclosing(self._events(run, live_notes=False)) as events:
                async for event in events:
                    for candidate in event.get("candidates", []):
                        parts.extend(candidate["content"].get("parts", []))
                    last = event
        finally:
            self._scheduler.close(run.ticket)  # also when cancelled before the first step
        for candidate in last.get("candidates", []):
            # a withheld answer carries nothing, as Google sends it: not even the thoughts before the block
            candidate["content"] = {} if candidate.get("finishReason") in WITHHELD else {"role": "model",
                                                                                        "parts": parts}
        return last

    def stream(self, run: Admitted) -> AsyncIterator[GenerateContentResponse]:
        """The events; with includeThoughts, a long render's progress comes as thought notes between them."""
        return self._events(run, live_notes=run.job.include_thoughts)

    async def _events(self, run: Admitted, *, live_notes: bool) -> AsyncGenerator[GenerateContentResponse]:
        try:
            async for event in self._steps(run, live_notes):
                yield event
        finally:
            self._scheduler.close(run.ticket)

    async def _steps(self, run: Admitted, live_notes: bool) -> AsyncIterator[GenerateContentResponse]:
        job = run.job
        if not job.screening.allowed:  # 0. blocked or recitation: one event, nothing generated or charged
            yield self._screened_out(job)
            return
        # 1. plan ("thinking")
        plan, searched = await self._scheduler.in_thread(run.ticket, self._plan_blocking, job)
        thoughts = thought_summary(plan, job.target)
        thought_tokens = text_tokens(thoughts)
        if job.include_thoughts:
            yield self._thought_text(job, thoughts)
        final: Encoded | Verdict | None = None
        if job.want_image:
            await self._scheduler.acquire(run.ticket)  # held until the answer is over (or the deadline)
        if job.include_thoughts and job.want_image:
            # 2. draft: the interim thought image (checked like the final one: it leaves the server too)
            async for preview in self._render(run, plan, preview=True, live_notes=live_notes):
                if isinstance(preview, Note):
                    yield self._thought_text(job, preview.text)
                elif isinstance(preview, Verdict):
                    yield self._withheld(job, preview, thought_tokens)
                    return
                else:
                    yield self._event(job, [self._image_part(preview, thought=True)])
        # 3. generate + check + finish + encode
        if job.want_image:
            async for rendered in self._render(run, plan, preview=False, live_notes=live_notes):
                if isinstance(rendered, Note):
                    yield self._thought_text(job, rendered.text)
                else:
                    final = rendered
        if isinstance(final, Verdict):
            yield self._withheld(job, final, thought_tokens)
            return
        answer = answer_text(plan, job.target, with_image=final is not None) if job.want_text else ""
        parts: list[PartOut] = []
        if answer:
            parts.append({"text": answer, "thoughtSignature": self._sign(job, answer.encode())})
            if final is not None:
                yield self._event(job, parts)
                parts = []
        if final is not None:
            image_part = self._image_part(final, thought=False)
            image_part["thoughtSignature"] = self._sign(job, final[1])
            parts.append(image_part)
        usage = usage_metadata(
            job.prompt_text_tokens, job.prompt_images,
            image_tokens=job.target.tokens if final is not None else 0,
            text_out=text_tokens(answer), thoughts=thought_tokens,
        )
        event = self._event(job, parts)
        event["candidates"][0]["finishReason"] = "STOP"
        if searched is not None:
            event["candidates"][0]["groundingMetadata"] = grounding_metadata(*searched, answer)
        if job.screening.ratings:
            event["candidates"][0]["safetyRatings"] = ratings_out(job.screening.ratings)
        event["usageMetadata"] = usage
        yield event

    def _prepare(self, model: str, request: GenerateContentRequest, resolve_file: FileResolver | None,
                 response_id: str) -> GenerationJob:
        config = request.generation_config
        modalities = _modalities(config.response_modalities if config else None)
        if config and config.candidate_count not in (None, 1):
            raise InvalidArgumentError(
                f"candidateCount {config.candidate_count} is not supported: this model returns exactly 1 candidate.",
                field="generation_config.candidate_count",
            )
        image_config = config.image_config if config else None
        verify_history(request.contents, self._deps.signer, strict=self._deps.strict_signatures)
        inputs = read_inputs(request, resolve_file)
        first = inputs.references[0].size if inputs.references else None
        target = resolve_target_size(
            image_config.aspect_ratio if image_config else None,
            image_config.image_size if image_config else None,
            first,
        )
        text_tokens_in, images_in = prompt_counts(request.contents, request.system_instruction)
        thinking = config.thinking_config if config else None
        seed = config.seed if config and config.seed is not None else secrets.randbits(31)
        served = self._deps.safety.for_model(model)
        thresholds = served.thresholds(requested_thresholds(request.safety_settings))
        screening = screen_inputs(served.policy, _screened_text(inputs.prompt, request), inputs.references,
                                  thresholds, response_id)
        return GenerationJob(
            model=model,
            response_id=response_id,
            prompt=inputs.prompt,
            target=target,
            references=inputs.references,
            seed=seed,
            fingerprint=(hashlib.sha256(model.encode() + request.model_dump_json().encode()).digest()
                         if config and config.seed is not None else None),
            include_thoughts=bool(thinking and thinking.include_thoughts),
            want_text="TEXT" in modalities,
            want_image="IMAGE" in modalities,
            output=self._output_for(image_config.output_mime_type if image_config else None,
                                    image_config.output_compression_quality if image_config else None),
            prompt_text_tokens=text_tokens_in,
            prompt_images=images_in,
            safety=served.policy,
            thresholds=thresholds,
            screening=screening,
            grounding=any(tool.google_search is not None for tool in request.tools or ()),
        )

    def _output_for(self, mime_type: str | None, quality: int | None) -> OutputOptions:
        if mime_type is None and quality is None:
            return self._deps.output
        mime = (mime_type or self._deps.output.mime_type).lower()
        if mime not in OUTPUT_MIME_TYPES:
            raise InvalidArgumentError(
                f"outputMimeType {mime_type!r} is not supported; use one of {', '.join(OUTPUT_MIME_TYPES)}.",
                field="generation_config.image_config.output_mime_type",
            )
        if quality is not None and not 0 <= quality <= 100:
            raise InvalidArgumentError(
                f"outputCompressionQuality {quality} must be between 0 and 100.",
                field="generation_config.image_config.output_compression_quality",
            )
        return OutputOptions(mime, quality if quality is not None else self._deps.output.quality)

    def _plan_blocking(self, job: GenerationJob) -> tuple[Plan, Searched | None]:
        """The plan, after a web search when the request asked for grounding. Off the event loop: both may wait
        on the network (a search provider, an LLM planner)."""
        with telemetry.step("plan"):
            return self._plan_steps(job)

    def _plan_steps(self, job: GenerationJob) -> tuple[Plan, Searched | None]:
        notes: list[str] = []
        searched: Searched | None = None
        results: list[SearchResult] = []
        if job.grounding:
            results, note = self._ground(search_query(job.prompt))
            notes.extend(note)
            if results:
                searched = (search_query(job.prompt), results)
        request = PlanningInput(prompt=job.prompt, width=job.target.width, height=job.target.height,
                                reference_count=len(job.references), seed=job.seed)
        context = PlanningContext(tuple(results))
        try:
            outcome = self._deps.planner.plan(request, context)
        except Exception:  # a planner backend never fails the request: the rules always can plan
            log.exception("planner %s failed; planning with rules", self._deps.planner.name)
            outcome = RulesPlanner().plan(request, context)
            notes.append(f"The {self._deps.planner.name} planner failed; planned with rules.")
        plan = outcome.plan
        extra = (*notes, *outcome.notes_for_thoughts)
        return (replace(plan, notes=(*plan.notes, *extra)) if extra else plan), searched

    def _ground(self, query: str) -> tuple[list[SearchResult], list[str]]:
        """Web results for the query, or none and the sentence that says why; a provider never fails a request."""
        if self._deps.search is None:
            return [], [GROUNDING_UNAVAILABLE]
        if not query:
            return [], ["Grounding with Google Search was requested, but the prompt has no text to search for."]
        try:
            results = self._deps.search.search(query)
        except Exception as exc:  # whatever the provider does, the image still gets made
            why = str(exc) if isinstance(exc, SearchError) else type(exc).__name__
            log.warning("search provider %s failed: %s", self._deps.search.name, why)
            return [], [f"Grounding with Google Search was requested, but the search provider failed ({why}); "
                        "I planned without it."]
        if not results:
            return [], ["Grounding with Google Search was requested, but the search found nothing; "
                        "I planned without it."]
        return results, []

    async def _render(self, run: Admitted, plan: Plan, *, preview: bool,
                      live_notes: bool) -> AsyncIterator[Note | Encoded | Verdict]:
        """Progress notes while the engine works (when `live_notes`), then the encoded image or the verdict that
        withholds it. The render runs as its own task so that notes can be yielded while it waits on the thread."""
        job = run.job
        request = RenderRequest(plan, job.target.width, job.target.height, job.references, job.seed, preview,
                                cancel=run.ticket.cancel)
        mime = PREVIEW_MIME if preview else job.output.mime_type
        if not live_notes:
            yield await self._scheduler.in_thread(run.ticket, self._render_and_encode, run, request, mime, None)
            return
        relay = ProgressRelay("Sketching a preview" if preview else "Rendering the image")
        task = asyncio.ensure_future(
            self._scheduler.in_thread(run.ticket, self._render_and_encode, run, request, mime, relay.report))
        task.add_done_callback(lambda _: relay.close())
        try:
            async for note in relay.notes():
                yield note
            yield await task
        finally:
            task.cancel()  # the consumer left early: abandon the render (its cancel event is set)

    def _render_and_encode(self, run: Admitted, request: RenderRequest, mime: str,
                           progress: ProgressCallback | None) -> Encoded | Verdict:
        job = run.job
        with telemetry.step("render"):
            result = self._engine_render(run, request, progress)
        image = result.image
        expected = (request.width, request.height)
        if not request.preview and image.size != expected:
            log.error("engine %s returned %s, expected %s", self._engine.name, image.size, expected)
            raise internal_error()
        with telemetry.step("check"):
            verdict = check_output(job.safety, image, job.thresholds, job.response_id)
        if not verdict.allowed:
            return verdict
        emitted = self._deps.finisher.finish(image, mime_type=mime, quality=job.output.quality,
                                             response_id=job.response_id, model=job.model, thought=request.preview,
                                             fingerprint=job.fingerprint)
        return emitted.mime_type, emitted.data

    def _engine_render(self, run: Admitted, request: RenderRequest, progress: ProgressCallback | None) -> RenderResult:
        """The engine's failures as API errors: whatever an engine raises fails only this request."""
        try:
            return self._engine.render(request, progress)
        except EngineInputError as exc:
            raise InvalidArgumentError(str(exc)) from exc
        except EngineCancelledError:
            raise self._scheduler.stopped_error(run.ticket) from None
        except EngineError as exc:
            raise UnavailableError(f"The image engine is unavailable: {exc}. Please try again later.") from exc
        except MemoryError:
            log.error("engine %s ran out of memory on response %s", self._engine.name, run.job.response_id)
            raise UnavailableError("The image engine ran out of memory. Please try again later.") from None
        except Exception:
            log.exception("engine %s failed on response %s", self._engine.name, run.job.response_id)
            raise internal_error() from None

    def _image_part(self, encoded: tuple[str, bytes], *, thought: bool) -> PartOut:
        mime, data = encoded
        part: PartOut = {"inlineData": {"mimeType": mime, "data": base64.b64encode(data).decode("ascii")}}
        if thought:
            part["thought"] = True
        return part

    def _sign(self, job: GenerationJob, payload: bytes) -> str:
        return base64.b64encode(self._deps.signer.sign(job.response_id, payload)).decode("ascii")

    def _thought_text(self, job: GenerationJob, text: str) -> GenerateContentResponse:
        return self._event(job, [{"text": text, "thought": True}])

    def _event(self, job: GenerationJob, parts: list[PartOut]) -> GenerateContentResponse:
        return self._answer(job, {"content": {"role": "model", "parts": parts}, "index": 0})

    def _answer(self, job: GenerationJob, candidate: Candidate) -> GenerateContentResponse:
        return {"candidates": [candidate], "modelVersion": job.model, "responseId": job.response_id}

    def _screened_out(self, job: GenerationJob) -> GenerateContentResponse:
        """A blocked prompt: no candidates, only promptFeedback. Recitation: a withheld candidate."""
        usage = prompt_only_usage(job.prompt_text_tokens, job.prompt_images)
        if job.screening.action is Action.RECITATION:
            event = self._answer(job, withheld_candidate(job.screening, want_image=job.want_image))
            event["usageMetadata"] = usage
            return event
        return {"promptFeedback": prompt_feedback(job.screening), "usageMetadata": usage,
                "modelVersion": job.model, "responseId": job.response_id}

    def _withheld(self, job: GenerationJob, verdict: Verdict, thought_tokens: int) -> GenerateContentResponse:
        """An image failed its check: finishReason IMAGE_SAFETY, no image, no candidate tokens charged."""
        ratings: tuple[Rating, ...] = (*job.screening.ratings, *verdict.ratings)
        candidate = withheld_candidate(Verdict(verdict.action, verdict.reason, ratings), want_image=True)
        event = self._answer(job, candidate)
        event["usageMetadata"] = prompt_only_usage(job.prompt_text_tokens, job.prompt_images, thoughts=thought_tokens)
        return event


def _modalities(requested: list[str] | None) -> tuple[str, ...]:
    if not requested:
        return SUPPORTED_MODALITIES
    for index, modality in enumerate(requested):
        if modality not in SUPPORTED_MODALITIES:
            raise InvalidArgumentError(
                f"responseModalities[{index}] {modality!r} is not supported by this model; "
                "use TEXT and/or IMAGE.",
                field=f"generation_config.response_modalities[{index}]",
            )
    return tuple(requested)


def _screened_text(prompt: str, request: GenerateContentRequest) -> str:
    """What the prompt checks read: the latest user turn and the system instruction."""
    system = request.system_instruction
    extra = [p.text for p in system.parts if p.text] if system else []
    return "\n".join([prompt, *extra]).strip()


def _response_id() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(18)).decode("ascii")
