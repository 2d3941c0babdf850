"""The ImageEngine protocol, its request/result values and its error family."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from openbanana.errors import ConfigError
from openbanana.plan import Plan

ProgressCallback = Callable[[float, str], None]
"""Called with a fraction in [0, 1] and a short human-readable stage name."""


@dataclass(frozen=True)
class RenderRequest:
    """Everything an engine needs: the plan, the exact output size, reference images, and a seed."""

    plan: Plan
    width: int
    height: int
    references: tuple[Image.Image, ...] = ()
    seed: int = 0
    preview: bool = False  # a quick interim render for the "thought image"; engines may cut corners
    cancel: threading.Event | None = None  # set it to stop the render early (EngineCancelledError); None: never


@dataclass(frozen=True)
class RenderResult:
    image: Image.Image  # RGB, exactly width×height


class ImageEngine(Protocol):
    """An image generator. `render` is synchronous and CPU/GPU bound: the service runs it off the event loop.

    Optional attributes the scheduler reads (see `declared_parallelism`, `weights_ready`):
    `max_parallel: int`, the renders it can run at once (e.g. 1 per GPU), and `loaded: bool`, False while its
    weights are not in memory. `render` should report progress and stop at `request.cancel` between steps.
    """

    name: str

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        """Render `request.plan` at exactly `request.width`×`request.height`."""
        ...


def declared_parallelism(engine: ImageEngine) -> int | None:
    """Renders at once, as the engine declares; an engine with weights (`loaded`) defaults to one (a device runs
    one denoising loop at a time); None for CPU-bound engines (one per core)."""
    declared = getattr(engine, "max_parallel", None)
    if isinstance(declared, int) and declared > 0:
        return declared
    return 1 if hasattr(engine, "loaded") else None


def weights_ready(engine: ImageEngine) -> bool:
    """False while the engine's weights are not in memory: its next render loads them first (slow)."""
    return bool(getattr(engine, "loaded", True))


class EngineError(Exception):
    """Base of engine failures; the service maps them to API errors."""


class EngineUnavailableError(EngineError):
    """The engine cannot serve right now (loading, out of memory); retrying later may succeed."""


class EngineInputError(EngineError):
    """The engine cannot use these inputs (e.g. too many references for the pipeline)."""


class EngineCancelledError(EngineError):
    """The request's `cancel` event was set while it rendered (client gone, batch cancelled)."""


class EngineConfigError(EngineError, ConfigError, ValueError):
    """The engine cannot start with this configuration (unknown profile, missing extra); said before serving."""
