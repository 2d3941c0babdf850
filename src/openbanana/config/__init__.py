"""Server settings: one typed value built from defaults, a TOML config file, `OPENBANANA_*` environment variables
and CLI flags, each over the one before.

Settings is made of groups, one per part of the server, so that each factory receives only its own (`build_scheduler`
gets `settings.scheduler`). Every setting keeps one public name, the one docs/api.md lists: `OPENBANANA_<NAME>` in
the environment, the `serve` flag, and the keyword of `Settings(...)` and `settings.updated(...)`. A field whose
public name differs from its name in the group declares it as its validation alias (`safety.policy` is
`safety_policy`). pydantic-settings would read a nested field from `OPENBANANA_SAFETY__POLICY`; FlatEnvironment reads
the public names instead, and Settings puts keywords given by public name into their groups. ConfigFile reads the
TOML file named by `--config` or OPENBANANA_CONFIG: tables named after the groups, or public names at the top.

The groups live by area (`server.py`, `models.py`, `safety.py`, `cluster.py`), the sources in `sources.py`, and
`Settings` with its lookups by public name in `settings.py`; everything is imported from here.
"""

from openbanana.config.cluster import ClusterSettings
from openbanana.config.groups import SettingsGroup
from openbanana.config.models import (
    DEFAULT_MODEL,
    DEFAULT_MODELS,
    ENGINE_NAMES,
    EngineChoice,
    EngineSettings,
    ModelSettings,
    OutputSettings,
    PlanningSettings,
    SchedulerSettings,
)
from openbanana.config.safety import SAFETY_PROFILES, C2paSettings, SafetySettings
from openbanana.config.server import AuthSettings, BatchSettings, FileSettings, ObservabilitySettings, ServerSettings
from openbanana.config.settings import Settings, public_name, public_names, setting_field, setting_groups
from openbanana.config.sources import (
    CONFIG_FILE_KEYWORD,
    CONFIG_FILE_VARIABLE,
    ConfigFile,
    ConfigFileError,
    FlatEnvironment,
)

__all__ = [
    "CONFIG_FILE_KEYWORD", "CONFIG_FILE_VARIABLE", "DEFAULT_MODEL", "DEFAULT_MODELS", "ENGINE_NAMES", "SAFETY_PROFILES",
    "AuthSettings", "BatchSettings", "C2paSettings", "ClusterSettings", "ConfigFile", "ConfigFileError",
    "EngineChoice", "EngineSettings", "FileSettings", "FlatEnvironment", "ModelSettings", "ObservabilitySettings",
    "OutputSettings", "PlanningSettings", "SafetySettings", "SchedulerSettings", "ServerSettings", "Settings",
    "SettingsGroup", "public_name", "public_names", "setting_field", "setting_groups",
]
