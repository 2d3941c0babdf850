"""The composition root: build_state builds every service from the settings, build_app wires the HTTP app around
them (routes, middleware, error handlers, lifespan), and create_app does both."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta

import anyio.to_thread
from fastapi import Depends, FastAPI
from starlette.middleware.cors import CORSMiddleware

from openbanana import __version__
from openbanana.api import batches as batch_routes
from openbanana.api import files as file_routes
from openbanana.api import health, metrics, models, verify
from openbanana.api.errors import UnexpectedErrorMiddleware, install_error_handlers
from openbanana.api.metrics import MetricsMiddleware
from openbanana.api.openai import chat as openai_chat
from openbanana.api.openai import images as openai_images
from openbanana.api.openai import listing as openai_models
from openbanana.api.openapi import install_openapi
from openbanana.api.request_ids import RequestIdMiddleware
from openbanana.api.state import AppState, require_api_key
from openbanana.api.uploads import UploadStatusMiddleware
from openbanana.clock import Clock, utc_now
from openbanana.config import EngineChoice, Settings
from openbanana.engines.base import ImageEngine
from openbanana.engines.registry import create_engine
from openbanana.errors import ConfigError
from openbanana.imaging.c2pa import ManifestReader, ManifestSigner
from openbanana.imaging.drawing.fonts import text_shaping_warning
from openbanana.jobs.queue import JobQueue
from openbanana.jobs.worker import Worker
from openbanana.planner.factory import build_planner, build_search_provider
from openbanana.playground import routes as playground
from openbanana.safety.profiles import build_policies
from openbanana.service.batches import BatchService
from openbanana.service.catalog import ModelCatalog
from openbanana.service.files import FileLimits, FileServices, FileStorage
from openbanana.service.generation import GenerationDeps, GenerationService, OutputOptions
from openbanana.service.generation.finishing import WATERMARK_KEY_FILE, Finisher, load_c2pa_credentials
from openbanana.service.generation.lanes import EngineLane, EngineLanes
from openbanana.service.generation.safety import SafetyAnswers
from openbanana.service.generation.signatures import ThoughtSigner
from openbanana.service.keys import KeyService, QuotaService, UsageLedger, load_or_create_secret
from openbanana.service.memory import MemoryBudget
from openbanana.service.openai.links import LINK_KEY_FILE, ImageLinks
from openbanana.service.readiness import Readiness
from openbanana.service.scheduler import build_scheduler
from openbanana.service.verification import ImageRecords, VerificationService
from openbanana.store.batches import BatchStore
from openbanana.store.blobs import open_blob_store
from openbanana.store.db import Database
from openbanana.store.files import FileStore
from openbanana.store.images import ImageStore
from openbanana.store.rates import RateStore
from openbanana.store.usage import UsageStore

# Each serves every API version; batches before models, whose `models/{model}:{action}` catch-all would answer first.
API_ROUTERS = (batch_routes.router, models.router, file_routes.router, file_routes.upload_router, verify.router)
# OpenAI's Images API under /v1 and /v1beta/openai; before Google's routes, which share /v1/models (the OpenAI one
# matches OpenAI clients only: api/openai/routing.py).
OPENAI_ROUTERS = (openai_models.router, openai_images.router, openai_chat.router)
# Response headers a browser app may read: the resumable upload's, Retry-After on 429/503, the request id.
CORS_EXPOSED_HEADERS = ["X-Goog-Upload-URL", "X-Goog-Upload-Status", "X-Goog-Upload-Size-Received",
                        "Retry-After", "X-Request-Id"]
log = logging.getLogger("openbanana")


class InsecureBindError(ConfigError, RuntimeError):
    """Serving without API keys on a non-loopback address would open the server to anyone on the network."""


def create_app(settings: Settings | None = None, *, clock: Clock = utc_now, engine: ImageEngine | None = None,
               engines: Mapping[EngineChoice, ImageEngine] | None = None) -> FastAPI:
    """`clock` is what "now" means to every part of the server (file expiry, batches, keys, quotas, the usage
    ledger, image records; tests move it instead of sleeping); `engine` replaces the configured one (tests inject
    failing or slow engines); `engines` replaces any engine the server builds, by choice (the Ray ingress gives
    each its engine deployment)."""
    return build_app(build_state(settings or Settings(), clock=clock, engine=engine, engines=engines))


def build_state(settings: Settings, *, clock: Clock = utc_now, engine: ImageEngine | None = None,
                engines: Mapping[EngineChoice, ImageEngine] | None = None) -> AppState:
    """Every service, each from its part of the settings; a ConfigError when the settings cannot be honoured."""
    data_dir = settings.server.resolved_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    # settings keys and `openbanana keys create` ones
    database_url = settings.server.database_url  # None: SQLite in the data dir
    keys = KeyService.in_data_dir(data_dir, settings.auth.key_set(), clock, database_url=database_url)
    if not keys.configured() and not settings.server.binds_loopback_only() and not settings.auth.insecure:
        keys.close()
        raise InsecureBindError(
            f"refusing to serve on {settings.server.host} without API keys: pass --api-key (or set "
            "OPENBANANA_API_KEYS, or run `openbanana keys create`), or --insecure to accept any key from anyone who "
            "can reach this address"
        )
    try:  # one Database: batches, their queue and their output files commit together
        db = Database.open(database_url, data_dir)
    except BaseException:
        keys.close()
        raise
    limits = FileLimits(max_file_bytes=settings.files.max_bytes, ttl=timedelta(hours=settings.files.ttl_hours),
                        quota_bytes_per_owner=settings.files.quota_bytes_per_key)
    try:  # BlobStoreError: a bad --blob-url, or a bucket that does not answer
        place = open_blob_store(settings.server.blob_url, data_dir, settings.server.blob_endpoint_url)
    except BaseException:
        db.close()
        keys.close()
        raise
    storage = FileStorage(FileStore(db), place.blobs, place.uploads_dir, limits, clock)
    files = FileServices.over(storage, owner_quota=keys.upload_quota)  # file, upload and janitor services
    c2pa = load_c2pa_credentials(settings.c2pa, data_dir)  # None: C2PA off (logged); C2paConfigError: a bad chain
    if (shaping := text_shaping_warning()) is not None:  # else right-to-left text is wrong with no word said
        log.warning(shaping)
    watermark_key = load_or_create_secret(data_dir, WATERMARK_KEY_FILE)
    records = ImageRecords(ImageStore(db), clock)

    def lane(engine: ImageEngine, profile: str) -> EngineLane:  # an engine, its queue, the finisher naming it
        return EngineLane(engine, build_scheduler(engine, settings.scheduler, profile=profile), Finisher(
            engine.name, watermark_key, settings.output.watermark_issuer, records,
            credit=engine.traits.credit,  # attribution its assets ask for
            manifests=ManifestSigner(c2pa, "openbanana", __version__, engine.name) if c2pa else None,
            engine_label=EngineChoice(engine.name, profile).label))

    given = {**(engines or {}), **({settings.image_engine.choice: engine} if engine is not None else {})}
    lanes = build_lanes(settings, given, lane)  # EngineConfigError: an unknown profile
    memory = MemoryBudget(settings.server.max_decoded_bytes)  # request bodies and decoded images, server-wide
    catalog = ModelCatalog(settings.models.names(), settings.models.bases())  # UnknownBaseModelError: a bad base
    generation = GenerationService(GenerationDeps(
        engine=lanes.default.engine,
        scheduler=lanes.default.scheduler,
        finisher=lanes.default.finisher,
        routes=lanes.by_model,  # model_engines: served names on an engine of their own
        signer=ThoughtSigner.from_data_dir(data_dir),
        output=OutputOptions(settings.output.mime_type, settings.output.jpeg_quality),
        safety=build_policies(settings.safety, catalog.names),  # SafetyConfigError: a bad list or extra
        planner=build_planner(settings.planning),
        search=build_search_provider(settings.planning),
        strict_signatures=settings.models.strict_signatures,
        safety_answers=SafetyAnswers(settings.safety.answers),
        memory=memory,
        max_input_pixels=settings.server.max_input_pixels,
        catalog=catalog,
    ))
    jobs = JobQueue(db, lease_seconds=settings.batches.lease_seconds, max_attempts=settings.batches.max_attempts,
                    clock=clock)
    usage = UsageStore(db)
    ledger = UsageLedger(usage, clock)
    return AppState(
        settings=settings,
        keys=keys,
        catalog=catalog,
        generation=generation,
        files=files.files,
        uploads=files.uploads,
        janitor=files.janitor,
        batches=BatchService(BatchStore(db), jobs, generation, files.files, clock=clock, usage=ledger),
        jobs=jobs,
        verification=VerificationService(watermark_key, records, ManifestReader(c2pa.anchors_pem if c2pa else None),
                                         memory, settings.output.watermark_issuer),
        quotas=QuotaService(usage, RateStore(db), clock=clock),
        usage=ledger,
        memory=memory,
        database=db,
        clock=clock,
        image_links=ImageLinks(load_or_create_secret(data_dir, LINK_KEY_FILE), files.files, clock),
        readiness=Readiness(db, storage.blobs, lanes.default.engine,
                            {label: lane.engine for label, lane in lanes.labelled()},
                            lanes.labels.get(lanes.default, "")),
    )


def build_lanes(settings: Settings, given: Mapping[EngineChoice, ImageEngine],
                lane: Callable[[ImageEngine, str], EngineLane]) -> EngineLanes:
    """One engine (with its lane) per distinct engine and profile: the default one and each one model_engines
    names, taken from `given` where it has one, else built from the settings; names naming the same engine share
    its lane."""
    configured = settings.image_engine
    built: dict[EngineChoice, EngineLane] = {}
    for choice in settings.engines():
        engine = given.get(choice)
        built[choice] = lane(engine if engine is not None else create_engine(configured.of(choice)), choice.profile)
    routes = {model: built[choice] for model, choice in settings.models.engine_choices().items()}
    return EngineLanes(built[configured.choice], routes,
                       labels={lane: choice.label for choice, lane in built.items()})


def build_app(state: AppState) -> FastAPI:
    """The HTTP app over `state`: its routes, middleware and error handlers, and a lifespan that runs the batch
    workers and closes the services."""
    settings = state.settings
    app = FastAPI(title="openbanana", version=__version__, docs_url=None, redoc_url=None, lifespan=_lifespan(state),
                  description="Self-hosted Gemini image API (gemini-3-pro-image-preview).")
    app.state.openbanana = state
    for router in (*OPENAI_ROUTERS, *API_ROUTERS):
        app.include_router(router)
    app.include_router(playground.models_router(state.catalog))  # before the assets' /playground/{name}
    app.include_router(playground.router)  # GET /: the web playground, a client of the routes above
    if settings.observability.metrics_enabled:
        key_check = [Depends(require_api_key)] if settings.observability.metrics_require_key else []
        app.include_router(metrics.router, dependencies=key_check)
    install_error_handlers(app)
    install_openapi(app, API_ROUTERS, state.catalog.names)  # request bodies and errors FastAPI cannot see
    app.include_router(health.router)  # /healthz and /readyz

    app.add_middleware(UploadStatusMiddleware)
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(UnexpectedErrorMiddleware)  # a bug is still an envelope on a usable connection
    if origins := settings.server.cors_origin_list():  # outermost: preflights and every answer, errors too
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["*"], allow_headers=["*"],
                           expose_headers=CORS_EXPOSED_HEADERS, max_age=600)
    return app


def _lifespan(state: AppState) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async def settle(batch_id: str) -> None:
            await anyio.to_thread.run_sync(state.batches.settle, batch_id)

        worker = Worker(state.jobs, state.batches.run, settle, concurrency=state.settings.batches.workers)
        loop = asyncio.get_running_loop()
        state.batches.on_created = lambda: loop.call_soon_threadsafe(worker.wake)  # create runs in a thread
        worker.start()
        try:
            yield
        finally:
            await worker.stop()
            state.close()

    return lifespan
