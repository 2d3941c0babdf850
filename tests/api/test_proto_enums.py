"""proto3 JSON over HTTP: enum numbers in requests, `alt`/`$alt` and `enum-encoding=int` answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

MODEL = "/v1beta/models/gemini-3-pro-image-preview"
INT_ENUMS = "$alt=json;enum-encoding=int"
# what google-generativeai's REST transport sends: numbers for every enum, the request in camelCase
LEGACY_BODY: dict[str, Any] = {
    "contents": [{"role": "user", "parts": [{"text": "a lighthouse at dusk"}]}],
    "generationConfig": {"responseModalities": [1, 2]},
    "safetySettings": [{"category": 7, "threshold": 4}],
}


def test_numbers_in_and_numbers_out(client: TestClient) -> None:
    response = client.post(f"{MODEL}:generateContent?{INT_ENUMS}", json=LEGACY_BODY)
    assert response.status_code == 200, response.text
    answer = response.json()
    candidate = answer["candidates"][0]
    assert candidate["finishReason"] == 1  # STOP
    assert {type(r["category"]) for r in candidate["safetyRatings"]} == {int}
    kinds = [p for p in candidate["content"]["parts"] if "inlineData" in p or "text" in p]
    assert len(kinds) == 2, "TEXT and IMAGE were both asked for by number"
    assert {d["modality"] for d in answer["usageMetadata"]["candidatesTokensDetails"]} <= {1, 2}


def test_names_unless_numbers_are_asked_for(client: TestClient) -> None:
    answer = client.post(f"{MODEL}:generateContent?alt=json", json=LEGACY_BODY).json()
    assert answer["candidates"][0]["finishReason"] == "STOP"
    assert answer["usageMetadata"]["promptTokensDetails"][0]["modality"] == "TEXT"


def test_a_blocked_prompt_in_numbers(client: TestClient) -> None:
    body = {**LEGACY_BODY, "contents": [{"parts": [{"text": "a naked woman lying on a bed"}]}],
            "safetySettings": [{"category": 9, "threshold": 2}]}
    answer = client.post(f"{MODEL}:generateContent?{INT_ENUMS}", json=body).json()
    assert answer["promptFeedback"]["blockReason"] == 1  # SAFETY
    assert answer["candidates"][0]["finishReason"] == 3  # SAFETY
    sexual = [r for r in answer["promptFeedback"]["safetyRatings"] if r["category"] == 9]
    assert sexual == [{"category": 9, "probability": 4, "blocked": True}]


def test_the_stream_as_a_json_array_in_numbers(client: TestClient) -> None:
    response = client.post(f"{MODEL}:streamGenerateContent?{INT_ENUMS}", json=LEGACY_BODY)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    events = json.loads(response.text)
    assert events[-1]["candidates"][0]["finishReason"] == 1


@pytest.mark.parametrize("query", ["alt=sse;enum-encoding=int", "$alt=sse;enum-encoding=int"])
def test_sse_in_numbers(client: TestClient, query: str) -> None:
    response = client.post(f"{MODEL}:streamGenerateContent?{query}", json=LEGACY_BODY)
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [json.loads(line[len("data: "):]) for line in response.text.splitlines() if line.startswith("data: ")]
    assert events[-1]["candidates"][0]["finishReason"] == 1


def test_count_tokens_in_numbers(client: TestClient) -> None:
    answer = client.post(f"{MODEL}:countTokens?{INT_ENUMS}", json={"contents": LEGACY_BODY["contents"]}).json()
    assert answer["promptTokensDetails"] == [{"modality": 1, "tokenCount": answer["totalTokens"]}]


@pytest.mark.parametrize(("body", "query", "message"), [
    ({**LEGACY_BODY, "generationConfig": {"responseModalities": [7]}}, INT_ENUMS,
     "generationConfig.responseModalities[0]"),
    ({**LEGACY_BODY, "safetySettings": [{"category": 7, "threshold": 9}]}, INT_ENUMS, "3 (BLOCK_ONLY_HIGH)"),
    ({**LEGACY_BODY, "generationConfig": {"responseModalities": [3]}}, INT_ENUMS, "'AUDIO' is not supported"),
    (LEGACY_BODY, "alt=proto", "this server answers json or sse"),
])
def test_bad_values_are_invalid_argument(client: TestClient, body: dict[str, Any], query: str, message: str) -> None:
    response = client.post(f"{MODEL}:generateContent?{query}", json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT" and message in error["message"], error
