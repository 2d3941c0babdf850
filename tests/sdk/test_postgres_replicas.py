"""Two `openbanana serve` processes on one Postgres database (and one data dir for blobs, as a shared file system
gives them), through the official Python SDK: one user's files, batches and limits are the same on both, and a
replica killed with SIGKILL in the middle of a batch loses nothing. The SDK batch tests also run here, against a
server on Postgres."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from google import genai
from google.genai import errors, types

from tests.api.test_keys import MODEL, TEXT_ONLY, cli, client
from tests.conftest import LiveServer, start_server, stop_server
from tests.postgres import PostgresServer
from tests.sdk.replicas import replica_key, two_replicas
from tests.sdk.test_batches_sdk import poll
from tests.sdk.test_batches_sdk import test_file_batch_writes_a_responses_file as test_file_batch_on_postgres
from tests.sdk.test_batches_sdk import test_inline_batch_create_get_list_delete as test_inline_batch_on_postgres

pytestmark = pytest.mark.sdk
LEASE = {"OPENBANANA_BATCH_LEASE_SECONDS": "2"}  # a killed replica's items are taken over after this


@dataclass(frozen=True)
class Replicas:
    a: LiveServer
    b: LiveServer
    data_dir: Path
    database_url: str


def serve_on(data_dir: Path, database_url: str) -> LiveServer:
    return start_server(data_dir, "--database-url", database_url, env=LEASE)


@pytest.fixture(scope="module")
def replicas(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    data_dir, url = tmp_path_factory.mktemp("replicas") / "data", postgres_server.new_database()
    with two_replicas(data_dir, data_dir, "--database-url", url, env=LEASE) as (first, second):
        yield Replicas(first, second, data_dir, url)


@pytest.fixture(scope="module")
def live_server(replicas: Replicas) -> LiveServer:
    """What the SDK batch tests imported above run against: a server on Postgres."""
    return replicas.a


def create_key(replicas: Replicas, name: str, *limits: str) -> str:
    return replica_key(replicas.data_dir, replicas.database_url, name, *limits)


@pytest.fixture(scope="module")
def sdk(replicas: Replicas, live_server: LiveServer) -> genai.Client:
    return client(live_server.base_url, create_key(replicas, "sdk batches"))


def test_requests_per_minute_is_one_window_across_replicas(replicas: Replicas) -> None:
    key = create_key(replicas, "rpm", "--rpm", "2")
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)
    assert on_a.models.generate_content(model=MODEL, contents="one", config=TEXT_ONLY).text
    assert on_b.models.generate_content(model=MODEL, contents="two", config=TEXT_ONLY).text
    for sdk in (on_a, on_b):
        with pytest.raises(errors.ClientError) as raised:
            sdk.models.generate_content(model=MODEL, contents="three", config=TEXT_ONLY)
        assert raised.value.code == 429 and "generation requests per minute" in (raised.value.message or "")
    [line] = [line for line in json.loads(cli("usage", "--json", "--data-dir", str(replicas.data_dir),
                                              "--database-url", replicas.database_url)) if line["name"] == "rpm"]
    assert line["requests"] == 2, "`openbanana usage` adds up both replicas' answers"


def test_images_per_day_is_one_budget_across_replicas(replicas: Replicas) -> None:
    key = create_key(replicas, "daily", "--images-per-day", "1")
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)  # referenced while used
    assert on_b.models.generate_content(model=MODEL, contents="a blue door").parts
    with pytest.raises(errors.ClientError) as raised:
        on_a.models.generate_content(model=MODEL, contents="a green door")
    assert raised.value.code == 429 and "images per day" in (raised.value.message or "")


def test_a_file_uploaded_to_one_replica_is_served_by_the_other(replicas: Replicas, tmp_path: Path) -> None:
    key = create_key(replicas, "files")
    path = tmp_path / "note.txt"
    path.write_bytes(b"written through replica a")
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)
    uploaded = on_a.files.upload(file=path, config=types.UploadFileConfig(mime_type="text/plain"))
    assert uploaded.name and on_b.files.get(name=uploaded.name).size_bytes == path.stat().st_size
    assert [f.name for f in on_b.files.list()] == [uploaded.name]
    on_b.files.delete(name=uploaded.name)
    with pytest.raises(errors.ClientError) as raised:
        on_a.files.get(name=uploaded.name)
    assert raised.value.code in (403, 404)


def test_a_batch_created_on_one_replica_is_seen_and_finished_by_both(replicas: Replicas) -> None:
    key = create_key(replicas, "batches")
    on_a, on_b = client(replicas.a.base_url, key), client(replicas.b.base_url, key)
    job = on_a.batches.create(model=MODEL, src=[{"contents": f"a paper boat {i}"} for i in range(6)])
    done = poll(on_b, job.name or "")
    assert done.state == types.JobState.JOB_STATE_SUCCEEDED
    assert done.dest is not None and len(done.dest.inlined_responses or []) == 6
    assert [j.name for j in on_a.batches.list()] == [job.name]


def queue_states(database_url: str, batch: str) -> list[tuple[str, int, str | None]]:
    with psycopg.connect(database_url) as conn:
        rows = conn.execute("SELECT state, attempts, result FROM queue_items WHERE queue = %s ORDER BY seq",
                            (batch.removeprefix("batches/"),)).fetchall()
    return [(str(state), int(attempts), result) for state, attempts, result in rows]


def test_a_replica_killed_mid_batch_loses_nothing(postgres_server: PostgresServer, tmp_path: Path) -> None:
    """A replica takes a batch's items and is killed with SIGKILL while it renders them; a replica started after it
    takes the expired leases over, and every request ends with exactly one response."""
    data_dir, url = tmp_path / "data", postgres_server.new_database()
    key = replica_key(data_dir, url, "killed")
    doomed = serve_on(data_dir, url)
    on_doomed = client(doomed.base_url, key)
    try:
        job = on_doomed.batches.create(model=MODEL, src=[
            {"contents": f"a harbour at dusk {i}", "config": {"image_config": {"image_size": "2K"}}}
            for i in range(6)])
        deadline = time.monotonic() + 30
        while not any(state == "LEASED" for state, _, _ in queue_states(url, job.name or "")):
            assert time.monotonic() < deadline, "nothing was leased"
            time.sleep(0.01)
        os.kill(doomed.process.pid, signal.SIGKILL)
        doomed.process.wait(timeout=10)
        held = [seq for seq, (state, _, _) in enumerate(queue_states(url, job.name or "")) if state == "LEASED"]
    finally:
        stop_server(doomed)
    survivor = serve_on(data_dir, url)
    try:
        done = poll(client(survivor.base_url, key), job.name or "", timeout=120)
    finally:
        stop_server(survivor)
    assert done.state == types.JobState.JOB_STATE_SUCCEEDED
    assert done.dest is not None and len(done.dest.inlined_responses or []) == 6
    assert all(r.response is not None and r.response.parts for r in done.dest.inlined_responses or [])
    states = queue_states(url, job.name or "")
    assert [state for state, _, _ in states] == ["DONE"] * 6 and all(result for _, _, result in states)
    assert held and all(states[seq][1] == 2 for seq in held), "what the killed replica held ran once more"


__all__ = ["test_file_batch_on_postgres", "test_inline_batch_on_postgres"]
