"""The optional language-model planner: any OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp server).

The model reads the prompt into the same scene graph the rules read (planner/llm_scene.py: entities with their
attributes, relations, setting, camera, style, texts with roles), as strict JSON; the rules composer then places
that graph, so layout and boxes stay ours. Pictograms come from our own index, never from the model. Quoted texts
must come back verbatim. Any failure (unreachable, timeout, HTTP error, invalid JSON, schema violation, changed
text) gives the rules plan and a note saying so.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from pydantic import ValidationError

from openbanana.planner.base import PlanningContext, PlanningInput, PlanOutcome, grounding_notes
from openbanana.planner.llm_scene import SCHEMA_HELP, LlmScene, TextMismatchError, scene_from_llm
from openbanana.planner.rules import plan_composition
from openbanana.scene import SceneGraph

SYSTEM_PROMPT = ("You read an image prompt into a scene graph. Answer with ONE JSON object and nothing else, "
                 "in this schema (every key optional, no other keys allowed):\n" + SCHEMA_HELP +
                 "\nCopy quoted text from the prompt verbatim into texts; never invent, translate or respell it.")


class LlmPlannerError(Exception):
    """Why the model's plan could not be used; the message goes into the thoughts."""


class LlmPlanner:
    name = "llm"

    def __init__(self, base_url: str, model: str, *, timeout: float = 20.0, api_key: str = "",
                 transport: httpx.BaseTransport | None = None) -> None:
        self._base_url = base_url.rstrip("/")
        self._model = model
        self._timeout = timeout
        self._api_key = api_key
        self._transport = transport

    def plan(self, request: PlanningInput, context: PlanningContext | None = None) -> PlanOutcome:
        notes = grounding_notes(context)
        try:
            scene = self.read(request, context)
        except LlmPlannerError as exc:
            return PlanOutcome(plan_composition(request), (*notes, f"The language-model planner was unavailable "
                                                                   f"({exc}); planned with rules."))
        return PlanOutcome(plan_composition(request, scene=scene),
                           (*notes, f"Read the scene with the language model {self._model}, on the rules layout."))

    def read(self, request: PlanningInput, context: PlanningContext | None = None) -> SceneGraph:
        """The model's scene graph for the prompt, validated and with our own pictograms."""
        answer = self.suggest(request, context)
        try:
            return scene_from_llm(answer, request.prompt)
        except TextMismatchError as exc:
            raise LlmPlannerError(str(exc)) from exc

    def suggest(self, request: PlanningInput, context: PlanningContext | None = None) -> LlmScene:
        user = f"Prompt: {request.prompt}\nCanvas: {request.width}x{request.height}"
        if context and context.search_results:
            user += "\nWeb results for context:\n" + "\n".join(
                f"- {r.title}: {r.snippet[:300]}" for r in context.search_results[:5])
        body = {
            "model": self._model,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}],
            "response_format": {"type": "json_object"},
            "temperature": 0.2,
            "stream": False,
        }
        headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport) as client:
                response = client.post(f"{self._base_url}/chat/completions", json=body, headers=headers)
                response.raise_for_status()
                answer = response.json()
        except httpx.TimeoutException as exc:
            raise LlmPlannerError("timed out") from exc
        except httpx.HTTPStatusError as exc:
            raise LlmPlannerError(f"HTTP {exc.response.status_code}") from exc
        except httpx.HTTPError as exc:
            raise LlmPlannerError(f"unreachable: {type(exc).__name__}") from exc
        except ValueError as exc:
            raise LlmPlannerError("the endpoint did not answer JSON") from exc
        return parse_answer(answer)


def parse_answer(answer: Any) -> LlmScene:
    """A chat.completion object → the validated scene graph in its first choice's message content."""
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LlmPlannerError("the answer is not a chat completion") from exc
    if not isinstance(content, str):
        raise LlmPlannerError("the answer has no text content")
    text = content.strip()
    if text.startswith("```"):  # some servers fence JSON even in JSON mode
        text = re.sub(r"^```[a-zA-Z]*\s*|\s*```$", "", text)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise LlmPlannerError("its answer was not valid JSON") from exc
    if not isinstance(data, dict):
        raise LlmPlannerError("its answer was not a JSON object")
    try:
        return LlmScene.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "scene"
        raise LlmPlannerError(f"its scene did not match the schema at {where}: {first['msg']}") from exc
