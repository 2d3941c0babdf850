"""The OpenAPI document: FastAPI's, plus what it cannot see because api.body parses bodies by hand.

Routes read their JSON through `parse_body`, so FastAPI knows neither the request bodies nor the error shape.
This fills them in from the protocol models, so that the document describes the wire exactly and generated
clients (and schema-driven fuzzers) send meaningful requests: request bodies, the served model names, the API
key, and Google's error envelope in place of FastAPI's 422 that this server never answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, get_args, get_origin, get_type_hints, is_typeddict

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from openbanana.api.responses import JSON_MEDIA_TYPE
from openbanana.protocol.batches import BatchGenerateContentRequest
from openbanana.protocol.files import CreateFileRequest, File, ListFilesResponse
from openbanana.protocol.generate import CountTokensRequest, GenerateContentRequest
from openbanana.protocol.responses import CountTokensResponse, GenerateContentResponse, ListModelsResponse, Model
from openbanana.protocol.verify import VerifyImageRequest

REF = "#/components/schemas/{model}"

# (method, path after the version prefix) → the body api.body parses, with one small example.
BODIES: dict[tuple[str, str], tuple[type[BaseModel], dict[str, Any]]] = {
    ("post", "/models/{model}:generateContent"): (GenerateContentRequest, {
        "contents": [{"parts": [{"text": "a red bicycle"}]}],
        "generationConfig": {"imageConfig": {"imageSize": "1K", "aspectRatio": "1:1"}}}),
    ("post", "/models/{model}:streamGenerateContent"): (GenerateContentRequest, {
        "contents": [{"parts": [{"text": "a lighthouse at dusk"}]}],
        "generationConfig": {"responseModalities": ["TEXT", "IMAGE"]}}),
    ("post", "/models/{model}:countTokens"): (CountTokensRequest, {"contents": [{"parts": [{"text": "a cat"}]}]}),
    ("post", "/models/{model}:batchGenerateContent"): (BatchGenerateContentRequest, {
        "batch": {"displayName": "nightly", "inputConfig": {"requests": {"requests": [
            {"request": {"contents": [{"parts": [{"text": "a cat"}]}]}, "metadata": {"key": "cat"}}]}}}}),
    ("post", "/openbanana:verifyImage"): (VerifyImageRequest, {"image": {"mimeType": "image/png", "data": "iVBORw0"}}),
    ("post", "/files"): (CreateFileRequest, {"file": {"displayName": "photo.png", "mimeType": "image/png"}}),
}
ANSWERS: dict[tuple[str, str], Any] = {
    ("post", "/models/{model}:generateContent"): GenerateContentResponse,
    ("post", "/models/{model}:countTokens"): CountTokensResponse,
    ("get", "/models"): ListModelsResponse,
    ("get", "/models/{model}"): Model,
    ("get", "/files"): ListFilesResponse,
    ("get", "/files/{name}"): File,
}
UPLOAD_HEADERS = [
    {"name": "X-Goog-Upload-Protocol", "in": "header", "required": False,
     "schema": {"type": "string", "enum": ["resumable", "multipart"]},
     "description": "`resumable` to start an upload session, `multipart` for the one-request form."},
    {"name": "X-Goog-Upload-Command", "in": "header", "required": False,
     "schema": {"type": "string", "enum": ["start", "upload", "upload, finalize", "finalize", "query", "cancel"]}},
    {"name": "X-Goog-Upload-Offset", "in": "header", "required": False, "schema": {"type": "integer", "minimum": 0}},
    {"name": "X-Goog-Upload-Header-Content-Length", "in": "header", "required": False,
     "schema": {"type": "integer", "minimum": 0}},
    {"name": "X-Goog-Upload-Header-Content-Type", "in": "header", "required": False, "schema": {"type": "string"}},
]
ERROR_SCHEMAS: dict[str, Any] = {
    "Status": {
        "type": "object", "description": "google.rpc.Status",
        "required": ["code", "message", "status"],
        "properties": {
            "code": {"type": "integer", "description": "the HTTP status"},
            "message": {"type": "string"},
            "status": {"type": "string", "description": "the google.rpc.Code name, e.g. INVALID_ARGUMENT"},
            "details": {"type": "array", "items": {"type": "object", "required": ["@type"],
                                                    "properties": {"@type": {"type": "string"}}}},
        },
    },
    "ErrorEnvelope": {"type": "object", "required": ["error"],
                      "properties": {"error": {"$ref": "#/components/schemas/Status"}}},
}
ERROR_RESPONSE = {"description": "Google's error envelope", "content": {JSON_MEDIA_TYPE: {
    "schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}}
SECURITY_SCHEMES = {
    "ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "x-goog-api-key"},
    "ApiKeyQuery": {"type": "apiKey", "in": "query", "name": "key"},
}


def install_openapi(app: FastAPI, model_names: tuple[str, ...]) -> None:
    """Replace `app.openapi` with the enriched document, built once on first use like FastAPI's own."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description,
                                   routes=app.routes)
            app.openapi_schema = enrich(document, model_names)
        return app.openapi_schema

    replace: Callable[[], dict[str, Any]] = openapi
    app.openapi = replace  # type: ignore[method-assign]


def enrich(document: dict[str, Any], model_names: tuple[str, ...]) -> dict[str, Any]:
    components = document.setdefault("components", {})
    schemas: dict[str, Any] = components.setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):  # FastAPI's 422 shapes: this server answers 400
        schemas.pop(unused, None)
    schemas.update(ERROR_SCHEMAS)
    schemas.update(_model_schemas())
    components["securitySchemes"] = SECURITY_SCHEMES
    document["security"] = [{"ApiKeyHeader": []}, {"ApiKeyQuery": []}]
    for path, operations in document.get("paths", {}).items():
        tail = _tail(path)
        for method, operation in operations.items():
            _enrich_operation(operation, method, tail, path, model_names)
    return document


def _enrich_operation(operation: dict[str, Any], method: str, tail: str, path: str,
                      model_names: tuple[str, ...]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    responses.pop("422", None)
    responses["default"] = ERROR_RESPONSE
    body = BODIES.get((method, tail))
    if body is not None:
        model, example = body
        schema = {"$ref": REF.format(model=model.__name__)}
        content: dict[str, Any] = {JSON_MEDIA_TYPE: {"schema": schema, "example": example}}
        if path.startswith("/upload/"):
            content["application/octet-stream"] = {"schema": {"type": "string", "format": "binary"}}
            operation["parameters"] = [*operation.get("parameters", []), *UPLOAD_HEADERS]
        operation["requestBody"] = {"required": False, "content": content}
    answer = ANSWERS.get((method, tail))
    if answer is not None:
        ok = responses.setdefault("200", {"description": "Successful Response"})
        ok["content"] = {JSON_MEDIA_TYPE: {"schema": _answer_schema(answer)}}
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path" and parameter.get("name") == "model" and tail != "/models/{model}:{action}":
            parameter["schema"] = {"type": "string", "enum": list(model_names),
                                   "description": "a served model name (`models/` prefix optional)"}


def _tail(path: str) -> str:
    """`/v1beta/models/{model}:countTokens` → `/models/{model}:countTokens`; `/upload/v1/files` → `/files`."""
    parts = path.removeprefix("/upload").split("/", 2)
    return "/" + parts[2] if len(parts) > 2 else path


def _model_schemas() -> dict[str, Any]:
    models: list[tuple[type[BaseModel], Literal["validation"]]] = [(m, "validation") for m, _ in BODIES.values()]
    _, top = models_json_schema(list(dict.fromkeys(models)), by_alias=True, ref_template=REF)
    defs: dict[str, Any] = top.get("$defs", {})
    return defs


SCALARS: dict[Any, dict[str, Any]] = {str: {"type": "string"}, int: {"type": "integer"},
                                      float: {"type": "number"}, bool: {"type": "boolean"}, Any: {}}


def _answer_schema(answer: Any) -> dict[str, Any]:
    """A response TypedDict as JSON Schema, inlined. Written out here because pydantic reads only
    typing_extensions.TypedDict before Python 3.12, and the protocol's answers are plain typing.TypedDicts."""
    if answer in SCALARS:
        return SCALARS[answer]
    origin, args = get_origin(answer), get_args(answer)
    if origin is list:
        return {"type": "array", "items": _answer_schema(args[0])}
    if origin is dict:
        return {"type": "object"}
    if is_typeddict(answer):
        hints = get_type_hints(answer)
        schema: dict[str, Any] = {"type": "object",
                                  "properties": {name: _answer_schema(hint) for name, hint in hints.items()}}
        if answer.__required_keys__:
            schema["required"] = sorted(answer.__required_keys__)
        return schema
    raise TypeError(f"no JSON Schema for {answer!r} in a response type")
