"""Routes of Google's Batch API: :batchGenerateContent, get, list, :cancel, delete (wire-protocol.md §11)."""

from __future__ import annotations

import anyio.to_thread
from fastapi import Depends, Query
from starlette.requests import Request
from starlette.responses import Response

from openbanana.api.body import parse_body
from openbanana.api.openapi import documented
from openbanana.api.responses import json_response
from openbanana.api.state import app_state, require_api_key
from openbanana.api.versions import ApiVersion, VersionedRouter
from openbanana.protocol.batches import BatchGenerateContentRequest

# Included before models.router, whose `models/{model}:{action}` catch-all would otherwise answer :batchGenerateContent.
router = VersionedRouter(tags=["batches"], dependencies=[Depends(require_api_key)])


@router.post("/models/{model}:batchGenerateContent")
@documented(body=BatchGenerateContentRequest, example={
    "batch": {"displayName": "nightly", "inputConfig": {"requests": {"requests": [
        {"request": {"contents": [{"parts": [{"text": "a cat"}]}]}, "metadata": {"key": "cat"}}]}}}})
async def create_batch(model: str, request: Request, version: ApiVersion) -> Response:
    state = app_state(request)
    name = state.catalog.resolve(model, api_version=version, method="batchGenerateContent")
    body = await parse_body(request, BatchGenerateContentRequest, state.settings.server.max_request_bytes,
                            state.memory)
    batches = state.batches
    record = await anyio.to_thread.run_sync(batches.create, state.owner(request), name, body, str(request.base_url))
    return json_response(await anyio.to_thread.run_sync(batches.get, record.owner, record.id))


@router.get("/batches")
async def list_batches(
    request: Request,
    page_size: int | None = Query(default=None, alias="pageSize"),
    page_token: str | None = Query(default=None, alias="pageToken"),
) -> Response:
    state = app_state(request)
    return json_response(await anyio.to_thread.run_sync(
        state.batches.list_batches, state.owner(request), page_size, page_token))


@router.post("/batches/{batch_id}:cancel")
async def cancel_batch(batch_id: str, request: Request) -> Response:
    state = app_state(request)
    await anyio.to_thread.run_sync(state.batches.cancel, state.owner(request), batch_id)
    return json_response({})


@router.get("/batches/{batch_id}")
async def get_batch(batch_id: str, request: Request) -> Response:
    state = app_state(request)
    return json_response(await anyio.to_thread.run_sync(state.batches.get, state.owner(request), batch_id))


@router.delete("/batches/{batch_id}")
async def delete_batch(batch_id: str, request: Request) -> Response:
    state = app_state(request)
    await anyio.to_thread.run_sync(state.batches.delete, state.owner(request), batch_id)
    return json_response({})
