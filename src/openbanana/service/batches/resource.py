"""What Google answers about a batch: the Operation with its metadata, request counts and output, and each request's
result as an inlined response or a line of the responses file. Kept apart from the service so the wire shapes and
the SDK quirks they work around live in one place."""

from __future__ import annotations

from typing import Any

import orjson

from openbanana.clock import rfc3339
from openbanana.errors import ApiError, internal_error
from openbanana.jobs.queue import Counts, Item
from openbanana.protocol.batches import BATCH_TYPE, OUTPUT_TYPE, BatchOutput, InlinedResponse, Operation
from openbanana.store.batches import BatchRecord

PENDING, RUNNING = "BATCH_STATE_PENDING", "BATCH_STATE_RUNNING"
SUCCEEDED, CANCELLED = "BATCH_STATE_SUCCEEDED", "BATCH_STATE_CANCELLED"


def operation(batch: BatchRecord, counts: Counts, output: BatchOutput | None) -> Operation:
    """The batch as a long-running Operation; `done` with its output once it has ended."""
    state = batch.state if batch.end_us is not None else _live_state(counts)
    metadata: dict[str, Any] = {
        "@type": BATCH_TYPE, "model": batch.model, "displayName": batch.display_name,
        "createTime": rfc3339(batch.create_us), "updateTime": rfc3339(batch.update_us),
    }
    if batch.end_us is not None:
        metadata["endTime"] = rfc3339(batch.end_us)
    metadata |= {"batchStats": {
        "requestCount": str(counts.total), "pendingRequestCount": str(counts.pending),
        "successfulRequestCount": str(counts.succeeded), "failedRequestCount": str(counts.failed),
    }, "state": state, "name": f"batches/{batch.id}"}
    if batch.input_file is not None:
        metadata["inputConfig"] = {"fileName": batch.input_file}
    result: Operation = {"name": f"batches/{batch.id}", "metadata": metadata}
    if batch.end_us is None:
        return result
    if output is not None:
        metadata["output"] = output
    result["done"] = True
    if output is not None:
        result["response"] = {"@type": OUTPUT_TYPE, **output}
    return result


def _live_state(counts: Counts) -> str:
    """RUNNING from the first lease on; before any request starts, PENDING."""
    return PENDING if counts.pending == counts.total and counts.leased == 0 else RUNNING


def _slot_status(error: ApiError) -> dict[str, Any]:
    """google.rpc.Status for a batch slot, without `details`: the Python SDK's JobError types them as strings
    and refuses the whole batch when they are objects (google-genai 3.4.0, types.JobError)."""
    status = error.to_status()
    status.pop("details", None)
    return status


def failure(error: ApiError) -> str:
    """The stored result of a request that failed: `{"error": google.rpc.Status}`."""
    return orjson.dumps({"error": _slot_status(error)}).decode()


def _result(item: Item) -> dict[str, Any]:
    if item.result is None:  # FAILED: its lease expired too many times (the server kept dying on it)
        return {"error": _slot_status(internal_error())}
    result: dict[str, Any] = orjson.loads(item.result)
    return result


def inlined(item: Item) -> InlinedResponse:
    """One entry of `inlinedResponses`, with the request's metadata back beside it."""
    entry: InlinedResponse = _result(item)  # type: ignore[assignment]
    metadata = orjson.loads(item.payload).get("metadata")
    if metadata is not None:
        entry["metadata"] = metadata
    return entry


def file_line(item: Item) -> dict[str, Any]:
    """One line of the responses file: the request's key and its response or error."""
    return {"key": item.key, **_result(item)}
