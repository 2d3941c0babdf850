"""`Settings`, the one typed value the composition root reads, and the lookups by public name that the command line
and error messages use. Keywords given by public name (`max_queue=3`) are put into their groups here."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from openbanana.config.cluster import ClusterSettings
from openbanana.config.groups import SettingsGroup, groups_of, public_names_of
from openbanana.config.models import (
    EngineChoice,
    EngineSettings,
    ModelSettings,
    OutputSettings,
    PlanningSettings,
    SchedulerSettings,
)
from openbanana.config.safety import C2paSettings, SafetySettings
from openbanana.config.server import AuthSettings, BatchSettings, FileSettings, ObservabilitySettings, ServerSettings
from openbanana.config.sources import ConfigFile, FlatEnvironment, named_config_file


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
        return init_settings, FlatEnvironment(settings_cls), ConfigFile(settings_cls, named_config_file(init_settings))

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


def setting_groups() -> dict[str, type[SettingsGroup]]:
    """Group name → its model: `safety` → SafetySettings."""
    return groups_of(Settings)


def public_names() -> dict[str, tuple[str, str]]:
    """Public name → (group, field name), for every setting: `safety_policy` → ("safety", "policy")."""
    return public_names_of(Settings)


def setting_field(public: str) -> FieldInfo:
    """The field of the setting with this public name (its description, default and bounds)."""
    group, name = public_names()[public]
    return setting_groups()[group].model_fields[name]


def public_name(location: tuple[int | str, ...]) -> str:
    """A validation error's location, `("server", "port")`, as the setting's public name, `port`."""
    place = tuple(map(str, location))
    return next((public for public, where in public_names().items() if where == place), ".".join(place))
