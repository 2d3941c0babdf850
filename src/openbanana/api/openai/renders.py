"""Running an OpenAI image request on the generation service: `n` renders, each generated, safety-checked,
finished and recorded in the usage ledger exactly as a Gemini call is.

The caller's key limits are checked once per request (one request, as OpenAI counts it), and all `n` renders are
admitted together before the first one starts: a queue without room for all of them refuses the request (429)
before anything is rendered or charged, instead of failing it after some images were made. A unary request then
renders its `n` images side by side (as many at once as the engine has slots); a stream renders them in turn.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.requests import Request

from openbanana.api.disconnects import unless_disconnected
from openbanana.api.state import AppState
from openbanana.errors import internal_error
from openbanana.imaging.sizes import preview_size
from openbanana.protocol.responses import GenerateContentResponse, UsageMetadata
from openbanana.service.generation import Admitted
from openbanana.service.openai.results import ImageOut, ModerationBlockedError, images_in, refusal
from openbanana.service.openai.translate import ImageJob


@dataclass(frozen=True)
class Render:
    """One finished image with the size it was drawn at and the usage it was charged."""

    image: ImageOut
    width: int
    height: int
    usage: UsageMetadata


@dataclass(frozen=True)
class Streamed:
    """One moment of a streamed render: an interim image, or the final one (with its usage)."""

    image: ImageOut
    width: int
    height: int
    usage: UsageMetadata | None  # None: an interim (partial) image


class Renders:
    def __init__(self, state: AppState, request: Request, model: str, job: ImageJob, method: str) -> None:
        self.state, self.request, self.model, self.job, self.method = state, request, model, job, method
        self.owner = state.owner(request)
        self.created = int(time.time())
        self.runs: list[Admitted] = []

    async def admit(self) -> list[Admitted]:
        """The key's limits and all `n` renders' admissions, before any byte is sent or anything is rendered: their
        errors are HTTP errors, and a refused render gives back the places the others took."""
        await self.state.admit(self.request)
        try:
            for _ in range(self.job.count):
                self.runs.append(await self.state.generation.prepare(self.model, self.job.request,
                                                                     mask=self.job.mask))
        except BaseException:
            self.release()
            raise
        return self.runs

    def release(self) -> None:
        """Gives back every admitted render's place (a finished one's is already free)."""
        for run in self.runs:
            self.state.generation.release(run)

    def disconnect(self) -> None:
        for run in self.runs:
            self.state.generation.disconnect(run)

    async def all(self) -> list[Render]:
        """Every render's image; a blocked prompt, or no image at all, is OpenAI's 400 moderation_blocked. An
        image withheld by the output check is left out (the others are returned)."""
        runs = await self.admit()
        responses = await unless_disconnected(self.request, self._answers(runs), self.disconnect)
        renders: list[Render] = []
        withheld: ModerationBlockedError | None = None
        for run, response in zip(runs, responses, strict=True):
            refused = refusal(response)
            if refused is not None and "promptFeedback" in response:
                raise refused
            withheld = refused or withheld
            target = run.job.target
            renders.extend(Render(image, target.width, target.height, response.get("usageMetadata", {}))
                           for image in images_in(response, thought=False))
        if not renders:
            raise withheld or internal_error()
        return renders

    async def _answers(self, runs: list[Admitted]) -> list[GenerateContentResponse]:
        """The renders side by side; when one fails, the others stop and the failure is the answer."""
        tasks = [asyncio.ensure_future(self.state.usage.answered(
            self.owner, self.model, self.state.generation.generate(run), method=self.method)) for run in runs]
        try:
            return list(await asyncio.gather(*tasks))
        finally:
            for task in tasks:
                task.cancel()
            self.release()

    async def screened_out(self, run: Admitted) -> ModerationBlockedError | None:
        """A prompt the safety screen refused, answered (and recorded) before a stream's first byte; the other
        renders' places are given back."""
        if run.job.screening.allowed:
            return None
        answer = await self.state.usage.answered(self.owner, self.model, self.state.generation.generate(run),
                                                 method=self.method)
        self.release()
        return refusal(answer) or ModerationBlockedError("Your request was rejected by the safety system.",
                                                         field="prompt")

    async def stream(self) -> AsyncIterator[Streamed | ModerationBlockedError]:
        """Interim and final images as they come, render after render; a refusal ends the stream."""
        try:
            for run in self.runs:
                async for item in self._streamed(run):
                    yield item
                    if isinstance(item, ModerationBlockedError):
                        return
        finally:
            self.release()

    async def _streamed(self, run: Admitted) -> AsyncIterator[Streamed | ModerationBlockedError]:
        events = self.state.usage.metered(self.owner, self.model, self.state.generation.stream(run),
                                          method=self.method)
        async for event in events:
            refused = refusal(event)
            if refused is not None:
                yield refused
                return
            if self.job.partials:  # the thought image the service draws before the final one
                preview = preview_size(run.job.target)
                for image in images_in(event, thought=True):
                    yield Streamed(image, preview.width, preview.height, usage=None)
            for image in images_in(event, thought=False):
                yield Streamed(image, run.job.target.width, run.job.target.height, event.get("usageMetadata", {}))
