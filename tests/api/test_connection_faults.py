"""Faults on the connection, over real sockets: a client that leaves mid-body is a counted 499 on every route that
reads a body (never a 500, never an error log), and after a bug's 500 the connection still serves the next
request (the SDKs pool connections)."""

from __future__ import annotations

import errno
import json
import logging
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from prometheus_client import REGISTRY

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.api.engines import serving, wait_until

MODEL = "gemini-3-pro-image-preview"
BODY_ROUTES = [f"/v1beta/models/{MODEL}:generateContent", f"/v1beta/models/{MODEL}:streamGenerateContent?alt=sse",
               f"/v1beta/models/{MODEL}:countTokens", "/v1beta/openbanana:verifyImage",
               f"/v1beta/models/{MODEL}:batchGenerateContent"]


def cancelled() -> float:
    return REGISTRY.get_sample_value("openbanana_errors_total", {"status": "CANCELLED"}) or 0.0


def connect(base_url: str) -> socket.socket:
    parts = urlsplit(base_url)
    return socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=10)


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One HTTP/1.1 response with a Content-Length body, read off the socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the connection closed before a response head: {data!r}"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        assert chunk, "the connection closed mid-body"
        rest += chunk
    return int(lines[0].split()[1]), headers, rest[:length]


def test_a_client_gone_mid_body_is_a_counted_499_and_no_error_log(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(Settings(data_dir=tmp_path / "data", safety_semantic="off"))
    before = cancelled()
    with serving(app) as base_url, caplog.at_level(logging.INFO):
        for route in BODY_ROUTES:
            with connect(base_url) as sock:
                sock.sendall(f"POST {route} HTTP/1.1\r\nHost: x\r\nx-goog-api-key: any\r\n"
                             "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n".encode()
                             + b'{"contents": [{"parts": [{"text": "' + b"a" * 500)
                time.sleep(0.1)
        assert wait_until(lambda: cancelled() >= before + len(BODY_ROUTES)), cancelled() - before
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [r.getMessage() for r in errors]
    access = [r.getMessage() for r in caplog.records if r.name == "openbanana.access"]
    assert sum(" 499 " in line for line in access) == len(BODY_ROUTES), access


def test_after_a_bug_the_same_connection_serves_the_next_request(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(Settings(data_dir=tmp_path / "data", safety_semantic="off"))

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(app.state.openbanana.files, "list_files", disk_full)
    with serving(app) as base_url, connect(base_url) as sock:
        for _ in range(2):
            sock.sendall(b"GET /v1beta/files HTTP/1.1\r\nHost: x\r\nx-goog-api-key: any\r\n\r\n")
            status, headers, body = read_response(sock)
            assert status == 500 and headers.get("connection", "").lower() != "close"
            error = json.loads(body)["error"]
            assert error["status"] == "INTERNAL" and "No space" not in error["message"]
            assert headers.get("x-request-id"), "the log line can be found from the answer"
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        status, _, body = read_response(sock)
        assert status == 200 and json.loads(body)["status"] == "ok", "the pooled connection still works"
