"""The API's error tree: one exception per google.rpc status, rendered as Google's error envelope.

    ApiError
    ├── InvalidArgumentError       400 INVALID_ARGUMENT
    ├── FailedPreconditionError    400 FAILED_PRECONDITION
    ├── UnauthenticatedError       401 UNAUTHENTICATED
    ├── PermissionDeniedError      403 PERMISSION_DENIED
    ├── NotFoundError              404 NOT_FOUND
    ├── AlreadyExistsError         409 ALREADY_EXISTS
    ├── ResourceExhaustedError     429 RESOURCE_EXHAUSTED
    ├── RequestCancelledError      499 CANCELLED
    ├── InternalError              500 INTERNAL
    ├── UnimplementedError         501 UNIMPLEMENTED
    ├── UnavailableError           503 UNAVAILABLE
    └── DeadlineExceededError      504 DEADLINE_EXCEEDED

Every layer may raise these; only the API layer turns them into HTTP responses, SSE error frames or batch slots,
all through `ApiError.to_envelope()`. Stdlib only, so that every layer can import it.

Beside that tree, `ConfigError` is the base of every error that stops the server from starting (a setting or a
file it names that cannot be honoured); each layer subclasses it, and `openbanana serve` reports any of them as
one line and exit status 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

TYPE_PREFIX = "type.googleapis.com/google.rpc."


@dataclass(frozen=True)
class FieldViolation:
    """One bad field, in Google's `google.rpc.BadRequest.fieldViolations` shape."""

    field: str
    description: str


class ConfigError(Exception):
    """The settings cannot be honoured (a missing extra, an unreadable list, a bad key): raised before serving."""


class ApiError(Exception):
    """Base of every error the API reports to clients."""

    status: ClassVar[str] = "UNKNOWN"
    http_status: ClassVar[int] = 500

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        details: list[dict[str, Any]] | None = None,
        retry_after: int | None = None,
    ) -> None:
        """`retry_after`: whole seconds the client should wait before retrying; adds a google.rpc.RetryInfo
        detail, and the API layer sends it as a Retry-After header too."""
        super().__init__(message)
        self.message = message
        self.field = field
        self.retry_after = retry_after
        self.details = list(details or [])
        if field is not None:
            self.details.append(bad_request_detail([FieldViolation(field, message)]))
        if retry_after is not None:
            self.details.append(retry_info_detail(retry_after))

    def headers(self) -> dict[str, str]:
        """HTTP headers that go with the error response (Retry-After when the client should come back)."""
        return {} if self.retry_after is None else {"Retry-After": str(self.retry_after)}

    def to_status(self) -> dict[str, Any]:
        """The google.rpc.Status body (what goes under "error")."""
        status: dict[str, Any] = {"code": self.http_status, "message": self.message, "status": self.status}
        if self.details:
            status["details"] = self.details
        return status

    def to_envelope(self) -> dict[str, Any]:
        return {"error": self.to_status()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class InvalidArgumentError(ApiError):
    status = "INVALID_ARGUMENT"
    http_status = 400


class FailedPreconditionError(ApiError):
    status = "FAILED_PRECONDITION"
    http_status = 400


class UnauthenticatedError(ApiError):
    status = "UNAUTHENTICATED"
    http_status = 401


class PermissionDeniedError(ApiError):
    status = "PERMISSION_DENIED"
    http_status = 403


class NotFoundError(ApiError):
    status = "NOT_FOUND"
    http_status = 404


class AlreadyExistsError(ApiError):
    status = "ALREADY_EXISTS"
    http_status = 409


class ResourceExhaustedError(ApiError):
    status = "RESOURCE_EXHAUSTED"
    http_status = 429


class RequestCancelledError(ApiError):
    status = "CANCELLED"
    http_status = 499


class InternalError(ApiError):
    status = "INTERNAL"
    http_status = 500


class UnimplementedError(ApiError):
    status = "UNIMPLEMENTED"
    http_status = 501


class UnavailableError(ApiError):
    status = "UNAVAILABLE"
    http_status = 503


class DeadlineExceededError(ApiError):
    status = "DEADLINE_EXCEEDED"
    http_status = 504


def bad_request_detail(violations: list[FieldViolation]) -> dict[str, Any]:
    return {
        "@type": TYPE_PREFIX + "BadRequest",
        "fieldViolations": [{"field": v.field, "description": v.description} for v in violations],
    }


def retry_info_detail(seconds: int) -> dict[str, Any]:
    """google.rpc.RetryInfo: how long to wait, as a protobuf Duration string ("12s")."""
    return {"@type": TYPE_PREFIX + "RetryInfo", "retryDelay": f"{seconds}s"}


def error_info_detail(reason: str, metadata: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "@type": TYPE_PREFIX + "ErrorInfo",
        "reason": reason,
        "domain": "googleapis.com",
        "metadata": metadata or {"service": "generativelanguage.googleapis.com"},
    }


def localized_message_detail(message: str) -> dict[str, Any]:
    return {"@type": TYPE_PREFIX + "LocalizedMessage", "locale": "en-US", "message": message}


def client_disconnected(message: str = "The request was cancelled: the client disconnected.") -> RequestCancelledError:
    """499 CANCELLED: the client went away before its answer was ready (nobody reads it but the access log)."""
    return RequestCancelledError(message)


def internal_error() -> InternalError:
    """The one message clients see for a bug: never echo the exception text, it may leak internals."""
    return InternalError(
        "An internal error has occurred. Please retry or report it with the request id from the server log."
    )
