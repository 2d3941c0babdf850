"""Copy one openbanana database into another (SQLite → Postgres, say), table by table, and the blobs its files name
from one blob store into another: what `openbanana store copy` runs.

Both databases are opened (so migrated) to the same schema version first. Tables are copied in foreign-key order
(blobs before files); a row whose primary key the target already holds is skipped, and the two tables without one
(the usage ledger, the per-minute request windows) are copied as multisets: each distinct row as many times as the
source has it more than the target. So a copy that was interrupted, or is run again, adds only what is missing. A
target that holds anything is refused unless `merge` says so: copying into a live database would mix two
histories. Blobs are streamed through a local temp file and their SHA-256 checked before they are adopted.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select

from openbanana.errors import ConfigError
from openbanana.store.blobs import HASH_CHUNK, BlobStore
from openbanana.store.db import Database
from openbanana.store.schema import blobs as blob_rows
from openbanana.store.schema import metadata

BATCH_ROWS = 1000


class TargetNotEmptyError(ConfigError, RuntimeError):
    """The target database already holds rows, and merging into it was not asked for."""


@dataclass(frozen=True)
class Copied:
    """What one table (or the blobs) came to: rows copied now, rows the target held already, and (blobs only)
    blobs the source store lacks or holds with other bytes than their name says."""

    copied: int
    present: int
    missing: int = 0


def copy_database(source: Database, target: Database, *, merge: bool = False) -> dict[str, Copied]:
    """Every table of `source` into `target`; per table, what was copied. TargetNotEmptyError unless `merge`."""
    if not merge and (held := _held_tables(target)):
        raise TargetNotEmptyError(f"the target database already holds rows ({', '.join(held)}): pass --merge to "
                                  "copy into it anyway (rows it has are skipped)")
    return {table.name: _copy_table(source, target, table) for table in metadata.sorted_tables}


def copy_blobs(database: Database, source: BlobStore, target: BlobStore) -> Copied:
    """Every blob `database` knows, from `source` into `target`, streamed and checked."""
    copied = present = missing = 0
    with database.reading() as conn:
        known = list(conn.execute(select(blob_rows.c.sha256).order_by(blob_rows.c.sha256)).scalars())
    for sha256 in known:
        if target.exists(sha256):
            present += 1
        elif _copy_blob(sha256, source, target):
            copied += 1
        else:
            missing += 1
    return Copied(copied, present, missing)


def _held_tables(database: Database) -> list[str]:
    with database.reading() as conn:
        return [table.name for table in metadata.sorted_tables
                if conn.execute(select(func.count()).select_from(table)).scalar_one()]


def _copy_table(source: Database, target: Database, table: Table) -> Copied:
    key = list(table.primary_key.columns)
    with target.reading() as conn:
        if key:
            have: Counter[tuple[Any, ...]] = Counter(tuple(row) for row in conn.execute(select(*key)))
        else:
            have = Counter(tuple(row) for row in conn.execute(select(table)))
    key_at = [list(table.columns).index(column) for column in key]
    copied = present = 0
    for rows in _batches(source, table):
        fresh = []
        for row in rows:
            identity = tuple(row[i] for i in key_at) if key else row
            if have[identity] > 0:
                have[identity] -= 1
                present += 1
            else:
                fresh.append(dict(zip(table.columns.keys(), row, strict=True)))
        if fresh:
            with target.transaction() as conn:
                conn.execute(table.insert(), fresh)
            copied += len(fresh)
    return Copied(copied, present)


def _batches(database: Database, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in batches, read in one snapshot (the source is not being written: stop servers first)."""
    with database.reading() as conn:
        result = conn.execution_options(yield_per=BATCH_ROWS).execute(select(table))
        for partition in result.partitions(BATCH_ROWS):
            yield [tuple(row) for row in partition]


def _copy_blob(sha256: str, source: BlobStore, target: BlobStore) -> bool:
    """False when the source lacks the blob or its bytes do not hash to its name (nothing is written then)."""
    spool = target.temp_path()
    try:
        with source.open(sha256) as stream, spool.open("wb") as out:
            digest = hashlib.sha256()
            while chunk := stream.read(HASH_CHUNK):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha256:
            return False
        target.adopt(spool, sha256)
        return True
    except FileNotFoundError:
        return False
    finally:
        spool.unlink(missing_ok=True)


__all__ = ["Copied", "TargetNotEmptyError", "copy_blobs", "copy_database"]
