"""Settings for a CLI command: its flags over the OPENBANANA_* environment, or one clear line and exit status 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError

from openbanana.cli.client import console
from openbanana.config import Settings


def settings_or_exit(overrides: dict[str, Any]) -> Settings:
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False))
        console.print(f"openbanana: invalid setting ({problems})")
        raise typer.Exit(2) from None


def data_dir_settings(data_dir: Path | None) -> Settings:
    """The settings `serve` would use for the state in `data_dir` (commands that work on the data dir directly)."""
    return settings_or_exit({"data_dir": data_dir} if data_dir is not None else {})
