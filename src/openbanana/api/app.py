"""create_app(settings): the one composition root. Builds the services and wires routes and handlers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from starlette.responses import Response

from openbanana import __version__
from openbanana.api.errors import install_error_handlers
from openbanana.api.files import build_files_router, build_upload_router
from openbanana.api.models import build_router, json_response
from openbanana.api.request_ids import RequestIdMiddleware
from openbanana.api.state import AppState
from openbanana.api.uploads import UploadStatusMiddleware
from openbanana.config import Settings
from openbanana.engines.registry import create_engine
from openbanana.safety.profiles import build_policies
from openbanana.service.catalog import ModelCatalog
from openbanana.service.files import Clock, FileLimits, FileService, utc_now
from openbanana.service.generation import GenerationService, OutputOptions
from openbanana.service.signatures import ThoughtSigner

API_VERSIONS = ("v1", "v1beta")
log = logging.getLogger("openbanana")


class InsecureBindError(RuntimeError):
    """Serving without API keys on a non-loopback address would open the server to anyone on the network."""


def create_app(settings: Settings | None = None, *, clock: Clock = utc_now) -> FastAPI:
    """`clock` is what "now" means for file expiry (tests move it instead of sleeping)."""
    settings = settings or Settings()
    keys = settings.key_set()
    if not keys and not settings.binds_loopback_only() and not settings.insecure:
        raise InsecureBindError(
            f"refusing to serve on {settings.host} without API keys: pass --api-key (or set OPENBANANA_API_KEYS), "
            "or --insecure to accept any key from anyone who can reach this address"
        )
    data_dir = settings.resolved_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    files = FileService.in_data_dir(data_dir, FileLimits(
        max_file_bytes=settings.max_file_bytes,
        quota_bytes_per_owner=settings.quota_bytes_per_key,
        ttl=timedelta(hours=settings.file_ttl_hours),
    ), clock=clock)
    generation = GenerationService(
        engine=create_engine(settings.engine),
        signer=ThoughtSigner.from_data_dir(data_dir),
        output=OutputOptions(settings.output_mime_type, settings.jpeg_quality),
        safety=build_policies(settings),  # per served model; raises SafetyConfigError on a bad list or extra
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        files.close()

    app = FastAPI(title="openbanana", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Self-hosted Gemini image API (gemini-3-pro-image-preview).")
    app.state.openbanana = AppState(settings, keys, ModelCatalog(settings.model_names()), generation, files)
    for version in API_VERSIONS:
        app.include_router(build_router(version))
        app.include_router(build_files_router(version))
        app.include_router(build_upload_router(version))
    install_error_handlers(app)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return json_response({"status": "ok", "version": __version__, "engine": settings.engine})

    app.add_middleware(UploadStatusMiddleware)
    app.add_middleware(RequestIdMiddleware)
    return app

