"""Typed row access for rate-limit events: the times of admitted requests per key, kept in the database so that
every server process on one database (replicas on one Postgres) counts against the same window. Only SQL here."""

from __future__ import annotations

from sqlalchemy import delete, select

from openbanana.store.db import Database
from openbanana.store.schema import rate_events


class RateStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def admit(self, key_id: str, limit: int, now_us: int, window_us: int) -> int | None:
        """Count one event and return None; or, when `limit` events are already in the window that ends at `now_us`,
        the microseconds until the oldest of those leaves it (nothing counted).

        One exclusive transaction: two processes admitting for one key at once count in turn, never both past the
        limit."""
        events = rate_events.c
        with self._db.transaction() as conn:
            conn.execute(delete(rate_events).where(events.key_id == key_id, events.time_us <= now_us - window_us))
            newest = conn.execute(select(events.time_us).where(events.key_id == key_id)
                                  .order_by(events.time_us.desc()).limit(limit)).scalars().all()
            if len(newest) >= limit:
                return int(newest[-1]) + window_us - now_us
            conn.execute(rate_events.insert().values(key_id=key_id, time_us=now_us))
        return None
