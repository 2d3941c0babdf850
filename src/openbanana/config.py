"""Server settings: one typed value built from defaults, `OPENBANANA_*` environment variables and CLI flags."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "gemini-3-pro-image-preview"
DEFAULT_ALIASES = ("nano-banana-pro-preview",)


class Settings(BaseSettings):
    """Everything the composition root needs; passed whole instead of dozens of flags."""

    model_config = SettingsConfigDict(env_prefix="OPENBANANA_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    data_dir: Path = Path("~/.openbanana")
    api_keys: str = Field(default="", description="Comma-separated API keys; empty accepts any key on loopback.")
    insecure: bool = Field(default=False, description="Allow serving without keys on a non-loopback address.")
    engine: Literal["draft", "diffusers"] = "draft"
    profile: str = Field(default="", description="diffusers engine: the profile (preset or profiles-file) to serve.")
    profiles_file: Path | None = Field(default=None, description="diffusers engine: TOML with [profiles.NAME].")
    preload: bool = Field(default=False, description="diffusers engine: load the weights at start (in the "
                          "background) instead of on the first request.")
    served_models: str = Field(
        default="",
        description="Extra served model names, comma-separated, in addition to the built-in ones.",
    )
    watermark_issuer: int = Field(default=1, ge=0, le=0xFFFF,
                                  description="Issuer id carried in every image's invisible watermark (16 bits).")
    output_mime_type: Literal["image/png", "image/jpeg", "image/webp"] = "image/png"
    jpeg_quality: int = Field(default=90, ge=1, le=100)
    max_request_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    stream_keepalive_seconds: float = Field(default=5.0, gt=0)
    max_file_bytes: int = Field(default=2 * 1024**3, ge=1, description="Largest file the Files API accepts.")
    quota_bytes_per_key: int = Field(
        default=20 * 1024**3, ge=0, description="Bytes of live files (and uploads in progress) per API key."
    )
    file_ttl_hours: float = Field(default=48.0, gt=0, description="Files expire this long after they are created.")
    batch_workers: int = Field(default=2, ge=0, description="Batch requests run at once (0: batches never run).")
    batch_lease_seconds: float = Field(
        default=30.0, gt=0, description="A batch request whose worker died is retried after this long."
    )
    batch_max_attempts: int = Field(default=3, ge=1, description="Tries per batch request before it fails.")
    strict_signatures: bool = Field(
        default=False, description="Reject history whose model images/first text lack a thought signature (as Google)."
    )

    # Safety (docs/api.md, Safety): per served model profile, operator lists, optional classifiers.
    safety_policy: Literal["standard", "strict", "off"] = Field(
        default="standard", description="Safety profile of every served model not named in safety_model_policies."
    )
    safety_model_policies: str = Field(
        default="", description="Per-model profiles, comma-separated MODEL=standard|strict|off pairs."
    )
    safety_default_threshold: Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH",
                                      "BLOCK_NONE"] = "BLOCK_MEDIUM_AND_ABOVE"
    safety_default_terms: bool = Field(default=True, description="Use the lexicon shipped with openbanana.")
    safety_blocklist_file: Path | None = Field(default=None, description="Operator terms/regexes → BLOCKLIST.")
    safety_recitation_file: Path | None = Field(default=None, description="Protected works → IMAGE_RECITATION.")
    safety_image_hashes_file: Path | None = Field(default=None, description="Perceptual hashes of banned images.")
    safety_image_hash_distance: int = Field(default=6, ge=0, le=32)
    safety_semantic: Literal["auto", "on", "off"] = Field(
        default="auto", description="MiniLM prompt classifier ('auto': on when openbanana[safety] is installed)."
    )
    safety_examples_file: Path | None = Field(default=None, description="Replaces the shipped policy examples.")
    safety_nsfw: Literal["auto", "on", "off"] = Field(
        default="auto", description="NudeNet image detector ('auto': on when openbanana[nsfw] is installed)."
    )

    # Planning (docs/api.md, Planner and grounding): the offline rules, or an OpenAI-compatible chat endpoint.
    planner: Literal["rules", "llm"] = "rules"
    planner_llm_url: str = Field(default="", description="llm planner: base URL, e.g. http://127.0.0.1:11434/v1.")
    planner_llm_model: str = Field(default="", description="llm planner: the model name the endpoint serves.")
    planner_llm_api_key: str = Field(default="", description="llm planner: bearer token, if the endpoint wants one.")
    planner_llm_timeout: float = Field(default=20.0, gt=0, description="llm planner: seconds before rules take over.")
    # Grounding (the googleSearch tool): where searches go; "none" answers without groundingMetadata.
    search_provider: Literal["none", "searxng"] = "none"
    searxng_url: str = Field(default="", description="searxng provider: base URL of an instance with JSON output.")
    search_timeout: float = Field(default=5.0, gt=0, description="Seconds a search may take before it is skipped.")

    # C2PA (docs/api.md, Watermark and provenance): unset means data_dir/c2pa/{chain,key}.pem when both exist.
    c2pa_cert_file: Path | None = Field(default=None, description="PEM chain, signing certificate first, then CAs.")
    c2pa_key_file: Path | None = Field(default=None, description="PEM private key of the signing certificate.")

    # Observability (docs/api.md, Metrics and logs).
    log_format: Literal["text", "json"] = Field(default="text", description="Server log lines: text or JSON.")
    metrics_enabled: bool = Field(default=True, description="Serve Prometheus metrics at GET /metrics.")
    metrics_require_key: bool = Field(default=False, description="GET /metrics asks for an API key like the API.")

    # Scheduler (docs/api.md, Scheduler and backpressure): one bounded queue in front of the engine.
    max_queue: int = Field(default=64, ge=0, description="Requests that may wait beyond the free slots; then 429.")
    max_parallel_renders: int = Field(
        default=0, ge=0, description="Generations rendering at once; 0: what the engine declares, else CPU cores."
    )
    generation_timeout_seconds: float = Field(
        default=300.0, gt=0, description="From admission to the last event; then 504 DEADLINE_EXCEEDED."
    )

    def key_set(self) -> frozenset[str]:
        return frozenset(k.strip() for k in self.api_keys.split(",") if k.strip())

    def model_names(self) -> tuple[str, ...]:
        extra = tuple(m.strip().removeprefix("models/") for m in self.served_models.split(",") if m.strip())
        return (DEFAULT_MODEL, *DEFAULT_ALIASES, *extra)

    def safety_profiles(self) -> dict[str, str]:
        """MODEL → profile from safety_model_policies; names are checked against the served models."""
        profiles: dict[str, str] = {}
        for pair in filter(None, (p.strip() for p in self.safety_model_policies.split(","))):
            model, _, profile = pair.partition("=")
            model, profile = model.strip().removeprefix("models/"), profile.strip().lower()
            if profile not in ("standard", "strict", "off") or model not in self.model_names():
                raise ValueError(f"safety_model_policies entry {pair!r}: expected MODEL=standard|strict|off "
                                 f"with MODEL one of {', '.join(self.model_names())}")
            profiles[model] = profile
        return profiles

    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser()

    def binds_loopback_only(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False
