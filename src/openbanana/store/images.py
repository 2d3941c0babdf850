"""Rows for emitted images, keyed by watermark payload. Only SQL here.

A new column: a field on `ImageRow` (with a default, for rows written before it), the column in `schema.images`,
and an `op.add_column` step in `migrations.UPGRADES`; rows are written and read by field name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from openbanana.store.db import Database, columns, insert_if_absent
from openbanana.store.schema import images


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
    origin: str = "generated"  # or "edited": made from input images (their SHA-256s in `inputs`)
    inputs: tuple[str, ...] = ()
    fingerprint: bytes | None = None  # openbanana.imaging.fingerprint; None in rows written before it existed
    sha256: str = ""  # of the bytes sent (a later edit's input with this hash was made here); "" before it was kept
    engine: str = ""  # the engine that drew it (draft, diffusers:PROFILE); "" before it was kept


_COLUMNS = columns(images, ImageRow)


class ImageStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, row: ImageRow) -> None:
        """First write wins: a fixed-seed request that is repeated emits the same image, under the same payload."""
        with self._db.transaction() as conn:
            insert_if_absent(conn, images, {**asdict(row), "thought": int(row.thought), "inputs": " ".join(row.inputs)},
                             "payload")

    def get(self, payload: str) -> ImageRow | None:
        with self._db.reading() as conn:
            found = conn.execute(select(*_COLUMNS).where(images.c.payload == payload)).first()
        if found is None:
            return None
        return ImageRow(**{**found._asdict(), "thought": bool(found.thought), "inputs": tuple(found.inputs.split()),
                           "fingerprint": None if found.fingerprint is None else bytes(found.fingerprint)})

    def any_emitted(self, hashes: tuple[str, ...]) -> bool:
        """Whether any of these SHA-256s (hex) is that of an image this server sent."""
        if not hashes:
            return False
        with self._db.reading() as conn:
            found = conn.execute(select(images.c.payload).where(images.c.sha256.in_(hashes)).limit(1)).first()
        return found is not None
