"""The CLI is a client of the public API through the official google-genai SDK: ours by default, Google's too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import typer
from google import genai
from google.genai import errors, types
from rich.console import Console

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


def _transport_errors() -> tuple[type[Exception], ...]:
    """google-genai 3.x talks through httpx2, older releases through httpx: catch both families."""
    found: list[type[Exception]] = [httpx.TransportError]
    try:
        import httpx2
    except ImportError:
        return tuple(found)
    found.append(httpx2.TransportError)
    return tuple(found)


TRANSPORT_ERRORS = _transport_errors()
console = Console(stderr=True, soft_wrap=True)  # an error stays one line, whatever the terminal width


@dataclass(frozen=True)
class Connection:
    base_url: str | None  # None: Google's own endpoint
    api_key: str

    def client(self) -> genai.Client:
        options = types.HttpOptions(base_url=self.base_url) if self.base_url else None
        return genai.Client(api_key=self.api_key, http_options=options)

    @property
    def where(self) -> str:
        return self.base_url or "Google's Gemini API"


def connect(base_url: str | None, api_key: str | None, google: bool) -> Connection:
    key = api_key or os.environ.get("GEMINI_API_KEY") or os.environ.get("GOOGLE_API_KEY")
    if google:
        if not key:
            raise typer.BadParameter("--google needs an API key: set GEMINI_API_KEY or pass --api-key")
        return Connection(None, key)
    return Connection(base_url or os.environ.get("OPENBANANA_BASE_URL") or DEFAULT_BASE_URL, key or "local")


@contextmanager
def reported_errors(connection: Connection) -> Iterator[None]:
    """Turn every failure a user can cause into one clear line and exit status 1 (no tracebacks)."""
    try:
        yield
    except errors.APIError as exc:
        console.print(error_line(exc), style="red", markup=False, highlight=False)
        raise typer.Exit(1) from None
    except TRANSPORT_ERRORS as exc:
        hint = " — is `openbanana serve` running?" if connection.base_url else ""
        console.print(f"[red]cannot reach {connection.where}[/red] ({type(exc).__name__}){hint}")
        raise typer.Exit(1) from None
    except OSError as exc:
        console.print(f"[red]error[/red]: {exc}")
        raise typer.Exit(1) from None


HINTS = {
    401: "check the API key (--api-key or GEMINI_API_KEY)",
    403: "check the API key (--api-key or GEMINI_API_KEY)",
    429: "too many requests or over quota; retry later",
    500: "the server failed; its log has the details",
    503: "the service is busy or still loading; retry shortly",
    504: "the request ran out of time; retry, or ask for a smaller image",
}


def error_line(exc: errors.APIError) -> str:
    """`error 429 RESOURCE_EXHAUSTED: <Google's message> — retry in 12s`: the API's words, then what to do."""
    details = _status_details(exc)
    hint = HINTS.get(exc.code, "")
    if any(d.get("reason") == "API_KEY_INVALID" for d in details):
        hint = HINTS[401]
    if delay := next((d.get("retryDelay") for d in details if str(d.get("@type", "")).endswith("RetryInfo")), None):
        hint = f"retry in {delay}"
    headers = getattr(exc.response, "headers", None) or {}
    if exc.code >= 500 and (request_id := headers.get("x-request-id")):
        hint = f"{hint} (request id {request_id})" if hint else f"request id {request_id}"
    line = f"error {exc.code} {exc.status or ''}".rstrip() + f": {one_line(exc.message or 'no message')}"
    return f"{line} — {hint}" if hint else line


def _status_details(exc: errors.APIError) -> list[dict[str, object]]:
    body = exc.details if isinstance(exc.details, dict) else {}
    error = body.get("error", body)
    found = error.get("details") if isinstance(error, dict) else None
    return [d for d in found if isinstance(d, dict)] if isinstance(found, list) else []


def one_line(message: str) -> str:
    """Google's messages may span lines (`* field: reason` lists); a terminal line should not."""
    return " ".join(message.split())
