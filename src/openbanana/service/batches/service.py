"""BatchService: Google's Batch API over the durable job queue — create, run one request, get/list/cancel/delete.

    create (inline requests | JSONL file) → one queue item per request → workers `run` them one by one
    → each result (GenerateContentResponse or google.rpc.Status) is acked into its own item, exactly once
    → when none is pending, `settle` ends the batch: SUCCEEDED, with inlined responses or a responsesFile

A bad request fails only its own slot. The batch's state is stored only once it ends; before that it is
PENDING, or RUNNING as soon as any request was started (derived from the queue, so nothing to keep in step).
Blocking methods (SQLite, disk) are called off the event loop by the API layer; `run` is async.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import anyio.to_thread
import orjson

from openbanana.clock import Clock, to_us, utc_now
from openbanana.errors import ApiError, FailedPreconditionError, InvalidArgumentError, NotFoundError, internal_error
from openbanana.ids import unused_id
from openbanana.jobs.queue import DONE, FAILED, Item, JobQueue, Lease
from openbanana.protocol.batches import BatchGenerateContentRequest, BatchOutput, ListBatchesResponse, Operation
from openbanana.service.batches.inputs import inline_item, jsonl_items, validate_request
from openbanana.service.batches.resource import (
    CANCELLED,
    PENDING,
    SUCCEEDED,
    failure,
    file_line,
    inlined,
    operation,
)
from openbanana.service.files import FileService, decode_page_token, encode_page_token
from openbanana.service.generation import GenerationService
from openbanana.service.keys import BATCH, UsageLedger
from openbanana.service.scheduler import Priority
from openbanana.store.batches import BatchRecord, BatchStore

log = logging.getLogger("openbanana.service")

DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 10, 100
RESPONSES_MIME = "application/jsonl"


class BatchService:
    """The Batch API's use cases for one server; its workers call `run` and `settle` (api/app.py wires them)."""

    def __init__(self, store: BatchStore, queue: JobQueue, generation: GenerationService, files: FileService,
                 clock: Clock = utc_now, max_requests: int = 10_000, usage: UsageLedger | None = None) -> None:
        self._store = store
        self._queue = queue
        self._generation = generation
        self._files = files
        self._clock = clock
        self._max_requests = max_requests
        self._usage = usage  # each answered item is recorded against the batch owner's key, like any generation
        self.on_created: Callable[[], object] = lambda: None  # the composition root points this at the worker

    # 1. create

    def create(self, owner: str, model: str, body: BatchGenerateContentRequest, uri_base: str) -> BatchRecord:
        config = body.batch
        source = config.input_config
        if source is None or (source.file_name is None) == (source.requests is None):
            raise InvalidArgumentError("batch.inputConfig needs exactly one of fileName (a JSONL file from the "
                                       "Files API) or requests (inline requests).", field="batch.input_config")
        if source.file_name is not None:
            items = jsonl_items(self._files.resolve(source.file_name, owner).data, source.file_name)
        else:
            assert source.requests is not None
            items = [inline_item(index, item.request, item.metadata)
                     for index, item in enumerate(source.requests.requests)]
        if not items:
            raise InvalidArgumentError("The batch has no requests.", field="batch.input_config")
        if len(items) > self._max_requests:
            raise InvalidArgumentError(f"The batch has {len(items)} requests; at most {self._max_requests} are "
                                       "accepted.", field="batch.input_config")
        now = to_us(self._clock())
        record = BatchRecord(
            id=unused_id(self._store.id_in_use), owner=owner, model=f"models/{model}",
            display_name=config.display_name or "", state=PENDING,
            input_file=source.file_name and f"files/{source.file_name.rsplit('/', 1)[-1]}",
            responses_file=None, uri_base=uri_base, create_us=now, update_us=now, end_us=None,
        )
        with self._queue_transaction():
            self._store.insert(record)
            self._queue.enqueue(record.id, items)
        self.on_created()
        return record

    # 2. run one request (the worker's handler)

    async def run(self, lease: Lease) -> tuple[str, bool]:
        """→ (result JSON, failed): `{"response": …}` or `{"error": google.rpc.Status}`; never raises for a bad
        request, so one bad request never fails the batch."""
        batch = await anyio.to_thread.run_sync(self._store.get, lease.queue)
        if batch is None:
            return failure(NotFoundError("The batch was deleted.")), True
        try:
            payload = orjson.loads(lease.payload)
            request = validate_request(payload.get("request") or {})
            model = batch.model.removeprefix("models/")
            # never refused (no 429 in a batch): it waits for a slot, behind interactive requests
            run = await self._generation.prepare(model, request, self._files.resolver_for(batch.owner),
                                                 Priority.BATCH)
            answer = self._generation.generate(run)
            response = await (self._usage.answered(batch.owner, model, answer, BATCH) if self._usage else answer)
        except ApiError as error:
            return failure(error), True
        except Exception:
            log.exception("batch %s request %s failed", lease.queue, lease.seq)
            return failure(internal_error()), True
        return orjson.dumps({"response": response}).decode(), False

    # 3. settle: end a batch once nothing is pending

    def settle(self, batch_id: str) -> None:
        batch = self._store.get(batch_id)
        if batch is None or batch.end_us is not None or not self._queue.counts(batch_id).finished:
            return
        with contextlib.suppress(_AlreadyEnded):  # settled by another worker or a get() meanwhile
            self._finish(batch, SUCCEEDED)

    def _finish(self, batch: BatchRecord, state: str) -> None:
        responses_file = None
        with self._queue_transaction():  # the output file and the final state: both or neither
            if batch.input_file is not None:
                lines = b"".join(orjson.dumps(file_line(item)) + b"\n" for item in self._finished_items(batch.id))
                record = self._files.create_generated(batch.owner, lines, RESPONSES_MIME, batch.uri_base,
                                                      display_name=f"batches/{batch.id} responses")
                responses_file = f"files/{record.id}"
            if not self._store.finish(batch.id, state, to_us(self._clock()), responses_file):
                raise _AlreadyEnded()

    # 4. the Batch resource

    def get(self, owner: str, name: str) -> Operation:
        batch = self._lookup(owner, name)
        if batch.end_us is None:
            self.settle(batch.id)  # a crash can fall between the last ack and settle: finish it on sight
            batch = self._lookup(owner, name)
        return self.describe(batch)

    def list_batches(self, owner: str, page_size: int | None, page_token: str | None) -> ListBatchesResponse:
        size = DEFAULT_PAGE_SIZE if not page_size or page_size <= 0 else min(page_size, MAX_PAGE_SIZE)
        rows = self._store.list(owner, size + 1, decode_page_token(page_token))
        body: ListBatchesResponse = {"operations": [self.describe(row, with_output=False) for row in rows[:size]]}
        if len(rows) > size:
            body["nextPageToken"] = encode_page_token(rows[size - 1].create_us, rows[size - 1].id)
        return body

    def cancel(self, owner: str, name: str) -> None:
        batch = self._lookup(owner, name)
        if batch.end_us is not None:
            if batch.state == CANCELLED:
                return
            raise FailedPreconditionError(f"batches/{batch.id} has already ended ({batch.state}); only a pending "
                                          "or running batch can be cancelled.")
        try:
            with self._queue_transaction():
                self._queue.cancel(batch.id)
                self._finish(batch, CANCELLED)
        except _AlreadyEnded:  # it ended meanwhile: nothing was changed
            self.cancel(owner, name)

    def delete(self, owner: str, name: str) -> None:
        batch = self._lookup(owner, name)
        with self._queue_transaction():
            self._queue.cancel(batch.id)
            self._queue.delete(batch.id)
            self._store.delete(batch.id)

    def describe(self, batch: BatchRecord, *, with_output: bool = True) -> Operation:
        ended_output = self._output(batch) if with_output and batch.end_us is not None else None
        return operation(batch, self._queue.counts(batch.id), ended_output)

    def _output(self, batch: BatchRecord) -> BatchOutput | None:
        if batch.responses_file is not None:
            return {"responsesFile": batch.responses_file}
        if batch.input_file is not None:
            return None
        return {"inlinedResponses": {"inlinedResponses": [inlined(item) for item in self._finished_items(batch.id)]}}

    def _finished_items(self, batch_id: str) -> list[Item]:
        return [item for item in self._queue.items(batch_id) if item.state in (DONE, FAILED)]

    # helpers

    def _lookup(self, owner: str, name: str) -> BatchRecord:
        batch_id = name.removeprefix("batches/")
        batch = self._store.get(batch_id)
        if batch is None or batch.owner != owner:
            raise NotFoundError(f"batches/{batch_id} was not found. Requested entity was not found.")
        return batch

    def _queue_transaction(self) -> AbstractContextManager[Any]:
        """Batch rows, queue items and generated files in one transaction: they share one Database."""
        return self._store.transaction()


class _AlreadyEnded(Exception):
    """Another caller ended the batch first: roll this attempt (and its output file) back."""
