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
    engine: Literal["draft"] = "draft"
    served_models: str = Field(
        default="",
        description="Extra served model names, comma-separated, in addition to the built-in ones.",
    )
    output_mime_type: Literal["image/png", "image/jpeg", "image/webp"] = "image/png"
    jpeg_quality: int = Field(default=90, ge=1, le=100)
    max_request_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    stream_keepalive_seconds: float = Field(default=5.0, gt=0)

    def key_set(self) -> frozenset[str]:
        return frozenset(k.strip() for k in self.api_keys.split(",") if k.strip())

    def model_names(self) -> tuple[str, ...]:
        extra = tuple(m.strip().removeprefix("models/") for m in self.served_models.split(",") if m.strip())
        return (DEFAULT_MODEL, *DEFAULT_ALIASES, *extra)

    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser()

    def binds_loopback_only(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False
