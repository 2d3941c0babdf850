"""Per-key limits and usage against a real `openbanana serve` process, through the official Python SDK: a spent
limit is errors.ClientError 429 RESOURCE_EXHAUSTED with QuotaFailure and RetryInfo, and `openbanana usage` adds up
exactly the usageMetadata the client saw."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from google import genai
from google.genai import errors, types

from tests.api.test_keys import MODEL, TEXT_ONLY, cli, client, create_key
from tests.conftest import LiveServer, start_server, stop_server

pytestmark = pytest.mark.sdk


@dataclass(frozen=True)
class Keys:
    rpm: str
    daily: str
    upload: str
    metered: tuple[str, str]  # (secret, id): no limits


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Keys]]:
    data_dir = tmp_path_factory.mktemp("quotas") / "data"
    keys = Keys(
        rpm=create_key(data_dir, "rpm", "--rpm", "2")[0],
        daily=create_key(data_dir, "daily", "--images-per-day", "1")[0],
        upload=create_key(data_dir, "upload", "--upload-bytes", "1000")[0],
        metered=create_key(data_dir, "metered"),
    )
    server = start_server(data_dir)
    yield server, keys
    stop_server(server)


def quota_details(error: errors.ClientError) -> tuple[dict[str, Any], str]:
    """The QuotaFailure violation and the RetryInfo delay of a 429, as the SDK hands them over."""
    assert error.code == 429 and error.status == "RESOURCE_EXHAUSTED"
    details = {d["@type"]: d for d in error.details["error"]["details"]}
    [violation] = details["type.googleapis.com/google.rpc.QuotaFailure"]["violations"]
    return violation, details["type.googleapis.com/google.rpc.RetryInfo"]["retryDelay"]


def test_requests_per_minute(keyed_server: tuple[LiveServer, Keys]) -> None:
    server, keys = keyed_server
    sdk = client(server.base_url, keys.rpm)
    for _ in range(3):
        assert sdk.models.count_tokens(model=MODEL, contents="not a generation").total_tokens
    assert sdk.models.generate_content(model=MODEL, contents="one", config=TEXT_ONLY).text
    assert [chunk for chunk in sdk.models.generate_content_stream(model=MODEL, contents="two", config=TEXT_ONLY)]
    with pytest.raises(errors.ClientError) as raised:
        sdk.models.generate_content(model=MODEL, contents="three", config=TEXT_ONLY)
    violation, delay = quota_details(raised.value)
    assert violation["quotaId"] == "GenerateRequestsPerMinutePerApiKey" and violation["quotaValue"] == "2"
    assert violation["quotaMetric"] == "generativelanguage.googleapis.com/generate_content_requests"
    assert re.fullmatch(r"\d+s", delay) and 1 <= int(delay[:-1]) <= 60
    assert "Please retry in" in (raised.value.message or "")
    assert raised.value.response is not None and raised.value.response.headers["retry-after"] == delay[:-1]
    with pytest.raises(errors.ClientError) as streamed:
        next(iter(sdk.models.generate_content_stream(model=MODEL, contents="four", config=TEXT_ONLY)))
    assert streamed.value.code == 429, "a stream is refused before its first byte, as a plain HTTP error"
    assert sdk.models.count_tokens(model=MODEL, contents="still fine").total_tokens


def test_images_per_day(keyed_server: tuple[LiveServer, Keys]) -> None:
    server, keys = keyed_server
    now = datetime.now(UTC)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    if (midnight - now).total_seconds() < 30:  # both requests must fall on the same UTC day
        time.sleep((midnight - now).total_seconds() + 1)
    sdk = client(server.base_url, keys.daily)
    assert sdk.models.generate_content(model=MODEL, contents="a blue door").parts
    with pytest.raises(errors.ClientError) as raised:
        sdk.models.generate_content(model=MODEL, contents="a green door")
    violation, delay = quota_details(raised.value)
    assert violation["quotaId"] == "GenerateImagesPerDayPerApiKey" and violation["quotaValue"] == "1"
    seconds_to_midnight = (midnight - datetime.now(UTC)).total_seconds()
    assert abs(int(delay[:-1]) - seconds_to_midnight) < 30, "retry when the UTC day turns"


def test_upload_bytes_per_key(keyed_server: tuple[LiveServer, Keys], tmp_path: Path) -> None:
    server, keys = keyed_server
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_bytes(b"x" * 2000)
    small.write_bytes(b"y" * 600)
    limited, unlimited = client(server.base_url, keys.upload), client(server.base_url, keys.metered[0])
    text = types.UploadFileConfig(mime_type="text/plain")
    with pytest.raises(errors.ClientError) as raised:
        limited.files.upload(file=big, config=text)
    assert raised.value.code == 429 and raised.value.status == "RESOURCE_EXHAUSTED"
    assert "quota of 1000 bytes" in (raised.value.message or "")
    assert limited.files.upload(file=small, config=text).size_bytes == 600
    with pytest.raises(errors.ClientError) as again:
        limited.files.upload(file=small, config=text)
    assert "600 bytes are held" in (again.value.message or "")
    assert unlimited.files.upload(file=big, config=text).size_bytes == 2000, "other keys keep the server's quota"


def test_usage_adds_up_what_the_client_saw(keyed_server: tuple[LiveServer, Keys]) -> None:
    server, keys = keyed_server
    secret, key_id = keys.metered
    sdk: genai.Client = client(server.base_url, secret)
    unary = sdk.models.generate_content(model=MODEL, contents="a lighthouse at dusk")
    chunks = list(sdk.models.generate_content_stream(
        model=MODEL, contents="a windmill", config=types.GenerateContentConfig(
            thinking_config=types.ThinkingConfig(include_thoughts=True))))
    text_only = sdk.models.generate_content(model=MODEL, contents="a haiku", config=TEXT_ONLY)
    seen = [r.usage_metadata for r in (unary, chunks[-1], text_only)]
    assert all(u is not None for u in seen)

    report = json.loads(cli("usage", "--key", key_id, "--json", "--data-dir", str(server.data_dir)))
    assert len(report) == 1
    line = report[0]
    assert (line["key"], line["name"], line["requests"], line["images"]) == (key_id, "metered", 3, 2)
    for field, attribute in (("promptTokenCount", "prompt_token_count"),
                             ("candidatesTokenCount", "candidates_token_count"),
                             ("thoughtsTokenCount", "thoughts_token_count"),
                             ("totalTokenCount", "total_token_count")):
        assert line[field] == sum(getattr(u, attribute) or 0 for u in seen), field

    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    assert json.loads(cli("usage", "--since", tomorrow, "--json", "--data-dir", str(server.data_dir))) == []
    table = cli("usage", "--data-dir", str(server.data_dir))
    assert "metered" in table and key_id in table


def test_batch_requests_are_recorded_for_the_key_that_created_the_batch(
        keyed_server: tuple[LiveServer, Keys]) -> None:
    server, _ = keyed_server
    secret, key_id = create_key(server.data_dir, "batcher")
    sdk: genai.Client = client(server.base_url, secret)
    requests = [types.InlinedRequest(contents="a red kite"), types.InlinedRequest(contents="a blue boat")]
    batch = sdk.batches.create(model=MODEL, src=requests)
    deadline = time.monotonic() + 60
    while (batch := sdk.batches.get(name=batch.name or "")).state != types.JobState.JOB_STATE_SUCCEEDED:
        assert time.monotonic() < deadline, f"batch still {batch.state}"
        time.sleep(0.2)
    answers = [r.response for r in (batch.dest.inlined_responses if batch.dest else None) or []]
    assert len(answers) == 2 and all(a is not None and a.usage_metadata for a in answers)

    [line] = json.loads(cli("usage", "--key", key_id, "--json", "--data-dir", str(server.data_dir)))
    assert (line["requests"], line["images"]) == (2, 2)
    assert line["totalTokenCount"] == sum(a.usage_metadata.total_token_count or 0 for a in answers if a and
                                          a.usage_metadata)
