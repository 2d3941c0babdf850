"""Typed row access for the usage ledger: one row per answered generation, by owner (the hash of the caller's key)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from openbanana.store.db import Database
from openbanana.store.schema import usage


@dataclass(frozen=True)
class UsageRecord:
    owner: str
    time_us: int
    model: str
    method: str  # generateContent | streamGenerateContent
    prompt_tokens: int
    candidates_tokens: int
    thoughts_tokens: int
    total_tokens: int
    images: int  # final (non-thought) images returned


@dataclass(frozen=True)
class UsageTotals:
    owner: str
    requests: int
    images: int
    prompt_tokens: int
    candidates_tokens: int
    thoughts_tokens: int
    total_tokens: int
    first_us: int
    last_us: int


class UsageStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, record: UsageRecord) -> None:
        with self._db.transaction() as conn:
            conn.execute(usage.insert().values(**asdict(record)))

    def images_since(self, owner: str, since_us: int) -> int:
        query = select(func.coalesce(func.sum(usage.c.images), 0)).where(usage.c.owner == owner,
                                                                          usage.c.time_us >= since_us)
        with self._db.reading() as conn:
            return int(conn.execute(query).scalar_one())

    def totals(self, since_us: int = 0, owner: str | None = None) -> list[UsageTotals]:
        """Per-owner sums since `since_us`, the busiest owner first."""
        requests = func.count()
        query = select(usage.c.owner, requests, *(func.sum(usage.c[name]) for name in (
            "images", "prompt_tokens", "candidates_tokens", "thoughts_tokens", "total_tokens")),
            func.min(usage.c.time_us), func.max(usage.c.time_us)).where(usage.c.time_us >= since_us)
        if owner is not None:
            query = query.where(usage.c.owner == owner)
        with self._db.reading() as conn:
            rows = conn.execute(query.group_by(usage.c.owner).order_by(requests.desc(), usage.c.owner)).all()
        return [UsageTotals(*(row[0], *(int(value) for value in row[1:]))) for row in rows]
