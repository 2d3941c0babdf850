"""JSON answers: the one serialiser (orjson) and the media types that every route, stream and error handler sends."""

from __future__ import annotations

from collections.abc import Mapping

import orjson
from starlette.responses import Response

JSON_MEDIA_TYPE = "application/json"  # a streamed JSON array; the OpenAPI document's content key
JSON_UTF8 = f"{JSON_MEDIA_TYPE}; charset=UTF-8"  # a whole JSON answer, labelled as Google labels it
SSE_MEDIA_TYPE = "text/event-stream"


def json_bytes(payload: object) -> bytes:
    return orjson.dumps(payload)


def json_response(payload: object, *, status_code: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(json_bytes(payload), status_code=status_code, media_type=JSON_UTF8, headers=headers)
