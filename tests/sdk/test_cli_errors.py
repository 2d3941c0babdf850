"""Every error status the API can answer becomes one clear line from the CLI: Google's words, then what to do.

A real HTTP server answers each status with Google's error envelope (the statuses our server rarely produces on
demand: 401, 403, 429 with RetryInfo, 500, 503, 504), and the CLI talks to it through the official SDK."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from openbanana.cli.main import main
from tests.http_fakes import fake_http

RETRY_INFO = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "17s"}
KEY_INVALID = {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID",
               "domain": "googleapis.com"}


def envelope(code: int, status: str, message: str, *details: dict[str, Any]) -> bytes:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = list(details)
    return json.dumps({"error": error}).encode()


@pytest.mark.parametrize(("code", "body", "expected"), [
    (400, envelope(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", KEY_INVALID),
     "error 400 INVALID_ARGUMENT: API key not valid. Please pass a valid API key. — check the API key"),
    (401, envelope(401, "UNAUTHENTICATED", "Request had invalid authentication credentials."),
     "error 401 UNAUTHENTICATED: Request had invalid authentication credentials. — check the API key"),
    (403, envelope(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers."),
     "error 403 PERMISSION_DENIED: Method doesn't allow unregistered callers. — check the API key"),
    (404, envelope(404, "NOT_FOUND", "models/nope is not found for API version v1beta."),
     "error 404 NOT_FOUND: models/nope is not found for API version v1beta."),
    (429, envelope(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", RETRY_INFO),
     "error 429 RESOURCE_EXHAUSTED: Quota exceeded. — retry in 17s"),
    (429, envelope(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted."),
     "error 429 RESOURCE_EXHAUSTED: Resource has been exhausted. — too many requests or over quota; retry later"),
    (500, envelope(500, "INTERNAL", "An internal error has occurred."),
     "error 500 INTERNAL: An internal error has occurred. — the server failed; its log has the details"),
    (503, envelope(503, "UNAVAILABLE", "The model is overloaded.\n Please try again later."),
     "error 503 UNAVAILABLE: The model is overloaded. Please try again later. — the service is busy"),
    (504, envelope(504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete."),
     "error 504 DEADLINE_EXCEEDED: Deadline expired before operation could complete. — the request ran out of time"),
])
def test_each_status_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str], code: int, body: bytes,
                                       expected: str) -> None:
    assert_one_line(tmp_path, monkeypatch, capsys, ["generate", "a kite"], code, body, expected)


def test_batch_commands_report_the_same_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line(tmp_path, monkeypatch, capsys, ["batches", "status", "batches/abc"], 429,
                    envelope(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", RETRY_INFO),
                    "error 429 RESOURCE_EXHAUSTED: Quota exceeded. — retry in 17s")


def assert_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    command: list[str], code: int, body: bytes, expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    with fake_http(lambda method, path, query, sent: (code, body, 0.0)) as server:
        assert main([*command, "--base-url", server.url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(expected) and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert len(server.requests) == 1, "one request, no silent retries"


def test_connection_refused_names_the_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["batches", "submit", "x", "--base-url", "http://127.0.0.1:9"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "cannot reach http://127.0.0.1:9 (ConnectError) — is `openbanana serve` running?"
