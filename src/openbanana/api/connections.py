"""Connection limits for the HTTP server (uvicorn's h11 protocol): slow clients cannot hold the server's sockets.

- A request head (request line and headers) must arrive whole within `head_timeout` of its first byte (of the
  connection, for the first request); else the connection is closed (408 when part of a head had come).
- A request body must keep coming: no pause longer than `body_timeout`, and after that long at least
  MIN_BODY_RATE bytes a second on average; else 408 and the connection is closed. Time the server itself spends
  not reading (the application has not asked for more yet) is never held against the client.
- At most `max_connections` connections are open, never more than the file-descriptor limit leaves room for: at the
  cap, of the connections waiting on their client (for a head, the rest of a body, or the next request), the one
  whose client sent nothing for the longest is closed to make room; when every connection is being answered, a
  newcomer gets 503 and is closed at once. Descriptors never run out for everyone, and a slow client that wants to
  keep its connection must keep sending.

Keep-alive connections between requests are uvicorn's (`timeout_keep_alive`). Public deployments should still sit
behind a front proxy (docs/api.md, Deployment); these limits keep a bare server alive, they are not a WAF.
"""

from __future__ import annotations

import asyncio
import http
import logging
import resource
from dataclasses import dataclass
from typing import Any, ClassVar

import h11
import orjson
from uvicorn.protocols.http.h11_impl import H11Protocol

from openbanana.config import ServerSettings
from openbanana.errors import ApiError, UnavailableError
from openbanana.telemetry import CONNECTIONS, CONNECTIONS_REFUSED

log = logging.getLogger("openbanana.api")
MIN_BODY_RATE = 1024  # bytes a second, averaged over the body, once body_timeout has passed
RESERVED_DESCRIPTORS = 64  # for the database, blobs, logs, model files and the like, beside connections
MIN_BACKLOG, MAX_BACKLOG = 16, 2048  # uvicorn's default backlog is 2048


@dataclass(frozen=True)
class ConnectionLimits:
    head_timeout: float
    body_timeout: float
    max_connections: int
    backlog: int = MAX_BACKLOG  # the listen queue, which is also how many sockets one accept burst takes

    @classmethod
    def from_settings(cls, server: ServerSettings) -> ConnectionLimits:
        """The cap, and a backlog that fit the file-descriptor limit together: the event loop accepts up to
        `backlog` sockets in one burst before the cap is applied to them, so the open connections plus one burst
        must fit, or accept() fails for lack of descriptors and the loop stops accepting for a second."""
        room = descriptor_room()
        backlog = max(MIN_BACKLOG, min(MAX_BACKLOG, room // 4))
        return cls(server.head_timeout_seconds, server.body_timeout_seconds,
                   max(1, min(server.max_connections, room - backlog)), backlog)


def descriptor_room() -> int:
    """Descriptors the limit leaves for connections (RESERVED_DESCRIPTORS kept for everything else)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return 1 << 30 if soft == resource.RLIM_INFINITY else max(2 * MIN_BACKLOG, soft - RESERVED_DESCRIPTORS)


def guarded_protocol(limits: ConnectionLimits) -> type[H11Protocol]:
    """The protocol class to give uvicorn (`uvicorn.Config(http=...)`), with these limits."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits})


class GuardedH11Protocol(H11Protocol):
    limits: ClassVar[ConnectionLimits]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._timer: asyncio.TimerHandle | None = None
        self._phase = "new"  # then head (waiting for one), body (receiving one), app (answering), idle (kept alive)
        self._since = 0.0  # when the phase began
        self._body_bytes = 0
        self._last_data = 0.0
        self._served = False

    # the connection's life

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._since = self.loop.time()
        if len(self.connections) > self.limits.max_connections and not self._make_room():
            self._refuse("connection_cap", UnavailableError("The server has too many open connections. Please "
                                                            "retry in 1s.", retry_after=1))
            return
        CONNECTIONS.set(len(self.connections))
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timer()
        super().connection_lost(exc)
        CONNECTIONS.set(len(self.connections))

    def data_received(self, data: bytes) -> None:
        if self._phase == "body":
            self._body_bytes += len(data)
        self._last_data = self.loop.time()
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        self._served = True
        super().on_response_complete()
        if not self.transport.is_closing():
            self._watch()

    # which timer the connection's state calls for

    def _watch(self) -> None:
        state = self.conn.their_state
        if state is h11.IDLE:
            if self._served and not self.conn.trailing_data[0]:
                self._enter("idle")  # between requests: uvicorn's keep-alive timeout
                self._cancel_timer()
            elif self._enter("head"):
                self._arm(self._since + self.limits.head_timeout, "head_timeout")
        elif state is h11.SEND_BODY:
            if self._enter("body"):
                self._body_bytes = 0
            pace = self._since + self.limits.body_timeout + self._body_bytes / MIN_BODY_RATE
            self._arm(min(self._last_data + self.limits.body_timeout, pace), "body_timeout")
        else:
            self._enter("app")
            self._cancel_timer()

    def _enter(self, phase: str) -> bool:
        """Whether this starts the phase (it was in another)."""
        if self._phase == phase:
            return False
        self._phase, self._since, self._last_data = phase, self.loop.time(), self.loop.time()
        return True

    def _arm(self, deadline: float, reason: str) -> None:
        self._cancel_timer()
        self._timer = self.loop.call_at(deadline, self._expired, reason)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expired(self, reason: str) -> None:
        self._timer = None
        if self.transport.is_closing():
            return
        if reason == "body_timeout" and self.flow.read_paused:  # the server is not reading: not the client's fault
            self._arm(self.loop.time() + self.limits.body_timeout, reason)
            return
        started = self._phase == "body" or bool(self.conn.trailing_data[0])
        self._refuse(reason, RequestTimeoutError(f"The request was not received in time: the {reason.split('_')[0]} "
                                                 "came too slowly.") if started else None)

    # closing

    def _make_room(self) -> bool:
        """Close the connection waiting on the client that sent nothing for the longest; False when there is none
        (every other connection is being answered)."""
        waiting = [c for c in self.connections if isinstance(c, GuardedH11Protocol) and c is not self
                   and c._phase in ("head", "body", "idle") and not c.transport.is_closing()]
        if not waiting:
            return False
        quietest = min(waiting, key=lambda c: max(c._since, c._last_data))
        stalled = RequestTimeoutError("The request body stalled while its connection was needed for another client.")
        quietest._refuse("evicted", stalled if quietest._phase == "body" else None)
        return True

    def _refuse(self, reason: str, error: ApiError | None) -> None:
        """Answer with the error (unless the client sent nothing yet, or a response has started) and close."""
        CONNECTIONS_REFUSED.labels(reason).inc()
        log.log(logging.DEBUG if reason == "evicted" else logging.INFO, "closing a connection from %s: %s",
                self.client[0] if self.client else "?", reason)
        cycle = self.cycle
        if error is not None and (cycle is None or not cycle.response_started):
            self.transport.write(_raw_response(error))
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True  # the application sees http.disconnect
            cycle.message_event.set()
        self._cancel_timer()
        self.transport.close()


class RequestTimeoutError(ApiError):
    """HTTP 408: the client did not send its request in time (google.rpc has no status of its own for it)."""

    status = "DEADLINE_EXCEEDED"
    http_status = 408


def _raw_response(error: ApiError) -> bytes:
    """A complete response written straight to the socket, outside h11 (which may have no request to answer)."""
    body = orjson.dumps(error.to_envelope())
    reason = http.HTTPStatus(error.http_status).phrase
    extra = "".join(f"{name}: {value}\r\n" for name, value in error.headers().items())
    return (f"HTTP/1.1 {error.http_status} {reason}\r\ncontent-type: application/json; charset=utf-8\r\n"
            f"connection: close\r\ncontent-length: {len(body)}\r\n{extra}\r\n").encode("latin-1") + body
