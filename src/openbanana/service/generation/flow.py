"""GenerationService: one readable flow of numbered steps from a request to GenerateContentResponse events.

`prepare` (before the first byte; a failure is an HTTP error):
    1. admit    the input token limit (400), then a place in the scheduler's queue: 429 when it is full, 503 while
                the engine loads; the input images' headers are read and the memory their decoding will hold is
                reserved (429 when the server's budget is full)
    2. job      validate, decode the inputs (reduced), resolve the size, screen prompt and input images (job.py)
`stream` (HTTP 200 from here on; safety answers in Gemini's shapes, never as errors):
    3. screen   a blocked prompt is one promptFeedback event (with an empty candidate saying why, in the default
                answer shape); nothing is generated or charged (events.py)
    4. plan     the composition, after a web search when grounding was asked; its thought text (planning.py)
    5. slot     wait for a render slot in the scheduler, held until the answer is over
    6. draft    with includeThoughts: the interim thought image, through steps 7-9 at the preview size
    7. render   the engine draws the plan at the size it is given; its failures map once (engine_errors.py)
    8. check    the image's safety check: a failing image is never emitted, the answer ends SAFETY (IMAGE_SAFETY)
    9. finish   watermark, encode, C2PA-sign and record the image (finishing.py)
   10. answer   the answer text and the final image, signed, then STOP, grounding, ratings and usage

Every step after admission is bounded by the request's deadline (504) and stops when the client goes away: the
engine gets the request's cancel event, and its progress is streamed as thought notes (progress.py).

`generate` is `stream` with the events' parts merged, so unary and streaming answers can never disagree.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
import secrets
from collections.abc import AsyncGenerator, AsyncIterator, Mapping
from dataclasses import dataclass, field
from functools import partial

import anyio

from openbanana import telemetry
from openbanana.engines.base import ImageEngine, ProgressCallback, RenderRequest
from openbanana.errors import InvalidArgumentError, internal_error
from openbanana.imaging.masks import apply_edit_mask
from openbanana.plan import Plan
from openbanana.planner.base import Planner
from openbanana.planner.grounding import SearchProvider
from openbanana.planner.rules import RulesPlanner
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.protocol.responses import GenerateContentResponse, PartOut
from openbanana.safety.policy import Verdict
from openbanana.safety.profiles import SafetyPolicies
from openbanana.service.catalog import ModelCatalog
from openbanana.service.generation import events
from openbanana.service.generation.engine_errors import map_engine_errors
from openbanana.service.generation.events import EncodedImage
from openbanana.service.generation.finishing import EditInput, Finisher
from openbanana.service.generation.inputs import gather_inputs
from openbanana.service.generation.job import GenerationJob, JobRules, OutputOptions, new_job
from openbanana.service.generation.lanes import EngineLane, EngineLanes
from openbanana.service.generation.planning import plan_job
from openbanana.service.generation.progress import Note, ProgressRelay
from openbanana.service.generation.references import DEFAULT_MAX_REQUEST_PIXELS, FileResolver
from openbanana.service.generation.safety import WITHHELD, SafetyAnswers, check_output
from openbanana.service.generation.signatures import ThoughtSigner
from openbanana.service.generation.thoughts import answer_text, thought_summary
from openbanana.service.generation.usage import check_input_tokens, text_tokens
from openbanana.service.memory import MemoryBudget
from openbanana.service.scheduler import Priority, Scheduler, Ticket

log = logging.getLogger("openbanana.service")
PREVIEW_MIME = "image/jpeg"


@dataclass(frozen=True)
class Admitted:
    """A job with its place in the scheduler: what `generate` and `stream` run."""

    job: GenerationJob
    ticket: Ticket
    lane: EngineLane  # the engine the request's model renders on, and its scheduler


@dataclass(frozen=True)
class GenerationDeps:
    """What the service is built from; the composition root names each part once."""

    engine: ImageEngine
    signer: ThoughtSigner
    finisher: Finisher
    scheduler: Scheduler
    output: OutputOptions = field(default_factory=OutputOptions)
    resolve_file: FileResolver | None = None
    safety: SafetyPolicies = field(default_factory=SafetyPolicies)
    strict_signatures: bool = False  # a missing history signature is a 400
    safety_answers: SafetyAnswers = SafetyAnswers.SEED  # finish reasons and shapes of safety answers
    planner: Planner = field(default_factory=RulesPlanner)
    search: SearchProvider | None = None  # None: googleSearch gets a minimal groundingMetadata; thoughts say so
    memory: MemoryBudget = field(default_factory=lambda: MemoryBudget(2 * 1024**3))  # bodies and decoded images
    max_input_pixels: int = DEFAULT_MAX_REQUEST_PIXELS  # of all input images in one request, from their headers
    catalog: ModelCatalog = field(default_factory=ModelCatalog.default)  # served name → sizes, limits, thinking
    routes: Mapping[str, EngineLane] = field(default_factory=dict)  # served names on an engine of their own


class GenerationService:
    def __init__(self, deps: GenerationDeps) -> None:
        self._deps = deps
        self._lanes = EngineLanes(EngineLane(deps.engine, deps.scheduler, deps.finisher), deps.routes)
        self._rules = JobRules(deps.signer, deps.output, deps.safety, deps.strict_signatures,
                               safety_answers=deps.safety_answers, catalog=deps.catalog)
        self._decoding = anyio.CapacityLimiter(os.cpu_count() or 1)  # input images decode off the loop, bounded

    async def prepare(self, model: str, request: GenerateContentRequest, resolve_file: FileResolver | None = None,
                      priority: Priority = Priority.INTERACTIVE, *, mask: bytes | None = None) -> Admitted:
        """The token limit and a place in the scheduler's queue first (cheap and at once, before anything is
        decoded), then the memory the input images will hold, from their headers; then the job: inputs are decoded
        off the event loop, each reduced to what the output can use as it is decoded. `mask` limits an edit to
        the first image's transparent mask pixels (OpenAI's images.edit)."""
        card = self._deps.catalog.card(model)
        check_input_tokens(request, card.input_token_limit)  # 1. admit: linear, before any planning
        lane = self._lanes.for_model(model)
        ticket = lane.scheduler.admit(_response_id(), priority)
        try:
            gathered = await anyio.to_thread.run_sync(partial(
                gather_inputs, request, resolve_file or self._deps.resolve_file, self._deps.max_input_pixels,
                card=card), limiter=self._decoding)
            cost = gathered.cost
            if not self._deps.memory.fits(cost.peak):
                raise InvalidArgumentError(
                    f"The input images need {cost.peak / 2**20:,.0f} MiB of memory to decode, more than this "
                    f"server's whole budget ({self._deps.memory.capacity / 2**20:,.0f} MiB); send fewer or "
                    "smaller images, or a smaller imageSize.", field="contents")
            memory = await lane.scheduler.reserve_memory(ticket, self._deps.memory, cost.peak)
            job = await anyio.to_thread.run_sync(partial(  # 2. job
                new_job, model, request, self._rules, response_id=ticket.response_id, gathered=gathered, mask=mask),
                limiter=self._decoding)
            memory.shrink(cost.held)  # decoded and reduced: only the kept images stay
        except BaseException:
            lane.scheduler.close(ticket)
            raise
        return Admitted(job, ticket, lane)

    def release(self, run: Admitted) -> None:
        """A run that will not be generated (or is over): its place is given back. Idempotent."""
        run.lane.scheduler.close(run.ticket)

    def disconnect(self, run: Admitted) -> None:
        """The client went away: the engine stops at its next step and the place is freed."""
        run.lane.scheduler.disconnect(run.ticket)

    async def generate(self, run: Admitted) -> GenerateContentResponse:
        """The stream's parts merged into one answer, without the live progress notes."""
        parts: list[PartOut] = []
        last: GenerateContentResponse = {}
        try:
            async with contextlib.aclosing(self._events(run, live_notes=False)) as stream:
                async for event in stream:
                    for candidate in event.get("candidates", []):
                        parts.extend(candidate["content"].get("parts", []))
                    last = event
        finally:
            run.lane.scheduler.close(run.ticket)  # also when cancelled before the first step
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
            run.lane.scheduler.close(run.ticket)

    async def _steps(self, run: Admitted, live_notes: bool) -> AsyncIterator[GenerateContentResponse]:
        job = run.job
        if not job.screening.allowed:  # 3. screen: blocked or recitation, one event
            yield events.screened_out(job)
            return
        # 4. plan
        plan, searched = await run.lane.scheduler.in_thread(run.ticket, plan_job, job, self._deps.planner,
                                                         self._deps.search, run.ticket.cancel)
        thoughts = thought_summary(plan, job.target)
        thought_tokens = text_tokens(thoughts) if job.card.thinking else 0  # a model that does not think bills none
        if job.include_thoughts:
            yield events.thought_text(job, thoughts)
        if job.want_image:  # 5. slot
            await run.lane.scheduler.acquire(run.ticket)
        final: EncodedImage | Verdict | None = None
        if job.include_thoughts and job.want_image:  # 6. draft: checked like the final image, it leaves the server too
            async for preview in self._render(run, plan, preview=True, live_notes=live_notes):
                if isinstance(preview, Note):
                    yield events.thought_text(job, preview.text)
                elif isinstance(preview, Verdict):
                    yield events.withheld(job, preview, thought_tokens)
                    return
                else:
                    yield events.thought_image(job, preview)
        if job.want_image:  # 7-9. render, check, finish
            async for rendered in self._render(run, plan, preview=False, live_notes=live_notes):
                if isinstance(rendered, Note):
                    yield events.thought_text(job, rendered.text)
                else:
                    final = rendered
        if isinstance(final, Verdict):
            yield events.withheld(job, final, thought_tokens)
            return
        # 10. answer
        text = answer_text(plan, job.target, with_image=final is not None,
                           shortfalls=final.shortfalls if final is not None else (),
                           draws_the_plan=run.lane.engine.traits.draws_the_plan) if job.want_text else ""
        for event in events.closing(job, self._deps.signer, text=text, image=final, searched=searched,
                                    thought_tokens=thought_tokens):
            yield event

    async def _render(self, run: Admitted, plan: Plan, *, preview: bool,
                      live_notes: bool) -> AsyncIterator[Note | EncodedImage | Verdict]:
        """Progress notes while the engine works (when `live_notes`), then the encoded image or the verdict that
        withholds it. The render runs as its own task so that notes can be yielded while it waits on the thread."""
        job = run.job
        size = job.card.sizes.preview(job.target) if preview else job.target  # the engine draws exactly this
        request = RenderRequest(plan, size.width, size.height, job.references, job.seed, preview,
                                cancel=run.ticket.cancel, queue=run.ticket.priority is Priority.BATCH)
        mime = PREVIEW_MIME if preview else job.output.mime_type
        render = partial(self._render_check_finish, run, request, size.image_size, mime)
        if not live_notes:
            yield await run.lane.scheduler.in_thread(run.ticket, render, None)
            return
        relay = ProgressRelay("Sketching a preview" if preview else "Rendering the image")
        task = asyncio.ensure_future(run.lane.scheduler.in_thread(run.ticket, render, relay.report))
        task.add_done_callback(lambda _: relay.close())
        try:
            async for note in relay.notes():
                yield note
            yield await task
        finally:
            task.cancel()  # the consumer left early: abandon the render (its cancel event is set)

    def _render_check_finish(self, run: Admitted, request: RenderRequest, image_size: str, mime: str,
                             progress: ProgressCallback | None) -> EncodedImage | Verdict:
        job, engine, scheduler = run.job, run.lane.engine, run.lane.scheduler
        with telemetry.step("render"), map_engine_errors(engine.name, job.response_id,
                                                         lambda: scheduler.stopped_error(run.ticket)):
            result = engine.render(request, progress)  # 7. render
        image = result.image
        if job.edit_mask is not None and job.references:  # only the masked region of the first image changes
            image = apply_edit_mask(image, job.references[0], job.edit_mask)
        expected = (request.width, request.height)
        if not request.preview and image.size != expected:
            log.error("engine %s returned %s, expected %s", engine.name, image.size, expected)
            raise internal_error()
        with telemetry.step("check"):  # 8. check
            verdict = check_output(job.safety, image, job.thresholds, job.response_id)
        if not verdict.allowed:
            return verdict
        emitted = run.lane.finisher.finish(image, image_size=image_size, mime_type=mime,  # 9. finish
                                             quality=job.output.quality, response_id=job.response_id,
                                             model=job.model, thought=request.preview, fingerprint=job.fingerprint,
                                             inputs=[EditInput(reference, digest) for reference, digest
                                                     in zip(job.references, job.reference_hashes, strict=True)])
        return EncodedImage(emitted.mime_type, emitted.data, result.shortfalls)


def _response_id() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(18)).decode("ascii")
