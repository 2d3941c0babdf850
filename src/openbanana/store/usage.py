"""Typed row access for the usage ledger: one row per answered generation, by owner (the hash of the caller's key)."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields

from openbanana.store.db import Database


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


_COLUMNS = ", ".join(f.name for f in fields(UsageRecord))


class UsageStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, record: UsageRecord) -> None:
        with self._db.transaction() as conn:
            conn.execute(f"INSERT INTO usage ({_COLUMNS}) VALUES ({', '.join('?' * len(fields(UsageRecord)))})",
                         astuple(record))

    def images_since(self, owner: str, since_us: int) -> int:
        with self._db.reading() as conn:
            row = conn.execute("SELECT COALESCE(SUM(images), 0) FROM usage WHERE owner = ? AND time_us >= ?",
                               (owner, since_us)).fetchone()
        return int(row[0])

    def totals(self, since_us: int = 0, owner: str | None = None) -> list[UsageTotals]:
        """Per-owner sums since `since_us`, the busiest owner first."""
        query = ("SELECT owner, COUNT(*), SUM(images), SUM(prompt_tokens), SUM(candidates_tokens), "
                 "SUM(thoughts_tokens), SUM(total_tokens), MIN(time_us), MAX(time_us) FROM usage WHERE time_us >= ?")
        params: list[object] = [since_us]
        if owner is not None:
            query += " AND owner = ?"
            params.append(owner)
        with self._db.reading() as conn:
            rows = conn.execute(query + " GROUP BY owner ORDER BY COUNT(*) DESC, owner", params).fetchall()
        return [UsageTotals(*row) for row in rows]
