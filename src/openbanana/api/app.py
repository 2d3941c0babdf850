"""create_app(settings): the one composition root. Builds the services and wires routes and handlers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import anyio.to_thread
from fastapi import Depends, FastAPI
from starlette.responses import Response

from openbanana import __version__
from openbanana.api import batches as batch_routes
from openbanana.api import files as file_routes
from openbanana.api import metrics, models, verify
from openbanana.api.errors import install_error_handlers
from openbanana.api.metrics import MetricsMiddleware
from openbanana.api.openapi import install_openapi
from openbanana.api.request_ids import RequestIdMiddleware
from openbanana.api.responses import json_response
from openbanana.api.state import AppState, require_api_key
from openbanana.api.uploads import UploadStatusMiddleware
from openbanana.config import Settings
from openbanana.engines.base import ImageEngine
from openbanana.engines.registry import create_engine
from openbanana.errors import ConfigError
from openbanana.imaging.c2pa import ManifestReader, ManifestSigner
from openbanana.jobs.queue import JobQueue
from openbanana.jobs.worker import Worker
from openbanana.planner.base import Planner, RulesPlanner
from openbanana.planner.grounding import SearchProvider, SearxngProvider
from openbanana.planner.llm import LlmPlanner
from openbanana.playground import routes as playground
from openbanana.safety.profiles import build_policies
from openbanana.service.batches import BatchService
from openbanana.service.catalog import ModelCatalog
from openbanana.service.files import Clock, FileLimits, FileService, utc_now
from openbanana.service.finishing import WATERMARK_KEY_FILE, Finisher, load_c2pa_credentials
from openbanana.service.generation import GenerationDeps, GenerationService, OutputOptions
from openbanana.service.keys import KeyService
from openbanana.service.quotas import QuotaService
from openbanana.service.scheduler import build_scheduler
from openbanana.service.secret_files import load_or_create_secret
from openbanana.service.signatures import ThoughtSigner
from openbanana.service.usage_ledger import UsageLedger
from openbanana.service.verification import ImageRecords, VerificationService
from openbanana.store.batches import BatchStore
from openbanana.store.blobs import BlobStore
from openbanana.store.db import Database
from openbanana.store.files import FileStore
from openbanana.store.images import ImageStore
from openbanana.store.usage import UsageStore

# Each serves every API version; batches before models, whose `models/{model}:{action}` catch-all would answer first.
API_ROUTERS = (batch_routes.router, models.router, file_routes.router, file_routes.upload_router, verify.router)
log = logging.getLogger("openbanana")


class InsecureBindError(ConfigError, RuntimeError):
    """Serving without API keys on a non-loopback address would open the server to anyone on the network."""


def create_app(settings: Settings | None = None, *, clock: Clock = utc_now,
               engine: ImageEngine | None = None) -> FastAPI:
    """`clock` is what "now" means for file expiry (tests move it instead of sleeping); `engine` replaces the
    configured one (tests inject failing or slow engines)."""
    settings = settings or Settings()
    data_dir = settings.resolved_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    keys = KeyService.in_data_dir(data_dir, settings.key_set())  # settings keys and `openbanana keys create` ones
    if not keys.configured() and not settings.binds_loopback_only() and not settings.insecure:
        keys.close()
        raise InsecureBindError(
            f"refusing to serve on {settings.host} without API keys: pass --api-key (or set OPENBANANA_API_KEYS, "
            "or run `openbanana keys create`), or --insecure to accept any key from anyone who can reach this address"
        )
    db = Database.in_dir(data_dir)  # one connection: batches, their queue and their output files commit together
    files = FileService(FileStore(db), BlobStore(data_dir / "blobs"), data_dir / "uploads", FileLimits(
        max_file_bytes=settings.max_file_bytes,
        quota_bytes_per_owner=settings.quota_bytes_per_key,
        ttl=timedelta(hours=settings.file_ttl_hours),
    ), clock=clock, owner_quota=keys.upload_quota)
    c2pa = load_c2pa_credentials(settings)  # None: C2PA off (logged); raises C2paConfigError on a bad chain or key
    engine = engine or create_engine(settings.engine, settings)
    watermark_key = load_or_create_secret(data_dir, WATERMARK_KEY_FILE)
    records = ImageRecords(ImageStore(db))
    generation = GenerationService(GenerationDeps(
        engine=engine,
        scheduler=build_scheduler(engine, settings),  # the bounded queue in front of the engine
        signer=ThoughtSigner.from_data_dir(data_dir),
        finisher=Finisher(engine.name, watermark_key, settings.watermark_issuer, records,
                          credit=getattr(engine, "credit", None),  # attribution its assets ask for
                          manifests=ManifestSigner(c2pa, "openbanana", __version__, engine.name) if c2pa else None),
        output=OutputOptions(settings.output_mime_type, settings.jpeg_quality),
        safety=build_policies(settings),  # per served model; raises SafetyConfigError on a bad list or extra
        planner=build_planner(settings),
        search=build_search_provider(settings),
        strict_signatures=settings.strict_signatures,
    ))

    queue = JobQueue(db, lease_seconds=settings.batch_lease_seconds, max_attempts=settings.batch_max_attempts)
    usage = UsageStore(db)
    ledger = UsageLedger(usage)
    batches = BatchService(BatchStore(db), queue, generation, files, clock=clock, usage=ledger)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async def settle(batch_id: str) -> None:
            await anyio.to_thread.run_sync(batches.settle, batch_id)

        worker = Worker(queue, batches.run, settle, concurrency=settings.batch_workers)
        loop = asyncio.get_running_loop()
        batches.on_created = lambda: loop.call_soon_threadsafe(worker.wake)  # create runs in a thread
        worker.start()
        try:
            yield
        finally:
            await worker.stop()
            files.close()
            keys.close()

    app = FastAPI(title="openbanana", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Self-hosted Gemini image API (gemini-3-pro-image-preview).")
    app.state.openbanana = AppState(settings, keys, ModelCatalog(settings.model_names()), generation, files,
                                    batches, VerificationService(watermark_key, records,
                                                                 ManifestReader(c2pa.anchors_pem if c2pa else None)),
                                    QuotaService(usage), ledger)
    for router in API_ROUTERS:
        app.include_router(router)
    app.include_router(playground.router)  # GET /: the web playground, a client of the routes above
    if settings.metrics_enabled:
        app.include_router(metrics.router,
                           dependencies=[Depends(require_api_key)] if settings.metrics_require_key else [])
    install_error_handlers(app)
    install_openapi(app, API_ROUTERS, settings.model_names())  # request bodies and errors FastAPI cannot see

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return json_response({"status": "ok", "version": __version__, "engine": settings.engine})

    app.add_middleware(UploadStatusMiddleware)
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(RequestIdMiddleware)
    return app


class PlannerConfigError(ConfigError, ValueError):
    """A planner or search provider was chosen without the settings it needs."""


def build_planner(settings: Settings) -> Planner:
    if settings.planner == "rules":
        return RulesPlanner()
    if not settings.planner_llm_url or not settings.planner_llm_model:
        raise PlannerConfigError("planner=llm needs planner_llm_url and planner_llm_model "
                                 "(OPENBANANA_PLANNER_LLM_URL, OPENBANANA_PLANNER_LLM_MODEL)")
    return LlmPlanner(settings.planner_llm_url, settings.planner_llm_model, timeout=settings.planner_llm_timeout,
                      api_key=settings.planner_llm_api_key)


def build_search_provider(settings: Settings) -> SearchProvider | None:
    if settings.search_provider == "none":
        return None
    if not settings.searxng_url:
        raise PlannerConfigError("search_provider=searxng needs searxng_url (OPENBANANA_SEARXNG_URL)")
    return SearxngProvider(settings.searxng_url, timeout=settings.search_timeout)
