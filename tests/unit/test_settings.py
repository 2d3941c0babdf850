"""Every OPENBANANA_* variable keeps its name and lands where the server reads it."""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path

import pytest

from openbanana.config import Settings

# (variable, a value other than the default, where Settings keeps it, what it reads as). The names are the public
# interface (docs/api.md, Configuration): this list is written out, never derived from Settings.
VARIABLES: list[tuple[str, str, str, object]] = [
    ("OPENBANANA_HOST", "0.0.0.0", "host", "0.0.0.0"),
    ("OPENBANANA_PORT", "9001", "port", 9001),
    ("OPENBANANA_DATA_DIR", "/srv/banana", "data_dir", Path("/srv/banana")),
    ("OPENBANANA_API_KEYS", "k1,k2", "api_keys", "k1,k2"),
    ("OPENBANANA_INSECURE", "true", "insecure", True),
    ("OPENBANANA_ENGINE", "diffusers", "engine", "diffusers"),
    ("OPENBANANA_PROFILE", "sd-turbo", "profile", "sd-turbo"),
    ("OPENBANANA_PROFILES_FILE", "/etc/profiles.toml", "profiles_file", Path("/etc/profiles.toml")),
    ("OPENBANANA_PRELOAD", "1", "preload", True),
    ("OPENBANANA_SERVED_MODELS", "a,b", "served_models", "a,b"),
    ("OPENBANANA_WATERMARK_ISSUER", "77", "watermark_issuer", 77),
    ("OPENBANANA_OUTPUT_MIME_TYPE", "image/webp", "output_mime_type", "image/webp"),
    ("OPENBANANA_JPEG_QUALITY", "55", "jpeg_quality", 55),
    ("OPENBANANA_MAX_REQUEST_BYTES", "4096", "max_request_bytes", 4096),
    ("OPENBANANA_STREAM_KEEPALIVE_SECONDS", "1.5", "stream_keepalive_seconds", 1.5),
    ("OPENBANANA_MAX_FILE_BYTES", "1000", "max_file_bytes", 1000),
    ("OPENBANANA_QUOTA_BYTES_PER_KEY", "2000", "quota_bytes_per_key", 2000),
    ("OPENBANANA_FILE_TTL_HOURS", "2.5", "file_ttl_hours", 2.5),
    ("OPENBANANA_BATCH_WORKERS", "0", "batch_workers", 0),
    ("OPENBANANA_BATCH_LEASE_SECONDS", "7.5", "batch_lease_seconds", 7.5),
    ("OPENBANANA_BATCH_MAX_ATTEMPTS", "9", "batch_max_attempts", 9),
    ("OPENBANANA_STRICT_SIGNATURES", "true", "strict_signatures", True),
    ("OPENBANANA_SAFETY_POLICY", "strict", "safety_policy", "strict"),
    ("OPENBANANA_SAFETY_MODEL_POLICIES", "m=off", "safety_model_policies", "m=off"),
    ("OPENBANANA_SAFETY_DEFAULT_THRESHOLD", "BLOCK_ONLY_HIGH", "safety_default_threshold", "BLOCK_ONLY_HIGH"),
    ("OPENBANANA_SAFETY_DEFAULT_TERMS", "false", "safety_default_terms", False),
    ("OPENBANANA_SAFETY_BLOCKLIST_FILE", "/etc/block.txt", "safety_blocklist_file", Path("/etc/block.txt")),
    ("OPENBANANA_SAFETY_RECITATION_FILE", "/etc/works.txt", "safety_recitation_file", Path("/etc/works.txt")),
    ("OPENBANANA_SAFETY_IMAGE_HASHES_FILE", "/etc/hashes.txt", "safety_image_hashes_file", Path("/etc/hashes.txt")),
    ("OPENBANANA_SAFETY_IMAGE_HASH_DISTANCE", "12", "safety_image_hash_distance", 12),
    ("OPENBANANA_SAFETY_SEMANTIC", "off", "safety_semantic", "off"),
    ("OPENBANANA_SAFETY_EXAMPLES_FILE", "/etc/examples.toml", "safety_examples_file", Path("/etc/examples.toml")),
    ("OPENBANANA_SAFETY_NSFW", "on", "safety_nsfw", "on"),
    ("OPENBANANA_PLANNER", "llm", "planner", "llm"),
    ("OPENBANANA_PLANNER_LLM_URL", "http://llm/v1", "planner_llm_url", "http://llm/v1"),
    ("OPENBANANA_PLANNER_LLM_MODEL", "qwen", "planner_llm_model", "qwen"),
    ("OPENBANANA_PLANNER_LLM_API_KEY", "sk-1", "planner_llm_api_key", "sk-1"),
    ("OPENBANANA_PLANNER_LLM_TIMEOUT", "3", "planner_llm_timeout", 3.0),
    ("OPENBANANA_SEARCH_PROVIDER", "searxng", "search_provider", "searxng"),
    ("OPENBANANA_SEARXNG_URL", "http://searx", "searxng_url", "http://searx"),
    ("OPENBANANA_SEARCH_TIMEOUT", "2", "search_timeout", 2.0),
    ("OPENBANANA_C2PA_CERT_FILE", "/etc/chain.pem", "c2pa_cert_file", Path("/etc/chain.pem")),
    ("OPENBANANA_C2PA_KEY_FILE", "/etc/key.pem", "c2pa_key_file", Path("/etc/key.pem")),
    ("OPENBANANA_LOG_FORMAT", "json", "log_format", "json"),
    ("OPENBANANA_METRICS_ENABLED", "false", "metrics_enabled", False),
    ("OPENBANANA_METRICS_REQUIRE_KEY", "true", "metrics_require_key", True),
    ("OPENBANANA_MAX_QUEUE", "3", "max_queue", 3),
    ("OPENBANANA_MAX_PARALLEL_RENDERS", "4", "max_parallel_renders", 4),
    ("OPENBANANA_GENERATION_TIMEOUT_SECONDS", "9.5", "generation_timeout_seconds", 9.5),
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, *_ in VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(("variable", "raw", "place", "expected"), VARIABLES, ids=[v[0] for v in VARIABLES])
def test_each_variable_lands_in_its_setting(monkeypatch: pytest.MonkeyPatch, variable: str, raw: str, place: str,
                                             expected: object) -> None:
    default = attrgetter(place)(Settings())
    assert default != expected, f"{variable}: pick a test value other than the default"
    monkeypatch.setenv(variable, raw)
    assert attrgetter(place)(Settings()) == expected


def test_the_variables_are_read_all_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, raw, _, _ in VARIABLES:
        monkeypatch.setenv(variable, raw)
    settings = Settings()
    assert {place: attrgetter(place)(settings) for _, _, place, _ in VARIABLES} == {
        place: expected for _, _, place, expected in VARIABLES}


def test_variable_names_are_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("openbanana_max_queue", "5")
    assert Settings().max_queue == 5


def test_keywords_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBANANA_MAX_QUEUE", "5")
    monkeypatch.setenv("OPENBANANA_SAFETY_POLICY", "strict")
    settings = Settings(max_queue=7)
    assert (settings.max_queue, settings.safety_policy) == (7, "strict")


def test_every_setting_has_a_pinned_variable() -> None:
    """A new setting adds its variable above (and to docs/api.md, Configuration)."""
    assert len({variable for variable, *_ in VARIABLES}) == len(VARIABLES) == 49
    assert {place for _, _, place, _ in VARIABLES} == set(Settings.model_fields)
