"""Typed row access for API keys. Only a hash of each key is stored; times are integer microseconds (UTC).

Only SQL lives here: what a key may do, and when a revocation takes effect, is decided by the key service.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import exists, select, update

from openbanana.store.db import Database, columns
from openbanana.store.schema import api_keys


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


_COLUMNS = columns(api_keys, KeyRecord)


class KeyStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        self._db.close()

    def insert(self, record: KeyRecord) -> None:
        with self._db.transaction() as conn:
            conn.execute(api_keys.insert().values(**asdict(record)))

    def id_in_use(self, key_id: str) -> bool:
        return self.by_id(key_id) is not None

    def by_hash(self, key_hash: str) -> KeyRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(select(*_COLUMNS).where(api_keys.c.key_hash == key_hash)).first()
        return KeyRecord(*row) if row else None

    def by_id(self, key_id: str) -> KeyRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(select(*_COLUMNS).where(api_keys.c.id == key_id)).first()
        return KeyRecord(*row) if row else None

    def all(self) -> list[KeyRecord]:
        """Oldest first: the order they were created in."""
        with self._db.reading() as conn:
            return [KeyRecord(*row) for row in conn.execute(
                select(*_COLUMNS).order_by(api_keys.c.create_us, api_keys.c.id))]

    def any(self) -> bool:
        """Whether a key was ever created (revoked ones count: revoking the last key must not open the server)."""
        with self._db.reading() as conn:
            return bool(conn.execute(select(exists().select_from(api_keys))).scalar())

    def revoke(self, key_id: str, now_us: int) -> bool:
        """Mark a live key revoked; False when it does not exist or was revoked already."""
        with self._db.transaction() as conn:
            return conn.execute(update(api_keys).where(api_keys.c.id == key_id, api_keys.c.revoke_us.is_(None))
                                .values(revoke_us=now_us)).rowcount == 1
