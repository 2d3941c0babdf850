"""What every settings group shares, and how a setting's public name finds its group and field.

Kept apart from `Settings` so that the sources reading the environment and the config file can resolve public names
for whichever settings class pydantic hands them, without importing the class that uses them.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict
from pydantic_settings import BaseSettings


class SettingsGroup(BaseModel):
    """One part of the settings. Fields accept their public name (the alias) as well as their name."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_by_name=True, validate_by_alias=True)


def groups_of(settings_cls: type[BaseSettings]) -> dict[str, type[SettingsGroup]]:
    """Group name → its model: `safety` → SafetySettings."""
    groups: dict[str, type[SettingsGroup]] = {}
    for group, field in settings_cls.model_fields.items():
        model = field.annotation
        if not (isinstance(model, type) and issubclass(model, SettingsGroup)):
            raise TypeError(f"Settings.{group} is not a SettingsGroup")
        groups[group] = model
    return groups


@cache
def public_names_of(settings_cls: type[BaseSettings]) -> dict[str, tuple[str, str]]:
    """Public name → (group, field name), for every setting: `safety_policy` → ("safety", "policy")."""
    names: dict[str, tuple[str, str]] = {}
    for group, model in groups_of(settings_cls).items():
        for name, field in model.model_fields.items():
            public = field.validation_alias if isinstance(field.validation_alias, str) else name
            if public in names or public in settings_cls.model_fields:
                raise TypeError(f"the public name {public!r} of {group}.{name} is taken")
            names[public] = (group, name)
    return names
