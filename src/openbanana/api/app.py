"""create_app(settings): the one composition root. Builds the services and wires routes and handlers."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from starlette.responses import Response

from openbanana import __version__
from openbanana.api.errors import install_error_handlers
from openbanana.api.models import build_router, json_response
from openbanana.api.request_ids import RequestIdMiddleware
from openbanana.api.state import AppState
from openbanana.config import Settings
from openbanana.engines.registry import create_engine
from openbanana.service.catalog import ModelCatalog
from openbanana.service.generation import GenerationService, OutputOptions
from openbanana.service.signatures import ThoughtSigner

API_VERSIONS = ("v1", "v1beta")
log = logging.getLogger("openbanana")


class InsecureBindError(RuntimeError):
    """Serving without API keys on a non-loopback address would open the server to anyone on the network."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    keys = settings.key_set()
    if not keys and not settings.binds_loopback_only() and not settings.insecure:
        raise InsecureBindError(
            f"refusing to serve on {settings.host} without API keys: pass --api-key (or set OPENBANANA_API_KEYS), "
            "or --insecure to accept any key from anyone who can reach this address"
        )
    data_dir = settings.resolved_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    generation = GenerationService(
        engine=create_engine(settings.engine),
        signer=ThoughtSigner.from_data_dir(data_dir),
        output=OutputOptions(settings.output_mime_type, settings.jpeg_quality),
    )
    app = FastAPI(title="openbanana", version=__version__, docs_url=None, redoc_url=None,
                  description="Self-hosted Gemini image API (gemini-3-pro-image-preview).")
    app.state.openbanana = AppState(settings, keys, ModelCatalog(settings.model_names()), generation)
    for version in API_VERSIONS:
        app.include_router(build_router(version))
    install_error_handlers(app)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return json_response({"status": "ok", "version": __version__, "engine": settings.engine})

    app.add_middleware(RequestIdMiddleware)
    return app

