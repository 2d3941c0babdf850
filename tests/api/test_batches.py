"""The Batch API in-process: the Operation envelope, states and stats, doubled inlinedResponses, error slots,
JSONL file input with a downloadable responsesFile, cancel, delete, owners and paging."""

from __future__ import annotations

import base64
import io
import re
import time
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.api.test_errors import assert_error
from tests.api.test_files import upload

CREATE = "/{v}/models/gemini-3-pro-image-preview:batchGenerateContent"
BATCH_NAME = re.compile(r"^batches/[a-z0-9]+$")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
BATCH_TYPE = "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch"
OUTPUT_TYPE = "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatchOutput"


def request(prompt: str, **image_config: str) -> dict[str, Any]:
    body: dict[str, Any] = {"contents": [{"parts": [{"text": prompt}], "role": "user"}],
                            "generationConfig": {"responseModalities": ["IMAGE"]}}
    if image_config:
        body["generationConfig"]["imageConfig"] = image_config
    return body


def inline_batch(*requests: dict[str, Any], display_name: str = "test batch") -> dict[str, Any]:
    return {"batch": {"displayName": display_name, "inputConfig": {"requests": {"requests": list(requests)}}}}


def create(client: TestClient, body: dict[str, Any], version: str = "v1beta") -> dict[str, Any]:
    response = client.post(CREATE.format(v=version), json=body)
    assert response.status_code == 200, response.text
    operation: dict[str, Any] = response.json()
    return operation


def wait_done(client: TestClient, name: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        operation: dict[str, Any] = client.get(f"/v1beta/{name}").json()
        if operation.get("done"):
            return operation
        time.sleep(0.05)
    raise AssertionError(f"{name} did not finish within {timeout} s")


def image_of(response: dict[str, Any]) -> Image.Image:
    [part] = [p for p in response["candidates"][0]["content"]["parts"] if "inlineData" in p]
    return Image.open(io.BytesIO(base64.b64decode(part["inlineData"]["data"])))


@pytest.fixture
def idle(settings: Settings) -> Iterator[TestClient]:
    """No batch workers: batches stay pending, so cancel and paging see them unstarted."""
    app = create_app(settings.updated(batch_workers=0))
    with TestClient(app, headers={"x-goog-api-key": "test-key"}) as test_client:
        yield test_client


def test_create_answers_a_pending_operation_with_everything_under_metadata(idle: TestClient) -> None:
    operation = create(idle, inline_batch({"request": request("a cat")}, {"request": request("a dog")}))
    assert set(operation) == {"name", "metadata"}, "not done: no done/response yet"
    assert BATCH_NAME.match(operation["name"])
    metadata = operation["metadata"]
    assert metadata["@type"] == BATCH_TYPE and metadata["name"] == operation["name"]
    assert metadata["model"] == "models/gemini-3-pro-image-preview" and metadata["displayName"] == "test batch"
    assert metadata["state"] == "BATCH_STATE_PENDING"
    assert RFC3339.match(metadata["createTime"]) and RFC3339.match(metadata["updateTime"])
    assert metadata["batchStats"] == {"requestCount": "2", "pendingRequestCount": "2",
                                      "successfulRequestCount": "0", "failedRequestCount": "0"}
    assert idle.get(f"/v1/{operation['name']}").json() == operation


def test_inline_batch_succeeds_with_doubled_inlined_responses_in_order(client: TestClient) -> None:
    operation = create(client, inline_batch(
        {"request": request("a red bicycle", aspectRatio="16:9"), "metadata": {"key": "wide"}},
        {"request": request("a blue kite"), "metadata": {"key": "square"}},
    ), version="v1")
    done = wait_done(client, operation["name"])
    metadata = done["metadata"]
    assert done["done"] is True and metadata["state"] == "BATCH_STATE_SUCCEEDED"
    assert RFC3339.match(metadata["endTime"])
    assert metadata["batchStats"] == {"requestCount": "2", "pendingRequestCount": "0",
                                      "successfulRequestCount": "2", "failedRequestCount": "0"}
    responses = metadata["output"]["inlinedResponses"]["inlinedResponses"]
    assert [r["metadata"] for r in responses] == [{"key": "wide"}, {"key": "square"}]
    assert image_of(responses[0]["response"]).size == (1376, 768)
    assert image_of(responses[1]["response"]).size == (1024, 1024)
    assert done["response"] == {"@type": OUTPUT_TYPE, **metadata["output"]}


def test_a_bad_request_fails_only_its_own_slot(client: TestClient) -> None:
    operation = create(client, inline_batch(
        {"request": request("fine"), "metadata": {"key": "ok"}},
        {"request": request("bad ratio", aspectRatio="7:3"), "metadata": {"key": "bad"}},
        {"request": {"contents": "not a list"}, "metadata": {"key": "malformed"}},
    ))
    done = wait_done(client, operation["name"])
    assert done["metadata"]["state"] == "BATCH_STATE_SUCCEEDED"
    assert done["metadata"]["batchStats"]["successfulRequestCount"] == "1"
    assert done["metadata"]["batchStats"]["failedRequestCount"] == "2"
    ok, bad, malformed = done["metadata"]["output"]["inlinedResponses"]["inlinedResponses"]
    assert "response" in ok and "error" not in ok
    assert set(bad) == {"error", "metadata"} and bad["metadata"] == {"key": "bad"}
    assert bad["error"]["code"] == 400 and bad["error"]["status"] == "INVALID_ARGUMENT"
    assert "7:3" in bad["error"]["message"]
    assert "details" not in bad["error"], "the Python SDK's JobError wants details as strings: leave them out"
    assert malformed["error"]["status"] == "INVALID_ARGUMENT" and "contents" in malformed["error"]["message"]


def test_file_input_writes_a_downloadable_responses_file(client: TestClient) -> None:
    lines = [{"key": "k1", "request": request("a lighthouse")},
             {"key": "k2", "request": request("bad", aspectRatio="nope")},
             {"key": "k3", "request": request("a tall tower", aspectRatio="9:16")}]
    data = b"\n".join(orjson.dumps(line) for line in lines) + b"\n"
    file = upload(client, data, mime="jsonl", display_name="requests.jsonl")
    operation = create(client, {"batch": {"displayName": "from file", "inputConfig": {"fileName": file["name"]}}})
    done = wait_done(client, operation["name"])
    metadata = done["metadata"]
    assert metadata["state"] == "BATCH_STATE_SUCCEEDED" and metadata["batchStats"]["requestCount"] == "3"
    responses_file = metadata["output"]["responsesFile"]
    assert re.match(r"^files/[a-z0-9]+$", responses_file) and done["response"]["responsesFile"] == responses_file
    described = client.get(f"/v1beta/{responses_file}").json()
    assert described["source"] == "GENERATED" and described["mimeType"] == "application/jsonl"
    download = client.get(f"/v1beta/{responses_file}:download", params={"alt": "media"})
    assert download.status_code == 200
    results = [orjson.loads(line) for line in download.content.splitlines()]
    assert [r["key"] for r in results] == ["k1", "k2", "k3"]
    assert image_of(results[0]["response"]).size == (1024, 1024)
    assert results[1]["error"]["status"] == "INVALID_ARGUMENT" and "response" not in results[1]
    assert image_of(results[2]["response"]).size == (768, 1376)


def test_an_unparsable_input_file_is_rejected_at_create(client: TestClient) -> None:
    file = upload(client, b'{"key": "k1", "request": {}}\nnot json\n', mime="jsonl")
    response = client.post(CREATE.format(v="v1beta"), json={"batch": {"inputConfig": {"fileName": file["name"]}}})
    assert_error(response, 400, "INVALID_ARGUMENT", "Line 2")


def test_create_needs_exactly_one_input(client: TestClient) -> None:
    response = client.post(CREATE.format(v="v1beta"), json={"batch": {"displayName": "nothing"}})
    assert_error(response, 400, "INVALID_ARGUMENT", "inputConfig")
    response = client.post(CREATE.format(v="v1beta"), json=inline_batch())
    assert_error(response, 400, "INVALID_ARGUMENT", "no requests")


def test_unknown_model_and_unknown_batch_are_not_found(client: TestClient) -> None:
    response = client.post("/v1beta/models/nope:batchGenerateContent", json=inline_batch({"request": request("x")}))
    assert_error(response, 404, "NOT_FOUND", "models/nope")
    assert_error(client.get("/v1beta/batches/doesnotexist"), 404, "NOT_FOUND", "batches/doesnotexist")


def test_cancel_keeps_the_batch_with_its_finished_results(idle: TestClient) -> None:
    operation = create(idle, inline_batch({"request": request("a")}, {"request": request("b")}))
    cancelled = idle.post(f"/v1beta/{operation['name']}:cancel")
    assert cancelled.status_code == 200 and cancelled.json() == {}
    after = idle.get(f"/v1beta/{operation['name']}").json()
    assert after["done"] is True and after["metadata"]["state"] == "BATCH_STATE_CANCELLED"
    assert after["metadata"]["batchStats"]["pendingRequestCount"] == "0"
    assert after["metadata"]["output"]["inlinedResponses"]["inlinedResponses"] == []
    assert idle.post(f"/v1beta/{operation['name']}:cancel").status_code == 200, "cancelling twice is harmless"


def test_cancelling_a_finished_batch_is_a_failed_precondition(client: TestClient) -> None:
    operation = create(client, inline_batch({"request": request("a")}))
    wait_done(client, operation["name"])
    assert_error(client.post(f"/v1beta/{operation['name']}:cancel"), 400, "FAILED_PRECONDITION", "already ended")


def test_list_pages_newest_first_and_delete_removes(idle: TestClient) -> None:
    names = [create(idle, inline_batch({"request": request(str(i))}))["name"] for i in range(3)]
    first = idle.get("/v1beta/batches", params={"pageSize": 2}).json()
    assert [op["name"] for op in first["operations"]] == names[::-1][:2] and first["nextPageToken"]
    second = idle.get("/v1beta/batches", params={"pageSize": 2, "pageToken": first["nextPageToken"]}).json()
    assert [op["name"] for op in second["operations"]] == names[:1] and "nextPageToken" not in second
    deleted = idle.delete(f"/v1beta/{names[0]}")
    assert deleted.status_code == 200 and deleted.json() == {}
    assert_error(idle.get(f"/v1beta/{names[0]}"), 404, "NOT_FOUND")
    assert names[0] not in [op["name"] for op in idle.get("/v1beta/batches").json()["operations"]]


def test_batches_belong_to_their_key(settings: Settings) -> None:
    app = create_app(settings.updated(api_keys="key-a,key-b", batch_workers=0))
    with TestClient(app, headers={"x-goog-api-key": "key-a"}) as owner:
        name = create(owner, inline_batch({"request": request("mine")}))["name"]
        other = {"x-goog-api-key": "key-b"}
        assert_error(owner.get(f"/v1beta/{name}", headers=other), 404, "NOT_FOUND")
        assert owner.get("/v1beta/batches", headers=other).json()["operations"] == []
        assert_error(owner.delete(f"/v1beta/{name}", headers=other), 404, "NOT_FOUND")
        assert owner.get(f"/v1beta/{name}").status_code == 200
