"""Liveness and readiness for orchestrators and load balancers: GET or HEAD, no API key, never in the API schema.

/healthz says the process is alive and its database file still in place (when it is not, a restart is the cure);
/readyz says it can take requests now (service/readiness.py): orchestrators restart on the first and route on the
second.
"""

from __future__ import annotations

import anyio.to_thread
from fastapi import APIRouter, Request
from starlette.responses import Response

from openbanana import __version__
from openbanana.api.responses import json_response
from openbanana.api.state import app_state

router = APIRouter(include_in_schema=False)


@router.api_route("/healthz", methods=["GET", "HEAD"])
async def healthz(request: Request) -> Response:
    """200 while the server can serve and store; 503 when its database file is gone (writes are refused). Names
    the default engine (`engine`) and every engine it serves with (`engines`, as /readyz checks them)."""
    state = app_state(request)
    if (problem := state.database.missing()) is not None:
        return json_response({"status": "unavailable", "version": __version__, "reason": problem}, status_code=503)
    # every engine by label, loaded or not: an engine still loading its weights is no reason to restart
    return json_response({"status": "ok", "version": __version__, "engine": state.settings.image_engine.name,
                          "engines": state.readiness.engines()})


@router.api_route("/readyz", methods=["GET", "HEAD"])
async def readyz(request: Request) -> Response:
    """200 when the store answers and the engine is loaded or can load; 503, naming what is not ready, otherwise."""
    ready, checks = await anyio.to_thread.run_sync(app_state(request).readiness.checks)  # reads the store
    return json_response({"status": "ready" if ready else "unavailable", "version": __version__, "checks": checks},
                         status_code=200 if ready else 503)
