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
    """Everything an engine needs: the plan, the exact output size (the preview's when `preview`: the service
    decides both), reference images, and a seed."""

    plan: Plan
    width: int
    height: int
    references: tuple[Image.Image, ...] = ()
    seed: int = 0
    preview: bool = False  # a quick interim render for the "thought image"; engines may cut corners, not pixels
    cancel: threading.Event | None = None  # set it to stop the render early (EngineCancelledError); None: never
    queue: bool = False  # a batch render, never refused: an engine whose room is shared (a remote one) waits for it


@dataclass(frozen=True)
class RenderResult:
    image: Image.Image  # RGB, exactly width×height
    shortfalls: tuple[str, ...] = ()  # what the engine could not do, as sentences the answer text repeats


@dataclass(frozen=True)
class EngineTraits:
    """What an engine declares about itself, once; whoever wires it reads these (scheduler slots, image credit)."""

    max_parallel: int | None = None  # renders that make progress at once (e.g. 1 per GPU); None: one per CPU core
    credit: str | None = None  # the attribution its assets ask for, written into every image's provenance
    # True: the picture is drawn from the plan step by step, so the answer may describe the plan as what it shows;
    # False (a model): the picture comes from the prompt, so the answer claims only what the server itself did
    draws_the_plan: bool = True

    def __post_init__(self) -> None:
        if self.max_parallel is not None and self.max_parallel < 1:
            raise ValueError(f"max_parallel must be at least 1, got {self.max_parallel}")


class ImageEngine(Protocol):
    """An image generator. `render` is synchronous and CPU/GPU bound: the service runs it off the event loop.

    `render` should report progress and stop at `request.cancel` between steps. `loaded` and `loading` are live
    state the scheduler reads (an engine without weights is always loaded and never loading).
    """

    name: str

    @property
    def traits(self) -> EngineTraits: ...

    @property
    def loaded(self) -> bool:
        """False while its weights are not in memory: the next render loads them first (slow)."""
        ...

    @property
    def loading(self) -> bool:
        """True while a load is under way (a preload, or the first render's)."""
        ...

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        """Render `request.plan` at exactly `request.width`×`request.height`."""
        ...


class EngineError(Exception):
    """Base of engine failures; the service maps them to API errors."""


class EngineUnavailableError(EngineError):
    """The engine cannot serve right now (loading, out of memory); retrying later may succeed."""


class EngineBusyError(EngineUnavailableError):
    """Every replica of a remote engine has a full queue: the client should come back after `retry_after` seconds
    (a 429 with RetryInfo, like the scheduler's own full queue)."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = max(1, retry_after)


class EngineInputError(EngineError):
    """The engine cannot use these inputs (e.g. too many references for the pipeline)."""


class EngineCancelledError(EngineError):
    """The request's `cancel` event was set while it rendered (client gone, batch cancelled)."""


class EngineConfigError(EngineError, ConfigError, ValueError):
    """The engine cannot start with this configuration (unknown profile, missing extra); said before serving."""
