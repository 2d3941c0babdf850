"""The language-model planner against a real local HTTP fake of an OpenAI-compatible chat endpoint."""

from __future__ import annotations

import json

import pytest

from openbanana.planner.base import PlanningInput
from openbanana.planner.llm import LlmPlanner
from openbanana.planner.rules import plan_composition
from tests.http_fakes import chat_responder, fake_http

PROMPT = 'a poster of a cat saying "Hello World"'
REQUEST = PlanningInput(PROMPT, 1024, 1024, seed=1)


def test_valid_plan_is_merged_onto_the_rules_plan() -> None:
    suggestion = {"texts": ["Hello World"], "subjects": [{"label": "cat", "role": "hero"},
                                                         {"label": "umbrella"}, {"label": "zorblax"}],
                  "palette": ["#112233", "AABBCC"], "mood": "Cozy", "style": ["flat"]}
    with fake_http(chat_responder(json.dumps(suggestion))) as fake:
        outcome = LlmPlanner(fake.url + "/v1", "tiny-model", timeout=5).plan(REQUEST)
    sent = fake.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["body"]["model"] == "tiny-model"
    assert sent["body"]["response_format"] == {"type": "json_object"}
    assert PROMPT in sent["body"]["messages"][1]["content"]
    plan = outcome.plan
    rules = plan_composition(REQUEST)
    assert [s.label for s in plan.subjects] == ["cat", "umbrella"]  # zorblax has no pictogram: dropped
    assert all(s.glyph for s in plan.subjects)
    assert plan.texts == rules.texts  # texts and their boxes are the rules'
    assert plan.prompt == PROMPT
    assert plan.palette[:2] == ((0x11, 0x22, 0x33), (0xAA, 0xBB, 0xCC))
    assert plan.style[:2] == ("cozy", "flat")
    assert any("language model tiny-model" in note for note in outcome.notes_for_thoughts)


def _fallback(content: str | None, *, status: int = 200, delay: float = 0.0, timeout: float = 5) -> str:
    with fake_http(chat_responder(content, status=status, delay=delay)) as fake:
        outcome = LlmPlanner(fake.url, "m", timeout=timeout).plan(REQUEST)
    assert outcome.plan == plan_composition(REQUEST), "the rules plan, untouched"
    (note,) = outcome.notes_for_thoughts
    assert note.startswith("The language-model planner was unavailable (") and note.endswith("planned with rules.")
    return note


def test_invalid_json_falls_back_to_rules() -> None:
    assert "not valid JSON" in _fallback("{not json")


@pytest.mark.parametrize("content", [
    json.dumps({"subjects": "cat"}),  # wrong type
    json.dumps({"layout": "mine"}),  # a key the schema does not have
    json.dumps({"palette": ["red"]}),  # not #rrggbb
    json.dumps(["a list"]),
])
def test_schema_violations_fall_back_to_rules(content: str) -> None:
    _fallback(content)


def test_changed_quoted_text_falls_back_to_rules() -> None:
    assert "changed the quoted text" in _fallback(json.dumps({"texts": ["Hello Wrold"]}))


def test_http_500_falls_back_to_rules() -> None:
    assert "HTTP 500" in _fallback(None, status=500)


def test_timeout_falls_back_to_rules() -> None:
    assert "timed out" in _fallback(json.dumps({}), delay=1.0, timeout=0.2)


def test_unreachable_endpoint_falls_back_to_rules() -> None:
    with fake_http(chat_responder("{}")) as fake:
        url = fake.url  # closed once the block ends
    outcome = LlmPlanner(url, "m", timeout=2).plan(REQUEST)
    assert "unreachable" in outcome.notes_for_thoughts[0]
