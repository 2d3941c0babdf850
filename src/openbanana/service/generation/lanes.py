"""Which engine renders a served name: each engine the server built comes with its own scheduler (its render slots
and queue) and its own finisher (its name in every image's provenance), so routing a request is one lookup."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from openbanana.engines.base import ImageEngine
from openbanana.service.generation.finishing import Finisher
from openbanana.service.scheduler import Scheduler


@dataclass(frozen=True, eq=False)
class EngineLane:
    """One engine with the queue in front of it and the finisher that names it in its images."""

    engine: ImageEngine
    scheduler: Scheduler
    finisher: Finisher


@dataclass(frozen=True)
class EngineLanes:
    """The default lane, and the served names (model_engines) that render on another."""

    default: EngineLane
    by_model: Mapping[str, EngineLane]
    labels: Mapping[EngineLane, str] = field(default_factory=dict)  # how readiness names each: diffusers:sd-turbo

    def for_model(self, model: str) -> EngineLane:
        return self.by_model.get(model.removeprefix("models/"), self.default)

    def labelled(self) -> list[tuple[str, EngineLane]]:
        """The lanes besides the default, each with its label."""
        others = dict.fromkeys(lane for lane in self.by_model.values() if lane is not self.default)
        return [(self.labels.get(lane, lane.engine.name), lane) for lane in others]
