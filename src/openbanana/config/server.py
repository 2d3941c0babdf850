"""The settings of the server itself: where it listens and keeps its state, whose keys it accepts, the Files and
Batch APIs' limits, and its logs and metrics. One module for the groups the HTTP side and the store read."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field

from openbanana.config.groups import SettingsGroup


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


class ObservabilitySettings(SettingsGroup):
    """Logs and metrics (docs/api.md, Metrics and logs)."""

    log_format: Literal["text", "json"] = Field(default="text", description="Server log lines: text, or json (one "
                                                "JSON object per line).")
    metrics_enabled: bool = Field(default=True, description="Serve Prometheus metrics at GET /metrics.")
    metrics_require_key: bool = Field(default=False, description="GET /metrics asks for an API key like the API.")
