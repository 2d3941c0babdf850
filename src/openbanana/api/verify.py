"""`POST /{v}/openbanana:verifyImage`: openbanana's own method, outside Google's API, under our own name."""

from __future__ import annotations

import anyio.to_thread
from fastapi import Depends
from starlette.requests import Request
from starlette.responses import Response

from openbanana.api.body import parse_body
from openbanana.api.openapi import documented
from openbanana.api.responses import json_response
from openbanana.api.state import app_state, require_api_key
from openbanana.api.versions import VersionedRouter
from openbanana.errors import InvalidArgumentError
from openbanana.protocol.verify import VerifyImageRequest

router = VersionedRouter(tags=["openbanana"], dependencies=[Depends(require_api_key)])


@router.post("/openbanana:verifyImage")
@documented(body=VerifyImageRequest, example={"image": {"mimeType": "image/png", "data": "iVBORw0"}})
async def verify_image(request: Request) -> Response:
    state = app_state(request)
    body = await parse_body(request, VerifyImageRequest, state.settings.server.max_request_bytes,
                            state.memory)
    blob = body.image or body.inline_data
    if blob is None or not blob.data:
        raise InvalidArgumentError('Send the image as {"image": {"mimeType": "image/png", "data": "<base64>"}}.',
                                   field="image")
    return json_response(await anyio.to_thread.run_sync(state.verification.verify, blob.data))
