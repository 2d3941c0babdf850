"""The benchmarks' and tests' server readiness check tells our own listening socket from another process's."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from bench.serving import listens_on


def test_a_port_this_process_listens_on_is_ours_and_not_another_process() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            assert listens_on(other.pid, port) is False
        finally:
            other.kill()
            other.wait()
        assert listens_on(os.getpid(), port) is True


def test_a_port_nobody_listens_on_is_not_ours() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening
        assert listens_on(os.getpid(), port) is False
