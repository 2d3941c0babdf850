"""A real `openbanana serve` process for the benchmarks: started on a free port, healthy before use, its CPU and
memory readable from /proc, always stopped. One place, so every benchmark measures the same kind of server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cost:
    """Cumulative user CPU, system CPU (seconds) and minor page faults of a process."""

    user: float
    system: float
    minor_faults: int


@dataclass(frozen=True)
class Server:
    base_url: str
    process: subprocess.Popen[bytes]

    def cost(self) -> Cost | None:
        """CPU and minor page faults of the server process (all threads) from /proc; None where there is none."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        tick = os.sysconf("SC_CLK_TCK")
        return Cost(int(fields[11]) / tick, int(fields[12]) / tick, int(fields[7]))

    def memory_mib(self) -> dict[str, float] | None:
        """Resident set now and at its peak (VmRSS, VmHWM), in MiB; None where there is no /proc."""
        try:
            lines = Path(f"/proc/{self.process.pid}/status").read_text().splitlines()
        except OSError:
            return None
        values = {k: int(v.split()[0]) / 1024 for k, v in (line.split(":", 1) for line in lines if ":" in line)
                  if k in ("VmRSS", "VmHWM")}
        return {"rss": values.get("VmRSS", 0.0), "peak_rss": values.get("VmHWM", 0.0)}


def listens_on(pid: int, port: int) -> bool:
    """Whether process `pid` holds the socket listening on `port`: an answer on a port picked free a moment ago can
    come from another job's server that took it first, and a measurement must never be of someone else's server."""
    listening = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            return True  # no /proc: nothing to check against
        for row in rows:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                listening.add(f"socket:[{fields[9]}]")
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    return any(_link(f"/proc/{pid}/fd/{fd}") in listening for fd in descriptors)


def _link(path: str) -> str:
    """Target of a descriptor's link, '' for one closed since it was listed."""
    try:
        return os.readlink(path)
    except OSError:
        return ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_server(extra_env: Mapping[str, str] | None = None, *, data_files: Mapping[str, bytes] | None = None,
                   log_level: str = "warning", port: int | None = None) -> Iterator[Server]:
    """`openbanana serve` on a fresh data dir (seeded with `data_files`), environment over ours plus `extra_env`."""
    with tempfile.TemporaryDirectory(prefix="openbanana-bench-") as tmp:
        port = port or free_port()
        log_path = Path(tmp) / "server.log"
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        for name, content in (data_files or {}).items():
            (data_dir / name).write_bytes(content)
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "openbanana", "serve", "--port", str(port), "--data-dir", str(data_dir),
                 "--log-level", log_level],
                stdout=log, stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1", **(extra_env or {})},
            )
            try:
                server = Server(f"http://127.0.0.1:{port}", process)
                _wait_healthy(server, port, log_path)
                yield server
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _wait_healthy(server: Server, port: int, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(server.base_url + "/healthz", timeout=1):
                if listens_on(server.process.pid, port):
                    return
            time.sleep(0.1)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError("server did not become healthy within 60 s")
