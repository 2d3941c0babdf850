"""`GET /` serves the playground page; `GET /playground/<asset>` its script and stylesheet; and
`GET /playground/models.json` what each served model accepts, so the page offers that model's own aspect ratios and
sizes. No key, no build step.

The files ship as package data (src/openbanana/playground/static) and are read once, when this module is imported.
The page generates only through the public API (`:streamGenerateContent?alt=sse`), like any client.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from fastapi import APIRouter
from starlette.responses import JSONResponse, Response

from openbanana.errors import NotFoundError
from openbanana.service.catalog import ModelCatalog

ASSET_PREFIX = "/playground"
MEDIA_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
# The page is small and changes with the server version: let browsers revalidate rather than cache stale copies.
HEADERS = {
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Everything the page needs is same-origin; images are shown from blob: and data: URLs made from API responses.
PAGE_CSP = (
    "default-src 'self'; img-src 'self' blob: data:; connect-src 'self'; script-src 'self'; style-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
)


def load_assets() -> dict[str, bytes]:
    static = files("openbanana.playground").joinpath("static")
    return {name: static.joinpath(name).read_bytes() for name in MEDIA_TYPES}


ASSETS = load_assets()
router = APIRouter(include_in_schema=False)


@router.api_route("/", methods=["GET", "HEAD"])
async def page() -> Response:
    return Response(ASSETS["index.html"], media_type=MEDIA_TYPES["index.html"],
                    headers={**HEADERS, "Content-Security-Policy": PAGE_CSP})


@router.get(ASSET_PREFIX + "/{name}")
async def asset(name: str) -> Response:
    if name not in ASSETS or name == "index.html":
        raise NotFoundError(f"Requested entity was not found: no playground asset {name!r}.")
    return Response(ASSETS[name], media_type=MEDIA_TYPES[name], headers=HEADERS)


def models_router(catalog: ModelCatalog) -> APIRouter:
    """`GET /playground/models.json`: the served names (hidden ones left out, an operator's names with their base
    model's table), each with its aspect ratios, sizes, exact pixels per cell and input-image limit."""
    listing = {"models": [_describe(catalog, name) for name in catalog.names]}
    models = APIRouter(include_in_schema=False)

    @models.get(ASSET_PREFIX + "/models.json")
    async def served_models() -> Response:
        return JSONResponse(listing, headers=HEADERS)

    return models


def _describe(catalog: ModelCatalog, name: str) -> dict[str, Any]:
    card = catalog.card(name)
    table = card.sizes
    return {
        "name": name,
        "displayName": card.display_name,
        "aspectRatios": list(table.aspect_ratios),
        "imageSizes": list(table.image_sizes),
        "defaultImageSize": table.default_size,
        "maxInputImages": card.max_input_images,
        "pixels": {ratio: {size: [table.target(ratio, size).width, table.target(ratio, size).height]
                           for size in table.image_sizes} for ratio in table.aspect_ratios},
    }
