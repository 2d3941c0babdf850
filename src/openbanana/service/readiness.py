"""Whether this server can take requests now (GET /readyz), as distinct from whether it is alive (GET /healthz).

A load balancer sends requests only to replicas that are ready: the store and the blob store (a bucket, a shared
path) answer, and the engine is loaded or can load on the first request. While the diffusers engine loads its
weights (a preload), requests would get 503 anyway, so the replica says it is not ready yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.engines.base import ImageEngine
from openbanana.store.blobs import BlobStore
from openbanana.store.db import Database


@dataclass(frozen=True)
class Readiness:
    database: Database
    blobs: BlobStore
    engine: ImageEngine

    def checks(self) -> tuple[bool, dict[str, str]]:
        """(ready, check → what it found): `{"store": "ok", "blobs": "ok", "engine": "loaded"}`. Blocking: the
        store and the blob store are asked."""
        store, blobs = self.database.problem(), self.blobs.problem()
        engine_ready = not self.engine.loading
        found = {
            "store": store or "ok",
            "blobs": blobs or "ok",
            "engine": ("loaded" if self.engine.loaded else "loads on the first request") if engine_ready
            else f"the {self.engine.name} engine is loading its weights",
        }
        return store is None and blobs is None and engine_ready, found
