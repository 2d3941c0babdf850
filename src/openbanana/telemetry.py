"""Process-wide Prometheus metrics: one place that names every series, so that every layer reports the same way.

Layers below the API (service, engines, imaging) record into these; `GET /metrics` (api/metrics.py) exposes the
default registry. Labels are bounded sets (route templates, step names, sizes), never ids, keys or prompts.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Gauge, Histogram

STEP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)

REQUESTS = Counter("openbanana_requests", "HTTP requests answered, by route template, method and status code.",
                   ["route", "method", "status"])
REQUEST_SECONDS = Histogram("openbanana_request_seconds", "Time to the response head, by route template.",
                            ["route"], buckets=STEP_BUCKETS)
ERRORS = Counter("openbanana_errors", "Error answers, by Google status (e.g. RESOURCE_EXHAUSTED).", ["status"])
QUEUE_DEPTH = Gauge("openbanana_queue_depth", "Generations waiting for an engine slot, by engine profile.",
                    ["profile"])
RUNNING = Gauge("openbanana_running", "Generations holding an engine slot, by engine profile.", ["profile"])
QUEUE_WAIT_SECONDS = Histogram("openbanana_queue_wait_seconds", "Time a generation waited for an engine slot.",
                               ["profile"], buckets=STEP_BUCKETS)
REJECTED = Counter("openbanana_rejected", "Generations refused or stopped by the scheduler, by reason "
                   "(queue_full, memory_full, engine_loading, deadline, disconnect, quota).", ["reason"])
STEP_SECONDS = Histogram("openbanana_step_seconds", "Time spent in each generation step "
                         "(plan, render, check, watermark, encode, sign).", ["step"], buckets=STEP_BUCKETS)
IMAGES = Counter("openbanana_images", "Images emitted, by image size (1K/2K/4K) and kind (final/thought).",
                 ["size", "kind"])
ENGINE_EVENTS = Counter("openbanana_engine_events", "Engine lifecycle events (load, unload, oom), by engine "
                        "and profile.", ["engine", "profile", "event"])
MEMORY_RESERVED = Gauge("openbanana_memory_reserved_bytes", "Bytes of request bodies and decoded images reserved "
                        "in the server-wide memory budget (max_decoded_bytes).")
CONNECTIONS = Gauge("openbanana_connections", "Open HTTP connections (max_connections caps them).")
CONNECTIONS_REFUSED = Counter("openbanana_connections_refused", "HTTP connections closed by the server before a "
                              "request was read, by reason (connection_cap, head_timeout, body_timeout).", ["reason"])
ENGINE_LOADED = Gauge("openbanana_engine_loaded", "1 while the engine's weights are in memory, by engine and "
                      "profile (a server may run several).", ["engine", "profile"])


@contextmanager
def step(name: str) -> Iterator[None]:
    """Time one named generation step into openbanana_step_seconds (also when it raises)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        STEP_SECONDS.labels(name).observe(time.perf_counter() - started)


def image_emitted(size: str, *, thought: bool) -> None:
    IMAGES.labels(size, "thought" if thought else "final").inc()


def engine_event(engine: str, event: str, profile: str = "") -> None:
    """Count a lifecycle event; load/unload also move the engine_loaded gauge of that engine and profile."""
    ENGINE_EVENTS.labels(engine, profile, event).inc()
    if event in ("load", "unload"):
        ENGINE_LOADED.labels(engine, profile).set(1 if event == "load" else 0)
