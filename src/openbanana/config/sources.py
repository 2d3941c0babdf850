"""Where settings come from besides keywords: the flat `OPENBANANA_<PUBLIC NAME>` environment variables and the TOML
config file, each read into the groups by public name (pydantic-settings alone would want OPENBANANA_SAFETY__POLICY).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    TomlConfigSettingsSource,
)

from openbanana.config.groups import groups_of, public_names_of
from openbanana.errors import ConfigError

CONFIG_FILE_VARIABLE = "OPENBANANA_CONFIG"  # the TOML config file; `serve --config` names it too
CONFIG_FILE_KEYWORD = "config_file"  # Settings(config_file=path): the file, given by the caller (the --config flag)


class FlatEnvironment(PydanticBaseSettingsSource):
    """`OPENBANANA_<PUBLIC NAME>` (any case) for every setting, into its group: OPENBANANA_MAX_QUEUE → scheduler."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads every setting at once

    def __call__(self) -> dict[str, Any]:
        environ = _environment()
        prefix = str(self.config.get("env_prefix", "")).lower()
        found: dict[str, dict[str, str]] = {}
        for public, (group, name) in public_names_of(self.settings_cls).items():
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
        groups = groups_of(self.settings_cls)
        names = public_names_of(self.settings_cls)
        for key, value in super().__call__().items():
            if key in groups and isinstance(value, dict):
                for inner_key, inner_value in value.items():
                    grouped.setdefault(key, {})[self._field(key, inner_key)] = inner_value
            elif key in names:
                group, name = names[key]
                grouped.setdefault(group, {})[name] = value
            else:
                raise ConfigFileError(f"config file {self.path}: {key!r} is no setting or [group] (see docs/api.md, "
                                      "Configuration)")
        return grouped

    def _field(self, group: str, key: str) -> str:
        for name, field in groups_of(self.settings_cls)[group].model_fields.items():
            if key in (name, field.validation_alias):
                return name
        raise ConfigFileError(f"config file {self.path}: [{group}] has no setting {key!r}")


def _environment() -> dict[str, str]:
    """The environment with lower-cased names: OPENBANANA_* names are read in any case."""
    return {name.lower(): value for name, value in os.environ.items()}


def named_config_file(init_settings: PydanticBaseSettingsSource) -> Path | None:
    """The config file the caller named (`Settings(config_file=...)`, the --config flag), else OPENBANANA_CONFIG's."""
    named = init_settings.init_kwargs.get(CONFIG_FILE_KEYWORD) if isinstance(init_settings, InitSettingsSource) \
        else None
    named = named or _environment().get(CONFIG_FILE_VARIABLE.lower())
    return Path(named) if named else None
