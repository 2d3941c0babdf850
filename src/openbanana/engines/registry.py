"""Engine name → instance; heavy engines are imported lazily so the core install stays light."""

from __future__ import annotations

from openbanana.config import EngineSettings
from openbanana.engines.base import EngineConfigError, ImageEngine
from openbanana.engines.draft.engine import DraftEngine

ENGINES = ("draft", "diffusers")


def create_engine(settings: EngineSettings) -> ImageEngine:
    """`draft` needs nothing; `diffusers` imports torch only here, and needs `settings.profile`."""
    if settings.name == "draft":
        return DraftEngine()
    if settings.name == "diffusers":
        from openbanana.engines.diffusers.engine import create_diffusers_engine
        from openbanana.engines.diffusers.profiles import PRESETS

        if not settings.profile:
            raise EngineConfigError("the diffusers engine needs a profile: --profile NAME (presets: "
                                    f"{', '.join(PRESETS)}; more with --profiles-file)")
        # The draft engine draws the Plan for profiles that start from it (draft_init_strength).
        return create_diffusers_engine(settings.profile, settings.profiles_file, preload=settings.preload,
                                       guide=DraftEngine())
    raise ValueError(f"unknown engine {settings.name!r}; available: {', '.join(ENGINES)}")
