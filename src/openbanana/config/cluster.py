"""The settings of scale-out on Ray Serve, apart because only `serve --ray` reads them."""

from __future__ import annotations

from pydantic import Field, model_validator

from openbanana.config.groups import SettingsGroup


class ClusterSettings(SettingsGroup):
    """Scale-out on Ray Serve (`serve --ray`, the `[cluster]` extra): where the cluster is, how many replicas of the
    HTTP ingress and of the engine run, and how the engine's replicas queue and scale (docs/deploy.md)."""

    address: str = Field(default="", validation_alias="ray_address", description="Ray cluster to deploy on (auto, "
                         "ray://host:10001, or host:6379); empty: start a local Ray cluster on this machine.")
    ingress_replicas: int = Field(default=1, ge=1, validation_alias="ray_ingress_replicas",
                                  description="Replicas of the HTTP app (the ingress deployment).")
    engine_min_replicas: int = Field(default=1, ge=0, validation_alias="ray_engine_min_replicas",
                                     description="Fewest replicas of the engine deployment (autoscaling floor).")
    engine_max_replicas: int = Field(default=1, ge=1, validation_alias="ray_engine_max_replicas",
                                     description="Most replicas of the engine deployment; above the minimum, Ray "
                                     "Serve scales between them.")
    target_ongoing_requests: float = Field(default=1.0, gt=0, validation_alias="ray_target_ongoing_requests",
                                           description="Renders per engine replica the autoscaler aims for.")
    max_ongoing_requests: int = Field(default=2, ge=1, validation_alias="ray_max_ongoing_requests",
                                      description="Renders one engine replica takes at once; more wait in the "
                                      "caller's queue.")
    max_queued_requests: int = Field(default=8, ge=-1, validation_alias="ray_max_queued_requests",
                                     description="Renders an ingress replica queues when every engine replica is "
                                     "busy; one more is a 429 with RetryInfo (-1: no limit).")
    engine_gpus: float | None = Field(default=None, ge=0, validation_alias="ray_engine_gpus",
                                      description="GPUs per engine replica; unset: 1 for the diffusers engine, 0 "
                                      "for draft.")
    engine_cpus: float = Field(default=1.0, gt=0, validation_alias="ray_engine_cpus",
                               description="CPUs per engine replica (the draft engine renders on them).")

    @model_validator(mode="after")
    def _replicas_in_order(self) -> ClusterSettings:
        if self.engine_min_replicas > self.engine_max_replicas:
            raise ValueError(f"ray_engine_min_replicas ({self.engine_min_replicas}) is above "
                             f"ray_engine_max_replicas ({self.engine_max_replicas})")
        return self
