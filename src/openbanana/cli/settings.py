"""Settings for a CLI command: its flags over the OPENBANANA_* environment, or one clear line and exit status 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError
from rich.markup import escape

from openbanana.cli.client import console
from openbanana.config import CONFIG_FILE_KEYWORD, CONFIG_FILE_VARIABLE, Settings, public_name, setting_field
from openbanana.errors import ConfigError


def settings_or_exit(overrides: dict[str, Any], config_file: Path | None = None) -> Settings:
    """`overrides` by public name over the environment, over `config_file` (else OPENBANANA_CONFIG's)."""
    keywords = {**overrides, CONFIG_FILE_KEYWORD: config_file} if config_file is not None else overrides
    try:
        return Settings(**keywords)
    except ValidationError as exc:
        problems = "; ".join(f"{public_name(e['loc'])}: {e['msg']}" for e in exc.errors(include_url=False))
        console.print(f"openbanana: invalid setting ({escape(problems)})")
        raise typer.Exit(2) from None
    except ConfigError as exc:  # the config file
        console.print(f"openbanana: {escape(str(exc))}")
        raise typer.Exit(2) from None


def data_dir_settings(data_dir: Path | None, database_url: str | None = None) -> Settings:
    """The settings `serve` would use for the state in `data_dir` and `database_url` (commands that work on the
    store directly); each given flag over the environment."""
    flags = {"data_dir": data_dir, "database_url": database_url}
    return settings_or_exit({name: value for name, value in flags.items() if value is not None})


def setting_option(public: str, *, repeatable: bool = False) -> Any:
    """The flag of a setting, its help being the setting's description and default. The flag's own default is None
    (False for a switch): when it is not given, the environment's value or the setting's default stands."""
    field = setting_field(public)
    default = field.get_default(call_default_factory=True)
    help_text = f"{field.description}{' Repeat the flag for several.' if repeatable else ''}"
    if default not in ("", None) and not isinstance(default, bool):  # a switch shows its default itself
        help_text += f" Default: {default}."
    return typer.Option(help=escape(help_text), show_default=isinstance(default, bool))  # escape: rich markup


def config_file_option() -> Any:
    return typer.Option("--config", help=f"TOML config file: its settings lie under the environment's and the flags' "
                        f"(docs/api.md, Configuration). Default: {CONFIG_FILE_VARIABLE}, else none.")
