"""The schema, once, as SQLAlchemy Core tables: what a new database (SQLite or Postgres) is created with, and what
the store modules build their statements from.

It is the schema at `BASELINE_VERSION` plus every migration in `migrations.UPGRADES`: to add a column, add it to its
table here and append the matching `op.add_column(...)` to `UPGRADES` (tests/unit/test_store.py compares a
migrated database with these tables). Times are integer microseconds (UTC): 64-bit on Postgres, SQLite's INTEGER.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

BIG = BigInteger().with_variant(Integer(), "sqlite")  # SQLite's INTEGER is already 64-bit, and keeps rowid aliases
FLAG = Integer()  # 0 or 1, as SQLite has always stored it

metadata = MetaData()


def _text(name: str, *, default: str | None = None, nullable: bool = False) -> Column[str]:
    return Column(name, Text, nullable=nullable, server_default=default)


blobs = Table(
    "blobs", metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", BIG, nullable=False),
)

files = Table(
    "files", metadata,
    _text("id"), _text("owner"), _text("display_name", default=""), _text("mime_type"),
    Column("size_bytes", BIG, nullable=False),
    Column("sha256", Text, ForeignKey("blobs.sha256"), nullable=False),
    _text("source"), _text("uri_base"),
    Column("create_us", BIG, nullable=False), Column("update_us", BIG, nullable=False),
    Column("expire_us", BIG, nullable=False),
    PrimaryKeyConstraint("owner", "id"),
)
Index("files_by_owner", files.c.owner, files.c.create_us.desc(), files.c.id.desc())
Index("files_by_expiry", files.c.expire_us)
Index("files_by_blob", files.c.sha256)
Index("files_by_id", files.c.id)

upload_sessions = Table(
    "upload_sessions", metadata,
    Column("token_hash", Text, primary_key=True),
    _text("owner"), _text("file_id"), _text("display_name", default=""), _text("mime_type"),
    Column("size_bytes", BIG, nullable=False), Column("received", BIG, nullable=False, server_default="0"),
    _text("uri_base"), Column("create_us", BIG, nullable=False), Column("expire_us", BIG, nullable=False),
    UniqueConstraint("owner", "file_id"),
)
Index("upload_sessions_by_owner", upload_sessions.c.owner)
Index("upload_sessions_by_expiry", upload_sessions.c.expire_us)
Index("upload_sessions_by_file", upload_sessions.c.file_id)

batches = Table(
    "batches", metadata,
    Column("id", Text, primary_key=True),
    _text("owner"), _text("model"), _text("display_name", default=""), _text("state"),
    _text("input_file", nullable=True), _text("responses_file", nullable=True), _text("uri_base"),
    Column("create_us", BIG, nullable=False), Column("update_us", BIG, nullable=False),
    Column("end_us", BIG),
)
Index("batches_by_owner", batches.c.owner, batches.c.create_us.desc(), batches.c.id.desc())

queue_items = Table(
    "queue_items", metadata,
    _text("queue"), Column("seq", BIG, nullable=False), _text("key"), _text("payload"), _text("state"),
    Column("attempts", BIG, nullable=False, server_default="0"),
    _text("lease_token", nullable=True), Column("lease_until_us", BIG), _text("result", nullable=True),
    Column("failed", FLAG, nullable=False, server_default="0"),
    Column("enqueue_us", BIG, nullable=False, server_default="0"),  # leased oldest first: (enqueue_us, queue, seq)
    PrimaryKeyConstraint("queue", "seq"),
)
Index("queue_items_ready", queue_items.c.state, queue_items.c.lease_until_us)
Index("queue_items_by_age", queue_items.c.enqueue_us, queue_items.c.queue, queue_items.c.seq)

images = Table(
    "images", metadata,
    Column("payload", Text, primary_key=True),
    _text("response_id"), _text("model"),
    Column("width", BIG, nullable=False), Column("height", BIG, nullable=False),
    _text("mime_type"), Column("thought", FLAG, nullable=False), Column("create_us", BIG, nullable=False),
    # what the image is (generated, or edited from inputs: their SHA-256s, space-separated) and its perceptual
    # fingerprint, so `verify` claims a record only for the pixels it was made for; the SHA-256 of the bytes sent
    # tells a later edit's input made here from a foreign one
    _text("origin", default="generated"), _text("inputs", default=""), Column("fingerprint", LargeBinary),
    _text("sha256", default=""),
    _text("engine", default=""),  # the engine that drew it: draft, diffusers:PROFILE
)
Index("images_by_sha256", images.c.sha256)

api_keys = Table(
    "api_keys", metadata,
    Column("id", Text, primary_key=True),
    Column("key_hash", Text, nullable=False, unique=True),
    _text("prefix"), _text("name"), Column("create_us", BIG, nullable=False), Column("revoke_us", BIG),
    Column("requests_per_minute", BIG), Column("images_per_day", BIG), Column("upload_bytes", BIG),
)

usage = Table(
    "usage", metadata,
    _text("owner"), Column("time_us", BIG, nullable=False), _text("model"), _text("method"),
    *(Column(name, BIG, nullable=False) for name in (
        "prompt_tokens", "candidates_tokens", "thoughts_tokens", "total_tokens", "images")),
)
Index("usage_by_owner", usage.c.owner, usage.c.time_us)
Index("usage_by_time", usage.c.time_us)

# admitted generation requests per key, for requests_per_minute: counted in the store, so every replica sees them
rate_events = Table(
    "rate_events", metadata,
    _text("key_id"), Column("time_us", BIG, nullable=False),
)
Index("rate_events_by_key", rate_events.c.key_id, rate_events.c.time_us)
