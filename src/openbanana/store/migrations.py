"""Schema versions, and how a database reaches the newest one.

- A new database, SQLite or Postgres, is created from `schema.metadata` at once, at `SCHEMA_VERSION`.
- A SQLite database made by an older openbanana climbs `SQLITE_HISTORY` (the released SQL, never edited) up to
  `BASELINE_VERSION`, the version `schema.py` started from.
- From `BASELINE_VERSION` on, both backends take the same steps: `UPGRADES`, Alembic operations written once
  (`op.add_column("images", Column("phash", Text))`; SQLite changes that need a table rebuild use
  `op.batch_alter_table`). Adding one: change the table in `schema.py`, append the step here. Never edit a step
  that was released.

The version is SQLite's `PRAGMA user_version` (as it always was) or the one row of `schema_version` on Postgres.
`migrate` runs inside the caller's exclusive transaction (SQLite's write lock, Postgres's writer lock), so two
processes starting together migrate once, and a crash mid-migration leaves the previous version intact (DDL is
transactional on both).
"""

from __future__ import annotations

from collections.abc import Callable

from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import BigInteger, Column, Connection, LargeBinary, MetaData, Table, Text, inspect, select

from openbanana.store.errors import SchemaVersionError
from openbanana.store.schema import metadata

SQLITE_HISTORY: tuple[tuple[str, ...], ...] = (
    # 1: the Files API — content-addressed blobs, file metadata, resumable upload sessions.
    (
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL
        )""",
        """CREATE TABLE files (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs (sha256),
            source TEXT NOT NULL,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            update_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL
        )""",
        "CREATE INDEX files_by_owner ON files (owner, create_us DESC, id DESC)",
        "CREATE INDEX files_by_expiry ON files (expire_us)",
        "CREATE INDEX files_by_blob ON files (sha256)",
        """CREATE TABLE upload_sessions (
            token_hash TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            file_id TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL
        )""",
        "CREATE INDEX upload_sessions_by_owner ON upload_sessions (owner)",
        "CREATE INDEX upload_sessions_by_expiry ON upload_sessions (expire_us)",
    ),
    # 2: batches — one row per batch, one durable queue row per request (jobs.queue leases, acks, retries them).
    (
        """CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            model TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            input_file TEXT,
            responses_file TEXT,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            update_us INTEGER NOT NULL,
            end_us INTEGER
        )""",
        "CREATE INDEX batches_by_owner ON batches (owner, create_us DESC, id DESC)",
        """CREATE TABLE queue_items (
            queue TEXT NOT NULL,
            seq INTEGER NOT NULL,
            key TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_token TEXT,
            lease_until_us INTEGER,
            result TEXT,
            failed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (queue, seq)
        )""",
        "CREATE INDEX queue_items_ready ON queue_items (state, lease_until_us)",
    ),
    # 3: emitted images, keyed by their watermark payload, so `verify` can say where an image came from.
    (
        """CREATE TABLE images (
            payload TEXT PRIMARY KEY,
            response_id TEXT NOT NULL,
            model TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            mime_type TEXT NOT NULL,
            thought INTEGER NOT NULL,
            create_us INTEGER NOT NULL
        )""",
    ),
    # 4: API keys (only a hash of each key is stored) with per-key limits, and a ledger of answered generations.
    (
        """CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            key_hash TEXT NOT NULL UNIQUE,
            prefix TEXT NOT NULL,
            name TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            revoke_us INTEGER,
            requests_per_minute INTEGER,
            images_per_day INTEGER,
            upload_bytes INTEGER
        )""",
        """CREATE TABLE usage (
            owner TEXT NOT NULL,
            time_us INTEGER NOT NULL,
            model TEXT NOT NULL,
            method TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            candidates_tokens INTEGER NOT NULL,
            thoughts_tokens INTEGER NOT NULL,
            total_tokens INTEGER NOT NULL,
            images INTEGER NOT NULL
        )""",
        "CREATE INDEX usage_by_owner ON usage (owner, time_us)",
        "CREATE INDEX usage_by_time ON usage (time_us)",
    ),
    # 5: file names are per owner: key B may name a file as key A did (no 409 that tells B what A has). Files and
    # upload sessions are keyed by (owner, id); SQLite cannot change a primary key, so both tables are rebuilt.
    (
        """CREATE TABLE files_by_owner_id (
            id TEXT NOT NULL,
            owner TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs (sha256),
            source TEXT NOT NULL,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            update_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL,
            PRIMARY KEY (owner, id)
        )""",
        """INSERT INTO files_by_owner_id (id, owner, display_name, mime_type, size_bytes, sha256, source, uri_base,
            create_us, update_us, expire_us) SELECT id, owner, display_name, mime_type, size_bytes, sha256, source,
            uri_base, create_us, update_us, expire_us FROM files""",
        "DROP TABLE files",
        "ALTER TABLE files_by_owner_id RENAME TO files",
        "CREATE INDEX files_by_owner ON files (owner, create_us DESC, id DESC)",
        "CREATE INDEX files_by_expiry ON files (expire_us)",
        "CREATE INDEX files_by_blob ON files (sha256)",
        "CREATE INDEX files_by_id ON files (id)",
        """CREATE TABLE upload_sessions_by_owner_id (
            token_hash TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            file_id TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL,
            UNIQUE (owner, file_id)
        )""",
        """INSERT INTO upload_sessions_by_owner_id (token_hash, owner, file_id, display_name, mime_type, size_bytes,
            received, uri_base, create_us, expire_us) SELECT token_hash, owner, file_id, display_name, mime_type,
            size_bytes, received, uri_base, create_us, expire_us FROM upload_sessions""",
        "DROP TABLE upload_sessions",
        "ALTER TABLE upload_sessions_by_owner_id RENAME TO upload_sessions",
        "CREATE INDEX upload_sessions_by_owner ON upload_sessions (owner)",
        "CREATE INDEX upload_sessions_by_expiry ON upload_sessions (expire_us)",
        "CREATE INDEX upload_sessions_by_file ON upload_sessions (file_id)",
    ),
    # 6: the queue is leased oldest first by (enqueue_us, queue, seq) on every backend (rowid is SQLite's alone;
    # the rows already queued keep their order), and requests_per_minute is counted in the store, across replicas.
    (
        "ALTER TABLE queue_items ADD COLUMN enqueue_us INTEGER NOT NULL DEFAULT 0",
        "UPDATE queue_items SET enqueue_us = rowid",
        "CREATE INDEX queue_items_by_age ON queue_items (enqueue_us, queue, seq)",
        "CREATE TABLE rate_events (key_id TEXT NOT NULL, time_us INTEGER NOT NULL)",
        "CREATE INDEX rate_events_by_key ON rate_events (key_id, time_us)",
    ),
)
BASELINE_VERSION = len(SQLITE_HISTORY)

def _image_provenance(op: Operations) -> None:
    """7: what an image is (generated or edited, its inputs), its perceptual fingerprint and the hash of its bytes."""
    op.add_column("images", Column("origin", Text, nullable=False, server_default="generated"))
    op.add_column("images", Column("inputs", Text, nullable=False, server_default=""))
    op.add_column("images", Column("fingerprint", LargeBinary))
    op.add_column("images", Column("sha256", Text, nullable=False, server_default=""))
    op.create_index("images_by_sha256", "images", ["sha256"])


def _image_engine(op: Operations) -> None:
    """8: the engine that drew an image (served names may have engines of their own)."""
    op.add_column("images", Column("engine", Text, nullable=False, server_default=""))


UPGRADES: tuple[Callable[[Operations], None], ...] = (
    _image_provenance,  # 7
    _image_engine,  # 8
    # 9: ... (append here, and change schema.py to match)
)
SCHEMA_VERSION = BASELINE_VERSION + len(UPGRADES)

_version_table = Table("schema_version", MetaData(), Column("version", BigInteger, nullable=False))


def read_version(conn: Connection) -> int:
    if conn.dialect.name == "sqlite":
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
    if not inspect(conn).has_table(_version_table.name):
        return 0
    return int(conn.execute(select(_version_table.c.version)).scalar_one_or_none() or 0)


def _write_version(conn: Connection, version: int) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA user_version = {int(version)}")
        return
    _version_table.create(conn, checkfirst=True)
    conn.execute(_version_table.delete())
    conn.execute(_version_table.insert().values(version=version))


def migrate(conn: Connection) -> int:
    """Bring the database to SCHEMA_VERSION inside the caller's exclusive transaction; returns SCHEMA_VERSION."""
    current = read_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the database has schema version {current}, but this openbanana knows only up to "
            f"{SCHEMA_VERSION}; upgrade openbanana or point it at another database"
        )
    if current == SCHEMA_VERSION:
        return current
    if current == 0:
        metadata.create_all(conn, checkfirst=False)  # a table already there: not an openbanana database
    else:
        for version in range(current + 1, BASELINE_VERSION + 1):
            for statement in SQLITE_HISTORY[version - 1]:
                conn.exec_driver_sql(statement)
        operations = Operations(MigrationContext.configure(conn))
        for version in range(max(current, BASELINE_VERSION) + 1, SCHEMA_VERSION + 1):
            UPGRADES[version - BASELINE_VERSION - 1](operations)
    _write_version(conn, SCHEMA_VERSION)
    return SCHEMA_VERSION
