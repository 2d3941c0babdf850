"""Every OPENBANANA_* variable keeps its name and lands where the server reads it."""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path

import pytest
from pydantic import ValidationError

from openbanana.config import BatchSettings, ConfigFileError, Settings, public_name

# (variable, a value other than the default, where Settings keeps it, what it reads as). The names are the public
# interface (docs/api.md, Configuration): this list is written out, never derived from Settings.
VARIABLES: list[tuple[str, str, str, object]] = [
    ("OPENBANANA_HOST", "0.0.0.0", "server.host", "0.0.0.0"),
    ("OPENBANANA_PORT", "9001", "server.port", 9001),
    ("OPENBANANA_DATA_DIR", "/srv/banana", "server.data_dir", Path("/srv/banana")),
    ("OPENBANANA_DATABASE_URL", "postgresql://db/banana", "server.database_url", "postgresql://db/banana"),
    ("OPENBANANA_BLOB_URL", "s3://bucket/blobs", "server.blob_url", "s3://bucket/blobs"),
    ("OPENBANANA_BLOB_ENDPOINT_URL", "http://minio:9000", "server.blob_endpoint_url", "http://minio:9000"),
    ("OPENBANANA_API_KEYS", "k1,k2", "auth.api_keys", "k1,k2"),
    ("OPENBANANA_INSECURE", "true", "auth.insecure", True),
    ("OPENBANANA_ENGINE", "diffusers", "image_engine.name", "diffusers"),
    ("OPENBANANA_PROFILE", "sd-turbo", "image_engine.profile", "sd-turbo"),
    ("OPENBANANA_PROFILES_FILE", "/etc/profiles.toml", "image_engine.profiles_file", Path("/etc/profiles.toml")),
    ("OPENBANANA_PRELOAD", "1", "image_engine.preload", True),
    ("OPENBANANA_SERVED_MODELS", "a,b", "models.served", "a,b"),
    ("OPENBANANA_HIDDEN_MODELS", "gemini-2.5-flash-image", "models.hidden", "gemini-2.5-flash-image"),
    ("OPENBANANA_MODEL_ENGINES", "gemini-3-pro-image=draft", "models.engines", "gemini-3-pro-image=draft"),
    ("OPENBANANA_WATERMARK_ISSUER", "77", "output.watermark_issuer", 77),
    ("OPENBANANA_OUTPUT_MIME_TYPE", "image/webp", "output.mime_type", "image/webp"),
    ("OPENBANANA_JPEG_QUALITY", "55", "output.jpeg_quality", 55),
    ("OPENBANANA_MAX_REQUEST_BYTES", "4096", "server.max_request_bytes", 4096),
    ("OPENBANANA_STREAM_KEEPALIVE_SECONDS", "1.5", "server.stream_keepalive_seconds", 1.5),
    ("OPENBANANA_MAX_INPUT_PIXELS", "1000000", "server.max_input_pixels", 1_000_000),
    ("OPENBANANA_MAX_DECODED_BYTES", "268435456", "server.max_decoded_bytes", 268_435_456),
    ("OPENBANANA_HEAD_TIMEOUT_SECONDS", "2.5", "server.head_timeout_seconds", 2.5),
    ("OPENBANANA_BODY_TIMEOUT_SECONDS", "4", "server.body_timeout_seconds", 4.0),
    ("OPENBANANA_MAX_CONNECTIONS", "50", "server.max_connections", 50),
    ("OPENBANANA_SHUTDOWN_TIMEOUT_SECONDS", "5", "server.shutdown_timeout_seconds", 5),
    ("OPENBANANA_CORS_ORIGINS", "https://app.example", "server.cors_origins", "https://app.example"),
    ("OPENBANANA_MAX_FILE_BYTES", "1000", "files.max_bytes", 1000),
    ("OPENBANANA_QUOTA_BYTES_PER_KEY", "2000", "files.quota_bytes_per_key", 2000),
    ("OPENBANANA_FILE_TTL_HOURS", "2.5", "files.ttl_hours", 2.5),
    ("OPENBANANA_BATCH_WORKERS", "0", "batches.workers", 0),
    ("OPENBANANA_BATCH_LEASE_SECONDS", "7.5", "batches.lease_seconds", 7.5),
    ("OPENBANANA_BATCH_MAX_ATTEMPTS", "9", "batches.max_attempts", 9),
    ("OPENBANANA_STRICT_SIGNATURES", "true", "models.strict_signatures", True),
    ("OPENBANANA_SAFETY_POLICY", "strict", "safety.policy", "strict"),
    ("OPENBANANA_SAFETY_MODEL_POLICIES", "m=off", "safety.model_policies", "m=off"),
    ("OPENBANANA_SAFETY_DEFAULT_THRESHOLD", "BLOCK_ONLY_HIGH", "safety.default_threshold", "BLOCK_ONLY_HIGH"),
    ("OPENBANANA_SAFETY_DEFAULT_TERMS", "false", "safety.default_terms", False),
    ("OPENBANANA_SAFETY_BLOCKLIST_FILE", "/etc/block.txt", "safety.blocklist_file", Path("/etc/block.txt")),
    ("OPENBANANA_SAFETY_RECITATION_FILE", "/etc/works.txt", "safety.recitation_file", Path("/etc/works.txt")),
    ("OPENBANANA_SAFETY_IMAGE_HASHES_FILE", "/etc/hashes.txt", "safety.image_hashes_file", Path("/etc/hashes.txt")),
    ("OPENBANANA_SAFETY_IMAGE_HASH_DISTANCE", "12", "safety.image_hash_distance", 12),
    ("OPENBANANA_SAFETY_SEMANTIC", "off", "safety.semantic", "off"),
    ("OPENBANANA_SAFETY_EXAMPLES_FILE", "/etc/examples.toml", "safety.examples_file", Path("/etc/examples.toml")),
    ("OPENBANANA_SAFETY_NSFW", "on", "safety.nsfw", "on"),
    ("OPENBANANA_SAFETY_RECITATION_RULES", "false", "safety.recitation_rules", False),
    ("OPENBANANA_SAFETY_ANSWERS", "google-live", "safety.answers", "google-live"),
    ("OPENBANANA_PLANNER", "llm", "planning.planner", "llm"),
    ("OPENBANANA_PLANNER_LLM_URL", "http://llm/v1", "planning.llm_url", "http://llm/v1"),
    ("OPENBANANA_PLANNER_LLM_MODEL", "qwen", "planning.llm_model", "qwen"),
    ("OPENBANANA_PLANNER_LLM_API_KEY", "sk-1", "planning.llm_api_key", "sk-1"),
    ("OPENBANANA_PLANNER_LLM_TIMEOUT", "3", "planning.llm_timeout", 3.0),
    ("OPENBANANA_SEARCH_PROVIDER", "searxng", "planning.search_provider", "searxng"),
    ("OPENBANANA_SEARXNG_URL", "http://searx", "planning.searxng_url", "http://searx"),
    ("OPENBANANA_SEARCH_TIMEOUT", "2", "planning.search_timeout", 2.0),
    ("OPENBANANA_C2PA_CERT_FILE", "/etc/chain.pem", "c2pa.cert_file", Path("/etc/chain.pem")),
    ("OPENBANANA_C2PA_KEY_FILE", "/etc/key.pem", "c2pa.key_file", Path("/etc/key.pem")),
    ("OPENBANANA_LOG_FORMAT", "json", "observability.log_format", "json"),
    ("OPENBANANA_METRICS_ENABLED", "false", "observability.metrics_enabled", False),
    ("OPENBANANA_METRICS_REQUIRE_KEY", "true", "observability.metrics_require_key", True),
    ("OPENBANANA_MAX_QUEUE", "3", "scheduler.max_queue", 3),
    ("OPENBANANA_MAX_PARALLEL_RENDERS", "4", "scheduler.max_parallel_renders", 4),
    ("OPENBANANA_GENERATION_TIMEOUT_SECONDS", "9.5", "scheduler.generation_timeout_seconds", 9.5),
    ("OPENBANANA_RAY_ADDRESS", "ray://head:10001", "cluster.address", "ray://head:10001"),
    ("OPENBANANA_RAY_INGRESS_REPLICAS", "3", "cluster.ingress_replicas", 3),
    ("OPENBANANA_RAY_ENGINE_MIN_REPLICAS", "0", "cluster.engine_min_replicas", 0),
    ("OPENBANANA_RAY_ENGINE_MAX_REPLICAS", "4", "cluster.engine_max_replicas", 4),
    ("OPENBANANA_RAY_TARGET_ONGOING_REQUESTS", "1.5", "cluster.target_ongoing_requests", 1.5),
    ("OPENBANANA_RAY_MAX_ONGOING_REQUESTS", "1", "cluster.max_ongoing_requests", 1),
    ("OPENBANANA_RAY_MAX_QUEUED_REQUESTS", "-1", "cluster.max_queued_requests", -1),
    ("OPENBANANA_RAY_ENGINE_GPUS", "0.5", "cluster.engine_gpus", 0.5),
    ("OPENBANANA_RAY_ENGINE_CPUS", "2", "cluster.engine_cpus", 2.0),
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, *_ in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("OPENBANANA_CONFIG", raising=False)


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
    assert Settings().scheduler.max_queue == 5


def test_keywords_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBANANA_MAX_QUEUE", "5")
    monkeypatch.setenv("OPENBANANA_SAFETY_POLICY", "strict")
    settings = Settings(max_queue=7)
    assert (settings.scheduler.max_queue, settings.safety.policy) == (7, "strict")


def test_every_setting_has_a_pinned_variable() -> None:
    """A new setting adds its variable above (and to docs/api.md, Configuration)."""
    assert len({variable for variable, *_ in VARIABLES}) == len(VARIABLES) == 72
    every_setting = {f"{group}.{name}" for group, field in Settings.model_fields.items()
                     for name in type(getattr(Settings(), group)).model_fields}
    assert {place for _, _, place, _ in VARIABLES} == every_setting


def test_keywords_and_updates_take_the_public_names() -> None:
    settings = Settings(safety_policy="off", engine="diffusers", planner_llm_url="http://llm/v1")
    assert (settings.safety.policy, settings.image_engine.name, settings.planning.llm_url) == (
        "off", "diffusers", "http://llm/v1")
    changed = settings.updated(max_file_bytes=100, safety_nsfw="off")
    assert (changed.files.max_bytes, changed.safety.nsfw, changed.safety.policy) == (100, "off", "off")
    assert settings.files.max_bytes != 100  # a copy


def test_an_invalid_value_is_reported_by_its_public_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBANANA_BATCH_WORKERS", "-1")
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert [public_name(error["loc"]) for error in caught.value.errors()] == ["batch_workers"]


CONFIG_TOML = """
max_queue = 3                      # a public name at the top
port = 9100

[server]
max_connections = 40               # a group's field by its name

[safety]
safety_policy = "strict"           # or by its public name

[image_engine]
engine = "draft"
"""


def test_the_config_file_is_read_by_group_or_public_name(tmp_path: Path) -> None:
    (tmp_path / "openbanana.toml").write_text(CONFIG_TOML)
    settings = Settings(config_file=tmp_path / "openbanana.toml")
    assert (settings.scheduler.max_queue, settings.server.port, settings.server.max_connections,
            settings.safety.policy) == (3, 9100, 40, "strict")


def test_flags_over_environment_over_config_file_over_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each layer wins over the ones below it, setting by setting; a setting no layer names keeps its default."""
    config = tmp_path / "openbanana.toml"
    config.write_text("max_queue = 3\nport = 9100\n[server]\nmax_connections = 40\n[safety]\npolicy = 'strict'\n")
    monkeypatch.setenv("OPENBANANA_CONFIG", str(config))  # the variable names the file
    monkeypatch.setenv("OPENBANANA_PORT", "9200")
    monkeypatch.setenv("OPENBANANA_MAX_CONNECTIONS", "50")
    monkeypatch.setenv("OPENBANANA_SAFETY_POLICY", "off")
    settings = Settings(max_connections=60)  # a flag, by public name
    assert settings.scheduler.max_queue == 3  # file over default
    assert settings.server.port == 9200  # environment over file
    assert settings.safety.policy == "off"  # environment over file, the file naming the field, not the public name
    assert settings.server.max_connections == 60  # flag over environment over file
    assert settings.batches.workers == BatchSettings().workers  # named by no layer: the default


def test_the_config_keyword_wins_over_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.toml").write_text("max_queue = 1\n")
    (tmp_path / "b.toml").write_text("max_queue = 2\n")
    monkeypatch.setenv("OPENBANANA_CONFIG", str(tmp_path / "a.toml"))
    assert Settings(config_file=tmp_path / "b.toml").scheduler.max_queue == 2


@pytest.mark.parametrize(("content", "message"), [
    ("max_qeueu = 3\n", "'max_qeueu' is no setting"),
    ("[scheduler]\nmax_qeueu = 3\n", r"\[scheduler\] has no setting 'max_qeueu'"),
    ("[scheduler]\nport = 3\n", r"\[scheduler\] has no setting 'port'"),
    ("max_queue = \n", "is not valid TOML"),
])
def test_a_bad_config_file_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text(content)
    with pytest.raises(ConfigFileError, match=message):
        Settings(config_file=tmp_path / "bad.toml")


def test_a_missing_config_file_is_an_error_not_silence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBANANA_CONFIG", str(tmp_path / "nowhere.toml"))
    with pytest.raises(ConfigFileError, match=r"nowhere\.toml does not exist"):
        Settings()


def test_a_config_file_value_is_validated_and_reported_by_its_public_name(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text("[batches]\nworkers = -1\n")
    with pytest.raises(ValidationError) as caught:
        Settings(config_file=tmp_path / "c.toml")
    assert [public_name(error["loc"]) for error in caught.value.errors()] == ["batch_workers"]
