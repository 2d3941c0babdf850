"""API keys, as Google checks them: `x-goog-api-key` header or `?key=`; never logged."""

from __future__ import annotations

import hmac

from starlette.requests import Request

from openbanana.errors import InvalidArgumentError, PermissionDeniedError, error_info_detail, localized_message_detail

MISSING_KEY = (
    "Method doesn't allow unregistered callers (callers without established identity). "
    "Please use API Key or other form of API consumer identity to call this API."
)
INVALID_KEY = "API key not valid. Please pass a valid API key."


def presented_key(request: Request) -> str:
    return (request.headers.get("x-goog-api-key") or request.query_params.get("key") or "").strip()


def check_api_key(request: Request, keys: frozenset[str]) -> None:
    """No keys configured: any non-empty key passes (the server refuses to start off loopback that way)."""
    key = presented_key(request)
    if not key:
        raise PermissionDeniedError(MISSING_KEY)
    if keys and not any(hmac.compare_digest(key.encode(), k.encode()) for k in keys):
        raise InvalidArgumentError(
            INVALID_KEY, details=[error_info_detail("API_KEY_INVALID"), localized_message_detail(INVALID_KEY)]
        )
