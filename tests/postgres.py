"""A real Postgres server for the tests, from the system's packages (Debian: `apt-get install postgresql`):
`initdb` and `pg_ctl` in a temp directory, on a free port, as a non-root user (Postgres refuses to run as root;
under root the binaries run as the `postgres` or `nobody` account). One server per test session, one fresh
database per test. Tests that need it skip, saying why, only when the binaries are absent."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from openbanana.store.db import Database

SKIP_REASON = ("Postgres binaries (initdb, pg_ctl) not found: install Debian's postgresql package "
               "(`apt-get install postgresql`) to run the Postgres tests")
_names = itertools.count()


def postgres_bin() -> Path | None:
    """The directory holding initdb and pg_ctl: the newest of Debian's versions, else the PATH's."""
    for found in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(found).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb and shutil.which("pg_ctl") else None


@dataclass(frozen=True)
class PostgresServer:
    port: int
    directory: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database on this server; its URL."""
        name = f"t{os.getpid()}_{next(_names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_postgres_user() -> tuple[list[str], int | None]:
    """The command prefix that drops root (none when not root) and the uid that must own the directory."""
    if os.geteuid() != 0:
        return [], None
    for name in ("postgres", "nobody"):
        try:
            account = pwd.getpwnam(name)
        except KeyError:
            continue
        return ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups"], account.pw_uid
    raise RuntimeError("running as root and no unprivileged account (postgres, nobody) to run Postgres as")


def _run(command: list[str], prefix: list[str]) -> None:
    result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stdout}{result.stderr}")


@contextmanager
def running_postgres(durable: bool = False) -> Iterator[PostgresServer]:
    """A throwaway server in a temp directory, stopped and removed on exit (RuntimeError without the binaries).
    Not `durable`: fsync off, as tests need no crash safety of the server itself."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise RuntimeError(SKIP_REASON)
    prefix, owner = _as_postgres_user()
    directory = Path(tempfile.mkdtemp(prefix="openbanana-pg-"))
    if owner is not None:
        os.chown(directory, owner, -1)
    data, port = directory / "data", _free_port()
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"],
         prefix)
    options = f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=200"
    if not durable:
        options += " -c fsync=off"
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(directory / "log"), "-w",
          "start"], prefix)
    try:
        yield PostgresServer(port, directory)
    finally:
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], prefix)
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if postgres_bin() is None:
        pytest.skip(SKIP_REASON)
    with running_postgres() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh database on the session's server."""
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The store's database on each backend: a SQLite file in tmp_path, and a fresh Postgres database."""
    opened = Database.in_dir(tmp_path) if request.param == "sqlite" else Database(
        request.getfixturevalue("postgres_url"))
    yield opened
    opened.close()
