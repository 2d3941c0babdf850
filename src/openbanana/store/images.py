"""Rows for emitted images, keyed by watermark payload. Only SQL here."""

from __future__ import annotations

from dataclasses import astuple, dataclass

from openbanana.store.db import Database


@dataclass(frozen=True)
class ImageRow:
    payload: str
    response_id: str
    model: str
    width: int
    height: int
    mime_type: str
    thought: bool
    create_us: int


class ImageStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, row: ImageRow) -> None:
        """First write wins: a fixed-seed request that is repeated emits the same image, under the same payload."""
        with self._db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO images VALUES (?, ?, ?, ?, ?, ?, ?, ?)", astuple(row))

    def get(self, payload: str) -> ImageRow | None:
        with self._db.reading() as conn:
            found = conn.execute("SELECT * FROM images WHERE payload = ?", (payload,)).fetchone()
        if found is None:
            return None
        values = list(found)
        values[6] = bool(values[6])
        return ImageRow(*values)
