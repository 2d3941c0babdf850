"""Typed row access for API keys. Only a hash of each key is stored; times are integer microseconds (UTC).

Only SQL lives here: what a key may do, and when a revocation takes effect, is decided by the key service.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields

from openbanana.store.db import Database


@dataclass(frozen=True)
class KeyRecord:
    id: str  # short public id: what `keys list` shows and `keys revoke` takes
    key_hash: str  # sha256 hex of the key, which is also the owner id of the key's files, batches and usage
    prefix: str  # the first characters of the key, so people can tell their keys apart
    name: str
    create_us: int
    revoke_us: int | None
    requests_per_minute: int | None  # None: unlimited
    images_per_day: int | None
    upload_bytes: int | None  # None: the server-wide quota_bytes_per_key

    @property
    def revoked(self) -> bool:
        return self.revoke_us is not None


_COLUMNS = ", ".join(f.name for f in fields(KeyRecord))


class KeyStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        self._db.close()

    def insert(self, record: KeyRecord) -> None:
        with self._db.transaction() as conn:
            conn.execute(f"INSERT INTO api_keys ({_COLUMNS}) VALUES ({', '.join('?' * len(fields(KeyRecord)))})",
                         astuple(record))

    def id_in_use(self, key_id: str) -> bool:
        with self._db.reading() as conn:
            return conn.execute("SELECT 1 FROM api_keys WHERE id = ?", (key_id,)).fetchone() is not None

    def by_hash(self, key_hash: str) -> KeyRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM api_keys WHERE key_hash = ?", (key_hash,)).fetchone()
        return KeyRecord(*row) if row else None

    def by_id(self, key_id: str) -> KeyRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM api_keys WHERE id = ?", (key_id,)).fetchone()
        return KeyRecord(*row) if row else None

    def all(self) -> list[KeyRecord]:
        """Oldest first: the order they were created in."""
        with self._db.reading() as conn:
            return [KeyRecord(*row) for row in conn.execute(f"SELECT {_COLUMNS} FROM api_keys ORDER BY create_us, id")]

    def any(self) -> bool:
        """Whether a key was ever created (revoked ones count: revoking the last key must not open the server)."""
        with self._db.reading() as conn:
            return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM api_keys)").fetchone()[0])

    def revoke(self, key_id: str, now_us: int) -> bool:
        """Mark a live key revoked; False when it does not exist or was revoked already."""
        with self._db.transaction() as conn:
            cursor = conn.execute("UPDATE api_keys SET revoke_us = ? WHERE id = ? AND revoke_us IS NULL",
                                  (now_us, key_id))
            return cursor.rowcount == 1
