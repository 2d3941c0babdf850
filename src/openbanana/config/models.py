"""The settings of what is served and how it is drawn: the served model names and the engine each one uses, the
engine, the output encoding, the scheduler in front of the engine, and the planner."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import Field, model_validator

from openbanana.config.groups import SettingsGroup

DEFAULT_MODEL = "gemini-3-pro-image-preview"
DEFAULT_MODELS = (  # the Nano Banana family under Google's ids; service/family.py holds what each one accepts
    DEFAULT_MODEL, "gemini-3-pro-image", "nano-banana-pro-preview",
    "gemini-3.1-flash-image-preview", "gemini-3.1-flash-image", "gemini-2.5-flash-image",
)
ENGINE_NAMES = ("draft", "diffusers")  # engines/registry.py builds each


class ModelSettings(SettingsGroup):
    """The served model names, and how strictly their chat history is checked."""

    served: str = Field(default="", validation_alias="served_models", description="Extra served model names, "
                        "comma-separated: NAME answers as gemini-3-pro-image-preview, NAME=MODEL_ID with that "
                        "built-in model's sizes and capabilities.")
    hidden: str = Field(default="", validation_alias="hidden_models", description="Built-in model names not to "
                        "serve, comma-separated.")
    engines: str = Field(default="", validation_alias="model_engines", description="Served names rendered by "
                         "an engine of their own, comma-separated NAME=ENGINE[:PROFILE] (draft, or diffusers:PROFILE "
                         "from the presets or profiles_file); other names use engine and profile.")
    strict_signatures: bool = Field(default=False, description="Reject chat history whose model images or first "
                                    "text lack their thoughtSignature, as Google does.")

    @model_validator(mode="after")
    def _known_names(self) -> ModelSettings:
        unknown = [name for name in _names(self.hidden) if name not in DEFAULT_MODELS]
        if unknown:
            raise ValueError(f"hidden_models: {', '.join(unknown)} is not a built-in model "
                             f"({', '.join(DEFAULT_MODELS)})")
        if not self.names():
            raise ValueError("hidden_models hides every served model: serve at least one")
        self.engine_choices()  # a bad entry fails here, at start
        return self

    def engine_choices(self) -> dict[str, EngineChoice]:
        """Served name → the engine (and profile) that renders it, from model_engines; names not here use the
        default engine."""
        choices: dict[str, EngineChoice] = {}
        for entry in _names(self.engines):
            name, _, target = (part.strip() for part in entry.partition("="))
            name = name.removeprefix("models/")
            engine, _, profile = (part.strip() for part in target.partition(":"))
            if name not in self.names():
                raise ValueError(f"model_engines entry {entry!r}: {name!r} is not a served model "
                                 f"({', '.join(self.names())}); add it with served_models")
            if engine not in ENGINE_NAMES or (engine == "diffusers") != bool(profile):
                raise ValueError(f"model_engines entry {entry!r}: expected NAME=draft or NAME=diffusers:PROFILE")
            if name in choices:
                raise ValueError(f"model_engines names {name!r} twice")
            choices[name] = EngineChoice(engine, profile)
        return choices

    def names(self) -> tuple[str, ...]:
        """Every served name: the built-in ones not hidden, then the operator's."""
        hidden = set(_names(self.hidden))
        shown = [name for name in DEFAULT_MODELS if name not in hidden]
        return tuple(dict.fromkeys([*shown, *self.bases()]))

    def bases(self) -> dict[str, str | None]:
        """The operator's names → the built-in id each one answers as (None: the default model)."""
        pairs = (entry.partition("=") for entry in _names(self.served))
        return {name.strip().removeprefix("models/"): base.strip().removeprefix("models/") or None
                for name, _, base in pairs}


class EngineChoice(NamedTuple):
    """One engine a server builds: its name and, for diffusers, its profile ("" for draft)."""

    engine: str
    profile: str = ""

    @property
    def label(self) -> str:
        """How readiness, metrics and logs name it: `draft`, `diffusers:sd-turbo`."""
        return f"{self.engine}:{self.profile}" if self.profile else self.engine


def _names(value: str) -> list[str]:
    return [entry.strip() for entry in value.split(",") if entry.strip()]


class EngineSettings(SettingsGroup):
    """The image engine, and the diffusers engine's profile."""

    name: Literal["draft", "diffusers"] = Field(default="draft", validation_alias="engine", description="Image "
                                                "engine: draft (Pillow, no extras) or diffusers.")
    profile: str = Field(default="", description="diffusers engine: the profile to serve, a preset (z-image-turbo, "
                         "qwen-image, sd-turbo…) or one from profiles_file.")
    profiles_file: Path | None = Field(default=None, description="diffusers engine: TOML file of [profiles.NAME] "
                                       "tables.")
    preload: bool = Field(default=False, description="diffusers engine: load the weights at start (in the "
                          "background) instead of on the first request.")

    @property
    def choice(self) -> EngineChoice:
        """The engine these settings build (a profile only names a diffusers engine's weights)."""
        return EngineChoice(self.name, self.profile if self.name == "diffusers" else "")

    def of(self, choice: EngineChoice) -> EngineSettings:
        """These settings for another engine (model_engines): its name and profile, the rest shared."""
        return self.model_copy(update={"name": choice.engine, "profile": choice.profile})


class OutputSettings(SettingsGroup):
    """How final images are encoded and marked."""

    mime_type: Literal["image/png", "image/jpeg", "image/webp"] = Field(
        default="image/png", validation_alias="output_mime_type",
        description="Encoding of final images where a request names none: image/png, image/jpeg or image/webp.")
    jpeg_quality: int = Field(default=90, ge=1, le=100, description="Quality of JPEG and WebP output, 1-100.")
    watermark_issuer: int = Field(default=1, ge=0, le=0xFFFF, description="Issuer id carried in every image's "
                                  "invisible watermark (16 bits).")


class SchedulerSettings(SettingsGroup):
    """The one bounded queue in front of the engine (docs/api.md, Scheduler and backpressure)."""

    max_queue: int = Field(default=64, ge=0, description="Generations that may wait beyond the free engine slots; "
                           "one more is refused with 429.")
    max_parallel_renders: int = Field(default=0, ge=0, description="Engine slots: generations rendering at once; 0: "
                                      "what the engine declares, else one per CPU core.")
    generation_timeout_seconds: float = Field(default=300.0, gt=0, description="Deadline from admission to the last "
                                              "event; then 504 DEADLINE_EXCEEDED.")


class PlanningSettings(SettingsGroup):
    """The planner (the offline rules, or an OpenAI-compatible chat endpoint) and where googleSearch searches go."""

    planner: Literal["rules", "llm"] = Field(default="rules", description="How compositions are planned: rules "
                                             "(offline) or llm (an OpenAI-compatible chat endpoint).")
    llm_url: str = Field(default="", validation_alias="planner_llm_url",
                         description="llm planner: base URL, e.g. http://127.0.0.1:11434/v1.")
    llm_model: str = Field(default="", validation_alias="planner_llm_model",
                           description="llm planner: the model name the endpoint serves.")
    llm_api_key: str = Field(default="", validation_alias="planner_llm_api_key",
                             description="llm planner: bearer token, if the endpoint wants one.")
    llm_timeout: float = Field(default=20.0, gt=0, validation_alias="planner_llm_timeout",
                               description="llm planner: seconds before rules take over.")
    search_provider: Literal["none", "searxng"] = Field(default="none", description="Where googleSearch searches "
                                                        "go: none (a minimal groundingMetadata says so) or searxng.")
    searxng_url: str = Field(default="", description="searxng provider: base URL of an instance with JSON output.")
    search_timeout: float = Field(default=5.0, gt=0, description="Seconds a search may take before it is skipped.")
