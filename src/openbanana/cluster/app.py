"""The Ray Serve application: the HTTP app as the ingress deployment, the engine as a deployment of its own.

    proxy → ingress (N replicas: the whole HTTP app, its store, scheduler and batch workers)
          → engine  (M replicas: one engine each, `num_gpus` for a GPU profile; autoscaled between min and max)

`build_application(settings)` is what `openbanana serve --ray` runs; `build(args)` is the import path a
`serve run`/`serve deploy` config names (deploy/ray/serve.yaml). Every ingress replica opens the same store, so
state must be shared (`database_url` on Postgres, the data directory on a shared filesystem for the blobs); the
batch workers run in every ingress replica, and the queue's leases keep each batch request run once.
"""

from __future__ import annotations

import asyncio
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
from openbanana.config import ClusterSettings, EngineSettings, Settings
from openbanana.engines.registry import create_engine
from openbanana.errors import ConfigError

APP_NAME = "openbanana"
INGRESS_NAME = "openbanana-http"


@serve.ingress()
class Ingress:
    """One replica of the HTTP app; its engine is the engine deployment, reached through `engine`."""

    def __init__(self, settings: dict[str, Any], engine: DeploymentHandle[Any]) -> None:
        self._settings = Settings(**settings)
        self._engine = engine

    async def __serve_build_asgi_app__(self) -> ASGIApp:
        description: Description = await self._engine.describe.remote()
        cluster = self._settings.cluster
        remote = RemoteEngine(self._engine, description,
                              max_parallel=cluster.engine_max_replicas * cluster.max_ongoing_requests)
        return await asyncio.to_thread(create_app, self._settings, engine=remote)  # opens the store


class ClusterEnginesError(ConfigError, ValueError):
    """model_engines gives served names engines of their own; the cluster deploys one engine deployment."""


def refuse_model_engines(settings: Settings) -> None:
    if settings.models.engines:
        raise ClusterEnginesError("model_engines is not supported on Ray Serve: the cluster deploys one engine "
                                  "(engine, profile) for every served name; unset model_engines, or serve without "
                                  "--ray")


def build_application(settings: Settings, engine_factory: EngineFactory | None = None) -> Application:
    """The application for `settings`; `engine_factory` replaces the configured engine (tests)."""
    refuse_model_engines(settings)
    cluster = settings.cluster
    factory = engine_factory or partial(create_engine, settings.image_engine)
    engine = serve.deployment(
        name=engine_deployment_name(settings.image_engine),
        max_ongoing_requests=cluster.max_ongoing_requests, max_queued_requests=cluster.max_queued_requests,
        ray_actor_options={"num_cpus": cluster.engine_cpus, "num_gpus": engine_gpus(settings)},
        graceful_shutdown_timeout_s=settings.server.shutdown_timeout_seconds,  # renders in progress finish
        **_replicas(cluster),
    )(EngineReplica)
    ingress = serve.deployment(
        name=INGRESS_NAME, num_replicas=cluster.ingress_replicas,
        # streams stay open for a whole render: an ingress replica takes as many as the server takes connections
        max_ongoing_requests=settings.server.max_connections,
        graceful_shutdown_timeout_s=settings.server.shutdown_timeout_seconds,
        ray_actor_options={"num_cpus": 0.5},
        logging_config={"enable_access_log": False},  # its lines would carry what ours leave out (?key=)
    )(Ingress)
    return ingress.bind(settings.model_dump(mode="json"), engine.bind(factory))


def build(args: dict[str, Any]) -> Application:
    """The import path of a `serve run` config: settings from OPENBANANA_* variables and OPENBANANA_CONFIG, then
    the config's `args` by public name (`args: {ray_engine_max_replicas: 4}`)."""
    return build_application(Settings(**args))


def engine_deployment_name(engine: EngineSettings) -> str:
    """One deployment per engine profile: `engine-draft`, `engine-z-image-turbo`."""
    return f"engine-{engine.profile or engine.name}"


def engine_gpus(settings: Settings) -> float:
    """GPUs per engine replica: the setting, else one for a diffusers profile that does not run on the CPU."""
    if settings.cluster.engine_gpus is not None:
        return settings.cluster.engine_gpus
    engine = settings.image_engine
    if engine.name != "diffusers":
        return 0.0
    from openbanana.engines.diffusers.profiles import resolve_profile

    return 0.0 if resolve_profile(engine.profile, engine.profiles_file).device == "cpu" else 1.0


def _replicas(cluster: ClusterSettings) -> dict[str, Any]:
    if cluster.engine_min_replicas == cluster.engine_max_replicas:
        return {"num_replicas": cluster.engine_max_replicas}
    return {"autoscaling_config": {"min_replicas": cluster.engine_min_replicas,
                                   "max_replicas": cluster.engine_max_replicas,
                                   "target_ongoing_requests": cluster.target_ongoing_requests}}
