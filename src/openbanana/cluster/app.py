"""The Ray Serve application: the HTTP app as the ingress deployment, each engine as a deployment of its own.

    proxy → ingress (N replicas: the whole HTTP app, its store, a scheduler per engine, the batch workers)
          → engine-draft, engine-diffusers-PROFILE… (one deployment per engine the server builds: the default one
            and each one model_engines names; M replicas each, one engine per replica, `num_gpus` for a GPU
            profile; autoscaled between min and max)

`build_application(settings)` is what `openbanana serve --ray` runs; `build(args)` is the import path a
`serve run`/`serve deploy` config names (deploy/ray/serve.yaml). Every ingress replica opens the same store, so
state must be shared (`database_url` on Postgres, the data directory on a shared filesystem for the blobs); the
batch workers run in every ingress replica, and the queue's leases keep each batch request run once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from functools import partial
from typing import Any

from ray import serve
from ray.serve.deployment import Application
from ray.serve.handle import DeploymentHandle
from starlette.types import ASGIApp

from openbanana.api.app import create_app
from openbanana.cluster.messages import Description
from openbanana.cluster.remote import RemoteEngine
from openbanana.cluster.replica import EngineFactory, EngineReplica
from openbanana.config import ClusterSettings, EngineChoice, Settings
from openbanana.engines.base import ImageEngine
from openbanana.engines.registry import create_engine

APP_NAME = "openbanana"
INGRESS_NAME = "openbanana-http"


@serve.ingress()
class Ingress:
    """One replica of the HTTP app; each engine it serves with is an engine deployment, reached through its handle
    in `engines` (by label: draft, diffusers:sd-turbo)."""

    def __init__(self, settings: dict[str, Any], engines: dict[str, DeploymentHandle[Any]]) -> None:
        self._settings = Settings(**settings)
        self._engines = engines

    async def __serve_build_asgi_app__(self) -> ASGIApp:
        cluster = self._settings.cluster
        remotes: dict[EngineChoice, ImageEngine] = {}
        for choice in self._settings.engines():
            handle = self._engines[choice.label]
            description: Description = await handle.describe.remote()
            remotes[choice] = RemoteEngine(handle, description,
                                           max_parallel=cluster.engine_max_replicas * cluster.max_ongoing_requests)
        return await asyncio.to_thread(create_app, self._settings, engines=remotes)  # opens the store


def build_application(settings: Settings,
                      factories: Mapping[EngineChoice, EngineFactory] | None = None) -> Application:
    """The application for `settings`: one engine deployment per engine the server builds (the default one and
    each one model_engines names); `factories` replaces an engine by choice (tests)."""
    cluster = settings.cluster
    engines: dict[str, Application] = {}
    for choice in settings.engines():
        factory = (factories or {}).get(choice) or partial(create_engine, settings.image_engine.of(choice))
        engine = serve.deployment(
            name=engine_deployment_name(choice),
            max_ongoing_requests=cluster.max_ongoing_requests, max_queued_requests=cluster.max_queued_requests,
            ray_actor_options={"num_cpus": cluster.engine_cpus, "num_gpus": engine_gpus(settings, choice)},
            graceful_shutdown_timeout_s=settings.server.shutdown_timeout_seconds,  # renders in progress finish
            **_replicas(cluster),
        )(EngineReplica)
        engines[choice.label] = engine.bind(factory)
    ingress = serve.deployment(
        name=INGRESS_NAME, num_replicas=cluster.ingress_replicas,
        # streams stay open for a whole render: an ingress replica takes as many as the server takes connections
        max_ongoing_requests=settings.server.max_connections,
        graceful_shutdown_timeout_s=settings.server.shutdown_timeout_seconds,
        ray_actor_options={"num_cpus": 0.5},
        logging_config={"enable_access_log": False},  # its lines would carry what ours leave out (?key=)
    )(Ingress)
    return ingress.bind(settings.model_dump(mode="json"), engines)


def build(args: dict[str, Any]) -> Application:
    """The import path of a `serve run` config: settings from OPENBANANA_* variables and OPENBANANA_CONFIG, then
    the config's `args` by public name (`args: {ray_engine_max_replicas: 4}`)."""
    return build_application(Settings(**args))


def engine_deployment_name(choice: EngineChoice) -> str:
    """One deployment per engine profile, named so a config can override its options: `engine-draft`,
    `engine-diffusers-z-image-turbo`."""
    return "-".join(("engine", choice.engine, *([choice.profile] if choice.profile else [])))


def engine_gpus(settings: Settings, choice: EngineChoice) -> float:
    """GPUs per replica of one engine: none for the draft engine; for a diffusers profile the setting, else one
    unless the profile runs on the CPU."""
    if choice.engine != "diffusers":
        return 0.0
    if settings.cluster.engine_gpus is not None:
        return settings.cluster.engine_gpus
    from openbanana.engines.diffusers.profiles import resolve_profile

    return 0.0 if resolve_profile(choice.profile, settings.image_engine.profiles_file).device == "cpu" else 1.0


def _replicas(cluster: ClusterSettings) -> dict[str, Any]:
    if cluster.engine_min_replicas == cluster.engine_max_replicas:
        return {"num_replicas": cluster.engine_max_replicas}
    return {"autoscaling_config": {"min_replicas": cluster.engine_min_replicas,
                                   "max_replicas": cluster.engine_max_replicas,
                                   "target_ongoing_requests": cluster.target_ongoing_requests}}
