"""The OpenAPI document: FastAPI's, plus what it cannot see because api.body parses bodies by hand.

Routes read their JSON through `parse_body`, so FastAPI knows neither the request bodies nor the error shape.
Each route declares what it reads and answers beside itself, with `@documented`; this fills that in from the
protocol models, so that the document describes the wire exactly and generated clients (and schema-driven fuzzers)
send meaningful requests: request bodies, the served model names, the API key, and Google's error envelope in
place of FastAPI's 422 that this server never answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints, is_typeddict

from fastapi import APIRouter, FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from openbanana.api.responses import JSON_MEDIA_TYPE

REF = "#/components/schemas/{model}"
SHAPES_ATTRIBUTE = "__wire_shapes__"  # set on an endpoint by @documented
EndpointT = TypeVar("EndpointT", bound=Callable[..., Any])
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


@dataclass(frozen=True)
class WireShapes:
    """What one route reads and answers, as `@documented` declares it beside the route."""

    body: type[BaseModel] | None
    example: dict[str, Any] | None
    answer: Any
    upload: bool


def documented(*, body: type[BaseModel] | None = None, example: dict[str, Any] | None = None, answer: Any = None,
               upload: bool = False) -> Callable[[EndpointT], EndpointT]:
    """Declares a route's wire shapes for the document: `body` (what the route reads with api.body) with one small
    `example`, `answer` (a protocol TypedDict), `upload` (the body may be raw bytes, with X-Goog-Upload-* headers).
    Put it under the route's decorator; a route without it has no documented body."""
    shapes = WireShapes(body, example, answer, upload)

    def declare(endpoint: EndpointT) -> EndpointT:
        setattr(endpoint, SHAPES_ATTRIBUTE, shapes)
        return endpoint

    return declare


def route_shapes(routers: Iterable[APIRouter]) -> dict[tuple[str, str], WireShapes]:
    """(path, method) → the shapes its route declared, for every documented route of `routers`."""
    found: dict[tuple[str, str], WireShapes] = {}
    for router in routers:
        for route in router.routes:
            shapes = getattr(getattr(route, "endpoint", None), SHAPES_ATTRIBUTE, None)
            if isinstance(route, APIRoute) and isinstance(shapes, WireShapes):
                found.update({(route.path_format, method.lower()): shapes for method in route.methods or ()})
    return found


def install_openapi(app: FastAPI, routers: Iterable[APIRouter], model_names: tuple[str, ...]) -> None:
    """Replace `app.openapi` with the enriched document, built once on first use like FastAPI's own; `routers` are
    those whose routes declare their shapes with `@documented`."""
    shapes = route_shapes(routers)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description,
                                   routes=app.routes)
            app.openapi_schema = enrich(document, shapes, model_names)
        return app.openapi_schema

    replace: Callable[[], dict[str, Any]] = openapi
    app.openapi = replace  # type: ignore[method-assign]


def enrich(document: dict[str, Any], shapes: Mapping[tuple[str, str], WireShapes],
           model_names: tuple[str, ...]) -> dict[str, Any]:
    components = document.setdefault("components", {})
    schemas: dict[str, Any] = components.setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):  # FastAPI's 422 shapes: this server answers 400
        schemas.pop(unused, None)
    schemas.update(ERROR_SCHEMAS)
    schemas.update(_model_schemas([s.body for s in shapes.values() if s.body is not None]))
    components["securitySchemes"] = SECURITY_SCHEMES
    document["security"] = [{"ApiKeyHeader": []}, {"ApiKeyQuery": []}]
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            _enrich_operation(operation, shapes.get((path, method)), path, model_names)
    return document


UPLOAD_ANSWER: dict[str, Any] = {
    "description": "The upload's state in X-Goog-Upload-Status (and, when started, X-Goog-Upload-URL); the body is "
                   "empty until the final chunk, which answers {\"file\": File}.",
    "headers": {"X-Goog-Upload-Status": {"schema": {"type": "string", "enum": ["active", "final", "cancelled"]}},
                "X-Goog-Upload-URL": {"schema": {"type": "string"}}},
}


def _enrich_operation(operation: dict[str, Any], shapes: WireShapes | None, path: str,
                      model_names: tuple[str, ...]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    responses.pop("422", None)
    responses["default"] = ERROR_RESPONSE
    if shapes is not None and shapes.body is not None:
        schema = {"$ref": REF.format(model=shapes.body.__name__)}
        content: dict[str, Any] = {JSON_MEDIA_TYPE: {"schema": schema, "example": shapes.example}}
        if shapes.upload:
            content["application/octet-stream"] = {"schema": {"type": "string", "format": "binary"}}
            operation["parameters"] = [*operation.get("parameters", []), *UPLOAD_HEADERS]
            # As Google answers it: a started or continued upload is headers only (an empty body), and only the
            # last chunk has a body ({"file": File}); one response can't say "maybe empty", so no body is declared.
            responses["200"] = UPLOAD_ANSWER
        operation["requestBody"] = {"required": False, "content": content}
    if shapes is not None and shapes.answer is not None:
        ok = responses.setdefault("200", {"description": "Successful Response"})
        ok["content"] = {JSON_MEDIA_TYPE: {"schema": _answer_schema(shapes.answer)}}
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path" and parameter.get("name") == "model" and not path.endswith(":{action}"):
            parameter["schema"] = {"type": "string", "enum": list(model_names),
                                   "description": "a served model name (`models/` prefix optional)"}


def _model_schemas(bodies: Iterable[type[BaseModel]]) -> dict[str, Any]:
    models: list[tuple[type[BaseModel], Literal["validation"]]] = [(m, "validation") for m in dict.fromkeys(bodies)]
    _, top = models_json_schema(models, by_alias=True, ref_template=REF)
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
