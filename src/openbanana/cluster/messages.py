"""What the engine replica streams back to the ingress: progress, then the result or a failure the ingress re-raises
as the same engine error (so engine_errors.py maps it exactly as for an in-process engine)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from openbanana.engines.base import (
    EngineCancelledError,
    EngineError,
    EngineInputError,
    EngineTraits,
    EngineUnavailableError,
    RenderResult,
)

FailureKind = Literal["input", "cancelled", "unavailable"]
_ERRORS: dict[FailureKind, type[EngineError]] = {
    "input": EngineInputError, "cancelled": EngineCancelledError, "unavailable": EngineUnavailableError,
}


@dataclass(frozen=True)
class Progress:
    fraction: float
    stage: str


@dataclass(frozen=True)
class Failure:
    """An engine error raised in the replica, by kind: its class crosses the process boundary as a name."""

    kind: FailureKind
    message: str

    @classmethod
    def of(cls, error: EngineError) -> Failure:
        if isinstance(error, EngineInputError):
            return cls("input", str(error))
        if isinstance(error, EngineCancelledError):
            return cls("cancelled", str(error))
        return cls("unavailable", str(error))

    def error(self) -> EngineError:
        return _ERRORS[self.kind](self.message)


@dataclass(frozen=True)
class Description:
    """The engine as the ingress must know it before any render: its name (written into provenance) and traits."""

    name: str
    traits: EngineTraits


Event = Progress | RenderResult | Failure
