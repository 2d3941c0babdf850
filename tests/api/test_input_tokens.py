"""The model's advertised input token limit is enforced before any planning (a 400, as Google answers; how fast
that answer is, is measured by bench/planning.py --refusals), and planning can be stopped: the planner gets the
request's cancel event, set at the deadline."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.engines.draft.engine import DraftEngine
from openbanana.errors import DeadlineExceededError
from openbanana.planner.base import PlanningContext, PlanningInput, PlanOutcome
from openbanana.planner.rules import RulesPlanner
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.service.catalog import INPUT_TOKEN_LIMIT
from openbanana.service.generation import GenerationDeps, GenerationService
from openbanana.service.generation.finishing import Finisher
from openbanana.service.generation.signatures import ThoughtSigner
from openbanana.service.scheduler import Limits, Scheduler

MODEL = "gemini-3-pro-image-preview"
HEADERS = {"x-goog-api-key": "any"}


def prompt_body(characters: int) -> dict[str, object]:
    text = ("a red kite over a green hill " * (characters // 29 + 1))[:characters]
    return {"contents": [{"parts": [{"text": text}]}]}


@pytest.mark.parametrize("characters", [4 * INPUT_TOKEN_LIMIT + 4, 10 * 1024 * 1024])
def test_a_prompt_over_the_limit_is_a_400_before_planning(
        tmp_path: Path, characters: int, monkeypatch: pytest.MonkeyPatch) -> None:
    planned: list[int] = []
    real_plan = RulesPlanner.plan

    def recording_plan(self: RulesPlanner, request: PlanningInput,
                       context: PlanningContext | None = None) -> PlanOutcome:
        planned.append(len(request.prompt))
        return real_plan(self, request, context)

    monkeypatch.setattr(RulesPlanner, "plan", recording_plan)
    settings = Settings(data_dir=tmp_path / "data", safety_semantic="off")
    with TestClient(create_app(settings), headers=HEADERS) as client:
        for method in ("generateContent", "streamGenerateContent?alt=sse"):
            response = client.post(f"/v1beta/models/{MODEL}:{method}", json=prompt_body(characters))
            assert response.status_code == 400, response.text[:300]
            error = response.json()["error"]
            assert error["status"] == "INVALID_ARGUMENT"
            assert f"exceeds the maximum number of tokens allowed ({INPUT_TOKEN_LIMIT})" in error["message"]
        assert planned == [], "an oversized prompt never reaches the planner"
        small = client.post(f"/v1beta/models/{MODEL}:generateContent", json=prompt_body(200))
        assert small.status_code == 200, small.text[:300]
        assert planned == [200], "the same app plans a prompt under the limit (the recorder is wired in)"
        model = client.get(f"/v1beta/models/{MODEL}").json()
        assert model["inputTokenLimit"] == INPUT_TOKEN_LIMIT


def test_a_prompt_at_the_limit_is_not_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", safety_semantic="off")
    with TestClient(create_app(settings), headers=HEADERS) as client:
        counted = client.post(f"/v1beta/models/{MODEL}:countTokens", json=prompt_body(4 * INPUT_TOKEN_LIMIT))
        assert counted.json()["totalTokens"] == INPUT_TOKEN_LIMIT


class WaitingPlanner:
    """Plans only when told to stop: records whether (and how soon) it saw the request's cancel event."""

    name = "waiting"

    def __init__(self) -> None:
        self.saw_cancel = threading.Event()

    def plan(self, request: PlanningInput, context: PlanningContext | None = None) -> PlanOutcome:
        assert request.cancel is not None, "the service passes the request's cancel event"
        for _ in range(600):
            if request.cancel.wait(0.05):
                self.saw_cancel.set()
                raise RuntimeError("planning stopped")
        return RulesPlanner().plan(request, context)


def test_the_planner_gets_the_cancel_event_and_is_stopped_at_the_deadline() -> None:
    planner = WaitingPlanner()
    engine = DraftEngine()
    service = GenerationService(GenerationDeps(
        engine=engine, signer=ThoughtSigner(b"k" * 32), finisher=Finisher(engine.name, b"w" * 32, 1),
        scheduler=Scheduler("draft", Limits(1, 4, timeout_seconds=0.5)), planner=planner))
    request = GenerateContentRequest.model_validate({"contents": [{"parts": [{"text": "a kite"}]}]})

    async def run() -> None:
        await service.generate(await service.prepare(MODEL, request))

    with pytest.raises(DeadlineExceededError):
        asyncio.run(run())
    # Without the event the planner would wait its full 30 s and then plan; seeing it means it was stopped.
    assert planner.saw_cancel.wait(25), "the planning thread was told to stop"
