"""What the composition root hands to routes: settings and services, reached through the app's state."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass

from starlette.requests import Request

from openbanana.api.auth import authenticate
from openbanana.clock import Clock, utc_now
from openbanana.config import Settings
from openbanana.jobs.queue import JobQueue
from openbanana.protocol.responses import GenerateContentResponse
from openbanana.service.batches import BatchService
from openbanana.service.catalog import ModelCatalog
from openbanana.service.files import FileJanitor, FileService, UploadService
from openbanana.service.generation import GenerationService
from openbanana.service.keys import Caller, KeyService, QuotaService, UsageLedger
from openbanana.service.memory import MemoryBudget
from openbanana.service.openai.links import ImageLinks
from openbanana.service.verification import VerificationService
from openbanana.store.db import Database


@dataclass(frozen=True, kw_only=True)
class AppState:
    """Built by api.app.build_state, once per app; routes reach it with `app_state(request)`."""

    settings: Settings
    keys: KeyService
    catalog: ModelCatalog
    generation: GenerationService
    files: FileService
    uploads: UploadService
    janitor: FileJanitor  # expiry runs as requests come by; tests run it directly
    batches: BatchService
    jobs: JobQueue  # the batch requests' queue, which the app's lifespan runs workers over
    verification: VerificationService
    quotas: QuotaService
    usage: UsageLedger
    memory: MemoryBudget  # the server-wide budget of request bodies and decoded images
    database: Database  # /healthz fails when its file is deleted or replaced under the running server
    clock: Clock = utc_now  # the server's one "now" (create_app's clock)
    image_links: ImageLinks  # the OpenAI Images API's `response_format: url` links

    def close(self) -> None:
        """At shutdown: the files' and the keys' database connections."""
        self.files.close()
        self.keys.close()

    def caller(self, request: Request) -> Caller:
        """Who is calling: decided once per request (by the routers' key check) and kept on the request."""
        caller = getattr(request.state, "caller", None)
        if not isinstance(caller, Caller):
            caller = authenticate(request, self.keys)
            request.state.caller = caller
        return caller

    def check_key(self, request: Request) -> None:
        self.caller(request)

    def owner(self, request: Request) -> str:
        """Whose files these are: a hash of the caller's key; with no keys configured, one owner shared by all."""
        return self.caller(request).owner

    async def admit(self, request: Request) -> None:
        """The caller's key limits, before a generation starts: 429 RESOURCE_EXHAUSTED when one is spent."""
        await self.quotas.admit(self.caller(request))

    async def answered(self, request: Request, model: str,
                       answer: Awaitable[GenerateContentResponse]) -> GenerateContentResponse:
        """A unary answer, recorded in the usage ledger."""
        return await self.usage.answered(self.owner(request), model, answer)

    def metered(self, request: Request, model: str,
                events: AsyncIterator[GenerateContentResponse]) -> AsyncIterator[GenerateContentResponse]:
        """A streamed answer, recorded in the usage ledger as its last event passes."""
        return self.usage.metered(self.owner(request), model, events)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.openbanana
    return state


async def require_api_key(request: Request) -> None:
    app_state(request).check_key(request)
