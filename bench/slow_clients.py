"""Slow clients against a server with few file descriptors: do other clients still get answered, and how fast?

Why this exists: before the head and body timeouts and the connection cap, 300 sockets that sent half a request
head held the server's descriptors forever and, under a 256-descriptor limit, stalled every other client (no key
needed). Now a head must arrive within `head_timeout_seconds`, a body must keep coming, and connections are capped
below the descriptor limit (the longest-waiting head or idle connection makes room for a new one).

What one run does: starts `openbanana serve` with `--descriptors` file descriptors (default 256) and the shipped
timeouts, times `--requests` sequential GET /healthz as the baseline, then opens `--slow` sockets that each send
half a head (and, with `--bodies`, as many that send a head and then stall their body), times the same requests
again while they are open, and counts how many slow sockets the server had not closed yet `head_timeout + 2` s
later (`body_timeout + 2` s with `--bodies`).

Run: `.venv/bin/python bench/slow_clients.py` (about half a minute).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import socket
import statistics
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import running_server

HALF_HEAD = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "
STALLED_BODY = (b"POST /v1beta/models/gemini-3-pro-image-preview:countTokens HTTP/1.1\r\nHost: x\r\n"
                b"x-goog-api-key: k\r\nContent-Length: 100000\r\n\r\n{\"contents\"")


def timed_requests(base: str, count: int) -> tuple[list[float], int]:
    """Latencies (ms) of answered requests, and how many failed."""
    latencies, failed = [], 0
    for _ in range(count):
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=10) as answer:
                answer.read()
            latencies.append((time.perf_counter() - started) * 1000)
        except OSError:
            failed += 1
    return latencies, failed


def still_open(sockets: list[socket.socket]) -> int:
    """How many of the sockets the server has not closed (their reads would block rather than end)."""
    return sum(_is_open(sock) for sock in sockets)


def _is_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        while sock.recv(4096):  # a 408 or 503 the server wrote before closing
            pass
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def summary(latencies: list[float], failed: int) -> str:
    if not latencies:
        return f"no answers, {failed} failed"
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms, {failed} failed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--descriptors", type=int, default=256)
    parser.add_argument("--slow", type=int, default=300)
    parser.add_argument("--bodies", action="store_true", help="also as many sockets that stall their bodies")
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    wait = (30.0 if args.bodies else 10.0) + 2  # the shipped body and head timeouts, and a margin
    ours = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (args.descriptors, ours[1]))  # the server inherits this limit
    with running_server({"OPENBANANA_SAFETY_SEMANTIC": "off"}) as server:
        resource.setrlimit(resource.RLIMIT_NOFILE, ours)  # ours again, for the slow sockets
        parts = urlsplit(server.base_url)
        address = (parts.hostname or "127.0.0.1", parts.port or 80)
        baseline = timed_requests(server.base_url, args.requests)
        slow: list[socket.socket] = []
        for index in range(args.slow * (2 if args.bodies else 1)):
            try:
                sock = socket.create_connection(address, timeout=5)
                sock.sendall(STALLED_BODY if args.bodies and index % 2 else HALF_HEAD)
                slow.append(sock)
            except OSError:
                pass
        opened = time.monotonic()
        during = timed_requests(server.base_url, args.requests)
        time.sleep(max(0.0, opened + wait - time.monotonic()))
        remaining = still_open(slow)
        for sock in slow:
            sock.close()
        after = timed_requests(server.base_url, args.requests)
        alive = server.process.poll() is None
    kind = "half heads and stalled bodies" if args.bodies else "half heads"
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; server limited to "
          f"{args.descriptors} descriptors; {len(slow)} slow sockets ({kind})")
    print(f"baseline:              {summary(*baseline)}")
    print(f"with the slow sockets: {summary(*during)}")
    print(f"after they were gone:  {summary(*after)}")
    p50 = statistics.median(during[0]) / statistics.median(baseline[0]) if during[0] and baseline[0] else float("nan")
    print(f"p50 with / without: {p50:.2f}; slow sockets still open {wait:.0f} s after they connected: "
          f"{remaining} of {len(slow)}; server alive: {alive}")


if __name__ == "__main__":
    main()
