"""Google's API versions: every API route is served under `/v1` and `/v1beta` alike and knows which one was asked;
a router made with `vertex=True` also serves Vertex AI's paths for its routes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.requests import Request

API_VERSIONS = ("v1", "v1beta")
VERTEX_VERSIONS = ("v1", "v1beta1")
# Where Vertex AI's clients send model calls: project-scoped, and "express mode" (an API key, no project).
VERTEX_PREFIXES = ("/projects/{project}/locations/{location}/publishers/google", "/publishers/google")
VERTEX_SEGMENT = "publishers"


class VersionedRouter(APIRouter):
    """An APIRouter that adds each route once per API version, after its own prefix: `@router.get("/models")` serves
    `/v1/models` and `/v1beta/models`; with `prefix="/upload"`, `/upload/v1/files`. With `vertex=True` it also
    serves `/{v1,v1beta1}/projects/{project}/locations/{location}/publishers/google/models` and
    `/{v1,v1beta1}/publishers/google/models` (left out of the OpenAPI document, which describes the Gemini API).
    Within a version the routes keep the order they are declared in, and the metrics label each by its full
    template (`/v1beta/models/{model}`)."""

    def __init__(self, *, vertex: bool = False, **options: Any) -> None:
        super().__init__(**options)
        self._vertex = vertex

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **options: Any) -> None:
        for version in API_VERSIONS:
            super().add_api_route(f"/{version}{path}", endpoint, **options)
        if self._vertex:
            for version in VERTEX_VERSIONS:
                for prefix in VERTEX_PREFIXES:
                    super().add_api_route(f"/{version}{prefix}{path}", endpoint,
                                          **{**options, "include_in_schema": False})


def api_version(request: Request) -> str:
    """The version segment of the route that matched (`v1`, `v1beta`, or Vertex's `v1beta1`)."""
    path: str = request.scope["route"].path
    return next(segment for segment in path.split("/") if segment in (*API_VERSIONS, *VERTEX_VERSIONS))


def is_vertex(request: Request) -> bool:
    """Whether the request came by one of Vertex AI's paths (its answers differ where the SDKs read them)."""
    path: str = request.scope["route"].path
    return f"/{VERTEX_SEGMENT}/google/" in path


ApiVersion = Annotated[str, Depends(api_version)]  # a route parameter: the version this request was sent to
