"""An engine for the Ray tests: works in steps (tests/api/engines.py), and writes one line per event to a log that
the test reads, because it runs in a replica process: which replica started a render, finished it, or saw it
cancelled. A render with SLOW_SEED takes a few seconds, so a test can act while it runs."""

from __future__ import annotations

from pathlib import Path

from ray import serve

from openbanana.engines.base import EngineCancelledError, ProgressCallback, RenderRequest, RenderResult
from tests.api.engines import SteppingEngine

SLOW_SEED = 4242
SLOW_STEPS = 60  # × 0.05 s: three seconds


class RecordingEngine(SteppingEngine):
    name = "draft"  # draws with the draft engine after its steps: its images are the draft engine's

    def __init__(self, log: str) -> None:
        super().__init__(steps=2, step_seconds=0.02)
        self._log = Path(log)
        self._replica = serve.get_replica_context().replica_id.to_full_id_str()

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        slow = request.seed == SLOW_SEED
        self.steps = SLOW_STEPS if slow else 2
        self.step_seconds = 0.05 if slow else 0.02
        self._write("start-slow" if slow else "start")
        try:
            result = super().render(request, progress)
        except EngineCancelledError:
            self._write("cancelled")
            raise
        self._write("done")
        return result

    def _write(self, event: str) -> None:
        with self._log.open("a") as out:
            out.write(f"{event} {self._replica}\n")


def events(log: Path) -> list[tuple[str, str]]:
    """(event, replica) pairs, oldest first."""
    if not log.exists():
        return []
    return [(parts[0], parts[1]) for line in log.read_text().splitlines() if len(parts := line.split()) == 2]
