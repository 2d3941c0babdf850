"""The language-model planner against a real local HTTP fake of an OpenAI-compatible chat endpoint."""

from __future__ import annotations

import json

import pytest

from openbanana.planner.base import PlanningInput
from openbanana.planner.llm import LlmPlanner
from openbanana.planner.rules import plan_composition
from openbanana.planner.rules.vocabulary.colors import COLORS
from tests.http_fakes import chat_responder, fake_http

PROMPT = 'a poster of a cat saying "Hello World"'
REQUEST = PlanningInput(PROMPT, 1024, 1024, seed=1)


def test_the_models_scene_graph_is_validated_and_placed_by_the_rules_composer() -> None:
    answer = {
        "entities": [{"id": "a", "noun": "cats", "count": 2, "color": "orange", "action": "sleeping"},
                     {"id": "b", "noun": "sofa", "color": "#112233"},
                     {"id": "c", "noun": "zorblax"},
                     {"id": "d", "noun": "woman", "skin_tone": "dark", "action": "cooking"}],
        "relations": [{"subject": "a", "predicate": "on", "object": "b"}],
        "setting": {"place": "living room", "indoor": True, "terrain": "floor", "backdrop": "room",
                    "time_of_day": "night"},
        "camera": "wide", "style": "watercolor",
        "texts": [{"text": "Hello World", "role": "speech", "placement": "top", "target": "a"}],
    }
    with fake_http(chat_responder(json.dumps(answer))) as fake:
        outcome = LlmPlanner(fake.url + "/v1", "tiny-model", timeout=5).plan(REQUEST)
    sent = fake.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["body"]["model"] == "tiny-model"
    assert sent["body"]["response_format"] == {"type": "json_object"}
    assert PROMPT in sent["body"]["messages"][1]["content"]
    scene = outcome.plan.scene
    cats, sofa, unknown, woman = scene.entities
    assert (cats.id, cats.noun, cats.count, cats.glyph, cats.action) == ("e1", "cat", 2, "🐈", "sleeping")
    assert cats.color == COLORS["orange"] and sofa.color == (0x11, 0x22, 0x33)
    assert unknown.glyph is None and scene.unmatched == ("zorblax",)  # our lookups decide; nothing stands in
    assert woman.glyph == "👩🏿\u200d🍳"  # the people variant, chosen by us from what the model said
    assert [(r.subject, r.predicate, r.object) for r in scene.relations] == [("e1", "on", "e2")]
    assert scene.setting.place == "living room" and scene.setting.time_of_day == "night"
    assert (scene.camera, scene.style) == ("wide", "watercolor")
    assert scene.texts[0].role == "speech" and scene.texts[0].target == "e1"
    (block,) = outcome.plan.texts  # the model's reading of the text is what the layout places: its role and place
    assert (block.text, block.role) == ("Hello World", "speech") and block.box[1] < 0.5
    speaker_tops = [subject.box[1] for subject in outcome.plan.subjects if subject.entity == "e1"]
    assert speaker_tops and block.box[3] <= min(speaker_tops) + 0.02  # the bubble sits over its speaker
    assert outcome.plan.prompt == PROMPT
    assert any("language model tiny-model" in note for note in outcome.notes_for_thoughts)


def test_a_glyph_from_the_model_is_refused() -> None:
    _fallback(json.dumps({"entities": [{"id": "e1", "noun": "cat", "glyph": "🦄"}]}))


def test_without_texts_the_prompts_own_texts_are_kept() -> None:
    with fake_http(chat_responder(json.dumps({"entities": [{"id": "e1", "noun": "cat"}]}))) as fake:
        outcome = LlmPlanner(fake.url, "m", timeout=5).plan(REQUEST)
    assert [t.text for t in outcome.plan.scene.texts] == ["Hello World"]


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
    json.dumps({"entities": "cat"}),  # wrong type
    json.dumps({"layout": "mine"}),  # a key the schema does not have
    json.dumps({"entities": [{"id": "e1", "noun": "cat", "color": "blurple"}]}),  # no such colour
    json.dumps({"entities": [{"id": "e1", "noun": "cat"}],
                "relations": [{"subject": "e1", "predicate": "on", "object": "e9"}]}),  # no such entity
    json.dumps({"relations": [], "camera": "fisheye"}),  # not a camera the graph knows
    json.dumps(["a list"]),
])
def test_schema_violations_fall_back_to_rules(content: str) -> None:
    _fallback(content)


def test_changed_quoted_text_falls_back_to_rules() -> None:
    assert "changed the quoted text" in _fallback(json.dumps({"texts": [{"text": "Hello Wrold"}]}))


def test_http_500_falls_back_to_rules() -> None:
    assert "HTTP 500" in _fallback(None, status=500)


def test_timeout_falls_back_to_rules() -> None:
    assert "timed out" in _fallback(json.dumps({}), delay=1.0, timeout=0.2)


def test_unreachable_endpoint_falls_back_to_rules() -> None:
    with fake_http(chat_responder("{}")) as fake:
        url = fake.url  # closed once the block ends
    outcome = LlmPlanner(url, "m", timeout=2).plan(REQUEST)
    assert "unreachable" in outcome.notes_for_thoughts[0]


def test_a_quoted_string_may_come_back_in_its_parts_but_not_with_a_part_missing() -> None:
    menu = PlanningInput('a cafe menu: "Espresso $3", "Latte $4"', 1024, 1280, seed=1)
    parts = {"document": "menu", "texts": [{"text": "Espresso", "role": "item"}, {"text": "$3", "role": "price"},
                                           {"text": "Latte $4", "role": "item"}]}
    with fake_http(chat_responder(json.dumps(parts))) as fake:
        outcome = LlmPlanner(fake.url, "m", timeout=5).plan(menu)
    assert [(t.text, t.role) for t in outcome.plan.scene.texts] == [("Espresso", "item"), ("$3", "price"),
                                                                    ("Latte $4", "item")]
    assert outcome.plan.layout.startswith("menu")
    missing = {"texts": [{"text": "Espresso", "role": "item"}, {"text": "Latte $4", "role": "item"}]}
    with fake_http(chat_responder(json.dumps(missing))) as fake:
        fallen = LlmPlanner(fake.url, "m", timeout=5).plan(menu)
    assert any("left out quoted text" in note for note in fallen.notes_for_thoughts)
