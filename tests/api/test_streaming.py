"""Stream framing, byte for byte: what both SDKs' parsers accept (wire-protocol.md §6)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient

from openbanana.api.streaming import json_array_stream, sse_stream
from openbanana.errors import UnavailableError

STREAM = "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent"
BODY = {"contents": [{"parts": [{"text": 'a sign that says "OPEN"'}]}],
        "generationConfig": {"thinkingConfig": {"includeThoughts": True}}}


def sse_events(raw: str) -> list[dict[str, Any]]:
    assert raw.endswith("\r\n\r\n"), "the last event is terminated"
    events = []
    for block in raw.split("\r\n\r\n"):
        if not block.strip():
            continue
        lines = block.split("\r\n")
        assert len(lines) == 1 and lines[0].startswith("data: "), f"one data line per event: {block[:80]!r}"
        events.append(json.loads(lines[0][len("data: "):]))
    return events


def test_sse_framing_and_event_order(client: TestClient) -> None:
    response = client.post(STREAM + "?alt=sse", json=BODY)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert "event:" not in response.text and "\n:" not in response.text
    events = sse_events(response.text)
    parts = [e["candidates"][0]["content"]["parts"] for e in events]
    assert all(parts), "every event carries non-empty parts"
    assert parts[0][0]["thought"] is True and "text" in parts[0][0]
    assert parts[1][0]["thought"] is True and "inlineData" in parts[1][0]
    assert "thoughtSignature" in parts[-2][0] and "text" in parts[-2][0]
    assert "inlineData" in parts[-1][0] and "thoughtSignature" in parts[-1][0]
    assert [e["candidates"][0].get("finishReason") for e in events] == [None] * (len(events) - 1) + ["STOP"]
    assert "usageMetadata" in events[-1] and len({e["responseId"] for e in events}) == 1


def test_without_alt_sse_the_stream_is_one_json_array(client: TestClient) -> None:
    response = client.post(STREAM, json=BODY)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    events = json.loads(response.text)
    assert isinstance(events, list) and events[-1]["candidates"][0]["finishReason"] == "STOP"


async def failing_events() -> AsyncIterator[dict[str, Any]]:
    yield {"candidates": [{"content": {"role": "model", "parts": [{"text": "thinking", "thought": True}]}}]}
    raise UnavailableError("The model is overloaded. Please try again later.")


async def slow_events() -> AsyncIterator[dict[str, Any]]:
    await anyio.sleep(0.25)
    yield {"candidates": []}


async def collect(stream: AsyncIterator[bytes]) -> bytes:
    return b"".join([chunk async for chunk in stream])


@pytest.mark.anyio
async def test_a_failure_after_the_first_byte_becomes_a_final_error_event() -> None:
    raw = (await collect(sse_stream(failing_events(), 5.0))).decode()
    events = sse_events(raw)
    assert events[-1] == {"error": {"code": 503, "message": "The model is overloaded. Please try again later.",
                                    "status": "UNAVAILABLE"}}
    array = json.loads(await collect(json_array_stream(failing_events(), 5.0)))
    assert array[-1]["error"]["code"] == 503


@pytest.mark.anyio
async def test_keepalives_are_bare_blank_lines() -> None:
    raw = await collect(sse_stream(slow_events(), 0.05))
    head, _, tail = raw.partition(b"data: ")
    assert head and set(head) <= {ord("\r"), ord("\n")}, "only blank lines before the first event"
    assert tail.endswith(b"\r\n\r\n")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
