"""The planner interface, which every backend implements: `plan(PlanningInput, context) -> PlanOutcome`.

It owns its input and output types and imports no backend, so a backend depends on it and never the other way.
`planner.rules.RulesPlanner` (offline, the default) and `planner.llm.LlmPlanner` (an OpenAI-compatible chat
endpoint) both return the same Plan schema; the notes are sentences for the thought summary (a fallback, grounding
used).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Protocol

from openbanana.plan import Plan
from openbanana.planner.grounding import SearchResult


@dataclass(frozen=True)
class PlanningInput:
    """What the planner may look at; the service builds it from the request."""

    prompt: str
    width: int
    height: int
    reference_count: int = 0
    seed: int = 0
    # set when nobody waits for the plan any more (the deadline passed, the client left): check it between steps
    cancel: threading.Event | None = field(default=None, compare=False)


class PlanningCancelledError(Exception):
    """Nobody waits for this plan any more: the planner stopped between two steps instead of finishing it."""


def stop_if_cancelled(request: PlanningInput) -> None:
    """Called between a planner's steps, so an abandoned planning thread stops soon instead of running on."""
    if request.cancel is not None and request.cancel.is_set():
        raise PlanningCancelledError("planning stopped: the request was cancelled or ran out of time")


@dataclass(frozen=True)
class PlanningContext:
    """What the planner may know beyond the prompt: web results when the request asked for grounding."""

    search_results: tuple[SearchResult, ...] = ()


@dataclass(frozen=True)
class PlanOutcome:
    plan: Plan
    notes_for_thoughts: tuple[str, ...] = ()


class Planner(Protocol):
    name: str

    def plan(self, request: PlanningInput, context: PlanningContext | None = None) -> PlanOutcome: ...


def grounding_notes(context: PlanningContext | None) -> tuple[str, ...]:
    if context is None or not context.search_results:
        return ()
    titles = "; ".join(f'"{r.title}"' for r in context.search_results[:3])
    return (f"I looked this up first: {len(context.search_results)} web result"
            f"{'s' if len(context.search_results) != 1 else ''} ({titles}).",)
