"""API keys, as Google checks them: `x-goog-api-key` header or `?key=`, or as Vertex AI's clients send credentials:
`Authorization: Bearer <key>`; never logged."""

from __future__ import annotations

from starlette.requests import Request

from openbanana.errors import InvalidArgumentError, PermissionDeniedError, error_info_detail, localized_message_detail
from openbanana.service.keys import Caller, KeyService

MISSING_KEY = (
    "Method doesn't allow unregistered callers (callers without established identity). "
    "Please use API Key or other form of API consumer identity to call this API."
)
INVALID_KEY = "API key not valid. Please pass a valid API key."


def presented_key(request: Request) -> str:
    return (request.headers.get("x-goog-api-key") or request.query_params.get("key")
            or bearer_token(request.headers.get("authorization", ""))).strip()


def bearer_token(authorization: str) -> str:
    """The token of an `Authorization: Bearer <token>` header (the scheme in any case, as RFC 6750 allows)."""
    scheme, _, token = authorization.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def authenticate(request: Request, keys: KeyService) -> Caller:
    """A store key, a settings key, or (no keys configured anywhere) any non-empty key; unknown or revoked: 400."""
    key = presented_key(request)
    if not key:
        raise PermissionDeniedError(MISSING_KEY)
    caller = keys.caller(key)
    if caller is None:
        raise InvalidArgumentError(
            INVALID_KEY, details=[error_info_detail("API_KEY_INVALID"), localized_message_detail(INVALID_KEY)]
        )
    return caller
