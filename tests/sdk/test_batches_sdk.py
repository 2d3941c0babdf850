"""The Batch API through the official google-genai Python SDK against a real `openbanana serve` process:
batches.create (inline and from a JSONL file), get, list, cancel, delete, polling until done."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from google import genai
from google.genai import errors, types

from tests.conftest import LiveServer
from tests.sdk.test_python_sdk import MODEL, final_image

pytestmark = pytest.mark.sdk

FINISHED = {types.JobState.JOB_STATE_SUCCEEDED, types.JobState.JOB_STATE_FAILED, types.JobState.JOB_STATE_CANCELLED}


@pytest.fixture(scope="module")
def sdk(live_server: LiveServer) -> genai.Client:
    return genai.Client(api_key="batches-key", http_options=types.HttpOptions(base_url=live_server.base_url))


def poll(sdk: genai.Client, name: str, timeout: float = 60) -> types.BatchJob:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = sdk.batches.get(name=name)
        if job.state in FINISHED:
            return job
        time.sleep(0.1)
    raise AssertionError(f"{name} did not finish within {timeout} s")


def test_inline_batch_create_get_list_delete(sdk: genai.Client) -> None:
    job = sdk.batches.create(
        model=MODEL,
        src=[
            {"contents": [{"parts": [{"text": "a red bicycle"}], "role": "user"}],
             "config": {"response_modalities": ["IMAGE"], "image_config": {"aspect_ratio": "4:3"}},
             "metadata": {"key": "bike"}},
            {"contents": "a blue kite", "metadata": {"key": "kite"}},
        ],
        config={"display_name": "sdk inline batch"},
    )
    assert job.name and re.fullmatch(r"batches/[a-z0-9]+", job.name)
    assert job.display_name == "sdk inline batch" and job.model == f"models/{MODEL}"
    assert job.state in {types.JobState.JOB_STATE_PENDING, types.JobState.JOB_STATE_RUNNING}
    assert job.create_time is not None

    done = poll(sdk, job.name)
    assert done.state == types.JobState.JOB_STATE_SUCCEEDED and done.end_time is not None
    assert done.dest is not None and done.dest.inlined_responses is not None
    bike, kite = done.dest.inlined_responses
    assert bike.metadata == {"key": "bike"} and kite.metadata == {"key": "kite"}
    assert bike.response is not None and final_image(bike.response).size == (1200, 896)
    assert kite.response is not None and final_image(kite.response).size == (1024, 1024)

    listed = [j.name for j in sdk.batches.list(config=types.ListBatchJobsConfig(page_size=1))]
    assert job.name in listed, "the pager follows nextPageToken"

    sdk.batches.delete(name=job.name)
    with pytest.raises(errors.ClientError) as raised:
        sdk.batches.get(name=job.name)
    assert raised.value.code == 404 and raised.value.status == "NOT_FOUND"


def test_a_bad_request_lands_in_its_own_slot(sdk: genai.Client) -> None:
    job = sdk.batches.create(model=MODEL, src=[
        {"contents": "fine"},
        {"contents": "bad", "config": {"image_config": {"aspect_ratio": "7:3"}}},
    ])
    done = poll(sdk, job.name or "")
    assert done.state == types.JobState.JOB_STATE_SUCCEEDED
    assert done.dest is not None and done.dest.inlined_responses is not None
    ok, bad = done.dest.inlined_responses
    assert ok.response is not None and ok.error is None
    assert bad.response is None and bad.error is not None
    assert bad.error.code == 400 and "7:3" in (bad.error.message or "")


def test_file_batch_writes_a_responses_file(sdk: genai.Client, tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join(json.dumps({"key": f"k{i}", "request": {
        "contents": [{"parts": [{"text": f"a lighthouse number {i}"}], "role": "user"}],
        "generation_config": {"response_modalities": ["IMAGE"]}}}) for i in range(3)) + "\n")
    uploaded = sdk.files.upload(file=path, config=types.UploadFileConfig(mime_type="jsonl"))
    assert uploaded.name
    job = sdk.batches.create(model=MODEL, src=uploaded.name, config={"display_name": "sdk file batch"})
    done = poll(sdk, job.name or "")
    assert done.state == types.JobState.JOB_STATE_SUCCEEDED
    assert done.dest is not None and done.dest.file_name and done.dest.file_name.startswith("files/")
    content = sdk.files.download(file=done.dest.file_name)
    lines = [json.loads(line) for line in content.decode().splitlines()]
    assert [line["key"] for line in lines] == ["k0", "k1", "k2"]
    for line in lines:
        response = types.GenerateContentResponse.model_validate(line["response"])
        assert final_image(response).size == (1024, 1024)


def test_cancel_stops_a_running_batch(sdk: genai.Client) -> None:
    job = sdk.batches.create(model=MODEL, src=[
        {"contents": f"a sailing ship {i}", "config": {"image_config": {"image_size": "2K"}}} for i in range(40)
    ])
    sdk.batches.cancel(name=job.name or "")
    cancelled = poll(sdk, job.name or "")
    assert cancelled.state == types.JobState.JOB_STATE_CANCELLED and cancelled.end_time is not None
    assert cancelled.dest is not None and cancelled.dest.inlined_responses is not None
    assert len(cancelled.dest.inlined_responses) < 40, "pending requests were stopped"
    for kept in cancelled.dest.inlined_responses:
        assert kept.response is not None, "finished results are kept"
