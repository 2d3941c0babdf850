"""Batches on the wire (wire-protocol.md §11): the create body, and the Operation answered by create/get/list."""

from __future__ import annotations

from typing import Any, TypedDict

from pydantic import Field

from openbanana.protocol.base import WireModel

BATCH_TYPE = "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch"
OUTPUT_TYPE = "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatchOutput"


class InlinedRequest(WireModel):
    """One request of an inline batch. `request` stays raw JSON: it is validated when it runs, so that one bad
    request becomes an error in its own slot instead of failing the whole batch."""

    request: dict[str, Any] = Field(default_factory=dict)
    metadata: dict[str, Any] | None = None


class InlinedRequests(WireModel):
    requests: list[InlinedRequest] = Field(default_factory=list)


class InputConfig(WireModel):
    file_name: str | None = None
    requests: InlinedRequests | None = None


class BatchConfig(WireModel):
    display_name: str | None = None
    input_config: InputConfig | None = None
    priority: str | int | None = None


class BatchGenerateContentRequest(WireModel):
    batch: BatchConfig = Field(default_factory=BatchConfig)


class BatchStats(TypedDict, total=False):
    """int64 counts as strings, as Google sends them."""

    requestCount: str
    pendingRequestCount: str
    successfulRequestCount: str
    failedRequestCount: str


class InlinedResponse(TypedDict, total=False):
    response: dict[str, Any]
    error: dict[str, Any]  # google.rpc.Status
    metadata: dict[str, Any]


class InlinedResponses(TypedDict):
    inlinedResponses: list[InlinedResponse]


class BatchOutput(TypedDict, total=False):
    inlinedResponses: InlinedResponses  # doubled, as Google nests it
    responsesFile: str


class BatchMetadata(TypedDict, total=False):
    """Everything lives here: the Python SDK reads only `name` and `metadata.*`."""

    name: str
    model: str
    displayName: str
    createTime: str
    updateTime: str
    endTime: str
    batchStats: BatchStats
    state: str
    output: BatchOutput


class Operation(TypedDict, total=False):
    name: str
    metadata: dict[str, Any]  # BatchMetadata plus "@type"
    done: bool
    response: dict[str, Any]  # BatchOutput plus "@type"
    error: dict[str, Any]


class ListBatchesResponse(TypedDict, total=False):
    operations: list[Operation]
    nextPageToken: str
