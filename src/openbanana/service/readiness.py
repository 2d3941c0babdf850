"""Whether this server can take requests now (GET /readyz), as distinct from whether it is alive (GET /healthz).

A load balancer sends requests only to replicas that are ready: the store and the blob store (a bucket, a shared
path) answer, and every engine (the default one, and those that served names have of their own) is loaded or can
load on the first request. While the diffusers engine loads its weights (a preload), requests would get 503 anyway,
so the replica says it is not ready yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from openbanana.engines.base import ImageEngine
from openbanana.store.blobs import BlobStore
from openbanana.store.db import Database


@dataclass(frozen=True)
class Readiness:
    database: Database
    blobs: BlobStore
    engine: ImageEngine  # the default engine: check "engine"
    others: Mapping[str, ImageEngine] = field(default_factory=dict)  # model_engines' own, by label: "engine LABEL"
    label: str = ""  # how the default engine is named among them: draft, diffusers:sd-turbo

    def engines(self) -> list[str]:
        """Every engine by label, the default first; asks no engine anything, so liveness can say it too."""
        return [self.label or self.engine.name, *self.others]

    def checks(self) -> tuple[bool, dict[str, str]]:
        """(ready, check → what it found): `{"store": "ok", "blobs": "ok", "engine": "loaded"}`, and
        `"engine diffusers:sd-turbo"` for each engine a served name has of its own. Blocking: the store and the
        blob store are asked."""
        store, blobs = self.database.problem(), self.blobs.problem()
        engines = {"engine": self.engine, **{f"engine {label}": engine for label, engine in self.others.items()}}
        found = {"store": store or "ok", "blobs": blobs or "ok",
                 **{check: _engine_state(engine) for check, engine in engines.items()}}
        return store is None and blobs is None and not any(engine.loading for engine in engines.values()), found


def _engine_state(engine: ImageEngine) -> str:
    if engine.loading:
        return f"the {engine.name} engine is loading its weights"
    return "loaded" if engine.loaded else "loads on the first request"
