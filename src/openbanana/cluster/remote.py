"""The engine as the ingress sees it on Ray Serve: an ImageEngine whose renders run on the engine deployment.

The service layer cannot tell it from an in-process engine. `render` is still a blocking call in one of the
scheduler's threads; it streams the replica's events, hands progress to the callback, and maps what Ray can say:

- every replica busy and the caller's queue full (`BackPressureError`) → `EngineBusyError` (a 429 with RetryInfo),
  except for a batch render (`request.queue`), which is never refused: it asks again until there is room;
- the request's cancel event set (client gone, deadline) → the streaming response is cancelled, which cancels the
  render on the replica → `EngineCancelledError`;
- the replica died under the render (killed, out of memory, its node lost) → the render is sent once more, to
  another replica (a render is a pure function of its request: the retry draws the same pixels); if that fails too,
  `EngineUnavailableError` (a 503).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import replace
from typing import Any, Protocol, cast

from ray.exceptions import RayActorError
from ray.serve.exceptions import BackPressureError, ReplicaUnavailableError, RequestCancelledError
from ray.serve.handle import DeploymentHandle, DeploymentResponseGenerator

from openbanana.cluster.messages import Description, Failure, Progress
from openbanana.engines.base import (
    EngineBusyError,
    EngineCancelledError,
    EngineTraits,
    EngineUnavailableError,
    ProgressCallback,
    RenderRequest,
    RenderResult,
)

log = logging.getLogger("openbanana.cluster")
REPLICA_RETRIES = 1  # renders resent after their replica died
CANCEL_POLL_SECONDS = 0.05  # how soon a set cancel event reaches the replica
QUEUE_POLL_SECONDS = 0.25  # how often a batch render asks again for room on a busy engine
REPLICA_LOST = (RayActorError, ReplicaUnavailableError)


class RemoteEngine:
    """An ImageEngine over a DeploymentHandle to the engine deployment (see the module's docstring)."""

    loaded = True  # replicas load their weights themselves; the ingress never waits for a load of its own
    loading = False

    def __init__(self, handle: DeploymentHandle[Any], description: Description, max_parallel: int) -> None:
        """`max_parallel`: renders the cluster can take at once (replicas × their ongoing requests): the
        ingress's scheduler gives out that many slots."""
        self._handle = handle
        self.name = description.name
        self._traits = replace(description.traits, max_parallel=max_parallel)

    @property
    def traits(self) -> EngineTraits:
        return self._traits

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        wire = replace(request, cancel=None)  # the event stays here; a cancel reaches the replica as a cancel
        lost = 0
        while True:
            try:
                return self._render_once(wire, request.cancel, progress)
            except BackPressureError as exc:
                delay = exc.retry_after_s or QUEUE_POLL_SECONDS
                if not request.queue:
                    raise EngineBusyError("every engine replica is busy and the queue for them is full.",
                                          retry_after=math.ceil(delay)) from exc
                _pause(request.cancel, min(delay, QUEUE_POLL_SECONDS))  # a batch render waits for room
            except REPLICA_LOST as exc:
                lost += 1
                if lost > REPLICA_RETRIES:
                    raise EngineUnavailableError(f"the engine replica rendering it was lost ({_reason(exc)})") \
                        from exc
                log.warning("an engine replica was lost during a render (%s); sending it to another", _reason(exc))

    def _render_once(self, request: RenderRequest, cancel: threading.Event | None,
                     progress: ProgressCallback | None) -> RenderResult:
        if cancel is not None and cancel.is_set():
            raise EngineCancelledError("the request was cancelled")
        stream = cast("DeploymentResponseGenerator[Any]", self._handle.options(stream=True).render.remote(request))
        done = threading.Event()
        if cancel is not None:
            threading.Thread(target=_cancel_on, args=(cancel, done, stream), daemon=True).start()
        try:
            return _result_of(stream, progress)
        except RequestCancelledError:
            raise EngineCancelledError("the request was cancelled") from None
        finally:
            done.set()


def _pause(cancel: threading.Event | None, seconds: float) -> None:
    if cancel is None:
        time.sleep(seconds)
    elif cancel.wait(seconds):
        raise EngineCancelledError("the request was cancelled")


def _result_of(stream: DeploymentResponseGenerator[Any], progress: ProgressCallback | None) -> RenderResult:
    for event in stream:
        if isinstance(event, Progress):
            if progress is not None:
                progress(event.fraction, event.stage)
        elif isinstance(event, Failure):
            raise event.error()
        elif isinstance(event, RenderResult):
            return event
    raise EngineUnavailableError("the engine replica ended the render without an image")


class _Cancellable(Protocol):
    def cancel(self) -> None: ...


def _cancel_on(cancel: threading.Event, done: threading.Event, stream: _Cancellable) -> None:
    """Cancel the streaming call as soon as `cancel` is set, until the render is over."""
    while not done.is_set():
        if cancel.wait(CANCEL_POLL_SECONDS):
            stream.cancel()
            return


def _reason(exc: BaseException) -> str:
    return type(exc).__name__
