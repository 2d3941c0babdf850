"""Structured logs from a real `openbanana serve --log-format json`: one JSON object per line, request ids on every
line of a request (worker threads included), and never an API key or image bytes, even on errors."""

from __future__ import annotations

import base64
import io
import json
import logging
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from PIL import Image

from openbanana.api.logs import JsonFormatter, Redactor, RequestIdFilter, TextFormatter
from openbanana.api.request_ids import REQUEST_ID
from tests.conftest import LiveServer, start_server, stop_server

SECRET = "sk-live-7f3a9c2e-do-not-log"
GENERATE = "/v1beta/models/gemini-3-pro-image-preview:generateContent"


def post(server: LiveServer, path: str, body: dict[str, Any], request_id: str | None = None,
         key: str = SECRET) -> tuple[int, str]:
    """POST with the key in `?key=` (the way it can leak into logs); → (status, X-Request-Id)."""
    headers = {"Content-Type": "application/json", **({"X-Request-Id": request_id} if request_id else {})}
    request = urllib.request.Request(f"{server.base_url}{path}?key={key}", data=json.dumps(body).encode(),
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return response.status, response.headers["X-Request-Id"]
    except urllib.error.HTTPError as error:
        error.read()
        return error.code, error.headers["X-Request-Id"]


def png_base64() -> str:
    buffer = io.BytesIO()
    Image.effect_noise((96, 96), 60).convert("RGB").save(buffer, "PNG")  # noise: no repeated runs to hide in
    return base64.b64encode(buffer.getvalue()).decode()


def test_json_logs_carry_request_ids_and_never_keys_or_image_bytes(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", "--api-key", SECRET, "--log-format", "json", "--log-level", "info")
    image = png_base64()
    try:
        ok = post(server, GENERATE, {"contents": [{"parts": [{"text": "a red kite"}]}]}, "trace-01.a:b")
        edit = {"contents": [{"parts": [{"inlineData": {"mimeType": "image/png", "data": image}},
                                        {"text": "make it blue"}]}],
                "generationConfig": {"imageConfig": {"aspectRatio": "7:3"}}}
        bad = post(server, GENERATE, edit, "not a sane id!")
        blocked = post(server, GENERATE, {"contents": [{"parts": [{"text": "csam"}]}]})
        wrong_key = post(server, GENERATE, {"contents": "x"}, key="wrong-" + SECRET[::-1])
    finally:
        stop_server(server)
    text = (tmp_path / f"server-{server.base_url.rsplit(':', 1)[1]}.log").read_text()

    assert SECRET not in text and SECRET[::-1] not in text and "key=" not in text
    assert image[:40] not in text and image[-40:] not in text
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]  # every line is one JSON object
    for line in lines:
        assert {"time", "level", "logger", "message", "request_id"} <= line.keys()
        assert line["time"].endswith("Z") and "T" in line["time"]
    access = {line["request_id"]: line for line in lines if line["logger"] == "openbanana.access"}

    assert ok == (200, "trace-01.a:b")
    assert bad[0] == 400 and bad[1] != "not a sane id!" and len(bad[1]) == 16
    assert blocked[0] == 200 and wrong_key[0] == 400
    for status, request_id in (ok, bad, blocked, wrong_key):
        line = access[request_id]
        assert line["status"] == status and line["method"] == "POST" and line["path"] == GENERATE
        assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    screened = [line for line in lines if line["logger"] == "openbanana.safety"]  # logged in a worker thread
    assert screened and {line["request_id"] for line in screened} == {blocked[1]}
    assert any(line["logger"].startswith("uvicorn") and line["request_id"] is None for line in lines)


def record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    made = logging.LogRecord("openbanana.test", logging.ERROR, __file__, 1, message, args, info)
    RequestIdFilter().filter(made)
    return made


def test_formatters_redact_keys_query_parameters_and_base64_in_exceptions() -> None:
    image = png_base64()
    try:
        raise RuntimeError(f"POST http://h/v1beta/x?alt=sse&key=abc123&upload_id=9 failed; body {image}")
    except RuntimeError as error:
        raised = error
    token = REQUEST_ID.set("req-42")
    try:
        json_line = JsonFormatter(Redactor([SECRET])).format(record("key %s rejected", SECRET, exc=raised))
        text_line = TextFormatter(Redactor([SECRET])).format(record("key %s rejected", SECRET))
    finally:
        REQUEST_ID.reset(token)
    parsed = json.loads(json_line)
    assert parsed["message"] == "key [redacted] rejected" and parsed["request_id"] == "req-42"
    assert "key=[redacted]&upload_id=9" in parsed["exc"] and "abc123" not in parsed["exc"]
    assert image[:40] not in parsed["exc"] and "base64 chars]" in parsed["exc"]
    assert "[req-42]" in text_line and SECRET not in text_line


def test_store_and_google_shaped_keys_are_redacted_in_messages_and_in_the_path_field() -> None:
    import secrets

    store_key, google_key = "ob-" + secrets.token_urlsafe(32), "AIza" + "Sy" + "x" * 33
    access = record("GET %s 404 1.0ms", f"/v1beta/{store_key}/models")
    access.path = f"/v1beta/{store_key}/{google_key}/models"  # what the access line carries as a JSON field
    parsed = json.loads(JsonFormatter(Redactor()).format(access))
    assert store_key not in json.dumps(parsed) and google_key not in json.dumps(parsed)
    assert parsed["path"] == "/v1beta/[redacted]/[redacted]/models" and "[redacted]" in parsed["message"]
    text = TextFormatter(Redactor()).format(record("key %s and %s", store_key, google_key))
    assert store_key not in text and google_key not in text
    assert TextFormatter(Redactor()).format(record("ob-button and job-42")).endswith("ob-button and job-42")


def test_a_key_in_the_url_path_is_cut_from_the_access_line(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from openbanana.api.app import create_app
    from openbanana.config import Settings

    messages: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = messages.append  # type: ignore[method-assign]
    logger = logging.getLogger("openbanana.access")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        with TestClient(create_app(Settings(data_dir=tmp_path / "data", api_keys="plain-key-9f2c"))) as client:
            client.get("/v1beta/plain-key-9f2c/models", headers={"x-goog-api-key": "plain-key-9f2c"})
            client.get("/v1beta/models/plain-key-9f2c?key=plain-key-9f2c")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    lines = [(m.getMessage(), getattr(m, "path", "")) for m in messages]
    assert len(lines) == 2 and all("plain-key-9f2c" not in text + path for text, path in lines), lines
    assert lines[0][1] == "/v1beta/[redacted]/models"
