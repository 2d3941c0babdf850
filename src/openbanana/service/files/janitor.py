"""Expiry and garbage collection: expired files and uploads go, and so do the blobs and partial files nobody uses."""

from __future__ import annotations

import time

from openbanana.service.files.storage import FileStorage

HOUSEKEEPING_INTERVAL_S = 60.0
STALE_TEMP_S = 3600.0


class FileJanitor:
    """`housekeep` purges at most once a minute, on the thread of whichever request comes by; `sweep` also removes
    what a crash can leave behind, and runs at start-up."""

    def __init__(self, storage: FileStorage) -> None:
        self._storage = storage
        self._next_housekeeping = 0.0

    def housekeep(self) -> None:
        if time.monotonic() >= self._next_housekeeping:
            self._next_housekeeping = time.monotonic() + HOUSEKEEPING_INTERVAL_S
            self.purge_expired()

    def purge_expired(self) -> int:
        """Delete expired files and uploads and the blobs nobody uses any more; returns the files removed."""
        storage = self._storage
        with storage.store.transaction():
            files, sessions = storage.store.delete_expired(storage.now_us())
            for session in sessions:
                storage.partial_path(session).unlink(missing_ok=True)
            self.collect_garbage()
        return len(files)

    def sweep(self) -> None:
        """Purge, then remove what a crash can leave behind: blobs and partial uploads the database does not know."""
        self.purge_expired()
        store, blobs = self._storage.store, self._storage.blobs
        with store.transaction():
            known = store.known_blobs()
            for sha256 in set(blobs.stored()) - known:
                blobs.delete(sha256)
            live = {self._storage.partial_path(session).name for session in store.sessions()}
            for path in self._storage.uploads_dir.glob("*.part"):
                if path.name not in live:
                    path.unlink(missing_ok=True)
        blobs.clear_temp(older_than=time.time() - STALE_TEMP_S)  # temp files are judged by their mtime: real time

    def collect_garbage(self) -> None:
        """Delete the blobs no file refers to any more; joins the caller's transaction."""
        with self._storage.store.transaction():
            for sha256 in self._storage.store.take_orphan_blobs():
                self._storage.blobs.delete(sha256)
