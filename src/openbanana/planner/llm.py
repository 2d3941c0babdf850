"""The optional language-model planner: any OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp server).

The model fills a small JSON subset of the plan (texts, subjects, palette, mood, style); it is validated strictly
and merged onto the rules plan, whose layout and boxes stay authoritative. Subjects are labels: glyphs come from
our pictogram index, and subjects without one are dropped. Quoted texts must come back verbatim. Any failure
(unreachable, timeout, HTTP error, invalid JSON, schema violation) gives the rules plan and a note saying so.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from openbanana.plan import RGB, Plan
from openbanana.planner.base import PlanningContext, PlanningInput, PlanOutcome, grounding_notes
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules import extract_texts, plan_composition

MAX_ADDED_SUBJECTS = 3
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")

SYSTEM_PROMPT = """You plan the composition of one image from a prompt. Answer with ONE JSON object and nothing else:
{
  "texts": [string],        // the exact strings the image must show: copy quoted text from the prompt verbatim
  "subjects": [{"label": string, "role": "hero" | "support"}],  // concrete things to draw, 1-2 plain nouns each
  "palette": [string],      // up to 6 colours as "#rrggbb"
  "mood": string,           // one word, e.g. "cozy", "festive", "minimal"
  "style": [string]         // up to 4 short style tags, e.g. "flat", "retro"
}
All keys are optional; no other keys are allowed. Never invent, translate or change the spelling of texts."""


class LlmSubject(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    label: str = Field(min_length=1, max_length=40)
    role: Literal["hero", "support"] = "support"


class LlmPlan(BaseModel):
    """The subset of Plan a language model may fill."""

    model_config = ConfigDict(extra="forbid", strict=True)
    texts: list[str] = Field(default_factory=list, max_length=8)
    subjects: list[LlmSubject] = Field(default_factory=list, max_length=8)
    palette: list[str] = Field(default_factory=list, max_length=6)
    mood: str | None = Field(default=None, max_length=30)
    style: list[str] = Field(default_factory=list, max_length=4)

    @field_validator("palette")
    @classmethod
    def _hex_colours(cls, values: list[str]) -> list[str]:
        for value in values:
            if not _HEX.match(value.strip()):
                raise ValueError(f"{value!r} is not a #rrggbb colour")
        return values


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
        base = plan_composition(request)
        notes = grounding_notes(context)
        try:
            suggestion = self.suggest(request, context)
            plan = merge_suggestion(base, suggestion, request)
        except LlmPlannerError as exc:
            return PlanOutcome(base, (*notes, f"The language-model planner was unavailable ({exc}); "
                                              "planned with rules."))
        return PlanOutcome(plan, (*notes, f"Planned with the language model {self._model}, "
                                          "on the rules layout."))

    def suggest(self, request: PlanningInput, context: PlanningContext | None = None) -> LlmPlan:
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


def parse_answer(answer: Any) -> LlmPlan:
    """A chat.completion object → the validated plan in its first choice's message content."""
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
        return LlmPlan.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "plan"
        raise LlmPlannerError(f"its plan did not match the schema at {where}: {first['msg']}") from exc


def merge_suggestion(base: Plan, suggestion: LlmPlan, request: PlanningInput) -> Plan:
    """The rules plan plus what the model added; texts stay exactly the prompt's, layout and boxes the rules'."""
    quoted = extract_texts(request.prompt)
    for text in suggestion.texts:
        if text not in request.prompt:
            raise LlmPlannerError(f"it changed the quoted text ({text[:40]!r} is not in the prompt)")
    if quoted and suggestion.texts and set(quoted) - set(suggestion.texts):
        raise LlmPlannerError("it left out quoted text")
    plan = base
    present = {s.label.lower() for s in base.subjects}
    added = [s.label.strip().lower() for s in suggestion.subjects
             if s.label.strip().lower() not in present and pictogram_for(s.label.strip().lower()) is not None]
    added = list(dict.fromkeys(added))[:MAX_ADDED_SUBJECTS]
    if added and not base.reference_count:
        # the rules planner lays the extra subjects out, so boxes and layout stay its own
        widened = plan_composition(replace(request, prompt=f"{request.prompt}\nwith {', '.join(added)}"))
        if widened.texts == base.texts:
            plan = replace(widened, prompt=base.prompt, notes=base.notes)
    palette: tuple[RGB, ...] = tuple(dict.fromkeys((*(_rgb(c) for c in suggestion.palette), *plan.palette)))[:6]
    style = tuple(dict.fromkeys(t.strip().lower() for t in (*([suggestion.mood] if suggestion.mood else []),
                                                            *plan.style, *suggestion.style) if t and t.strip()))
    return replace(plan, palette=palette, style=style[:6])


def _rgb(value: str) -> RGB:
    match = _HEX.match(value.strip())
    assert match is not None  # validated
    digits = match.group(1)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
