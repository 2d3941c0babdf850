"""Server settings: one typed value built from defaults, a TOML config file, `OPENBANANA_*` environment variables
and CLI flags, each over the one before.

Settings is made of groups, one per part of the server, so that each factory receives only its own (`build_scheduler`
gets `settings.scheduler`). Every setting keeps one public name, the one docs/api.md lists: `OPENBANANA_<NAME>` in
the environment, the `serve` flag, and the keyword of `Settings(...)` and `settings.updated(...)`. A field whose
public name differs from its name in the group declares it as its validation alias (`safety.policy` is
`safety_policy`). pydantic-settings would read a nested field from `OPENBANANA_SAFETY__POLICY`; FlatEnvironment reads
the public names instead, and Settings puts keywords given by public name into their groups. ConfigFile reads the
TOML file named by `--config` or OPENBANANA_CONFIG: tables named after the groups, or public names at the top.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from openbanana.errors import ConfigError

DEFAULT_MODEL = "gemini-3-pro-image-preview"
DEFAULT_MODELS = (  # the Nano Banana family under Google's ids; service/family.py holds what each one accepts
    DEFAULT_MODEL, "gemini-3-pro-image", "nano-banana-pro-preview",
    "gemini-3.1-flash-image-preview", "gemini-3.1-flash-image", "gemini-2.5-flash-image",
)
SAFETY_PROFILES = ("standard", "strict", "off")
ENGINE_NAMES = ("draft", "diffusers")  # engines/registry.py builds each
CONFIG_FILE_VARIABLE = "OPENBANANA_CONFIG"  # the TOML config file; `serve --config` names it too
CONFIG_FILE_KEYWORD = "config_file"  # Settings(config_file=path): the file, given by the caller (the --config flag)


class SettingsGroup(BaseModel):
    """One part of the settings. Fields accept their public name (the alias) as well as their name."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_by_name=True, validate_by_alias=True)


class ServerSettings(SettingsGroup):
    """Where the server listens and keeps its state, and how much one request may send."""

    host: str = Field(default="127.0.0.1", description="Address to bind; beyond loopback it needs API keys "
                      "(or insecure).")
    port: int = Field(default=8000, ge=0, le=65535, description="Port to listen on, 0-65535.")
    data_dir: Path = Field(default=Path("~/.openbanana"), description="Where the server keeps its state (keys, "
                           "files, batches, signing secrets); created if missing.")
    database_url: str | None = Field(default=None, description="postgresql://user:password@host:port/database to "
                                     "keep files, batches, keys, quotas and usage in Postgres (shared by replicas); "
                                     "unset: SQLite in the data dir.")
    blob_url: str | None = Field(default=None, description="Where uploaded and generated files' bytes are kept: "
                                 "file:///shared/path (a file system every replica mounts) or s3://bucket/prefix "
                                 "(S3-compatible object storage; the s3 extra, credentials and region from the "
                                 "standard AWS_* variables); unset: the data dir. Replicas sharing it share one "
                                 "--database-url too.")
    blob_endpoint_url: str | None = Field(default=None, description="The S3 endpoint for an s3:// --blob-url "
                                          "on a server other than AWS (MinIO, Ceph, …), e.g. http://minio:9000.")
    max_request_bytes: int = Field(default=32 * 1024 * 1024, ge=1024, description="Largest request body accepted, "
                                   "in bytes.")
    stream_keepalive_seconds: float = Field(default=5.0, gt=0, description="Idle seconds before a stream sends a "
                                            "keep-alive.")
    max_input_pixels: int = Field(default=200_000_000, ge=1, description="Pixels of one request's input images "
                                  "together, read from their headers before any is decoded; more is a 400.")
    max_decoded_bytes: int = Field(default=2 * 1024**3, ge=16 * 1024**2, description="Server-wide memory budget: "
                                   "bytes of request bodies and decoded input images that requests in progress may "
                                   "hold at once; a request that does not fit gets 429 with RetryInfo.")
    head_timeout_seconds: float = Field(default=10.0, gt=0, description="Seconds a client has to send a request's "
                                        "line and headers; then the connection is closed.")
    body_timeout_seconds: float = Field(default=30.0, gt=0, description="Longest pause while a request body "
                                        "arrives; then 408 and the connection is closed.")
    max_connections: int = Field(default=1000, ge=1, description="Open HTTP connections at once (never more than "
                                 "the file-descriptor limit allows); one more is closed at once.")
    shutdown_timeout_seconds: int = Field(default=30, ge=1, description="On SIGTERM or Ctrl-C, seconds that "
                                            "requests in progress get to finish before their connections are "
                                            "closed.")
    cors_origins: str = Field(default="", description="Browser origins allowed to call the API (CORS), "
                              "comma-separated, e.g. https://app.example.com, or * for any; empty: no CORS headers.")

    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser()

    def cors_origin_list(self) -> list[str]:
        return [origin.strip().rstrip("/") for origin in self.cors_origins.split(",") if origin.strip()]

    def binds_loopback_only(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class AuthSettings(SettingsGroup):
    """Which API keys the server accepts, besides those in its key store."""

    api_keys: str = Field(default="", description="Comma-separated API keys, accepted besides those made with "
                          "`openbanana keys create`; with none of either, any key is accepted on loopback.")
    insecure: bool = Field(default=False, description="Allow serving without keys on a non-loopback address.")

    def key_set(self) -> frozenset[str]:
        return frozenset(k.strip() for k in self.api_keys.split(",") if k.strip())


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


class FileSettings(SettingsGroup):
    """The Files API's limits."""

    max_bytes: int = Field(default=2 * 1024**3, ge=1, validation_alias="max_file_bytes",
                           description="Largest file the Files API accepts.")
    quota_bytes_per_key: int = Field(default=20 * 1024**3, ge=0, description="Bytes of live files (and uploads in "
                                     "progress) per API key.")
    ttl_hours: float = Field(default=48.0, gt=0, validation_alias="file_ttl_hours",
                             description="Files expire this long after they are created.")


class BatchSettings(SettingsGroup):
    """How the Batch API runs its requests."""

    workers: int = Field(default=2, ge=0, validation_alias="batch_workers",
                         description="Batch requests run at once (0: batches never run).")
    lease_seconds: float = Field(default=30.0, gt=0, validation_alias="batch_lease_seconds",
                                 description="A batch request whose worker died is retried after this long.")
    max_attempts: int = Field(default=3, ge=1, validation_alias="batch_max_attempts",
                              description="Tries per batch request before it fails.")


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


class SafetySettings(SettingsGroup):
    """Safety per served model: profiles, operator lists, optional classifiers (docs/api.md, Safety)."""

    policy: Literal["standard", "strict", "off"] = Field(
        default="standard", validation_alias="safety_policy",
        description="Safety profile of every served model not named in safety_model_policies.")
    model_policies: str = Field(default="", validation_alias="safety_model_policies",
                                description="Per-model profiles, comma-separated MODEL=standard|strict|off pairs.")
    default_threshold: Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE"] = (
        Field(default="BLOCK_MEDIUM_AND_ABOVE", validation_alias="safety_default_threshold",
              description="The standard profile's threshold where a request sets none."))
    default_terms: bool = Field(default=True, validation_alias="safety_default_terms",
                                description="Use the lexicon shipped with openbanana.")
    blocklist_file: Path | None = Field(default=None, validation_alias="safety_blocklist_file",
                                        description="Operator terms/regexes → BLOCKLIST.")
    recitation_file: Path | None = Field(default=None, validation_alias="safety_recitation_file",
                                         description="Protected works → finishReason RECITATION.")
    recitation_rules: bool = Field(default=True, validation_alias="safety_recitation_rules",
                                   description="Answer requests to reproduce long protected texts verbatim (whole "
                                               "song lyrics, book chapters) with RECITATION.")
    answers: Literal["seed", "image-reasons", "google-live"] = Field(
        default="seed", validation_alias="safety_answers",
        description="Shape of safety answers: seed (blocked prompts also carry candidates[0]; SAFETY/RECITATION, as "
                    "the API reference checks), image-reasons (IMAGE_SAFETY/IMAGE_RECITATION) or google-live "
                    "(Google's live shapes: no candidates on a blocked prompt).")
    image_hashes_file: Path | None = Field(default=None, validation_alias="safety_image_hashes_file",
                                           description="Perceptual hashes of banned images.")
    image_hash_distance: int = Field(default=6, ge=0, le=32, validation_alias="safety_image_hash_distance",
                                     description="Bits (of 64) within which two image hashes match.")
    semantic: Literal["auto", "on", "off"] = Field(
        default="auto", validation_alias="safety_semantic",
        description="MiniLM prompt classifier: auto (the default) and on need it, or the server does not start; "
                    "off screens prompts with the term lists alone.")
    examples_file: Path | None = Field(default=None, validation_alias="safety_examples_file",
                                       description="Replaces the shipped policy examples.")
    nsfw: Literal["auto", "on", "off"] = Field(
        default="auto", validation_alias="safety_nsfw",
        description="NudeNet image detector ('auto': on when openbanana[nsfw] is installed).")

    def profiles(self, model_names: tuple[str, ...]) -> dict[str, str]:
        """MODEL → profile from model_policies; names are checked against the served models."""
        profiles: dict[str, str] = {}
        for pair in filter(None, (p.strip() for p in self.model_policies.split(","))):
            model, _, profile = pair.partition("=")
            model, profile = model.strip().removeprefix("models/"), profile.strip().lower()
            if profile not in SAFETY_PROFILES or model not in model_names:
                raise ValueError(f"safety_model_policies entry {pair!r}: expected MODEL=standard|strict|off "
                                 f"with MODEL one of {', '.join(model_names)}")
            profiles[model] = profile
        return profiles


class C2paSettings(SettingsGroup):
    """The C2PA signing certificate; unset means data_dir/c2pa/{chain,key}.pem when both exist."""

    cert_file: Path | None = Field(default=None, validation_alias="c2pa_cert_file",
                                   description="PEM chain, signing certificate first, then CAs.")
    key_file: Path | None = Field(default=None, validation_alias="c2pa_key_file",
                                  description="PEM private key of the signing certificate.")


class ObservabilitySettings(SettingsGroup):
    """Logs and metrics (docs/api.md, Metrics and logs)."""

    log_format: Literal["text", "json"] = Field(default="text", description="Server log lines: text, or json (one "
                                                "JSON object per line).")
    metrics_enabled: bool = Field(default=True, description="Serve Prometheus metrics at GET /metrics.")
    metrics_require_key: bool = Field(default=False, description="GET /metrics asks for an API key like the API.")


class ClusterSettings(SettingsGroup):
    """Scale-out on Ray Serve (`serve --ray`, the `[cluster]` extra): where the cluster is, how many replicas of the
    HTTP ingress and of the engine run, and how the engine's replicas queue and scale (docs/deploy.md)."""

    address: str = Field(default="", validation_alias="ray_address", description="Ray cluster to deploy on (auto, "
                         "ray://host:10001, or host:6379); empty: start a local Ray cluster on this machine.")
    ingress_replicas: int = Field(default=1, ge=1, validation_alias="ray_ingress_replicas",
                                  description="Replicas of the HTTP app (the ingress deployment).")
    engine_min_replicas: int = Field(default=1, ge=0, validation_alias="ray_engine_min_replicas",
                                     description="Fewest replicas of the engine deployment (autoscaling floor).")
    engine_max_replicas: int = Field(default=1, ge=1, validation_alias="ray_engine_max_replicas",
                                     description="Most replicas of the engine deployment; above the minimum, Ray "
                                     "Serve scales between them.")
    target_ongoing_requests: float = Field(default=1.0, gt=0, validation_alias="ray_target_ongoing_requests",
                                           description="Renders per engine replica the autoscaler aims for.")
    max_ongoing_requests: int = Field(default=2, ge=1, validation_alias="ray_max_ongoing_requests",
                                      description="Renders one engine replica takes at once; more wait in the "
                                      "caller's queue.")
    max_queued_requests: int = Field(default=8, ge=-1, validation_alias="ray_max_queued_requests",
                                     description="Renders an ingress replica queues when every engine replica is "
                                     "busy; one more is a 429 with RetryInfo (-1: no limit).")
    engine_gpus: float | None = Field(default=None, ge=0, validation_alias="ray_engine_gpus",
                                      description="GPUs per engine replica; unset: 1 for the diffusers engine, 0 "
                                      "for draft.")
    engine_cpus: float = Field(default=1.0, gt=0, validation_alias="ray_engine_cpus",
                               description="CPUs per engine replica (the draft engine renders on them).")

    @model_validator(mode="after")
    def _replicas_in_order(self) -> ClusterSettings:
        if self.engine_min_replicas > self.engine_max_replicas:
            raise ValueError(f"ray_engine_min_replicas ({self.engine_min_replicas}) is above "
                             f"ray_engine_max_replicas ({self.engine_max_replicas})")
        return self


class Settings(BaseSettings):
    """Everything the composition root needs, one group per part of the server."""

    model_config = SettingsConfigDict(env_prefix="OPENBANANA_", extra="ignore")

    server: ServerSettings = Field(default_factory=ServerSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    models: ModelSettings = Field(default_factory=ModelSettings)
    image_engine: EngineSettings = Field(default_factory=EngineSettings)
    output: OutputSettings = Field(default_factory=OutputSettings)
    files: FileSettings = Field(default_factory=FileSettings)
    batches: BatchSettings = Field(default_factory=BatchSettings)
    scheduler: SchedulerSettings = Field(default_factory=SchedulerSettings)
    planning: PlanningSettings = Field(default_factory=PlanningSettings)
    safety: SafetySettings = Field(default_factory=SafetySettings)
    c2pa: C2paSettings = Field(default_factory=C2paSettings)
    observability: ObservabilitySettings = Field(default_factory=ObservabilitySettings)
    cluster: ClusterSettings = Field(default_factory=ClusterSettings)

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Keywords over the environment, read by public name, over the config file (no .env file or secrets
        directory is configured)."""
        named = init_settings.init_kwargs.get(CONFIG_FILE_KEYWORD) if isinstance(init_settings, InitSettingsSource) \
            else None
        named = named or _environment().get(CONFIG_FILE_VARIABLE.lower())
        return init_settings, FlatEnvironment(settings_cls), ConfigFile(settings_cls, Path(named) if named else None)

    @model_validator(mode="before")
    @classmethod
    def _group_public_names(cls, data: Any) -> Any:
        """`max_queue=3` → `scheduler={"max_queue": 3}`, over what that group holds already (the environment's values,
        or a group given whole): keywords come last, so they win."""
        if not isinstance(data, dict):
            return data
        grouped = dict(data)
        for public, (group, name) in public_names().items():
            if public in grouped:
                values = grouped.get(group) or {}
                values = values.model_dump() if isinstance(values, BaseModel) else dict(values)
                grouped[group] = {**values, name: grouped.pop(public)}
        return grouped

    def engines(self) -> list[EngineChoice]:
        """Every engine the server builds, once each: the default one first, then those model_engines names."""
        return list(dict.fromkeys([self.image_engine.choice, *self.models.engine_choices().values()]))

    def updated(self, **changes: Any) -> Settings:
        """A validated copy with some settings changed, by public name: `settings.updated(api_keys="k1")`."""
        return type(self).model_validate({**self.model_dump(), **changes})


class FlatEnvironment(PydanticBaseSettingsSource):
    """`OPENBANANA_<PUBLIC NAME>` (any case) for every setting, into its group: OPENBANANA_MAX_QUEUE → scheduler."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads every setting at once

    def __call__(self) -> dict[str, Any]:
        environ = _environment()
        prefix = str(self.config.get("env_prefix", "")).lower()
        found: dict[str, dict[str, str]] = {}
        for public, (group, name) in public_names().items():
            value = environ.get(prefix + public)
            if value is not None:
                found.setdefault(group, {})[name] = value
        return found


class ConfigFileError(ConfigError, ValueError):
    """The config file is missing, is not TOML, or names a setting that does not exist."""


class ConfigFile(TomlConfigSettingsSource):
    """A TOML file, into the groups: `[scheduler] max_queue = 3`, `[safety] safety_policy = "strict"` (a group's
    field by its name or its public name) or `max_queue = 3` at the top. An unknown name is an error, so a typo
    never passes silently."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path | None) -> None:
        self.path = path.expanduser() if path is not None else None
        if self.path is not None and not self.path.is_file():
            raise ConfigFileError(f"config file {self.path} does not exist (named by --config or "
                                  f"{CONFIG_FILE_VARIABLE})")
        try:
            super().__init__(settings_cls, toml_file=self.path)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigFileError(f"config file {self.path} is not valid TOML: {exc}") from None

    def __call__(self) -> dict[str, Any]:
        grouped: dict[str, dict[str, Any]] = {}
        groups = setting_groups()
        for key, value in super().__call__().items():
            if key in groups and isinstance(value, dict):
                for inner_key, inner_value in value.items():
                    grouped.setdefault(key, {})[self._field(key, inner_key)] = inner_value
            elif key in public_names():
                group, name = public_names()[key]
                grouped.setdefault(group, {})[name] = value
            else:
                raise ConfigFileError(f"config file {self.path}: {key!r} is no setting or [group] (see docs/api.md, "
                                      "Configuration)")
        return grouped

    def _field(self, group: str, key: str) -> str:
        for name, field in setting_groups()[group].model_fields.items():
            if key in (name, field.validation_alias):
                return name
        raise ConfigFileError(f"config file {self.path}: [{group}] has no setting {key!r}")


def _environment() -> dict[str, str]:
    """The environment with lower-cased names: OPENBANANA_* names are read in any case."""
    return {name.lower(): value for name, value in os.environ.items()}


def setting_groups() -> dict[str, type[SettingsGroup]]:
    """Group name → its model: `safety` → SafetySettings."""
    groups: dict[str, type[SettingsGroup]] = {}
    for group, field in Settings.model_fields.items():
        model = field.annotation
        if not (isinstance(model, type) and issubclass(model, SettingsGroup)):
            raise TypeError(f"Settings.{group} is not a SettingsGroup")
        groups[group] = model
    return groups


@cache
def public_names() -> dict[str, tuple[str, str]]:
    """Public name → (group, field name), for every setting: `safety_policy` → ("safety", "policy")."""
    names: dict[str, tuple[str, str]] = {}
    for group, model in setting_groups().items():
        for name, field in model.model_fields.items():
            public = field.validation_alias if isinstance(field.validation_alias, str) else name
            if public in names or public in Settings.model_fields:
                raise TypeError(f"the public name {public!r} of {group}.{name} is taken")
            names[public] = (group, name)
    return names


def setting_field(public: str) -> FieldInfo:
    """The field of the setting with this public name (its description, default and bounds)."""
    group, name = public_names()[public]
    return setting_groups()[group].model_fields[name]


def public_name(location: tuple[int | str, ...]) -> str:
    """A validation error's location, `("server", "port")`, as the setting's public name, `port`."""
    place = tuple(map(str, location))
    return next((public for public, where in public_names().items() if where == place), ".".join(place))
