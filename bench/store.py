"""The store on SQLite against Postgres, in one run: batch-queue throughput and request latency.

Why this exists: `--database-url` moves every write of the server (files, batch queue, keys, rate-limit windows,
the usage ledger, image records) from a local SQLite file to a Postgres server over TCP. This measures what that
costs and what it buys: the queue's lease+ack rate with worker threads sharing one process's Database (as a
server's batch workers do) and with one Database per worker (as replicas do), and the latency of the two requests
that touch the store most (a TEXT-only :generateContent under a key with a per-minute limit: key check, rate window,
usage ledger; and files.get). Postgres is a throwaway server started from the system's binaries (as the tests do),
with fsync on and over loopback TCP; SQLite is WAL mode in a temp dir. SQLite's `synchronous = NORMAL` does not
flush the disk at each commit (a power cut may lose the last commits, never the file), while Postgres by default
does: the third column is Postgres with the same trade, `synchronous_commit=off` set from the URL
(`?options=-csynchronous_commit%3Doff`).

Run: `.venv/bin/python bench/store.py` (about a minute on 2 cores; `--items`, `--workers`, `--requests`).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.postgres, when run as a script

from tests.postgres import running_postgres

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.jobs.queue import JobQueue
from openbanana.service.keys import KeyLimits, KeyService
from openbanana.store.db import Database

MODEL_PATH = "/v1beta/models/gemini-3-pro-image-preview"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def queue_rate(open_db: Callable[[], Database], items: int, workers: int, shared: bool) -> float:
    """Items leased and acked per second by `workers` threads, on one Database (`shared`) or one each."""
    setup = open_db()
    JobQueue(setup).enqueue("bench", [(str(n), "{}") for n in range(items)])
    databases = [setup] * workers if shared else [open_db() for _ in range(workers)]

    def work(queue: JobQueue) -> None:
        while (lease := queue.lease()) is not None:
            queue.ack(lease, '{"response": {}}')

    threads = [threading.Thread(target=work, args=(JobQueue(db),)) for db in databases]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    assert JobQueue(setup).counts("bench").succeeded == items, "every item acked once"
    for db in {id(db): db for db in databases}.values():
        db.close()
    return items / elapsed


def request_latencies(data_dir: Path, database_url: str | None, requests: int) -> dict[str, list[float]]:
    """Milliseconds per request, through the in-process app, for a keyed TEXT-only generation and a files.get."""
    keys = KeyService.in_data_dir(data_dir, database_url=database_url)
    secret = keys.create("bench", KeyLimits(requests_per_minute=1_000_000)).secret
    keys.close()
    settings = Settings(data_dir=data_dir, database_url=database_url, safety_semantic="off")
    timings: dict[str, list[float]] = {"generate (TEXT)": [], "files.get": []}
    with TestClient(create_app(settings), headers={"x-goog-api-key": secret}) as client:
        start = client.post("/upload/v1beta/files", headers={
            "X-Goog-Upload-Protocol": "resumable", "X-Goog-Upload-Command": "start"},
            json={"file": {"mimeType": "text/plain", "sizeBytes": 5}})
        upload_url = start.headers["x-goog-upload-url"]
        name = client.post(upload_url, content=b"bench", headers={
            "X-Goog-Upload-Command": "upload, finalize", "X-Goog-Upload-Offset": "0"}).json()["file"]["name"]
        body = {"contents": [{"parts": [{"text": "a red bicycle"}]}],
                "generationConfig": {"responseModalities": ["TEXT"]}}
        for _ in range(5):  # warm-up: imports, caches, the pool's first connections
            client.post(f"{MODEL_PATH}:generateContent", json=body)
        for _ in range(requests):
            began = time.perf_counter()
            assert client.post(f"{MODEL_PATH}:generateContent", json=body).status_code == 200
            timings["generate (TEXT)"].append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            assert client.get(f"/v1beta/{name}").status_code == 200
            timings["files.get"].append((time.perf_counter() - began) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=2000, help="queue items per run")
    parser.add_argument("--workers", type=int, default=4, help="threads leasing at once")
    parser.add_argument("--requests", type=int, default=200, help="requests of each kind per backend")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    with running_postgres(durable=True) as postgres, tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        counter = iter(range(1_000_000))

        def sqlite() -> Callable[[], Database]:
            folder = root / f"sqlite{next(counter)}"
            return lambda: Database.in_dir(folder)

        def pg_url(synchronous: bool) -> str:
            return postgres.new_database() + ("" if synchronous else "?options=-csynchronous_commit%3Doff")

        def pg(synchronous: bool) -> Callable[[], Callable[[], Database]]:
            def make() -> Callable[[], Database]:
                url = pg_url(synchronous)
                return lambda: Database(url)
            return make

        backends = {"sqlite": sqlite, "postgres": pg(True), "pg async": pg(False)}
        print(f"\nqueue: {args.items} items, {args.workers} threads (lease + ack, items/s; ratio to sqlite)")
        for label, shared in (("one Database, threads share it (one server)", True),
                              ("one Database per thread (replicas)", False)):
            rates = {name: queue_rate(make(), args.items, args.workers, shared) for name, make in backends.items()}
            print(f"  {label:<44}" + "".join(
                f"  {name} {rate:5.0f} ({rate / rates['sqlite']:.2f})" for name, rate in rates.items()))

        print(f"\nrequests through the app, {args.requests} of each (ms: p50 / p99; p50 ratio to sqlite)")
        results = {"sqlite": request_latencies(root / "app-sqlite", None, args.requests),
                   "postgres": request_latencies(root / "app-pg", pg_url(True), args.requests),
                   "pg async": request_latencies(root / "app-pg-async", pg_url(False), args.requests)}
        for kind in results["sqlite"]:
            base = statistics.median(results["sqlite"][kind])
            print(f"  {kind:<16}" + "".join(
                f"  {name} {statistics.median(times[kind]):5.1f} / {percentile(times[kind], 0.99):5.1f} "
                f"({statistics.median(times[kind]) / base:.2f})" for name, times in results.items()))


if __name__ == "__main__":
    main()
