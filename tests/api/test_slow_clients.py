"""Slow clients cannot stall the server: a request head must arrive in time, a body must keep coming, and open
connections are capped below the file-descriptor limit, so that 300 slow sockets against a server limited to 256
descriptors no longer keep every other client out. A real `openbanana serve`, real sockets."""

from __future__ import annotations

import contextlib
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port

HEAD_TIMEOUT = 2.0
BODY_TIMEOUT = 2.0
DESCRIPTORS = 256


@contextlib.contextmanager
def limited_server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """`openbanana serve` with 256 file descriptors and short head and body timeouts; yields (host, port)."""
    port = free_port()

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (DESCRIPTORS, DESCRIPTORS))

    env = {**os.environ, "PYTHONUNBUFFERED": "1", "OPENBANANA_HEAD_TIMEOUT_SECONDS": str(HEAD_TIMEOUT),
           "OPENBANANA_BODY_TIMEOUT_SECONDS": str(BODY_TIMEOUT), "OPENBANANA_SAFETY_SEMANTIC": "off"}
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "openbanana", "serve", "--port", str(port), "--data-dir",
                                str(tmp_path / "data"), "--log-level", "warning"], stdout=log,
                               stderr=subprocess.STDOUT, env=env, preexec_fn=limit)
    try:
        deadline = time.monotonic() + 30
        while not healthy(port, timeout=1):
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield "127.0.0.1", port
        assert process.poll() is None, "the server is still alive"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def healthy(port: int, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout) as answer:
            return answer.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def closed_by_server(sock: socket.socket, within: float) -> bytes | None:
    """What the server sent before closing the socket, or None if it is still open after `within` seconds."""
    sock.settimeout(within)
    received = b""
    try:
        while chunk := sock.recv(4096):
            received += chunk
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return received


@pytest.mark.skipif(resource.getrlimit(resource.RLIMIT_NOFILE)[0] < 1024, reason="the test opens 300 sockets")
def test_slow_heads_no_longer_stall_other_clients(tmp_path: Path) -> None:
    with limited_server(tmp_path) as (host, port):
        slow = []
        for _ in range(300):
            sock = socket.create_connection((host, port), timeout=5)
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # a head that never ends
            slow.append(sock)
        try:
            for _ in range(5):
                started = time.monotonic()
                assert healthy(port, timeout=5), "another client gets through while 300 slow sockets are open"
                assert time.monotonic() - started < 2.0
            survivors = [s for s in slow if closed_by_server(s, HEAD_TIMEOUT + 3) is None]
            assert not survivors, f"{len(survivors)} slow heads still open after the head timeout"
        finally:
            for sock in slow:
                sock.close()
        assert healthy(port, timeout=5)


def test_a_stalled_body_is_408_and_closed(tmp_path: Path) -> None:
    with limited_server(tmp_path) as (host, port), socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(b"POST /v1beta/models/gemini-3-pro-image-preview:countTokens HTTP/1.1\r\nHost: x\r\n"
                     b"x-goog-api-key: k\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"con")
        started = time.monotonic()
        answer = closed_by_server(sock, BODY_TIMEOUT + 5)
        assert answer is not None and answer.startswith(b"HTTP/1.1 408 "), answer
        assert b'"status":"DEADLINE_EXCEEDED"' in answer and b"connection: close" in answer.lower()
        assert BODY_TIMEOUT - 0.5 < time.monotonic() - started < BODY_TIMEOUT + 3


def test_a_body_that_keeps_coming_is_not_cut(tmp_path: Path) -> None:
    body = b'{"contents": [{"parts": [{"text": "' + b"a kite " * 3000 + b'"}]}]}'  # 21 KB, well over 1 KiB/s
    with limited_server(tmp_path) as (host, port), socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"POST /v1beta/models/gemini-3-pro-image-preview:countTokens HTTP/1.1\r\nHost: x\r\n"
                     b"x-goog-api-key: k\r\nContent-Type: application/json\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode())
        for start in range(0, len(body), len(body) // 4):  # four pieces, each within the pause allowed
            sock.sendall(body[start:start + len(body) // 4])
            time.sleep(BODY_TIMEOUT * 0.6)
        sock.settimeout(10)
        assert sock.recv(4096).startswith(b"HTTP/1.1 200 ")
