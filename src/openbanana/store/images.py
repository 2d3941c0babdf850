"""Rows for emitted images, keyed by watermark payload. Only SQL here."""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.store.db import Database

_COLUMNS = ("payload, response_id, model, width, height, mime_type, thought, create_us, origin, inputs, fingerprint, "
            "sha256")


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


class ImageStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, row: ImageRow) -> None:
        """First write wins: a fixed-seed request that is repeated emits the same image, under the same payload."""
        values = (row.payload, row.response_id, row.model, row.width, row.height, row.mime_type, row.thought,
                  row.create_us, row.origin, " ".join(row.inputs), row.fingerprint, row.sha256)
        with self._db.transaction() as conn:
            conn.execute(f"INSERT OR IGNORE INTO images ({_COLUMNS}) VALUES ({', '.join('?' * len(values))})",
                         values)

    def get(self, payload: str) -> ImageRow | None:
        with self._db.reading() as conn:
            found = conn.execute(f"SELECT {_COLUMNS} FROM images WHERE payload = ?", (payload,)).fetchone()
        if found is None:
            return None
        return ImageRow(found["payload"], found["response_id"], found["model"], found["width"], found["height"],
                        found["mime_type"], bool(found["thought"]), found["create_us"], found["origin"],
                        tuple(found["inputs"].split()),
                        None if found["fingerprint"] is None else bytes(found["fingerprint"]), found["sha256"])

    def any_emitted(self, hashes: tuple[str, ...]) -> bool:
        """Whether any of these SHA-256s (hex) is that of an image this server sent."""
        if not hashes:
            return False
        with self._db.reading() as conn:
            found = conn.execute(f"SELECT 1 FROM images WHERE sha256 IN ({', '.join('?' * len(hashes))}) LIMIT 1",
                                 hashes).fetchone()
        return found is not None
