"""Running an OpenAI image request on the generation service: `n` renders, one after another, each admitted,
generated, safety-checked, finished and recorded in the usage ledger exactly as a Gemini call is.

The caller's key limits are checked once per request (one request, as OpenAI counts it), before the first render.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.requests import Request

from openbanana.api.disconnects import unless_disconnected
from openbanana.api.state import AppState
from openbanana.errors import internal_error
from openbanana.imaging.sizes import preview_size
from openbanana.protocol.responses import UsageMetadata
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
        self.current: Admitted | None = None

    async def first(self) -> Admitted:
        """The key's limits and the first render's admission, before any byte is sent: their errors are HTTP
        errors."""
        await self.state.admit(self.request)
        return await self._prepare()

    async def _prepare(self) -> Admitted:
        self.current = await self.state.generation.prepare(self.model, self.job.request, mask=self.job.mask)
        return self.current

    def disconnect(self) -> None:
        if self.current is not None:
            self.state.generation.disconnect(self.current)

    async def all(self) -> list[Render]:
        """Every render's image; a blocked prompt, or no image at all, is OpenAI's 400 moderation_blocked. An
        image withheld by the output check is left out (the others are returned)."""
        renders: list[Render] = []
        withheld: ModerationBlockedError | None = None
        run = await self.first()
        for index in range(self.job.count):
            if index:
                run = await self._prepare()
            answer = self.state.usage.answered(self.owner, self.model, self.state.generation.generate(run),
                                               method=self.method)
            response = await unless_disconnected(self.request, answer, self.disconnect)
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

    async def screened_out(self, run: Admitted) -> ModerationBlockedError | None:
        """A prompt the safety screen refused, answered (and recorded) before a stream's first byte."""
        if run.job.screening.allowed:
            return None
        answer = await self.state.usage.answered(self.owner, self.model, self.state.generation.generate(run),
                                                 method=self.method)
        return refusal(answer) or ModerationBlockedError("Your request was rejected by the safety system.",
                                                         field="prompt")

    async def stream(self, first: Admitted) -> AsyncIterator[Streamed | ModerationBlockedError]:
        """Interim and final images as they come, render after render; a refusal ends the stream."""
        run = first
        for index in range(self.job.count):
            if index:
                run = await self._prepare()
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
                    yield Streamed(image, run.job.target.width, run.job.target.height,
                                   event.get("usageMetadata", {}))
