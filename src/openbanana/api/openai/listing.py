"""`GET models` and `GET models/{model}` in OpenAI's shape (for OpenAI clients on `/v1`: see routing.py)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from openbanana.api.openai.routing import OpenAIRouter, authenticated, served_model
from openbanana.api.responses import json_response
from openbanana.protocol.openai import ModelCard

router = OpenAIRouter()
CREATED = 1763424000  # 2025-11-18, when gemini-3-pro-image-preview was announced


@router.get("/models")
async def list_models(request: Request) -> Response:
    state = authenticated(request)
    return json_response({"object": "list", "data": [_card(name) for name in state.catalog.names]})


@router.get("/models/{model}")
async def get_model(model: str, request: Request) -> Response:
    state = authenticated(request)
    return json_response(_card(served_model(state, model)))


def _card(name: str) -> ModelCard:
    return {"id": name, "object": "model", "created": CREATED, "owned_by": "openbanana"}

