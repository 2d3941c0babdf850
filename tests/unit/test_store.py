"""The store on a real SQLite file and on a real Postgres server, and a real blob directory: schema and migrations,
atomic and deduplicated blobs, expiry."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from openbanana.clock import from_us
from openbanana.errors import FailedPreconditionError, NotFoundError, PermissionDeniedError
from openbanana.jobs.queue import JobQueue
from openbanana.protocol.files import FileMetadata
from openbanana.service.files import FileLimits, FileServices, UploadService, UploadStart, parse_file_ref
from openbanana.store.batches import BatchStore
from openbanana.store.blob_files import LocalBlobStore
from openbanana.store.db import (
    SCHEMA_VERSION,
    Database,
    DatabaseUnavailableError,
    DatabaseUnreachableError,
    SchemaVersionError,
)
from openbanana.store.files import FileRecord, FileStore
from openbanana.store.images import ImageRow, ImageStore
from openbanana.store.keys import KeyStore
from openbanana.store.migrations import SQLITE_HISTORY
from openbanana.store.schema import metadata
from openbanana.store.usage import UsageStore
from tests.postgres import PostgresServer

HOUR_US = 3600 * 1_000_000


DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def db(database: Database) -> Database:
    """SQLite and Postgres, in turn."""
    return database


def record(file_id: str, sha256: str, *, owner: str = "o", create_us: int = 0, expire_us: int = 10 * HOUR_US,
           size: int = 3) -> FileRecord:
    return FileRecord(id=file_id, owner=owner, display_name="", mime_type="image/png", size_bytes=size,
                      sha256=sha256, source="UPLOADED", uri_base="http://h", create_us=create_us,
                      update_us=create_us, expire_us=expire_us)


# schema


def schema_differences(db: Database) -> list[object]:
    """What differs between the database's tables and indexes and `schema.metadata` (empty: the same schema).

    Not counted: Postgres's own version table, and SQLite's old quirk of a TEXT PRIMARY KEY column that may hold
    NULL (the tables made by SQLITE_HISTORY; nothing ever writes a NULL key)."""
    with db.reading() as conn:
        found = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)

    def counted(difference: object) -> bool:
        change = difference[0] if isinstance(difference, list) else difference
        if isinstance(change, tuple) and change[0] == "modify_nullable":
            return not metadata.tables[change[2]].c[change[3]].primary_key
        return "schema_version" not in str(change)

    return [difference for difference in found if counted(difference)]


def test_a_new_database_has_the_whole_schema(db: Database) -> None:
    assert db.schema_version == SCHEMA_VERSION >= 1
    assert schema_differences(db) == []
    with db.reading() as conn:
        assert {"files", "blobs", "upload_sessions", "queue_items", "rate_events"} <= set(
            inspect(conn).get_table_names())
        if db.dialect == "sqlite":
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reopening_keeps_the_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    first = Database.in_dir(tmp_path)
    FileStore(first).insert_file(record("abc", "0" * 64))
    first.close()
    second = Database.in_dir(tmp_path)
    assert second.schema_version == SCHEMA_VERSION
    assert FileStore(second).get_file("o", "abc") == record("abc", "0" * 64)
    second.close()


def test_reopening_a_postgres_database_keeps_the_data(postgres_url: str) -> None:
    first = Database(postgres_url)
    FileStore(first).insert_file(record("abc", "0" * 64))
    first.close()
    second = Database(postgres_url)
    assert second.schema_version == SCHEMA_VERSION
    assert FileStore(second).get_file("o", "abc") == record("abc", "0" * 64)
    second.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path, postgres_url: str) -> None:
    with sqlite3.connect(tmp_path / "openbanana.db") as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaVersionError, match="upgrade openbanana"):
        Database.in_dir(tmp_path)
    db = Database(postgres_url)
    with db.transaction() as pg:
        pg.exec_driver_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(SchemaVersionError, match="upgrade openbanana"):
        Database(postgres_url)


def test_an_unreachable_or_foreign_postgres_is_one_clear_error(postgres_server: PostgresServer) -> None:
    closed_port = postgres_server.url().replace(str(postgres_server.port), "1")
    with pytest.raises(DatabaseUnreachableError, match=r"cannot use the database postgresql://postgres@127\.0\.0\.1:1/"):
        Database(closed_port)
    with pytest.raises(DatabaseUnreachableError, match="does not exist"):
        Database(postgres_server.url("no_such_database"))
    with pytest.raises(DatabaseUnreachableError, match="not supported"):
        Database("mysql://db/banana")


def test_a_postgres_that_stops_answering_is_a_503_until_it_answers_again(postgres_server: PostgresServer) -> None:
    """Its connections are killed and new ones refused (as in a restart): calls fail with UNAVAILABLE and the
    reason, not a crash, and work again once the server lets connections in."""
    url = postgres_server.new_database()
    name = url.rsplit("/", 1)[1]
    db = Database(url)
    store = FileStore(db)
    store.insert_file(record("abc", "0" * 64))

    def admin(statement: str) -> None:
        with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
            conn.execute(statement)

    admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    with pytest.raises(DatabaseUnavailableError, match="is not answering") as raised:
        store.get_file("o", "abc")
    assert raised.value.http_status == 503 and "secret" not in raised.value.message
    admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert store.get_file("o", "abc") == record("abc", "0" * 64)
    db.close()


def test_a_failed_transaction_leaves_nothing(db: Database) -> None:
    store = FileStore(db)
    with pytest.raises(RuntimeError), store.transaction():
        store.insert_file(record("abc", "1" * 64))
        raise RuntimeError("crash half way")
    assert store.get_file("o", "abc") is None and store.known_blobs() == set()


# blobs


def test_blobs_are_named_by_their_sha256_and_written_atomically(tmp_path: Path) -> None:
    blobs = LocalBlobStore(tmp_path / "blobs")
    ref = blobs.write(b"hello")
    assert ref.sha256 == hashlib.sha256(b"hello").hexdigest() and ref.size == 5
    path = blobs.path_for(ref.sha256)
    assert path == tmp_path / "blobs" / ref.sha256[:2] / ref.sha256 and path.read_bytes() == b"hello"
    assert list(blobs.tmp_dir.iterdir()) == [], "no temp file left behind"
    assert list(blobs.stored()) == [ref.sha256]


def test_identical_bytes_are_stored_once(tmp_path: Path) -> None:
    blobs = LocalBlobStore(tmp_path / "blobs")
    first, second = blobs.write(b"same"), blobs.write(b"same")
    assert first == second and list(blobs.stored()) == [first.sha256]
    spare = blobs.temp_path()
    spare.write_bytes(b"same")
    assert blobs.adopt(spare) == first and not spare.exists(), "adopting a duplicate drops the copy"


def test_a_write_that_fails_before_the_rename_leaves_no_blob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blobs = LocalBlobStore(tmp_path / "blobs")

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        blobs.write(b"never stored")
    assert list(blobs.stored()) == [] and list(blobs.tmp_dir.iterdir()) == []


def test_blob_names_must_be_hashes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="sha256"):
        LocalBlobStore(tmp_path).path_for("../../etc/passwd")


# rows, paging, expiry


def test_listing_is_per_owner_newest_first_and_skips_expired_files(db: Database) -> None:
    store = FileStore(db)
    for index in range(4):
        store.insert_file(record(f"f{index}", "a" * 64, create_us=index, expire_us=(5 + index) * HOUR_US))
    store.insert_file(record("other", "a" * 64, owner="someone else"))
    assert [r.id for r in store.list_files("o", now_us=0, limit=10)] == ["f3", "f2", "f1", "f0"]
    assert [r.id for r in store.list_files("o", now_us=0, limit=2, after=(2, "f2"))] == ["f1", "f0"]
    assert [r.id for r in store.list_files("o", now_us=6 * HOUR_US, limit=10)] == ["f3", "f2"]
    assert store.bytes_in_use("o", now_us=6 * HOUR_US) == 6


def test_expired_rows_go_and_only_unreferenced_blobs_are_released(db: Database) -> None:
    store = FileStore(db)
    store.insert_file(record("old", "a" * 64, expire_us=HOUR_US))
    store.insert_file(record("new", "a" * 64, expire_us=3 * HOUR_US))
    store.insert_file(record("lone", "b" * 64, expire_us=HOUR_US))
    files, sessions = store.delete_expired(now_us=2 * HOUR_US)
    assert sorted(f.id for f in files) == ["lone", "old"] and sessions == []
    assert store.take_orphan_blobs() == ["b" * 64]
    assert store.known_blobs() == {"a" * 64}


# the service on top: expiry with an injected clock, crash leftovers, resolution


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def service(data_dir: Path, clock: Clock, **limits: int) -> FileServices:
    return FileServices.in_data_dir(data_dir, FileLimits(**limits), clock=clock)  # type: ignore[arg-type]


def uploaded(uploads: UploadService, data: bytes, owner: str = "o") -> FileRecord:
    upload_id = uploads.start_upload(UploadStart(owner, FileMetadata(mime_type="image/png", size_bytes=len(data)),
                                                 "http://h/"))
    writer = uploads.open_chunk(upload_id, 0, len(data))
    writer.write(data)
    result = writer.commit(finalize=True)
    assert isinstance(result, FileRecord)
    return result


def test_files_expire_on_the_clock_and_their_blob_goes_with_the_last_one(tmp_path: Path) -> None:
    clock = Clock()
    services = service(tmp_path, clock)
    first = uploaded(services.uploads, b"shared bytes")
    clock.now += timedelta(hours=1)
    second = uploaded(services.uploads, b"shared bytes")
    clock.now += timedelta(hours=47, seconds=1)  # first is 48 h old, second 47 h
    with pytest.raises(PermissionDeniedError):
        services.files.get("o", first.id)
    assert services.files.get("o", second.id) == second
    assert services.janitor.purge_expired() == 1 and services.storage.blobs.exists(second.sha256)
    clock.now += timedelta(hours=1)
    assert services.janitor.purge_expired() == 1 and not services.storage.blobs.exists(second.sha256)
    services.close()


def test_restart_sweeps_what_a_crash_left_behind(tmp_path: Path) -> None:
    clock = Clock()
    services = service(tmp_path, clock)
    kept = uploaded(services.uploads, b"kept")
    services.close()
    stray = LocalBlobStore(tmp_path / "blobs").write(b"renamed into place, but the transaction never committed")
    (tmp_path / "uploads" / ("f" * 64 + ".part")).write_bytes(b"no session owns this")
    services = service(tmp_path, clock)
    assert not services.storage.blobs.exists(stray.sha256) and services.storage.blobs.exists(kept.sha256)
    assert list((tmp_path / "uploads").iterdir()) == []
    services.close()


def test_one_chunk_at_a_time_per_upload(tmp_path: Path) -> None:
    services = service(tmp_path, Clock())
    uploads = services.uploads
    upload_id = uploads.start_upload(UploadStart("o", FileMetadata(mime_type="image/png", size_bytes=4), "http://h"))
    writer = uploads.open_chunk(upload_id, 0, 2)
    with pytest.raises(FailedPreconditionError, match="one at a time"):
        uploads.open_chunk(upload_id, 0, 2)
    writer.write(b"ab")
    writer.commit(finalize=False)
    uploads.open_chunk(upload_id, 2, 2).abort()
    uploads.cancel_upload(upload_id)
    with pytest.raises(NotFoundError):
        uploads.open_chunk(upload_id, 2, 2)
    services.close()


def test_lost_upload_bytes_are_never_padded_with_zeros(tmp_path: Path) -> None:
    services = service(tmp_path, Clock())
    uploads = services.uploads
    upload_id = uploads.start_upload(UploadStart("o", FileMetadata(mime_type="image/png", size_bytes=4), "http://h"))
    writer = uploads.open_chunk(upload_id, 0, 2)
    writer.write(b"ab")
    writer.commit(finalize=False)
    for partial in (tmp_path / "uploads").iterdir():
        partial.write_bytes(b"")  # the disk lost what the database says was received
    with pytest.raises(FailedPreconditionError, match="lost"):
        uploads.open_chunk(upload_id, 2, 2)
    with pytest.raises(NotFoundError):
        uploads.upload_session(upload_id)
    services.close()


@pytest.mark.parametrize(("ref", "bare", "expected"), [
    ("files/abc123", False, ("abc123", None)),
    ("abc123", True, ("abc123", None)),
    ("abc123", False, None),
    ("https://Host:8443/v1beta/files/abc123", False, ("abc123", "https://host:8443")),
    ("http://host/prefix/v1/files/abc", False, ("abc", "http://host/prefix")),
    ("http://host/v1beta/files/abc?alt=media", False, None),
    ("http://user@host/v1beta/files/abc", False, None),
    ("https://example.com/x.png", False, None),
    ("ftp://host/v1beta/files/abc", False, None),
    ("files/ABC", False, None),
    ("files/a/b", False, None),
])
def test_which_file_references_are_ours(ref: str, bare: bool, expected: tuple[str, str | None] | None) -> None:
    parsed = parse_file_ref(ref, bare_id=bare)
    assert (None if parsed is None else (parsed.file_id, parsed.uri_base)) == expected


def test_resolve_returns_the_bytes_of_the_owner_s_file(tmp_path: Path) -> None:
    services = service(tmp_path, Clock())
    stored = uploaded(services.uploads, b"\x89PNG bytes", owner="alice")
    assert services.files.resolve(f"files/{stored.id}", "alice").data == b"\x89PNG bytes"
    assert services.files.resolver_for("alice")(f"http://h/v1beta/files/{stored.id}").mime_type == "image/png"
    with pytest.raises(PermissionDeniedError, match=stored.id):
        services.files.resolver_for("bob")(f"files/{stored.id}")
    services.close()


def test_migration_5_keeps_files_and_makes_names_per_owner(tmp_path: Path) -> None:
    """A database made before file names were per owner: its files and uploads survive, and a second owner can
    now take a name the first one holds."""
    with sqlite3.connect(tmp_path / "openbanana.db", isolation_level=None) as conn:
        for version, statements in enumerate(SQLITE_HISTORY[:4], start=1):
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("INSERT INTO blobs (sha256, size) VALUES (?, 3)", ("0" * 64,))
        conn.execute("INSERT INTO files VALUES ('report', 'alice', '', 'image/png', 3, ?, 'UPLOADED', 'http://h', "
                     "0, 0, 100)", ("0" * 64,))
    conn.close()
    db = Database.in_dir(tmp_path)
    assert db.schema_version == SCHEMA_VERSION and schema_differences(db) == []
    store = FileStore(db)
    assert store.get_file("alice", "report") is not None and store.get_file("bob", "report") is None
    assert store.name_in_use("alice", "report") and not store.name_in_use("bob", "report")
    store.insert_file(record("report", "0" * 64, owner="bob"))
    assert store.get_file("bob", "report") == record("report", "0" * 64, owner="bob")
    db.close()


def test_a_database_made_by_schema_version_5_opens_and_upgrades(tmp_path: Path) -> None:
    """tests/data/openbanana-v5.db was written by openbanana's stores at schema version 5 (before SQLAlchemy): two
    owners' files of one name, an upload half done, two batches whose queue holds a finished and two pending items,
    a key with limits, a usage row and an image record. All of it survives, and the queue keeps its order."""
    shutil.copy(DATA / "openbanana-v5.db", tmp_path / "openbanana.db")
    with sqlite3.connect(tmp_path / "openbanana.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    conn.close()
    db = Database.in_dir(tmp_path)
    assert db.schema_version == SCHEMA_VERSION and schema_differences(db) == []
    files = FileStore(db)
    assert files.get_file("alice", "report") is not None and files.get_file("bob", "report") is not None
    assert [session.received for session in files.sessions()] == [40]
    assert [batch.id for batch in BatchStore(db).list("alice", 10)] == ["a-new", "b-old"]
    key = KeyStore(db).by_id("k1")
    assert key is not None and (key.requests_per_minute, key.images_per_day) == (2, 10)
    assert [totals.images for totals in UsageStore(db).totals()] == [1]
    image = ImageStore(db).get("payload1")
    assert image is not None and image.thought is True and (image.width, image.height) == (1024, 768)
    queue = JobQueue(db, clock=lambda: from_us(10**15))
    assert queue.counts("b-old").succeeded == 1
    first, second = queue.lease(), queue.lease()
    assert first is not None and second is not None
    assert [(first.queue, first.seq), (second.queue, second.seq)] == [("b-old", 1), ("a-new", 0)], "enqueue order"
    db.close()


def test_image_records_from_before_provenance_read_as_generated_without_a_fingerprint(tmp_path: Path) -> None:
    """Upgrade 7: records written before edits and fingerprints were kept read back as generated, with nothing to
    compare; new records keep their origin, inputs, fingerprint and the hash of their bytes."""
    shutil.copy(DATA / "openbanana-v5.db", tmp_path / "openbanana.db")
    db = Database.in_dir(tmp_path)
    images = ImageStore(db)
    old = images.get("payload1")
    assert old is not None and (old.origin, old.inputs, old.fingerprint, old.sha256) == ("generated", (), None, "")
    edited = ImageRow("0001-00000003", "r2", "m", 8, 4, "image/png", True, 9, "edited", ("a" * 64, "b" * 64), b"\1\2",
                      "c" * 64)
    images.add(edited)
    assert images.get(edited.payload) == edited
    assert images.any_emitted(("b" * 64, "c" * 64))
    assert not images.any_emitted(("a" * 64,)) and not images.any_emitted(())
    db.close()
