"""Google's API versions: every API route is served under `/v1` and `/v1beta` alike and knows which one was asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from starlette.requests import Request

API_VERSIONS = ("v1", "v1beta")


class VersionedRouter(APIRouter):
    """An APIRouter that adds each route once per API version, after its own prefix: `@router.get("/models")` serves
    `/v1/models` and `/v1beta/models`; with `prefix="/upload"`, `/upload/v1/files`. Within a version the routes keep
    the order they are declared in, and the metrics label each by its full template (`/v1beta/models/{model}`)."""

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **options: Any) -> None:
        for version in API_VERSIONS:
            super().add_api_route(f"/{version}{path}", endpoint, **options)


def api_version(request: Request) -> str:
    """The version segment of the route that matched (`v1` or `v1beta`)."""
    path: str = request.scope["route"].path
    return next(segment for segment in path.split("/") if segment in API_VERSIONS)


ApiVersion = Annotated[str, Depends(api_version)]  # a route parameter: the version this request was sent to
